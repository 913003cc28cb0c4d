"""The ``term_case`` check: an approved target term written with the wrong case."""

from __future__ import annotations

import re
from dataclasses import replace

from termbase.check.absent import Absent, absent_concepts
from termbase.check.context import CheckContext, inside_title, new_finding
from termbase.check.findings import Finding, FindingKind
from termbase.check.renderings import name_bounds
from termbase.diagnostics import Severity

# Words a capitalised name runs on through ("Programme of Action for the Least
# Developed Countries"), and how many of them at most between the term and the name.
_NAME_SMALL = frozenset({"of", "the", "for", "on", "and", "to", "in", "at"})
_SMALL_REACH = 3
# Before the term, a name runs on only through "of the" ("the Charter of the united
# nations"); "22 July on the programme of action" is a date, then a clause.
_NAME_LEAD = frozenset({"of", "the"})

# Ideographs the run must add before the term to make it a longer name the term closes.
_LONGER_NAME = 2


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
        finding = new_finding(
            FindingKind.TERM_CASE, view.segment, ctx.target.lang, term=hit.term.text,
            found=found, expected=expected, concept_id=absent.concept_id,
            message=f"“{found}” for source term “{found_src}”: the glossary writes "
                    f"“{term.text}”",
            fix=f"write “{term.text}”", span=span, other=src_view,
            other_span=(hit.start, hit.end))
        if _in_longer_name(absent) and not _inside_capitals(view.segment.text, span):
            # The capitals are the longer name's: the translation may write that name,
            # or a generic reference to it ("the programme of action for the least
            # developed countries"), otherwise than the glossary writes the term alone.
            finding = replace(finding, severity=Severity.INFO, message=(
                f"{finding.message} (here part of a longer name, whose capitals the "
                f"translation may write otherwise)"))
        findings.append(finding)
    return findings


def _in_longer_name(absent: Absent) -> bool:
    """Whether the source term stands inside a longer title (《2022-2031十年期支援最不发达
    国家行动纲领》) or closes a longer name as its head (老龄问题世界大会筹备委员会: the
    preparatory committee of another body). A term that opens the run (大会第六十一届
    会议, 安全理事会反恐委员会) is the name English writes itself."""
    text, hit = absent.src_view.segment.text, absent.hit
    if inside_title(text, hit.start, hit.end):
        return True
    before, after = name_bounds(absent)
    return hit.start - before >= _LONGER_NAME and after == hit.end


def _inside_capitals(text: str, span: tuple[int, int]) -> bool:
    """Whether the lower-cased term stands inside a name the translation writes with
    capitals: a capitalised word right before it (not the sentence's first) or right
    after it, past small words ("the Doha programme of action for the Least Developed
    Countries", "the Charter of the united nations"). A generic reference to the longer
    name is lower case throughout ("the programme of action for the least developed
    countries")."""
    before = re.findall(r"[\w’'-]+|[^\w\s]", text[:span[0]])[::-1]
    after = re.findall(r"[\w’'-]+|[^\w\s]", text[span[1]:])
    return _capitalised_next(before, at_start=True) or _capitalised_next(after)


def _capitalised_next(tokens: list[str], at_start: bool = False) -> bool:
    """Whether a capitalised word comes first in ``tokens``, past up to _SMALL_REACH
    small words (only "of the" backwards; numbers forwards); ``at_start``: tokens run
    backwards, and a word opening the text or a sentence is capitalised by position,
    not as a name."""
    for i, token in enumerate(tokens[:_SMALL_REACH + 1]):
        if token.lower() in (_NAME_LEAD if at_start else _NAME_SMALL) or (
                token.isdigit() and not at_start):
            continue  # a name's year follows it ("the 2015 Review Conference")
        if not token[:1].isupper():
            return False
        opens = i + 1 == len(tokens) or tokens[i + 1] in {".", ":", ";", "“", "\""}
        return not (at_start and opens)
    return False
