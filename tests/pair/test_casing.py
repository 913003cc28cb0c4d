"""Restoring an answer's casing from how the corpus spells it: capitals that only a name's
stand-in gives are dropped (issue 12)."""

from __future__ import annotations

from collections import Counter

from termbase.pair.casing import Tiers, restore_casing


def test_an_answer_spelt_with_capitals_only_as_a_names_stand_in_is_lower_case() -> None:
    # "the Working Group" eleven times, "working group" eight and "working groups" five:
    # the plural shows a common noun, and the answer is spelt as one.
    tiers: Tiers = (Counter({"Working Group": 11, "working group": 8, "working groups": 5}),
                    Counter(), Counter())
    assert restore_casing("working group", tiers, common_noun_test=True) == "working group"
    assert restore_casing("working group", tiers) == "Working Group"
    # A name whose plural is capitalised too keeps its capitals.
    named: Tiers = (Counter({"Working Group": 11, "working group": 8, "Working Groups": 5}),
                    Counter(), Counter())
    assert restore_casing("working group", named, common_noun_test=True) == "Working Group"
