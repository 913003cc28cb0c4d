"""The catalog behind the page follows its glossary files while it serves."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from termbase import api
from termbase.diagnostics import Diagnostic
from termbase.fileio import write_atomic
from termbase.serve.catalog import RELOAD_CHECK_SECONDS, Catalog
from termbase.serve.server import running


def _glossary(*pairs: tuple[str, str]) -> bytes:
    concepts = [{"id": f"c{i}", "langSecs": [{"lang": "zh", "terms": [{"text": zh}]},
                                             {"lang": "en", "terms": [{"text": en}]}]}
                for i, (zh, en) in enumerate(pairs)]
    return json.dumps({"title": "t", "concepts": concepts}, ensure_ascii=False).encode()


def _english(catalog: Catalog, query: str) -> list[str]:
    return [hit["terms"].get("en", "") for hit in catalog.search(query)["hits"]]


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _changed(path: Path, data: bytes) -> None:
    """Replace ``path`` as termbase does (temporary file + rename), with a modification
    time surely different from the last one (file systems with coarse times)."""
    before = path.stat().st_mtime_ns
    write_atomic(path, data)
    os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))


@pytest.fixture()
def catalog(tmp_path: Path, cache: Path) -> tuple[Catalog, Path, _Clock, list[str]]:
    path = tmp_path / "g.json"
    path.write_bytes(_glossary(("维持和平", "peacekeeping")))
    log: list[str] = []
    clock = _Clock()

    def report(line: str, notes: tuple[Diagnostic, ...]) -> None:
        log.extend([line, *(str(n) for n in notes)])

    opened = Catalog.open(path, report=report)
    # Reloads read on the caller's thread here: these tests are about what is reloaded.
    return (Catalog(opened.shelves, report=report, clock=clock, background=False), path,
            clock, log)


@pytest.fixture()
def store_catalog(tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
                  ) -> tuple[Catalog, Path, _Clock, list[str]]:
    """A catalog serving the glossary store (two folders on the search path, 'arms' in
    the second), reading on threads of its own as the page does; the first folder, where
    a test saves new glossaries, is returned with it."""
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    monkeypatch.setenv("TERMBASE_GLOSSARIES", f"{first}{os.pathsep}{second}")
    (second / "arms.json").write_bytes(_glossary(("小武器", "small arms")))
    log: list[str] = []
    clock = _Clock()
    opened = Catalog.open(None)
    served = Catalog(opened.shelves, report=lambda line, _: log.append(line), clock=clock,
                     follows_store=opened.follows_store)
    return served, first, clock, log


def test_a_glossary_changed_while_served_is_read_again(
        catalog: tuple[Catalog, Path, _Clock, list[str]]) -> None:
    # The server read its glossary once: an import or an edit while it ran was never
    # seen, and the page answered from the old glossary for as long as it served.
    served, path, clock, log = catalog
    assert _english(served, "维持和平") == ["peacekeeping"]
    _changed(path, _glossary(("维持和平", "peace-keeping operations"), ("裁军", "disarmament")))
    served.refresh()  # within the interval: no look at the files yet
    assert _english(served, "维持和平") == ["peacekeeping"]
    clock.now += RELOAD_CHECK_SECONDS
    served.refresh()
    assert _english(served, "维持和平") == ["peace-keeping operations"]
    assert _english(served, "裁军") == ["disarmament"]
    assert served.concept_count == 2
    assert log == ["reloaded glossary 'g' (2 concepts)"]
    served.close()


def test_a_glossary_deleted_or_broken_keeps_the_last_good_one_and_says_so(
        catalog: tuple[Catalog, Path, _Clock, list[str]]) -> None:
    served, path, clock, log = catalog
    read_at = served.shelves[0].read_at
    path.write_bytes(_glossary(("维持和平", "peacekeeping"))[:-7])  # saved in place, cut
    os.utime(path, ns=(1, 1))
    clock.now += RELOAD_CHECK_SECONDS
    served.refresh()
    assert _english(served, "维持和平") == ["peacekeeping"]
    [warning] = served.search("维持和平")["warnings"]
    assert warning.startswith(f"{path}: ") and warning.endswith(
        f"still serving the 1 concept(s) read at {read_at}")
    assert log[0] == "cannot reload glossary 'g'" and "[TB200]" in log[1]
    del log[:]
    clock.now += RELOAD_CHECK_SECONDS
    served.refresh()  # the same broken version is not read again
    assert log == []
    path.unlink()
    clock.now += RELOAD_CHECK_SECONDS
    served.refresh()
    assert _english(served, "维持和平") == ["peacekeeping"]
    assert "the glossary file is gone" in served.warnings[0]
    assert served.glossaries()[0]["warning"] == served.warnings[0]
    path.write_bytes(_glossary(("维持和平", "peacekeeping operations")))
    clock.now += RELOAD_CHECK_SECONDS
    served.refresh()
    assert _english(served, "维持和平") == ["peacekeeping operations"]
    assert served.warnings == [] and served.search("维持和平")["warnings"] == []
    served.close()


def _reindexed() -> None:
    """Wait for the reloads under way to finish (they read on threads of their own)."""
    for thread in threading.enumerate():
        if thread.name.startswith("termbase-reindex-"):
            thread.join(60)


def _reads_held(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Hold every glossary reading the catalog starts until the returned event is set:
    a large glossary's reading, under way while lookups are asked."""
    from termbase.serve import catalog as module

    release = threading.Event()
    real = module._read_shelf

    def slow_read(*args: Any) -> Any:
        assert release.wait(60)
        return real(*args)

    monkeypatch.setattr(module, "_read_shelf", slow_read)
    return release


