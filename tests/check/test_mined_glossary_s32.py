"""The mined-glossary evaluation of benchmarks/check_false_alarms.py (session 32) and
the checker rules it led to."""

from __future__ import annotations

from benchmark_script import load_benchmark
from termbase.check.findings import Finding, FindingKind
from termbase.diagnostics import Severity
from termbase.model import Concept, Glossary, LangSec, Term


def _concept(cid: str, *terms: tuple[str, str]) -> Concept:
    return Concept(id=cid, lang_secs=tuple(LangSec(lang, (Term(text),)) for lang, text in terms))


def test_only_concepts_with_english_are_checked_against() -> None:
    fa = load_benchmark("check_false_alarms")
    glossary = Glossary(concepts=(_concept("c1", ("zh", "会议"), ("en", "meeting")),
                                  _concept("c2", ("zh", "报告模板"))))
    assert [c.id for c in fa.with_english(glossary)] == ["c1"]


def test_mined_verdicts_are_kept_apart() -> None:
    fa = load_benchmark("check_false_alarms")
    finding = Finding(kind=FindingKind.MISSING_TARGET, severity=Severity.ERROR,
                      file="x.en", line=7, lang="en", term="会议", found="", expected=(),
                      message="")
    assert fa.verdict_key("un2023-dev", finding) == "un2023-dev:7:会议"
    assert fa.verdict_key("un2023-dev", finding, "mined") == "mined:un2023-dev:7:会议"


def test_the_mined_sample_keeps_its_findings_when_others_come_and_go() -> None:
    fa = load_benchmark("check_false_alarms")

    def finding(line: int) -> Finding:
        return Finding(kind=FindingKind.MISSING_TARGET, severity=Severity.ERROR,
                       file="x.en", line=line, lang="en", term="会议", found="",
                       expected=(), message="")

    found = [finding(i) for i in range(1, 201)]
    picked = {f.line for f in fa.stable_sample(found, "p", 20, "mined")}
    # Half the findings lowered: those of the sample still found stay in it.
    kept = [f for f in found if f.line % 2]
    again = {f.line for f in fa.stable_sample(kept, "p", 20, "mined")}
    assert {x for x in picked if x % 2} <= again
    assert len(again) == 20
