"""The cache folder: configurable, documented order, and a way to turn it off."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.paths import cache_dir, cache_file


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
