from __future__ import annotations

import pytest

from termbase.check import CheckOptions, check_draft
from termbase.check.draft import presplit_pair
from termbase.check.matching import LanguageMatcher, MatchOptions
from termbase.model import Concept, Glossary, LangSec, Term, TermStatus


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


# A closed English term meets its hyphenated spelling in text (issue 13, item 4):
# "socio-economic" is "socioeconomic", unless the glossary keeps the two
# apart (src/termbase/check/matching.py, ClosedCompounds).
def _concept(cid: str, zh: str, *en: Term) -> Concept:
    return Concept(cid, (LangSec("zh", (Term(zh),)), LangSec("en", en)))


def _found_terms(matcher: LanguageMatcher, text: str) -> list[tuple[str, str]]:
    return [(h.term.text, text[h.start:h.end]) for h in matcher.find(matcher.prepare(text))]


def _contains(matcher: LanguageMatcher, text: str, term: Term) -> bool:
    return matcher.contains(matcher.prepare(text), term)


_SOCIO = Term("socioeconomic")
_NGO = Term("nongovernmental organizations")
_CLOSED = Glossary((_concept("se", "社会经济", _SOCIO), _concept("ngo", "非政府组织", _NGO),
                    _concept("eco", "经济", Term("economic"))))


def test_closed_term_matches_its_hyphenated_spelling() -> None:
    en = LanguageMatcher(_CLOSED, "en")
    assert en.diagnostics == []
    assert _found_terms(en, "their socio-economic situation") == [
        ("socioeconomic", "socio-economic")]
    # The other folds hold across the closed compound: case, plural.
    assert _found_terms(en, "the Non-Governmental Organization") == [
        ("nongovernmental organizations", "Non-Governmental Organization")]
    assert _contains(en, "socio-economic", _SOCIO)
    assert _contains(en, "socio‑economic", _SOCIO)  # a non-breaking hyphen
    assert en.contains_coordinated(en.prepare("non-governmental and other organizations"),
                                   _NGO)


def test_a_closed_compound_hides_the_words_inside_it_as_before() -> None:
    en = LanguageMatcher(_CLOSED, "en")
    # "economic" inside "socio-economic" is no term a reader sees (it still counts as
    # present, as any term inside a hyphenated compound does).
    found = _found_terms(en, "economic and socio-economic growth")
    assert found == [("economic", "economic"), ("socioeconomic", "socio-economic")]


def test_two_words_are_not_one_closed_word() -> None:
    g = Glossary((_concept("se", "社会经济", _SOCIO), _concept("ab", "国外", Term("abroad"))))
    en = LanguageMatcher(g, "en")
    assert _found_terms(en, "a broad range of socio economic factors") == []
    assert not _contains(en, "a broad range", Term("abroad"))


def test_the_whole_compound_closes() -> None:
    g = Glossary((_concept("nn", "无核", Term("nonnuclear")),))
    en = LanguageMatcher(g, "en")
    assert _found_terms(en, "non-nuclear-weapon States") == []
    assert _found_terms(en, "non-nuclear States") == [("nonnuclear", "non-nuclear")]


def test_closing_belongs_to_the_hyphenation_option() -> None:
    en = LanguageMatcher(_CLOSED, "en", MatchOptions(hyphenation=False))
    assert _found_terms(en, "socio-economic") == []
    assert en.prepare("socio-economic").closed is None


def test_a_hyphenated_term_of_its_own_is_matched_as_written() -> None:
    hyphenated = Term("socio-economic")
    g = Glossary((_concept("se", "社会经济", _SOCIO), _concept("ses", "社经", hyphenated)))
    en = LanguageMatcher(g, "en")
    assert _found_terms(en, "socio-economic") == [("socio-economic", "socio-economic")]
    assert not _contains(en, "socio-economic", _SOCIO)
    assert _contains(en, "socio-economic", hyphenated)


def test_deprecated_hyphenated_form_is_reported_not_folded() -> None:
    deprecated = Term("socio-economic", TermStatus.DEPRECATED)
    g = Glossary((_concept("se", "社会经济", _SOCIO, deprecated),))
    en = LanguageMatcher(g, "en")
    assert [d.code for d in en.diagnostics] == ["TB630"]
    assert _found_terms(en, "socio-economic") == [("socio-economic", "socio-economic")]
    assert not _contains(en, "socio-economic", _SOCIO)
    assert _found_terms(en, "socioeconomic") == [("socioeconomic", "socioeconomic")]


def test_deprecated_spaced_form_is_warned_and_kept_apart() -> None:
    # Not a hyphenated term, so its closed form is none of its keys: the warning that
    # the hyphenated text no longer folds onto the approved term is new.
    deprecated = Term("socio economic", TermStatus.DEPRECATED)
    g = Glossary((_concept("se", "社会经济", _SOCIO, deprecated),))
    en = LanguageMatcher(g, "en")
    assert [d.code for d in en.diagnostics] == ["TB630"]
    assert "socio economic" in en.diagnostics[0].message
    assert _found_terms(en, "socio-economic") == [("socio economic", "socio-economic")]
    assert not _contains(en, "socio-economic", _SOCIO)


def test_deprecated_longer_term_wins_over_the_closed_reading() -> None:
    approved = Term("socioeconomic development")
    deprecated = Term("socio economic development", TermStatus.DEPRECATED)
    g = Glossary((_concept("sed", "社会经济发展", approved, deprecated),))
    en = LanguageMatcher(g, "en")
    assert [d.code for d in en.diagnostics] == ["TB630"]
    assert _found_terms(en, "socio-economic development") == [
        ("socio economic development", "socio-economic development")]


def _bilingual(glossary: Glossary, zh: str, en: str) -> list[tuple[str, str]]:
    draft = presplit_pair(zh, "d.zh", en, "d.en")
    result = check_draft(glossary, draft, CheckOptions())
    return [(f.kind.value, f.severity.value) for f in result.findings]


def test_hyphenated_rendering_of_a_closed_term_is_no_missing_target() -> None:
    assert _bilingual(_CLOSED, "改善社会经济状况。",
                      "Improve the socio-economic situation.") == []
    # Without it the term is missing (a hint here, where a short line says little).
    assert [kind for kind, _ in _bilingual(_CLOSED, "改善社会经济状况。",
                                           "Improve the situation.")] == ["missing_target"]


def test_deprecated_hyphenated_rendering_is_reported_as_deprecated() -> None:
    g = Glossary((_concept("se", "社会经济", _SOCIO,
                           Term("socio-economic", TermStatus.DEPRECATED)),))
    assert _bilingual(g, "改善社会经济状况。", "Improve the socio-economic situation.") == [
        ("deprecated", "error")]
