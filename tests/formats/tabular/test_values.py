"""Cell values both ways: pairs with sources, transactions, term lists, labels."""

from __future__ import annotations

import pytest

from termbase.formats.tabular.values import (
    format_pair,
    format_transaction,
    parse_label,
    parse_pair,
    parse_transaction,
    split_terms,
)
from termbase.model import (
    TermStatus,
    Transaction,
    TransactionType,
)


@pytest.mark.parametrize(("text", "source"), [
    ("plain", ""), ("with source", "A/RES/68/48"), ("has ⟦brackets⟧", ""),
    ("has ⟦brackets⟧", "S/RES/2220 (2015)"),
])
def test_pair_cells_are_unambiguous(text: str, source: str) -> None:
    assert parse_pair(format_pair(text, source)) == (text, source)


@pytest.mark.parametrize(("cell", "expected"), [
    ("a；b;c、d", ["a", "b", "c", "d"]),
    ("小武器、轻武器\n", ["小武器、轻武器"]),
    ("one\ntwo；three", ["one", "two；three"]),
])
def test_other_terms_cells_split_on_lines_or_separators(cell: str, expected: list[str]) -> None:
    assert split_terms(cell) == expected


def test_labels_only_take_known_status_words() -> None:
    assert parse_label("小武器（SALW）", TermStatus.ADMITTED) == (
        "小武器（SALW）", TermStatus.ADMITTED, "")
    assert parse_label("ALPC (Deprecated) [fr]", TermStatus.PREFERRED) == (
        "ALPC", TermStatus.DEPRECATED, "fr")


def test_a_transaction_target_rides_with_its_responsibility() -> None:
    t = Transaction(TransactionType.MODIFICATION, "2024-01-02", "Jane | UNOG", "US5001")
    assert format_transaction(t) == "modification | 2024-01-02 | Jane | UNOG ⟦US5001⟧"
    assert parse_transaction(format_transaction(t)) == t
