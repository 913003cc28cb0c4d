"""Glossaries to rows: the LONG layout (lossless) and the WIDE layout (for people)."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Collection, Iterable

from termbase.formats.tabular.columns import (
    K_ABBREVIATION,
    K_CONTEXT,
    K_DEFINITION,
    K_ID,
    K_NOTE,
    K_OTHER,
    K_SOURCE,
    K_SUBJECT,
    K_TERM,
    Col,
)
from termbase.formats.tabular.values import (
    format_label,
    format_pair,
    format_transaction,
    guess_lang,
    join_lines,
    join_terms,
)
from termbase.model import (
    Concept,
    Context,
    Definition,
    Glossary,
    RefObjectSec,
    Term,
    TermStatus,
    Transaction,
    ref_sec_to_dict,
)

LONG_HEADER: tuple[str, ...] = (
    "concept id", "subject field", "concept definitions", "concept notes",
    "concept sources", "cross references", "external references", "concept transactions",
    "graphics", "lang", "language definitions", "language notes", "language sources",
    "language transactions",
    "term", "status", "term type", "part of speech", "gender", "geographical usage",
    "term location", "contexts", "sources", "notes", "customer subsets", "project subsets",
    "transactions",
    "glossary title", "glossary description", "source language",
)
_CONCEPT_WIDTH, _LANG_WIDTH, _TERM_WIDTH, _META_WIDTH = 8, 4, 13, 3
SECTION_HEADER, BACK_HEADER = "language section", "back matter"


def _pairs(items: Iterable[Context | Definition]) -> str:
    return join_lines(format_pair(i.text, i.source) for i in items)


def _transactions(items: Iterable[Transaction]) -> str:
    return join_lines(format_transaction(t) for t in items)


def _concept_cells(c: Concept) -> list[str]:
    return [c.subject_field, _pairs(c.definitions), join_lines(c.notes),
            join_lines(c.sources), join_lines(c.cross_references),
            join_lines(c.external_references), _transactions(c.transactions),
            join_lines(c.graphics)]


def _term_cells(t: Term) -> list[str]:
    return [t.text, t.status.value, t.term_type.value if t.term_type else "",
            t.part_of_speech.value if t.part_of_speech else "", t.grammatical_gender,
            t.geographical_usage, t.term_location, _pairs(t.contexts), join_lines(t.sources),
            join_lines(t.notes), join_lines(t.customer_subsets),
            join_lines(t.project_subsets), _transactions(t.transactions)]


def _has_repeated_languages(glossary: Glossary) -> bool:
    return any(len(c.languages) != len(c.lang_secs) for c in glossary.concepts)


def _back_cell(sec: RefObjectSec) -> str:
    return json.dumps(ref_sec_to_dict(sec), ensure_ascii=False, separators=(",", ":"))


def to_rows(glossary: Glossary) -> list[list[str]]:
    """The LONG layout: header, then one row per term (lossless)."""
    sections = _has_repeated_languages(glossary)
    rows: list[list[str]] = [[*LONG_HEADER, *([SECTION_HEADER] if sections else []),
                              *([BACK_HEADER] if glossary.back_matter else [])]]
    meta = [glossary.title, join_lines(glossary.description), glossary.source_lang]
    for concept in glossary.concepts:
        concept_cells: list[str] | None = _concept_cells(concept)
        ordinal: dict[str, int] = {}
        # A concept without languages, or a language without terms, still gets a row.
        for sec in concept.lang_secs or (None,):
            sec_cells = [_pairs(sec.definitions), join_lines(sec.notes),
                         join_lines(sec.sources), _transactions(sec.transactions)
                         ] if sec else None
            n = 0
            if sec is not None:
                n = ordinal[sec.lang] = ordinal.get(sec.lang, 0) + 1
            for term in (sec.terms if sec else ()) or (None,):
                rows.append([
                    concept.id, *(concept_cells or [""] * _CONCEPT_WIDTH),
                    sec.lang if sec else "", *(sec_cells or [""] * _LANG_WIDTH),
                    *(_term_cells(term) if term else [""] * _TERM_WIDTH),
                    *(meta if len(rows) == 1 else [""] * _META_WIDTH),
                    *([str(n) if n > 1 else ""] if sections else []),
                ])
                concept_cells = sec_cells = None
    width = len(rows[0]) - (1 if glossary.back_matter else 0)
    if len(rows) == 1:
        rows.append([*[""] * (len(LONG_HEADER) - _META_WIDTH), *meta,
                     *([""] * (width - len(LONG_HEADER)))])
    # One back-matter section per row, on the rows of the concepts and below them.
    for i, ref_sec in enumerate(glossary.back_matter, start=1):
        if i == len(rows):
            rows.append([""] * width)
        rows[i].append(_back_cell(ref_sec))
    for row in rows[len(glossary.back_matter) + 1:] if glossary.back_matter else ():
        row.append("")
    return rows


def _wide_languages(glossary: Glossary) -> list[str]:
    return ["zh", "en", *(lang for lang in glossary.languages if lang not in ("zh", "en"))]


def wide_columns(glossary: Glossary) -> list[tuple[str, Col]]:
    """Header names and meanings of the WIDE layout for ``glossary``."""
    langs = _wide_languages(glossary)
    cols = [("ID", Col(K_ID)), ("subject field", Col(K_SUBJECT))]
    for lang in langs:
        cols += [(lang, Col(K_TERM, lang)), (f"{lang} other terms", Col(K_OTHER, lang))]
    cols.append(("abbreviations", Col(K_ABBREVIATION)))
    cols += [(f"definition ({lang})", Col(K_DEFINITION, lang)) for lang in langs]
    if any(c.definitions for c in glossary.concepts):
        cols.append(("definition", Col(K_DEFINITION)))
    cols += [(f"context ({lang})", Col(K_CONTEXT, lang)) for lang in langs]
    cols += [("source", Col(K_SOURCE)), ("note", Col(K_NOTE))]
    return cols


def wide_cells(concept: Concept) -> dict[Col, str]:
    """The WIDE cells of one concept, by column meaning (empty cells left out)."""
    cells: dict[Col, str] = {Col(K_ID): concept.id, Col(K_SUBJECT): concept.subject_field,
                             Col(K_DEFINITION): _pairs(concept.definitions),
                             Col(K_SOURCE): join_lines(concept.sources),
                             Col(K_NOTE): join_lines(concept.notes)}
    abbreviations: list[str] = []
    # Several sections of one language show as one: a person sees every term.
    for lang in concept.languages:
        secs = concept.sections(lang)
        main = concept.preferred(lang)
        others = []
        for _, term in concept.terms(lang):
            if term is main:
                continue
            if term.term_type is not None and term.term_type.is_abbreviated:
                tag = lang if guess_lang(term.text) != lang else ""
                abbreviations.append(format_label(term, TermStatus.PREFERRED, tag))
            else:
                others.append(format_label(term, TermStatus.ADMITTED))
        cells[Col(K_TERM, lang)] = format_label(main, TermStatus.PREFERRED) if main else ""
        cells[Col(K_OTHER, lang)] = join_terms(others)
        cells[Col(K_DEFINITION, lang)] = _pairs(d for sec in secs for d in sec.definitions)
        cells[Col(K_CONTEXT, lang)] = _pairs(main.contexts) if main else ""
    cells[Col(K_ABBREVIATION)] = join_terms(abbreviations)
    return {k: v for k, v in cells.items() if v}


def wide_term_columns(glossary: Glossary) -> list[int]:
    """Positions of the WIDE layout's term columns (one per language)."""
    return [i for i, (_, col) in enumerate(wide_columns(glossary)) if col.kind == K_TERM]


