"""Answers that render only part of the term, told by what the term's other part is
rendered as on its own (issue 12, session 35): pairing abstains rather than answer
with the shorter span."""

from __future__ import annotations

from termbase.align.lexicon import Lexicon
from termbase.pair.corpus import from_pairs
from termbase.pair.fragments import unsaid_alone
from termbase.pair.learned import Glosses, LearnedGlosses, Questions, count_glosses

LEXICON = Lexicon.from_pairs([
    ("临时", "temporary"), ("员", "member"), ("额", "amount"), ("应对", "respond"),
    ("措施", "measure"), ("中亚", "Central Asia"), ("无核武器区", "nuclear-weapon-free zone"),
])


class _Alone(Glosses):
    """What parts of terms render where they stand outside the term, fixed by the test."""

    def __init__(self, said: set[tuple[str, str]]) -> None:
        self.said = said

    def renders_alone(self, part: str, term: str, stem: str) -> bool:
        return (part, stem) in self.said


POSTS = _Alone({("员额", "post")})


def test_a_one_word_answer_beside_what_the_other_part_is_on_its_own() -> None:
    # 员额 is no dictionary word: only the corpus says it is "posts" where it stands
    # alone. A heading says "Temporary" alone, a sentence "temporary posts": no longer
    # span is common to both, and "temporary" says half the term.
    examples = [("临时员额", "Temporary"),
                ("将用于续设60个临时员额", "would provide for 60 temporary posts")]
    assert unsaid_alone("临时员额", "temporary", examples, LEXICON, POSTS) == "员额"
    # Without the learned sense nothing is known of 员额.
    assert unsaid_alone("临时员额", "temporary", examples, LEXICON, Glosses()) is None


def test_an_example_whose_chinese_has_the_part_outside_the_term_does_not_count() -> None:
    # "posts" may render the other 员额 of the line, not the term's.
    examples = [("临时员额", "Temporary"),
                ("临时员额和常设员额", "temporary posts and established ones")]
    assert unsaid_alone("临时员额", "temporary", examples, LEXICON, POSTS) is None


def test_only_the_phrase_beside_the_answer_counts() -> None:
    # "measures" four words away renders another word of the sentence; "response
    # measures" once in three is not half.
    said = _Alone({("措施", "measur")})
    examples = [("及时采取应对措施", "and timely response"),
                ("缓解和应对措施", "mitigation and response measures"),
                ("有效的刑事司法应对措施", "effective measures for criminal justice responses")]
    assert unsaid_alone("应对措施", "response", examples, LEXICON, said) is None
    assert unsaid_alone("应对措施", "response", examples[1:2] * 2, LEXICON, said) == "措施"


def test_a_longer_answer_needs_every_example() -> None:
    zone = _Alone({("无核武器区", "zon"), ("无核武器区", "nuclea")})
    examples = [("中亚无核武器区", "Treaty on a Central Asian nuclear-weapon-free zone"),
                ("中亚无核武器区", "the Central Asian zone")]
    assert unsaid_alone("中亚无核武器区", "Central Asian", examples, LEXICON, zone) == "无核武器区"
    examples[1] = ("中亚无核武器区", "Central Asian States")
    assert unsaid_alone("中亚无核武器区", "Central Asian", examples, LEXICON, zone) is None


def test_the_questions_are_counted_on_the_part_s_own_uses() -> None:
    lines = [("员额", "posts"), ("新设员额", "new posts"), ("裁减员额", "abolished posts"),
             ("临时员额", "temporary posts"), ("临时员额", "temporary posts"),
             *[("预算", "budget")] * 30]
    questions = Questions()
    assert not questions.renders_alone("员额", "临时员额", "post")
    assert questions.alone == {("员额", "临时员额", "post")}
    counts = count_glosses(from_pairs(lines, document="d"), frozenset(questions.asked),
                           frozenset(questions.alone))
    # The term's two pairs are not the part's own.
    assert counts.free[("员额", "临时员额")] == 3
    assert counts.free_joint[("员额", "临时员额", "post")] == 3
    assert counts.stems["post"] == 5
    assert LearnedGlosses(counts).renders_alone("员额", "临时员额", "post")
    # Two pairs of its own are an anecdote.
    few = count_glosses(from_pairs(lines[1:], document="d"), frozenset(),
                        frozenset(questions.alone))
    assert not LearnedGlosses(few).renders_alone("员额", "临时员额", "post")
