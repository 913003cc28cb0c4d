"""Excel workbooks (.xlsx): a WIDE sheet for translators, a signature, and the lossless detail.

Written workbooks have three sheets: "Glossary" (one row per concept, see
:func:`termbase.formats.tabular.write.to_wide_rows`), "Signature" (how the file was made) and
"Terms" (one row per term, every data category). Reading such a workbook lets the
Glossary sheet, which a person may have edited, decide what exists; the Terms sheet
fills in the details. Any other workbook is read from each sheet whose header row
names a term column (WIDE or LONG), or else from its first sheet.
What the reader does not read (other sheets, comments, formulas, pictures and charts)
is named in warnings, so that nothing a person added is dropped unannounced by a later
rewrite; :func:`read_workbook` also tells whether termbase wrote the workbook.

Output is byte-for-byte deterministic: timestamps inside the package are fixed.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from collections.abc import Collection
from dataclasses import replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from termbase.diagnostics import Diagnostic, warning
from termbase.errors import FormatError
from termbase.formats.base import GlossaryFormat, ReadPolicy, ReadResult
from termbase.formats.tabular.columns import K_ID, Col, recognise
from termbase.formats.tabular.header import Reading, find_header, unique_id
from termbase.formats.tabular.read import read_table, read_with_detail
from termbase.formats.tabular.table import DUPLICATE_TERM, NOT_KEPT, Row, Table
from termbase.formats.tabular.write import (
    LONG_HEADER,
    column_widths,
    row_heights,
    to_rows,
    to_wide_rows,
    wide_term_columns,
)
from termbase.formats.workbook import (
    SHEET_NOT_READ,
    SIGNATURE_SHEET,
    fonts,
    header_fill,
    put,
    sheets_not_read,
    workbook_bytes,
)
from termbase.model import Glossary
from termbase.signature import Signature
from termbase.ziplimits import check_xml_parts, check_zip

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

GLOSSARY_SHEET, TERMS_SHEET = "Glossary", "Terms"

CONTENT_NOT_KEPT = "TB236"
WORKBOOK_NOT_KEPT = NOT_KEPT | {SHEET_NOT_READ, CONTENT_NOT_KEPT}
"""Codes of the diagnostics saying that something in the workbook is not in the glossary."""

# --- writing ---------------------------------------------------------------------------

def _fill_sheet(ws: Worksheet, rows: list[list[str]], *, wrap: bool,
                term_columns: Collection[int] = ()) -> None:
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    font, bold = fonts()
    fill = header_fill()
    align = Alignment(wrap_text=wrap, vertical="top")
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            if value == "" and r > 1:
                continue
            # Always text: a term starting with '=' must not become a formula, nor
            # '#N/A' an error value.
            cell = put(ws, r, c, value, hint="remove control characters from the "
                                             "glossary, or export as TBX or JSON")
            cell.font = bold if r == 1 else font
            cell.alignment = align
            if r == 1:
                cell.fill = fill
    # A sheet that does not wrap (the signature) shows each value on one line, as far
    # as a term column would.
    widths = (column_widths(rows, term_columns) if wrap else
              column_widths(rows, range(len(rows[0]) if rows else 0), budget=10**6))
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    if wrap:
        # Explicit heights: a wrapped cell otherwise spills over the next row in print.
        for r, height in enumerate(row_heights(rows, widths), start=1):
            ws.row_dimensions[r].height = height
    if rows:
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(rows[0]))}{len(rows)}"
        _print_setup(ws)


def _print_setup(ws: Worksheet) -> None:
    """Landscape A4, as wide as the page, the header row on every page, page numbers."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "&A — &P / &N"


def _signature_rows(glossary: Glossary, signature: Signature | None) -> list[list[str]]:
    sig = signature if signature is not None else Signature()
    rows = [["key", "value"], *([k, v] for k, v in sig.items())]
    if not sig.glossary_hash:
        rows.append(["glossary sha256", glossary.content_hash()])
    if not sig.counts:
        per_lang = Counter(lang for c in glossary.concepts for lang, _ in c.terms())
        rows.append(["count concepts", str(len(glossary))])
        rows += [[f"count terms {lang}", str(per_lang[lang])] for lang in glossary.languages]
    return rows


def write(glossary: Glossary, signature: Signature | None) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = GLOSSARY_SHEET
    _fill_sheet(ws, to_wide_rows(glossary), wrap=True,
                term_columns=wide_term_columns(glossary))
    _fill_sheet(wb.create_sheet(SIGNATURE_SHEET), _signature_rows(glossary, signature),
                wrap=False)
    _fill_sheet(wb.create_sheet(TERMS_SHEET), to_rows(glossary), wrap=True,
                term_columns=[LONG_HEADER.index("term")])
    wb.properties.creator = "termbase"
    return workbook_bytes(wb)


