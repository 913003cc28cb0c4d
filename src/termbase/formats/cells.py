"""Spreadsheet formula injection: the one rule for text cells that leave termbase.

A spreadsheet opening a CSV/TSV file takes a cell that starts with ``=``, ``+``, ``-``,
``@``, a tab, a carriage return or a line feed for a formula, whatever its quoting. A
term or a context copied from a document can start that way (``-based``, ``=`` in a
table, ``@UN``), and a formula such as ``=HYPERLINK(...)`` runs on the reviewer's
machine. Following OWASP's guidance on CSV injection, such cells are written with a
single quote in front, which spreadsheets show as text.

The escape must be undone on import without ambiguity, including for data that
genuinely starts with a quote. So the quote is added whenever the cell, *after its
leading quotes*, starts with a trigger: ``=x`` is written ``'=x`` and ``'=x`` is written
``''=x``; reading removes exactly one quote from such cells and leaves every other cell
(``'tis``, ``'``) alone. :func:`restore` is the inverse of :func:`neutralise` on every
string.

A cell that is a plain decimal number (``-5``, ``-0.25``, ``-1e-05``) is left as it is:
a spreadsheet reads it as a number, never as a formula, and numeric columns (scores)
stay numbers. ``+5`` is not left alone, since a spreadsheet would show it as ``5``.
"""

from __future__ import annotations

import re

TRIGGERS = frozenset("=+-@\t\r\n")
"""First characters that make a spreadsheet evaluate a cell (OWASP's list)."""

QUOTE = "'"
_NUMBER = re.compile(r"-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")


def _triggers(cell: str) -> bool:
    """Whether ``cell``, once its leading quotes are set aside, would read as a formula."""
    body = cell.lstrip(QUOTE)
    return bool(body) and body[0] in TRIGGERS and not _NUMBER.fullmatch(body)


def is_formula_like(cell: str) -> bool:
    """Whether a spreadsheet would take ``cell``, stored as it is, for a formula."""
    return bool(cell) and cell[0] in TRIGGERS and not _NUMBER.fullmatch(cell)


def neutralise(cell: str) -> str:
    """``cell`` as it is safe to write into a CSV/TSV file (see the module docstring)."""
    return QUOTE + cell if _triggers(cell) else cell


def restore(cell: str) -> str:
    """The text :func:`neutralise` was given for ``cell``: one quote fewer where it added one."""
    return cell[1:] if cell.startswith(QUOTE) and _triggers(cell) else cell