def to_wide_rows(glossary: Glossary) -> list[list[str]]:
    """The WIDE layout: header, then one row per concept (for people; not lossless)."""
    cols = wide_columns(glossary)
    rows = [[name for name, _ in cols]]
    for concept in glossary.concepts:
        cells = wide_cells(concept)
        rows.append([cells.get(col, "") for _, col in cols])
    return rows




# --- laying a table out for the page ---------------------------------------------------------
# Widths are in Excel's unit (about one Latin digit); a CJK character takes about two.

MIN_WIDTH = 8
TERM_WIDTH = 64
"""A term column may be this wide: the long UN titles in Chinese (about 30 characters)
then fit on one line."""
TEXT_WIDTH = 44
"""Other columns wrap beyond this."""
PAGE_BUDGET = 250
"""The total width a printable sheet aims at: landscape A4 at about 60 % scale. Wider
tables are narrowed (text wraps) before the printer shrinks them further."""
LINE_HEIGHT = 14.0
"""Points per wrapped line at the workbook's 11-point font (CJK glyphs included)."""
MAX_LINES = 27
"""Excel caps a row at 409 points; a cell with more lines scrolls inside its row."""


_WIDE = re.compile("[\u2e81-\U0010ffff]")
"""Characters from the CJK radicals on: the wide ones."""


