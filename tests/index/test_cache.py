"""The compiled glossary in the cache: reused while fresh, rebuilt when stale or broken,
bypassed (with a warning) when it cannot be written — never a wrong answer or a crash."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from termbase import api
from termbase.errors import InputError, OutputError, UsageError
from termbase.index import clear_cache, compile_paths, database_path, open_compiled
from termbase.index.compiled import CompiledIndex

QUERIES = ["行动纲领", "Programme", "國際追查文書", "small arm", "Programe of Action", "武器"]


@pytest.fixture
def glossary(tmp_path: Path, repo_root: Path) -> Path:
    path = tmp_path / "arms.tbx"
    shutil.copyfile(repo_root / "glossaries" / "small-arms.tbx", path)
    return path


def answers(index: api.LookupIndex) -> list[list[tuple[str, str, str]]]:
    return [[(h.concept.id, h.match.kind.value, h.match.term.text)
             for h in index.search(q, limit=None).hits] for q in QUERIES]


def in_memory(path: Path) -> list[list[tuple[str, str, str]]]:
    return answers(api.lookup_index(api.load_glossary(path)))


def opened(path: Path) -> CompiledIndex:
    result = open_compiled([path])
    assert result.index is not None and not result.diagnostics
    return result.index


def test_first_use_compiles_and_later_uses_reopen(cache: Path, glossary: Path) -> None:
    first = api.lookup_index(glossary)
    assert isinstance(first.index, CompiledIndex)
    target = database_path([glossary])
    assert target is not None and target.parent == cache / "glossaries" and target.is_file()
    inode = target.stat().st_ino
    second = api.lookup_index(glossary)
    assert isinstance(second.index, CompiledIndex) and target.stat().st_ino == inode
    assert answers(second) == in_memory(glossary) and second.concepts == 58


def test_a_changed_glossary_is_recompiled(cache: Path, glossary: Path) -> None:
    opened(glossary).close()
    text = glossary.read_text(encoding="utf-8")
    glossary.write_text(text.replace("Programme of Action", "Plan of Action"), encoding="utf-8")
    index = api.lookup_index(glossary)
    assert index.search("Plan of Action").hits[0].match.kind.value == "exact"
    assert answers(index) == in_memory(glossary)


def test_a_touched_but_unchanged_glossary_is_hashed_once_not_recompiled(
        cache: Path, glossary: Path) -> None:
    opened(glossary).close()
    target = database_path([glossary])
    assert target is not None
    inode = target.stat().st_ino
    stamp = glossary.stat().st_mtime_ns + 5_000_000_000
    os.utime(glossary, ns=(stamp, stamp))
    again = opened(glossary)
    again.close()
    assert target.stat().st_ino == inode  # not rebuilt
    assert again.meta["sources"][0]["mtime_ns"] == stamp  # and recorded: no hashing next time
    reopened = opened(glossary)
    assert reopened.meta["sources"][0]["mtime_ns"] == stamp
    reopened.close()


@pytest.mark.parametrize("junk", [b"", b"not a database at all" * 100])
def test_a_corrupt_cache_file_is_rebuilt_with_a_warning(cache: Path, glossary: Path,
                                                        junk: bytes) -> None:
    target = database_path([glossary])
    assert target is not None
    target.parent.mkdir(parents=True)
    target.write_bytes(junk)
    index = api.lookup_index(glossary)
    if junk:
        assert [d.code for d in index.diagnostics] == ["TB151"]
    assert isinstance(index.index, CompiledIndex)
    assert answers(index) == in_memory(glossary)


def test_a_foreign_database_is_rebuilt_with_a_warning(cache: Path, glossary: Path) -> None:
    target = database_path([glossary])
    assert target is not None
    target.parent.mkdir(parents=True)
    con = sqlite3.connect(target)
    con.execute("CREATE TABLE meta (name TEXT, value TEXT)")
    con.execute("INSERT INTO meta VALUES ('schema', 'not json')")
    con.commit()
    con.close()
    index = api.lookup_index(glossary)
    assert [d.code for d in index.diagnostics] == ["TB151"]
    assert answers(index) == in_memory(glossary)


# "code": keys folded by other code (a changed fold in a working copy, same version).
@pytest.mark.parametrize(("name", "value"), [("schema", "0"), ("termbase", '"0.0.1"'),
                                             ("code", '"0000000000000000"')])
def test_another_versions_cache_is_rebuilt_quietly(cache: Path, glossary: Path, name: str,
                                                   value: str) -> None:
    opened(glossary).close()
    target = database_path([glossary])
    assert target is not None
    con = sqlite3.connect(target)
    with con:
        con.execute("UPDATE meta SET value = ? WHERE name = ?", (value, name))
    con.close()
    inode = target.stat().st_ino
    index = api.lookup_index(glossary)
    assert index.diagnostics == () and isinstance(index.index, CompiledIndex)
    assert target.stat().st_ino != inode  # rebuilt, not reused
    assert answers(index) == in_memory(glossary)


def test_an_unwritable_cache_falls_back_to_memory_with_a_warning(
        tmp_path: Path, glossary: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")  # also unwritable for root, unlike chmod
    monkeypatch.setenv("TERMBASE_CACHE_DIR", str(blocker))
    index = api.lookup_index(glossary)
    assert [d.code for d in index.diagnostics] == ["TB150"]
    assert not isinstance(index.index, CompiledIndex)
    assert answers(index) == in_memory(glossary)
    with pytest.raises(OutputError):
        compile_paths([glossary])


def test_no_cache_means_memory_and_no_files(tmp_path: Path, glossary: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERMBASE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("TERMBASE_NO_CACHE", "1")
    index = api.lookup_index(glossary)
    assert not isinstance(index.index, CompiledIndex) and index.diagnostics == ()
    assert not (tmp_path / "cache").exists()
    with pytest.raises(UsageError):
        api.index_glossary(glossary)


def test_a_database_failing_mid_query_is_answered_from_the_files(
        cache: Path, glossary: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = api.lookup_index(glossary)
    expected = in_memory(glossary)
    assert isinstance(index.index, CompiledIndex)
    index.index.close()
    # When it cannot be rebuilt either (a cache folder gone read-only meanwhile).
    monkeypatch.setattr("termbase.index.rebuild_damaged", lambda *a, **k: (None, ()))
    result = index.search(QUERIES[0], limit=None)
    assert [d.code for d in result.diagnostics] == ["TB153"]
    assert [(h.concept.id, h.match.kind.value, h.match.term.text)
            for h in result.hits] == expected[0]


def test_bad_glossary_input_is_still_an_input_error(cache: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.tbx"
    broken.write_text("<tbx><text><body><conceptEntry", encoding="utf-8")
    with pytest.raises(InputError):
        api.lookup_index(broken)
    assert not list((cache / "glossaries").glob("*.sqlite"))


def test_reader_warnings_are_replayed_from_the_cache(cache: Path, tmp_path: Path) -> None:
    table = tmp_path / "g.csv"
    rows = ["zh,en", "行动纲领,Programme of Action", "小武器和轻武器,small arms and light weapons",
            "国际追查文书,International Tracing Instrument", "会员国,Member State",
            "非法贸易,illicit trade", "弹药储存管理,management of ammunition stockpiles"]
    table.write_bytes("\n".join(rows).encode("gb18030"))
    first = api.lookup_index(table)
    second = api.lookup_index(table)
    assert isinstance(second.index, CompiledIndex)
    assert [d.code for d in first.diagnostics] == ["TB102"]  # not UTF-8: read as GB18030
    assert second.diagnostics == first.diagnostics
    assert second.search("行动纲领").hits


def test_compile_reports_and_clear_removes(cache: Path, glossary: Path) -> None:
    info = api.index_glossary(glossary)
    assert info.rebuilt and info.concepts == 58 and info.size == info.path.stat().st_size
    assert not api.index_glossary(glossary).rebuilt
    assert api.index_glossary(glossary, rebuild=True).rebuilt
    assert clear_cache() == [info.path] and not info.path.exists()
    assert clear_cache() == []


def test_termbase_index_rebuilds_a_database_damaged_past_its_first_pages(
        cache: Path, glossary: Path) -> None:
    # Opening reads the meta table on the first pages only: 'termbase index' said
    # 'up to date' of a file damaged further in, and every lookup then fell back to the
    # glossary files (TB153) until the cache was cleared by hand.
    first = compile_paths([glossary])
    size = first.path.stat().st_size
    assert size > 3 * 4096
    with first.path.open("r+b") as handle:
        handle.seek(size - 2 * 4096)
        handle.write(b"\xa5" * 4096)
    again = compile_paths([glossary])
    assert again.rebuilt and [d.code for d in again.diagnostics] == ["TB151"]
    assert answers(api.lookup_index(glossary)) == in_memory(glossary)
    assert not compile_paths([glossary]).rebuilt  # whole again: up to date


def _scribbled(database: Path, offset_from_end: int) -> None:
    with database.open("r+b") as handle:
        handle.seek(database.stat().st_size - offset_from_end)
        handle.write(b"\xa5" * 4096)


def test_a_lookup_rebuilds_a_database_damaged_past_its_first_pages(
        cache: Path, glossary: Path) -> None:
    # Opening reads the meta table on the first pages only, so the damage was met by
    # the query that reached it: that lookup, and every later one, answered from the
    # glossary files (TB153, slow for a large glossary) until the cache was cleared by
    # hand. Now the first failing query rebuilds the database and is answered from it.
    expected = in_memory(glossary)
    target = compile_paths([glossary]).path
    for offset in (2 * 4096, 4 * 4096):
        _scribbled(target, offset)
        index = api.lookup_index(glossary)
        results = [index.search(q, limit=None) for q in QUERIES]
        assert [d.code for r in results for d in r.diagnostics] == ["TB151"]
        assert [[(h.concept.id, h.match.kind.value, h.match.term.text) for h in r.hits]
                for r in results] == expected
        assert isinstance(index.index, CompiledIndex) and index.index.intact()
        assert index.concept(expected[0][0][0]) is not None
        index.index.close()
        again = api.lookup_index(glossary)
        assert again.diagnostics == () and answers(again) == expected


def test_a_concept_page_on_a_damaged_database_is_answered(cache: Path, glossary: Path
                                                         ) -> None:
    # The web page's concept view asked the database with no fallback: the damage
    # came out of the server as an internal error.
    target = compile_paths([glossary]).path
    wanted = api.load_glossary(glossary).glossary.concepts[-1]
    index = api.lookup_index(glossary)
    assert isinstance(index.index, CompiledIndex)
    index.index.close()  # fails as a damaged file does: sqlite3.Error underneath
    assert index.concept(wanted.id) == wanted
    assert isinstance(index.index, CompiledIndex) and index.index.path == target


def _tables(target: Path) -> set[str]:
    con = sqlite3.connect(target)
    try:
        return {name for (name,) in con.execute("SELECT name FROM sqlite_master "
                                                "WHERE type = 'table'")}
    finally:
        con.close()


def test_a_check_compiles_the_concepts_alone_and_a_lookup_then_the_rest(
        cache: Path, glossary: Path) -> None:
    for_check = open_compiled([glossary], lookup=False)
    assert for_check.index is not None and not for_check.diagnostics
    assert not for_check.index.has_lookup and for_check.index.concept_count == 58
    for_check.index.close()
    target = database_path([glossary])
    assert target is not None
    assert _tables(target) == {"meta", "concepts"}
    # A lookup needs its tables: the database is compiled again, whole, without a word.
    index = api.lookup_index(glossary)
    assert index.diagnostics == () and isinstance(index.index, CompiledIndex)
    assert index.index.has_lookup and answers(index) == in_memory(glossary)
    assert _tables(target) == {"meta", "concepts", "keys", "entries", "grams"}
    inode = target.stat().st_ino
    # ... and a check takes the whole one as it is.
    again = open_compiled([glossary], lookup=False)
    assert again.index is not None and again.loaded is None and again.index.has_lookup
    again.index.close()
    assert target.stat().st_ino == inode


def test_a_database_of_the_schema_before_is_rebuilt_for_a_check(cache: Path, glossary: Path
                                                                ) -> None:
    opened(glossary).close()
    target = database_path([glossary])
    assert target is not None
    con = sqlite3.connect(target)
    with con:
        con.execute("UPDATE meta SET value = '3' WHERE name = 'schema'")
    con.close()
    result = open_compiled([glossary], lookup=False)
    assert result.index is not None and result.loaded is not None  # compiled again
    assert result.diagnostics == () and result.index.meta["schema"] == 4
    result.index.close()
