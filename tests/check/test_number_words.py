"""Numbers said in words: the value of a Chinese numeral."""

from __future__ import annotations

from termbase.check.number_words import zh_numeral_value


def test_chinese_numerals() -> None:
    assert zh_numeral_value("六十八") == 68
    assert zh_numeral_value("一万二千") == 12000
    assert zh_numeral_value("二〇一三") == 2013
