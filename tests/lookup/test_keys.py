"""Tests of termbase.lookup.keys: the keys a query and a term are folded to."""

from __future__ import annotations

import pytest

from termbase.lookup import (
    max_edits,
    normalise,
)
from termbase.text.chinese import ScriptConverter


@pytest.fixture(scope="module")
def converter() -> ScriptConverter:
    return ScriptConverter()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("capacity building", "capacity-building"),
        ("capacity building", "Capacity–Building"),  # en dash
        ("国际追查文书", "《国际追查文书》"),
        ("国际追查文书", "“国际追查文书”"),
        ("国际 追查 文书", "国际追查文书"),
        ("MEMBER STATE", "ＭＥＭＢＥＲ　ＳＴＡＴＥ"),  # full-width letters and space
        ("Member State", "Member States"),
        ("State party", "States parties"),
        ("process", "processes"),
        ("Arms Trade Treaty", "'Arms Trade Treaty'"),
    ],
)
def test_normalise_folds_variants(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)


def test_normalise_folds_traditional_only_with_a_simplifier(converter: ScriptConverter) -> None:
    assert normalise("國際追查文書", converter) == "国际追查文书"
    assert normalise("國際追查文書") != "国际追查文书"


@pytest.mark.parametrize("word", ["status", "analysis", "process"])
def test_normalise_keeps_words_that_only_look_plural(word: str) -> None:
    assert normalise(word) == word


def test_max_edits_grow_with_english_length_and_cap_chinese_at_one() -> None:
    assert max_edits("arms") == 0
    assert max_edits("weapon") == 1
    assert max_edits(normalise("Programme of Action")) == 3
    assert max_edits(normalise("International Tracing Instrument")) == 3  # the ceiling
    assert max_edits("会员国") == 1  # a missing character from a four-character term
    assert max_edits("使各国能够及时和可靠地识别") == 1
