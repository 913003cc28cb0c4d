"""English matching keeps what the glossary distinguishes (issue 13, item 4 and 5)."""

from __future__ import annotations

from termbase.check import CheckOptions, check_draft
from termbase.check.draft import monolingual, segments_from_text
from termbase.check.matching import LanguageMatcher
from termbase.model import Concept, Glossary, LangSec, PartOfSpeech, Term, TermStatus


def _glossary(*terms: Term, concept: str = "c", zh: str = "缔约国") -> Glossary:
    return Glossary((Concept(concept, (LangSec("zh", (Term(zh),)), LangSec("en", terms))),))


def _found(matcher: LanguageMatcher, text: str) -> list[tuple[str, str]]:
    return [(h.term.text, text[h.start:h.end]) for h in matcher.find(matcher.prepare(text))]


_STATES_PARTIES = _glossary(Term("States parties"),
                            Term("State parties", TermStatus.DEPRECATED))


def test_deprecated_plural_variant_is_matched_exactly_and_warned() -> None:
    en = LanguageMatcher(_STATES_PARTIES, "en")
    assert [d.code for d in en.diagnostics] == ["TB630"]
    assert "State parties" in en.diagnostics[0].message
    assert _found(en, "all State parties agree") == [("State parties", "State parties")]
    assert _found(en, "all States parties agree") == [("States parties", "States parties")]
    # Other plural forms still fold onto the approved term.
    assert _found(en, "each State party") == [("States parties", "State party")]


def test_deprecated_plural_variant_is_reported_and_does_not_count_as_approved() -> None:
    draft = monolingual(segments_from_text("All State parties agree.", "d.txt"), lang="en")
    result = check_draft(_STATES_PARTIES, draft, CheckOptions())
    assert [(f.kind.value, f.found) for f in result.findings] == [
        ("deprecated", "State parties")]
    assert [d.code for d in result.diagnostics] == ["TB630"]
    en = LanguageMatcher(_STATES_PARTIES, "en")
    approved = _STATES_PARTIES.concepts[0].lang_secs[1].terms[0]
    assert not en.contains(en.prepare("All State parties agree."), approved)
    assert en.contains(en.prepare("All States parties agree."), approved)


def test_deprecated_case_variant_is_matched_exactly() -> None:
    g = _glossary(Term("Member States"), Term("member states", TermStatus.DEPRECATED))
    en = LanguageMatcher(g, "en")
    assert _found(en, "all member states") == [("member states", "member states")]
    assert _found(en, "all Member States") == [("Member States", "Member States")]


def test_verb_term_matches_its_inflections() -> None:
    g = _glossary(Term("implement", part_of_speech=PartOfSpeech.VERB), zh="执行")
    en = LanguageMatcher(g, "en")
    for text in ("they implemented it", "implementing it", "she implements it"):
        assert len(_found(en, text)) == 1, text


def test_noun_after_to_or_a_modal_is_the_verb() -> None:
    g = _glossary(Term("safeguards", part_of_speech=PartOfSpeech.NOUN), zh="保障措施")
    en = LanguageMatcher(g, "en")
    assert _found(en, "measures to safeguard peace") == []
    assert _found(en, "States shall safeguard it") == []
    assert _found(en, "the safeguard applies") == [("safeguards", "safeguard")]
    assert _found(en, "subject to safeguards") == [("safeguards", "safeguards")]


def test_no_match_inside_a_hyphenated_name() -> None:
    g = Glossary((Concept("un", (LangSec("en", (Term("UN"),)),)),
                  Concept("gov", (LangSec("en", (Term("governmental organization"),)),))))
    en = LanguageMatcher(g, "en")
    assert _found(en, "UN-Women and the UN") == [("UN", "UN")]
    assert _found(en, "a non-governmental organization") == []
    assert _found(en, "a governmental organization") == [
        ("governmental organization", "governmental organization")]


def test_hyphenated_term_matches_its_closed_form() -> None:
    g = _glossary(Term("non-governmental organization"), zh="非政府组织")
    en = LanguageMatcher(g, "en")
    assert _found(en, "nongovernmental organizations") == [
        ("non-governmental organization", "nongovernmental organizations")]


def test_letter_spaced_chinese_heading_matches() -> None:
    g = Glossary((Concept("ga", (LangSec("zh", (Term("大会"),)),)),))
    zh = LanguageMatcher(g, "zh")
    text = "大 会"
    hits = zh.find(zh.prepare(text))
    assert [(h.concept_id, text[h.start:h.end]) for h in hits] == [("ga", "大 会")]
    assert zh.contains(zh.prepare("第七十届 大　会"), g.concepts[0].lang_secs[0].terms[0])
