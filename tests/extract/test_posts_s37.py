"""Session 37 recall rule (issue 12): the bare title of a post (高级专员, 观察员) heads the
titles of many posts, but is no generic head: it names a role, not whichever body or
instrument was named last."""

from __future__ import annotations

import pytest

from termbase.extract.drafts import Draft
from termbase.extract.ranking import DEFAULT_WEIGHTS
from termbase.extract.statistics import NgramStats


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
