"""Alignments as tables for people: TSV, and an Excel workbook to review.

Both share one row layout (:func:`alignment_rows`): bead number (1-based, as a person
counts rows), the 0-based sentence ids of each side as in the ``.align`` format, the
score, and the two texts. The TSV starts with the signature as a ``#`` comment line and
the document verdict on a second one; tabs and line breaks inside texts become spaces,
since a sentence's line breaks are layout, not content.

The workbook's "Alignment" sheet adds the bead type and a flag column, and colours the
rows a reviewer must look at: beads scoring under the threshold, and one-sided beads
(a sentence with no counterpart) in a colour of their own. A "Signature" sheet says
how the file was made and what the aligner thought of the document as a whole.

Both read back as bitext (:func:`read_tsv`, :func:`read_xlsx`), and so do the two-column
tables people make: the Chinese and English columns are found by their header ("zh",
"Chinese", "中文" …) or, failing that, by their script, and the left-hand one is the
original. Where termbase's id and score columns are there, each unit gets its bead back.
"""

from __future__ import annotations

import io
from dataclasses import replace
from typing import TYPE_CHECKING

from termbase.align.model import Alignment, Bead
from termbase.diagnostics import warning
from termbase.errors import FormatError
from termbase.formats.base import (
    DEFAULT_MIN_SCORE,
    Bitext,
    BitextFormat,
    BitextOptions,
    BitextUnit,
)
from termbase.formats.beads import SCORE_DECIMALS, parse_bead, side_text
from termbase.formats.cells import restore
from termbase.formats.csv import table_bytes
from termbase.formats.tabular.table import CELLS_NOT_READ
from termbase.formats.workbook import (
    SIGNATURE_SHEET,
    add_signature_sheet,
    chosen_sheet,
    fonts,
    header_fill,
    put,
    sheets_not_read,
    value_text,
    workbook_bytes,
)
from termbase.signature import Signature
from termbase.text.decode import decode_text, file_lines
from termbase.text.language import guess_language
from termbase.ziplimits import check_xml_parts, check_zip

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

DEFAULT_THRESHOLD = DEFAULT_MIN_SCORE
ALIGNMENT_SHEET = "Alignment"

_LOW_FILL = "FCE4D6"  # orange tint: the aligner was unsure
_ONE_SIDED_FILL = "E7E6E6"  # grey: a sentence without a counterpart
_WIDTHS = {"bead": 7, "type": 6, "ids": 9, "score": 7, "flag": 11, "text": 60}
_TEXT_CLEAN = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def _ids(ids: tuple[int, ...]) -> str:
    return ",".join(str(i) for i in ids)


def _text(alignment: Alignment, bead: Bead, *, source: bool) -> str:
    return side_text(alignment, bead, source=source).translate(_TEXT_CLEAN)


def flag(bead: Bead, threshold: float) -> str:
    """What a reviewer should know about a bead: '' when nothing."""
    if not bead.tgt and bead.src:
        return "source only"
    if not bead.src and bead.tgt:
        return "target only"
    return "low score" if bead.score < threshold else ""


def header(alignment: Alignment) -> list[str]:
    src, tgt = alignment.source_lang, alignment.target_lang
    return ["bead", f"{src} ids", f"{tgt} ids", "score", src, tgt]


def alignment_rows(alignment: Alignment) -> list[list[str]]:
    """One row per bead: number, source ids, target ids, score, source text, target text."""
    return [[str(number), _ids(bead.src), _ids(bead.tgt), f"{bead.score:.{SCORE_DECIMALS}f}",
             _text(alignment, bead, source=True), _text(alignment, bead, source=False)]
            for number, bead in enumerate(alignment.beads, start=1)]


def _verdict_line(alignment: Alignment) -> str:
    return (f"document confidence {alignment.confidence:.{SCORE_DECIMALS}f} | "
            f"verdict {alignment.verdict.value}")


