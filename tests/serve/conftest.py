"""A running server over the shipped small-arms glossary, for the API and browser tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from termbase import api
from termbase.serve.server import running


@pytest.fixture(scope="module")
def small_arms(repo_root: Path) -> Path:
    return repo_root / "glossaries" / "small-arms.tbx"


@pytest.fixture(scope="module")
def server(small_arms: Path) -> Iterator[str]:
    with running(api.make_web_app(small_arms)) as url:
        yield url
