"""Tests of termbase.check.term_case: an approved term written with the wrong case."""

from __future__ import annotations

from check._stand_in import one_concept as _glossary
from check._stand_in import sorted_findings as _found
from check._stand_in import zh_en_pair as _pair
from termbase.model import Glossary, Term

# False-alarm classes met on official UN text (issue 13, items 4 and 5): each test is one
# class, and the real error beside it still found.


def test_lower_cased_corpus_has_no_case_findings(glossary: Glossary) -> None:
    zh = ["大会通过了决议。"] * 25
    en = ["the general assembly adopted a resolution."] * 25
    assert _found(glossary, _pair(zh, en)) == []
    # In a draft written with capitals, the same line is a case error.
    en_mixed = ["The General Assembly adopted it."] * 24 + ["the general assembly adopted it."]
    assert _found(glossary, _pair(zh, en_mixed)) == [("term_case", "warning", 25)]


# Excuses that swallowed true misses injected into tuning text (issue 13, session 25):
# each excuse must rest on evidence that a line with a plain miss lacks.


def test_a_name_lower_cased_inside_a_capitalised_longer_name_is_a_case_error() -> None:
    poa = _glossary("poa", "行动纲领", Term("Programme of Action"))
    zh = ["各国应调整《支援最不发达国家多哈行动纲领》。"]
    # The longer name keeps its capitals around the term: the term lost its own.
    assert _found(poa, _pair(zh, ["States should adapt the Doha programme of action for "
                                  "the Least Developed Countries."])) == [
        ("term_case", "warning", 1)]
    # A generic reference to the longer name, lower case throughout, stays a hint; so
    # does one after a date ("of 22 July on the programme …").
    dated = ["回顾其7月22日关于《支援最不发达国家多哈行动纲领》的决议。"]
    for zh_line, en in [(zh, "States should adapt the programme of action for the least "
                             "developed countries."),
                        (dated, "Recalling its resolution of 22 July on the programme of "
                                "action for the least developed countries.")]:
        assert _found(poa, _pair(zh_line, [en])) == [("term_case", "info", 1)]
