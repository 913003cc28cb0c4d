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
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from termbase.align.model import Alignment, Bead
from termbase.formats.beads import SCORE_DECIMALS, side_text
from termbase.formats.cells import neutralise
from termbase.formats.workbook import (
    FIXED_TIME,
    add_signature_sheet,
    deterministic,
    fonts,
    header_fill,
    put,
)
from termbase.signature import Signature

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

DEFAULT_THRESHOLD = 0.5
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
    lines = [f"# {sig.compact()}", f"# {_verdict_line(alignment)}",
             "\t".join(header(alignment))]
    # Sentences often open with "-" or "="; see termbase.formats.cells.
    lines += ["\t".join(neutralise(cell) for cell in row) for row in alignment_rows(alignment)]
    return ("\n".join(lines) + "\n").encode("utf-8")


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
    wb.properties.created = wb.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    wb.save(buffer)
    return deterministic(buffer.getvalue())
