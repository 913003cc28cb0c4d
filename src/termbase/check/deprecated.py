"""The ``deprecated`` check: a deprecated or superseded term, with the approved fix."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher

from termbase.check.context import (
    CheckContext,
    SegmentView,
    approved_texts,
    inside_title,
    new_finding,
    quote,
    target_terms_present,
    unapproved_hits,
)
from termbase.check.findings import Finding, FindingKind
from termbase.match import TermHit
from termbase.model import Concept


def check_deprecated(ctx: CheckContext) -> list[Finding]:
    """A deprecated or superseded term in either side → the preferred term instead.

    One finding per concept and segment: a term repeated in one line is one problem.
    A deprecated term is another name when it stands inside a longer title (《行动纲要》
    of the Small Arms Programme in 《北京行动纲要》, the Beijing Platform), or, in the
    source of a bilingual unit, when the translation renders nothing of its concept.
    """
    findings = []
    sides = [(ctx.source.lang, "source")]
    if ctx.target is not None:
        sides.append((ctx.target.lang, "target"))
    for unit in ctx.units:
        for lang, side in sides:
            for view in (unit.source if side == "source" else unit.target):
                by_concept: dict[str, list[TermHit]] = defaultdict(list)
                for hit in unapproved_hits(view):
                    if not inside_title(view.segment.text, hit.start, hit.end):
                        by_concept[hit.concept_id].append(hit)
                for cid, hits in by_concept.items():
                    if side == "source" and unit.target and not target_terms_present(
                            ctx, unit, ctx.concepts[cid]):
                        continue
                    findings.append(_deprecated(ctx.concepts[cid], lang, view, hits))
    return findings


def _deprecated(concept: Concept, lang: str, view: SegmentView, hits: list[TermHit]
                ) -> Finding:
    text = view.segment.text
    first = hits[0]
    found = text[first.start:first.end]
    expected = approved_texts(concept, lang)
    forms = list(dict.fromkeys(text[h.start:h.end] for h in hits))
    marked = {text[h.start:h.end]: _between_title_marks(text, h) for h in reversed(hits)}
    message = f"{first.term.status.value} term “{found}”"
    if len(forms) > 1:
        message += f" (also {quote(forms[1:])} on this line)"
    elif len(hits) > 1:
        message += f" ({len(hits)} times on this line)"
    fix = "; ".join(dict.fromkeys(_replacement(form, expected, marked[form])
                                  for form in forms))
    return new_finding(FindingKind.DEPRECATED, view.segment, lang, term=first.term.text,
                    found=found, expected=expected, concept_id=concept.id,
                    message=message, fix=fix, span=(first.start, first.end))


def _between_title_marks(text: str, hit: TermHit) -> bool:
    return (hit.start > 0 and text[hit.start - 1] in "《〈"
            and hit.end < len(text) and text[hit.end] in "》〉")


def _replacement(found: str, approved: Sequence[str], marked: bool) -> str:
    """The fix for a deprecated term: the closest approved term, naming the preferred one.

    《行动纲要》 is best replaced by its own short form 《行动纲领》, not by the full
    title, but the reader should still learn which term is preferred.
    """
    if not approved:
        return "the glossary records no approved term; ask the terminologist"
    written = [_as_found(a, marked) for a in approved]
    closest = max(written, key=lambda a: SequenceMatcher(None, found, a).ratio())
    if closest == written[0]:
        return f"replace “{found}” with “{closest}”"
    return f"replace “{found}” with “{closest}” (preferred term: “{approved[0]}”)"


def _as_found(approved: str, marked: bool) -> str:
    """``approved`` written to replace a span that stands between title marks or not.
    Terms are found past title marks, so the span of 执行《行动纲要》 is 行动纲要 and the
    marks stay in the text: its replacement drops the approved term's outer marks, or the
    fix would make 《《行动纲领》》. A span without marks (执行行动纲要) gets them."""
    if marked and len(approved) > 2 and approved[0] in "《〈" and approved[-1] in "》〉":
        return approved[1:-1]
    return approved
