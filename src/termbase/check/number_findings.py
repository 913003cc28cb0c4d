"""The ``number_mismatch`` check: numbers, dates and symbols that differ between the two
sides (read by :mod:`termbase.check.numbers`)."""

from __future__ import annotations

from collections.abc import Sequence

from termbase.check.context import CheckContext, new_finding
from termbase.check.findings import Finding, FindingKind
from termbase.check.numbers import NumberItem, mismatches, profile


def _items_text(items: Sequence[NumberItem]) -> str:
    return ", ".join(i.text for i in items)


def _items_values(items: Sequence[NumberItem]) -> str:
    """Each item as written, with its normalised value when that reads differently."""
    return ", ".join(f"“{i.text}”" if i.text == i.normal else f"“{i.text}” (= {i.normal})"
                     for i in items)


def _side_values(items: Sequence[NumberItem]) -> str:
    return ", ".join(dict.fromkeys(i.normal for i in items)) or "none"


def check_number_mismatch(ctx: CheckContext) -> list[Finding]:
    """Numbers, dates, symbols and session ordinals that differ between the two sides."""
    if ctx.target is None:
        return []
    src_lang, tgt_lang = ctx.source.lang, ctx.target.lang
    findings = []
    for unit in ctx.units:
        if not unit.source or not unit.target:
            continue
        src_text = "\n".join(v.segment.text for v in unit.source)
        tgt_text = "\n".join(v.segment.text for v in unit.target)
        src_profile, tgt_profile = profile(src_text, src_lang), profile(tgt_text, tgt_lang)
        missing, extra = mismatches(src_profile, tgt_profile)
        if not missing and not extra:
            continue
        parts = []
        if missing:
            parts.append(f"source has {_items_values(missing)}, not in the translation "
                         f"(translation: {_side_values(tgt_profile.strict)})")
        if extra:
            parts.append(f"translation has {_items_values(extra)}, not in the source "
                         f"(source: {_side_values(src_profile.strict)})")
        first = unit.target[0]
        span = (extra[0].start, extra[0].end) if extra and len(unit.target) == 1 else None
        other_span = ((missing[0].start, missing[0].end)
                      if missing and len(unit.source) == 1 else None)
        findings.append(new_finding(
            FindingKind.NUMBER_MISMATCH, first.segment, tgt_lang,
            term=_items_text(missing), found=_items_text(extra),
            expected=tuple(i.text for i in missing), message="; ".join(parts),
            fix="make the numbers, dates and symbols agree with the source", span=span,
            other=unit.source[0], other_span=other_span))
    return findings
