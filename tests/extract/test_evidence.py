"""Pass 2: the shortlist found in the text again, and what is recorded around each use."""

from __future__ import annotations

from termbase.extract.evidence import ANAPHOR_SENTENCES, collect_evidence
from termbase.extract.model import ExtractSettings
from termbase.extract.units import Unit


def _units(*sentences: str, document: int = 0) -> list[Unit]:
    return [(s, document, "doc", f"p{i}") for i, s in enumerate(sentences, 1)]


# A bare head (委员会, 公约) stands for whichever name ending with it the text named a few
# sentences before: the evidence records which (how the score weighs it: test_drafts.py).
def test_a_bare_use_after_a_name_ending_with_it_records_that_name() -> None:
    filler = ["各国代表发言。"] * ANAPHOR_SENTENCES
    units = [*_units("海洋渔业委员会通过了报告。", "委员会还决定继续审议。",  # refers back
                     "内陆渔业委员会举行会议。", "委员会主席发言。",  # to the last one named
                     *filler, "委员会再次开会。"),  # too far from any name
             *_units("委员会开会。", document=1)]  # another document names none
    evidence = collect_evidence(units, ["海洋渔业委员会", "内陆渔业委员会", "委员会"],
                                ExtractSettings())
    assert evidence["委员会"].freq == 6
    assert evidence["委员会"].antecedents == {"海洋渔业委员会": 1, "内陆渔业委员会": 1}
