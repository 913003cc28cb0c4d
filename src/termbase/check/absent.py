"""Source terms whose approved equivalents are absent from the aligned translation, the
question the ``missing_target`` and ``term_case`` checks both start from."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from termbase.check.context import (
    CheckContext,
    SegmentView,
    UnitView,
    approved_texts,
    lang_terms,
    source_concepts,
    target_terms_present,
)
from termbase.check.matching import LanguageMatcher
from termbase.match import TermHit
from termbase.model import Concept, Term


@dataclass(frozen=True, slots=True)
class Absent:
    """A source concept none of whose target terms is in the aligned translation."""

    unit: UnitView
    concept_id: str
    src_view: SegmentView
    hit: TermHit
    expected: tuple[str, ...]
    miscased: tuple[SegmentView, Term, tuple[int, int]] | None
    """An approved term written there with the wrong case, if any: then it is a case
    error (``term_case``), not a missing term."""

    @property
    def named(self) -> bool:
        """Whether the concept is a name here: every approved rendering capitalised."""
        return all(text[:1].isupper() for text in self.expected)


def absent_concepts(ctx: CheckContext, matcher: LanguageMatcher) -> list[Absent]:
    """The draft's absent source concepts, read once per context: ``missing_target``
    and ``term_case`` both ask."""
    known = ctx.absent_cache.get(matcher.lang)
    if known is None:
        known = ctx.absent_cache[matcher.lang] = _absent_concepts(ctx, matcher)
    return list(known)


def _absent_concepts(ctx: CheckContext, matcher: LanguageMatcher) -> list[Absent]:
    absent = []
    written: dict[str, bool] = {}  # the capitalised plural of a term, in the draft
    for unit in ctx.units:
        if not unit.target or not unit.source:
            continue
        for cid, (src_view, hit) in source_concepts(unit).items():
            concept = ctx.concepts[cid]
            expected = approved_texts(concept, matcher.lang)
            # Any term of the concept counts as present: a deprecated one is reported by
            # its own check, with the fix, and one problem should give one finding.
            if not expected or target_terms_present(ctx, unit, concept):
                continue
            miscased = miscased_term(matcher, unit, concept)
            if miscased is not None and (ctx.case_blind or _generic_use(
                    *miscased, plural_written=lambda t: _plural_written(ctx, t, written))):
                continue
            if ctx.case_blind and _lowered_abbreviation(matcher, unit, concept):
                continue
            absent.append(Absent(unit, cid, src_view, hit, expected, miscased))
    return absent


def _lowered_abbreviation(matcher: LanguageMatcher, unit: UnitView, concept: Concept
                          ) -> bool:
    """Whether an approved abbreviation of the concept stands in lower case ("un
    bookshop"), as a text written without capitals writes it."""
    return any(matcher.contains_lowered(view.prepared, term)
               for term in lang_terms(concept, matcher.lang) if term.status.approved
               for view in unit.target)


def _generic_use(view: SegmentView, term: Term, span: tuple[int, int],
                 plural_written: Callable[[Term], bool]) -> bool:
    """Whether a name written in lower case is the common noun, not a case error: one
    word ("the secretariat of the Forum" is another body's), a plural ("annual general
    assemblies") unless the draft writes the name's plural with its capitals elsewhere
    ("Member States": then "member states" is the name miscased), capitals kept on some
    words ("member States" of another organization, UN style), or part of a hyphenated
    compound ("non-member State")."""
    text = view.segment.text
    found = text[span[0]:span[1]]
    words = found.split()
    return (len(term.text.split()) == 1 or any(c.isupper() for c in found)
            or (words[-1].lower().endswith("s") and not term.text.lower().endswith("s")
                and not plural_written(term))
            or (text[max(0, span[0] - 1):span[0]] in "-‐‑" and span[0] > 0))


def _plural_written(ctx: CheckContext, term: Term, written: dict[str, bool]) -> bool:
    """Whether the draft's translation writes ``term``'s plural with the term's
    capitals somewhere ("Member States" for "Member State"); asked once per term."""
    if term.text not in written:
        plural = re.compile(rf"(?<![\w-]){re.escape(term.text)}s(?![\w-])")
        written[term.text] = any(plural.search(v.segment.text)
                                 for u in ctx.units for v in u.target)
    return written[term.text]


def miscased_term(matcher: LanguageMatcher, unit: UnitView, concept: Concept
                  ) -> tuple[SegmentView, Term, tuple[int, int]] | None:
    """An approved term of ``concept`` written with another case in the unit's
    translation: where, which term, and its span."""
    for term in lang_terms(concept, matcher.lang):
        if not term.status.approved:
            continue
        for view in unit.target:
            span = matcher.miscased(view.prepared, term)
            if span is not None:
                return view, term, span
    return None
