"""A missing term whose every dictionary word the translation renders, close together and by
English the rest of the line does not explain, is rendered otherwise: info, not an error
(issue 13, ninth round). The dictionary is a small stand-in here."""

from __future__ import annotations

import pytest

from check._stand_in import StandInDictionary
from termbase.check import FindingKind, check_draft
from termbase.check.draft import presplit_pair
from termbase.check.glosses import Gloss
from termbase.model import Concept, Glossary, LangSec, Term

_DICTIONARY = {
    "非法": Gloss(frozenset({"illega", "illici", "unlawf"}), "b"),
    "贸易": Gloss(frozenset({"trad", "commer"}), "vn"),
    "社会": Gloss(frozenset({"societ"}), "n"),
    # One entry: its glosses pool its senses, and cannot say what renders it whole.
    "民间社会": Gloss(frozenset({"civil", "societ", "peopl"}), ""),
    "打击": Gloss(frozenset({"combat", "strik"}), "v"),
    "武器": Gloss(frozenset({"weapon", "arm"}), "n"),
    # One entry whose parts the dictionary holds too (fourteenth round).
    "会员国": Gloss(frozenset({"member", "nation"}), "n"),
    "会员": Gloss(frozenset({"member"}), "n"),
    "国": Gloss(frozenset({"countr", "nation", "stat"}), "n"),
    "大会": Gloss(frozenset({"assemb"}), "n"),
    "大": Gloss(frozenset({"larg", "big"}), "a"),
    "会": Gloss(frozenset({"meet", "societ"}), "n"),
}
_STAND_IN = StandInDictionary(_DICTIONARY)


@pytest.fixture(autouse=True)
def _dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    _STAND_IN.install(monkeypatch)


def _glossary() -> Glossary:
    return Glossary((
        Concept("trade", (LangSec("zh", (Term("非法贸易"),)),
                          LangSec("en", (Term("illicit trade"),)))),
        Concept("cs", (LangSec("zh", (Term("民间社会"),)),
                       LangSec("en", (Term("civil society"),)))),
        Concept("ms", (LangSec("zh", (Term("会员国"),)), LangSec("en", (Term("Member State"),)))),
        Concept("ga", (LangSec("zh", (Term("大会"),)),
                       LangSec("en", (Term("General Assembly"),)))),
    ))


def _missing(zh: str, en: str) -> list[tuple[str, str, str]]:
    draft = presplit_pair(zh, "d.zh", en, "d.en")
    return [(f.term, f.severity.value, f.message.partition("(")[2])
            for f in check_draft(_glossary(), draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


def test_every_word_rendered_in_other_words_is_a_free_rendering() -> None:
    assert _missing("我们必须打击武器非法贸易。",
                    "We must combat unlawful commerce in weapons.") == [
        ("非法贸易", "info", "the translation renders each of its words, in other words: "
                          "“unlawful commerce”)")]
    # The dictionary was asked once, for the whole line (its other words may explain
    # the same English).
    assert len(_STAND_IN.asked) == 1 and "打击" in _STAND_IN.asked[0]


def test_an_omission_leaves_no_trace_and_stays_an_error() -> None:
    assert _missing("我们必须打击武器非法贸易。",
                    "We must combat the matter concerned in weapons.") == [
        ("非法贸易", "error", "")]
    # Half the term is not the term: "commerce" alone is no rendering of 非法贸易.
    assert _missing("我们必须打击武器非法贸易。",
                    "We must combat commerce in weapons.") == [("非法贸易", "error", "")]


def test_the_words_must_stand_close_together() -> None:
    assert _missing("我们必须打击武器非法贸易。",
                    "Unlawful as it is, we must, with all the means at hand and without "
                    "delay, combat commerce in weapons.") == [("非法贸易", "error", "")]


def test_a_term_the_dictionary_reads_as_one_entry_is_never_excused_by_it() -> None:
    # "people" and "society" are both among 民间社会's glosses, but one entry's glosses
    # pool its senses: they cannot tell a rendering from a coincidence.
    assert _missing("民间社会发挥作用。", "People in society play a role.") == [
        ("民间社会", "error", "")]


def test_english_the_rest_of_the_line_explains_is_no_evidence() -> None:
    # 非法 also stands outside the term, and the translation says "unlawful" once: it
    # may be that word's, and 非法贸易 may be omitted.
    assert _missing("打击非法武器和非法贸易。", "Combat unlawful weapons and commerce.") == [
        ("非法贸易", "error", "")]
    assert _missing("打击非法武器和非法贸易。",
                    "Combat unlawful weapons and unlawful commerce.") == [
        ("非法贸易", "info", "the translation renders each of its words, in other words: "
                          "“unlawful commerce”)")]


def test_the_parts_of_one_entry_rendered_with_a_word_of_its_gloss_are_a_free_rendering(
        ) -> None:
    # 会员 "member" and 国 "country" read 会员国's own sense: "member" is its gloss too.
    assert _missing("会员国应提交报告。", "Member countries should submit reports.") == [
        ("会员国", "info", "the translation renders each of its words, in other words: "
                         "“Member countries”)")]


def test_parts_rendered_apart_from_the_entrys_sense_stay_an_error() -> None:
    # 大 "large" and 会 "meeting" are rendered, but nothing of 大会's gloss: another sense.
    assert _missing("大会通过了决议。", "A large meeting adopted it.") == [("大会", "error", "")]
    # Only one part rendered; the parts in two phrases.
    assert _missing("会员国应提交报告。", "Countries should submit reports.") == [
        ("会员国", "error", "")]
    assert _missing("会员国应提交报告。", "Members. Countries should submit reports.") == [
        ("会员国", "error", "")]
