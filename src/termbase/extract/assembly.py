"""Concepts from the shortlist: variants grouped under their main term, glossary status.

The variant rules (:mod:`termbase.extract.variants`) link short forms, contractions and
wording variants; each group becomes one :class:`~termbase.extract.model.Candidate`
headed by its best-scored full form, carrying the contexts, the evidence and the
glossary entries (:func:`glossary_terms`) of all its forms.
"""

from __future__ import annotations

from collections.abc import Sequence

from termbase.extract.candidates import Definition
from termbase.extract.drafts import Draft
from termbase.extract.evidence import Evidence
from termbase.extract.model import Candidate, ExtractSettings, GlossaryMatch, Variant
from termbase.extract.variants import Link, VariantInput, find_links, group
from termbase.model import Glossary
from termbase.text.titles import strip_title_marks


def glossary_terms(glossary: Glossary | None) -> dict[str, list[GlossaryMatch]]:
    """The glossary's Chinese terms, without title marks, with concept and status."""
    found: dict[str, list[GlossaryMatch]] = {}
    if glossary is None:
        return found
    for concept in glossary.concepts:
        for term_lang, term in concept.terms():
            if term_lang.split("-")[0] != "zh":
                continue
            key = strip_title_marks(term.text)
            if key:
                found.setdefault(key, []).append(
                    GlossaryMatch(concept.id, term.text, term.status.value))
    return found


def assemble(shortlist: Sequence[Draft], evidence: dict[str, Evidence],
             definition_list: Sequence[Definition],
             known: dict[str, list[GlossaryMatch]],
             settings: ExtractSettings) -> list[Candidate]:
    """The ranked candidates: the shortlist grouped into concepts by the variant rules,
    ``known`` (from :func:`glossary_terms`) marking the forms already in the glossary."""
    inputs = [VariantInput(d.text, d.words, "title" in d.sources,
                           frozenset(evidence[d.text].documents),
                           frozenset(evidence[d.text].neighbours)) for d in shortlist]
    links = find_links(inputs, definition_list)
    roots = group([d.text for d in shortlist], links)
    relation = _relations(links)
    members: dict[str, list[Draft]] = {}
    for draft in shortlist:
        members.setdefault(roots[draft.text], []).append(draft)
    short_forms = {link.variant for link in links if link.relation == "short form"}
    candidates: list[Candidate] = []
    for drafts in members.values():
        # The full form heads the concept: a short form is listed as its variant.
        heads = [d for d in drafts if d.text not in short_forms] or drafts
        head = max(heads, key=lambda d: (d.score, d.stats.freq))
        ev = evidence[head.text]
        variants = tuple(
            Variant(d.text, relation.get((head.text, d.text), _any_relation(d.text, links)),
                    evidence[d.text].freq or d.stats.freq, tuple(known.get(d.text, ())))
            for d in sorted(drafts, key=lambda d: -d.score) if d is not head)
        sources = sorted({s for d in drafts for s in d.sources})
        contexts = list(ev.contexts)
        for d in drafts:
            for c in evidence[d.text].contexts:
                if len(contexts) < settings.contexts and c not in contexts:
                    contexts.append(c)
        stats = head.stats
        candidate = Candidate(
            term=head.text,
            # The concept's evidence is the evidence for all its forms.
            score=round(sum(d.score for d in drafts), 4),
            freq=max(ev.freq, stats.freq),
            doc_freq=max(len(ev.documents), stats.doc_freq),
            sources=tuple(sources),
            contexts=tuple(contexts),
            variants=variants,
            glossary=tuple(known.get(head.text, ())),
            evidence=(("left_entropy", round(stats.left_entropy, 4)),
                      ("right_entropy", round(stats.right_entropy, 4)),
                      ("association", round(stats.association, 4)),
                      ("c_value", round(head.c_value, 4))),
        )
        if settings.skip_known and not candidate.is_new:
            continue
        candidates.append(candidate)
    candidates.sort(key=lambda c: (-c.score, -c.freq, c.term))
    return candidates


def _relations(links: Sequence[Link]) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for link in links:
        found.setdefault((link.main, link.variant), link.relation)
        found.setdefault((link.variant, link.main), link.relation)
    return found


def _any_relation(text: str, links: Sequence[Link]) -> str:
    for link in links:
        if text in (link.main, link.variant):
            return link.relation
    return "variant"


__all__ = ["assemble", "glossary_terms"]
