"""Tables before interpretation: rows of text cells with their file position, and the
diagnostic codes every tabular reader reports with."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Diagnostic codes of tabular readers.
UNKNOWN_COLUMN = "TB210"
EMPTY_ROW = "TB211"
DUPLICATE_ROW = "TB212"
DUPLICATE_TERM = "TB213"
SKIPPED_ROW = "TB214"
CONFLICTING_VALUE = "TB215"
UNUSED_COLUMN = "TB216"
GENERATED_ID = "TB217"
DROPPED_CONCEPT = "TB218"
UNKNOWN_STATUS = "TB219"
CELLS_NOT_READ = "TB233"
COLUMN_NOT_KEPT = "TB234"

NOT_KEPT = frozenset({UNKNOWN_COLUMN, UNUSED_COLUMN, CONFLICTING_VALUE, GENERATED_ID,
                      UNKNOWN_STATUS, SKIPPED_ROW, CELLS_NOT_READ, COLUMN_NOT_KEPT})
"""Codes of the diagnostics saying that something in the table is not in the glossary
read from it, so that writing the glossary over the table would lose it."""


# --- tables ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Row:
    """One record: where it starts in its file (1-based) and its cells as text."""

    number: int
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """The rows of one CSV file or one sheet, as read, before any interpretation."""

    rows: tuple[Row, ...]
    source: str = "<table>"
    sheet: str | None = None
    """The sheet's name for workbooks; messages then say 'sheet X row N'."""

    @classmethod
    def from_lists(cls, rows: Iterable[Sequence[str]], source: str = "<table>",
                   sheet: str | None = None) -> Table:
        return cls(tuple(Row(i, tuple(r)) for i, r in enumerate(rows, start=1)), source, sheet)

    def where(self, number: int) -> str:
        """A message prefix locating a row; CSV messages carry the line in the path already."""
        return f"sheet '{self.sheet}' row {number}: " if self.sheet is not None else ""


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based index (0 → A, 26 → AA), as people see it."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


