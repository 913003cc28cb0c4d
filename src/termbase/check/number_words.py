"""Numbers said in words, for :mod:`termbase.check.numbers`: in English, single number
words and ordinals, compounds, counts of groups and periods, Roman numerals of articles,
scales with an article, zero as "none", fractions; in Chinese, the value of a numeral
(:func:`zh_numeral_value`). Values are the comparison keys of that module (``n:68``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal


def _words(text: str) -> list[str]:
    """Space-separated word lists, kept readable in the source."""
    return text.split()


EN_UNITS = {w: i for i, w in enumerate(
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
EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000,
              "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
# The scales' abbreviations that financial English writes after an amount ("EUR
# 2.5bn", "US$5m", "$500k", "250 mn", "$2.5 trn"); "m" and "k" are also a unit's
# symbols (5m is five metres), and "tn" a tonne's, read as scales only after a currency
# (see :mod:`termbase.check.numbers`).
EN_SCALE_ABBREVIATIONS = {"k": 1000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
                          "bn": 1_000_000_000, "bln": 1_000_000_000,
                          "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
# Currencies by the sign or code English writes before an amount (lower case: MultiUN
# lower-cases its English) or the word after it, and by the word Chinese writes after
# one: ISO 4217 codes. "$" alone is the United States dollar in UN text.
EN_CURRENCIES_BEFORE = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR",
                        "euro": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY",
                        "chf": "CHF", "swf": "CHF"}
EN_CURRENCIES_AFTER = {"euros": "EUR", "united states dollars": "USD", "us dollars": "USD",
                       "pounds sterling": "GBP", "swiss francs": "CHF", "yen": "JPY"}
ZH_CURRENCIES = {"美元": "USD", "欧元": "EUR", "英镑": "GBP", "日元": "JPY", "瑞士法郎": "CHF"}
_EN_NUMBER_WORD = re.compile(
    r"\b(" + "|".join(sorted({*EN_UNITS, *_EN_TENS, *_EN_ORDINAL_UNITS, *_EN_ORDINAL_TENS},
                             key=len, reverse=True))
    + r")(?:-([a-z]+))?\b(?:\s+(hundred|thousand|million|billion|trillion)\b)?")
_EN_CARDINAL = "|".join(sorted({*EN_UNITS, *_EN_TENS}, key=len, reverse=True))
_EN_NUMBER_PHRASE = re.compile(
    rf"\b(?:{_EN_CARDINAL})(?:(?:[\s-]+and)?[\s-]+(?:{_EN_CARDINAL}|hundred|thousand|"
    r"million|billion|trillion))+\b")
# A count of a group of known size: "two decades" (过去20年), "a dozen", "half a century".
_EN_GROUPS = {"decade": 10, "dozen": 12, "score": 20, "century": 100, "centurie": 100,
              "pair": 2}
_EN_GROUP_COUNT = re.compile(
    rf"\b(\d+|{_EN_CARDINAL}|an?|half\s+an?)\s+({'|'.join(_EN_GROUPS)})s?\b")
# A period of known length named by one word: "the first trimester of 2016" is 2016年头
# 3个月, a "biennium" 两年期.
_EN_PERIODS = {"trimester": 3, "semester": 6, "biennium": 2, "triennium": 3,
               "quadrennium": 4, "quinquennium": 5, "fortnight": 14}
_EN_PERIOD = re.compile(rf"\b({'|'.join(_EN_PERIODS)})s?\b")
# A Roman numeral numbering an article, chapter, part, annex, figure, table or protocol
# ("article IV", "articles III and XIX", "figure XIV", "Additional Protocol I"): the
# Chinese may say it in digits (第4条, 图14, 第1号附加议定书).
_ROMAN_NUMBERED_NOUNS = ("article", "chapter", "part", "annex", "section", "title",
                         "volume", "phase", "figure", "table", "box", "protocol")
_ROMAN_NUMBERED_WORDS = frozenset(
    w for noun in _ROMAN_NUMBERED_NOUNS
    for w in (noun, noun + ("es" if noun.endswith("x") else "s")))
_EN_ROMAN_NUMBERED = re.compile(
    rf"\b(?:{'|'.join(sorted(_ROMAN_NUMBERED_WORDS, key=lambda w: (-len(w), w)))})"
    r"\s+((?:[ivxlc]{1,7})(?:\s*(?:,|and|to|-|–)\s*(?:article\s+)?[ivxlc]{1,7})*)\b")
# A Roman numeral between the article and a name is the event's ordinal ("the XV Regional
# Conference" for 第十五届区域会议). Two letters at least: "the I" is no ordinal, and a
# lower-cased text cannot tell a one-letter numeral from a word.
_EN_ROMAN_ORDINAL = re.compile(r"\bthe\s+([ivxlc]{2,7})\s+(?=[a-z])")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
# A scale said with an article or a half ("a million", "half a billion", "a thousand"
# for 1 000多), and zero said as a word ("41 votes to none").
_EN_ARTICLE_SCALE = re.compile(
    r"\b(a|one|half\s+a|a\s+half)\s+(hundred|thousand|million|billion|trillion)\b")
# A scale in the plural is the unit a table or an amount is counted in ("billions of
# United States dollars" heading a table the Chinese heads 单位：10亿美元).
_EN_SCALE_UNIT = re.compile(r"\b(hundred|thousand|million|billion|trillion)s\b")
_EN_NONE = re.compile(r"\b(?:none|nil)\b")
_EN_FRACTIONS = {"half": ("0.5", "50"), "quarter": ("0.25", "25"),
                 "three quarters": ("0.75", "75")}
_EN_FRACTION = re.compile(r"\b(?:three quarters|half|quarter)\b")
# A fraction said with an ordinal ("two thirds", "a two-thirds majority", "one fifth"):
# the other side writes it in figures (2/3) or says its two numbers (三分之二), so its
# numerator and denominator are values the other side may state.
_FRACTION_ORDINALS = ("third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                      "tenth")
_EN_ORDINAL_FRACTION = re.compile(
    rf"\b({_EN_CARDINAL}|a)[\s-]+({'|'.join(_FRACTION_ORDINALS)})s?\b")

# Each pattern above holds a word that stands whole — no letter a-z touches it on either
# side — and a text whose letter runs (:func:`letter_words`) lack every such word of a
# pattern has no match of it. Asking a set is far cheaper than running the pattern, which
# is tried at every position of the text (a pattern opening with \b has no first
# character for the regex engine to skip to), and most segments say no number in words.


def _with_plurals(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w + ending for w in words for ending in ("", "s"))


NUMBER_WORDS = frozenset({*EN_UNITS, *_EN_TENS, *_EN_ORDINAL_UNITS, *_EN_ORDINAL_TENS})
"""The words that open a match of :func:`number_word_pattern`."""
_CARDINAL_WORDS = frozenset({*EN_UNITS, *_EN_TENS})
_GROUP_WORDS = _with_plurals(_EN_GROUPS)
_PERIOD_WORDS = _with_plurals(_EN_PERIODS)
_SCALE_WORDS = frozenset(EN_SCALES)
_SCALE_UNIT_WORDS = frozenset(w + "s" for w in EN_SCALES)
_NONE_WORDS = frozenset(("none", "nil"))
_FRACTION_WORDS = frozenset(("half", "quarter", "quarters"))
_ORDINAL_FRACTION_WORDS = _with_plurals(_FRACTION_ORDINALS)
_LETTER_RUN = re.compile("[a-z]+")


def letter_words(text: str) -> frozenset[str]:
    """The runs of letters a-z in ``text`` (lower case): what the patterns of this module
    are screened by."""
    return frozenset(_LETTER_RUN.findall(text))


def decimal_key(value: Decimal) -> str:
    return f"n:{format(value.normalize(), 'f')}"


def said_values(text: str, words: frozenset[str] | None = None) -> set[str]:
    """Values ``text`` (lower case) says in words beyond a single number word: a compound
    ("one hundred and fifty-seven"), a count of a group ("two decades" is 20, "a dozen"
    12), the Roman numeral of an article ("article iv") or an event's ordinal ("the xv
    conference"), a scale with an article or a
    half ("a million", "half a billion") or in the plural as a unit ("billions of
    dollars"), zero as "none", a period named by one word
    ("trimester" is 3 months, "biennium" 2 years) and a fraction ("half" is 0.5 or 50
    per cent; "two thirds" says 2 and 3). ``words`` are its :func:`letter_words`, when
    the caller has them."""
    values: set[str] = set()
    if words is None:
        words = letter_words(text)
    for m in (_EN_NUMBER_PHRASE.finditer(text) if (" " in text or "-" in text)
              and not words.isdisjoint(_CARDINAL_WORDS) else ()):
        value = _phrase_value(re.split(r"[\s-]+", m.group()))
        if value is not None:
            values.add(f"n:{value}")
    for m in (_EN_GROUP_COUNT.finditer(text) if not words.isdisjoint(_GROUP_WORDS) else ()):
        count = m.group(1)
        times = (Decimal(count) if count[0].isdigit() else
                 Decimal("0.5") if count.startswith("half") else
                 Decimal(EN_UNITS.get(count, _EN_TENS.get(count, 1))))
        values.add(decimal_key(times * _EN_GROUPS[m.group(2)]))
    for m in (_EN_ROMAN_NUMBERED.finditer(text)
              if not words.isdisjoint(_ROMAN_NUMBERED_WORDS) else ()):
        for numeral in re.findall(r"\b[ivxlc]+\b", m.group(1)):
            value = roman_value(numeral)
            if value is not None:
                values.add(f"n:{value}")
    for m in _EN_ROMAN_ORDINAL.finditer(text):
        value = roman_value(m.group(1))
        if value is not None:
            values.add(f"n:{value}")
    for m in (_EN_ARTICLE_SCALE.finditer(text) if not words.isdisjoint(_SCALE_WORDS)
              else ()):
        share = Decimal("0.5") if "half" in m.group(1) else Decimal(1)
        values.add(decimal_key(share * EN_SCALES[m.group(2)]))
    for m in (_EN_SCALE_UNIT.finditer(text) if not words.isdisjoint(_SCALE_UNIT_WORDS)
              else ()):
        values.add(f"n:{EN_SCALES[m.group(1)]}")
    if not words.isdisjoint(_NONE_WORDS) and _EN_NONE.search(text):
        values.add("n:0")
    for m in (_EN_PERIOD.finditer(text) if not words.isdisjoint(_PERIOD_WORDS) else ()):
        values.add(f"n:{_EN_PERIODS[m.group(1)]}")
    for m in (_EN_FRACTION.finditer(text) if not words.isdisjoint(_FRACTION_WORDS)
              else ()):
        values.update(decimal_key(Decimal(v)) for v in _EN_FRACTIONS[m.group()])
    for m in (_EN_ORDINAL_FRACTION.finditer(text)
              if not words.isdisjoint(_ORDINAL_FRACTION_WORDS) else ()):
        top = 1 if m.group(1) == "a" else EN_UNITS.get(m.group(1), _EN_TENS.get(m.group(1)))
        values.update((f"n:{top}", f"n:{_EN_ORDINAL_UNITS[m.group(2)]}"))
    return values


def number_word_pattern() -> re.Pattern[str]:
    """One number word ("sixty", "sixty-eighth"), with a scale after it ("two million")."""
    return _EN_NUMBER_WORD


def en_number_word_value(first: str, second: str | None) -> int | None:
    """'sixty', 'sixty-eighth', 'three', 'tenth' → their value; None for other words."""
    a, b = first.lower(), (second or "").lower()
    if b in EN_UNITS or b in _EN_ORDINAL_UNITS:
        if a in _EN_TENS and (b in EN_UNITS or b in _EN_ORDINAL_UNITS):
            return _EN_TENS[a] + EN_UNITS.get(b, _EN_ORDINAL_UNITS.get(b, 0))
        return None
    for table in (EN_UNITS, _EN_TENS, _EN_ORDINAL_UNITS, _EN_ORDINAL_TENS):
        if a in table:  # "six-month": the number is the first word
            return table[a]
    return None


def _phrase_value(words: list[str]) -> int | None:
    """The value of number words in a row ("one hundred and fifty-seven"); None if one
    of them is no cardinal number word."""
    total = current = 0
    for word in words:
        if word == "and":
            continue
        if word in EN_UNITS or word in _EN_TENS:
            current += EN_UNITS.get(word, _EN_TENS.get(word, 0))
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in EN_SCALES:
            total += max(current, 1) * EN_SCALES[word]
            current = 0
        else:
            return None
    return total + current


def roman_value(numeral: str) -> int | None:
    """The value of a Roman numeral in lower case; None if it is not well formed."""
    values = [_ROMAN_VALUES[ch] for ch in numeral]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v
                for i, v in enumerate(values))
    return total if total > 0 and _roman(total) == numeral else None


def _roman(value: int) -> str:
    out = ""
    for size, letters in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"),
                          (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        count, value = divmod(value, size)
        out += letters * count
    return out


# --- Chinese numerals -------------------------------------------------------------------

ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
ZH_BIG = {"万": 10_000, "亿": 100_000_000}


def zh_numeral_value(text: str) -> int | None:
    """The value of a Chinese numeral (六十八 → 68, 一万二千 → 12000, 二〇一三 → 2013)."""
    if not text:
        return None
    if all(ch in ZH_DIGITS for ch in text) and len(text) > 1:
        return int("".join(str(ZH_DIGITS[ch]) for ch in text))  # 二〇一三: digit by digit
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in ZH_DIGITS:
            digit = ZH_DIGITS[ch]
        elif ch in ZH_UNITS:
            section += (1 if digit is None else digit) * ZH_UNITS[ch]
            digit = None
        elif ch in ZH_BIG:
            total = (total + section + (digit or 0)) * ZH_BIG[ch]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


# A rough number: a numeral, then 多, 余, 几 or 来 ("and more", "some"), then a scale of
# 万 or 亿 (十多万 "more than 100,000", 一百多万 "over a million", 三千余万美元 "over
# $30 million", 十几亿 "more than a billion"); or 上, 数 or 几 ("up to", "several")
# before the scale alone (上万 "more than 10,000", 数以万计 "tens of thousands", 数亿
# "hundreds of millions"). A numeral is read where its characters run unbroken, and
# the approximation word breaks them (十 and 万 apart, 万 alone counting nothing); the
# value the sentence means, and the one English writes, is their product, the
# number's lower bound.
_ZH_ROUGH = re.compile(
    "(?:([零〇一二两三四五六七八九十百千]+)[多余几来]|(?<![零〇一二两三四五六七八九十百千])"
    "(?:上|数以?|几))([十百千]?(?:万亿|万|亿))")


def zh_rough_numbers(text: str) -> list[tuple[int, int, int]]:
    """The rough numbers of ``text`` (:data:`_ZH_ROUGH`): each one's start, end and
    lower bound (100000 for 十多万)."""
    out = []
    for m in _ZH_ROUGH.finditer(text):
        count = zh_numeral_value(m.group(1)) if m.group(1) else 1
        scale = zh_numeral_value("一" + m.group(2))
        if count is not None and scale is not None:
            out.append((m.start(), m.end(), count * scale))
    return out


def figures_or_numeral(raw: str) -> int | None:
    """The value of ``raw``, written in figures (15) or as a Chinese numeral (十五)."""
    return int(raw) if raw.isdigit() else zh_numeral_value(raw)
