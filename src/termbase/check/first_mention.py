"""The ``first_mention`` check: a short form before the full form in the same document."""

from __future__ import annotations

from termbase.check.context import CheckContext, SegmentView, lang_terms, new_finding
from termbase.check.findings import Finding, FindingKind
from termbase.match import TermHit
from termbase.model import TermType

_SHORT_TYPES = (TermType.SHORT_FORM, TermType.ABBREVIATION, TermType.ACRONYM)


# Drafts read as documents, in reading order (see termbase.check.draft and .drafts).
_DOCUMENT_DRAFTS = frozenset({"monolingual", "presplit pair", "aligned pair"})


def check_first_mention(ctx: CheckContext) -> list[Finding]:
    """A short form or abbreviation used before the full form appears in the same document.

    Only the first such use is reported per concept and document. A short form whose
    full form never appears is not reported: a document may rightly rely on its reader
    knowing it (the Programme of Action in a small-arms resolution). Translation
    memories and segment tables (TMX, XLIFF, two-column sheets) hold segments of many
    documents in no reading order, so nothing in them is a first mention.
    """
    if dict(ctx.draft.settings).get("draft") not in _DOCUMENT_DRAFTS:
        return []
    use_target = ctx.target is not None
    lang = ctx.target.lang if ctx.target is not None else ctx.source.lang
    early: dict[tuple[str, str], tuple[SegmentView, TermHit]] = {}
    full_seen: set[tuple[str, str]] = set()
    findings = []
    for unit in ctx.units:
        for view in (unit.target if use_target else unit.source):
            document = view.segment.file
            for hit in view.hits:
                key = (document, hit.concept_id)
                if hit.term.term_type == TermType.FULL_FORM:
                    if key in early and key not in full_seen:
                        short_view, short_hit = early[key]
                        findings.append(_first_mention(ctx, lang, short_view, short_hit,
                                                       hit))
                    full_seen.add(key)
                elif hit.term.term_type in _SHORT_TYPES and key not in full_seen:
                    early.setdefault(key, (view, hit))
    return findings


def _first_mention(ctx: CheckContext, lang: str, view: SegmentView, hit: TermHit,
                   full: TermHit) -> Finding:
    found = view.segment.text[hit.start:hit.end]
    kind = hit.term.term_type.value if hit.term.term_type else "short form"
    # The full form written may be a superseded one (an older title): it still counts as
    # the first mention, but the form to give is the approved one.
    approved_full = [t.text for t in lang_terms(ctx.concepts[hit.concept_id], lang)
                     if t.status.approved and t.term_type == TermType.FULL_FORM]
    give = approved_full[0] if approved_full else full.term.text
    return new_finding(
        FindingKind.FIRST_MENTION, view.segment, lang, term=hit.term.text, found=found,
        expected=(give,), concept_id=hit.concept_id,
        message=f"{kind} “{found}” is used before the full form “{full.term.text}”",
        fix=f"give the full form “{give}” at the first mention",
        span=(hit.start, hit.end))
