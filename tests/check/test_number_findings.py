"""Tests of termbase.check.number_findings: what a number finding names."""

from __future__ import annotations

from termbase.check.draft import presplit_pair
from termbase.check.number_findings import number_disagreements


def test_a_rough_number_is_named_with_its_lower_bound() -> None:
    # 十多万 is "100,000 or more": no strict item, but what the source states
    draft = presplit_pair("3笔捐款共十多万美元。", "d.zh",
                          "3 contributions of more than $200,000.", "d.en")
    [d] = number_disagreements(draft, "zh", "en")
    assert [i.normal for i in d.extra] == ["200,000"]
    assert [(i.text, i.normal) for i in d.source_items] == [
        ("3", "3"), ("十多万", "100,000 or more")]
    assert not number_disagreements(
        presplit_pair("捐款十多万美元。", "d.zh", "Contributions of over $100,000.", "d.en"),
        "zh", "en")
