"""The mined-glossary evaluation of benchmarks/check_false_alarms.py (session 32) and
the checker rules it led to."""

from __future__ import annotations

from benchmark_script import load_benchmark
from termbase.check import check_draft
from termbase.check.draft import presplit_pair
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


# --- A term held inside a longer word on both sides (src/termbase/check/longer_word.py)

_WORDS = Glossary((
    Concept("gov", (LangSec("zh", (Term("政府"),)), LangSec("en", (Term("Government"),)))),
    Concept("peace", (LangSec("zh", (Term("和平"),)), LangSec("en", (Term("peace"),)))),
    Concept("st", (LangSec("zh", (Term("国家"),)), LangSec("en", (Term("States"),)))),
))


def _missing(zh: str, en: str, glossary: Glossary = _WORDS) -> list[tuple[str, str]]:
    draft = presplit_pair(zh, "d.zh", en, "d.en")
    return [(f.term, f.severity.value) for f in check_draft(glossary, draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


def test_a_term_inside_a_longer_word_on_both_sides_is_a_hint() -> None:
    assert _missing("其他政府间机构提交了报告。",
                    "Other intergovernmental bodies submitted reports.") == [("政府", "info")]
    assert _missing("委员会讨论了建设和平问题。",
                    "The Commission discussed peacebuilding.") == [("和平", "info")]


def test_the_longer_english_word_alone_is_no_evidence() -> None:
    # 政府 stands alone in the source (between the grammar characters 了 and 和): the
    # English compound renders something else, and the Government is missing.
    assert _missing("会议听取了政府和专家的意见。",
                    "The meeting heard intergovernmental experts.") == [("政府", "error")]


def test_the_term_must_stand_whole_in_the_longer_word() -> None:
    # "statement" holds "state", not the glossary's "States".
    assert _missing("会议听取了国家发言。", "The meeting heard a statement.") == [
        ("国家", "error")]


def test_a_removed_term_stays_an_error() -> None:
    assert _missing("其他政府间机构提交了报告。", "Other bodies submitted reports.") == [
        ("政府", "error")]


def test_an_acronym_inside_a_longer_word_is_no_evidence() -> None:
    # "un" is in "Countries" by chance of spelling.
    glossary = Glossary((Concept("un", (LangSec("zh", (Term("联合国"),)),
                                        LangSec("en", (Term("UN"),)))),))
    assert _missing("第五次联合国最不发达国家问题会议",
                    "The fifth Conference on the Least Developed Countries",
                    glossary) == [("联合国", "error")]


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
