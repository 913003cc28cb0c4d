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


# The words of a two-word phrase said apart in one clause (联合国各机构 for 联合国机构) are
# counted in the same pass (how the score weighs it: test_drafts.py).
def test_the_words_of_a_pair_said_apart_in_one_clause_are_counted_in_the_same_pass() -> None:
    units = _units("联合国各机构和联合国机构开展合作。",   # apart once, together once
                   "联合国及其有关机构出席了会议。",       # apart
                   "联合国，机构",                         # a clause mark between: not apart
                   "联合国在过去十年里与各国政府和机构",   # nine characters between: too far
                   "机构联合国")                           # the wrong order
    found = collect_evidence(units, ["联合国机构", "会议"], ExtractSettings(),
                             pairs={"联合国机构": ("联合国", "机构")})
    assert found["联合国机构"].freq == 1
    assert found["联合国机构"].apart == 2
    # The words searched for the pair are no candidates: no evidence, no nesting.
    assert set(found) == {"联合国机构", "会议"}
    assert found["会议"].freq == 1 and found["会议"].nested == 0
    # Without pairs nothing is counted apart.
    alone = collect_evidence(units, ["联合国机构"], ExtractSettings())
    assert alone["联合国机构"].apart == 0