def write_tsv(alignment: Alignment, *, signature: Signature | None = None) -> bytes:
    """The alignment as UTF-8 TSV: signature comment, verdict comment, header, rows."""
    sig = signature if signature is not None else Signature()
    # Sentences often open with "-" or "="; table_bytes neutralises them (formats.cells).
    comments = [f"# {sig.compact()}".translate(_TEXT_CLEAN), f"# {_verdict_line(alignment)}"]
    return table_bytes([[comments[0]], [comments[1]],
                        header(alignment), *alignment_rows(alignment)], "\t",
                       for_spreadsheets=False)


# --- Excel -----------------------------------------------------------------------------

def _set(ws: Worksheet, row: int, column: int, value: str) -> None:
    # Always text: a sentence opening with '=' must not become a formula.
    put(ws, row, column, value, hint="write TSV or TMX instead, or clean the input text")


def _alignment_sheet(ws: Worksheet, alignment: Alignment, threshold: float) -> None:
    from openpyxl.styles import Alignment as CellAlignment
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter

    font, bold = fonts()
    fills = {"header": header_fill(),
             "low score": PatternFill("solid", fgColor=_LOW_FILL),
             "source only": PatternFill("solid", fgColor=_ONE_SIDED_FILL),
             "target only": PatternFill("solid", fgColor=_ONE_SIDED_FILL)}
    wrap = CellAlignment(wrap_text=True, vertical="top")
    top = CellAlignment(vertical="top")
    base = header(alignment)
    titles = [base[0], "type", *base[1:4], "flag", *base[4:]]
    kinds = ["bead", "type", "ids", "ids", "score", "flag", "text", "text"]
    for column, title in enumerate(titles, start=1):
        _set(ws, 1, column, title)
        cell = ws.cell(row=1, column=column)
        cell.font, cell.fill, cell.alignment = bold, fills["header"], top
    for row, (bead, values) in enumerate(zip(alignment.beads, alignment_rows(alignment),
                                             strict=True), start=2):
        note = flag(bead, threshold)
        cells = [values[0], bead.kind, *values[1:4], note, *values[4:]]
        for column, value in enumerate(cells, start=1):
            _set(ws, row, column, value)
            cell = ws.cell(row=row, column=column)
            cell.font = font
            cell.alignment = wrap if kinds[column - 1] == "text" else top
            if note:
                cell.fill = fills[note]
    for column, kind in enumerate(kinds, start=1):
        ws.column_dimensions[get_column_letter(column)].width = _WIDTHS[kind]
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{len(alignment.beads) + 1}"


def _signature_rows(alignment: Alignment, signature: Signature | None,
                   threshold: float) -> list[tuple[str, str]]:
    sig = signature if signature is not None else Signature()
    return [*sig.items(),
            ("document confidence", f"{alignment.confidence:.{SCORE_DECIMALS}f}"),
            ("document verdict", alignment.verdict.value),
            ("low-score threshold", f"{threshold:g}"),
            *((f"aligner {k}", v) for k, v in alignment.settings)]


def write_xlsx(alignment: Alignment, *, signature: Signature | None = None,
               threshold: float = DEFAULT_THRESHOLD) -> bytes:
    """The alignment as an Excel workbook for review (deterministic bytes)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = ALIGNMENT_SHEET
    _alignment_sheet(ws, alignment, threshold)
    add_signature_sheet(wb, _signature_rows(alignment, signature, threshold))
    wb.properties.creator = "termbase"
    return workbook_bytes(wb)


# --- reading two-column tables ---------------------------------------------------------

_ZH_HEADERS = frozenset({"zh", "zh-cn", "zh-hans", "chinese", "中文", "汉语", "cn", "chs"})
_EN_HEADERS = frozenset({"en", "en-us", "en-gb", "english", "英文", "英语"})
_HINT_COLUMNS = "put the source text in one column and the translation in the next"


def _columns_by_header(header: list[str]) -> tuple[int, int] | None:
    names = [h.strip().lower() for h in header]
    zh = next((i for i, n in enumerate(names) if n in _ZH_HEADERS), None)
    en = next((i for i, n in enumerate(names) if n in _EN_HEADERS), None)
    return (zh, en) if zh is not None and en is not None else None


def _columns_by_script(rows: list[list[str]]) -> tuple[int, int] | None:
    width = max((len(r) for r in rows), default=0)
    guesses = []
    for col in range(width):
        text = "".join(r[col] for r in rows[:200] if col < len(r))
        if text.strip():
            guesses.append((col, guess_language(text)))
    zh = [c for c, lang in guesses if lang == "zh"]
    en = [c for c, lang in guesses if lang == "en"]
    return (zh[0], en[0]) if zh and en else None


def _bead_columns(header: list[str], src: str, tgt: str) -> tuple[int, int, int] | None:
    """Where termbase's own layout keeps the bead: source ids, target ids, score."""
    names = [h.strip().lower() for h in header]
    wanted = (f"{src} ids", f"{tgt} ids", "score")
    return (names.index(wanted[0]), names.index(wanted[1]), names.index(wanted[2])) \
        if all(w in names for w in wanted) else None


