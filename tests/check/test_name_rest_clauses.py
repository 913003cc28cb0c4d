"""The rest of a longer name is a name, not a clause the term is the subject of (issue 13):
after the term, a verb with its object (各级促进问责, "promote accountability at all
levels") or a verbal noun after an adverb (密切合作, "cooperate closely") is what the term
does, and a translation that leaves the term out and keeps that phrase as a noun ("a
culture of accountability", "close cooperation") has not named a longer body. The
dictionary is a small stand-in here."""

from __future__ import annotations

import pytest

from check._stand_in import StandInDictionary
from termbase.check import FindingKind, check_draft
from termbase.check.draft import presplit_pair
from termbase.check.glosses import Gloss
from termbase.model import Concept, Glossary, LangSec, Term

_DICTIONARY = {
    "各级": Gloss(frozenset({"level"}), "r"),
    "促进": Gloss(frozenset({"promot", "advanc"}), "v"),
    "问责": Gloss(frozenset({"accoun"}), ""),
    "密切": Gloss(frozenset({"clos", "intima"}), "ad"),
    "合作": Gloss(frozenset({"cooper", "collab"}), "vn"),
    "关系": Gloss(frozenset({"relat"}), "n"),
    "新闻": Gloss(frozenset({"news"}), "n"), "中心": Gloss(frozenset({"center"}), "n"),
    "技术": Gloss(frozenset({"technic", "technolog"}), "n"),
    "联合国": Gloss(frozenset({"unit", "nation"}), "nt"),
}
_STAND_IN = StandInDictionary(_DICTIONARY)


@pytest.fixture(autouse=True)
def _dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    _STAND_IN.install(monkeypatch)


def _glossary() -> Glossary:
    return Glossary((
        Concept("un", (LangSec("zh", (Term("联合国"),)),
                       LangSec("en", (Term("United Nations"), Term("UN"))))),
        Concept("ro", (LangSec("zh", (Term("区域组织"),)),
                       LangSec("en", (Term("regional organization"),)))),
    ))


def _missing(zh: str, en: str) -> list[tuple[str, str]]:
    draft = presplit_pair(zh, "d.zh", en, "d.en")
    return [(f.term, f.severity.value) for f in check_draft(_glossary(), draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


def test_a_verb_and_its_object_after_the_term_are_no_name() -> None:
    assert _missing("强调必须在联合国各级促进问责的文化。",
                    "Stresses the importance of promoting a culture of accountability "
                    "at all levels.") == [("联合国", "error")]


def test_an_adverb_and_a_verbal_noun_after_the_term_are_no_name() -> None:
    assert _missing("委员会将继续与区域组织密切合作。",
                    "The Committee will continue its close cooperation with the "
                    "relevant entities.") == [("区域组织", "error")]


def test_nouns_before_a_verbal_noun_still_name() -> None:
    # 联合国技术合作 "the technical cooperation (programme)": a noun modifies the head.
    assert _missing("我们欢迎联合国技术合作。",
                    "We welcome the technical cooperation.") == [("联合国", "info")]


def test_a_name_of_nouns_is_still_excused() -> None:
    assert _missing("联合国新闻中心举办了展览。",
                    "The news centre held an exhibition.") == [("联合国", "info")]
