"""Tests of termbase.check.inconsistent: one source term rendered by different approved
glossary terms."""

from __future__ import annotations

from check._stand_in import sorted_findings as _found
from check._stand_in import zh_en_pair as _pair
from termbase.model import Concept, Glossary, LangSec, PartOfSpeech, Term, TermStatus

# False-alarm classes met on official UN text (issue 13, items 4 and 5): each test is one
# class, and the real error beside it still found.


def test_a_verb_and_a_noun_rendering_are_not_inconsistent() -> None:
    g = Glossary((Concept("impl", (
        LangSec("zh", (Term("执行"),)),
        LangSec("en", (Term("implementation", part_of_speech=PartOfSpeech.NOUN),
                       Term("implement", TermStatus.ADMITTED,
                            part_of_speech=PartOfSpeech.VERB))))),))
    zh = ["执行工作。", "执行工作。", "各国执行。"]
    en = ["The implementation of work.", "Implementation of work.", "States implemented it."]
    assert _found(g, _pair(zh, en)) == []
