"""Reading the LONG layout: one row per term, concept and language values gathered from
the first row that fills them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, TypeVar

from termbase import jsonsafe
from termbase.errors import FormatError
from termbase.formats.tabular.columns import (
    K_BACK,
    K_C_DEFS,
    K_C_NOTES,
    K_C_SOURCES,
    K_C_TRANS,
    K_CONTEXT,
    K_CUSTOMER,
    K_DESCRIPTION,
    K_EXTREFS,
    K_GENDER,
    K_GEO,
    K_GRAPHICS,
    K_ID,
    K_L_DEFS,
    K_L_NOTES,
    K_L_SOURCES,
    K_L_TRANS,
    K_LANG,
    K_LOCATION,
    K_NOTE,
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
from termbase.formats.tabular.table import CONFLICTING_VALUE, DUPLICATE_TERM, Row
from termbase.formats.tabular.values import (
    BadCell,
    clean,
    contexts,
    definitions,
    enum_value,
    lines,
    parse_status,
    split_lines,
    transaction_list,
)
from termbase.model import (
    Concept,
    Glossary,
    LangSec,
    PartOfSpeech,
    RefObjectSec,
    Term,
    TermStatus,
    TermType,
    ref_sec_from_dict,
)

_E = TypeVar("_E", bound=StrEnum)


_CONCEPT_FIELDS: tuple[tuple[str, str, Callable[[str], object]], ...] = (
    (K_SUBJECT, "subject_field", clean), (K_C_DEFS, "definitions", definitions),
    (K_C_NOTES, "notes", lines), (K_C_SOURCES, "sources", lines),
    (K_XREFS, "cross_references", lines), (K_EXTREFS, "external_references", lines),
    (K_C_TRANS, "transactions", transaction_list), (K_GRAPHICS, "graphics", lines),
)
_LANG_FIELDS: tuple[tuple[str, str, Callable[[str], object]], ...] = (
    (K_L_DEFS, "definitions", definitions), (K_L_NOTES, "notes", lines),
    (K_L_SOURCES, "sources", lines), (K_L_TRANS, "transactions", transaction_list),
)


@dataclass
class _Group:
    """Values gathered for one concept or langSec: first non-empty cell of each column."""

    # Any: each value comes from the parser listed beside its model attribute.
    values: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, tuple[tuple[str, ...], int]] = field(default_factory=dict)
    secs: dict[tuple[str, int], _Group] = field(default_factory=dict)
    """Language sections by (language, its number among the concept's sections of it)."""
    terms: list[Term] = field(default_factory=list)
    term_rows: dict[str, int] = field(default_factory=dict)


def _optional_enum(kind: type[_E], cell: str, what: str) -> _E | None:
    return enum_value(kind, cell, what) if clean(cell) else None


def read_long(r: Reading, header: Header) -> Glossary:
    cols = map_columns(r, header, long=True)

    def get(row: Row, kind: str) -> str:
        return cell_text(row, cols.get(Col(kind)))

    concepts: dict[str, _Group] = {}
    meta = _Group()
    back: list[RefObjectSec] = []
    current: str | None = None
    for row in data_rows(r, header):
        try:
            _gather(r, row, get, meta, ((K_TITLE, "title", clean),
                                        (K_DESCRIPTION, "description", lines),
                                        (K_SOURCE_LANG, "source_lang", clean)))
            _back_matter(r, row, get(row, K_BACK), back)
            text, lang = clean(get(row, K_TERM)), clean(get(row, K_LANG))
            term = _long_term(row, get) if text else None
        except BadCell as exc:
            r.bad(row, str(exc), "correct the cell, or leave it empty")
            continue
        if text and not lang:
            r.bad(row, f"term '{text}' has no language code",
                  "fill the language column (zh, en, fr …)")
            continue
        cid = clean(get(row, K_ID))
        if not cid:
            # A blank id continues the concept above (as merged cells read); a table
            # without an id column has one concept per row.
            if Col(K_ID) in cols and current is not None:
                cid = current
            elif text:
                cid = unique_id(lang, text, concepts.keys())
            else:
                continue  # the glossary's own row, or a row with nothing to attach
        current = cid
        group = concepts.setdefault(cid, _Group())
        try:
            _gather(r, row, get, group, _CONCEPT_FIELDS)
            if lang:
                sec = group.secs.setdefault((lang, _section(get(row, K_SECTION))), _Group())
                _gather(r, row, get, sec, _LANG_FIELDS)
                if term is not None:
                    _add_term(r, row, sec, term, lang)
        except BadCell as exc:
            r.bad(row, str(exc), "correct the cell, or leave it empty")
    # Values are set only from non-empty cells, so the model's defaults stand otherwise.
    return replace(Glossary(tuple(_build_concept(cid, g) for cid, g in concepts.items()),
                            back_matter=tuple(back)), **meta.values)


def _gather(r: Reading, row: Row, get: Callable[[Row, str], str], group: _Group,
            fields: Iterable[tuple[str, str, Callable[[str], object]]]) -> None:
    for kind, attr, parse in fields:
        raw = get(row, kind)
        key = tuple(split_lines(raw))
        if not key:
            continue
        if attr not in group.values:
            group.values[attr] = parse(raw)
            group.raw[attr] = (key, row.number)
        elif group.raw[attr][0] != key:
            r.note(CONFLICTING_VALUE, row.number,
                   f"'{kind.replace('_', ' ')}' differs from row {group.raw[attr][1]}; "
                   "kept the first value",
                   "fill concept and language columns once per concept, or identically")


def _long_term(row: Row, get: Callable[[Row, str], str]) -> Term:
    status = TermStatus.PREFERRED
    if clean(get(row, K_STATUS)):
        found = parse_status(get(row, K_STATUS))
        if found is None:
            raise BadCell(f"'{clean(get(row, K_STATUS))}' is not a term status (one of: "
                           + ", ".join(s.value for s in TermStatus) + ")")
        status = found
    return Term(
        text=clean(get(row, K_TERM)),
        status=status,
        term_type=_optional_enum(TermType, get(row, K_TYPE), "term type"),
        part_of_speech=_optional_enum(PartOfSpeech, get(row, K_POS), "part of speech"),
        grammatical_gender=clean(get(row, K_GENDER)),
        geographical_usage=clean(get(row, K_GEO)),
        term_location=clean(get(row, K_LOCATION)),
        contexts=contexts(get(row, K_CONTEXT)),
        sources=lines(get(row, K_SOURCE)),
        notes=lines(get(row, K_NOTE)),
        customer_subsets=lines(get(row, K_CUSTOMER)),
        project_subsets=lines(get(row, K_PROJECT)),
        transactions=transaction_list(get(row, K_TRANS)),
    )


def _add_term(r: Reading, row: Row, sec: _Group, term: Term, lang: str) -> None:
    first = sec.term_rows.get(term.text)
    if first is not None:
        r.note(DUPLICATE_TERM, row.number,
               f"the {lang} term '{term.text}' is in row {first} and row {row.number} "
               "of the same concept")
    else:
        sec.term_rows[term.text] = row.number
    sec.terms.append(term)


def _section(cell: str) -> int:
    value = clean(cell)
    if not value:
        return 1
    if not value.isdigit() or int(value) < 1:
        raise BadCell(f"language section '{value}' is not a number from 1 up")
    return int(value)


def _back_matter(r: Reading, row: Row, cell: str, found: list[RefObjectSec]) -> None:
    """A 'back matter' cell: the JSON of one back-matter section."""
    if not cell.strip():
        return
    where = f"{r.table.where(row.number)}back matter"
    try:
        found.append(ref_sec_from_dict(jsonsafe.loads(cell, r.table.source), r.table.source,
                                       where))
    except FormatError as exc:
        raise BadCell(f"back matter: {exc.message}") from None


def _build_concept(cid: str, g: _Group) -> Concept:
    secs = tuple(replace(LangSec(lang, tuple(s.terms)), **s.values)
                 for (lang, _), s in g.secs.items())
    return replace(Concept(cid, secs), **g.values)


