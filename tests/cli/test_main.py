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
