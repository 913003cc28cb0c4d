from __future__ import annotations

import pytest

from termbase.check.numbers import mismatches, profile, zh_numeral_value


@pytest.mark.parametrize("zh, en", [
    ("2013年12月5日", "5 December 2013"),
    ("大会第六十八届会议", "the sixty-eighth session of the General Assembly"),
    ("A/RES/68/48号决议", "resolution A/RES/68/48"),
    ("1 036 201 000美元", "$1,036,201,000"),
    ("10万余枚导弹", "over 100,000 missiles"),
    ("2001年7月9日至20日", "9–20 July 2001"),
    ("三个国家", "3 States"),
    ("第7439次会议", "7439th meeting"),
])
def test_agreeing_sides(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("2013年12月5日", "6 December 2013"),
    ("第六十九届会议", "sixty-eighth session"),
    ("A/RES/68/48号决议", "resolution A/RES/68/49"),
    ("40 762 000美元", "$40,762,100"),
])
def test_differing_sides(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing and extra


def test_chinese_numerals() -> None:
    assert zh_numeral_value("六十八") == 68
    assert zh_numeral_value("一万二千") == 12000
    assert zh_numeral_value("二〇一三") == 2013
