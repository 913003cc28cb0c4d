"""The entry point's exit codes, with and without --debug."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase import api
from termbase.cli import EXIT_BAD_INPUT, EXIT_INTERNAL, main


def test_debug_shows_the_traceback_and_keeps_the_exit_code_of_bad_input(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "missing.tbx")
    # Re-raised, the error left Python to exit 1, which termbase uses for findings.
    assert main(["--debug", "lookup", "大会", "--glossary", missing]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "Traceback" in err and "missing.tbx" in err and "[TB100]" in err


def test_debug_keeps_the_exit_code_of_a_bug(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(api, "lookup_term", broken)
    monkeypatch.setattr(api, "lookup_index", broken)
    assert main(["lookup", "大会"]) == EXIT_INTERNAL
    assert "Traceback" not in capsys.readouterr().err
    assert main(["--debug", "lookup", "大会"]) == EXIT_INTERNAL
    assert "RuntimeError: a bug" in capsys.readouterr().err



def test_debug_is_taken_after_the_subcommand_too(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # The messages say "rerun with --debug"; added at the end of the line, it was refused
    # ("No such option '--debug'", exit 2) instead of showing the traceback.
    missing = str(tmp_path / "missing.tbx")
    assert main(["lookup", "大会", "--glossary", missing, "--debug"]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "Traceback" in err and "[TB100]" in err

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(api, "lookup_term", broken)
    monkeypatch.setattr(api, "lookup_index", broken)
    assert main(["lookup", "大会", "--debug"]) == EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "Traceback" in err and "RuntimeError: a bug" in err


def test_debug_after_a_double_dash_is_an_argument(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["validate", "--", "--debug"]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "--debug" in err and "Traceback" not in err


@pytest.mark.parametrize(("command", "out"), [
    (["export", "--format", "json"], "g.tbx"),
    (["export", "--format", "xlsx"], "g.csv"),
    (["extract", "{doc}", "--no-glossary", "--format", "xlsx"], "cands.csv"),
    (["align", "{doc}", "{doc}", "--format", "xlsx"], "a.tmx"),
    (["pair", "--zh", "{doc}", "--en", "{doc}", "--terms", "{doc}", "--format", "xlsx"],
     "p.json"),
    (["check", "{doc}", "--format", "xlsx"], "report.html"),
])
def test_a_format_the_output_suffix_contradicts_is_refused_before_any_work(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str],
        out: str) -> None:
    # '--format json -o g.tbx' wrote JSON that every reader then took for TBX (in the
    # store, it stopped every command); '-f xlsx -o cands.csv' a workbook named .csv.
    doc = tmp_path / "doc.txt"
    doc.write_bytes(b"\x00 never read")
    target = tmp_path / out
    args = [a.format(doc=doc) for a in command]
    assert main([*args, "-o", str(target)]) == EXIT_BAD_INPUT
    assert f"suffix {target.suffix} names" in capsys.readouterr().err
    assert not target.exists()


@pytest.mark.parametrize(("suffix", "magic"), [(".xlsx", b"PK"), (".html", b"<!"),
                                               (".json", b"{")])
def test_check_writes_the_format_its_output_suffix_names(
        tmp_path: Path, suffix: str, magic: bytes) -> None:
    # The default was text whatever -o said: '-o report.xlsx' was a text file.
    draft = tmp_path / "d.zh.txt"
    draft.write_text("各国应打击小武器非法贸易。\n", encoding="utf-8")
    report = tmp_path / f"report{suffix}"
    assert main(["check", str(draft), "-o", str(report), "--fail-on", "never"]) == 0
    assert report.read_bytes().lstrip().startswith(magic)
