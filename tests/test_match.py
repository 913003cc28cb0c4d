from __future__ import annotations

from termbase.match import TermMatcher
from termbase.model import Concept, Glossary, LangSec, Term, TermStatus


def glossary() -> Glossary:
    def c(cid: str, zh: list[str], en: list[str]) -> Concept:
        return Concept(cid, (LangSec("zh", tuple(Term(t) for t in zh)),
                             LangSec("en", tuple(Term(t) for t in en))))
    return Glossary((
        c("ga", ["大会"], ["General Assembly"]),
        c("revcon", ["审查大会"], ["Review Conference"]),
        c("revcon2", ["第二次审查大会"], ["Second Review Conference"]),
        c("poa", ["《行动纲领》"], ["Programme of Action"]),
        c("poa-iss", ["行动纲领执行支助系统"], ["PoA Implementation Support System"]),
        c("ms", ["会员国"], ["Member States"]),
    ))


def texts(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.concept_id for h in hits]


def test_longest_term_wins_and_shorter_nested_terms_are_not_reported() -> None:
    m = TermMatcher(glossary(), "zh")
    assert texts(m.find("第二次审查大会的成果")) == ["revcon2"]
    assert texts(m.find("审查大会和大会")) == ["revcon", "ga"]


def test_title_brackets_are_not_part_of_the_pattern() -> None:
    m = TermMatcher(glossary(), "zh")
    hits = m.find("执行《行动纲领》，并使用行动纲领执行支助系统")
    assert texts(hits) == ["poa", "poa-iss"]
    assert "执行《行动纲领》，并使用行动纲领执行支助系统"[hits[0].start:hits[0].end] == "行动纲领"


def test_english_is_case_insensitive_on_whole_words() -> None:
    m = TermMatcher(glossary(), "en")
    assert texts(m.find("the general assembly and the Programme of Action")) == ["ga", "poa"]
    assert m.find("Member Statesmen") == []


def test_homonyms_report_every_concept() -> None:
    g = Glossary((Concept("a", (LangSec("zh", (Term("标识"),)),)),
                  Concept("b", (LangSec("zh", (Term("标识", TermStatus.ADMITTED),)),))))
    assert texts(TermMatcher(g, "zh").find("国家标识方法")) == ["a", "b"]


def test_empty_glossary_or_text_finds_nothing() -> None:
    assert TermMatcher(Glossary(), "zh").find("大会") == []
    assert TermMatcher(glossary(), "zh").find("") == []


def test_strings_finds_every_listed_string_a_text_holds_overlaps_included() -> None:
    from termbase.match import Strings

    strings = Strings(["委员会", "员会", "大会"])
    assert strings.found("人权委员会报告") == {"委员会", "员会"}
    assert [end for end, _ in strings.occurrences("大会和大会")] == [1, 4]
    assert Strings([]).found("任何文本") == set()  # no string: nothing, not an error
