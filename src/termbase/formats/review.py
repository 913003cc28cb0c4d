"""The bilingual review sheet of ``termbase pair``/``mine`` and its reading after review.

One row per term: the proposed equivalent with its score and support, other candidates,
an ``accept`` column (blank / yes / no, with a drop-down list) and a ``corrected``
column for the reviewer, then the example pairs and where they are from. A "Signature"
sheet records how the sheet was made.

Reading a reviewed sheet (:func:`read_reviewed`) yields a glossary of the accepted
pairs only — the corrected equivalent when one is given — with each example as a
context of the term and each document as a source, so that ``termbase import`` can
merge it like any other glossary. The sheet is not a registered glossary format: it
cannot hold an arbitrary glossary, so it could not keep the format contract
(``read(write(g)) == g``); ``termbase import`` recognises it by its sheets.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

from termbase.diagnostics import Diagnostic, warning
from termbase.errors import FormatError, LimitError
from termbase.formats.base import ReadPolicy, ReadResult
from termbase.formats.workbook import (
    SIGNATURE_SHEET,
    add_signature_sheet,
    fonts,
    header_fill,
    put,
    value_text,
)
from termbase.model import Concept, Context, Glossary, LangSec, Term, make_concept_id
from termbase.signature import Signature
from termbase.ziplimits import check_zip, read_member

REVIEW_SHEET = "Review"
ACCEPT_VALUES = ("yes", "no")
_YES = frozenset({"yes", "y", "accept", "accepted", "ok", "x", "true", "1", "是", "接受"})
_NO = frozenset({"no", "n", "reject", "rejected", "false", "0", "否", "拒绝", ""})
_ACCEPT_FILL = "FFF2CC"
_EXAMPLE_HEAD = re.compile(r"^(?P<doc>.+), line (?P<line>\d+)(?: \(en line \d+\))?$")


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """One row of the sheet, as written."""

    term: str
    proposed: str
    score: float | None
    support: int | None
    occurrences: int
    others: tuple[str, ...]
    examples: tuple[tuple[str, str, str], ...]
    """(where, zh, en) of each example pair."""
    note: str = ""


def header(direction: str) -> list[str]:
    """Column titles; the term's language first ('zh term', 'proposed en', …)."""
    src, tgt = (("zh", "en") if direction == "zh" else ("en", "zh"))
    return [f"{src} term", f"proposed {tgt}", "score", "support", "occurrences",
            "other candidates", "accept", f"corrected {tgt}", "examples", "note"]


def _example_block(where: str, zh: str, en: str) -> str:
    return f"{where}\n{zh}\n{en}"


