from __future__ import annotations

import pytest

from termbase.check.matching import LanguageMatcher, MatchOptions
from termbase.model import Glossary


def _found(matcher: LanguageMatcher, text: str) -> list[tuple[str, str]]:
    return [(h.concept_id, text[h.start:h.end]) for h in matcher.find(matcher.prepare(text))]


def test_chinese_longest_match(glossary: Glossary) -> None:
    zh = LanguageMatcher(glossary, "zh")
    assert _found(zh, "审查大会和大会") == [("revcon", "审查大会"), ("ga", "大会")]


def test_chinese_term_across_title_marks() -> None:
    from termbase.model import Concept, LangSec, Term

    g = Glossary((Concept("b", (LangSec("zh", (Term("《北京宣言》和《行动纲要》"),)),)),
                  Concept("p", (LangSec("zh", (Term("《行动纲要》"),)),))))
    zh = LanguageMatcher(g, "zh")
    text = "执行《北京宣言》和《行动纲要》"
    assert _found(zh, text) == [("b", "北京宣言》和《行动纲要")]


@pytest.mark.parametrize("text, found", [
    ("all Member States", "Member States"),
    ("States’ capacity building", "capacity building"),
    ("Capacity-building", "Capacity-building"),
    # A closed term meets its hyphenated spelling (issue 13, item 4; session 32).
    ("regional and sub-regional organisations", "regional and sub-regional organisations"),
    ("regional and subregional organisations", "regional and subregional organisations"),
    ("the Programme of Action", "Programme of Action"),
    ("the Program of Action", "Program of Action"),
])
def test_english_variants(glossary: Glossary, text: str, found: str | None) -> None:
    en = LanguageMatcher(glossary, "en")
    hits = [t for _, t in _found(en, text)]
    assert hits == ([found] if found else [])


def test_english_case_rules(glossary: Glossary) -> None:
    en = LanguageMatcher(glossary, "en")
    assert _found(en, "the member States of ECLAC") == []
    assert _found(en, "a programme of action for the decade") == []
    assert _found(en, "the PoA and the poa") == [("poa", "PoA")]
    assert _found(en, "Small arms (SALW) and salw") == [("salw", "SALW")]


def test_punctuation_breaks_a_term(glossary: Glossary) -> None:
    en = LanguageMatcher(glossary, "en")
    assert _found(en, "capacity. Building") == []


def test_verb_forms_only_when_configured(glossary: Glossary) -> None:
    plain = LanguageMatcher(glossary, "en")
    verbs = LanguageMatcher(glossary, "en", MatchOptions(verb_forms=True))
    assert _found(plain, "they implemented it") == []
    assert _found(verbs, "they implemented it") == [("impl", "implemented")]


def test_strict_spelling(glossary: Glossary) -> None:
    strict = LanguageMatcher(glossary, "en", MatchOptions(spelling_variants=False,
                                                         hyphenation=False))
    assert _found(strict, "Program of Action") == []
    assert _found(strict, "capacity building") == []


def test_contains_sees_inside_longer_terms(glossary: Glossary) -> None:
    en = LanguageMatcher(glossary, "en")
    poa = next(t for _, t in glossary.get("poa").terms("en")  # type: ignore[union-attr]
               if t.text == "Programme of Action")
    prepared = en.prepare("the " + "Programme of Action to Prevent, Combat and Eradicate")
    assert en.contains(prepared, poa)


def test_options_choose_the_folds_of_the_one_english_rule() -> None:
    from termbase.text.english import EnglishFolding

    options = MatchOptions(plurals=False, spelling_variants=False, verb_forms=True)
    assert options.folding == EnglishFolding(plurals=False, hyphenation=True,
                                             spelling_variants=False, verb_forms=True)


def test_plural_folding_is_the_callers_choice(glossary: Glossary) -> None:
    # The fold is a function of the text; a checker that must keep "States parties" and
    # "State parties" apart switches it off.
    plain = LanguageMatcher(glossary, "en", MatchOptions(plurals=False))
    assert _found(plain, "all Member States") == []
    assert _found(LanguageMatcher(glossary, "en"), "all Member States") == [
        ("ms", "Member States")]
