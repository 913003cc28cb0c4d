from __future__ import annotations

import json
from pathlib import Path

import pytest

from termbase.cli import EXIT_BAD_INPUT, EXIT_FINDINGS, main

GLOSSARY = {"title": "t", "concepts": [
    {"id": "poa", "langSecs": [
        {"lang": "zh", "terms": [{"text": "《行动纲领》"},
                                 {"text": "《行动纲要》", "status": "deprecated"}]},
        {"lang": "en", "terms": [{"text": "Programme of Action"}]}]},
    {"id": "cs", "langSecs": [{"lang": "zh", "terms": [{"text": "民间社会"}]},
                              {"lang": "en", "terms": [{"text": "civil society"}]}]},
]}


@pytest.fixture()
def glossary(tmp_path: Path) -> Path:
    path = tmp_path / "g.json"
    path.write_text(json.dumps(GLOSSARY, ensure_ascii=False), encoding="utf-8")
    return path


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_errors_exit_1(tmp_path: Path, glossary: Path, capsys: pytest.CaptureFixture[str]
                       ) -> None:
    draft = _write(tmp_path / "d.txt", "执行《行动纲要》。\n")
    assert main(["check", "-g", str(glossary), str(draft)]) == EXIT_FINDINGS
    out = capsys.readouterr().out
    assert "d.txt:1: [deprecated]" in out and "fix: replace “行动纲要” with “行动纲领”" in out


def test_fail_on_levels(tmp_path: Path, glossary: Path) -> None:
    src = _write(tmp_path / "a.txt", "各国合作。\n")
    tgt = _write(tmp_path / "b.txt", "States cooperate with civil society.\n")
    args = ["check", "-g", str(glossary), str(src), "--target", str(tgt), "--presplit"]
    assert main(args) == 0  # an info only
    assert main([*args, "--fail-on", "warning"]) == 0
    assert main([*args, "--fail-on", "info"]) == EXIT_FINDINGS
    assert main([*args, "--fail-on", "never", "-f", "json"]) == 0


def test_json_and_files(tmp_path: Path, glossary: Path, capsys: pytest.CaptureFixture[str]
                        ) -> None:
    draft = _write(tmp_path / "d.txt", "执行《行动纲要》。\n")
    assert main(["check", "-g", str(glossary), str(draft), "-f", "json"]) == EXIT_FINDINGS
    payload = json.loads(capsys.readouterr().out)
    assert payload["findings"][0]["kind"] == "deprecated"
    for fmt in ("html", "xlsx", "text"):
        out = tmp_path / f"r.{fmt}"
        main(["check", "-g", str(glossary), str(draft), "-f", fmt, "-o", str(out)])
        assert out.stat().st_size > 0


def test_bad_input_exit_2(tmp_path: Path, glossary: Path, capsys: pytest.CaptureFixture[str]
                          ) -> None:
    a = _write(tmp_path / "a.txt", "一。\n二。\n")
    b = _write(tmp_path / "b.txt", "One.\n")
    assert main(["check", "-g", str(glossary), str(a), "--target", str(b),
                 "--presplit"]) == EXIT_BAD_INPUT
    assert "line-aligned" in capsys.readouterr().err
    bad = _write(tmp_path / "d.xlf", "<xliff version='1.2'")
    assert main(["check", "-g", str(glossary), str(bad)]) == EXIT_BAD_INPUT
    assert main(["check", "-g", str(glossary), str(a), "-f", "xlsx"]) == EXIT_BAD_INPUT


