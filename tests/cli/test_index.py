"""``termbase index``: compile now, report where and how big; ``--clear`` empties the cache;
``termbase lookup`` answers the same from the compiled glossary as from memory."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from termbase.cli import EXIT_BAD_INPUT, main


@pytest.fixture
def glossary(tmp_path: Path, repo_root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TERMBASE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("TERMBASE_NO_CACHE", raising=False)
    path = tmp_path / "arms.tbx"
    shutil.copyfile(repo_root / "glossaries" / "small-arms.tbx", path)
    return path


def test_index_compiles_then_reports_up_to_date_then_clears(
        glossary: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", "-g", str(glossary)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"compiled: {tmp_path / 'cache' / 'glossaries'}")
    assert "58 concepts from arms.tbx" in out and " KB, " in out
    assert main(["index", "-g", str(glossary)]) == 0
    assert capsys.readouterr().out.startswith("up to date: ")
    assert main(["index", "--clear"]) == 0
    assert capsys.readouterr().out.startswith("removed 1 compiled glossary")
    assert not list((tmp_path / "cache" / "glossaries").glob("*.sqlite"))


def test_index_with_the_cache_off_is_a_usage_error(
        glossary: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("TERMBASE_NO_CACHE", "1")
    assert main(["index", "-g", str(glossary)]) == EXIT_BAD_INPUT
    assert "TERMBASE_NO_CACHE" in capsys.readouterr().err


@pytest.mark.parametrize("args", [["國際追查文書"], ["Programe of Action", "--format", "json"],
                                  ["weapons", "--lang", "en", "-n", "3"], ["zzqqxx"]])
def test_lookup_prints_the_same_compiled_or_not(
        glossary: Path, args: list[str], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    cold = main(["lookup", *args, "-g", str(glossary)]), capsys.readouterr()
    warm = main(["lookup", *args, "-g", str(glossary)]), capsys.readouterr()
    monkeypatch.setenv("TERMBASE_NO_CACHE", "1")
    memory = main(["lookup", *args, "-g", str(glossary)]), capsys.readouterr()
    assert cold == warm == memory
    assert list((glossary.parent / "cache" / "glossaries").glob("*.sqlite"))
