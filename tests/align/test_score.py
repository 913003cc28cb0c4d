"""The scorer on hand-made bead sets, checked against counts worked out by hand."""

from __future__ import annotations

import pytest

from termbase.align.model import Bead
from termbase.align.score import Counts, ScoreCounts, prf, score_alignment


def beads(*pairs: tuple[tuple[int, ...], tuple[int, ...]]) -> list[Bead]:
    return [Bead(src, tgt) for src, tgt in pairs]


GOLD = beads(((0,), (0,)), ((1, 2), (1,)), ((3,), ()), ((4,), (2, 3)))


def test_identical_alignment_scores_one() -> None:
    result = prf(score_alignment(GOLD, GOLD))
    assert result.strict_f1 == 1.0
    assert result.lax_f1 == 1.0


def test_strict_and_lax_counts() -> None:
    test = beads(((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), ()), ((4,), (2,)), ((), (3,)))
    counts = score_alignment(test, GOLD)
    # Precision over every test bead: [0]:[0] and [3]:[] exact; [1]:[1] and [4]:[2]
    # overlap a gold link (lax); [2]:[] and []:[3] have no target linked in the gold.
    assert counts.precision == Counts(strict_tp=2, strict_fp=4, lax_tp=4, lax_fp=2)
    # Recall: gold links without 1-0/0-1 against test links without 1-0/0-1.
    assert counts.recall == Counts(strict_tp=1, strict_fp=2, lax_tp=3, lax_fp=0)
    result = prf(counts)
    assert result.strict_p == pytest.approx(2 / 6)
    assert result.strict_r == pytest.approx(1 / 3)
    assert result.lax_r == 1.0


def test_empty_beads_are_ignored_and_counts_add_up() -> None:
    one = score_alignment([*GOLD, Bead((), ())], GOLD)
    assert one == score_alignment(GOLD, GOLD)
    two = one + one
    assert two.precision.strict_tp == 2 * one.precision.strict_tp
    assert prf(ScoreCounts()).strict_f1 == 0.0
