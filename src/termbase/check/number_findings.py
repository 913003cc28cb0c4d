"""The ``number_mismatch`` check: numbers, dates and symbols that differ between the two
sides (read by :mod:`termbase.check.numbers`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from termbase.check.context import CheckContext, new_finding
from termbase.check.draft import Draft
from termbase.check.findings import Finding, FindingKind
from termbase.check.number_items import NumberItem

if TYPE_CHECKING:
    from termbase.check.numbers import NumberProfile


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
    return number_findings(ctx, number_disagreements(ctx.draft, ctx.source.lang,
                                                    ctx.target.lang))


@dataclass(frozen=True)
class Disagreement:
    """A unit whose two sides' numbers differ: its place in the draft, the items each
    side lacks, and what each side states (its strict items and rough numbers, named
    in the message)."""

    unit: int
    missing: list[NumberItem]
    extra: list[NumberItem]
    source_items: tuple[NumberItem, ...]
    target_items: tuple[NumberItem, ...]


def number_disagreements(draft: Draft, source_lang: str, target_lang: str
                         ) -> list[Disagreement]:
    """The units of ``draft`` whose numbers differ. It reads the draft's text alone, so
    that it can run beside the matching (see :mod:`termbase.check.background`)."""
    # Imported here, where the numbers are read (in that second process, on a long
    # draft): the main process then never compiles the module's patterns.
    from termbase.check.numbers import mismatches, profile

    out = []
    lines: dict[bool, list[str]] = {}
    for index, unit in enumerate(draft.units):
        if not unit.source or not unit.target:
            continue
        src_text = "\n".join(s.text for s in unit.source)
        tgt_text = "\n".join(s.text for s in unit.target)
        src_profile, tgt_profile = profile(src_text, source_lang), profile(tgt_text, target_lang)
        missing, extra = mismatches(src_profile, tgt_profile)
        if missing and not extra and src_profile.markers:
            missing = _without_draft_markers(missing, src_profile, draft, True, index, lines)
        if extra and not missing and tgt_profile.markers:
            extra = _without_draft_markers(extra, tgt_profile, draft, False, index, lines)
        if missing or extra:
            out.append(Disagreement(index, missing, extra, _stated(src_profile),
                                    _stated(tgt_profile)))
    if any(_glued_symbol(d) is not None for d in out):
        out = _without_glued_markers(out, draft, source_lang, target_lang)
    return out


def _glued_symbol(d: Disagreement) -> tuple[bool, NumberItem, NumberItem, int] | None:
    """Where the one item each side of ``d`` lacks is a symbol and that symbol with a
    marker glued on (A/61/44, "A/61/441"): whether the glued one is the source's, the
    two items, and the marker's value."""
    from termbase.check.numbers import glued_marker
    if len(d.missing) != 1 or len(d.extra) != 1:
        return None
    for glued_in_source, plain, others in ((False, d.missing[0], d.extra),
                                           (True, d.extra[0], d.missing)):
        found = glued_marker(plain, others)
        if found is not None:
            return glued_in_source, plain, found[0], found[1]
    return None


def _without_glued_markers(disagreements: list[Disagreement], draft: Draft,
                           source_lang: str, target_lang: str) -> list[Disagreement]:
    """``disagreements`` without those that are a symbol on one side and the same symbol
    with a footnote's marker glued on on the other ("见A/61/44。", "see A/61/441") where
    the draft shows the digits to be a marker: the markers of the glued side's text, read
    where they are unambiguous (:func:`~termbase.check.numbers.note_numbers`), run up to
    it or on from it — the last before its line is the marker less one, or the first
    after it the marker plus one. One line cannot tell a marker from another document's
    number (A/61/441 is a document too); footnotes numbered in order through a document
    can."""
    from termbase.check.numbers import note_numbers
    notes: dict[bool, list[list[int]]] = {}
    out = []
    for d in disagreements:
        glued = _glued_symbol(d)
        if glued is not None:
            in_source, _, _, marker = glued
            if in_source not in notes:
                lang = source_lang if in_source else target_lang
                notes[in_source] = [note_numbers("\n".join(
                    s.text for s in (u.source if in_source else u.target)), lang)
                    for u in draft.units]
            if _continues(notes[in_source], d.unit, marker):
                continue
        out.append(d)
    return out


def _continues(notes: list[list[int]], unit: int, marker: int) -> bool:
    """Whether ``marker`` in unit ``unit`` continues the markers of ``notes`` (each
    unit's, in order): the last one before is one less, or the first one after one
    more."""
    before = next((n[-1] for n in reversed(notes[:unit]) if n), None)
    after = next((n[0] for n in notes[unit + 1:] if n), None)
    return before == marker - 1 or after == marker + 1


def _without_draft_markers(missing: list[NumberItem], side: NumberProfile, draft: Draft,
                           source: bool, index: int, lines: dict[bool, list[str]]
                           ) -> list[NumberItem]:
    """``missing`` without the numbers glued after a noun at a marker's place (职权1；)
    that the draft shows to be footnotes' markers: it names the noun in other lines and
    numbers it nowhere else (:func:`~termbase.check.numbers.never_numbered`), where a
    label's noun (目标5，) is numbered again. ``lines`` caches each side's lines."""
    from termbase.check.numbers import glued_after_nouns, never_numbered

    glued = glued_after_nouns(missing, side)
    if not glued:
        return missing
    if source not in lines:
        lines[source] = ["\n".join(s.text for s in (u.source if source else u.target))
                         for u in draft.units]
    notes = {id(item) for item, noun in glued if never_numbered(noun, lines[source], index)}
    return [i for i in missing if id(i) not in notes] if notes else missing


def _stated(profile: NumberProfile) -> tuple[NumberItem, ...]:
    """What a side states, for the message: its strict items and its rough numbers
    (十多万, "100,000 or more"), in text order."""
    if not profile.rough:
        return profile.strict
    return tuple(sorted((*profile.strict, *profile.rough), key=lambda item: item.start))


def number_findings(ctx: CheckContext, disagreements: Sequence[Disagreement]
                    ) -> list[Finding]:
    """The findings of ``disagreements`` (from :func:`number_disagreements` of
    ``ctx``'s draft)."""
    if ctx.target is None:
        return []
    tgt_lang = ctx.target.lang
    findings = []
    for d in disagreements:
        unit, missing, extra = ctx.units[d.unit], d.missing, d.extra
        parts = []
        if missing:
            parts.append(f"source has {_items_values(missing)}, not in the translation "
                         f"(translation: {_side_values(d.target_items)})")
        if extra:
            parts.append(f"translation has {_items_values(extra)}, not in the source "
                         f"(source: {_side_values(d.source_items)})")
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
