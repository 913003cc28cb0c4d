"""Page furniture: lines that a printed UN document repeats on every page, in one language.

PDF extracts and Word files of UN documents carry, between the sentences, lines that
belong to the page rather than to the text: the document symbol (``A/78/123``), the job
number with its processing dates (``23-12345 (C)    150523    160523``), page numbers
(``3``, ``2/15``), bar codes (``*2312345*``) and the organ's name letter-spaced across
the first page (``大　会``, ``联 合 国``). Each version is paginated on its own, so such
a line has no counterpart at its place on the other side: the aligner should leave it
alone rather than fold it into a neighbouring bead.

The rule is about the *shape* of the line, not a list of titles: a line is furniture
when every token in it is a reference token (a number, a job or page number, a
document symbol, a one-letter language mark) or when it is Chinese characters spaced
out one by one.
"""

from __future__ import annotations

import re
import unicodedata

from termbase.text.chinese import CJK_CHAR

_REFERENCE_TOKEN = re.compile(
    r"\*?\d+(?:[-/]\d+)*\*?"  # page 3, 2/15, job number 23-12345, date 150523, *2312345*
    r"|[A-Z][A-Za-z0-9.\-]*(?:/[A-Za-z0-9.\-()]+)+\*?"  # symbols A/78/123, E/CN.6/2023/L.2
)
_MARKS = frozenset(f"({letter})" for letter in "ACEFRS")
"""Language marks after a job number: (A)rabic, (C)hinese, (E)nglish, (F)rench, …"""
_SPACED_IDEOGRAPHS = re.compile(f"{CJK_CHAR.pattern}(?:\\s+{CJK_CHAR.pattern})+")


def is_furniture(text: str) -> bool:
    """Whether a line is page furniture (see the module docstring)."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if not folded:
        return False
    if _SPACED_IDEOGRAPHS.fullmatch(folded):
        return True
    # A symbol carries a number (A/78/123); N/A and HIV/AIDS are words.
    return all((_REFERENCE_TOKEN.fullmatch(token) and any(c.isdigit() for c in token))
               or token in _MARKS for token in folded.split())
