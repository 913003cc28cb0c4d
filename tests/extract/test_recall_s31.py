"""Recall at depth (issue 12, session 31): how open a rare term's boundary can show."""

from __future__ import annotations

import math

import pytest

from termbase.extract.ranking import score, unithood
from termbase.extract.statistics import NgramStats


def test_three_different_neighbours_open_a_side_fully() -> None:
    # A term used three times with a different word on each side every time shows all
    # the freedom three uses can show: it is as much a unit as one seen with many more
    # neighbours, whatever its frequency.
    three_uses = NgramStats(3, 3, math.log(3), math.log(3), 1.0)
    many_uses = NgramStats(30, 3, math.log(12), math.log(12), 1.0)
    assert unithood(three_uses) == pytest.approx(1.0, abs=0.01)
    assert unithood(three_uses) == pytest.approx(unithood(many_uses), abs=0.01)


def test_a_repeated_neighbour_still_marks_a_fragment() -> None:
    # Two of three uses after the same word: a fragment of a longer unit, weighed down.
    free = NgramStats(3, 3, math.log(3), math.log(3), 0.6)
    fragment = NgramStats(3, 3, 0.64, math.log(3), 0.6)
    assert unithood(fragment) < 0.5 * unithood(free)


def test_a_free_term_used_three_times_outranks_a_name_used_twice() -> None:
    # A name needs no boundary evidence; a term used three times, each time between
    # other words (财务条例), shows as much as three uses can and ranks above a name of
    # about its length used twice.
    term = score(3 * math.log2(5), NgramStats(3, 3, math.log(3), math.log(3), 0.65),
                 words=2, length=4, is_title=False, is_defined=False, documents=8)
    name = score(2 * math.log2(6), NgramStats(2, 2, 1.0, 1.0, 1.0), words=2, length=5,
                 is_title=False, is_defined=False, is_name=True, documents=8)
    assert term > name
