"""What the main process reads of numbers, apart from :mod:`termbase.check.numbers`: the
items the number check reports (:class:`NumberItem`, shown by :func:`show_value`) and
the label a segment opens with (:func:`without_numbering`, which other checks strip).

On a long draft the number check runs in a second process
(:mod:`termbase.check.background`) and hands its items back pickled; compiling its
sixty-odd patterns costs some 30 ms, which the main process, on the critical path of
the check, need not pay to read those items back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from termbase.text.english import MONTHS

# A list's letter or Roman sub-label in parentheses: "(a)", "（iv）".
_SUB_LABEL = r"[(（](?:[a-z]{1,2}|[ivx]{1,5})[)）]"
# Numbering at the start of a segment: "7.", "1．", "15. ", "(a)", "b)", "(iv)", "3.2 ",
# and a number with its sub-label before a space ("5(a) The Fund", "12(b) 此外") …
NUMBERING = re.compile(
    r"^[ \t\u3000]*(?:\d{1,3}(?:\.\d{1,2})*(?:[.．、)）](?!\d)|" + _SUB_LABEL + r"(?=\s))|"
    r"[(（](?:\d{1,3}|[a-z]{1,2}|[ivx]{1,5})"
    r"[)）]|(?:[a-z]|[ivx]{1,5})[.)](?=\s))[ \t\u3000]*", re.MULTILINE)
# A heading label in Chinese numerals ("五、建议", "三. 文件") or a capital letter or
# Roman numeral ("A. Introduction", "IV. Documents"): no quantity, but a label.
HEADING_LABEL = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|"
                           r"(?:[A-Z]|[IVX]{1,5})[.．](?=\s))[ \t\u3000]*")

# A paragraph's or footnote's number glued to the first word of a Chinese line, with no
# mark or space between ("6克罗地亚在…", "5第二个层次…"), or to the title or quotation
# mark opening it ("4《京都议定书》…"), as a source document's numbering comes out of a
# converted file: the shape of a count too (13个实体, 2022年), so it is read as a label
# only where the word after it is one no count measures (:mod:`termbase.check.numbers`),
# and the digits are what follows it; a letter sub-label may stand between ("5(a)该基金",
# where "5(a)段" cites a paragraph).
GLUED_OPENING_MARKS = "《“「『"
GLUED_LABEL = re.compile(rf"^[ \t\u3000]*(\d{{1,3}})(?:{_SUB_LABEL})?"
                         rf"(?=[\u4e00-\u9fff{GLUED_OPENING_MARKS}])", re.MULTILINE)


def without_numbering(text: str) -> str:
    """``text`` without the paragraph, list or heading label it starts with."""
    for m in at_line_starts(NUMBERING, text):
        text = text[:m.start()] + text[m.end():]
        break
    return HEADING_LABEL.sub("", text, count=1)


def at_line_starts(pattern: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    """The matches of ``pattern``, which opens with ^ in MULTILINE mode and never matches
    empty: in a text of one line only at its start, which is asked alone — a search
    would try every position."""
    if "\n" in text:
        return pattern.finditer(text)
    m = pattern.match(text)
    return () if m is None else (m,)


@dataclass(frozen=True, slots=True)
class NumberItem:
    """A strict item: its value key, and where it is in the segment."""

    value: str
    text: str
    start: int
    end: int

    @property
    def normal(self) -> str:
        """The value for a reader: '27,500,000', '2015-05-02', 'July', '10:15', 'A/RES/68/48',
        '100,000 or more'."""
        return show_value(self.value)


def show_value(value: str) -> str:
    kind, _, rest = value.partition(":")
    if kind == "n":
        whole, dot, frac = rest.partition(".")
        return (f"{int(whole):,}" if whole.lstrip("-").isdigit() else whole) + dot + frac
    if kind == "p":
        return f"paragraph {rest}"
    if kind == "ge":  # a rough number's lower bound (十多万)
        return f"{int(rest):,} or more"
    if kind == "d":
        y, m, d = rest.split("-")
        month = MONTHS[int(m) - 1].capitalize() if m != "??" else "??"
        if d == "??":
            return month if y == "????" else f"{month} {y}"
        return f"{int(d)} {month}" if y == "????" else f"{y}-{m}-{d}"
    return rest
