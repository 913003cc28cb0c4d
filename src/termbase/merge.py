"""Merging an external glossary into an existing one, never overwriting silently.

An incoming concept is matched to an existing concept when they share a term (same
language, same text after folding case, width, spacing and title brackets). A matched
concept is enriched (new admitted terms, sources, contexts, notes, definitions); a
concept where the two disagree — the same Chinese term with a different English
preferred term, a term with another status, a term that points to two existing
concepts — is left exactly as it was and the disagreement is reported as a conflict for
the user to resolve by hand.

A language may have several sections in a concept (TBX allows it); they are compared
and enriched as one, and each existing section keeps its own terms. The back matter's
reference objects (responsible persons) are merged by id; an id that names different
things on the two sides is a conflict, and the glossary's object stays.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TypeVar

from termbase.model import (
    Concept,
    Glossary,
    LangSec,
    RefObjectSec,
    Term,
    TermStatus,
    make_concept_id,
)
from termbase.text.titles import without_marks

T = TypeVar("T")


def term_key(lang: str, text: str) -> tuple[str, str]:
    """The identity of a term for matching: language subtag and folded text."""
    folded = without_marks(unicodedata.normalize("NFKC", text)).casefold()
    return lang.split("-")[0].casefold(), " ".join(folded.replace("-", " ").split())


class ConflictKind(StrEnum):
    PREFERRED = "preferred"
    """Both sides have a preferred term in a language and they differ."""
    STATUS = "status"
    """The same term has a different status on each side."""
    AMBIGUOUS = "ambiguous"
    """The incoming concept shares terms with more than one existing concept."""
    REFERENCE = "reference"
    """A back-matter reference object id names different things on the two sides."""


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: ConflictKind
    incoming_id: str
    existing_ids: tuple[str, ...]
    lang: str
    existing: str
    incoming: str
    message: str

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind.value, "incoming_id": self.incoming_id,
                "existing_ids": list(self.existing_ids), "lang": self.lang,
                "existing": self.existing, "incoming": self.incoming, "message": self.message}


@dataclass(frozen=True, slots=True)
class MergeReport:
    added: tuple[str, ...] = ()
    """Ids of concepts added as new."""
    enriched: tuple[str, ...] = ()
    """Ids of existing concepts that received new terms, sources, contexts or notes."""
    unchanged: tuple[str, ...] = ()
    """Ids of existing concepts that matched and had nothing new."""
    conflicts: tuple[Conflict, ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()
    """(incoming id, new id) for new concepts whose id was already taken."""

    def to_dict(self) -> dict[str, object]:
        return {"added": list(self.added), "enriched": list(self.enriched),
                "unchanged": list(self.unchanged),
                "conflicts": [c.to_dict() for c in self.conflicts],
                "renamed": [list(pair) for pair in self.renamed]}


def _union(old: Sequence[T], new: Iterable[T]) -> tuple[T, ...]:
    """``old`` exactly as it is, then the items of ``new`` it lacks (existing data is
    never reordered or deduplicated behind the user's back)."""
    present = set(old)
    added = [x for x in dict.fromkeys(new) if x not in present]
    return (*old, *added)


def _index(glossary: Glossary) -> dict[tuple[str, str], set[str]]:
    index: dict[tuple[str, str], set[str]] = {}
    for concept in glossary.concepts:
        for lang, term in concept.terms():
            index.setdefault(term_key(lang, term.text), set()).add(concept.id)
    return index


def _conflicts(existing: Concept, incoming: Concept) -> list[Conflict]:
    found = []
    for lang in incoming.languages:
        old_terms = [t for _, t in existing.terms(lang)]
        if not existing.sections(lang):
            continue
        old_pref, new_pref = existing.preferred(lang), incoming.preferred(lang)
        if (old_pref is not None and new_pref is not None
                and old_pref.status is TermStatus.PREFERRED
                and new_pref.status is TermStatus.PREFERRED
                and term_key(lang, old_pref.text) != term_key(lang, new_pref.text)):
            found.append(Conflict(
                ConflictKind.PREFERRED, incoming.id, (existing.id,), lang,
                old_pref.text, new_pref.text,
                f"concept {existing.id}: preferred {lang} term is '{old_pref.text}' "
                f"in the glossary but '{new_pref.text}' in the imported file"))
        for _, term in incoming.terms(lang):
            old = _same_term(old_terms, lang, term.text, remove=False)
            if old is not None and old.status is not term.status:
                found.append(Conflict(
                    ConflictKind.STATUS, incoming.id, (existing.id,), lang,
                    f"{old.text} ({old.status.value})", f"{term.text} ({term.status.value})",
                    f"concept {existing.id}: '{term.text}' is {old.status.value} in the "
                    f"glossary but {term.status.value} in the imported file"))
    return found


def _merge_term(old: Term, new: Term) -> Term:
    return replace(
        old,
        term_type=old.term_type or new.term_type,
        part_of_speech=old.part_of_speech or new.part_of_speech,
        contexts=_union(old.contexts, new.contexts),
        sources=_union(old.sources, new.sources),
        notes=_union(old.notes, new.notes),
        customer_subsets=_union(old.customer_subsets, new.customer_subsets),
        project_subsets=_union(old.project_subsets, new.project_subsets),
    )


def _same_term(pool: list[Term], lang: str, text: str, *, remove: bool) -> Term | None:
    """The term of ``pool`` that is ``text``: the identical text first, else the same key.

    Identical text comes first because one language section may hold two terms that
    fold to the same key (《行动纲领》 and 行动纲领, "PoA" and "POA") and they must
    each meet their own counterpart.
    """
    key = term_key(lang, text)
    for exact in (True, False):
        for i, candidate in enumerate(pool):
            if (candidate.text == text) if exact else (term_key(lang, candidate.text) == key):
                return pool.pop(i) if remove else candidate
    return None


def _merge_sections(old: Sequence[LangSec], new: Sequence[LangSec]) -> list[LangSec]:
    """The sections ``old`` of one language enriched with the sections ``new`` of it.

    Each existing term meets its incoming counterpart wherever it is; terms, definitions
    and notes that no existing section has go to the first one.
    """
    remaining = [t for sec in new for t in sec.terms]
    out = []
    for sec in old:
        terms = []
        for term in sec.terms:
            same = _same_term(remaining, sec.lang, term.text, remove=True)
            terms.append(_merge_term(term, same) if same else term)
        out.append(replace(sec, terms=tuple(terms)))
    first = out[0]
    out[0] = replace(
        first, terms=(*first.terms, *remaining),  # new terms after the existing ones
        definitions=(*first.definitions, *_missing(
            [d for sec in old for d in sec.definitions],
            [d for sec in new for d in sec.definitions])),
        notes=(*first.notes, *_missing([n for sec in old for n in sec.notes],
                                       [n for sec in new for n in sec.notes])))
    return out


def _missing(present: Sequence[T], new: Iterable[T]) -> tuple[T, ...]:
    """Items of ``new`` not in ``present``, once each, in order."""
    return _union(present, new)[len(present):]


def _merge_concept(old: Concept, new: Concept) -> Concept:
    merged: dict[int, LangSec] = {}
    for lang in old.languages:
        where = [i for i, sec in enumerate(old.lang_secs) if sec.lang == lang]
        merged.update(zip(where, _merge_sections([old.lang_secs[i] for i in where],
                                                 new.sections(lang)), strict=True))
    secs = [merged[i] for i in range(len(old.lang_secs))]
    secs.extend(sec for sec in new.lang_secs if sec.lang not in old.languages)
    return replace(
        old,
        lang_secs=tuple(secs),
        subject_field=old.subject_field or new.subject_field,
        definitions=_union(old.definitions, new.definitions),
        notes=_union(old.notes, new.notes),
        sources=_union(old.sources, new.sources),
        external_references=_union(old.external_references, new.external_references),
    )


def _merge_back(base: Sequence[RefObjectSec], incoming: Sequence[RefObjectSec]
                ) -> tuple[tuple[RefObjectSec, ...], list[Conflict]]:
    """Back matter of both: incoming objects the glossary lacks join its section of the
    same type (or a new one); an id naming something else is a conflict."""
    secs = list(base)
    known = {obj.id: obj for sec in base for obj in sec.objects if obj.id}
    conflicts = []
    for sec in incoming:
        for obj in sec.objects:
            old = known.get(obj.id) if obj.id else None
            if old is not None:
                if old != obj:
                    conflicts.append(Conflict(
                        ConflictKind.REFERENCE, obj.id, (obj.id,), "", repr(old.items),
                        repr(obj.items), f"reference object {obj.id} ({sec.type}) differs "
                        "between the glossary and the imported file; kept the glossary's"))
                continue
            i = next((i for i, s in enumerate(secs) if s.type == sec.type), None)
            if i is None:
                secs.append(RefObjectSec(sec.type, (obj,)))
            elif obj not in secs[i].objects:
                secs[i] = replace(secs[i], objects=(*secs[i].objects, obj))
            if obj.id:
                known[obj.id] = obj
    return tuple(secs), conflicts


def merge(base: Glossary, incoming: Glossary) -> tuple[Glossary, MergeReport]:
    """Merge ``incoming`` into ``base``; return the new glossary and what happened."""
    index = _index(base)
    concepts = list(base.concepts)
    position = {c.id: i for i, c in enumerate(concepts)}
    taken = set(position)
    added: list[str] = []
    enriched: list[str] = []
    unchanged: list[str] = []
    conflicts: list[Conflict] = []
    renamed: list[tuple[str, str]] = []

    for concept in incoming.concepts:
        matches = sorted({cid for lang, term in concept.terms()
                          for cid in index.get(term_key(lang, term.text), ())})
        if len(matches) > 1:
            conflicts.append(Conflict(
                ConflictKind.AMBIGUOUS, concept.id, tuple(matches), "", ", ".join(matches),
                concept.id, f"imported concept {concept.id} shares terms with several "
                            f"concepts of the glossary ({', '.join(matches)}); merge by hand"))
            continue
        if not matches:
            new = concept
            if new.id in taken:
                first_lang, first_term = next(new.terms(), ("", Term(new.id)))
                new_id = make_concept_id(first_lang, first_term.text)
                renamed.append((new.id, new_id))
                new = replace(new, id=new_id)
            taken.add(new.id)
            position[new.id] = len(concepts)
            concepts.append(new)
            added.append(new.id)
            for lang, term in new.terms():
                index.setdefault(term_key(lang, term.text), set()).add(new.id)
            continue
        old = concepts[position[matches[0]]]
        found = _conflicts(old, concept)
        if found:
            conflicts.extend(found)
            continue
        merged = _merge_concept(old, concept)
        if merged == old:
            unchanged.append(old.id)
        else:
            concepts[position[old.id]] = merged
            enriched.append(old.id)
            for lang, term in merged.terms():
                index.setdefault(term_key(lang, term.text), set()).add(old.id)

    back_matter, back_conflicts = _merge_back(base.back_matter, incoming.back_matter)
    conflicts.extend(back_conflicts)
    report = MergeReport(tuple(added), tuple(dict.fromkeys(enriched)),
                         tuple(dict.fromkeys(unchanged)), tuple(conflicts), tuple(renamed))
    # A new glossary takes the imported file's header; an existing one keeps its own.
    header = incoming if base == Glossary() else base
    return replace(header, concepts=tuple(concepts), back_matter=back_matter), report