def test_lookups_during_a_reindex_are_answered_from_the_last_index(
        tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The page reindexed a changed glossary on the thread that answers: while a large
    # glossary was read and compiled (minutes for 100,000 concepts) no lookup was answered.
    path = tmp_path / "g.json"
    path.write_bytes(_glossary(("维持和平", "peacekeeping")))
    log: list[str] = []
    clock = _Clock()
    served = Catalog(Catalog.open(path).shelves, report=lambda line, _: log.append(line),
                     clock=clock)
    read_at = served.shelves[0].read_at
    release = _reads_held(monkeypatch)
    _changed(path, _glossary(("维持和平", "peace-keeping operations"), ("裁军", "disarmament")))
    clock.now += RELOAD_CHECK_SECONDS
    served.refresh()  # starts the reindex, and returns
    answer = served.search("维持和平")
    assert [hit["terms"]["en"] for hit in answer["hits"]] == ["peacekeeping"]
    [said] = answer["warnings"]
    assert said.startswith(f"{path}: changed; a new index is being built") and said.endswith(
        f"answers come from the 1 concept(s) read at {read_at} until it is ready")
    assert served.glossaries()[0]["reindexingSince"]
    clock.now += RELOAD_CHECK_SECONDS
    served.refresh()  # a look while it is under way starts no second one
    assert log == []
    release.set()
    _reindexed()
    served.refresh()  # ready: served at once, though the files are not looked at yet
    assert _english(served, "维持和平") == ["peace-keeping operations"]
    assert _english(served, "裁军") == ["disarmament"]
    assert served.warnings == [] and served.glossaries()[0]["reindexingSince"] == ""
    assert log == ["reloaded glossary 'g' (2 concepts)"]
    served.close()


def test_the_running_page_answers_from_the_changed_glossary(tmp_path: Path, cache: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    import urllib.parse
    import urllib.request

    monkeypatch.setattr("termbase.serve.catalog.RELOAD_CHECK_SECONDS", 0.0)
    path = tmp_path / "g.json"
    path.write_bytes(_glossary(("维持和平", "peacekeeping")))
    with running(api.make_web_app(path)) as url:
        def english() -> list[str]:
            query = urllib.parse.urlencode({"q": "维持和平"})
            with urllib.request.urlopen(f"{url}/api/search?{query}", timeout=30) as answer:
                return [h["terms"]["en"] for h in json.loads(answer.read())["hits"]]

        assert english() == ["peacekeeping"]
        _changed(path, _glossary(("维持和平", "peace-keeping")))
        assert english() in (["peacekeeping"], ["peace-keeping"])  # the reindex starts
        _reindexed()
        assert english() == ["peace-keeping"]
        path.unlink()
        with urllib.request.urlopen(f"{url}/api/glossaries", timeout=30) as answer:
            listing = json.loads(answer.read())
        assert listing["concepts"] == 1 and "is gone" in listing["warnings"][0]
        assert english() == ["peace-keeping"]


def test_a_glossary_saved_into_the_store_while_served_is_added(
        store_catalog: tuple[Catalog, Path, _Clock, list[str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Served from the store, the page listed the glossaries there at start and no other
    # until restarted: one imported into the store while it ran was never searched.
    served, first, clock, log = store_catalog
    assert served.follows_store and [s.name for s in served.shelves] == ["arms"]
    # Held until both readings are started: a small file read before the refresh that
    # started it looked again would be served by that refresh, and the log's order would
    # be the threads' (it failed once in CI so).
    release = _reads_held(monkeypatch)
    (first / "peace.json").write_bytes(_glossary(("维持和平", "peacekeeping")))
    (first / "broken.json").write_bytes(b"{")
    clock.now += RELOAD_CHECK_SECONDS
    served.refresh()  # starts reading them
    assert log == []
    release.set()
    _reindexed()
    served.refresh()  # serves them once read
    assert _english(served, "维持和平") == ["peacekeeping"]
    assert sorted(s.name for s in served.shelves) == ["arms", "peace"]
    assert log == ["cannot add glossary 'broken' saved into the store",
                   "added glossary 'peace' (1 concepts)"]
    del log[:]
    clock.now += RELOAD_CHECK_SECONDS
    served.refresh()  # the same broken version is not read again
    assert log == []
    # A glossary of the same name saved earlier on the search path shadows the served one.
    (first / "arms.json").write_bytes(_glossary(("小武器", "small arms and light weapons")))
    clock.now += RELOAD_CHECK_SECONDS
    served.refresh()
    _reindexed()
    served.refresh()
    assert _english(served, "小武器") == ["small arms and light weapons"]
    assert sorted(s.name for s in served.shelves) == ["arms", "peace"]
    served.close()


def test_lookups_while_a_glossary_saved_into_the_store_is_added_are_answered(
        store_catalog: tuple[Catalog, Path, _Clock, list[str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A glossary newly saved into the store was read and compiled on the thread that
    # answers: while a large one was indexed, the page answered nothing.
    served, first, clock, log = store_catalog
    release = _reads_held(monkeypatch)
    (first / "peace.json").write_bytes(_glossary(("维持和平", "peacekeeping")))
    # Shadows the served 'arms', which answers until the new one is ready.
    (first / "arms.json").write_bytes(_glossary(("小武器", "small arms and light weapons")))
    clock.now += RELOAD_CHECK_SECONDS
    served.refresh()  # starts reading them, and returns
    answer = served.search("小武器")
    assert [hit["terms"]["en"] for hit in answer["hits"]] == ["small arms"]
    assert _english(served, "维持和平") == []
    assert sorted(answer["warnings"]) == [
        f"{first / name}: saved into the store; being indexed to be added (since "
        f"{started}): not searched until it is ready"
        for name, started in sorted((p.name, job.started)
                                    for p, job in served._additions.items())]
    assert len(answer["warnings"]) == 2
    # The same, for a client: which files are being added, and since when.
    assert served.additions() == [
        {"name": "arms", "file": str(first / "arms.json"),
         "addingSince": served._additions[first / "arms.json"].started},
        {"name": "peace", "file": str(first / "peace.json"),
         "addingSince": served._additions[first / "peace.json"].started}]
    clock.now += RELOAD_CHECK_SECONDS
    served.refresh()  # a look while they are read starts no second reading
    assert log == [] and [s.name for s in served.shelves] == ["arms"]
    release.set()
    _reindexed()
    served.refresh()  # ready: served at once, though the files are not looked at yet
    assert _english(served, "维持和平") == ["peacekeeping"]
    assert _english(served, "小武器") == ["small arms and light weapons"]
    assert sorted(s.name for s in served.shelves) == ["arms", "peace"]
    assert served.warnings == [] and served.additions() == []
    assert sorted(log) == ["added glossary 'arms' (1 concepts)",
                           "added glossary 'peace' (1 concepts)",
                           "glossary 'arms' is shadowed by a newer one of its name: no "
                           "longer served"]
    served.close()


def test_glossaries_named_on_the_command_line_do_not_follow_the_store(
        catalog: tuple[Catalog, Path, _Clock, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    served, path, clock, log = catalog
    monkeypatch.setenv("TERMBASE_GLOSSARIES", str(path.parent))
    (path.parent / "other.json").write_bytes(_glossary(("裁军", "disarmament")))
    clock.now += RELOAD_CHECK_SECONDS
    served.refresh()
    assert [s.name for s in served.shelves] == ["g"] and log == []
    served.close()