# --- reading ---------------------------------------------------------------------------

def _text(value: object) -> str:
    """A cell's value as the text a person sees in it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _table(ws: Worksheet, source: str) -> Table:
    rows = tuple(Row(n, tuple(_text(v) for v in values))
                 for n, values in enumerate(ws.iter_rows(values_only=True), start=1))
    return Table(rows, source, ws.title)


def open_workbook(data: bytes, source: str) -> Workbook:
    """The workbook in ``data``, refused with a hint when it is an old .xls or locked, no zip,
    an oversized package or damaged; the review-sheet reader opens its workbooks with it."""
    from openpyxl import load_workbook

    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise FormatError("this is an old Excel (.xls) or a password-protected workbook, "
                          "not an .xlsx", path=source,
                          hint="open it in Excel and save as 'Excel Workbook (.xlsx)', "
                               "without a password")
    if not data.startswith(b"PK"):
        raise FormatError("not an .xlsx workbook (not a zip package)", path=source,
                          hint="is this an .xls or a CSV with the wrong suffix? save it "
                               "as .xlsx, or rename a CSV file to .csv")
    check_zip(data, source)
    check_xml_parts(data, source, hint=_RESAVE_XLSX)
    try:
        return load_workbook(io.BytesIO(data), read_only=False, data_only=True)
    # openpyxl reports a damaged package with whatever its zip or XML layer raised
    # (BadZipFile, KeyError, ValueError, XML errors …); none of them is a bug here.
    except Exception as exc:
        raise FormatError(f"cannot open the workbook: {type(exc).__name__}: {exc}",
                          path=source, hint=_RESAVE_XLSX) from None


_RESAVE_XLSX = "open it in Excel and save it again as .xlsx"


# Parts of a package that openpyxl does not carry over and termbase does not read.
_OBJECT_PARTS = re.compile(r"^xl/(drawings|charts|media|pivotTables|embeddings)/|"
                           r"^xl/vbaProject\.bin$")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
# A formula cell whose <f> has no value <v> after it, or an empty one: the program that
# wrote the workbook did not calculate it (openpyxl, pandas, many converters), so it
# reads as an empty cell.
_UNCALCULATED = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]+[0-9]+)"[^>]*>\s*'
                           rb"<(?:\w+:)?f\b[^>]*(?:/>|>[^<]*</(?:\w+:)?f>)\s*"
                           rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*"
                           rb"</(?:\w+:)?c>")


def _unread(wb: Workbook, data: bytes, read_sheets: set[str],
            source: str) -> list[Diagnostic]:
    """Warnings naming what a workbook holds beyond the cells termbase reads."""
    found = sheets_not_read(wb, read_sheets, source,
                            hint="termbase reads each sheet whose header row names a term "
                                 "column (中文/Chinese/zh, 英文/English/en): give the sheet "
                                 "such a header, or move its rows into a sheet that is read")
    for ws in wb.worksheets:
        noted = [c.coordinate for row in ws.iter_rows() for c in row
                 if c.comment is not None] if ws.title in read_sheets else []
        if noted:
            found.append(warning(CONTENT_NOT_KEPT, f"sheet '{ws.title}': {len(noted)} "
                                 f"comment(s) (first at {noted[0]}) are not kept",
                                 path=source))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = package.namelist()
        formulas, empty = False, []
        for part in parts:
            if part.startswith("xl/worksheets/") and part.endswith(".xml"):
                sheet = package.read(part)
                formulas = formulas or _FORMULA.search(sheet) is not None
                empty += [m[1].decode() for m in _UNCALCULATED.finditer(sheet)]
        if formulas:
            found.append(warning(CONTENT_NOT_KEPT, "cells with formulas are read as their "
                                 "last computed values; the formulas are not kept",
                                 path=source))
        if empty:
            found.append(warning(CONTENT_NOT_KEPT, f"{len(empty)} formula cell(s) (first: "
                                 f"{empty[0]}) have no computed value saved (or an empty "
                                 "one), so they are read as empty", path=source,
                                 hint="open the workbook in Excel or LibreOffice and save "
                                      "it, which computes them"))
    objects = sorted({m[1] or "macros" for p in parts if (m := _OBJECT_PARTS.match(p))})
    if objects:
        found.append(warning(CONTENT_NOT_KEPT, f"{', '.join(objects)} in the workbook "
                             "are not kept", path=source))
    return found


def read_workbook(data: bytes, source: str,
                  policy: ReadPolicy = ReadPolicy.STRICT) -> tuple[ReadResult, bool]:
    """The glossary of a workbook, and whether it is in termbase's own layout."""
    wb = open_workbook(data, source)
    if not wb.worksheets:
        raise FormatError("the workbook has no worksheets", path=source,
                          hint="put the glossary in the first sheet")
    names = wb.sheetnames
    terms = _table(wb[TERMS_SHEET], source) if TERMS_SHEET in names else None
    ours = (terms is not None and bool(terms.rows)
            and tuple(terms.rows[0].cells[:3]) == LONG_HEADER[:3])
    if terms is not None and ours:
        read_sheets = {TERMS_SHEET, SIGNATURE_SHEET}
        if GLOSSARY_SHEET in names:
            read_sheets.add(GLOSSARY_SHEET)
            result = read_with_detail(_table(wb[GLOSSARY_SHEET], source), terms, policy)
        else:
            result = read_table(terms, policy)
    else:
        tables = _glossary_tables(wb, source, policy)
        read_sheets = {table.sheet or "" for table, _ in tables}
        result = _read_sheets(tables, policy)
    extra = _unread(wb, data, read_sheets, source)
    return ReadResult(result.glossary, (*result.diagnostics, *extra)), ours


