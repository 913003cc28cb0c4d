"""The cache folder: configurable, documented order, and a way to turn it off."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.paths import cache_dir, cache_file, read_cached_dict, write_cached


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TERMBASE_CACHE_DIR", "TERMBASE_NO_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)


def test_explicit_folder_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("TERMBASE_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"
    assert cache_file("x.pickle") == tmp_path / "mine" / "x.pickle"


def test_xdg_cache_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "termbase"


def test_home_by_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr("sys.platform", "linux")
    assert cache_dir() == tmp_path / ".cache" / "termbase"


@pytest.mark.parametrize(("value", "off"), [("1", True), ("yes", True), ("0", False),
                                            ("", False)])
def test_no_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str,
                  off: bool) -> None:
    monkeypatch.setenv("TERMBASE_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("TERMBASE_NO_CACHE", value)
    assert (cache_dir() is None) is off
    assert (cache_file("x") is None) is off


def test_the_dictionary_cache_goes_where_it_is_told(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    from termbase.align.lexicon import load_default_lexicon

    monkeypatch.setenv("TERMBASE_CACHE_DIR", str(tmp_path / "on"))
    load_default_lexicon.cache_clear()
    try:
        parsed = load_default_lexicon()
        written = list((tmp_path / "on").iterdir())
        assert len(written) == 1 and written[0].name.startswith("cedict-")
        load_default_lexicon.cache_clear()
        assert len(load_default_lexicon()) == len(parsed)  # read back from the cache

        monkeypatch.setenv("TERMBASE_CACHE_DIR", str(tmp_path / "off"))
        monkeypatch.setenv("TERMBASE_NO_CACHE", "1")
        load_default_lexicon.cache_clear()
        assert len(load_default_lexicon()) == len(parsed)
        assert not (tmp_path / "off").exists()
    finally:
        load_default_lexicon.cache_clear()


def test_a_cached_dict_is_read_back_whole(tmp_path: Path) -> None:
    cache = tmp_path / "sub" / "entries.pickle"
    write_cached(cache, {"截止日": frozenset({"deadli"})})
    assert read_cached_dict(cache) == {"截止日": frozenset({"deadli"})}
    assert [p.name for p in cache.parent.iterdir()] == ["entries.pickle"]  # no temporary left


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05K\x01."])  # last: int 1
def test_a_cache_that_is_no_dict_is_a_miss(tmp_path: Path, content: bytes) -> None:
    cache = tmp_path / "entries.pickle"
    cache.write_bytes(content)
    assert read_cached_dict(cache) is None
    assert read_cached_dict(tmp_path / "absent.pickle") is None


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    write_cached(blocker / "entries.pickle", {"a": 1})  # its folder is a file
    assert read_cached_dict(blocker / "entries.pickle") is None
