from __future__ import annotations

import os
from pathlib import Path

import pytest

from termbase import store
from termbase.errors import InputError
from termbase.formats import get, read_glossary, write_glossary
from termbase.formats.tbx.validator import validate_tbx
from termbase.model import Concept, Glossary, LangSec, Term


def test_shipped_glossaries_are_valid_and_in_canonical_form(repo_root: Path) -> None:
    """Canonical files are exactly what the writer produces, so every change diffs cleanly."""
    paths = sorted((repo_root / "glossaries").glob("*.tbx"))
    assert paths
    for path in paths:
        data = path.read_bytes()
        assert validate_tbx(data, str(path)) == []
        result = read_glossary(path)
        assert not result.diagnostics
        assert get("tbx").write(result.glossary, None) == data, f"{path} is not canonical"


def _one(cid: str, text: str) -> Glossary:
    return Glossary((Concept(cid, (LangSec("zh", (Term(text),)),)),))


def test_load_resolves_store_names_and_merges_disjoint_glossaries(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERMBASE_GLOSSARIES", str(tmp_path))
    write_glossary(_one("a1", "大会"), tmp_path / "a.tbx")
    write_glossary(_one("b1", "安理会"), tmp_path / "b.json")
    loaded = store.load()
    assert [c.id for c in loaded.glossary] == ["a1", "b1"]
    assert [name for name, _ in loaded.hashes] == ["a.tbx", "b.json"]
    assert store.load(["b"]).paths == (tmp_path / "b.json",)


def test_colliding_ids_across_glossaries_are_refused(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERMBASE_GLOSSARIES", str(tmp_path))
    write_glossary(_one("c1", "大会"), tmp_path / "a.tbx")
    write_glossary(_one("c1", "安理会"), tmp_path / "b.tbx")
    with pytest.raises(InputError, match="concept id 'c1' is used in both"):
        store.load()


def _with_person(cid: str, person: str, name: str) -> Glossary:
    from termbase.model import RefItem, RefObject, RefObjectSec

    return Glossary((Concept(cid, (LangSec("en", (Term(cid),)),)),), title=cid,
                    description=(f"about {cid}",),
                    back_matter=(RefObjectSec("respPerson", (
                        RefObject(person, (RefItem("fn", name),)),)),))


def test_glossaries_side_by_side_keep_every_back_matter_and_description() -> None:
    joined = store.merge_disjoint([_with_person("a", "p1", "Ann"), _with_person("b", "p2", "Bo"),
                                   _with_person("c", "p1", "Ann")],
                                  [Path("a.tbx"), Path("b.tbx"), Path("c.tbx")])
    assert [o.id for o in joined.back_matter[0].objects] == ["p1", "p2"]
    assert joined.description == ("about a", "about b", "about c")


def test_back_matter_id_naming_two_people_is_refused() -> None:
    with pytest.raises(InputError, match="back-matter id 'p1'"):
        store.merge_disjoint([_with_person("a", "p1", "Ann"), _with_person("b", "p1", "Bo")],
                             [Path("a.tbx"), Path("b.tbx")])


def _folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A project with glossaries/ as the current directory, and a user folder."""
    project, user = tmp_path / "project", tmp_path / "user"
    (project / "glossaries").mkdir(parents=True)
    user.mkdir()
    monkeypatch.delenv("TERMBASE_GLOSSARIES", raising=False)
    monkeypatch.setenv("TERMBASE_USER_GLOSSARIES", str(user))
    monkeypatch.chdir(project)
    return project / "glossaries", user


def test_a_folder_given_as_a_glossary_is_named_as_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "terms"
    folder.mkdir()
    with pytest.raises(InputError, match="is a folder, not a glossary file") as caught:
        store.resolve(str(folder))
    assert caught.value.path == str(folder)
    assert f"{store.STORE_VARIABLE}={folder}" in (caught.value.hint or "")


def test_search_path_is_project_then_user_then_shipped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, repo_root: Path) -> None:
    _, user = _folders(tmp_path, monkeypatch)
    folders = store.search_path()
    assert [(f.origin, f.path) for f in folders] == [
        ("project", Path.cwd() / "glossaries"), ("user", user),
        ("shipped", repo_root / "glossaries")]
    assert store.new_glossary_folder() == Path.cwd() / "glossaries"
    monkeypatch.chdir(tmp_path)  # no project folder: new glossaries go to the user's
    assert store.new_glossary_folder() == user


def test_environment_variable_replaces_the_search_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    monkeypatch.setenv("TERMBASE_GLOSSARIES", f"{first}{os.pathsep}{second}")
    assert [(f.origin, f.path) for f in store.search_path()] == [("env", first),
                                                                  ("env", second)]
    assert store.new_glossary_folder() == first


def test_earlier_folder_hides_a_glossary_of_the_same_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project, user = _folders(tmp_path, monkeypatch)
    write_glossary(_one("p1", "大会"), project / "un.tbx")
    write_glossary(_one("u1", "安理会"), user / "un.tbx")
    write_glossary(_one("u2", "秘书处"), user / "mine.tbx")
    listed = {(g.origin, g.name): g for g in store.stored_glossaries()}
    assert listed["user", "un"].shadowed_by == project / "un.tbx"
    assert listed["project", "un"].shadowed_by is None
    assert store.resolve("un") == project / "un.tbx"
    assert store.resolve("mine") == user / "mine.tbx"
    ids = {c.id for c in store.load().glossary}  # the shipped glossaries come along
    assert {"p1", "u2"} <= ids and "u1" not in ids


def test_same_concept_id_in_two_folders_the_earlier_wins_with_a_warning(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project, user = _folders(tmp_path, monkeypatch)
    write_glossary(_one("c1", "大会"), project / "team.tbx")
    write_glossary(_one("c1", "联大"), user / "mine.tbx")
    loaded = store.load()
    mine = next(c for c in loaded.glossary if c.id == "c1")
    assert [t.text for ls in mine.lang_secs for t in ls.terms] == ["大会"]
    assert [d.code for d in loaded.diagnostics] == ["TB160"]
    assert "team.tbx" in loaded.diagnostics[0].message
    with pytest.raises(InputError, match="concept id 'c1' is used in both"):
        store.load(["team", "mine"])  # named explicitly: both are wanted, so refuse


def test_import_of_a_new_name_goes_to_the_user_folder_outside_a_project(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from termbase.importing import target_path

    _, user = _folders(tmp_path, monkeypatch)
    monkeypatch.chdir(tmp_path)
    assert target_path("personal") == user / "personal.tbx"


def test_compiled_lookup_and_check_layer_the_store_like_loading_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The compiled index is built from the store's set as store.load() layers it: the
    same concept id in two folders is not refused there either."""
    import termbase

    project, user = _folders(tmp_path, monkeypatch)
    write_glossary(_one("c1", "大会"), project / "team.tbx")
    write_glossary(_one("c1", "联大"), user / "mine.tbx")
    hits = termbase.lookup_term("大会").hits
    assert [h.concept.id for h in hits][:1] == ["c1"]
    assert termbase.lookup_term("联大").hits == () or all(
        h.concept.id != "c1" for h in termbase.lookup_term("联大").hits)
