"""Tests of termbase.extract.model: the settings of an extraction."""

from __future__ import annotations

from termbase.extract import ExtractSettings


def test_sized_for_grows_the_shortlist_with_top_only() -> None:
    assert ExtractSettings().sized_for(1000).shortlist == 2000
    assert ExtractSettings().sized_for(10).shortlist == ExtractSettings().shortlist
