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


def _word(text: str, specificity: float, head_share: float = 0.0) -> Draft:
    draft = Draft(text, (text,), NgramStats(20, 8, 3.0, 3.0, 1.0), sources={"ngram"},
                  c_value=40.0, documents=8, specificity=specificity, head_share=head_share)
    draft.rescore()
    return draft


def test_a_single_word_is_named_by_the_weight_that_took_most_of_its_score() -> None:
    assert misses.single_word_weight(_word("难民", 33.0)) == \
        "single word: general by its specificity"  # 0.005 of a two-character word
    assert misses.single_word_weight(_word("议事规则", 4755.0, head_share=1.7)) == \
        "single word: generic head"  # 0.2, below the single-word factor's 0.35
    assert misses.single_word_weight(_word("普通照会", 2642.0)) == \
        "single word: single-word factor"


def test_a_weight_factor_reads_the_score_with_the_weight_taken_out() -> None:
    general = _word("难民", 33.0)
    assert abs(misses.weight_factor(general, short_word_factor=0.35) - 0.005 / 0.35) < 1e-9
    assert misses.weight_factor(general, generic_head_factor=1.0) == 1.0  # no generic head
    assert general.score == _word("难民", 33.0).score  # the draft itself is left as it was
