"""The number check's patterns searched in every segment open with their first character,
their lookbehind right after it (so that the regex engine skips to that character): each
must match exactly what its plain form, lookbehind first, matches."""

from __future__ import annotations

import random
import re

import pytest

from termbase.check import dates, number_items, numbers
from termbase.check.dates import DASH
from termbase.check.numbers import _GROUPED

_PLAIN = {
    "_NUMBER": re.compile(rf"(?<![\d.])(?:{_GROUPED}|\d+(?:\.\d+)?)"),
    "DOTTED_DATE": re.compile(
        r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:1[89]|20)\d\d)(?![\d.]?\d)"),
    "_TELEPHONE": re.compile(rf"(?<![\d.,{DASH}])(\d{{3}})[.{DASH}](\d{{4}})(?![\d.,]?\d)"),
    "_EN_FOOTNOTE": re.compile(r"(?<=[A-Za-z;:,)\]”’\"'])\d{1,2}(?=[\s,;)]|$)",
                               re.MULTILINE),
    "_EN_ROMAN_LABEL": re.compile(r"(?<![\w.])[IVXLC]{1,6}\.\d{1,2}(?![\d.])"),
    "_EN_TRAILING_MARKER": re.compile(r"(?<=\d{4})[ \t]+\d{1,2}[ \t]*$", re.MULTILINE),
    "ZH_DATE_NAME": re.compile(
        rf"(?<![\d.])(\d{{1,2}})\s*[·．{DASH}]\s*(\d{{1,2}})(?=[\u4e00-\u9fff])"),
    "_ZH_ONE": re.compile(r"(?<![\d.,])1(?=[\u4e00-\u9fff])(?![年月日时点分号])"),
}

_PIECES = [*"0123456789" * 4, *"..,,-–—－−/ \t\u3000\u2009\u00a0\n;:)]”’\"'",
           *"aAbIVXLCivx年月日号第国‑·．", "COVID", "H5N1", "1,234", "12 345", "2005", "702"]


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14))) for _ in range(n)]


@pytest.mark.parametrize("name", sorted(_PLAIN))
def test_pattern_reads_as_its_plain_form(name: str) -> None:
    module = dates if hasattr(dates, name) else numbers
    pattern, plain = getattr(module, name), _PLAIN[name]
    texts = [*_texts(29, 20_000), "see table IV.2 and II.10, 1,234.5 or 9.4.2003", "9-11事件",
             "增加1个", "Protocol,2 and", "call 702-4963 or 702.4963", "A1 12 345 678"]
    for text in texts:
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)], text


_LINE_STARTS = ["_NUMBERING", "_LONG_LABEL", "_LEADING_LABEL", "_CHAPTER_LABEL"]
_LABELLED = ["7. ", "1．", "(a) ", "b) ", "(iv) ", "3.2 ", "1348. 2005年", "18 Tomasevski",
             "Chapter 4", "Part 2: ", "第4章 ", "section 17 of", "iv. ", "  12 per cent",
             "Recommendations", "会员国", "\n", "\n", " "]


@pytest.mark.parametrize("name", _LINE_STARTS)
def test_a_one_line_text_is_asked_at_its_start_only(name: str) -> None:
    # ^ in MULTILINE mode matches at the text's start and after each \n: a text without
    # one has no other place to match.
    pattern = getattr(numbers, name)
    assert pattern.flags & re.MULTILINE and pattern.pattern.startswith("^")
    rng = random.Random(31)
    texts = ["".join(rng.choice(_LABELLED) for _ in range(rng.randint(1, 4)))
             for _ in range(5_000)]
    assert any("\n" not in t and pattern.match(t) for t in texts)
    for text in texts:
        assert [m.span() for m in numbers._at_line_starts(pattern, text)] == [
            m.span() for m in pattern.finditer(text)], text


def test_without_numbering_removes_the_first_label_of_any_line() -> None:
    plain = number_items.HEADING_LABEL
    rng = random.Random(37)
    for _ in range(5_000):
        text = "".join(rng.choice(_LABELLED) for _ in range(rng.randint(1, 4)))
        assert numbers.without_numbering(text) == plain.sub(
            "", numbers._NUMBERING.sub("", text, count=1), count=1), text
