"""One problem, one finding: the term checks never repeat or contradict one another.

A property test over small zh → en drafts built from a glossary with approved and
deprecated variants on both sides, plus the cases that once went wrong.
"""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from termbase.check import FindingKind, check_draft
from termbase.check.draft import presplit_pair
from termbase.check.findings import Finding
from termbase.model import Concept, Glossary, LangSec, Term, TermStatus

ADMITTED, DEPRECATED, SUPERSEDED = (TermStatus.ADMITTED, TermStatus.DEPRECATED,
                                    TermStatus.SUPERSEDED)


def _concept(cid: str, zh: list[Term], en: list[Term]) -> Concept:
    return Concept(cid, (LangSec("zh", tuple(zh)), LangSec("en", tuple(en))))


GLOSSARY = Glossary((
    _concept("sc", [Term("安全理事会")],
             [Term("Security Council"), Term("Security Board", DEPRECATED)]),
    _concept("ms", [Term("会员国"), Term("成员国", DEPRECATED)],
             [Term("Member State"), Term("member country", DEPRECATED)]),
    _concept("cb", [Term("能力建设")],
             [Term("capacity-building"), Term("capacity development", ADMITTED),
              Term("capacity enhancement", DEPRECATED)]),
    # 小武器 inside 轻小武器: the longer, superseded term wins where it is written.
    _concept("sa", [Term("小武器"), Term("轻小武器", SUPERSEDED)],
             [Term("small arms"), Term("light arms", SUPERSEDED)]),
), title="one finding")

# The rendering group: findings that all say "this term is wrong on this line".
TERM_KINDS = {FindingKind.DEPRECATED, FindingKind.MISSING_TARGET, FindingKind.TERM_CASE,
              FindingKind.INCONSISTENT}


def _terms(cid: str, lang: str) -> list[Term]:
    concept = next(c for c in GLOSSARY if c.id == cid)
    return [t for sec in concept.lang_secs if sec.lang == lang for t in sec.terms]


def _approved(cid: str, lang: str) -> set[str]:
    return {t.text for t in _terms(cid, lang) if t.status.approved}


def _check(zh: list[str], en: list[str]) -> list[Finding]:
    draft = presplit_pair("\n".join(zh), "d.zh", "\n".join(en), "d.en")
    return list(check_draft(GLOSSARY, draft).findings)


# A unit names some concepts; each is written in one of its Chinese terms and rendered
# by one of its English terms, a lower-cased one, nothing, or the same term twice.
_CIDS = ("sc", "ms", "cb", "sa")


@st.composite
def _unit(draw: st.DrawFn) -> tuple[str, str]:
    cids = draw(st.lists(st.sampled_from(_CIDS), min_size=1, max_size=3, unique=True))
    zh, en = [], []
    for cid in cids:
        zh.append(draw(st.sampled_from([t.text for t in _terms(cid, "zh")])))
        choice = draw(st.sampled_from([t.text for t in _terms(cid, "en")] + ["", "lower"]))
        if choice == "lower":
            choice = next(t.text for t in _terms(cid, "en")).lower()
        if choice and draw(st.booleans()):
            choice = f"{choice} and {choice}"
        if choice:
            en.append(choice)
    return "和".join(zh) + "。", ("We discuss " + ", ".join(en) + ".") if en else "Nothing."


_QUOTED_FIX = re.compile(r"(?:with|as|e\.g\.|preferred term:|write) “([^”]+)”")


@given(st.lists(_unit(), min_size=1, max_size=6))
def test_one_finding_per_term_and_line(units: list[tuple[str, str]]) -> None:
    findings = _check([zh for zh, _ in units], [en for _, en in units])
    term_findings = [f for f in findings if f.kind in TERM_KINDS]
    per_line = Counter((f.lang, f.file, f.line, f.concept_id) for f in term_findings)
    assert max(per_line.values(), default=0) <= 1, term_findings
    kinds_at = {(f.file, f.line, f.concept_id, f.kind) for f in term_findings}
    for file, line, cid, kind in kinds_at:
        if kind is FindingKind.INCONSISTENT:
            assert (file, line, cid, FindingKind.DEPRECATED) not in kinds_at
    for f in term_findings:
        approved = _approved(f.concept_id, f.lang)
        assert f.expected and set(f.expected) <= approved, f
        assert set(_QUOTED_FIX.findall(f.fix)) <= approved, f


