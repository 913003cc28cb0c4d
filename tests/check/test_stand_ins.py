"""A missing term the draft habitually names by another glossary concept (issue 13,
session 28): the stand-in excuses the miss (info) only as the draft's habit, never once."""

from __future__ import annotations

import pytest

from check._stand_in import StandInDictionary, last_line_miss
from termbase.align.lexicon import stem
from termbase.check import FindingKind, check_draft
from termbase.check.draft import presplit_pair
from termbase.check.glosses import Gloss
from termbase.model import Concept, Glossary, LangSec, Term

_GLOSSARY = Glossary((
    Concept("un", (LangSec("zh", (Term("联合国"),)), LangSec("en", (Term("United Nations"),)))),
    Concept("sg", (LangSec("zh", (Term("秘书长"),)),
                   LangSec("en", (Term("Secretary-General"),)))),
))

# The draft renders 联合国 as the glossary says in most places, so its share gives no
# reason to think the term has another sense.
_RENDERED = [(f"联合国支持第{i}国。", f"The United Nations supports country {i}.")
             for i in range(1, 13)]
_STAND_IN = [("联合国的报告列出了建议。", "The report of the Secretary-General lists proposals."),
             ("联合国的报告涵盖该年度。", "The report of the Secretary-General covers the year."),
             ("联合国的报告介绍了进展。", "The report of the Secretary-General shows progress.")]


@pytest.fixture(autouse=True)
def _no_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    StandInDictionary({}).install(monkeypatch)