def _cell(row: list[str], index: int) -> str:
    return row[index] if index < len(row) else ""


def _row_bead(row: list[str], columns: tuple[int, int, int] | None, source: str,
              number: int) -> Bead | None:
    if columns is None:
        return None
    src_ids, tgt_ids, score = (_cell(row, i).strip() for i in columns)
    try:
        return parse_bead(f"[{src_ids}]:[{tgt_ids}]:{score}", source, number)
    except FormatError:
        return None  # a person's column of that name, not termbase's bead


def _two_columns(rows: list[list[str]], header_at: int, source: str, kind: str,
                 empty: str) -> Bitext:
    """The units of a two-column table whose header (if any) is ``rows[header_at]``;
    row numbers count from 1 at ``rows[0]``."""
    if len(rows) <= header_at:
        raise FormatError(empty, path=source, hint=_HINT_COLUMNS)
    header = rows[header_at]
    columns = _columns_by_header(header)
    first_data = header_at + 1
    if columns is None:
        columns, first_data = _columns_by_script(rows[header_at:]), header_at
    if columns is None:
        raise FormatError("cannot tell which column is Chinese and which is English",
                          path=source, line=header_at + 1,
                          hint="give the columns the headers 'zh' and 'en' (or 'Chinese' "
                               "and 'English')")
    zh_col, en_col = columns
    if first_data == header_at:
        _refuse_extra_cells(rows[first_data:], max(columns), source, first_data + 1,
                            sheet=kind.startswith("xlsx"))
    # The left-hand column is the original, as in every two-column translation table.
    (src_col, src_lang), (tgt_col, tgt_lang) = sorted([(zh_col, "zh"), (en_col, "en")])
    beads = _bead_columns(header, src_lang, tgt_lang) if first_data > header_at else None
    id_col = header.index("bead") if beads is not None and "bead" in header else None
    units = []
    for number, row in enumerate(rows[first_data:], start=first_data + 1):
        units.append(BitextUnit(_cell(row, src_col), _cell(row, tgt_col),
                                _cell(row, id_col) if id_col is not None else "", number,
                                _row_bead(row, beads, source, number)))
    return Bitext(src_lang, tgt_lang, tuple(units), kind)


def _refuse_extra_cells(rows: list[list[str]], last: int, source: str, first: int, *,
                        sheet: bool = False) -> None:
    """A table without a header has just its two columns: a cell beyond them is text
    that would go unchecked (a tab typed inside a sentence splits it; a sheet has no tabs,
    so its hint names the cells instead)."""
    cause = ("move or delete the cells right of the two columns" if sheet
             else "remove the tab inside the sentence")
    for number, row in enumerate(rows, start=first):
        if any(cell.strip() for cell in row[last + 1:]):
            raise FormatError(f"row {number} has {len(row)} cells, but the table has two "
                              "columns", path=source, line=number,
                              hint=f"{cause}, or name the two columns in a header row "
                                   "(zh, en)")


