"""What a lookup answers: hits, each with the term that matched and how."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from termbase.model import Concept, Term, concept_to_dict

DEFAULT_LIMIT = 10



class MatchKind(StrEnum):
    """How a query matched a term, from strongest to weakest."""

    EXACT = "exact"
    PREFIX = "prefix"
    SUBSTRING = "substring"
    FUZZY = "fuzzy"

    @property
    def rank(self) -> int:
        """Sort key: exact matches first, fuzzy last."""
        return _KIND_ORDER.index(self)


_KIND_ORDER = list(MatchKind)


@dataclass(frozen=True, slots=True)
class Match:
    """Which term of a concept matched, how, and how closely (1.0 = the whole term)."""

    kind: MatchKind
    lang: str
    term: Term
    score: float


@dataclass(frozen=True, slots=True)
class Hit:
    """One concept found by a query, with its best-matching term."""

    concept: Concept
    match: Match

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output: the concept's terms flattened, with their language."""
        data = concept_to_dict(self.concept)
        terms = [{"lang": sec["lang"], **t} for sec in data.pop("langSecs", [])
                 for t in sec.get("terms", [])]
        for term in terms:
            # Always present, so scripts need not know which fields are omitted when empty.
            term.setdefault("sources", [])
            term.setdefault("contexts", [])
            term.setdefault("notes", [])
        m = self.match
        return {
            "id": self.concept.id,
            "match": {"kind": m.kind.value, "term": m.term.text, "lang": m.lang,
                      "score": round(m.score, 3)},
            "subjectField": self.concept.subject_field,
            "terms": terms,
            "definitions": data.get("definitions", []),
            "notes": data.get("notes", []),
        }
