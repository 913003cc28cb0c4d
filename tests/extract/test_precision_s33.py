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
