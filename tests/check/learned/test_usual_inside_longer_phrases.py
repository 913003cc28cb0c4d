"""The usual rendering standing mostly inside longer phrases the draft repeats, in a
draft without capitals (issue 13, learned precision on lower-cased text): "the fourth
ministerial conference", "the international aid transparency initiative" are names'
wordings, which capitals would show, so a variant of them is a hint there; a cased
draft still warns, and a function word beside the rendering makes no longer phrase."""

from __future__ import annotations

import pytest

from check._stand_in import CASE_BLIND_FILLER, VIOLENCE, learned_finding
from termbase.check.glosses import Gloss
from termbase.check.learned import readings
from termbase.check.learned.renderings import stop_words
from termbase.diagnostics import Severity
from termbase.model import Glossary

_ENTRIES = {"性暴": Gloss(frozenset({"sexual", "sex"}), "n"),
            "暴力": Gloss(frozenset({"violenc", "abus"}), "n")}
# The usual rendering in four units, in two of them inside "wartime sexual violence".
_WARTIME = [("甲国发生战时性暴力。", "Wartime sexual violence occurred in country A."),
            ("乙国的战时性暴力事件增加。", "Incidents of wartime sexual violence rose in B."),
            ("各方应打击性暴力。", "All parties should combat sexual violence."),
            ("性暴力受害者需要帮助。", "Victims of sexual violence need help."),
            ("儿童遭受虐待。", "Children suffer abuse."),
            ("老人遭受虐待。", "Older persons suffer abuse."),
            ("妇女遭受虐待。", "Women suffer abuse.")]
_VARIANT = ("各国应打击性暴力。", "All States should combat sexual abuse.")



def test_a_variant_of_a_rendering_inside_repeated_phrases_is_a_hint_without_capitals(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [*_WARTIME, *CASE_BLIND_FILLER, _VARIANT]
    lower = [(z, e.lower()) for z, e in lines]
    found, severity, message = learned_finding(glossary, lower, _ENTRIES, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.INFO)
    assert "longer phrases the draft repeats (“wartime sexual violence”)" in message
    found, severity, _ = learned_finding(glossary, lines, _ENTRIES, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.WARNING)


def test_function_words_beside_the_rendering_make_no_longer_phrase(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    """"incidents of sexual violence", "victims of sexual violence": every noun phrase
    has a function word beside it, which names nothing."""
    lower = [(z, e.lower()) for z, e in [*VIOLENCE, *CASE_BLIND_FILLER, _VARIANT]]
    found, severity, _ = learned_finding(glossary, lower, _ENTRIES, monkeypatch)
    assert (found, severity) == ("sexual abuse", Severity.WARNING)


def test_only_a_content_word_beside_the_rendering_makes_a_longer_phrase() -> None:
    stop = stop_words()
    key = "sexual violence"
    assert readings._extends(["wartime", "sexual", "violence"], key, 2, stop)
    assert readings._extends(["sexual", "violence", "survivor"], key, 2, stop)
    assert not readings._extends(["of", "sexual", "violence"], key, 2, stop)
    assert not readings._extends(["wartime", "sexual", "abuse"], key, 2, stop)
    assert not readings._extends(["the", "wartime", "sexual", "violence"], key, 2, stop)