def write_review(rows: Sequence[ReviewRow], signature: Signature | None, *,
                 direction: str = "zh") -> bytes:
    """The workbook's bytes: the Review sheet and the Signature sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = REVIEW_SHEET
    titles = header(direction)
    font, bold = fonts()
    top = Alignment(vertical="top", wrap_text=True)
    for c, title in enumerate(titles, start=1):
        cell = ws.cell(row=1, column=c, value=title)
        cell.font = bold
        cell.fill = header_fill()
    accept_column = titles.index("accept") + 1
    for r, row in enumerate(rows, start=2):
        values: list[object] = [
            row.term, row.proposed,
            round(row.score, 4) if row.score is not None else None,
            row.support, row.occurrences, "\n".join(row.others), None, None,
            "\n\n".join(_example_block(*e) for e in row.examples), row.note]
        for c, value in enumerate(values, start=1):
            # never a formula, whatever the text starts with
            cell = put(ws, r, c, value, hint="clean the corpus text, or write JSON or CSV")
            cell.font = font
            cell.alignment = top
        ws.cell(row=r, column=accept_column).fill = PatternFill("solid", fgColor=_ACCEPT_FILL)
    last = max(2, len(rows) + 1)
    letter = get_column_letter(accept_column)
    validation = DataValidation(type="list", formula1=f'"{",".join(ACCEPT_VALUES)}"',
                                allow_blank=True, showErrorMessage=True,
                                errorTitle="accept", error="Choose yes, no, or leave blank.")
    validation.add(f"{letter}2:{letter}{last}")
    ws.add_data_validation(validation)
    for c, width in enumerate((18, 28, 8, 8, 11, 28, 8, 28, 80, 30), start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{last}"

    add_signature_sheet(wb, [("kind", f"termbase review sheet ({direction})"),
                             *(signature or Signature()).items()])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def is_review_workbook(data: bytes) -> bool:
    """Whether ``data`` is an .xlsx whose first sheet is a termbase review sheet."""
    if not data.startswith(b"PK"):
        return False
    try:
        check_zip(data, "")
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            workbook = read_member(package, "xl/workbook.xml", "")
    # Not a review sheet we can read: the glossary reader then refuses it, naming the file.
    except (zipfile.BadZipFile, KeyError, OSError, LimitError):
        return False
    return (f'name="{REVIEW_SHEET}"'.encode() in workbook
            and f'name="{SIGNATURE_SHEET}"'.encode() in workbook)


def _contexts(block_text: str) -> tuple[list[tuple[str, str, str]], bool]:
    """(where, zh, en) of each example block; False when a block is not in the written
    shape (someone edited it), in which case it is left out."""
    found = []
    intact = True
    for block in block_text.split("\n\n"):
        lines = block.strip().split("\n")
        if len(lines) == 3 and _EXAMPLE_HEAD.match(lines[0]):
            found.append((lines[0], lines[1], lines[2]))
        elif block.strip():
            intact = False
    return found, intact


def read_reviewed(data: bytes, source: str, policy: ReadPolicy = ReadPolicy.STRICT
                  ) -> ReadResult:
    """A glossary of the accepted rows of a reviewed sheet.

    Each accepted row becomes a concept with the term and its equivalent (the corrected
    one when given) as preferred terms; the example pairs become contexts (Chinese
    sentence on the Chinese term, English on the English), cited by document and line,
    and the documents become sources. Rows marked no or left blank are not imported.
    An accept value that is neither yes nor no, or an accepted row without equivalent,
    is an error (strict) or skipped with a warning (skip).
    """
    from termbase.formats.xlsx import open_workbook

    wb = open_workbook(data, source)
    formulas = _formulas(data, source)
    if REVIEW_SHEET not in wb.sheetnames:
        raise FormatError(f"no '{REVIEW_SHEET}' sheet: not a termbase review sheet",
                          path=source, hint="give a sheet written by termbase pair or mine")
    rows = list(wb[REVIEW_SHEET].iter_rows(values_only=True))
    if not rows:
        raise FormatError("the review sheet is empty", path=source)
    titles = [value_text(v).strip().lower() for v in rows[0]]
    src_lang = "zh" if titles and titles[0] == "zh term" else "en" if titles and \
        titles[0] == "en term" else ""
    if not src_lang:
        raise FormatError("the first column of the review sheet must be 'zh term' or "
                          "'en term'", path=source, line=1,
                          hint="do not rename or move the columns of the review sheet")
    tgt_lang = "en" if src_lang == "zh" else "zh"
    expected = header(src_lang)
    missing = [t for t in ("accept", f"proposed {tgt_lang}", f"corrected {tgt_lang}",
                           "examples") if t not in titles]
    if missing:
        raise FormatError(f"the review sheet has no column {', '.join(missing)}",
                          path=source, line=1,
                          hint=f"the header must be: {', '.join(expected)}")
    col = {t: titles.index(t) for t in titles if t}
    diagnostics: list[Diagnostic] = []
    concepts: list[Concept] = []
    seen: set[str] = set()

    def problem(row_number: int, message: str, hint: str) -> None:
        if policy is ReadPolicy.STRICT:
            raise FormatError(message, path=source, line=row_number, hint=hint)
        diagnostics.append(warning("TB270", f"{message}; row skipped", path=source,
                                   line=row_number, hint=hint))

    for number, values in enumerate(rows[1:], start=2):
        def get(title: str, values: tuple[object, ...] = values) -> str:
            i = col.get(title)
            return value_text(values[i]).strip() if i is not None and i < len(values) else ""

        term = get(f"{src_lang} term")
        decision = get("accept").lower()
        if not term:
            continue
        typed = [t for t in ("accept", f"corrected {tgt_lang}", f"proposed {tgt_lang}")
                 if (number, col[t]) in formulas]
        if typed:
            # Read as its cached value, a formula cell is blank when no spreadsheet has
            # computed it: the proposed equivalent would replace the reviewer's own.
            problem(number, f"'{typed[0]}' holds a formula "
                            f"({formulas[number, col[typed[0]]][:40]}), not text",
                    "type the text itself; termbase does not compute formulas")
            continue
        if decision not in _YES:
            if decision not in _NO:
                problem(number, f"accept is {decision!r}, not yes or no",
                        "write yes, no, or leave the cell blank")
            continue
        equivalent = get(f"corrected {tgt_lang}") or get(f"proposed {tgt_lang}")
        if not equivalent:
            problem(number, f"'{term}' is accepted but has no {tgt_lang} equivalent",
                    f"write the equivalent in 'corrected {tgt_lang}'")
            continue
        examples, intact = _contexts(get("examples"))
        if not intact:
            diagnostics.append(warning("TB271", "edited examples left out", path=source,
                                       line=number))
        concept = _concept(src_lang, term, equivalent, examples,
                           corrected=bool(get(f"corrected {tgt_lang}")))
        if concept.id in seen:
            continue
        seen.add(concept.id)
        concepts.append(concept)
    return ReadResult(Glossary(tuple(concepts), source_lang="zh"), tuple(diagnostics))


def _formulas(data: bytes, source: str) -> dict[tuple[int, int], str]:
    """(row, 0-based column) → formula of every formula cell of the review sheet."""
    from termbase.formats.xlsx import _FORMULA

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        if not any(n.startswith("xl/worksheets/") and _FORMULA.search(read_member(
                package, n, source)) for n in package.namelist()):
            return {}
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), read_only=False, data_only=False)
    if REVIEW_SHEET not in wb.sheetnames:
        return {}
    return {(cell.row, cell.column - 1): str(cell.value)
            for row in wb[REVIEW_SHEET].iter_rows() for cell in row
            if cell.data_type == "f"}


def _concept(src_lang: str, term: str, equivalent: str,
             examples: Sequence[tuple[str, str, str]], *, corrected: bool) -> Concept:
    documents = tuple(dict.fromkeys(_EXAMPLE_HEAD.match(w).group("doc")  # type: ignore[union-attr]
                                    for w, _, _ in examples))
    zh_text, en_text = (term, equivalent) if src_lang == "zh" else (equivalent, term)
    zh_term = Term(zh_text, contexts=tuple(Context(zh, where) for where, zh, _ in examples),
                   sources=documents)
    note = ("equivalent corrected in review" if corrected
            else "equivalent found by termbase pair and accepted in review")
    en_term = Term(en_text, contexts=tuple(Context(en, where) for where, _, en in examples),
                   sources=documents, notes=(note,))
    return Concept(make_concept_id("zh", zh_text),
                   (LangSec("zh", (zh_term,)), LangSec("en", (en_term,))))
