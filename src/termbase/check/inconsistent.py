"""The ``inconsistent`` check: one source term rendered by different approved glossary terms."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from termbase.check.context import (
    CheckContext,
    SegmentView,
    UnitView,
    new_finding,
    source_concepts,
    target_terms_present,
    unapproved_hits,
)
from termbase.check.findings import Finding, FindingKind
from termbase.check.matching import LanguageMatcher
from termbase.model import Term


def _term_span(views: Sequence[SegmentView], term: Term
               ) -> tuple[SegmentView, tuple[int, int] | None]:
    for view in views:
        for hit in view.hits:
            if hit.term.text == term.text:
                return view, (hit.start, hit.end)
    return views[0], None


def _outermost(matcher: LanguageMatcher, terms: list[Term]) -> list[Term]:
    """Terms not contained in another present term ("Council" in "Security Council")."""
    keys = [matcher.pattern(t) for t in terms]
    return [t for t, k in zip(terms, keys, strict=True)
            if not any(k != other and k.strip() in other for other in keys)]


def _approved_renderings(ctx: CheckContext, matcher: LanguageMatcher, unit: UnitView,
                         cid: str, unapproved: set[str]) -> list[Term]:
    """The approved target terms of ``cid`` that render it in ``unit``, whose
    translation renders the concepts ``unapproved`` by a deprecated or superseded term.

    A unit where the concept is rendered by a deprecated or superseded term has none:
    the deprecated check reports it with the approved term as the fix, and a second
    finding about the same term on the same line would only repeat it (or contradict
    it, offering the deprecated term as the draft's norm).
    """
    if cid in unapproved:
        return []
    present = [t for t in target_terms_present(ctx, unit, ctx.concepts[cid])
               if t.status.approved]
    return _outermost(matcher, present)


def check_inconsistent(ctx: CheckContext) -> list[Finding]:
    """One source term rendered by different approved glossary terms in different places.

    Only approved renderings are counted, so the norm is always one of them. The norm
    is the rendering used most often; on a tie, the one the glossary ranks higher
    (preferred before admitted), then the first used. Every unit using another
    rendering is reported, once.
    """
    if ctx.target is None:
        return []
    matcher = ctx.target
    uses: dict[tuple[str, str, object], list[tuple[UnitView, Term, str]]] = defaultdict(list)
    for unit in ctx.units:
        if not unit.target:
            continue
        unapproved = {h.concept_id for v in unit.target for h in unapproved_hits(v)}
        for cid, (src_view, hit) in source_concepts(unit).items():
            present = _approved_renderings(ctx, matcher, unit, cid, unapproved)
            keys = {matcher.pattern(t) for t in present}
            if len(keys) == 1:  # two renderings side by side ("Programme of Action (PoA)")
                found_src = src_view.segment.text[hit.start:hit.end]
                # A verb and a noun rendering ("implement", "implementation") follow the
                # sentence, and an abbreviation beside the full name ("NGO", "UN-Habitat")
                # is house style after a first mention, not the translator's choice:
                # only like is compared with like.
                like = (present[0].part_of_speech, matcher.abbreviated(present[0]))
                uses[(cid, ctx.source.pattern(hit.term), like)].append(
                    (unit, present[0], found_src))
    findings = []
    for (cid, _, _), occurrences in uses.items():
        counts = Counter(matcher.pattern(t) for _, t, _ in occurrences)
        if len(counts) < 2:
            continue
        order = {key: i for i, key in enumerate(
            dict.fromkeys(matcher.pattern(t) for _, t, _ in occurrences))}
        norm = min((t for _, t, _ in occurrences),
                   key=lambda t: (-counts[matcher.pattern(t)], t.status.rank,
                                  order[matcher.pattern(t)]))
        norm_key = matcher.pattern(norm)
        for unit, term, found_src in occurrences:
            if matcher.pattern(term) != norm_key:
                findings.append(_inconsistent(matcher.lang, unit, cid, term, found_src,
                                              norm, counts[norm_key]))
    return findings


def _inconsistent(lang: str, unit: UnitView, cid: str, term: Term, found_src: str,
                  norm: Term, norm_count: int) -> Finding:
    view, span = _term_span(unit.target, term)
    found = view.segment.text[span[0]:span[1]] if span else term.text
    return new_finding(
        FindingKind.INCONSISTENT, view.segment, lang, term=found_src,
        found=found, expected=(norm.text,), concept_id=cid,
        message=f"“{found_src}” is rendered “{found}” here but “{norm.text}” "
                f"{norm_count} time(s) elsewhere in the draft",
        fix=f"use one rendering throughout, e.g. “{norm.text}”", span=span,
        other=unit.source[0] if unit.source else None)