def display_width(text: str) -> int:
    """Columns a line needs: CJK characters are about twice as wide as Latin ones."""
    return len(text) + len(_WIDE.findall(text))


def _natural(rows: list[list[str]], column: int) -> int:
    return max((display_width(line) for row in rows if column < len(row)
                for line in row[column].split("\n")), default=0) + 2


LAYOUT_SAMPLE = 400
"""Rows a layout is judged on: enough to see a column's typical text, few enough to
stay fast on a 100,000-concept glossary."""
_STEP = 4


def column_widths(rows: list[list[str]], term_columns: Collection[int] = (),
                  budget: int = PAGE_BUDGET) -> list[int]:
    """A width per column: its longest line, capped (term columns less tightly, so that
    full titles show on one line where the page allows).

    When the table is wider than ``budget``, the first column (ids) keeps its width,
    the others start at the width of their header's longest word, and the rest of the
    budget goes, a few units at a time, to the column whose widening saves the most
    printed lines over the rows (wrapped text makes a row as tall as its tallest
    cell); when no widening saves a line, term columns come first, then the columns
    holding the most text.
    """
    if not rows:
        return []
    count = max(len(row) for row in rows)
    header = rows[0] + [""] * (count - len(rows[0]))
    wanted = [max(MIN_WIDTH, min(_natural(rows, c), TERM_WIDTH if c in term_columns
                                 else TEXT_WIDTH)) for c in range(count)]
    if sum(wanted) <= budget:
        return wanted
    widths = [wanted[0], *(min(wanted[c], max([MIN_WIDTH, *(display_width(w) + 2
                                                            for w in header[c].split())]))
                           for c in range(1, count))]
    body = rows[1:]
    sample = body[::max(1, len(body) // LAYOUT_SAMPLE)][:LAYOUT_SAMPLE]
    cells = [[row[c] if c < len(row) else "" for c in range(count)] for row in sample]

    @functools.cache
    def wrapped(c: int, width: int) -> tuple[int, ...]:
        """Lines of column ``c``'s sample cells at ``width``: each width a column is
        tried at is asked again every step another column wins (wrapping is most of
        the layout's time)."""
        return tuple(line_count(r[c], width) if r[c] else 1 for r in cells)

    lines = [list(row) for row in zip(*(wrapped(c, widths[c]) for c in range(count)),
                                      strict=True)]
    text = [sum(display_width(r[c]) for r in cells) for c in range(count)]

    def saved(c: int, width: int) -> int:
        """Printed lines saved by widening column ``c``; for a term column its own lines
        count too (a term broken over lines is hard to read even in a short row)."""
        total = 0
        for row_lines, after in zip(lines, wrapped(c, width), strict=True):
            if c in term_columns:
                total += row_lines[c] - after
            now = max(row_lines)
            if row_lines[c] == now:
                total += now - max(after, *(n for k, n in enumerate(row_lines) if k != c))
        return total

    spare = budget - sum(widths)
    while spare > 0:
        growable = [c for c in range(1, count) if widths[c] < wanted[c]]
        if not growable:
            break
        steps = {c: min(_STEP, spare, wanted[c] - widths[c]) for c in growable}
        best = max(growable, key=lambda c: (saved(c, widths[c] + steps[c]),
                                            c in term_columns, text[c], -c))
        grow = steps[best]
        widths[best] += grow
        spare -= grow
        for row_lines, now in zip(lines, wrapped(best, widths[best]), strict=True):
            row_lines[best] = now
    return widths


def line_count(text: str, width: int) -> int:
    """Lines ``text`` takes in a column ``width`` wide when wrapped (at least one)."""
    usable = max(1, width - 1)
    return sum(max(1, -(-display_width(line) // usable)) for line in text.split("\n"))


def row_heights(rows: list[list[str]], widths: list[int]) -> list[float]:
    """Points per row so that every wrapped cell shows whole (up to Excel's cap)."""
    return [LINE_HEIGHT * min(MAX_LINES, max((line_count(v, widths[c])
                                               for c, v in enumerate(row) if v), default=1))
            for row in rows]
