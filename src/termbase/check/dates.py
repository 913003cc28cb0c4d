"""Dates and clock times as a segment writes them, read to the keys the number check
compares (:mod:`termbase.check.numbers`, which collects them with the other items).

A date is read from a run of tokens (years, months, days) in Chinese order (2015年5月2日至5日)
or English order, day first or month first (6 and 7 November 2014, June 25 and September
20, 2014), to ``d:YYYY-MM-DD`` keys where an unstated part is ``??``; two dates agree when
every part stated on both sides is equal (:func:`dates_agree`). A clock time (上午10时15分,
10.15 a.m., 1855 hours) is read to a 24-hour ``t:HH:MM`` key.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from termbase.check.number_words import figures_or_numeral
from termbase.text.english import MONTHS

_MONTHS = {m: i for i, m in enumerate(MONTHS, start=1)}
# Month abbreviations of tables and date stamps ("22 Oct 14"); the full names first, so
# that the longest is matched.
_MONTH_OF = {**_MONTHS, **{m[:3]: i for m, i in _MONTHS.items()}, "sept": 9}
_MONTH_NAMES = "|".join(sorted(_MONTH_OF, key=len, reverse=True))
# What every English date the check reads holds, the first three letters of a month's
# name (see numbers._en_date_items).
MONTH_STEMS = tuple(dict.fromkeys(m[:3] for m in _MONTH_OF))

# The dashes a range is written with: hyphen, en and em dash, and the full-width hyphen
# and minus sign Chinese text and converted documents use ("9:00－10:00", "9−10 a.m.").
DASH = "–—－−-"  # the hyphen last: literal at the end of a character class

# A date written with dots, day first as UN text writes it ("9.4.2003", "10.01.1955").
DOTTED_DATE = re.compile(r"(\d(?<![\d.]\d)\d?)\.(\d{1,2})\.((?:1[89]|20)\d\d)(?![\d.]?\d)")

# A calendar other than the Gregorian named before a date (回历, 伊斯兰历, 农历 — not
# 公历): its months have names English does not translate into ours ("25 Rajab A.H.
# 1436" for 回历1436年7月25日), so only the day and the year are compared.
ZH_OTHER_CALENDAR = re.compile(r"(?<!公)历\s*$")

# A month and day joined by a dash or dot right before a word name an event by its date
# (9-11事件, 5·12地震: "11 September"); a range before a measure word (3-5个) reads so
# too, but is then only a value the other side may state, never one it must.
ZH_DATE_NAME = re.compile(
    rf"(\d(?<![\d.]\d)\d?)\s*[·．{DASH}]\s*(\d{{1,2}})(?=[\u4e00-\u9fff])")

_ZH_DATE_TOKEN = r"(?:\d{4}\s*年|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:月份?|[日号]))"
ZH_DATE_RUN = re.compile(
    rf"{_ZH_DATE_TOKEN}(?:\s*(?:至|到|和|及|与|、|或|[{DASH}])?\s*{_ZH_DATE_TOKEN})*")
# A month of digits the date pattern could not read (2023月, a year missing its 年):
# the days after it are that month's, not days said alone.
_UNREAD_MONTH = re.compile(r"\d\s*月")
_ZH_TOKEN = re.compile(r"(\d{4})\s*年|(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(月份?|[日号])")

# The English patterns are lower case: they run on the lower-cased text (see
# numbers._en_profile).
_EN_DATE_TOKEN = rf"(?:(?<![\d.,])\d{{1,4}}(?:st|nd|rd|th)?\b|(?:{_MONTH_NAMES})\b)"
EN_DATE_RUN = re.compile(
    rf"\b{_EN_DATE_TOKEN}(?:\s*(?:,|and|to|through|until|or|[{DASH}])?\s*{_EN_DATE_TOKEN})*")
_EN_TOKEN = re.compile(rf"(?<![\d.,])(\d{{1,4}})(?:st|nd|rd|th)?\b|({_MONTH_NAMES})\b")

# The hour is in figures, or 零 (零时30分 "0030 hours", 零时 "0000 hours"): the day's
# first hour, which Chinese says in its numeral as often as in figures (0时). 零 before
# 点 is an hour only with the minutes after it (零点30分, 零点半): alone it opens a
# decimal (零点五).
ZH_TIME = re.compile(
    r"(上午|下午|晚上|晚间|夜间|午夜|子夜|夜|晚|中午|凌晨|早上|清晨)?\s*约?\s*"
    r"(\d{1,2}|零(?=\s*(?:时|点\s*(?:\d{1,2}\s*分|半|整))))\s*"
    r"(?:[时点](?:\s*(\d{1,2})\s*分|(半)|整)?|[:：](\d{2})(?!\d))")
# What every ZH_TIME holds after its hour.
ZH_CLOCK_MARK = re.compile("[时点:：]")
EN_TIME = re.compile(
    r"\b(\d{1,2})(?:[.:]\s?(\d{2}))?\s*([ap])\.?\s?m\b\.?|\b(\d{1,2})[:.](\d{2})\s*hours\b"
    r"|\b(\d{2})(\d{2})\s*hours\b|\b(\d{1,2}):(\d{2})\b")
# The first hour of a range ("3-6 p.m.", "10 to 11.30 a.m.", "between 3 and 6 p.m.")
# takes the second's a.m./p.m.
EN_TIME_FROM = re.compile(
    rf"\b(\d{{1,2}})(?:[.:](\d{{2}}))?\s*(?:[{DASH}]|to|and)\s*"
    r"(?=\d{1,2}(?:[.:]\d{2})?\s*([ap])\.?\s?m\b)")
# What every match of EN_TIME holds but a colon or "hours": a segment with none of the
# three is not searched for a clock time.
AM_PM = re.compile(r"[ap]\.?\s?m\b")

# Noon and midnight name their hour: "12 noon" states 中午12时; "noon" or "midnight"
# alone is an hour the other side may state in figures.
EN_NOON = re.compile(r"\b(?:(12)\s*)?(noon|midnight)\b")

# A day of the month said alone, as an ordinal ("on the 22nd"); one before a noun
# counts the noun ("the 22nd meeting").
EN_DAY_ALONE = re.compile(r"\b(?:on|the)\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s*[a-z\d])")


# --- dates ------------------------------------------------------------------------------

@dataclass(slots=True)
class Token:
    kind: str
    """'y' year, 'm' month, 'd' day."""
    value: int
    start: int
    end: int


def date_key(year: int | None, month: int | None, day: int | None) -> str:
    y = f"{year:04d}" if year else "????"
    m = f"{month:02d}" if month else "??"
    d = f"{day:02d}" if day else "??"
    return f"d:{y}-{m}-{d}"


def zh_tokens(run: re.Match[str]) -> list[Token]:
    tokens = []
    for m in _ZH_TOKEN.finditer(run.group()):
        start, end = run.start() + m.start(), run.start() + m.end()
        if m.group(1):
            tokens.append(Token("y", int(m.group(1)), start, end))
            continue
        raw = m.group(2)
        value = figures_or_numeral(raw)
        kind = "m" if m.group(3).startswith("月") else "d"
        if value and value <= (12 if kind == "m" else 31):
            tokens.append(Token(kind, value, start, end))
    return tokens


def zh_dates(tokens: list[Token]) -> Iterator[tuple[str, list[Token]]]:
    """Chinese order: a day takes the last month before it, a month the last year; a
    month with no day of its own is a date by itself (1947年5月至11月)."""
    year: Token | None = None
    month: Token | None = None
    month_has_day = True
    for tok in [*tokens, None]:
        if month is not None and not month_has_day and (tok is None or tok.kind != "d"):
            yield date_key(_value(year), month.value, None), _keep(year, month)
            month_has_day = True
        if tok is None:
            break
        if tok.kind == "y":
            year = tok
        elif tok.kind == "m":
            month, month_has_day = tok, False
        elif month is not None:
            month_has_day = True
            yield (date_key(_value(year), month.value, tok.value),
                   _keep(year, month, tok))


def _value(token: Token | None) -> int | None:
    return token.value if token is not None else None


def _keep(*tokens: Token | None) -> list[Token]:
    return [t for t in tokens if t is not None]


def en_tokens(run: re.Match[str]) -> list[Token]:
    tokens = []
    for m in _EN_TOKEN.finditer(run.group()):
        start, end = run.start() + m.start(), run.start() + m.end()
        if m.group(2):
            tokens.append(Token("m", _MONTH_OF[m.group(2).lower()], start, end))
            continue
        value = int(m.group(1))
        if len(m.group(1)) == 4 and 1000 <= value <= 2200:
            tokens.append(Token("y", value, start, end))
        elif 1 <= value <= 31 and len(m.group(1)) <= 2:
            tokens.append(Token("d", value, start, end))
        else:
            tokens.append(Token("x", value, start, end))  # breaks the run
    return tokens


def en_dates(tokens: list[Token], text: str) -> Iterator[tuple[str, list[Token], bool]]:
    """Day first (6 and 7 November 2014) or month first (June 25 and September 20, 2014).

    Yields (date key, its tokens, whether it is strict): a month alone ("may", "march")
    is also a verb, so it is never a strict item in English.
    """
    pairs = list(pairwise(tokens))
    day_first = any(a.kind == "d" and b.kind == "m" and _adjacent(a, b, text)
                    for a, b in pairs)
    month_first = not day_first and any(
        a.kind == "m" and b.kind == "d" and _adjacent(a, b, text) for a, b in pairs)
    days_of: dict[int, list[Token]] = {}
    for i, tok in enumerate(tokens):
        if tok.kind != "d":
            continue
        month = (_next(tokens, i, "m") if day_first else
                 _previous(tokens, i, "m") if month_first else None)
        if month is not None:
            days_of.setdefault(id(month), []).append(tok)
    for i, tok in enumerate(tokens):
        if tok.kind != "m":
            continue
        days = days_of.get(id(tok), [])
        last = max([i, *(tokens.index(d) for d in days)])
        year = _next(tokens, last, "y") or _short_year(tokens, i, days, text)
        if not days:
            yield date_key(_value(year), tok.value, None), _keep(tok, year), bool(year)
        for day in days:
            yield (date_key(_value(year), tok.value, day.value),
                   _keep(day, tok, year), True)


def _short_year(tokens: list[Token], i: int, days: list[Token], text: str
                ) -> Token | None:
    """The two-digit year of a date stamp, day first with the month abbreviated
    ("22 Oct 14" is 22 October 2014): the number right after the month, as a year."""
    month = tokens[i]
    if (not days or days[-1].end > month.start or month.end - month.start > 4
            or i + 1 >= len(tokens)):
        return None
    after = tokens[i + 1]
    if after.kind != "d" or not _adjacent(month, after, text):
        return None
    return Token("y", 2000 + after.value, after.start, after.end)


def _adjacent(a: Token, b: Token, text: str) -> bool:
    return not text[a.end:b.start].strip(" ,")


def _next(tokens: list[Token], i: int, kind: str) -> Token | None:
    for tok in tokens[i + 1:]:
        if tok.kind == "x":
            return None
        if tok.kind == kind:
            return tok
    return None


def _previous(tokens: list[Token], i: int, kind: str) -> Token | None:
    for tok in reversed(tokens[:i]):
        if tok.kind == "x":
            return None
        if tok.kind == kind:
            return tok
    return None


def dates_agree(a: str, b: str) -> bool:
    """Two date keys agree when every part both state is equal (and the month is stated),
    or when one is a day said alone and the other a date of that day."""
    pa, pb = a[2:].split("-"), b[2:].split("-")
    if _day_alone(pa) or _day_alone(pb):
        return pa[2] == pb[2]
    if "??" in (pa[1], pb[1]):
        return False
    return all(x == y or "?" in x or "?" in y for x, y in zip(pa, pb, strict=True))


def _day_alone(parts: list[str]) -> bool:
    return parts[0] == "????" and parts[1] == "??" and parts[2] != "??"


# --- times ------------------------------------------------------------------------------

def time_key(hour: int, minute: int) -> str:
    return f"t:{hour:02d}:{minute:02d}"


# Twelve o'clock at night is midnight, the day's end or the next day's start.
_ZH_NIGHT = frozenset({"晚上", "晚间", "夜间", "午夜", "子夜", "夜", "晚"})
MIDNIGHT = (time_key(24, 0), time_key(0, 0))


def zh_time(m: re.Match[str], inherited: str | None) -> tuple[str, ...] | None:
    # 10时15分, 10时半, or written with a colon, 上午10:15.
    when, hour, half = m.group(1) or inherited, _hour(m.group(2)), m.group(4)
    minute = m.group(3) or m.group(5)
    if not when and minute is None and not half:
        return None  # "10时" alone is too rare to tell from other uses of 时
    mins = 30 if half else int(minute or 0)
    if hour > 24 or mins > 59:
        return None
    if when in _ZH_NIGHT and hour == 12 and not mins:
        return MIDNIGHT  # 午夜12时, 晚上12时: "midnight", "12 midnight"
    if when in ("下午", "晚上", "晚间", "夜间", "夜", "晚") and 0 < hour < 12:
        hour += 12
    keys = [time_key(hour, mins)]
    if not when and 0 < hour < 12:  # 0时, 零时: the day's first hour, never the 12th's
        keys.append(time_key(hour + 12, mins))
    return tuple(keys)


def _hour(hour: str) -> int:
    """An hour of :data:`ZH_TIME`, in figures or 零."""
    return 0 if hour == "零" else int(hour)


def zh_bare_hour(m: re.Match[str]) -> tuple[str, ...] | None:
    """The times an hour with 时 and neither period nor minutes may be (22时; 11时 is
    11:00 or 23:00), which :func:`zh_time` leaves alone; None for any other match."""
    if m.group(1) or m.group(3) or m.group(4) or m.group(5) or "时" not in m.group():
        return None
    hour = _hour(m.group(2))
    if hour == 0:  # the day's start (零时, 0时), which "midnight" also says
        return MIDNIGHT[::-1]
    if hour == 24:
        return MIDNIGHT
    if hour > 24:
        return None
    return (time_key(hour, 0), time_key(hour + 12, 0)) if hour < 12 else (time_key(hour, 0),)


def en_time(m: re.Match[str]) -> str | None:
    g = m.groups()
    if g[0] is not None:
        hour, minute = int(g[0]), int(g[1] or 0)
        if g[2].lower() == "p" and hour < 12:
            hour += 12
        elif g[2].lower() == "a" and hour == 12:
            hour = 0
    elif g[3] is not None:
        hour, minute = int(g[3]), int(g[4])
    elif g[5] is not None:
        hour, minute = int(g[5]), int(g[6])
    else:
        hour, minute = int(g[7]), int(g[8])
    if hour > 24 or minute > 59:
        return None
    return time_key(hour, minute)


def zh_days_alone(tokens: list[Token], run: re.Match[str], text: str) -> Iterator[str]:
    """A day of the month said alone (22日, 同月22日: the month and year are the
    context's), as a date that agrees with any full date of that day. 号 after 第 numbers
    a document; after a month of digits no month reads (2023月7日), it is no day alone."""
    if text[:run.start()].rstrip().endswith("第"):
        return
    for tok in tokens:
        if tok.kind != "d" or _UNREAD_MONTH.search(text, run.start(), tok.start):
            break
        if text[tok.end - 1] == "日":
            yield date_key(None, None, tok.value)


__all__ = [
    "AM_PM",
    "DASH",
    "DOTTED_DATE",
    "EN_DATE_RUN",
    "EN_DAY_ALONE",
    "EN_NOON",
    "EN_TIME",
    "EN_TIME_FROM",
    "MIDNIGHT",
    "MONTH_STEMS",
    "ZH_CLOCK_MARK",
    "ZH_DATE_NAME",
    "ZH_DATE_RUN",
    "ZH_OTHER_CALENDAR",
    "ZH_TIME",
    "Token",
    "date_key",
    "dates_agree",
    "en_dates",
    "en_time",
    "en_tokens",
    "time_key",
    "zh_bare_hour",
    "zh_dates",
    "zh_days_alone",
    "zh_time",
    "zh_tokens",
]
