"""The score of a candidate: unithood from its boundaries, and the weights of its kind."""

from __future__ import annotations

import math

import pytest

from termbase.extract.drafts import Draft
from termbase.extract.ranking import DEFAULT_WEIGHTS, score, unithood
from termbase.extract.statistics import NgramStats


# Recall at depth (issue 12): how open a rare term's boundary can show.
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


# The bare title of a post (高级专员, 观察员; candidates.is_post) heads the titles of many
# posts, but is no generic head (issue 12): it names a role, not whichever body or
# instrument was named last.
def _heading(word: str, head_share: float) -> Draft:
    """A single word the text uses far more than general Chinese, found 30 times, that
    heads longer candidates ``head_share`` times its own uses."""
    draft = Draft(word, (word,), NgramStats(30, 4, 2.0, 2.0, 1.0), {"ngram"},
                  c_value=30.0, specificity=5000.0, head_share=head_share, documents=8)
    draft.rescore()
    return draft


def test_a_post_heading_many_titles_keeps_its_weight() -> None:
    # 人权事务高级专员, 难民事务高级专员, 联合国人权事务高级专员 …: twice its own uses.
    assert _heading("高级专员", 2.0).score == pytest.approx(_heading("高级专员", 0.0).score)


def test_a_head_of_bodies_heading_many_names_is_still_generic() -> None:
    # 特别委员会, 咨询委员会 …: a bare 委员会 refers back to one of them.
    ratio = _heading("委员会", 2.0).score / _heading("委员会", 0.0).score
    assert ratio == pytest.approx(DEFAULT_WEIGHTS.generic_head_factor)
