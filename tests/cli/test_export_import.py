"""``termbase export`` and ``termbase import``: formats, merging, conflicts, atomic writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from termbase.cli import EXIT_BAD_INPUT, EXIT_FINDINGS, main
from termbase.formats import read_glossary, write_glossary
from termbase.model import Concept, Glossary, LangSec, Term, TermStatus


def _glossary(en: str = "illicit brokering") -> Glossary:
    return Glossary((Concept("sa-brokering", (
        LangSec("zh", (Term("非法中介活动"), Term("非法经纪活动", TermStatus.SUPERSEDED))),
        LangSec("en", (Term(en),)),
    )),), title="test")


@pytest.fixture
def stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    store = tmp_path / "glossaries"
    store.mkdir()
    write_glossary(_glossary(), store / "main.tbx")
    monkeypatch.setenv("TERMBASE_GLOSSARIES", str(store))
    return store


@pytest.mark.parametrize("fmt", ["tbx", "xlsx", "csv", "tsv", "json"])
def test_export_round_trips_the_shipped_glossary(stored: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    assert main(["export", "--format", fmt, "-o", str(out)]) == 0
    assert read_glossary(out).glossary == _glossary()


def test_export_by_store_name_and_from_suffix(stored: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.json"
    assert main(["export", "--glossary", "main", "-o", str(out)]) == 0
    assert "1 concepts, 3 terms" in capsys.readouterr().out
    assert json.loads(out.read_text(encoding="utf-8"))["signature"]["inputs"].keys() == {"main.tbx"}


def test_export_of_unknown_glossary_is_a_clear_error(stored: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--glossary", "nope", "-o", str(tmp_path / "x.tbx")]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "no glossary file or stored glossary named 'nope'" in err and "main" in err


def test_import_adds_new_concepts_into_a_stored_glossary(stored: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra.csv"
    extra.write_text("中文,英文\n世界海关组织,World Customs Organization\n", encoding="utf-8")
    assert main(["import", str(extra), "--into", "main"]) == 0
    merged = read_glossary(stored / "main.tbx").glossary
    assert [c.preferred("en").text for c in merged if c.preferred("en")] == [
        "illicit brokering", "World Customs Organization"]


def test_import_conflict_is_reported_and_file_left_unchanged(
        stored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (stored / "main.tbx").read_bytes()
    other = tmp_path / "other.json"
    write_glossary(_glossary("illicit brokering activities"), other)
    assert main(["import", str(other), "--into", "main"]) == EXIT_FINDINGS
    out = capsys.readouterr().out
    assert "1 conflicts" in out and "illicit brokering activities" in out
    assert (stored / "main.tbx").read_bytes() == before


def test_import_dry_run_writes_nothing(stored: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    before = (stored / "main.tbx").read_bytes()
    extra = tmp_path / "extra.csv"
    extra.write_text("zh,en\n武器贸易条约,Arms Trade Treaty\n", encoding="utf-8")
    assert main(["import", str(extra), "--into", "main", "--dry-run", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["written"] is False and len(report["added"]) == 1
    assert (stored / "main.tbx").read_bytes() == before


def test_import_of_a_non_glossary_fails_cleanly(stored: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "notes.tbx"
    bad.write_text("<html><body>not a glossary</body></html>", encoding="utf-8")
    before = (stored / "main.tbx").read_bytes()
    assert main(["import", str(bad), "--into", "main"]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "notes.tbx" in err and "Traceback" not in err
    assert (stored / "main.tbx").read_bytes() == before


def test_import_creates_a_new_glossary_file(tmp_path: Path) -> None:
    src = tmp_path / "in.json"
    write_glossary(_glossary(), src)
    target = tmp_path / "new.xlsx"
    assert main(["import", str(src), "--into", str(target)]) == 0
    assert read_glossary(target).glossary.concepts == _glossary().concepts
