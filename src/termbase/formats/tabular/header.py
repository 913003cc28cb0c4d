"""What LONG and WIDE reading share: the read policy and diagnostics of one table, the
header row, column meanings, the rows worth reading, and generated concept ids."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from termbase.diagnostics import Diagnostic, Severity
from termbase.errors import FormatError
from termbase.formats.base import ReadPolicy
from termbase.formats.tabular.columns import (
    K_ABBREVIATION,
    K_BACK,
    K_C_DEFS,
    K_C_NOTES,
    K_C_SOURCES,
    K_C_TRANS,
    K_CONTEXT,
    K_CUSTOMER,
    K_DEFINITION,
    K_DESCRIPTION,
    K_EXTREFS,
    K_GENDER,
    K_GEO,
    K_GRAPHICS,
    K_ID,
    K_IGNORE,
    K_L_DEFS,
    K_L_NOTES,
    K_L_SOURCES,
    K_L_TRANS,
    K_LANG,
    K_LOCATION,
    K_NOTE,
    K_OTHER,
    K_POS,
    K_PROJECT,
    K_SECTION,
    K_SOURCE,
    K_SOURCE_LANG,
    K_STATUS,
    K_SUBJECT,
    K_TERM,
    K_TITLE,
    K_TRANS,
    K_TYPE,
    K_XREFS,
    QUALIFIABLE,
    Col,
    recognise,
)
from termbase.formats.tabular.table import (
    CELLS_NOT_READ,
    COLUMN_NOT_KEPT,
    DUPLICATE_ROW,
    EMPTY_ROW,
    SKIPPED_ROW,
    UNKNOWN_COLUMN,
    UNUSED_COLUMN,
    Row,
    Table,
    column_letter,
)
from termbase.formats.tabular.values import clean, newlines
from termbase.model import make_concept_id


class Reading:
    """Diagnostics and the read policy for one table."""

    def __init__(self, table: Table, policy: ReadPolicy) -> None:
        self.table = table
        self.policy = policy
        self.diagnostics: list[Diagnostic] = []

    def note(self, code: str, row: int | None, message: str, hint: str | None = None,
             severity: Severity = Severity.WARNING) -> None:
        prefix = self.table.where(row) if row is not None else ""
        self.diagnostics.append(Diagnostic(severity, code, prefix + message,
                                           self.table.source, row, hint))

    def bad(self, row: Row, message: str, hint: str) -> None:
        """An uninterpretable row: refuse the file (STRICT) or leave the row out (SKIP)."""
        if self.policy is ReadPolicy.STRICT:
            raise FormatError(self.table.where(row.number) + message, path=self.table.source,
                              line=row.number,
                              hint=f"{hint}; or read with --on-bad-entry skip to leave "
                                   "such rows out")
        self.note(SKIPPED_ROW, row.number, f"{message}; row left out", hint)


@dataclass(frozen=True, slots=True)
class Header:
    index: int
    """Position of the header row in ``Table.rows``."""
    names: tuple[str, ...]


def cell_text(row: Row, index: int | None) -> str:
    if index is None or index >= len(row.cells):
        return ""
    return newlines(row.cells[index])


_TERM_KINDS = {K_TERM, K_OTHER, K_ABBREVIATION}
_HEADER_SEARCH = 10


def find_header(r: Reading) -> Header:
    """The first row (among the first few non-empty ones) that names a term column."""
    rows = r.table.rows
    candidates = [i for i, row in enumerate(rows) if any(c.strip() for c in row.cells)]
    if not candidates:
        raise FormatError(f"{r.table.where(1)}no rows: the table is empty",
                          path=r.table.source,
                          hint="give a table with a header row and one row per term")
    for i in candidates[:_HEADER_SEARCH]:
        if any(col is not None and col.kind in _TERM_KINDS
               for col in map(recognise, rows[i].cells)):
            return Header(i, tuple(c.strip() for c in rows[i].cells))
    first = rows[candidates[0]]
    found = ", ".join(f"'{c.strip()}'" for c in first.cells if c.strip())
    raise FormatError(
        f"{r.table.where(first.number)}no term column: the header row has {found}",
        path=r.table.source, line=first.number,
        hint="name a column 中文/Chinese/zh or 英文/English/en (or 术语/term beside a "
             "语言/lang column)")


_LONG_KINDS = {K_ID, K_SUBJECT, K_LANG, K_TERM, K_STATUS, K_CONTEXT, K_SOURCE, K_NOTE,
               K_IGNORE, K_TITLE, K_DESCRIPTION, K_SOURCE_LANG, K_C_DEFS, K_C_NOTES,
               K_C_SOURCES, K_XREFS, K_EXTREFS, K_C_TRANS, K_GRAPHICS, K_L_DEFS, K_L_NOTES,
               K_L_SOURCES, K_L_TRANS, K_TYPE,
               K_POS, K_GENDER, K_GEO, K_LOCATION, K_CUSTOMER, K_PROJECT, K_TRANS,
               K_SECTION, K_BACK}
_WIDE_KINDS = {K_ID, K_SUBJECT, K_TERM, K_OTHER, K_ABBREVIATION, K_STATUS, K_DEFINITION,
               K_CONTEXT, K_SOURCE, K_NOTE, K_IGNORE}


def map_columns(r: Reading, header: Header, long: bool) -> dict[Col, int]:
    """Column meanings for the layout, with a warning for each column left unused."""
    number = r.table.rows[header.index].number
    columns: dict[Col, int] = {}
    for index, name in enumerate(header.names):
        if not name:
            continue
        label = f"column {column_letter(index)} '{name}'"
        col = recognise(name)
        if col is None:
            r.note(UNKNOWN_COLUMN, number, f"{label} is not a known column; ignored",
                   "rename it (e.g. 中文, 英文, 定义, 语境, 出处, 备注) if it should be read")
            continue
        if long and col == Col(K_DEFINITION):
            col = Col(K_L_DEFS)  # in a LONG table a plain definition belongs to its language
        # A LONG table names the language in its own column, never in a header.
        qualified = long and col.kind in QUALIFIABLE and col.lang is not None
        if qualified or col.kind not in (_LONG_KINDS if long else _WIDE_KINDS):
            layout = "with" if long else "without"
            r.note(UNUSED_COLUMN, number,
                   f"{label} is not used in a table {layout} a language column; ignored")
            continue
        if col in columns:
            r.note(UNUSED_COLUMN, number,
                   f"{label} repeats column {column_letter(columns[col])}; ignored")
            continue
        if col.kind == K_IGNORE:
            r.note(COLUMN_NOT_KEPT, number, f"{label} is read as row numbers, not kept",
                   severity=Severity.INFO)
        columns[col] = index
    return columns


def report_outside(r: Reading, header: Header) -> None:
    """Name the non-empty cells no column reads: above the header, or under no header."""
    rows = r.table.rows
    above = [row for row in rows[:header.index] if any(c.strip() for c in row.cells)]
    if above:
        first = next(c for c in above[0].cells if c.strip())
        r.note(CELLS_NOT_READ, above[0].number,
               f"{len(above)} row(s) above the header row are not read "
               f"(first: '{clean(first)[:40]}')")
    unnamed: dict[int, list[Row]] = {}
    for row in rows[header.index + 1:]:
        for i, cell in enumerate(row.cells):
            if cell.strip() and (i >= len(header.names) or not header.names[i]):
                unnamed.setdefault(i, []).append(row)
    for i, found in sorted(unnamed.items()):
        letter = column_letter(i)
        r.note(CELLS_NOT_READ, found[0].number,
               f"column {letter} has no header; its {len(found)} cell(s) are not read "
               f"(first: {letter}{found[0].number} '{clean(found[0].cells[i])[:40]}')",
               "give the column a header termbase knows, or move the cells")


def data_rows(r: Reading, header: Header) -> list[Row]:
    """Rows below the header, without empty ones and exact repeats (both reported)."""
    rows = r.table.rows[header.index + 1:]
    last = max((i for i, row in enumerate(rows) if any(c.strip() for c in row.cells)),
               default=-1)
    seen: dict[tuple[str, ...], int] = {}
    out = []
    for row in rows[: last + 1]:
        cells = tuple(clean(c) for c in row.cells)
        while cells and not cells[-1]:
            cells = cells[:-1]
        if not cells:
            r.note(EMPTY_ROW, row.number, "empty row skipped", severity=Severity.INFO)
            continue
        if cells in seen:
            r.note(DUPLICATE_ROW, row.number,
                   f"row repeats row {seen[cells]} exactly; skipped")
            continue
        seen[cells] = row.number
        out.append(row)
    return out


def unique_id(lang: str, text: str, taken: Iterable[str]) -> str:
    """make_concept_id, made unique in file order when two rows share a first term."""
    used = set(taken)
    cid, n = make_concept_id(lang, text), 1
    while cid in used:
        n += 1
        cid = make_concept_id(lang, f"{text}#{n}")
    return cid
