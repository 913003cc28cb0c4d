"""Numbers, dates and document symbols in a segment, for comparing two sides of a translation.

Each side yields *strict* items — what the text states unambiguously in digits: numbers
(1 036 201 000, 475,000, 3.5), dates (2013年12月5日, 5 December 2013), document symbols
(A/RES/68/48) and session ordinals (第六十八届 / sixty-eighth session) — and a *lenient*
set of every value the text could be expressing, also in words (three, sixty-eighth,
十五, 10万). A strict item of one side that is not among the lenient values of the other
is a mismatch. The asymmetry keeps false alarms low: "3" is found in "three", "10万" in
"100,000", while a changed digit, date or symbol is still caught.

Values are strings with a kind prefix: ``n:68``, ``d:2013-12-05``, ``m:2013-12``
(month and year), ``dm:12-05`` (day and month), ``s:A/RES/68/48``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation


def _words(text: str) -> list[str]:
    """Space-separated word lists, kept readable in the source."""
    return text.split()

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

_MONTHS = {m: i for i, m in enumerate(
    _words("january february march april may june july august september october november "
     "december"), start=1)}
_MONTH_RE = "(" + "|".join(m.capitalize() for m in _MONTHS) + ")"

_GROUPED = r"\d{1,3}(?:(?:,|[ \u00a0\u202f\u2009]{1,3})\d{3})+(?!\d)"
_NUMBER = re.compile(rf"(?<![\d.])(?:{_GROUPED}|\d+(?:\.\d+)?)")
_SYMBOL = re.compile(r"(?<![A-Za-z])[A-Z]{1,5}(?:\s{0,3}/\s{0,3}[A-Z0-9][A-Za-z0-9.\-]*)+")

_EN_DATE_RANGE = re.compile(rf"\b(\d{{1,2}})\s*[–-]\s*(\d{{1,2}})\s+{_MONTH_RE}\s+(\d{{4}})")
_EN_DATE = re.compile(rf"\b(\d{{1,2}})\s+{_MONTH_RE}\s+(\d{{4}})")
_EN_DATE_US = re.compile(rf"\b{_MONTH_RE}\s+(\d{{1,2}}),\s+(\d{{4}})")
_EN_MONTH_YEAR = re.compile(rf"\b{_MONTH_RE}\s+(\d{{4}})")
_EN_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+{_MONTH_RE}\b")

_ZH_DATE_RANGE = re.compile(
    r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*至\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日")
_ZH_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ZH_MONTH_YEAR = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月")
_ZH_DAY_MONTH = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日")

_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10_000, "亿": 100_000_000}
_ZH_NUMERAL = re.compile("[零〇一二两三四五六七八九十百千万亿]+")
_ZH_SESSION = re.compile("第([零〇一二两三四五六七八九十百]+)届")
_ZH_MULTIPLIED = re.compile(r"(\d+(?:\.\d+)?)\s*(万|亿)")

_EN_UNITS = {w: i for i, w in enumerate(
    _words("zero one two three four five six seven eight nine ten eleven twelve thirteen "
     "fourteen fifteen sixteen seventeen eighteen nineteen"))}
_EN_TENS = {w: (i + 2) * 10 for i, w in enumerate(
    _words("twenty thirty forty fifty sixty seventy eighty ninety"))}
_EN_ORDINAL_UNITS = {w: i for i, w in enumerate(
    _words("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
     "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
     "nineteenth"))}
_EN_ORDINAL_TENS = {w: (i + 2) * 10 for i, w in enumerate(
    _words("twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth"))}
_EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000,
              "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
_EN_NUMBER_WORD = re.compile(
    r"\b(" + "|".join(sorted({*_EN_UNITS, *_EN_TENS, *_EN_ORDINAL_UNITS, *_EN_ORDINAL_TENS},
                             key=len, reverse=True))
    + r")(?:-([a-z]+))?\b", re.IGNORECASE)
_EN_SESSION = re.compile(r"\b([a-z]+(?:-[a-z]+)?)\s+(?:special\s+|regular\s+)?session\b",
                         re.IGNORECASE)
_EN_SCALED = re.compile(r"(\d+(?:\.\d+)?)\s*(hundred|thousand|million|billion|trillion)\b",
                        re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NumberItem:
    """A strict item: its value key, and where it is in the segment."""

    value: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class NumberProfile:
    strict: tuple[NumberItem, ...]
    lenient: frozenset[str]


def _number_value(raw: str) -> str:
    digits = re.sub(r"[,\s\u00a0\u202f\u2009]", "", raw)
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return digits
    return _decimal_key(value)


def _decimal_key(value: Decimal) -> str:
    normal = value.normalize()
    text = format(normal, "f")
    return f"n:{text}"


def zh_numeral_value(text: str) -> int | None:
    """The value of a Chinese numeral (六十八 → 68, 一万二千 → 12000, 二〇一三 → 2013)."""
    if not text:
        return None
    if all(ch in _ZH_DIGITS for ch in text) and len(text) > 1:
        return int("".join(str(_ZH_DIGITS[ch]) for ch in text))  # 二〇一三: digit by digit
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _ZH_DIGITS:
            digit = _ZH_DIGITS[ch]
        elif ch in _ZH_UNITS:
            section += (1 if digit is None else digit) * _ZH_UNITS[ch]
            digit = None
        elif ch in _ZH_BIG:
            total = (total + section + (digit or 0)) * _ZH_BIG[ch]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def en_number_word_value(first: str, second: str | None) -> int | None:
    """'sixty', 'sixty-eighth', 'three', 'tenth' → their value; None for other words."""
    a, b = first.lower(), (second or "").lower()
    if b:
        if a in _EN_TENS and (b in _EN_UNITS or b in _EN_ORDINAL_UNITS):
            return _EN_TENS[a] + _EN_UNITS.get(b, _EN_ORDINAL_UNITS.get(b, 0))
        return None
    for table in (_EN_UNITS, _EN_TENS, _EN_ORDINAL_UNITS, _EN_ORDINAL_TENS):
        if a in table:
            return table[a]
    return None


def _date(year: str, month: int | str, day: str) -> str:
    return f"d:{int(year):04d}-{int(month):02d}-{int(day):02d}"


def profile(text: str, lang: str) -> NumberProfile:
    """The strict items and lenient values of ``text`` in language ``lang``."""
    text = text.translate(_FULLWIDTH_DIGITS)
    zh = lang.split("-")[0].lower() in ("zh", "ja")
    strict: list[NumberItem] = []
    lenient: set[str] = set()
    covered = bytearray(len(text))

    def take(value: str, m: re.Match[str], group: int = 0) -> None:
        strict.append(NumberItem(value, m.group(group), m.start(group), m.end(group)))
        lenient.add(value)

    def cover(m: re.Match[str]) -> bool:
        """Mark a span as used; False if part of it already was."""
        if any(covered[m.start():m.end()]):
            return False
        covered[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        return True

    for m in _SYMBOL.finditer(text):
        if "/" in m.group() and cover(m):
            take("s:" + re.sub(r"\s", "", m.group()).rstrip("."), m)
    if zh:
        for m in _ZH_DATE_RANGE.finditer(text):
            if cover(m):
                y, mo, d1, mo2, d2 = m.groups()
                take(_date(y, mo, d1), m)
                take(_date(y, mo2 or mo, d2), m)
        for m in _ZH_DATE.finditer(text):
            if cover(m):
                take(_date(*m.groups()), m)
                lenient.add(f"dm:{int(m.group(2)):02d}-{int(m.group(3)):02d}")
        for m in _ZH_MONTH_YEAR.finditer(text):
            if cover(m):
                take(f"m:{int(m.group(1)):04d}-{int(m.group(2)):02d}", m)
        for m in _ZH_DAY_MONTH.finditer(text):
            if cover(m):
                take(f"dm:{int(m.group(1)):02d}-{int(m.group(2)):02d}", m)
        for m in _ZH_SESSION.finditer(text):
            value = zh_numeral_value(m.group(1))
            if value is not None and cover(m):
                take(f"n:{value}", m, 0)
        for m in _ZH_NUMERAL.finditer(text):
            value = zh_numeral_value(m.group())
            if value is not None:
                lenient.add(f"n:{value}")
        for m in _ZH_MULTIPLIED.finditer(text):
            if cover(m):
                take(_decimal_key(Decimal(m.group(1)) * _ZH_BIG[m.group(2)]), m)
                lenient.add(_number_value(m.group(1)))
    else:
        for m in _EN_DATE_RANGE.finditer(text):
            if cover(m):
                d1, d2, month, year = m.groups()
                take(_date(year, _MONTHS[month.lower()], d1), m)
                take(_date(year, _MONTHS[month.lower()], d2), m)
        for m in _EN_DATE.finditer(text):
            if cover(m):
                day, month, year = m.groups()
                take(_date(year, _MONTHS[month.lower()], day), m)
                lenient.add(f"dm:{_MONTHS[month.lower()]:02d}-{int(day):02d}")
        for m in _EN_DATE_US.finditer(text):
            if cover(m):
                month, day, year = m.groups()
                take(_date(year, _MONTHS[month.lower()], day), m)
        for m in _EN_MONTH_YEAR.finditer(text):
            if cover(m):
                take(f"m:{int(m.group(2)):04d}-{_MONTHS[m.group(1).lower()]:02d}", m)
        for m in _EN_DAY_MONTH.finditer(text):
            if cover(m):
                take(f"dm:{_MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}", m)
        for m in (_EN_SESSION.finditer(text) if "session" in text.lower() else ()):
            first, _, second = m.group(1).partition("-")
            value = en_number_word_value(first, second or None)
            if value is not None and cover(m):
                take(f"n:{value}", m, 0)
        for m in _EN_NUMBER_WORD.finditer(text):
            value = en_number_word_value(m.group(1), m.group(2))
            if value is not None:
                lenient.add(f"n:{value}")
        for m in _EN_SCALED.finditer(text):
            if cover(m):
                take(_decimal_key(Decimal(m.group(1)) * _EN_SCALES[m.group(2).lower()]), m)
                lenient.add(_number_value(m.group(1)))
    for m in _NUMBER.finditer(text):
        key = _number_value(m.group())
        lenient.add(key)
        if not any(covered[m.start():m.end()]):
            strict.append(NumberItem(key, m.group(), m.start(), m.end()))
    _add_parts(strict, lenient)
    strict.sort(key=lambda item: item.start)
    return NumberProfile(tuple(strict), frozenset(lenient))


def _add_parts(strict: list[NumberItem], lenient: set[str]) -> None:
    """Dates and symbols also count as their parts, so a partial rendering is not a mismatch
    by itself (a year alone, a day and month without the year)."""
    for item in strict:
        kind, _, rest = item.value.partition(":")
        if kind == "d":
            y, mo, d = rest.split("-")
            lenient.update({f"m:{y}-{mo}", f"dm:{mo}-{d}", f"n:{int(y)}", f"n:{int(mo)}",
                            f"n:{int(d)}"})
        elif kind in ("m", "dm"):
            lenient.update(f"n:{int(p)}" for p in rest.split("-"))
        elif kind == "s":
            lenient.update(f"n:{int(p)}" for p in re.findall(r"\d+", rest)
                           if len(p) < 12)


def satisfied(item: NumberItem, other: frozenset[str]) -> bool:
    """Whether the other side expresses ``item`` in some form."""
    if item.value in other:
        return True
    kind, _, rest = item.value.partition(":")
    if kind == "d":
        # The other side may give the day and month and leave the year implied.
        _, mo, d = rest.split("-")
        return f"dm:{mo}-{d}" in other and not any(
            v.startswith("d:") and v.endswith(f"-{mo}-{d}") for v in other)
    return False


def mismatches(source: NumberProfile, target: NumberProfile
               ) -> tuple[list[NumberItem], list[NumberItem]]:
    """(source items missing from the target, target items missing from the source)."""
    return ([i for i in source.strict if not satisfied(i, target.lenient)],
            [i for i in target.strict if not satisfied(i, source.lenient)])
