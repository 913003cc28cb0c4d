"""A slip whose lacking word stands only in the next item of a coordination (issue 13,
learned recall): "developing States and countries with economies in transition" — the
word "countries" after "and" is the next item's own noun, not the usual rendering
reordered, which keeps the word inside the variant's phrase. Before, any word within
three of the variant silenced it; past the conjunction it is now a hint, as past a
comma."""

from __future__ import annotations

import pytest

from check._stand_in import VIOLENCE, learned_finding, learned_found
from termbase.align.lexicon import stem
from termbase.check.glosses import Gloss
from termbase.check.learned import slips
from termbase.diagnostics import Severity
from termbase.model import Glossary

_WORDS = {"性暴": ["sexual"], "暴力": ["violence"], "各方": ["party"], "家庭": ["domestic"],
          "虐待": ["abuse"]}
_ENTRIES = {**{w: Gloss(frozenset(map(stem, english)), "n") for w, english in _WORDS.items()},
            "打击": Gloss(frozenset({stem("combat")}), "v")}
_NEXT = ("各方应打击性暴力和家庭暴力。",
         "All parties should combat sexual abuse and domestic violence.")


def test_the_lacking_word_past_and_makes_a_hint(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    found, severity, _ = learned_finding(glossary, [*VIOLENCE, _NEXT], _ENTRIES, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.INFO)
    monkeypatch.setattr(slips, "_next_conjunct_only", lambda *_: False)
    assert learned_found(glossary, [*VIOLENCE, _NEXT], _ENTRIES, monkeypatch) == []


def test_the_lacking_word_before_the_variant_is_no_next_item(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    # "violence" before the variant, in its own phrase: the rendering reordered.
    reordered = ("各方应打击性暴力和家庭暴力。",
                 "All parties should combat violence and sexual abuse at home.")
    assert learned_found(glossary, [*VIOLENCE, reordered], _ENTRIES, monkeypatch) == []
