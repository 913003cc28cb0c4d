"""Chinese or English: one threshold policy, one check of two sides."""

from __future__ import annotations

import pytest

from termbase.errors import FormatError
from termbase.text.language import check_sides, guess_language, term_language

ZH = "大会，回顾其关于小武器和轻武器非法贸易的各项决议，包括2013年12月5日第68/48号决议。"
EN = "The General Assembly, recalling its resolutions on the illicit trade in small arms."


@pytest.mark.parametrize(("text", "expected"), [
    (ZH, "zh"),
    (EN, "en"),
    ("第68/48号决议", "zh"),  # 4 ideographs among 8 digits and ideographs
    ("A/RES/68/48号决议", None),  # 3 of 11: too little to call it running Chinese
    ("Decides 决定继续审议 to continue.", None),  # 6 of 23: mixed
    (EN + " 王毅", "en"),  # a Chinese name in English text
    ("2030", "en"),
    ("", None),
    ("。。。——", None),
])
def test_guess_language(text: str, expected: str | None) -> None:
    assert guess_language(text) == expected


@pytest.mark.parametrize(("term", "expected"), [
    ("行动纲领", "zh"), ("A/CONF.192/15号文件", "zh"), ("《ATT》条约", "zh"),
    ("Programme of Action", "en"), ("SALW", "en"),
])
def test_term_language(term: str, expected: str) -> None:
    assert term_language(term) == expected


def test_sides_in_order_pass() -> None:
    check_sides(ZH, EN)


def test_swapped_sides_get_one_message() -> None:
    with pytest.raises(FormatError, match="swap them") as info:
        check_sides(EN, ZH, zh_source="a.txt", en_source="b.txt", hint="give a first")
    assert info.value.path == "a.txt"
    assert info.value.hint == "the two sides look swapped: give a first"


@pytest.mark.parametrize(("zh", "en", "culprit", "message"), [
    (EN, EN, "zh.txt", "the Chinese side looks like English: the Chinese side is not Chinese"),
    (ZH, ZH, "en.txt", "the English side looks like Chinese: the English side is not English"),
    (ZH, "Decides 决定继续审议 to continue.", "en.txt", "looks like mixed-language text"),
    ("。。。", EN, "zh.txt", "file has no words"),
])
def test_the_side_at_fault_is_named(zh: str, en: str, culprit: str, message: str) -> None:
    with pytest.raises(FormatError, match=message) as info:
        check_sides(zh, en, zh_source="zh.txt", en_source="en.txt")
    assert info.value.path == culprit


def test_sides_without_files_are_named_by_language() -> None:
    with pytest.raises(FormatError, match="the Chinese side has no words") as info:
        check_sides("", EN)
    assert info.value.path is None
