"""What every Excel workbook termbase writes has in common: the look, the signature
sheet, and byte-for-byte reproducible packages.

Glossaries, alignment review sheets, extraction candidates, pairing review sheets and
check reports all use these, so a translator sees one house style and one place to find
provenance.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from termbase.diagnostics import Diagnostic, warning
from termbase.errors import FormatError, OutputError
from termbase.xmlsafe import first_not_xml

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

# Microsoft YaHei with the GB2312 charset: Excel substitutes a Chinese font (SimSun)
# where YaHei is missing, so Chinese never shows as boxes.
FONT_NAME, FONT_CHARSET = "Microsoft YaHei", 134
HEADER_FILL = "DDEBF7"
SIGNATURE_SHEET = "Signature"
SHEET_NOT_READ = "TB235"
FIXED_TIME = datetime(2000, 1, 1)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def chosen_sheet(wb: Workbook, sheet: str, source: str) -> Worksheet:
    """The worksheet of ``wb`` a user named with ``--sheet``: by its name (exactly, else
    ignoring case and surrounding spaces), or by its 1-based position among the sheets
    when ``sheet`` is a number that no sheet is named. FormatError listing the sheets
    when there is none such."""
    names = wb.sheetnames
    wanted = sheet.strip()
    if sheet in names:
        return wb[sheet]
    folded = [n for n in names if n.strip().casefold() == wanted.casefold()]
    if len(folded) == 1:
        return wb[folded[0]]
    if wanted.isdecimal() and 1 <= int(wanted) <= len(names):
        return wb.worksheets[int(wanted) - 1]
    listed = ", ".join(f"{i} '{n}'" for i, n in enumerate(names, start=1))
    raise FormatError(f"the workbook has no sheet '{sheet}'", path=source,
                      hint=f"give --sheet one of its sheets, by name or number: {listed}")


def sheets_not_read(wb: Workbook, read: Iterable[str], source: str, *,
                    hint: str | None = None) -> list[Diagnostic]:
    """A warning naming each sheet with content that the reader of ``wb`` left out.

    A reader takes one sheet (or its own named ones); a workbook with a sheet per part
    of a draft or per subject of a glossary lost the others without a word."""
    kept = set(read)
    found = []
    for ws in wb.worksheets:
        if ws.title in kept:
            continue
        filled = sum(v is not None and str(v).strip() != ""
                     for row in ws.iter_rows(values_only=True) for v in row)
        if filled:
            found.append(warning(SHEET_NOT_READ, f"sheet '{ws.title}' is not read "
                                 f"({filled} non-empty cells)", path=source, hint=hint))
    return found


def fonts() -> tuple[Any, Any]:
    """(body font, header font) of the house style."""
    from openpyxl.styles import Font

    return (Font(name=FONT_NAME, charset=FONT_CHARSET),
            Font(name=FONT_NAME, charset=FONT_CHARSET, bold=True))


def header_fill() -> Any:
    from openpyxl.styles import PatternFill

    return PatternFill("solid", fgColor=HEADER_FILL)


def keep_as_text(cell: Any) -> None:
    """Store a text cell as text, whatever it starts with.

    openpyxl stores a str starting with '=' as a formula; typing the cell as a string
    stops that, and the quote-prefix style (Excel's "typed with a leading apostrophe")
    keeps it text when a person edits the cell and presses Enter. Numbers are untouched.
    """
    from termbase.formats.cells import is_formula_like

    if isinstance(cell.value, str):
        cell.data_type = "s"
        if is_formula_like(cell.value):
            cell.quotePrefix = True


def put(ws: Worksheet, row: int, column: int, value: object, *, hint: str) -> Any:
    """Set a cell to ``value``, text kept as text (:func:`keep_as_text`), and return it.

    A text holding a character that XML cannot hold (:data:`termbase.xmlsafe.NOT_XML`;
    an xlsx package is XML) is refused with an OutputError naming the sheet and row, and
    ``hint`` saying what to do, before openpyxl sees it.
    """
    if isinstance(value, str) and first_not_xml(value) is not None:
        raise OutputError(f"sheet '{ws.title}' row {row}: text holds a control character "
                          f"that Excel cannot store: {value[:40]!r}", hint=hint)
    cell = ws.cell(row=row, column=column, value=value)
    keep_as_text(cell)
    return cell


def add_signature_sheet(wb: Workbook, rows: Iterable[tuple[str, str]],
                        value_width: int = 70) -> None:
    """A 'Signature' sheet: a key/value header, then one row per provenance item,
    always stored as text."""
    font, bold = fonts()
    ws = wb.create_sheet(SIGNATURE_SHEET)
    for r, (key, value) in enumerate([("key", "value"), *rows], start=1):
        for c, text in enumerate((key, value), start=1):
            cell = put(ws, r, c, text, hint="remove control characters from the inputs' "
                                            "names or the settings")
            cell.font = bold if r == 1 else font
            if r == 1:
                cell.fill = header_fill()
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = value_width
    ws.freeze_panes = "A2"


def workbook_bytes(wb: Workbook) -> bytes:
    """``wb`` saved as an xlsx package, byte for byte the same for equal content."""
    buffer = io.BytesIO()
    wb.save(buffer)
    return deterministic(buffer.getvalue())


def value_text(value: object) -> str:
    """A cell value read back as text: '' for an empty cell, a whole float without '.0'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def deterministic(package: bytes) -> bytes:
    """Repack the zip with fixed entry times and document dates, so equal input, equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = FIXED_TIME.isoformat() + "Z"
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              rb"\g<1>" + stamp.encode(), data)
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            zout.writestr(entry, data)
    return out.getvalue()
