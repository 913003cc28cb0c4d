"""The ``untranslated_source`` check: an approved target term with no source term."""

from __future__ import annotations

from termbase.check.context import CheckContext, lang_terms, new_finding, quote
from termbase.check.findings import Finding, FindingKind


def check_untranslated_source(ctx: CheckContext) -> list[Finding]:
    """An approved target term whose concept does not occur in the aligned source."""
    if ctx.target is None:
        return []
    src_lang, tgt_lang = ctx.source.lang, ctx.target.lang
    findings = []
    for unit in ctx.units:
        if not unit.source:
            continue
        # Concepts reported here, and those the source's hits hold, which are there:
        # each hit's term is one of its concept's source terms, and contains() finds it
        # where the hit is.
        settled = {h.concept_id for v in unit.source for h in v.hits}
        for view in unit.target:
            for hit in view.hits:
                cid = hit.concept_id
                if cid in settled or not hit.term.status.approved:
                    continue
                src_terms = lang_terms(ctx.concepts[cid], src_lang)
                if not src_terms or any(ctx.source.contains(v.prepared, t)
                                        for v in unit.source for t in src_terms):
                    continue
                settled.add(cid)
                found = view.segment.text[hit.start:hit.end]
                expected = tuple(t.text for t in src_terms if t.status.approved)
                findings.append(new_finding(
                    FindingKind.UNTRANSLATED_SOURCE, view.segment, tgt_lang,
                    term=hit.term.text, found=found, expected=expected, concept_id=cid,
                    message=f"“{found}” in the translation, but no {quote(expected)} in "
                            f"the source",
                    fix="check that the term translates something in the source, or that "
                        "the segments are aligned", span=(hit.start, hit.end),
                    other=unit.source[0]))
    return findings
