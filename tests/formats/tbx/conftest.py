"""The official TBX validators for every TBX test that needs them (skipped without ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from formats.tbx._tbx import Official, official_for


@pytest.fixture
def official(shared: Path) -> Official:
    return official_for(shared)
