"""benchmarks/extract_misses.py: the evidence stage's factor on a shortlisted draft."""

from __future__ import annotations

from tests.benchmark_script import load_benchmark

from termbase.extract.drafts import Draft
from termbase.extract.statistics import NgramStats

misses = load_benchmark("extract_misses")


def _draft() -> Draft:
    draft = Draft("维持和平", ("维持", "和平"), NgramStats(46, 8, 3.3, 1.0, 0.78),
                  sources={"ngram"}, c_value=67.3, documents=8)
    draft.rescore()
    return draft


def test_a_score_the_evidence_stage_lowered_reads_as_its_factor() -> None:
    draft = _draft()
    alone = draft.score
    draft.score *= 0.035  # a fragment yielding to the phrases it stands in
    assert abs(misses.evidence_factor(draft) - 0.035) < 1e-9
    assert draft.score == alone * 0.035  # the final score is read, not recomputed


def test_a_score_the_statistics_alone_give_has_no_factor() -> None:
    assert misses.evidence_factor(_draft()) == 1.0
    empty = Draft("和平", ("和平",), NgramStats(3, 1, 1.0, 1.0, 1.0), sources={"ngram"})
    assert misses.evidence_factor(empty) == 1.0
