from __future__ import annotations

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