def _glossary_tables(wb: Workbook, source: str, policy: ReadPolicy
                     ) -> list[tuple[Table, bool]]:
    """The sheets of a person's workbook that hold a glossary: each whose header row
    names a term column (a glossary kept a sheet per subject or per annex, perhaps after
    a sheet of instructions); a sheet without one is named as not read. With none, the
    first sheet, whose reading then says what its header lacks. Each with whether its
    header names an id column (read here, where the header is found)."""
    tables = []
    for ws in wb.worksheets:
        if ws.title == SIGNATURE_SHEET:
            continue
        table = _table(ws, source)
        try:
            header = find_header(Reading(table, policy))
        except FormatError:
            continue
        tables.append((table, any(recognise(name) == Col(K_ID) for name in header.names)))
    return tables or [(_table(wb.worksheets[0], source), False)]


def _read_sheets(tables: list[tuple[Table, bool]], policy: ReadPolicy) -> ReadResult:
    """One glossary of the concepts of every sheet (each with whether it has an id
    column), in sheet order. Concept ids are one namespace: a generated id (a sheet
    without an id column, the same first term in two sheets) is made unique as within a
    sheet, with the warning a repeated term gets; an id written in two sheets is
    refused, since the reader cannot tell one concept given twice from two concepts
    numbered alike."""
    first_table = tables[0][0]
    first = read_table(first_table, policy)
    concepts = list(first.glossary.concepts)
    notes = list(first.diagnostics)
    where = {c.id: first_table.sheet for c in concepts}
    for table, own_ids in tables[1:]:
        result = read_table(table, policy)
        notes += result.diagnostics
        for concept in result.glossary.concepts:
            if concept.id in where and own_ids:
                raise FormatError(f"sheet '{table.sheet}': concept id '{concept.id}' is "
                                  f"also in sheet '{where[concept.id]}'",
                                  path=table.source,
                                  hint="give each concept its own id across the sheets, or "
                                       "import each sheet as a workbook of its own")
            if concept.id in where:
                lang, term = next(concept.terms())
                new_id = unique_id(lang, term.text, where)
                notes.append(warning(DUPLICATE_TERM, f"sheet '{table.sheet}': '{term.text}' "
                                     f"is also a first term in sheet "
                                     f"'{where[concept.id]}'; read as concept '{new_id}'",
                                     path=table.source,
                                     hint="if it is one concept, keep it in one sheet"))
                concept = replace(concept, id=new_id)
            where[concept.id] = table.sheet
            concepts.append(concept)
    glossary = replace(first.glossary, concepts=tuple(concepts))
    return ReadResult(glossary, tuple(notes))


def read(data: bytes, source: str, policy: ReadPolicy) -> ReadResult:
    return read_workbook(data, source, policy)[0]


def _sniff(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04") and b"xl/" in data[:65536]


FORMAT = GlossaryFormat(
    name="xlsx",
    suffixes=(".xlsx",),
    description="Excel workbook: a sheet per concept row for translators, plus lossless detail",
    read=read,
    write=write,
    sniff=_sniff,
)
