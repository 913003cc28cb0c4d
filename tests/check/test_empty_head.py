"""A missing term that heads a longer word whose English is its modifier's alone: a hint,
not an error (check/empty_head.py)."""

from __future__ import annotations

import pytest

from check._stand_in import common_word_misses as _missing


def test_an_empty_head_rendered_by_its_modifier_alone_is_a_hint() -> None:
    # 惩罚措施 "penalties": the modifier's rendering carries the plural, as the head.
    assert _missing("各国有权建立法律制度和惩罚措施。",
                    "States had the right to establish a legal system and penalties."
                    ) == [("措施", "info")]
    assert _missing("必须改变激励措施，迫使私营部门尽自己的一份力量。",
                    "Incentives must change so that the private sector does its part."
                    ) == [("措施", "info")]


@pytest.mark.usefixtures("entries_as_terms")  # 措施, 会议: general words
def test_a_head_left_out_beside_its_modifier_stays_an_error() -> None:
    # "preventive measures" with "measures" removed: the modifier stays a modifier.
    assert _missing("各国采取了预防措施。", "States took preventive action."
                    ) == [("措施", "error")]
    # A plural after "of" complements the noun left out ("meeting of States parties").
    assert _missing("缔约国会议审议了报告。",
                    "The session of States parties considered the report."
                    ) == [("会议", "error")]
    # A name's English keeps its own number: "nations" of 联合国 says nothing of 系统.
    assert _missing("联合国系统制定了示范政策。",
                    "The policy was drafted with the nations concerned.") == [("系统", "error")]
    # A term that modifies the word after it heads nothing (应对全球冲击, "global shocks").
    assert _missing("确定应对全球冲击的方法。",
                    "Define an approach for responses to annual shocks.") == [("全球", "error")]
