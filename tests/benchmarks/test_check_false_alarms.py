"""The false-alarm benchmark (benchmarks/check_false_alarms.py): the glossaries it checks
against, its verdicts, its samples, and its draws and injections."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmark_script import load_benchmark
from termbase.check.findings import Finding, FindingKind
from termbase.diagnostics import Severity
from termbase.model import Concept, Glossary, LangSec, Term


def _concept(cid: str, *terms: tuple[str, str]) -> Concept:
    return Concept(id=cid, lang_secs=tuple(LangSec(lang, (Term(text),)) for lang, text in terms))


# The mined-glossary evaluation.
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


# The draws and injections: a closed term's hyphenated spelling, numbers per line.
def test_a_closed_term_written_with_a_hyphen_takes_an_injection() -> None:
    # The matcher finds "socioeconomic" in "socio-economic" (713bf42); the injection
    # must take out the spelling the line holds, or the line takes none and the hyphen
    # rule's excuses are never measured.
    fa = load_benchmark("check_false_alarms")
    glossary = Glossary((_concept("se", ("zh", "社会经济"), ("en", "socioeconomic")),
                         _concept("dev", ("zh", "可持续"), ("en", "sustainable"))))
    zh = ("社会经济发展很重要。",) * 3
    en = ("Socio-economic development matters.",) * 3
    part = fa.Part("unv1-x", "tuning", zh, en)
    injected = [i for i in fa.glossary_injections(glossary, part)
                if i.kind.value == "missing_target"]
    assert injected
    for item in injected:
        assert "socio-economic" not in item.en.lower(), item
    results = fa.injected_glossary(glossary, part)
    assert all(r.severity is not None for r in results), results


def test_injections_are_checked_with_the_options_given() -> None:
    # --strict-terms: a general word's removal, a hint by default, is an error when
    # every glossary entry is a required term.
    from termbase.check import CheckOptions

    fa = load_benchmark("check_false_alarms")
    glossary = Glossary((_concept("m", ("zh", "措施"), ("en", "measures")),))
    part = fa.Part("unv1-x", "tuning", ("各国政府采取了具体步骤和措施。",) * 3,
                   ("Governments took concrete steps and measures.",) * 3)
    default = fa.injected_glossary(glossary, part)
    strict = fa.injected_glossary(glossary, part, CheckOptions(strict_terms=True))
    assert [r.severity for r in default] == [Severity.INFO]
    assert [r.severity for r in strict] == [Severity.ERROR]


def test_number_injections_are_drawn_per_line() -> None:
    # Which lines take a changed digit, and which digit, is decided per line by a
    # seeded hash: lines made eligible (clean, with a number) leave the other lines'
    # draws alone, where one random stream shifted every later draw.
    fa = load_benchmark("check_false_alarms")
    zh = tuple(f"第{i + 10}次会议于20{i + 10}年5月{i + 3}日举行。" for i in range(30))
    en = tuple(f"The {i + 10}th meeting was held on {i + 3} May 20{i + 10}." for i in range(30))
    fewer = tuple("会议举行了。" if i % 3 == 0 else z for i, z in enumerate(zh))
    every = dict(fa.number_injections(fa.Part("unv1-x", "tuning", zh, en)))
    some = dict(fa.number_injections(fa.Part("unv1-x", "tuning", fewer, en)))
    assert set(some) == {i for i in range(30) if i % 3} and set(every) == set(range(30))
    assert all(every[i] == some[i] for i in some)
    assert fa.injected_recall(fa.Part("unv1-x", "tuning", zh, en)) == (30, 30)


# The fresh part: the UNv1 development set, when the shared folder holds it.
def _devset(shared: Path, zh: list[str], en: list[str]) -> Path:
    folder = shared / "corpus" / "unv1-devset"
    folder.mkdir(parents=True)
    (folder / "UNv1.0.devset.zh-segmented").write_text("\n".join(zh) + "\n", encoding="utf-8")
    (folder / "UNv1.0.devset.en").write_text("\n".join(en) + "\n", encoding="utf-8")
    return shared


def test_the_development_set_is_a_fresh_part_its_chinese_recovered(tmp_path: Path) -> None:
    fa = load_benchmark("check_false_alarms")
    shared = _devset(tmp_path, ["10 .   委员会 商定 在 2015 年 举行 会议 。"],
                     ["10. The Committee agreed to meet in 2015."])
    part = fa.unv1_dev_part(shared)
    assert (part.name, part.role) == ("unv1-dev", "fresh")
    assert part.zh == ("10.委员会商定在2015年举行会议。",)  # as the test set's
    assert part.en == ("10. The Committee agreed to meet in 2015.",)


def test_the_development_set_has_a_fresh_copy_lower_cased_as_multiun(tmp_path: Path) -> None:
    fa = load_benchmark("check_false_alarms")
    assert fa.fresh_parts(tmp_path / "none") == []
    shared = _devset(tmp_path, ["会议 于 2015 年 5 月 在 Genève 举行 。"],
                     ["The meeting was held at Genève in May 2015."])
    dev, lowered = fa.fresh_parts(shared)
    assert (dev.name, lowered.name, lowered.role) == ("unv1-dev", "unv1-dev-lc", "fresh")
    assert lowered.zh == ("会议于2015年5月在geneve举行。",)
    assert lowered.en == ("the meeting was held at geneve in may 2015.",)
    assert dev.cased and not lowered.cased


def test_without_the_development_set_the_part_is_skipped_and_said(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fa = load_benchmark("check_false_alarms")
    assert fa.unv1_dev_part(tmp_path) is None
    assert "unv1-dev (fresh) skipped" in capsys.readouterr().err
    shared = _devset(tmp_path / "uneven", ["一", "二"], ["one"])
    assert fa.unv1_dev_part(shared) is None
    assert "2 lines" in capsys.readouterr().err


def test_the_fresh_part_leaves_the_tuning_totals_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    fa = load_benchmark("check_false_alarms")
    tuning = fa.Part("unv1-a", "tuning", ("会议于2015年5月2日举行。",) * 3,
                     ("The meeting was held on 3 May 2015.",) * 3)
    fresh = fa.unv1_dev_part(_devset(tmp_path, ["会议 于 2014 年 举行 。"] * 2,
                                     ["The meeting was held in 2015."] * 2))
    monkeypatch.setattr(fa, "official_parts", lambda shared: [tuning])
    alone = fa.run(tmp_path, "tuning")
    monkeypatch.setattr(fa, "official_parts", lambda shared: [tuning, fresh])
    assert fa.run(tmp_path, "tuning") == alone
    assert set(fa.run(tmp_path, "fresh")) == {"unv1-dev", "all fresh"}
    assert set(fa.run(tmp_path)) == {"unv1-a", "all tuning", "unv1-dev", "all fresh"}
    # The part is sampled by name, with --role fresh accepted.
    assert fa.main(["--shared", str(tmp_path), "--sample", "number_mismatch",
                    "--part", "unv1-dev", "-n", "5"]) == 0
    assert capsys.readouterr().out.count("unv1-dev:") == 2
    assert fa.main(["--shared", str(tmp_path), "--role", "fresh", "--json"]) == 0


def test_a_figure_split_at_its_thousands_comma_is_rejoined() -> None:
    # UNv1 development set: the segmenter split "3,040万" as "3 , 040 万"; recovered as
    # "3, 040万" it read as two numbers. A list's comma before other digits stays.
    fa = load_benchmark("check_false_alarms")
    recovered = fa.recover_chinese("投入 了 3 , 040 万 ， 惠及 6 , 987 户 家庭")
    assert recovered == "投入了3,040万，惠及6,987户家庭"
    assert fa.recover_chinese("第 3 , 40 段") == "第3, 40段"
