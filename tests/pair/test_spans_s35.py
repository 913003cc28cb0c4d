"""Answers that render only part of the term, told by what the term's other part is
rendered as on its own (issue 12, session 35): pairing abstains rather than answer
with the shorter span."""

from __future__ import annotations

from termbase.pair.corpus import from_pairs
from termbase.pair.learned import LearnedGlosses, Questions, count_glosses


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
