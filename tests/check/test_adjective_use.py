"""A noun term that modifies the next word, rendered by the adjective of one of its
dictionary senses (check/adjective_use): 国家发展规划 "national development planning" for
the glossary's "States"."""

from __future__ import annotations

import pytest

from check._stand_in import gloss, last_line_miss
from termbase.check.adjective_use import _adjective_of
from termbase.model import Concept, Glossary, LangSec, Term

_GLOSSARY = Glossary((Concept("st", (LangSec("zh", (Term("国家"),)),
                                     LangSec("en", (Term("States"),)))),))


def _severity(zh: str, en: str) -> str:
    return last_line_miss(_GLOSSARY, [(zh, en)])


def test_the_adjective_of_a_sense_where_the_term_modifies_a_word_is_a_hint() -> None:
    # 国家 opens 国家发展规划: "national", of the dictionary's "nation".
    assert _severity("应在国家发展规划中突出能力建设。",
                     "Capacity-building should feature in national development "
                     "planning.") == "info"


@pytest.mark.usefixtures("entries_as_terms")  # 国家 "States": a general word
def test_without_the_adjective_the_miss_stays_an_error() -> None:
    assert _severity("应在国家发展规划中突出能力建设。",
                     "Capacity-building should feature in development planning.") == "error"


@pytest.mark.usefixtures("entries_as_terms")  # 国家 "States": a general word
def test_a_term_that_closes_its_phrase_is_a_noun() -> None:
    # 国家 heads 有关国家 (its run of ideographs ends there): "national" says something
    # else of the line.
    assert _severity("计划应当支持有关国家。",
                     "The plan should support the national effort.") == "error"


@pytest.mark.usefixtures("entries_as_terms")  # 国家 "States": a general word
def test_an_adjective_another_word_of_the_line_says_is_no_rendering() -> None:
    # 全国 says "national": the States of 国家发展规划 may be missing.
    assert _severity("全国委员会支持国家发展规划。",
                     "The national committee supports development planning.") == "error"


@pytest.mark.usefixtures("entries_as_terms")  # 国家 "States": a general word
def test_the_term_twice_and_the_adjective_once_leaves_one_missing() -> None:
    assert _severity("国家发展规划应符合国家优先事项。",
                     "National development planning should follow the priorities.") == "error"


def test_an_adjective_is_a_gloss_and_a_suffix() -> None:
    nation = gloss("n", "country", "nation", "state")
    assert _adjective_of("national", nation)
    assert _adjective_of("economic", gloss("n", "economy"))
    assert _adjective_of("industrial", gloss("n", "industry"))
    # Not of another gloss, and no suffix of a word that is no English word less it.
    assert not _adjective_of("regional", nation)
    assert not _adjective_of("material", gloss("n", "material", "data"))
