from __future__ import annotations

import pytest

from termbase.check.dates import ZH_TIME, zh_bare_hour, zh_time
from termbase.check.numbers import mismatches, profile


# The Chinese hour 零 (issue 13, item 1: clock times), constructed from the class: 零时,
# the day's first hour, with or without its minutes, read as the hour 0 (00:30, never
# 12:30), as 0时 is; 零点 only with the minutes after it, since alone it opens a decimal.
@pytest.mark.parametrize("zh, en", [
    ("会议于零时30分开始。", "The meeting began at 0030 hours."),
    ("凌晨零时30分", "at 0030 hours"),
    ("零点30分", "0030 hours"),
    ("零时", "0000 hours"),
    ("停火于2015年1月1日零时生效。", "The ceasefire took effect at midnight on 1 January 2015."),
    ("停火于2015年1月1日零时生效。", "The ceasefire took effect at 0000 hours on 1 January 2015."),
    ("于2015年2月15日0时", "at 0000 hours on 15 February 2015"),
    ("零点五", "0.5"),
])
def test_the_hour_zero_said_in_chinese_is_the_day_s_first(zh: str, en: str) -> None:
    assert mismatches(profile(zh, "zh"), profile(en, "en")) == ([], [])


@pytest.mark.parametrize("zh, en", [
    ("零时30分", "1230 hours"),
    ("零时15分", "0030 hours"),
    ("0时30分", "1230 hours"),
    ("停火于2015年1月1日零时生效。", "The ceasefire took effect at 0100 hours on 1 January 2015."),
])
def test_another_hour_than_zero_still_differs(zh: str, en: str) -> None:
    missing, extra = mismatches(profile(zh, "zh"), profile(en, "en"))
    assert missing and extra


def test_the_hour_zero_takes_no_afternoon() -> None:
    m = ZH_TIME.search("零时30分")
    assert m is not None and zh_time(m, None) == ("t:00:30",)
    bare = ZH_TIME.search("2015年1月1日零时")
    assert bare is not None and zh_bare_hour(bare) == ("t:00:00", "t:24:00")
    assert ZH_TIME.search("零点五") is None
