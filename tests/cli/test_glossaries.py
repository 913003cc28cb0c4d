"""``termbase glossaries``: the search path and the origin of every glossary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from termbase.cli import cli
from termbase.formats import write_glossary
from termbase.model import Concept, Glossary, LangSec, Term


def _one(cid: str, text: str) -> Glossary:
    return Glossary((Concept(cid, (LangSec("zh", (Term(text),)),)),))


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    project, user = tmp_path / "project" / "glossaries", tmp_path / "user"
    project.mkdir(parents=True)
    user.mkdir()
    write_glossary(_one("a1", "大会"), project / "un.tbx")
    write_glossary(_one("b1", "安理会"), user / "un.tbx")
    write_glossary(_one("c1", "秘书处"), user / "mine.tbx")
    monkeypatch.delenv("TERMBASE_GLOSSARIES", raising=False)
    monkeypatch.setenv("TERMBASE_USER_GLOSSARIES", str(user))
    monkeypatch.chdir(project.parent)
    return project, user


def test_lists_folders_in_order_and_marks_hidden_glossaries(store: tuple[Path, Path]) -> None:
    project, user = store
    result = CliRunner().invoke(cli, ["glossaries"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].split()[:2] == ["1.", "project"] and lines[2].split()[:2] == ["2.", "user"]
    hidden = next(line for line in lines if str(user / "un.tbx") in line)
    assert f"hidden by {project / 'un.tbx'}" in hidden
    assert any(str(user / "mine.tbx") in line and "hidden" not in line for line in lines)


def test_json_lists_every_file_with_its_origin(store: tuple[Path, Path]) -> None:
    result = CliRunner().invoke(cli, ["glossaries", "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    rows = {(row["origin"], row["name"]): row["used"] for row in payload["glossaries"]}
    assert rows[("project", "un")] and not rows[("user", "un")] and rows[("user", "mine")]
    assert payload["new_glossaries"] == str(store[0])


def test_a_search_path_entry_that_is_a_file_is_called_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # TERMBASE_GLOSSARIES=g.tbx (a file): listed as 'does not exist yet'.
    single = tmp_path / "g.tbx"
    write_glossary(_one("a1", "大会"), single)
    monkeypatch.setenv("TERMBASE_GLOSSARIES", str(single))
    result = CliRunner().invoke(cli, ["glossaries"])
    assert "a file, not a folder" in result.output and "does not exist" not in result.output
