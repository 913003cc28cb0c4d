"""``termbase pair``: outputs, signature, bad input (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pair._fixtures import PAIRS
from termbase import api
from termbase.cli import EXIT_BAD_INPUT, main


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path, Path]:
    zh = tmp_path / "c.zh"
    en = tmp_path / "c.en"
    # An empty line on both sides, as real corpora have: skipped, numbering kept.
    zh.write_text("\n".join(z for z, _ in PAIRS[:2]) + "\n\n"
                  + "\n".join(z for z, _ in PAIRS[2:]) + "\n", encoding="utf-8")
    en.write_text("\n".join(e for _, e in PAIRS[:2]) + "\n\n"
                  + "\n".join(e for _, e in PAIRS[2:]) + "\n", encoding="utf-8")
    terms = tmp_path / "terms.txt"
    terms.write_text("行动纲领\n大会\n不存在\n", encoding="utf-8")
    return zh, en, terms


def _run(files: tuple[Path, Path, Path], out: Path, *extra: str) -> int:
    zh, en, terms = files
    return main(["pair", "--zh", str(zh), "--en", str(en), "--terms", str(terms), "-o",
                 str(out), "--jobs", "1", "--no-dictionary", *extra])


def test_json_output_lists_candidates_and_abstentions(files: tuple[Path, Path, Path],
                                                     tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    out = tmp_path / "out.json"
    assert _run(files, out) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["zh"] for d in data] == ["行动纲领", "大会", "不存在"]
    best = data[0]["candidates"][0]
    assert best["en"] == "Programme of Action" and best["support"] == 4 and best["score"] > 0
    # Line 4 of the files is the third pair: the empty line 3 was skipped, not renumbered.
    assert [e["line"] for e in best["examples"]] == [1, 2, 4]
    assert data[2]["candidates"] == [] and "does not occur" in data[2]["abstained_reason"]
    signature = json.loads((tmp_path / "out.json.signature.json").read_text(encoding="utf-8"))
    assert signature["tool"] == "termbase" and "c.zh" in signature["inputs"]
    assert signature["settings"]["direction"] == "zh"
    captured = capsys.readouterr()
    assert "3 terms: 2 paired, 1 abstained" in captured.out
    assert "empty line(s) on both sides" in captured.err


def test_the_second_look_is_asked_for_and_recorded(files: tuple[Path, Path, Path],
                                                  tmp_path: Path) -> None:
    plain, looked = tmp_path / "plain.json", tmp_path / "looked.json"
    assert _run(files, plain) == 0 and _run(files, looked, "--second-look") == 0
    settings = [json.loads((tmp_path / f"{name}.json.signature.json")
                           .read_text(encoding="utf-8"))["settings"]
                for name in ("plain", "looked")]
    assert [s["second_look"] for s in settings] == ["False", "True"]


def test_csv_and_xlsx_outputs(files: tuple[Path, Path, Path], tmp_path: Path) -> None:
    assert _run(files, tmp_path / "out.csv") == 0
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "zh,rank,en,score,support,occurrences,examples,abstained_reason"
    assert "行动纲领,1,Programme of Action" in text
    assert _run(files, tmp_path / "out.xlsx") == 0
    from openpyxl import load_workbook

    wb = load_workbook(tmp_path / "out.xlsx")
    assert wb.sheetnames == ["Review", "Signature"]
    rows = list(wb["Review"].iter_rows(values_only=True))
    assert rows[0][:2] == ("zh term", "proposed en") and rows[1][1] == "Programme of Action"


def test_reverse_direction(files: tuple[Path, Path, Path], tmp_path: Path) -> None:
    zh, en, _ = files
    terms = tmp_path / "en.txt"
    terms.write_text("Programme of Action\n", encoding="utf-8")
    out = tmp_path / "rev.json"
    assert _run((zh, en, terms), out, "--reverse") == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data[0]["en"] == "Programme of Action" and data[0]["candidates"][0]["zh"] == "行动纲领"


def test_bad_input_exits_2_with_a_message(files: tuple[Path, Path, Path], tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    zh, en, terms = files
    short = tmp_path / "short.en"
    short.write_text("one line\n", encoding="utf-8")
    assert _run((zh, short, terms), tmp_path / "o.json") == EXIT_BAD_INPUT
    assert "different numbers of lines" in capsys.readouterr().err
    assert _run((en, zh, terms), tmp_path / "o.json") == EXIT_BAD_INPUT
    assert "swapped" in capsys.readouterr().err
    english_terms = tmp_path / "en.txt"
    english_terms.write_text("Programme of Action\n", encoding="utf-8")
    assert _run((zh, en, english_terms), tmp_path / "o.json") == EXIT_BAD_INPUT
    assert "not a Chinese term" in capsys.readouterr().err
    assert main(["pair", "--zh", str(zh), "--terms", str(terms), "-o",
                 str(tmp_path / "o.json")]) == EXIT_BAD_INPUT
    assert not (tmp_path / "o.json").exists()


def test_pairs_a_neighbouring_line_translates_better_are_left_out_with_a_warning(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundled = Path(__file__).resolve().parents[2] / "data" / "parallel"
    zh_lines = (bundled / "un2023-peace.zh").read_text(encoding="utf-8").splitlines()[:120]
    en_lines = (bundled / "un2023-peace.en").read_text(encoding="utf-8").splitlines()[:121]
    # One English line too many from line 81 on: every pair after it is shifted by one.
    del en_lines[80]
    en_lines = en_lines[:120]
    zh, en, terms = tmp_path / "p.zh", tmp_path / "p.en", tmp_path / "t.txt"
    zh.write_text("\n".join(zh_lines) + "\n", encoding="utf-8")
    en.write_text("\n".join(en_lines) + "\n", encoding="utf-8")
    terms.write_text("人道主义\n", encoding="utf-8")
    checked, trusting = tmp_path / "checked.json", tmp_path / "trusting.json"
    base = ["pair", "--zh", str(zh), "--en", str(en), "--terms", str(terms), "--jobs", "1"]
    assert main([*base, "-o", str(checked)]) == 0
    err = capsys.readouterr().err
    assert "TB603" in err and "p.zh line 8" in err and "--trust-alignment" in err
    assert main([*base, "-o", str(trusting), "--trust-alignment"]) == 0
    assert "TB603" not in capsys.readouterr().err
    settings = json.loads((tmp_path / "trusting.json.signature.json")
                          .read_text(encoding="utf-8"))["settings"]
    assert settings["check_alignment"] == "False"


def test_files_not_aligned_line_by_line_exit_2_and_write_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundled = Path(__file__).resolve().parents[2] / "data" / "parallel"
    zh_lines = (bundled / "un2023-peace.zh").read_text(encoding="utf-8").splitlines()[:200]
    en_lines = (bundled / "un2023-peace.en").read_text(encoding="utf-8").splitlines()[:200]
    en_lines = en_lines[100:] + en_lines[:100]  # every English line far from its partner
    zh, en, terms = tmp_path / "p.zh", tmp_path / "p.en", tmp_path / "t.txt"
    zh.write_text("\n".join(zh_lines) + "\n", encoding="utf-8")
    en.write_text("\n".join(en_lines) + "\n", encoding="utf-8")
    terms.write_text("人道主义\n", encoding="utf-8")
    out = tmp_path / "out.json"
    code = main(["pair", "--zh", str(zh), "--en", str(en), "--terms", str(terms), "-o",
                 str(out), "--jobs", "1"])
    assert code == EXIT_BAD_INPUT and not out.exists()
    assert "align" in capsys.readouterr().err  # what to do: align the documents first


def test_a_corpus_warning_is_shown_once_and_kept_apart_from_pairings_own(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh, en, terms = tmp_path / "p.zh", tmp_path / "p.en", tmp_path / "t.txt"
    zh.write_text("《行动纲领》很重要。\n\n执行《行动纲领》。\n", encoding="utf-8")
    en.write_text("The Programme of Action matters.\n\n"
                  "Implement the Programme of Action.\n", encoding="utf-8")
    terms.write_text("行动纲领\n", encoding="utf-8")
    assert main(["pair", "--zh", str(zh), "--en", str(en), "--terms", str(terms),
                 "--jobs", "1", "-o", str(tmp_path / "o.json")]) == 0
    assert capsys.readouterr().err.count("TB601") == 1
    report = api.pair_terms(["行动纲领"], api.open_corpus([zh], [en]), workers=1)
    assert [d.code for d in report.corpus_diagnostics] == ["TB601"]
    assert not report.diagnostics
    assert [d.code for d in report.all_diagnostics] == ["TB601"]
