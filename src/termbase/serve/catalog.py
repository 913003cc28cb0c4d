"""What the web page shows, as plain data: searches over one or more glossaries and
concept entries laid out like a UNTERM record.

Each glossary file gets its own lookup index (compiled into the cache, see
:mod:`termbase.index`), so the page can search one glossary or all of them; hits from
several glossaries are merged in the order :func:`termbase.lookup.rank` uses within one.
A catalog is not thread-safe (a compiled index holds an SQLite connection): the app
opens it, and uses it, on its event loop's thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from termbase.diagnostics import Diagnostic
from termbase.errors import UsageError
from termbase.model import Concept, Context, Definition, Glossary, LangSec, Term
from termbase.store import LoadedGlossary

if TYPE_CHECKING:
    from termbase.api import GlossarySource, LookupIndex
    from termbase.lookup import Hit

MAX_LIMIT = 100
"""The most hits one search returns: a page lists, it does not dump the glossary."""
SEARCH_LANGS = ("zh", "en")
"""The languages a search can be limited to, as with `termbase lookup --lang`."""


@dataclass(frozen=True, slots=True)
class Shelf:
    """One glossary the page can filter on: its name (the file's stem) and its index."""

    name: str
    index: LookupIndex


class Catalog:
    """The glossaries behind the page, searched and browsed by concept id."""

    def __init__(self, shelves: Sequence[Shelf]) -> None:
        self.shelves = tuple(shelves)
        self._by_name = {shelf.name: shelf for shelf in self.shelves}

    @classmethod
    def open(cls, glossary: GlossarySource | None, encoding: str | None = None) -> Catalog:
        """The glossary files ``glossary`` names (default: the store's), one index each,
        CSV/TSV/JSON ones read in ``encoding`` (default: detected); a Glossary object is
        indexed in memory under its title."""
        from termbase import api, store

        if isinstance(glossary, LoadedGlossary):
            glossary = glossary.glossary
        if isinstance(glossary, Glossary):
            return cls([Shelf(glossary.title or "glossary", api.lookup_index(glossary))])
        specs = [] if glossary is None else (
            [str(glossary)] if isinstance(glossary, str | Path) else [str(g) for g in glossary])
        paths = store.input_paths(specs)
        if not paths:
            api.load_glossary(specs or None, encoding=encoding)  # raises, saying what to do
        shelves: list[Shelf] = []
        for path in paths:
            name = _unique(path.stem, {s.name for s in shelves})
            shelves.append(Shelf(name, api.lookup_index(str(path), encoding=encoding)))
        return cls(shelves)

    def close(self) -> None:
        for shelf in self.shelves:
            close = getattr(shelf.index.index, "close", None)
            if close is not None:
                close()

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        """What reading the glossaries noticed (a detected encoding, hidden concepts …)."""
        return tuple(d for shelf in self.shelves for d in shelf.index.diagnostics)

    @property
    def concept_count(self) -> int:
        return sum(shelf.index.concepts for shelf in self.shelves)

    def glossaries(self) -> list[dict[str, Any]]:
        return [{"name": s.name, "concepts": s.index.concepts,
                 "files": [str(p) for p in s.index.paths]} for s in self.shelves]

    def _chosen(self, glossary: str | None) -> tuple[Shelf, ...]:
        if not glossary:
            return self.shelves
        shelf = self._by_name.get(glossary)
        if shelf is None:
            raise UsageError(f"no glossary named '{glossary}' is served",
                             hint="choose one of: " + ", ".join(self._by_name))
        return (shelf,)

    def search(self, query: str, *, glossary: str | None = None, limit: int = 20,
               lang: str | None = None) -> dict[str, Any]:
        """The concepts matching ``query``, best first, as the page's result list."""
        limit = max(1, min(limit, MAX_LIMIT))
        if lang and lang not in SEARCH_LANGS:
            # Else a typo ('lang=ch') answers "no hits" and looks like a missing term.
            raise UsageError(f"lang must be one of {', '.join(SEARCH_LANGS)}, not '{lang}'",
                             hint="leave lang out to search every language")
        found: list[tuple[tuple[int, int, float, str], str, Hit]] = []
        for shelf in self._chosen(glossary):
            # Typing '《' or a quote first is not a mistake on a page: no hits, no error.
            if not shelf.index.index.normalise(query):
                continue
            for hit in shelf.index.search(query, limit=limit, lang=lang).hits:
                m = hit.match
                key = (m.kind.rank, m.term.status.rank, -m.score, hit.concept.id)
                found.append((key, shelf.name, hit))
        found.sort(key=lambda item: item[0])
        return {"query": query, "glossary": glossary or "",
                "hits": [hit_view(hit, name) for _, name, hit in found[:limit]]}

    def concept(self, concept_id: str) -> dict[str, Any] | None:
        """The concept ``concept_id`` laid out for its page, or None."""
        for shelf in self.shelves:
            concept = shelf.index.concept(concept_id)
            if concept is not None:
                return concept_view(concept, shelf.name)
        return None


def _unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name-2``, ``name-3`` … when two files share a stem."""
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}-{n}"
    return candidate


# --- views: plain data for JSON ------------------------------------------------------------

def _headline(concept: Concept) -> dict[str, str]:
    """The best term of each language, the way a result line names a concept."""
    return {lang: term.text for lang in concept.languages
            if (term := concept.preferred(lang)) is not None}


def hit_view(hit: Hit, glossary: str) -> dict[str, Any]:
    """One result line: how the query matched, and what to use instead when the matched
    term is not approved."""
    m = hit.match
    view: dict[str, Any] = {
        "id": hit.concept.id, "glossary": glossary,
        "subjectField": hit.concept.subject_field,
        "match": {"kind": m.kind.value, "lang": m.lang, "term": m.term.text,
                  "status": m.term.status.value, "score": round(m.score, 3)},
        "terms": _headline(hit.concept),
    }
    if not m.term.status.approved:
        use = hit.concept.preferred(m.lang)
        if use is not None and use.status.approved:
            view["match"]["use"] = use.text
    return view


def _pairs(items: Sequence[Context | Definition]) -> list[dict[str, str]]:
    return [{"text": item.text, "source": item.source} for item in items]


def _term_view(term: Term) -> dict[str, Any]:
    return {"text": term.text, "status": term.status.value,
            "type": term.term_type.value if term.term_type else "",
            "partOfSpeech": term.part_of_speech.value if term.part_of_speech else "",
            "sources": list(term.sources), "contexts": _pairs(term.contexts),
            "notes": list(term.notes)}


def _section_view(sec: LangSec, preferred: Term | None) -> dict[str, Any]:
    return {"lang": sec.lang,
            "preferred": preferred.text if preferred and preferred.status.approved else "",
            "terms": [_term_view(t) for t in sorted(sec.terms, key=lambda t: t.status.rank)],
            "definitions": _pairs(sec.definitions), "notes": list(sec.notes),
            "sources": list(sec.sources)}


def concept_view(concept: Concept, glossary: str) -> dict[str, Any]:
    """The whole entry: terms by language (approved first, each with status, type,
    sources, contexts and notes), definitions and notes at every level."""
    return {"id": concept.id, "glossary": glossary, "subjectField": concept.subject_field,
            "terms": _headline(concept),
            "languages": [_section_view(sec, concept.preferred(sec.lang))
                          for sec in concept.lang_secs],
            "definitions": _pairs(concept.definitions), "notes": list(concept.notes),
            "sources": list(concept.sources),
            "crossReferences": list(concept.cross_references),
            "externalReferences": list(concept.external_references)}
