"""The ``term_case`` check: an approved target term written with the wrong case."""

from __future__ import annotations

from termbase.check.absent import absent_concepts
from termbase.check.context import CheckContext, new_finding
from termbase.check.findings import Finding, FindingKind


def check_term_case(ctx: CheckContext) -> list[Finding]:
    """An approved target term written with the wrong case ("security council")."""
    if ctx.target is None:
        return []
    findings = []
    for absent in absent_concepts(ctx, ctx.target):
        if absent.miscased is None:
            continue
        view, term, span = absent.miscased
        src_view, hit = absent.src_view, absent.hit
        found = view.segment.text[span[0]:span[1]]
        found_src = src_view.segment.text[hit.start:hit.end]
        expected = (term.text, *(t for t in absent.expected if t != term.text))
        findings.append(new_finding(
            FindingKind.TERM_CASE, view.segment, ctx.target.lang, term=hit.term.text,
            found=found, expected=expected, concept_id=absent.concept_id,
            message=f"“{found}” for source term “{found_src}”: the glossary writes "
                    f"“{term.text}”",
            fix=f"write “{term.text}”", span=span, other=src_view,
            other_span=(hit.start, hit.end)))
    return findings
