"""Translations learned from the corpus for the context words the dictionary lacks."""

from __future__ import annotations

import pytest

from termbase.align.lexicon import Lexicon, content_stems
from termbase.pair import learned
from termbase.pair.context import core_by_context, named_by_company, neighbour_rendering
from termbase.pair.corpus import from_pairs
from termbase.pair.learned import (
    GlossCounts,
    Glosses,
    LearnedGlosses,
    Questions,
    count_glosses,
    glosses_task,
)
from termbase.pair.pairer import PairSettings, pair_terms

# CC-CEDICT's senses: 委员会 is a committee, never the Commission.
LEXICON = Lexicon.from_pairs([("委员会", "committee"), ("主席团", "presidium"),
                              ("团", "bureau"),  # the head character
                              ("成员", "member"), ("非洲", "Africa"), ("联盟", "union")])


class _Told(Glosses):
    """Glosses fixed by the test: (word, stem) pairs that translate each other."""

    def __init__(self, pairs: set[tuple[str, str]]) -> None:
        self.pairs = pairs

    def translates(self, word: str, stem: str, own: tuple[str, ...]) -> bool:
        return (word, stem) in self.pairs


COMMISSION = _Told({("委员会", "commis")})


def _counts(lines: list[tuple[str, str]], questions: set[tuple[str, str]]) -> GlossCounts:
    return count_glosses(from_pairs(lines, document="d"), frozenset(questions))


def test_the_company_s_sense_learned_from_the_corpus_cuts_the_word() -> None:
    examples = ["委员会主席团", "委员会主席团成员"]
    assert core_by_context("主席团", "Bureau of the Commission", examples,
                           LEXICON) == "Bureau of the Commission"
    assert core_by_context("主席团", "Bureau of the Commission", examples, LEXICON,
                           COMMISSION) == "Bureau"


def test_a_name_whose_added_words_the_corpus_gives_the_company_is_no_promotion() -> None:
    examples = [("委员会主席团开会", "The Bureau of the Commission met")]
    assert not named_by_company("主席团", "Bureau", "Bureau of the Commission", examples,
                                LEXICON)
    assert named_by_company("主席团", "Bureau", "Bureau of the Commission", examples,
                            LEXICON, COMMISSION)


def test_a_neighbour_s_rendering_is_recognised_by_its_learned_sense() -> None:
    examples = ["委员会主席团", "委员会主席团成员"]
    assert not neighbour_rendering("主席团", "Commission", examples, LEXICON)
    assert neighbour_rendering("主席团", "Commission", examples, LEXICON, COMMISSION)


def test_the_recorder_asks_for_the_context_words_and_the_term_s_own() -> None:
    questions = Questions()
    core_by_context("主席团", "Bureau of the Commission", ["委员会主席团", "委员会主席团成员"],
                    LEXICON, questions)
    assert ("委员会", "commis") in questions.asked
    assert ("主席团", "commis") in questions.asked  # the term, against which it is weighed
    assert ("成员", "commis") in questions.asked  # every word, not the first that fails


def test_strong_association_across_the_corpus_is_a_translation() -> None:
    lines = [("委员会开会", "The Commission met")] * 6 + [("主席团开会", "The Bureau met")] * 6
    counts = _counts(lines, {("委员会", "commis"), ("主席团", "commis")})
    assert (counts.pairs, counts.words["委员会"], counts.stems["commis"]) == (12, 6, 6)
    assert LearnedGlosses(counts).translates("委员会", "commis", ("主席团",))
    # Too few pairs together is an anecdote.
    few = _counts(lines[:4] + lines[6:], {("委员会", "commis")})
    assert not LearnedGlosses(few).translates("委员会", "commis", ("主席团",))


def test_a_word_that_merely_shares_the_term_s_company_is_no_translation() -> None:
    # 法律 goes with "law" twice as exclusively as 法治, not several times: it shares
    # the term's company rather than saying what the term leaves out.
    lines = ([("法治和法律", "rule of law and the law")] * 6 + [("法律", "law")] * 6
             + [("法治", "rule of the land")] * 6)
    counts = _counts(lines, {("法律", "law"), ("法治", "law")})
    assert not LearnedGlosses(counts).translates("法律", "law", ("法治",))


def test_a_word_the_term_holds_itself_is_never_left_to_the_company() -> None:
    # 非洲 beside 非洲联盟委员会 says "African" no more than the term's own 非洲 does,
    # though far more than the rare term as a whole.
    lines = ([("非洲联盟委员会和非洲", "African Union Commission and Africans")] * 6
             + [("非洲", "African")] * 30 + [("其他", "others")] * 30)
    questions = {("非洲", "africa"), ("非洲联盟委员会", "africa")}
    counts = _counts(lines, questions)
    assert LearnedGlosses(counts).translates("非洲", "africa", ("非洲联盟委员会",))
    assert not LearnedGlosses(counts).translates("非洲", "africa", ("非洲联盟委员会", "非洲"))


def test_the_pass_as_a_shard_task_merges_like_one_count() -> None:
    lines = [("委员会开会", "The Commission met")] * 3 + [("主席团", "Bureau")] * 3
    questions = frozenset({("委员会", "commis")})
    pairs = list(enumerate(from_pairs(lines, document="d")))
    whole = glosses_task(pairs, questions)
    halves = glosses_task(pairs[:2], questions).merge(glosses_task(pairs[2:], questions))
    assert (whole.pairs, whole.words, whole.stems, whole.joint) == (
        halves.pairs, halves.words, halves.stems, halves.joint)


def test_pairing_learns_the_commission_and_answers_the_bureau() -> None:
    lines = ([(f"委员会主席团第{i}次会议", f"meeting {i} of the Bureau of the Commission")
              for i in range(8)]
             + [(f"委员会审议项目{i}", f"the Commission considered item {i}")
                for i in range(40)]
             + [(f"主席团开会{i}", f"the Bureau met {i}") for i in range(2)])
    corpus = from_pairs(lines, document="d")
    settings = PairSettings(check_alignment=False)
    [bureau] = pair_terms(["主席团"], corpus, lexicon=LEXICON, settings=settings)
    assert bureau.best is not None and bureau.best.text == "Bureau"


# Whether a part of a term renders alone (what fragments.unsaid_alone asks) is learned
# from the part's own uses, outside the term.
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


def test_each_segment_is_stemmed_once_over_several_counts(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A run counts glosses in several passes over one corpus (its questions, then the
    # rare-term rules'); the English of a segment is read into stems once.
    stemmed: list[str] = []

    def counted(text: str) -> list[str]:
        stemmed.append(text)
        return content_stems(text)

    monkeypatch.setattr(learned, "content_stems", counted)
    learned._stems_of.cache_clear()
    lines = [("委员会开会。", "The Commission met."), ("委员会发言。", "The Commission spoke."),
             ("委员会开会。", "The Commission met.")]
    first = _counts(lines, {("委员会", "commis")})
    second = _counts(lines, {("委员会", "met")})
    assert sorted(stemmed) == ["The Commission met.", "The Commission spoke."]
    assert first.joint == {("委员会", "commis"): 3} and second.joint == {("委员会", "met"): 2}
    assert second.stems == {"met": 2} and second.pairs == 3