def test_glossary_without_the_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                       ) -> None:
    only_en = tmp_path / "en.json"
    only_en.write_text(json.dumps({"concepts": [{"id": "x", "langSecs": [
        {"lang": "en", "terms": [{"text": "civil society"}]}]}]}), encoding="utf-8")
    draft = _write(tmp_path / "d.txt", "民间社会。\n")
    assert main(["check", "-g", str(only_en), str(draft)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    # Which draft, which glossary, and what to do.
    assert f"{draft.name}: the glossary ({only_en}) has no 'zh' terms" in err
    assert "give a glossary with 'zh' terms (--glossary FILE)" in err


def test_help_documents_severities(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", "--help"])
    out = capsys.readouterr().out
    assert "missing_target" in out and "first_mention" in out and "--fail-on" in out


def test_accept_loop(tmp_path: Path, glossary: Path, capsys: pytest.CaptureFixture[str]
                     ) -> None:
    draft = _write(tmp_path / "d.txt", "执行《行动纲要》。\n")
    accept = tmp_path / "accepted.txt"
    args = ["check", "-g", str(glossary), str(draft)]
    assert main([*args, "--write-accepted", str(accept)]) == EXIT_FINDINGS
    assert "1 finding fingerprint(s) written" in capsys.readouterr().err
    assert main([*args, "--accept", str(accept)]) == 0
    captured = capsys.readouterr()
    assert "no findings" in captured.out and "[TB637]" in captured.err
    # Rewriting the accept file in place keeps the accepted finding.
    assert main([*args, "--accept", str(accept), "--write-accepted", str(accept)]) == 0
    assert main([*args, "--accept", str(accept)]) == 0
    _write(draft, "执行《行动纲要》。\n民间社会执行《行动纲要》。\n")
    assert main([*args, "--accept", str(accept)]) == EXIT_FINDINGS
    assert "d.txt:2: [deprecated]" in capsys.readouterr().out


def test_accept_outputs_never_replace_inputs(tmp_path: Path, glossary: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    draft = _write(tmp_path / "d.txt", "执行《行动纲要》。\n")
    accept = _write(tmp_path / "a.txt", "0123456789abcdef\n")
    before = draft.read_bytes(), glossary.read_bytes(), accept.read_bytes()
    args = ["check", "-g", str(glossary), str(draft)]
    assert main([*args, "--write-accepted", str(draft)]) == EXIT_BAD_INPUT
    assert main([*args, "--write-accepted", str(glossary)]) == EXIT_BAD_INPUT
    assert main([*args, "--accept", str(accept), "-o", str(accept)]) == EXIT_BAD_INPUT
    assert main([*args, "-o", str(tmp_path / "r.txt"),
                 "--write-accepted", str(tmp_path / "r.txt")]) == EXIT_BAD_INPUT
    assert (draft.read_bytes(), glossary.read_bytes(), accept.read_bytes()) == before
    assert not (tmp_path / "r.txt").exists()
    _write(accept, "deprecated 行动纲要\n")
    assert main([*args, "--accept", str(accept)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "a.txt:1" in err and "[TB636]" in err and "Traceback" not in err


def test_checks_option(tmp_path: Path, glossary: Path, capsys: pytest.CaptureFixture[str]
                       ) -> None:
    draft = _write(tmp_path / "d.txt", "执行《行动纲要》。\n")
    args = ["check", "-g", str(glossary), str(draft)]
    assert main([*args, "--checks", "number_mismatch,first_mention"]) == 0
    assert main([*args, "--checks", "deprecated"]) == EXIT_FINDINGS
    capsys.readouterr()
    assert main([*args, "--checks", "deprecated,nonsense"]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "no check called 'nonsense'" in err and "missing_target" in err


def test_the_exit_does_not_collect_what_a_check_leaves(tmp_path: Path) -> None:
    # Collecting at the exit what a check built walks all of it, to free what the exit
    # frees anyway: a cycle left behind is never finalised once a check ran (and is when
    # none did: importing the command changes nothing).
    import subprocess
    import sys

    draft = _write(tmp_path / "d.txt", "各国执行《行动纲领》。\n")
    glossary = _write(tmp_path / "g.json", json.dumps(GLOSSARY, ensure_ascii=False))
    cycle = ("class Node:\n"
             "    def __del__(self): print('collected')\n"
             "node = Node(); node.me = node; del node\n")
    run = ("from termbase.cli import main\n"
           "try:\n"
           f"    main(['check', {str(draft)!r}, '-g', {str(glossary)!r}, '-q'])\n"
           "except SystemExit:\n"
           "    pass\n")
    for code, collected in (("import termbase.cli\n" + cycle, True), (run + cycle, False)):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True,
                             text=True).stdout
        assert ("collected" in out) is collected, out


def test_a_draft_sheet_that_is_not_checked_is_named(tmp_path: Path, glossary: Path,
                                                    capsys: pytest.CaptureFixture[str]
                                                    ) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["zh", "en"])
    wb.active.append(["支持民间社会。", "Support civil society."])
    second = wb.create_sheet("第二部分")
    second.append(["zh", "en"])
    second.append(["执行《行动纲要》。", "Implement the Programme of Action."])
    draft = tmp_path / "d.xlsx"
    wb.save(draft)
    assert main(["check", "-g", str(glossary), str(draft)]) == 0
    err = capsys.readouterr().err
    assert "d.xlsx: warning: sheet '第二部分' is not read (4 non-empty cells) [TB235]" in err


def test_a_draft_sheet_is_chosen_with_sheet(tmp_path: Path, glossary: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["zh", "en"])
    wb.active.append(["支持民间社会。", "Support civil society."])
    second = wb.create_sheet("第二部分")
    second.append(["zh", "en"])
    second.append(["执行《行动纲要》。", "Implement the Programme of Action."])
    draft = tmp_path / "d.xlsx"
    wb.save(draft)
    assert main(["check", "-g", str(glossary), "--sheet", "第二部分", str(draft)]
                ) == EXIT_FINDINGS
    captured = capsys.readouterr()
    assert "d.xlsx:2: [deprecated]" in captured.out
    assert "sheet 'Sheet' is not read" in captured.err
    assert main(["check", "-g", str(glossary), "--sheet", "Annex", str(draft)]
                ) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "the workbook has no sheet 'Annex'" in err and "1 'Sheet', 2 '第二部分'" in err
    text = _write(tmp_path / "d.txt", "支持民间社会。\n")
    assert main(["check", "-g", str(glossary), "--sheet", "2", str(text)]) == EXIT_BAD_INPUT
    assert "--sheet chooses a sheet of an .xlsx draft" in capsys.readouterr().err
    assert main(["check", "--help"]) == 0
    assert "--sheet NAME|N" in capsys.readouterr().out


def test_strict_terms_makes_a_general_words_miss_fail(tmp_path: Path) -> None:
    # 措施 "measures", a dictionary sense of the word: its miss in a translated line is
    # a hint by default (exit 0 with --fail-on error), an error with --strict-terms.
    path = _write(tmp_path / "g.json", json.dumps({"title": "t", "concepts": [
        {"id": "m", "langSecs": [{"lang": "zh", "terms": [{"text": "措施"}]},
                                 {"lang": "en", "terms": [{"text": "measures"}]}]}]},
        ensure_ascii=False))
    src = _write(tmp_path / "a.txt", "各国政府采取了具体步骤和措施。\n")
    tgt = _write(tmp_path / "b.txt", "Governments took concrete steps.\n")
    args = ["check", "-g", str(path), str(src), "--target", str(tgt), "--presplit", "-q",
            "--fail-on", "error"]
    assert main(args) == 0
    assert main([*args, "--strict-terms"]) == EXIT_FINDINGS
