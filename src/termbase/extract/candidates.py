"""Candidate sources in one sentence: titles, short-form definitions, word n-grams.

* **Titles** — text between 《 and 》: official titles of instruments, programmes and
  treaties (《行动纲领》, 《武器贸易条约》).
* **Definitions** — a short form introduced right after its full form:
  《…国际文书》(《国际追查文书》), …（以下简称“…”）, …（下称…）, and the bare pattern
  国际刑事警察组织(国际刑警组织), accepted when the short form's characters appear in
  order in the text before it (a contraction) and start as it starts.
* **Word n-grams** — runs of tokens between punctuation marks, from which the counting in
  :mod:`termbase.extract.statistics` builds n-grams.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_TITLE = re.compile(r"《([^《》\n]{2,80})》")
# 《Full》(《Short》): the parenthesised short title right after the full one.
_TITLE_SHORT = re.compile(r"《([^《》\n]{2,80})》\s*[（(]\s*《([^《》\n]{2,40})》\s*[）)]")
# (以下简称“X”) / （下称X） / （简称《X》）: an explicit definition of a short form.
_SO_CALLED = re.compile(
    r"[（(]\s*(?:以下|下文)?(?:简称|称|下称)\s*[“\"《「]?([^”\"》」（）()，,]{2,30})[”\"》」]?\s*[）)]")
# A bare parenthesised Chinese word right after Chinese text: a possible contraction.
_PAREN_WORD = re.compile(r"[（(]([\u4e00-\u9fff]{2,20})[）)]")
# The full form of a contraction does not run across these marks (、 may sit inside a
# full form: 防止、打击和消除 … 大会).
_CLAUSE_BREAK = re.compile(r"[，。；：！？,;:!?“”\"（）()《》]")

# Characters that close a run of word tokens: punctuation, symbols and spaces. A token is
# a word when it starts with a letter, a digit or an ideograph.
SEPARATOR = "\x1f"


@dataclass(frozen=True, slots=True)
class Definition:
    """A short form defined in the text, and the full form it stands for."""

    full: str
    short: str
    kind: str
    """'title' (《A》(《B》)), 'so-called' (（以下简称B）) or 'contraction' (A(B))."""


def titles(text: str) -> list[str]:
    """The texts inside 《》 in ``text``, in order."""
    if "《" not in text:
        return []
    return [m.group(1).strip() for m in _TITLE.finditer(text)]


def _is_contraction(short: str, full: str) -> bool:
    """Whether ``short`` keeps the first character of ``full`` and its other characters in order."""
    if len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    position = 0
    for char in short:
        position = full.find(char, position)
        if position < 0:
            return False
        position += 1
    return True


def _contraction_full_form(before: str, short: str) -> str | None:
    """The shortest tail of ``before`` that ``short`` contracts, if there is one."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    # Scan start positions from the right: the shortest tail beginning with the short
    # form's first character that still contains it in order is the full form.
    start = clause.rfind(short[0])
    while start >= 0:
        tail = clause[start:]
        if _is_contraction(short, tail):
            return tail
        start = clause.rfind(short[0], 0, start)
    return None


def definitions(text: str) -> list[Definition]:
    """Short forms defined in ``text`` with their full forms."""
    if "（" not in text and "(" not in text:
        return []
    found: list[Definition] = []
    for match in _TITLE_SHORT.finditer(text):
        full, short = match.group(1).strip(), match.group(2).strip()
        if len(short) < len(full):
            found.append(Definition(full, short, "title"))
    for match in _SO_CALLED.finditer(text):
        short = match.group(1).strip()
        before = text[: match.start()]
        full = titles(before)[-1] if before.endswith("》") else None
        if full is None:
            full = _contraction_full_form(before, short) or _CLAUSE_BREAK.split(before)[-1]
        if full and len(short) < len(full):
            found.append(Definition(full, short, "so-called"))
    for match in _PAREN_WORD.finditer(text):
        short = match.group(1)
        before = text[: match.start()]
        if not before or before.endswith("》"):
            continue
        full = _contraction_full_form(before, short)
        if full is not None:
            found.append(Definition(full, short, "contraction"))
    return found


def word_chunks(words: Sequence[str]) -> list[list[str]]:
    """Runs of word tokens between punctuation, symbols and spaces.

    n-grams never cross a punctuation mark: terms do not contain ，or 。, and a title's
    brackets are its boundaries.
    """
    chunks: list[list[str]] = []
    current: list[str] = []
    for word in words:
        if word[0].isalnum():
            current.append(word)
        elif current:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks
