"""benchmarks/mine_quality.py: where ``mine`` loses a gold concept."""

from __future__ import annotations

from types import SimpleNamespace

from tests.benchmark_script import load_benchmark

quality = load_benchmark("mine_quality")


def _candidate(term: str) -> SimpleNamespace:
    return SimpleNamespace(term=term, forms=lambda: (term,))


def test_a_concept_beyond_the_list_asked_gives_its_place_in_the_wider_one() -> None:
    # The extractor's list for mine's size holds neither concept; a wider extraction
    # proposes 大会 at #85 and never 斡旋.
    result = SimpleNamespace(concepts=(), dropped=(),
                             extraction=SimpleNamespace(candidates=(_candidate("秘书处"),)))
    concepts = [quality.Concept(("大会", "联合国大会"), frozenset({"general assembly"})),
                quality.Concept(("斡旋",), frozenset({"good offices"}))]
    stages = quality.mine_losses(result, concepts, 300, {}, {"联合国大会": 140, "大会": 85})
    assert stages["2 below the shortlist"] == [
        "大会 (beyond the extractor's list at this size; #85 of a wider one)"]
    assert stages["1 no form among the candidates"] == ["斡旋"]


def test_the_loss_row_counts_the_concepts_beyond_the_extractors_list() -> None:
    # Stage 2 holds concepts the extractor's list at mine's size stops before (its draft
    # shortlist is cut before the character rescoring) and concepts it ranks past the
    # shortlist: the row tells them apart.
    entries = ["大会 (beyond the extractor's list at this size; #85 of a wider one)",
               "毒品 (毒品 #845)", "法治 (法治 #841, no English → None)"]
    assert quality.stage_row("2 below the shortlist", entries) == (
        "| 2 below the shortlist | 3 (1 without English; 1 beyond the extractor's list) |")
    assert quality.stage_row("5 kept, answered wrong", []) == "| 5 kept, answered wrong | 0 |"
