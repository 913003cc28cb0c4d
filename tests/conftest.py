"""Shared fixtures. Third-party data lives in ../shared (or $TERMBASE_SHARED), never in the repo."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


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
