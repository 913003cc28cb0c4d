"""A closed English term meets its hyphenated spelling in text (issue 13, item 4;
session 32): "socio-economic" is "socioeconomic", unless the glossary keeps the two
apart (src/termbase/check/matching.py, ClosedCompounds)."""

from __future__ import annotations

from termbase.check import CheckOptions, check_draft
from termbase.check.draft import presplit_pair
from termbase.check.matching import LanguageMatcher, MatchOptions
from termbase.model import Concept, Glossary, LangSec, Term, TermStatus


def _concept(cid: str, zh: str, *en: Term) -> Concept:
    return Concept(cid, (LangSec("zh", (Term(zh),)), LangSec("en", en)))


def _found(matcher: LanguageMatcher, text: str) -> list[tuple[str, str]]:
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
    assert _found(en, "their socio-economic situation") == [("socioeconomic", "socio-economic")]
    # The other folds hold across the closed compound: case, plural.
    assert _found(en, "the Non-Governmental Organization") == [
        ("nongovernmental organizations", "Non-Governmental Organization")]
    assert _contains(en, "socio-economic", _SOCIO)
    assert _contains(en, "socio‑economic", _SOCIO)  # a non-breaking hyphen
    assert en.contains_coordinated(en.prepare("non-governmental and other organizations"),
                                   _NGO)


def test_a_closed_compound_hides_the_words_inside_it_as_before() -> None:
    en = LanguageMatcher(_CLOSED, "en")
    # "economic" inside "socio-economic" is no term a reader sees (it still counts as
    # present, as any term inside a hyphenated compound does).
    found = _found(en, "economic and socio-economic growth")
    assert found == [("economic", "economic"), ("socioeconomic", "socio-economic")]


def test_two_words_are_not_one_closed_word() -> None:
    g = Glossary((_concept("se", "社会经济", _SOCIO), _concept("ab", "国外", Term("abroad"))))
    en = LanguageMatcher(g, "en")
    assert _found(en, "a broad range of socio economic factors") == []
    assert not _contains(en, "a broad range", Term("abroad"))


def test_the_whole_compound_closes() -> None:
    g = Glossary((_concept("nn", "无核", Term("nonnuclear")),))
    en = LanguageMatcher(g, "en")
    assert _found(en, "non-nuclear-weapon States") == []
    assert _found(en, "non-nuclear States") == [("nonnuclear", "non-nuclear")]


def test_closing_belongs_to_the_hyphenation_option() -> None:
    en = LanguageMatcher(_CLOSED, "en", MatchOptions(hyphenation=False))
    assert _found(en, "socio-economic") == []
    assert en.prepare("socio-economic").closed is None


def test_a_hyphenated_term_of_its_own_is_matched_as_written() -> None:
    hyphenated = Term("socio-economic")
    g = Glossary((_concept("se", "社会经济", _SOCIO), _concept("ses", "社经", hyphenated)))
    en = LanguageMatcher(g, "en")
    assert _found(en, "socio-economic") == [("socio-economic", "socio-economic")]
    assert not _contains(en, "socio-economic", _SOCIO)
    assert _contains(en, "socio-economic", hyphenated)


def test_deprecated_hyphenated_form_is_reported_not_folded() -> None:
    deprecated = Term("socio-economic", TermStatus.DEPRECATED)
    g = Glossary((_concept("se", "社会经济", _SOCIO, deprecated),))
    en = LanguageMatcher(g, "en")
    assert [d.code for d in en.diagnostics] == ["TB630"]
    assert _found(en, "socio-economic") == [("socio-economic", "socio-economic")]
    assert not _contains(en, "socio-economic", _SOCIO)
    assert _found(en, "socioeconomic") == [("socioeconomic", "socioeconomic")]


def test_deprecated_spaced_form_is_warned_and_kept_apart() -> None:
    # Not a hyphenated term, so its closed form is none of its keys: the warning that
    # the hyphenated text no longer folds onto the approved term is new.
    deprecated = Term("socio economic", TermStatus.DEPRECATED)
    g = Glossary((_concept("se", "社会经济", _SOCIO, deprecated),))
    en = LanguageMatcher(g, "en")
    assert [d.code for d in en.diagnostics] == ["TB630"]
    assert "socio economic" in en.diagnostics[0].message
    assert _found(en, "socio-economic") == [("socio economic", "socio-economic")]
    assert not _contains(en, "socio-economic", _SOCIO)


def test_deprecated_longer_term_wins_over_the_closed_reading() -> None:
    approved = Term("socioeconomic development")
    deprecated = Term("socio economic development", TermStatus.DEPRECATED)
    g = Glossary((_concept("sed", "社会经济发展", approved, deprecated),))
    en = LanguageMatcher(g, "en")
    assert [d.code for d in en.diagnostics] == ["TB630"]
    assert _found(en, "socio-economic development") == [
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
