"""Tests of termbase.check.learned.names: a learned variant that is no second rendering."""

from __future__ import annotations

import pytest

from check._stand_in import CASE_BLIND_FILLER, gloss, learned_finding, lowered
from check._stand_in import EMBARGO as _EMBARGO
from termbase.check import CheckOptions, FindingKind, check_draft
from termbase.check.draft import presplit_pair
from termbase.check.learned.names import closed_by_short_form, written_as
from termbase.check.learned.renderings import stop_words
from termbase.diagnostics import Severity
from termbase.model import Glossary

LEARNED = CheckOptions(kinds=frozenset({FindingKind.LEARNED_INCONSISTENT}))


_VARIANT = ("戊国也实行武器禁运。", "Country E also has a weapons embargo.")


def _found(glossary: Glossary, lines: list[tuple[str, str]]) -> list[str]:
    draft = presplit_pair("\n".join(z for z, _ in lines), "d.zh",
                          "\n".join(e for _, e in lines), "d.en")
    return [f.found for f in check_draft(glossary, draft, LEARNED).findings]


def _capitalised(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(zh, en.replace("arms embargo", "Arms Embargo")) for zh, en in lines]


# A learned variant that is no second rendering (issue 13, eleventh round): common words
# where the draft writes the usual rendering as a name, and a unit whose neighbour holds
# the usual rendering without the term (the two sides cut differently).

def test_how_a_wording_is_written() -> None:
    stop = stop_words()

    def at(text: str, phrase: str) -> str | None:
        start = text.index(phrase)
        return written_as(text, start, start + len(phrase), stop)

    assert at("at the fourth Ministerial Conference on Ageing", "Ministerial Conference") == "name"
    assert at("as the Convention on Nuclear Safety requires", "Nuclear Safety") == "name"
    assert at("at the Digital Ministerial Conference", "Ministerial Conference") == "name"
    assert at("at the joint ministerial meeting", "ministerial meeting") == "words"
    # Capitals where a sentence, heading or quotation may start say nothing.
    assert at("Developed States should act.", "Developed States") is None
    assert at("22. Developed States should act.", "Developed States") is None
    assert at("the “Regional Collaborative” way", "Regional Collaborative") is None
    # Capitals standing alone are house style as often as a name ("all Member States");
    # a clause's first word is capitalised anyway, and a comma ends a name.
    assert at("and urges all Member States to act", "Member States") is None
    assert at("Recalling Member States' obligations", "Member States") is None
    assert at("the Member States, the Secretariat", "Member States") is None
    # One lower-case content word makes common words, wherever they stand.
    assert at("Regional cooperation grew.", "Regional cooperation") == "words"
    assert at("the Treaty on the NonProliferation of Nuclear Weapons",
              "NonProliferation of Nuclear Weapons") == "name"


def test_common_words_where_the_draft_writes_a_name_are_no_variant(
        glossary: Glossary) -> None:
    """"the joint ministerial meeting" beside "the fourth Ministerial Conference": the
    common noun for another meeting, not a second wording of the name."""
    assert _found(glossary, [*_EMBARGO, _VARIANT]) == ["weapons embargo"]
    assert _found(glossary, [*_capitalised(_EMBARGO), _VARIANT]) == []
    # A name written another way is still a variant ("NonProliferation").
    named = ("戊国也实行武器禁运。", "Country E also has a Weapons Embargo.")
    assert _found(glossary, [*_capitalised(_EMBARGO), named]) == ["Weapons Embargo"]


def test_a_name_against_common_words_is_still_reported(glossary: Glossary) -> None:
    """The reverse is not told apart: a name written with a changed word ("the Special
    Representative on Sexual Abuse in Conflict" where the draft says "sexual violence")
    is a mistake a reviser must see, as a body's own name is not."""
    named = ("戊国也实行武器禁运。", "Country E also has a Weapons Embargo.")
    assert _found(glossary, [*_EMBARGO, named]) == ["Weapons Embargo"]


def test_the_usual_rendering_in_the_neighbouring_unit_without_the_term(
        glossary: Glossary) -> None:
    """The unit before holds "arms embargo" but its source not 武器禁运: the sides are
    cut or shifted differently there, and the variant is not where the term's
    rendering is."""
    shifted = ("各国讨论了这个问题。", "States discussed the arms embargo.")
    assert _found(glossary, [*_EMBARGO, shifted, _VARIANT]) == []
    assert _found(glossary, [*_EMBARGO, _VARIANT, shifted]) == []
    # Away from the variant's unit, the same line changes nothing.
    assert _found(glossary, [shifted, *_EMBARGO, _VARIANT]) == ["weapons embargo"]
    # A neighbour holding the term and its rendering is the draft's norm, not a shift.
    both = ("己国解除武器禁运。", "Country F lifted the arms embargo.")
    assert _found(glossary, [*_EMBARGO, both, _VARIANT]) == ["weapons embargo"]


# A variant inside a name that a parenthesised short form closes (issue 13, session 46,
# the fresh part unv1-dev-lc: 行动小组 "action group" in "the intergovernmental action
# group against money laundering in west africa (giaba)", where the draft says "action
# team"): the short form shows the name without capitals, so the variant is a hint as a
# name against common words is.

def test_a_short_form_in_parentheses_closes_a_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("termbase.check.glosses.english_words",
                        lambda tokens: frozenset(t for t in tokens if t == "annex"))

    def closed(text: str, phrase: str) -> bool:
        return closed_by_short_form(text, text.index(phrase) + len(phrase))

    text = "the intergovernmental action group against money laundering in west africa (giaba);"
    assert closed(text, "action group")
    assert closed("the Action Group against Money Laundering (GIABA) met", "Action Group")
    # Another thing joined before the short form, a clause ending, an English word in
    # parentheses, or a name running on too far: no name closed.
    assert not closed("Armed clashes and improvised explosive devices (IEDs) rose",
                      "Armed clashes")
    assert not closed("the action group, the crime unit (tcu)", "action group")
    assert not closed("the action group (annex) met", "action group")
    assert not closed("the action group met with the many states of the whole west "
                      "african region (ecowas)", "action group")


_SHORT_FORM_ENTRIES = {"武器": gloss("n", "weapon", "arms"), "禁运": gloss("n", "embargo"),
                       "监测": gloss("vn", "monitoring"), "中心": gloss("n", "centre"),
                       "支持": gloss("v", "supports"), "也": gloss("d", "also")}


def test_a_variant_closed_by_a_short_form_is_a_hint_without_capitals(
        glossary: Glossary, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("termbase.check.glosses.english_words",
                        lambda tokens: frozenset(t for t in tokens if t != "wemc"))
    zh = "戊国也支持武器禁运监测中心。"
    named = (zh, "e also supports the weapons embargo monitoring centre (wemc).")
    plain = (zh, "e also supports the weapons embargo monitoring centre.")
    lines = [*_EMBARGO, *CASE_BLIND_FILLER]
    found, severity, message = learned_finding(glossary, lowered([*lines, named]),
                                                _SHORT_FORM_ENTRIES, monkeypatch)
    assert (found, severity) == ("weapons embargo", Severity.INFO)
    assert "written as a name here" in message
    found, severity, _ = learned_finding(glossary, lowered([*lines, plain]),
                                         _SHORT_FORM_ENTRIES, monkeypatch)
    assert (found, severity) == ("weapons embargo", Severity.WARNING)