def test_deprecated_repeated_on_a_line_is_one_finding() -> None:
    findings = _check(["会员国和会员国。"], ["Each member country and member country."])
    [finding] = findings
    assert finding.kind is FindingKind.DEPRECATED
    assert "2 times" in finding.message and finding.expected == ("Member State",)


def test_two_deprecated_forms_of_one_concept_on_a_line_are_one_finding() -> None:
    [finding] = _check(["能力建设。"], ["capacity enhancement, Capacity enhancement."])
    assert finding.kind is FindingKind.DEPRECATED


def test_a_deprecated_rendering_is_not_also_inconsistent() -> None:
    findings = _check(["能力建设。", "能力建设。"],
                      ["capacity-building.", "capacity enhancement."])
    assert [(f.kind, f.line, f.found) for f in findings] == [
        (FindingKind.DEPRECATED, 2, "capacity enhancement")]
    assert findings[0].expected[0] == "capacity-building" and "capacity-building" in findings[0].fix


def test_on_a_tie_the_approved_rendering_is_the_norm() -> None:
    # Deprecated first: it used to win the tie and be offered as the fix.
    findings = _check(["会员国。", "会员国。"], ["The member country.", "The Member State."])
    assert [(f.kind, f.line) for f in findings] == [(FindingKind.DEPRECATED, 1)]
    assert findings[0].expected == ("Member State",)


def test_on_a_tie_the_preferred_rendering_is_the_norm() -> None:
    findings = _check(["能力建设。", "能力建设。"],
                      ["capacity development.", "capacity-building."])
    [finding] = findings
    assert (finding.kind, finding.line, finding.found) == (
        FindingKind.INCONSISTENT, 1, "capacity development")
    assert finding.expected == ("capacity-building",)


def test_the_majority_approved_rendering_stays_the_norm() -> None:
    findings = _check(["能力建设。"] * 3, ["capacity development.", "capacity-building.",
                                         "capacity development."])
    assert [(f.kind, f.line, f.expected) for f in findings] == [
        (FindingKind.INCONSISTENT, 2, ("capacity development",))]


def test_a_deprecated_term_beside_an_approved_one_still_leaves_one_finding() -> None:
    findings = _check(["能力建设。", "能力建设。", "能力建设。"],
                      ["capacity-building.", "capacity-building.",
                       "capacity development and capacity enhancement."])
    assert [(f.kind, f.line) for f in findings] == [(FindingKind.DEPRECATED, 3)]


def test_a_lower_case_name_is_a_case_error_not_a_missing_term() -> None:
    [finding] = _check(["安全理事会。"], ["The security council met."])
    assert (finding.kind, finding.found, finding.span) == (
        FindingKind.TERM_CASE, "security council", (4, 20))
    assert finding.severity.value == "warning"
    assert finding.expected == ("Security Council",) and "“Security Council”" in finding.fix


def test_a_lower_case_name_inside_a_longer_name_is_info() -> None:
    # The case is the longer name's: a title holding the term, or a name the term closes.
    [finding] = _check(["《安全理事会工作方法手册》。"],
                       ["The handbook on security council working methods."])
    assert finding.kind is FindingKind.TERM_CASE and finding.severity.value == "info"
    assert "part of a longer name" in finding.message
    [finding] = _check(["联合国改革安全理事会。"],
                       ["A reformed united nations security council."])
    assert finding.kind is FindingKind.TERM_CASE and finding.severity.value == "info"
    # A name the term opens is the term's own: its case is the glossary's.
    [finding] = _check(["安全理事会反恐委员会主席。"],
                       ["Chair of the security council counter-terrorism committee."])
    assert finding.kind is FindingKind.TERM_CASE and finding.severity.value == "warning"


def test_a_name_missing_altogether_is_still_a_missing_term() -> None:
    [finding] = _check(["安全理事会。"], ["The council met."])
    assert finding.kind is FindingKind.MISSING_TARGET


def test_a_rightly_written_name_beside_a_lower_case_one_is_not_a_case_error() -> None:
    assert _check(["安全理事会。"], ["The Security Council and the security council."]) == []


def test_a_lower_case_abbreviation_is_not_a_case_error() -> None:
    glossary = Glossary((_concept("who", [Term("世卫组织")], [Term("WHO")]),))
    draft = presplit_pair("世卫组织。", "d.zh", "Those who met.", "d.en")
    [finding] = check_draft(glossary, draft).findings
    assert finding.kind is FindingKind.MISSING_TARGET
