"""Title marks: stripped from terms, looked past in running text, ignored in comparisons."""

from __future__ import annotations

import pytest

from termbase.text.titles import strip_title_marks, without_marks, without_title_marks


@pytest.mark.parametrize(("term", "expected"), [
    ("《行动纲领》", "行动纲领"),
    (" 《行动纲领》 ", "行动纲领"),
    ("《北京宣言》和《行动纲要》", "北京宣言和行动纲要"),
    ("《关于〈武器贸易条约〉的报告》", "关于武器贸易条约的报告"),
    ("行动纲领", "行动纲领"),
    ("“经纪活动”", "“经纪活动”"),  # quotation marks are not title marks
    ("《》", ""),
])
def test_strip_title_marks(term: str, expected: str) -> None:
    assert strip_title_marks(term) == expected


def test_without_title_marks_maps_back_to_the_text() -> None:
    text = "执行《北京宣言》和《行动纲要》"
    bare, positions = without_title_marks(text)
    assert bare == "执行北京宣言和行动纲要"
    start = bare.index("北京宣言和行动纲要")
    end = start + len("北京宣言和行动纲要")
    assert text[positions[start]:positions[end - 1] + 1] == "北京宣言》和《行动纲要"


def test_without_title_marks_leaves_plain_text_alone() -> None:
    assert without_title_marks("行动纲领") == ("行动纲领", [])


def test_without_marks_drops_quotation_marks_too() -> None:
    assert without_marks("《行动纲领》") == "行动纲领"
    assert without_marks("“Brokering”") == without_marks('"Brokering"') == "Brokering"
    assert without_marks("「經紀」『活動』") == "經紀活動"