def read_tsv(data: bytes, source: str) -> Bitext:
    """A tab-separated two-column table; ``#`` lines before the header are comments (the
    signature and verdict lines :func:`write_tsv` puts there)."""
    decoded = decode_text(data, source)
    lines = file_lines(decoded.text)
    if lines and not lines[-1]:
        lines.pop()
    rows = [[restore(cell) for cell in line.split("\t")] for line in lines]
    header_at = next((i for i, line in enumerate(lines) if not line.startswith("#")),
                     len(lines))
    result = _two_columns(rows, header_at, source, "tsv two-column", "the table is empty")
    return Bitext(result.source_lang, result.target_lang, result.units, result.kind,
                  decoded.diagnostics)


def read_xlsx(data: bytes, source: str, *, sheet: str | None = None) -> Bitext:
    """One sheet of a workbook as a two-column table: ``sheet`` (its name, or its
    1-based position among the sheets), else the first. A warning names each other sheet
    with content, which is not read (its rows have no place in the read sheet's row
    numbers, by which findings and beads cite a draft); its hint says how to choose it."""
    from openpyxl import load_workbook

    if not data.startswith(b"PK"):
        raise FormatError("not an .xlsx workbook (not a zip package)", path=source,
                          hint="save the sheet from Excel as 'Excel Workbook (.xlsx)'")
    resave = "open it in Excel and save it again as .xlsx"
    check_zip(data, source)
    check_xml_parts(data, source, hint=resave)
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    # openpyxl reports a damaged package with whatever its zip or XML layer raised.
    except Exception as exc:
        raise FormatError(f"cannot open the workbook: {type(exc).__name__}", path=source,
                          hint=resave) from None
    ws = wb.worksheets[0] if sheet is None else chosen_sheet(wb, sheet, source)
    rows = [[value_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
    how = ("only the first sheet" if sheet is None else "only the sheet chosen")
    skipped = sheets_not_read(wb, {ws.title, SIGNATURE_SHEET}, source,
                              hint=f"{how} ('{ws.title}') is read: choose another with "
                                   "--sheet NAME (or its number, 1 for the first), or move "
                                   "its rows into one sheet")
    wb.close()
    header_at = _header_row(rows)
    kind = "xlsx two-column" if sheet is None else f"xlsx two-column, sheet '{ws.title}'"
    bitext = _two_columns(rows, header_at, source, kind, f"the sheet '{ws.title}' is empty")
    bitext = replace(bitext, diagnostics=(*bitext.diagnostics, *skipped))
    if not header_at:
        return bitext
    above = next((c for row in rows[:header_at] for c in row if c.strip()), "")
    note = warning(CELLS_NOT_READ, f"{header_at} row(s) above the header row are not read "
                                   f"(first: '{above[:40]}')", path=source, line=1)
    return replace(bitext, diagnostics=(*bitext.diagnostics, note))


HEADER_SEARCH_ROWS = 10
"""Rows searched for the zh/en header: a sheet may open with a title (often merged over
the columns) or a blank row above it, as glossary sheets do."""


def _header_row(rows: list[list[str]]) -> int:
    """Index of the first of the top rows that names a Chinese and an English column; 0
    when none does (the columns are then told by their script)."""
    return next((i for i, row in enumerate(rows[:HEADER_SEARCH_ROWS])
                 if _columns_by_header(row) is not None), 0)


# --- as registered bitext formats -------------------------------------------------------

def _write_tsv(alignment: Alignment, signature: Signature | None,
               options: BitextOptions) -> bytes:
    return write_tsv(alignment, signature=signature)


def _write_xlsx(alignment: Alignment, signature: Signature | None,
                options: BitextOptions) -> bytes:
    return write_xlsx(alignment, signature=signature, threshold=options.min_score)


TSV_FORMAT = BitextFormat(
    name="tsv",
    suffixes=(".tsv",),
    description="alignment table: bead, ids, score and both texts, tab-separated; reads "
                "people's two-column tables too",
    read=read_tsv,
    write=_write_tsv,
)

XLSX_FORMAT = BitextFormat(
    name="xlsx",
    suffixes=(".xlsx",),
    description="alignment review workbook (beads under min_score flagged); reads "
                "people's two-column sheets too",
    read=read_xlsx,
    write=_write_xlsx,
)
