"""A small glossary covering every check, shared by the check tests."""

from __future__ import annotations

import pytest

from termbase.model import Concept, Glossary, LangSec, Term, TermStatus, TermType

POA_FULL_ZH = "《从各个方面防止、打击和消除小武器和轻武器非法贸易的行动纲领》"
POA_FULL_EN = ("Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in "
               "Small Arms and Light Weapons in All Its Aspects")


def _concept(cid: str, zh: list[Term], en: list[Term]) -> Concept:
    return Concept(cid, (LangSec("zh", tuple(zh)), LangSec("en", tuple(en))))


@pytest.fixture(scope="session")
def glossary() -> Glossary:
    full, short = TermType.FULL_FORM, TermType.SHORT_FORM
    return Glossary((
        _concept("poa", [Term(POA_FULL_ZH, term_type=full),
                         Term("《行动纲领》", TermStatus.ADMITTED, short),
                         Term("《行动纲要》", TermStatus.DEPRECATED, TermType.VARIANT)],
                 [Term(POA_FULL_EN, term_type=full),
                  Term("Programme of Action", TermStatus.ADMITTED, short),
                  Term("PoA", TermStatus.ADMITTED, TermType.ABBREVIATION)]),
        _concept("revcon", [Term("审查大会")], [Term("Review Conference")]),
        _concept("ga", [Term("大会")], [Term("General Assembly")]),
        _concept("ms", [Term("会员国")], [Term("Member State")]),
        _concept("cb", [Term("能力建设")], [Term("capacity-building")]),
        _concept("orgs", [Term("区域和次区域组织")],
                 [Term("regional and subregional organizations")]),
        _concept("ica", [Term("国际合作和援助"), Term("国际合作与援助", TermStatus.ADMITTED)],
                 [Term("international cooperation and assistance")]),
        _concept("brokering", [Term("非法中介活动"),
                               Term("非法经纪活动", TermStatus.SUPERSEDED)],
                 [Term("illicit brokering")]),
        _concept("cs", [Term("民间社会")], [Term("civil society")]),
        _concept("salw", [Term("小武器和轻武器")],
                 [Term("small arms and light weapons"),
                  Term("SALW", TermStatus.ADMITTED, TermType.ABBREVIATION)]),
        _concept("impl", [Term("执行")], [Term("implement", part_of_speech=None)]),
    ), title="check tests")


@pytest.fixture
def entries_as_terms(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dictionary without its senses: every glossary entry reads as a term, none as a
    general word (check/general_word), so that a test of what the draft or the line
    shows is not answered by the entry's nature (会议 "meeting" is a general word)."""
    from termbase.check import glosses

    real = glosses.dictionary_glosses
    monkeypatch.setattr("termbase.check.glosses.dictionary_glosses",
                        lambda words: {w: g._replace(senses=()) for w, g in real(words).items()})
