"""The test suite itself is deterministic: property tests cannot fail at random on CI."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings


@pytest.mark.skipif(os.environ.get("HYPOTHESIS_PROFILE", "ci") != "ci",
                    reason="an exploring profile was asked for explicitly")
def test_property_tests_run_derandomised_without_deadline() -> None:
    assert settings.default.derandomize is True
    assert settings.default.deadline is None
    assert settings.default.database is None
