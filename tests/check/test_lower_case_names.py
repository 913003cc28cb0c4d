"""A missing term that closes another body's name in a translation written without
capitals (issue 13, session 26, the lower-cased development copies): the name is shown
by a head the glossary's own names give that kind of body ("conference"), joined to the
rest's rendering, since capitals cannot show it. The dictionary is a small stand-in."""

from __future__ import annotations

import pytest

from check._stand_in import StandInDictionary
from termbase.check import FindingKind, check_draft
from termbase.check.draft import presplit_pair
from termbase.check.glosses import Gloss
from termbase.model import Concept, Glossary, LangSec, Term

_STAND_IN = StandInDictionary({
    "可持续发展": Gloss(frozenset({"sustai", "develo"}), ""),
    "缔约方": Gloss(frozenset({"party", "treaty"}), "n"),
    "气候变化": Gloss(frozenset({"climat", "chang"}), "n"),
    "劳动": Gloss(frozenset({"labor", "work"}), "vn"),
})
_GA = Concept("ga", (LangSec("zh", (Term("大会"),)),
                     LangSec("en", (Term("General Assembly"),))))
# A glossary name ending in 会 whose English head is "Conference".
_RC = Concept("rc", (LangSec("zh", (Term("审查大会"),)),
                     LangSec("en", (Term("Review Conference"),))))
# Enough plain lines for the draft to be read as written without capitals.
_FILLER = 24


@pytest.fixture(autouse=True)
def _dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    _STAND_IN.install(monkeypatch)


def _missing(zh: str, en: str, *concepts: Concept) -> list[tuple[str, str]]:
    zh_text = "\n".join(["其他事项。"] * _FILLER + [zh])
    en_text = "\n".join(["other matters were considered."] * _FILLER + [en])
    draft = presplit_pair(zh_text, "d.zh", en_text, "d.en")
    return [(f.term, f.severity.value)
            for f in check_draft(Glossary(concepts or (_GA, _RC)), draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


def test_a_closing_term_with_a_glossary_head_before_the_rest_is_info() -> None:
    assert _missing("在缔约方大会上通过了决定。",
                    "the decision was adopted at the conference of the parties.") == [
        ("大会", "info")]
    assert _missing("回顾可持续发展大会的成果。",
                    "recalling the outcome of the conference on sustainable development.") == [
        ("大会", "info")]


def test_a_closing_term_with_a_glossary_head_after_the_rest_is_info() -> None:
    assert _missing("在气候变化大会上通过了决定。",
                    "a decision was adopted at the climate change conference.") == [
        ("大会", "info")]


def test_without_a_head_or_a_join_the_closing_term_stays_an_error() -> None:
    # The rest alone: "the parties" may be anyone's.
    assert _missing("在缔约方大会上通过了决定。",
                    "the decision was adopted by the parties.") == [("大会", "error")]
    # A head the glossary's names ending in 会 never give.
    assert _missing("在缔约方大会上通过了决定。",
                    "the decision was adopted by the meeting of the parties.") == [
        ("大会", "error")]
    # The head in another clause, after punctuation.
    assert _missing("在缔约方大会上通过了决定。",
                    "at the conference, the parties adopted a decision.") == [("大会", "error")]


def test_the_head_comes_from_the_glossary_not_from_a_list() -> None:
    # Without a glossary name headed "Conference", nothing shows the body's name.
    assert _missing("在缔约方大会上通过了决定。",
                    "the decision was adopted at the conference of the parties.", _GA) == [
        ("大会", "error")]


_UN = Concept("un", (LangSec("zh", (Term("联合国"),)),
                     LangSec("en", (Term("United Nations"), Term("UN")))))


def test_a_lower_case_acronym_glued_to_a_number_is_info() -> None:
    # 联合国 opens 联合国安理会第1540号决议, which the lower-cased text writes "unscr1540",
    # as a text with capitals writes UNSCR1540.
    assert _missing("美国执行联合国安理会第1540号决议的举措。",
                    "initiatives to implement unscr1540.", _UN) == [("联合国", "info")]
    # A number after a word of the dictionary is no acronym.
    assert _missing("美国执行联合国安理会第1540号决议的举措。",
                    "initiatives to implement under1540.", _UN) == [("联合国", "error")]


def _un_draft(last_en: str) -> list[tuple[int, str]]:
    """A draft without capitals that writes 联合国 as "the organization" in three of
    its seven places, so the share would excuse a miss; its last line is the test."""
    pairs = ([("联合国支持和平。", "the united nations supports peace.")] * 4
             + [("联合国支持发展。", "the organization supports development.")] * 2
             + [("联合国支持和平与发展。", last_en)])
    zh = "\n".join(["其他事项。"] * _FILLER + [z for z, _ in pairs])
    en = "\n".join(["other matters were considered."] * _FILLER + [e for _, e in pairs])
    draft = presplit_pair(zh, "d.zh", en, "d.en")
    return [(f.line or 0, f.severity.value) for f in check_draft(Glossary((_UN,)), draft).findings
            if f.kind is FindingKind.MISSING_TARGET and f.line == _FILLER + len(pairs)]


def test_without_capitals_the_share_excuses_a_name_only_where_the_pair_translates() -> None:
    _STAND_IN.entries.update({"支持": Gloss(frozenset({"suppor"}), "v"),
                              "和平": Gloss(frozenset({"peac"}), "n"),
                              "发展": Gloss(frozenset({"develo"}), "vn")})
    last = _FILLER + 7
    # The line translated in other words: the name may be meant by them (a hint).
    assert _un_draft("the organization supports peace and development.") == [(last, "info")]
    # A misaligned pair renders nothing of the line: the name is simply not there.
    assert _un_draft("the weather was cold in the mountains yesterday.") == [(last, "error")]
