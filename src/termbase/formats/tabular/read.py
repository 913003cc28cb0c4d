"""Reading a table: LONG or WIDE by its header, and a WIDE sheet a person may have edited
read together with the LONG sheet written beside it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from termbase.diagnostics import Severity
from termbase.formats.base import ReadPolicy, ReadResult
from termbase.formats.tabular.columns import (
    K_CONTEXT,
    K_DEFINITION,
    K_IGNORE,
    K_LANG,
    K_NOTE,
    K_SOURCE,
    K_SUBJECT,
    Col,
    recognise,
)
from termbase.formats.tabular.header import Reading, find_header, report_outside
from termbase.formats.tabular.long import read_long
from termbase.formats.tabular.table import DROPPED_CONCEPT, Table
from termbase.formats.tabular.values import newlines, split_lines
from termbase.formats.tabular.wide import WideEntry, read_wide
from termbase.formats.tabular.write import to_wide_rows, wide_cells
from termbase.model import Concept, Glossary, LangSec, Term, TermType


def read_table(table: Table, policy: ReadPolicy = ReadPolicy.STRICT) -> ReadResult:
    """Read a table made by termbase or by a person: LONG if it has a language column."""
    r = Reading(table, policy)
    header = find_header(r)
    report_outside(r, header)
    if Col(K_LANG) in {recognise(n) for n in header.names}:
        glossary = read_long(r, header)
    else:
        glossary = Glossary(tuple(e.concept for e in read_wide(r, header, frozenset())))
    return ReadResult(glossary, tuple(r.diagnostics))


def from_rows(rows: Iterable[Sequence[str]], source: str = "<rows>",
              policy: ReadPolicy = ReadPolicy.STRICT) -> ReadResult:
    """Read rows given as lists of strings (the inverse of :func:`to_rows`)."""
    return read_table(Table.from_lists(rows, source), policy)


# --- a WIDE sheet enriched by its LONG twin -------------------------------------------

def _comparable(rows: Iterable[Sequence[str]]) -> list[list[str]]:
    out = []
    for row in rows:
        cells = [newlines(c) for c in row]
        while cells and not cells[-1]:
            cells.pop()
        out.append(cells)
    while out and not out[-1]:
        out.pop()
    return out


def read_with_detail(wide: Table, detail: Table,
                     policy: ReadPolicy = ReadPolicy.STRICT) -> ReadResult:
    """Read a WIDE table that a person may have edited, with the LONG table written beside it.

    The WIDE table decides which concepts and terms exist, their text and status, and any
    visible field a person changed; everything else comes from the LONG table, matched
    by (concept id, language, term text). An unedited pair reads back exactly.
    """
    long_result = read_table(detail, policy)
    detail_glossary = long_result.glossary
    known = frozenset(c.id for c in detail_glossary.concepts)
    r = Reading(wide, policy)
    header = find_header(r)
    report_outside(r, header)
    entries = read_wide(r, header, known)
    if _comparable(row.cells for row in wide.rows) == _comparable(
            to_wide_rows(detail_glossary)):
        return ReadResult(detail_glossary, (*long_result.diagnostics, *r.diagnostics))
    concepts = []
    for entry in entries:
        base = detail_glossary.get(entry.concept.id)
        concepts.append(entry.concept if base is None else _merge(base, entry))
    kept = {c.id for c in concepts}
    for concept in detail_glossary.concepts:
        if concept.id not in kept:
            r.note(DROPPED_CONCEPT, None,
                   f"concept '{concept.id}' is in sheet '{detail.sheet}' but not in sheet "
                   f"'{wide.sheet}'; left out", severity=Severity.INFO)
    glossary = replace(detail_glossary, concepts=tuple(concepts))
    return ReadResult(glossary, (*long_result.diagnostics, *r.diagnostics))


def _merge(base: Concept, entry: WideEntry) -> Concept:
    rendered = wide_cells(base)
    changed = {col for col in {*rendered, *entry.cells}
               if col.kind != K_IGNORE and split_lines(rendered.get(col, ""))
               != split_lines(entry.cells.get(col, ""))}
    new = entry.concept
    merged_secs: dict[int, LangSec | None] = {}
    for lang in base.languages:
        old_secs = [i for i, sec in enumerate(base.lang_secs) if sec.lang == lang]
        new_sec = new.lang_sec(lang)
        if new_sec is None:
            for i in old_secs:  # a language with no terms cannot show in WIDE
                merged_secs[i] = base.lang_secs[i] if not base.lang_secs[i].terms else None
            continue
        merged_secs.update(zip(old_secs, _merge_sections(
            [base.lang_secs[i] for i in old_secs], new_sec, changed), strict=True))
    secs = [sec for _, sec in sorted(merged_secs.items()) if sec is not None]
    secs += [sec for sec in new.lang_secs if sec.lang not in base.languages]
    merged = replace(base, lang_secs=tuple(secs))
    for col, attr in ((Col(K_SUBJECT), "subject_field"), (Col(K_DEFINITION), "definitions"),
                      (Col(K_SOURCE), "sources"), (Col(K_NOTE), "notes")):
        if col in changed:
            merged = replace(merged, **{attr: getattr(new, attr)})
    return merged


def _merge_sections(old: list[LangSec], new: LangSec, changed: set[Col]) -> list[LangSec | None]:
    """The sections ``old`` of one language after the edit shown by ``new`` (its WIDE
    reading): each keeps its own terms that are still there, the first gets the new ones,
    the definitions and the main term's contexts as edited. None for a section emptied."""
    lang = new.lang
    out: list[LangSec] = []
    claimed: set[str] = set()
    for sec in old:
        own = {t.text for t in sec.terms}
        mine = tuple(t for t in new.terms if t.text in own and t.text not in claimed)
        claimed.update(t.text for t in mine)
        out.append(replace(sec, terms=_merge_terms(sec.terms, mine)))
    fresh = tuple(t for t in new.terms if t.text not in claimed)
    out[0] = replace(out[0], terms=(*out[0].terms, *fresh))
    if Col(K_DEFINITION, lang) in changed:
        out = [replace(sec, definitions=new.definitions if i == 0 else ())
               for i, sec in enumerate(out)]
    if Col(K_CONTEXT, lang) in changed:
        group = Concept("", tuple(out))
        main, new_main = group.preferred(lang), new.preferred()
        contexts = new_main.contexts if new_main else ()
        out = [replace(sec, terms=tuple(replace(t, contexts=contexts) if t is main else t
                                        for t in sec.terms)) for sec in out]
    return [sec if sec.terms or i == 0 else None for i, sec in enumerate(out)]


def _merge_terms(old: tuple[Term, ...], new: tuple[Term, ...]) -> tuple[Term, ...]:
    """Terms of ``new`` (text, status) with the details of the same text in ``old``."""
    by_text = {t.text: t for t in new}
    out = []
    for term in old:
        seen = by_text.pop(term.text, None)
        if seen is None:
            continue
        detail = replace(term, status=seen.status)
        if seen.term_type is TermType.ABBREVIATION and not (
                term.term_type is not None and term.term_type.is_abbreviated):
            detail = replace(detail, term_type=TermType.ABBREVIATION)
        out.append(detail)
    return (*out, *by_text.values())
