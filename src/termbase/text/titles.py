"""Title marks: the one rule for what marks a title and when to look past it.

Chinese writes the title of a document or instrument between book-title marks, 《…》,
with 〈…〉 for a title inside a title. The marks belong to the running text, not to the
term: 《行动纲领》 is the term 行动纲领, and the text says 行动纲领执行情况 without marks too.

* :func:`strip_title_marks` — a term without its title marks (what is searched for,
  seeded into a segmenter, or looked up in a dictionary);
* :func:`without_title_marks` — running text without title marks, with the position of
  each kept character, so that a term naming two titles (《北京宣言》和《行动纲要》) is
  found whole and reported at its place in the text;
* :func:`without_marks` — title *and* quotation marks removed, for deciding whether two
  glossary entries are the same term ("“Brokering”" and "brokering").

Lookup ignores every punctuation mark (its own, broader normalisation, in
:mod:`termbase.lookup`), title marks included.
"""

from __future__ import annotations

import re

TITLE_MARKS = "《》〈〉"
"""The book-title marks, double and single."""
QUOTATION_MARKS = "「」『』“”\"'"
"""Quotation marks of Chinese (corner brackets) and English text."""

_NO_TITLE_MARKS = str.maketrans("", "", TITLE_MARKS)
_TITLE_MARK = re.compile(f"[{TITLE_MARKS}]")
_NO_MARKS = str.maketrans("", "", TITLE_MARKS + QUOTATION_MARKS)


def strip_title_marks(term: str) -> str:
    """``term`` without title marks, wherever they stand, and without outer spaces:
    "《行动纲领》" → "行动纲领", "《北京宣言》和《行动纲要》" → "北京宣言和行动纲要"."""
    return term.translate(_NO_TITLE_MARKS).strip()


def without_title_marks(text: str) -> tuple[str, list[int]]:
    """``text`` without title marks, and where each of its characters is in ``text``.

    The list is empty when ``text`` has no title mark (the text is then returned as is,
    and positions are the identity).
    """
    if not _TITLE_MARK.search(text):  # most text: one scan, not a step per character
        return text, []
    kept = [(i, ch) for i, ch in enumerate(text) if ch not in TITLE_MARKS]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def without_marks(text: str) -> str:
    """``text`` without title marks and quotation marks, for comparing terms."""
    return text.translate(_NO_MARKS)


__all__ = ["QUOTATION_MARKS", "TITLE_MARKS", "strip_title_marks", "without_marks",
           "without_title_marks"]
