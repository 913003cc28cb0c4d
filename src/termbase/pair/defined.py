"""An acronym a sentence pair defines for the term's short form, not for the term.

UN texts introduce a name once in full with its short form in parentheses, in both
languages: 上帝抵抗军(上帝军) beside "Lord's Resistance Army (LRA)", 东南亚国家联盟（东盟）
beside "Association of Southeast Asian Nations (ASEAN)". The two parentheses mirror each
other: the acronym renders the Chinese short form, and the words the acronym spells out
render the full name, which is the term. Where the English later says only the acronym
("LRA forces" for 上帝抵抗军的部队), the acronym co-occurs with the term as often as the
name or more, and the term is answered by its short form's English.

:func:`defined_name` gives the name instead: the words before the parenthesised acronym
whose letters the acronym takes in order, its first letter opening the name's first word
(:func:`spelled_out`, the usual test for an abbreviation and its definition). A term that
is itself the parenthesised short form, or that the pair gives no short form after, is
left as it is: an acronym is the right English for a Chinese short form (开发署 "UNDP").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from termbase.text.chinese import is_cjk_char

MIN_LETTERS = 3
"""Letters an acronym needs before its definition is read: two letters are the initials
of too many phrases by chance."""

_CLOSING_MARKS = "》〉”’\"' "
_OPENING_PARENTHESES = "(（"
_CLOSING_PARENTHESES = ")）"
_NAME_BREAK = re.compile(r"[()（）;:,.\[\]]")
"""Punctuation no name of the kind an acronym abbreviates runs across."""


def short_form_after(term: str, zh: str) -> str | None:
    """The Chinese form ``zh`` gives in parentheses right after ``term`` (上帝军 of
    "上帝抵抗军(上帝军)"; title marks may close between: 《…条约》（《…》）), or None; never
    the term itself or a form holding it."""
    start = zh.find(term)
    while start >= 0:
        rest = zh[start + len(term):].lstrip(_CLOSING_MARKS)
        if rest[:1] in _OPENING_PARENTHESES and rest[:1]:
            inner = re.split(f"[{_CLOSING_PARENTHESES}]", rest[1:], maxsplit=1)[0]
            inner = inner.strip("《》 ")
            # A term standing inside the name its parenthesis shortens is that short form
            # (儿童基金会 in 联合国儿童基金会（儿童基金会）), not the name.
            if any(is_cjk_char(ch) for ch in inner) and term not in inner:
                return inner
        start = zh.find(term, start + 1)
    return None


def spelled_out(acronym: str, en: str) -> str | None:
    """The words of ``en`` that the parenthesised ``acronym`` abbreviates: those right
    before "(ACRONYM" whose letters it takes in order, from the end, its first letter
    opening the first of them ("Association of Southeast Asian Nations" for ASEAN,
    "Strategic Arms Reduction Treaty" for START of "(START II)"); None when no such
    words stand there. A plural "s" (SMEs) is no letter of the name."""
    if not acronym.isalpha() or len(acronym) < MIN_LETTERS:
        return None
    found = re.search(r"\(\s*" + re.escape(acronym) + r"(?![\w'-])", en, re.IGNORECASE)
    if found is None:
        return None
    before = _NAME_BREAK.split(en[:found.start()])[-1].split()
    letters = acronym.lower()
    if acronym[-1] == "s" and acronym[:-1].isupper():
        letters = letters[:-1]
    window = before[-min(len(letters) + 5, 2 * len(letters)):]
    text = " ".join(window).lower()
    at = len(text) - 1
    for index, letter in enumerate(reversed(letters)):
        first = index == len(letters) - 1
        while at >= 0 and (text[at] != letter or (first and at > 0 and text[at - 1] != " ")):
            at -= 1
        if at < 0:
            return None
        at -= 1
    words = window[text.count(" ", 0, at + 1):]
    return " ".join(words) if len(words) >= 2 else None


def defined_name(term: str, answer: str, examples: Iterable[tuple[str, str]]) -> str | None:
    """The name ``answer`` abbreviates, where it is one word that an example pair gives
    in parentheses after the name while the Chinese gives a short form in parentheses
    after ``term``: the acronym is the short form's English, the name the term's."""
    if " " in answer:
        return None
    for zh, en in examples:
        if short_form_after(term, zh) is not None:
            name = spelled_out(answer, en)
            if name is not None:
                return name
    return None
