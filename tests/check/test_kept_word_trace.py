"""A word of the missing term that the translation keeps ("international" of
"international cooperation") is a trace of a free rendering only when it speaks for the
term: a translation holding it no more often than the rest of the source line's words
may render it (国际法 "international law" beside the term) shows no rendering of the term,
and the miss stays an error (issue 13: injected omissions that such a trace lowered).
The dictionary is a small stand-in here."""

from __future__ import annotations

import pytest

from check._stand_in import StandInDictionary
from termbase.check import FindingKind, check_draft
from termbase.check.draft import presplit_pair
from termbase.check.glosses import Gloss
from termbase.model import Concept, Glossary, LangSec, Term

_DICTIONARY = {
    "国际": Gloss(frozenset({"intern"}), "n"),
    "合作": Gloss(frozenset({"cooper", "collab"}), "vn"),
    "法": Gloss(frozenset({"law"}), "n"),
    "各国": Gloss(frozenset({"stat", "countr"}), "n"),
    "加强": Gloss(frozenset({"streng"}), "v"),
}
_STAND_IN = StandInDictionary(_DICTIONARY)


@pytest.fixture(autouse=True)
def _dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    _STAND_IN.install(monkeypatch)


def _glossary() -> Glossary:
    return Glossary((
        Concept("icoop", (LangSec("zh", (Term("国际合作"),)),
                          LangSec("en", (Term("international cooperation"),)))),
    ))


def _missing(zh: str, en: str) -> list[tuple[str, str, str]]:
    draft = presplit_pair(zh, "d.zh", en, "d.en")
    return [(f.term, f.severity.value, f.message.partition("(")[2])
            for f in check_draft(_glossary(), draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


def test_a_kept_word_the_rest_of_the_line_explains_is_no_trace() -> None:
    # "international" renders 国际法; nothing renders 国际合作.
    assert _missing("各国应根据国际法加强国际合作。",
                    "States should strengthen their efforts under international law.") == [
        ("国际合作", "error", "")]


def test_a_kept_word_of_the_term_alone_is_a_trace() -> None:
    assert _missing("各国应加强国际合作。",
                    "States should strengthen international collaboration.") == [
        ("国际合作", "info", "it has “international” of it: a free rendering, or a word "
                          "missing?)")]


def test_a_kept_word_more_often_than_the_rest_explains_is_a_trace() -> None:
    # Two "international" for one 国际 outside the term: one of them is the term's.
    assert _missing("各国应根据国际法加强国际合作。",
                    "States should strengthen international collaboration under "
                    "international law.") == [
        ("国际合作", "info", "it has “international” of it: a free rendering, or a word "
                          "missing?)")]
