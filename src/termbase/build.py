"""The main job's core: find a glossary's terms in ingested documents and attest them.

Given passages of running text (one per sentence, each with its document symbol and
location) and a glossary, :func:`collect_terms` finds every occurrence of every term
with one longest-match scan per passage, and returns

* the glossary restricted to the concepts attested in the documents, each found term
  carrying the symbols of the documents it occurs in and, if it had none, the first
  sentence it occurs in as context;
* per-term occurrence counts by document, and the non-approved variants in use;
* titles in 《》 that no glossary term covers — candidates for a terminologist.

No I/O here: the pipeline in :mod:`termbase.pipeline` reads and writes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from termbase.documents.citations import cited_sentences
from termbase.documents.model import Document
from termbase.match import TermMatcher
from termbase.model import Concept, Context, Glossary, Term, TermStatus

_TITLE = re.compile(r"《([^《》]{2,120})》")


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence of a document, with enough provenance to cite it."""

    symbol: str
    location: str
    """Human-readable place in the document, e.g. 'operative para. 13'
    (:mod:`termbase.documents.citations`)."""
    text: str
    lang: str = "zh"


def document_passages(document: Document) -> list[Passage]:
    """One passage per sentence and footnote, cited by document and place."""
    lang = document.metadata.language
    return [Passage(s.document, s.location, s.text, lang) for s in cited_sentences(document)]


@dataclass(frozen=True, slots=True)
class TermUse:
    concept_id: str
    term: str
    status: TermStatus
    counts: tuple[tuple[str, int], ...]
    """(document symbol, occurrences) in document order."""

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


@dataclass(frozen=True, slots=True)
class Collection:
    glossary: Glossary
    uses: tuple[TermUse, ...]
    unknown_titles: tuple[tuple[str, int], ...]
    """Titles in 《》 not covered by any glossary term, with their frequency."""
    documents: tuple[str, ...] = field(default=())

    def variants_in_use(self) -> tuple[TermUse, ...]:
        return tuple(u for u in self.uses if not u.status.approved)

    @property
    def occurrences(self) -> int:
        return sum(u.total for u in self.uses)


def _attest(term: Term, symbols: list[str], first: Passage | None) -> Term:
    sources = tuple(dict.fromkeys([*term.sources, *symbols]))
    contexts = term.contexts
    if not contexts and first is not None:
        contexts = (Context(first.text, f"{first.symbol}, {first.location}"),)
    return replace(term, sources=sources, contexts=contexts)


def collect_terms(glossary: Glossary, passages: Iterable[Passage], lang: str = "zh") -> Collection:
    """Find ``glossary``'s ``lang`` terms in ``passages``; see the module docstring."""
    matcher = TermMatcher(glossary, lang)
    counts: dict[tuple[str, str], Counter[str]] = {}
    first_seen: dict[tuple[str, str], Passage] = {}
    titles: Counter[str] = Counter()
    documents: dict[str, None] = {}
    for passage in passages:
        if passage.lang.split("-")[0] != lang.split("-")[0]:
            continue
        documents.setdefault(passage.symbol, None)
        hits = matcher.find(passage.text)
        for hit in hits:
            key = (hit.concept_id, hit.term.text)
            counts.setdefault(key, Counter())[passage.symbol] += 1
            first_seen.setdefault(key, passage)
        covered = [(h.start, h.end) for h in hits]
        for m in _TITLE.finditer(passage.text):
            inner = (m.start(1), m.end(1))
            if not any(s <= inner[0] and inner[1] <= e for s, e in covered):
                titles[m.group(0)] += 1

    order = list(documents)
    attested: list[Concept] = []
    uses: list[TermUse] = []
    for concept in glossary.concepts:
        found_here = False
        secs = []
        for sec in concept.lang_secs:
            if sec.lang.split("-")[0] != lang.split("-")[0]:
                secs.append(sec)
                continue
            terms = []
            for term in sec.terms:
                per_doc = counts.get((concept.id, term.text))
                if per_doc:
                    found_here = True
                    symbols = [s for s in order if per_doc[s]]
                    terms.append(_attest(term, symbols, first_seen[(concept.id, term.text)]))
                    uses.append(TermUse(concept.id, term.text, term.status,
                                        tuple((s, per_doc[s]) for s in symbols)))
                else:
                    terms.append(term)
            secs.append(replace(sec, terms=tuple(terms)))
        if found_here:
            attested.append(replace(concept, lang_secs=tuple(secs)))
    # Cross-references to concepts left out would dangle (TBX targets must resolve).
    kept = {c.id for c in attested}
    attested = [replace(c, cross_references=tuple(r for r in c.cross_references if r in kept))
                for c in attested]
    return Collection(glossary.with_concepts(attested), tuple(uses),
                      tuple(titles.most_common()), tuple(order))

