"""Shared fixtures. Third-party data lives in ../shared (or $TERMBASE_SHARED), never in the repo."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests must not fail at random on CI: by default Hypothesis runs derandomised
# (the same examples on every run, from a seed derived from each test) with no deadline,
# so CI's outcome depends on the code alone. Set HYPOTHESIS_PROFILE=explore to search
# with fresh random examples while developing, and turn what it finds into @example cases.
settings.register_profile("ci", derandomize=True, deadline=None, database=None,
                          print_blob=True)
settings.register_profile("explore", deadline=None, max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """termbase's cache (compiled glossaries, the parsed dictionary) and the user's own
    glossary folder go to folders of the test run, never to the user's ~/.cache or
    ~/.local/share; tests of either set their own."""
    folders = {"TERMBASE_CACHE_DIR": "cache", "TERMBASE_USER_GLOSSARIES": "user-glossaries"}
    previous = {name: os.environ.get(name) for name in folders}
    for name, folder in folders.items():
        os.environ[name] = str(tmp_path_factory.mktemp(folder))
    yield
    for name, value in previous.items():
        if value is None:
            del os.environ[name]
        else:
            os.environ[name] = value


def _shared_dir() -> Path | None:
    env = os.environ.get("TERMBASE_SHARED")
    candidate = Path(env) if env else ROOT.parent / "shared"
    return candidate if candidate.is_dir() else None


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared data folder; tests needing it are skipped, with the reason, when absent."""
    path = _shared_dir()
    if path is None:
        pytest.skip("shared data not found at ../shared; set TERMBASE_SHARED to its location")
    return path


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The two seed resolutions bundled in data/ (these may be committed)."""
    return ROOT / "data"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """termbase's cache in a folder of this test alone, turned on whatever the
    environment says (tests of the compiled glossary and its derived files). It takes
    the name of pytest's own ``cache`` fixture, which no test here uses."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("TERMBASE_CACHE_DIR", str(folder))
    monkeypatch.delenv("TERMBASE_NO_CACHE", raising=False)
    return folder
