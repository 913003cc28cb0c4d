"""`mine` (session 37): a short form answered as its full form is folded into the surer of
the two, as a variant, and its place on the review sheet goes to the next concept."""

from __future__ import annotations

from termbase.extract.model import Candidate, Variant
from termbase.pair.mining import MinedConcept, short_forms_folded
from termbase.pair.termhood import RENDERED, Termhood


def _mined(term: str, english: str | None, *variants: str) -> MinedConcept:
    candidate = Candidate(term, 1.0, 10, 1, ("ngram",),
                          variants=tuple(Variant(v, "short form", 3) for v in variants))
    return MinedConcept(candidate, Termhood(RENDERED, 0.0, "", english))


def test_a_short_form_answered_alike_gives_its_place_to_the_next_concept() -> None:
    ranked = [_mined("安全理事会", "Security Council"), _mined("大会", "General Assembly"),
              _mined("安理会", "Security Council"), _mined("秘书长", "Secretary-General")]
    folded = short_forms_folded(ranked)
    assert [m.candidate.term for m in folded] == ["安全理事会", "大会", "秘书长"]
    assert [(v.term, v.relation) for v in folded[0].candidate.variants] == [
        ("安理会", "short form")]


def test_a_full_form_ranked_below_its_short_form_joins_it_with_its_variants() -> None:
    ranked = [_mined("环境署", "UNEP"), _mined("环境规划署", "UNEP", "联合国环境规划署"),
              _mined("环境", "environment")]
    folded = short_forms_folded(ranked)
    assert [m.candidate.term for m in folded] == ["环境署", "环境"]
    assert folded[0].candidate.forms() == ("环境署", "环境规划署", "联合国环境规划署")
    assert folded[0].candidate.variants[0].relation == "full form"


def test_concepts_without_english_or_answered_otherwise_stay() -> None:
    ranked = [_mined("安全理事会", "Security Council"), _mined("安理会", None),
              _mined("安全会", "security")]
    assert short_forms_folded(ranked) == ranked