def _missing(lines: list[tuple[str, str]], *, lower: bool = False) -> list[tuple[int, str]]:
    zh = "\n".join(z for z, _ in lines)
    en = "\n".join(e.lower() if lower else e for _, e in lines)
    draft = presplit_pair(zh, "d.zh", en, "d.en")
    return [(f.line or 0, f.severity.value) for f in check_draft(_GLOSSARY, draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


def test_a_stand_in_the_draft_writes_in_several_misses_is_info() -> None:
    found = _missing(_RENDERED + _STAND_IN)
    assert found == [(13, "info"), (14, "info"), (15, "info")]


def test_a_stand_in_once_is_a_wrong_term_and_stays_an_error() -> None:
    assert _missing(_RENDERED + _STAND_IN[:1]) == [(13, "error")]
    assert _missing(_RENDERED + _STAND_IN[:2]) == [(13, "error"), (14, "error")]


def test_a_stand_in_common_across_the_draft_is_no_habit() -> None:
    # "Secretary-General" is in half the draft's translations: its presence where
    # 联合国 is missing says nothing.
    spoke = [(f"秘书长第{i}次发言。", f"The Secretary-General spoke for the {i}th time.")
             for i in range(1, 16)]
    assert _missing(_RENDERED + _STAND_IN + spoke) == [
        (13, "error"), (14, "error"), (15, "error")]


def test_without_capitals_a_lower_case_stand_in_counts() -> None:
    # 25 lines or more without capitals: a draft written without them.
    # No determiner before it: no plain noun the draft refers to it by.
    stand_in = [(z, e.replace("The report of the Secretary-General", "Secretary-General's "
                              "report")) for z, e in _STAND_IN]
    filler = [("其他事项。", "other matters were considered.")] * 12
    found = _missing(_RENDERED + stand_in + filler, lower=True)
    assert found == [(13, "info"), (14, "info"), (15, "info")]


# A stand-in the line's determiner + noun says (check/stand_ins.said_by).
# The dictionary glosses 各国 by the determiner's reading ("each country", "various
# countries"), while English names the noun alone ("States"): the noun's glosses count
# too, so "States" for 各国 is another word of the sentence, not a term put in the missing
# term's place.
def _concept(cid: str, zh: str, en: str) -> Concept:
    return Concept(cid, (LangSec("zh", (Term(zh),)), LangSec("en", (Term(en),))))


_MEETING_GLOSSARY = Glossary((_concept("mtg", "会议", "meeting"),
                              _concept("sta", "国家", "States")))


# As in test_missing.py: 会议 "meeting" in twelve numbered meetings, another body
# in fifteen places, so a miss that nothing else keeps an error is a hint.
_PLACES = [*[(f"第{n}次会议于{n}日举行。", f"The {n}th meeting took place on day {n}.")
             for n in range(1, 13)],
           *[(f"缔约方会议通过了第{n}号决定。",
              f"The Conference of the Parties adopted decision {n}.") for n in range(1, 16)]]


def _severity(zh: str, en: str) -> str:
    return last_line_miss(_MEETING_GLOSSARY, [*_PLACES, (zh, en)])


class TestWithTheDictionary:
    """These tests read the dictionary's glosses of the line's words (各国)."""

    @pytest.fixture(autouse=True)
    def _no_dictionary(self) -> None:
        """The module's empty stand-in dictionary stays out of these tests."""

    def test_a_stand_in_the_lines_determiner_and_noun_says_is_no_stand_in(self) -> None:
        # "States" is 国家's English and the line has no 国家, but its 各国 names them.
        assert _severity("会议听取了各国的意见和建议。",
                         "The opinions and suggestions of States were heard.") == "info"

    def test_a_stand_in_nothing_else_of_the_line_says_stays_an_error(self) -> None:
        assert _severity("会议听取了专家的意见和建议。",
                         "The opinions and suggestions of States were heard.") == "error"


def _gloss(*senses: str, tag: str = "n") -> Gloss:
    return Gloss(frozenset(stem(w) for s in senses for w in s.split()), tag, senses)


# 工具 is "tool", "instrument", "utensil", "means" (CC-CEDICT): a general word a mined
# glossary gives as "tools" (issue 13, session 44).
_DEBT = {"工具": _gloss("tool", "instrument", "utensil", "means"),
         "各国": _gloss("each country", tag="r"), "采用": _gloss("adopt", tag="v"),
         "债务": _gloss("debt"), "新": _gloss("new", tag="a")}


def _tools(other: tuple[str, str], en: str, monkeypatch: pytest.MonkeyPatch
           ) -> list[tuple[str, str]]:
    StandInDictionary(_DEBT).install(monkeypatch)
    glossary = Glossary(tuple(
        Concept(cid, (LangSec("zh", (Term(zh),)), LangSec("en", (Term(english),))))
        for cid, (zh, english) in (("tools", ("工具", "tools")), ("other", other))))
    draft = presplit_pair("各国应采用新的债务工具。", "d.zh", en, "d.en")
    return [(f.term, f.severity.value) for f in check_draft(glossary, draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


def test_a_stand_in_a_sense_of_the_term_says_is_the_term_itself(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # "instruments", 文书's English, renders 工具 here in its other sense ("debt
    # instruments"): no wrong term put in its place, and the general word's miss is a hint.
    assert _tools(("文书", "instruments"), "States should adopt new debt instruments.",
                  monkeypatch) == [("工具", "info")]
    # A glossary term no sense of the word says is still one put in its place.
    assert _tools(("框架", "framework"), "States should adopt a new debt framework.",
                  monkeypatch) == [("工具", "error")]



_FINANCE = {**_DEBT, "金融": _gloss("financial", "finance")}


def _finance(en: str, monkeypatch: pytest.MonkeyPatch, zh: str = "各国应采用新的金融工具。"
             ) -> list[tuple[str, str]]:
    StandInDictionary(_FINANCE).install(monkeypatch)
    glossary = Glossary(tuple(
        Concept(cid, (LangSec("zh", (Term(zh),)), LangSec("en", (Term(english),))))
        for cid, (zh, english) in (("tools", ("工具", "tools")),
                                   ("other", ("框架", "framework")))))
    draft = presplit_pair(zh, "d.zh", en, "d.en")
    return [(f.term, f.severity.value) for f in check_draft(glossary, draft).findings
            if f.kind is FindingKind.MISSING_TARGET]


def test_a_stand_in_far_from_the_words_beside_the_term_takes_nothing_s_place(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # 金融工具 is "financial arrangements": "framework", which nothing of the line says,
    # stands five words from "financial", the rendering of the word beside the term: it
    # says something else of the sentence, not the term, and the general word's miss is
    # a hint (issue 13: a mined glossary's general words are in most sentences).
    assert _finance("Under the framework of 2015, States should adopt new financial "
                    "arrangements.", monkeypatch) == [("工具", "info")]
    # Beside "financial", the stand-in is in the term's place.
    assert _finance("States should adopt new financial framework arrangements.",
                    monkeypatch) == [("工具", "error")]
    # Where nothing renders the word beside the term, its place is unknown, and the
    # stand-in may be in it.
    assert _finance("Under the framework of 2015, States should adopt new arrangements.",
                    monkeypatch) == [("工具", "error")]
    # Nor is it known where another word of the line says the same English: 金融 twice.
    assert _finance("Under the framework of 2015, States should adopt new financial "
                    "arrangements, and financial stability.", monkeypatch,
                    "各国应采用新的金融工具，以及金融稳定。") == [("工具", "error")]
    # A word that does not touch the term marks no place (新 touches it here, one
    # ideograph), and a short stem marks none either ("debt", four letters, as "make"
    # of 使用 "to make use of" is in any sentence).
    assert _finance("Under the framework of 2015, States should adopt new financial "
                    "arrangements.", monkeypatch, "各国应采用金融的新工具。") == [("工具", "error")]
    assert _tools(("框架", "framework"),
                  "Under the framework of 2015, States should adopt new debt arrangements.",
                  monkeypatch) == [("工具", "error")]
