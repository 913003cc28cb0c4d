"""Reading the WIDE layout: one row per concept, as people make glossaries."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from termbase.diagnostics import Severity
from termbase.formats.tabular.columns import (
    K_ABBREVIATION,
    K_CONTEXT,
    K_DEFINITION,
    K_ID,
    K_NOTE,
    K_OTHER,
    K_SOURCE,
    K_STATUS,
    K_SUBJECT,
    K_TERM,
    Col,
)
from termbase.formats.tabular.header import (
    Header,
    Reading,
    cell_text,
    data_rows,
    map_columns,
    unique_id,
)
from termbase.formats.tabular.table import (
    DUPLICATE_TERM,
    GENERATED_ID,
    UNKNOWN_STATUS,
    UNUSED_COLUMN,
    Row,
)
from termbase.formats.tabular.values import (
    BadCell,
    clean,
    contexts,
    definitions,
    guess_lang,
    lines,
    parse_label,
    parse_status,
    split_lines,
    split_terms,
)
from termbase.model import Concept, Context, Definition, LangSec, Term, TermStatus, TermType

_VALID_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")


@dataclass(frozen=True, slots=True)
class WideEntry:
    """One concept read from a WIDE row, with the row's cells by column meaning."""

    concept: Concept
    row: int
    cells: dict[Col, str]


def read_wide(r: Reading, header: Header, known_ids: frozenset[str]) -> list[WideEntry]:
    cols = map_columns(r, header, long=False)
    entries: list[WideEntry] = []
    used: set[str] = set()
    first_seen: dict[str, int] = {}
    bad_ids: list[str] = []
    for row in data_rows(r, header):
        cells = {col: cell_text(row, i) for col, i in cols.items() if cell_text(row, i).strip()}
        if not cells:
            continue  # filled only in columns that are not read, which are reported
        try:
            entry = _wide_entry(r, row, cells, known_ids, used, bad_ids)
        except BadCell as exc:
            r.bad(row, str(exc), "correct the cell, or leave it empty")
            continue
        if entry is None:
            continue
        used.add(entry.concept.id)
        for lang, term in entry.concept.terms("zh"):
            if term.text in first_seen:
                r.note(DUPLICATE_TERM, row.number,
                       f"the {lang} term '{term.text}' is in row {first_seen[term.text]} "
                       f"and row {row.number}",
                       "merge the two rows if they are one concept")
            else:
                first_seen[term.text] = row.number
        entries.append(entry)
    if bad_ids:
        r.note(GENERATED_ID, None,
               f"{len(bad_ids)} ID value(s) such as '{bad_ids[0]}' are not valid XML ids; "
               "gave those concepts generated ids", severity=Severity.INFO)
    return entries


def _wide_entry(r: Reading, row: Row, cells: dict[Col, str], known_ids: frozenset[str],
                used: set[str], bad_ids: list[str]) -> WideEntry | None:
    secs: dict[str, list[Term]] = {}

    def add(lang: str, term: Term) -> None:
        terms = secs.setdefault(lang, [])
        if any(t.text == term.text for t in terms):
            r.note(DUPLICATE_TERM, row.number,
                   f"the {lang} term '{term.text}' appears twice in the row; kept once")
        else:
            terms.append(term)

    for col, cell in sorted(cells.items(), key=lambda kv: kv[0].kind != K_TERM):
        lang = col.lang or "zh"
        if col.kind == K_TERM:
            for n, label in enumerate(split_lines(cell)):
                text, status, _ = parse_label(label, TermStatus.PREFERRED if n == 0
                                              else TermStatus.ADMITTED)
                add(lang, Term(text, status))
        elif col.kind == K_OTHER:
            for label in split_terms(cell):
                text, status, _ = parse_label(label, TermStatus.ADMITTED)
                add(lang, Term(text, status))
        elif col.kind == K_ABBREVIATION:
            for label in split_terms(cell):
                text, status, tag = parse_label(label, TermStatus.PREFERRED)
                add(col.lang or tag or guess_lang(text),
                    Term(text, status, TermType.ABBREVIATION))
    for col, cell in cells.items():
        if col.kind == K_STATUS:
            _apply_status(r, row, secs, col.lang or "zh", cell)

    raw_id = clean(cells.get(Col(K_ID), ""))
    if not secs and raw_id not in known_ids:
        r.bad(row, "no term in any language", "fill a term column, or delete the row")
        return None
    cid = raw_id if raw_id in known_ids or _VALID_ID.match(raw_id) else ""
    if raw_id and not cid:
        bad_ids.append(raw_id)
    if cid in used:
        r.bad(row, f"ID '{cid}' is already used by an earlier row",
              "give each concept its own ID, or leave the ID empty for a new one")
        return None
    if not cid:
        lang = "zh" if "zh" in secs else next(iter(secs))
        cid = unique_id(lang, secs[lang][0].text, used)

    sources = lines(cells.get(Col(K_SOURCE), ""))
    lang_defs: dict[str, tuple[Definition, ...]] = {}
    for col, cell in cells.items():
        if col.kind == K_DEFINITION and col.lang is not None:
            lang_defs[col.lang] = definitions(cell)
        elif col.kind == K_CONTEXT:
            _attach_contexts(r, row, secs, col.lang, contexts(cell), sources)
    for lang in lang_defs:
        secs.setdefault(lang, [])
    concept = Concept(
        id=cid,
        lang_secs=tuple(LangSec(lang, tuple(terms), lang_defs.get(lang, ()))
                        for lang, terms in secs.items()),
        subject_field=clean(cells.get(Col(K_SUBJECT), "")),
        definitions=definitions(cells.get(Col(K_DEFINITION), "")),
        notes=lines(cells.get(Col(K_NOTE), "")),
        sources=sources,
    )
    return WideEntry(concept, row.number, cells)


def _apply_status(r: Reading, row: Row, secs: dict[str, list[Term]], lang: str,
                  cell: str) -> None:
    status = parse_status(cell)
    terms = secs.get(lang)
    if status is None or not terms:
        r.note(UNKNOWN_STATUS, row.number,
               f"status '{clean(cell)}' is not a term status or has no {lang} term; ignored",
               "use preferred/admitted/deprecated/superseded (首选/许可/不推荐/已取代)")
        return
    terms[0] = replace(terms[0], status=status)


def _attach_contexts(r: Reading, row: Row, secs: dict[str, list[Term]], lang: str | None,
                     contexts: tuple[Context, ...], sources: tuple[str, ...]) -> None:
    """Contexts go to the main term of their language (the source language by default)."""
    if lang is None:
        lang = "zh" if secs.get("zh") else next((k for k, v in secs.items() if v), "zh")
    terms = secs.get(lang)
    if not terms:
        r.note(UNUSED_COLUMN, row.number, f"context given but no {lang} term; ignored")
        return
    if len(sources) == 1:
        # A person's 语境 + 出处 pair: the row's one source is where the context comes from.
        contexts = tuple(c if c.source else Context(c.text, sources[0]) for c in contexts)
    terms[0] = replace(terms[0], contexts=contexts)


