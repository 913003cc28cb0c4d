"""Tests of termbase.pair.association: the association scores of a term and a candidate."""

from __future__ import annotations

import pytest

from termbase.pair.association import Table, dice, log_likelihood, signed_log_likelihood


def test_dice() -> None:
    assert dice(5, 5, 5) == 1.0
    assert dice(0, 5, 5) == 0.0
    assert dice(2, 4, 4) == pytest.approx(0.5)


def test_log_likelihood_is_zero_for_independence_and_signed_for_avoidance() -> None:
    assert log_likelihood(Table(10, 10, 10, 10)) == pytest.approx(0.0, abs=1e-9)
    strong = Table.of(joint=20, term_count=20, candidate_count=20, n=1000)
    assert log_likelihood(strong) > 100
    avoid = Table.of(joint=0, term_count=500, candidate_count=500, n=1000)
    assert signed_log_likelihood(avoid) < 0 < log_likelihood(avoid)


def test_table_cells_never_go_negative() -> None:
    table = Table.of(joint=5, term_count=3, candidate_count=4, n=4)
    assert min(table.a, table.b, table.c, table.d) >= 0
