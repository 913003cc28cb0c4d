"""The formulas of letters, notes and speeches are no terms (issue 12, item f).

A letter or a speech opens with its speaker and a courtesy adverb (我谨 "I have the
honour", 谨随函转递 "I have the honour to transmit herewith"), and a note with its author
and the same adverb (秘书长谨报告): these recur in every UN text and name nothing. The
speaker is a pronoun, which no term starts with, and 谨 stands in no name at all.
"""

from __future__ import annotations

import pytest

from termbase.extract.filters import refuse_words


@pytest.mark.parametrize(("words", "reason"), [
    (("我", "谨"), "stop-start"),                  # I have the honour
    (("我国", "代表团"), "stop-start"),            # my delegation
    (("您", "主持", "会议"), "stop-start"),
    (("谨", "随", "函", "转递"), "stop-start"),    # I have the honour to transmit herewith
    (("主席", "谨"), "stop-end"),
    (("秘书处", "谨", "通知"), "particle"),        # the Secretariat has the honour to inform
    (("常驻", "代表团", "谨", "转递"), "particle"),
])
def test_formulas_of_letters_and_speeches_are_refused(words: tuple[str, ...],
                                                      reason: str) -> None:
    assert refuse_words(words) == reason


@pytest.mark.parametrize("words", [
    ("秘书长",),
    ("常驻", "代表团"),
    ("安全", "理事会", "主席"),
    ("国别", "报告员"),
])
def test_names_beside_those_formulas_pass(words: tuple[str, ...]) -> None:
    assert refuse_words(words) is None


# General phrases of resolutions and meeting records (issue 12, session 33): a concern
# expressed, a light verb and its activity, a speech reported and forms of address, a
# name cut from the topic before it, relational heads, a body's members, a quality
# made a noun by 性. Each case is accepted without its rule.
@pytest.mark.parametrize("words", [
    ("严重", "关切"), ("感到", "关切"), ("开展", "合作"), ("开展", "活动"),
    ("主席", "说"), ("主席", "先生"), ("先生", "阁下"),
    ("问题", "特别报告员"), ("问题", "工作组"),
    ("优先", "事项"), ("组成", "部分"), ("关键", "作用"), ("长期", "影响"),
    ("理事会", "成员"), ("主席团", "成员"),
    ("脆弱性",), ("实质性",), ("可持续性",),
])
def test_general_phrases_are_refused(words: tuple[str, ...]) -> None:
    assert refuse_words(words) is not None


@pytest.mark.parametrize("words", [
    ("成员国",), ("影响评估",), ("生物多样性",), ("性别", "平等"), ("两性",),
    ("人权", "问题", "特别报告员"), ("安全", "理事会", "主席"), ("国际", "合作"),
])
def test_terms_beside_those_phrases_pass(words: tuple[str, ...]) -> None:
    assert refuse_words(words) is None
