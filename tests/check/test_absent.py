"""Tests of termbase.check.absent: the source concepts a unit's translation does not hold."""

from __future__ import annotations

from check._stand_in import one_concept as _glossary
from check._stand_in import sorted_findings as _found
from check._stand_in import zh_en_pair as _pair
from termbase.check.absent import absent_concepts
from termbase.model import Concept, Glossary, LangSec, Term

from ._pairs_context import pairs_context


def test_absent_concepts_are_read_once_and_handed_out_as_new_lists(
        glossary: Glossary) -> None:
    ctx = pairs_context(glossary)
    assert ctx.target is not None
    first = absent_concepts(ctx, ctx.target)
    assert {a.concept_id for a in first} == {"ga", "cs"}
    ctx.present_cache.clear()  # were it read again, this would be asked again
    second = absent_concepts(ctx, ctx.target)
    assert second == first and second is not first
    assert not ctx.present_cache


# False-alarm classes met on official UN text (issue 13, items 4 and 5): each test is one
# class, and the real error beside it still found.


def test_lower_case_common_nouns_are_not_case_errors() -> None:
    g = Glossary((Concept("sec", (LangSec("zh", (Term("秘书处"),)),
                                  LangSec("en", (Term("Secretariat"),)))),
                  Concept("ms", (LangSec("zh", (Term("会员国"),)),
                                 LangSec("en", (Term("Member State"),)))),
                  Concept("ga", (LangSec("zh", (Term("大会"),)),
                                 LangSec("en", (Term("General Assembly"),))))))
    # Another body's secretariat; member States of another organization (UN style); a
    # non-member State; the annual general assemblies of a federation.
    for zh, en in [("常设论坛秘书处的理解。", "The understanding of the secretariat of the Forum."),
                   ("会员国必须遵守。", "It is for member States to comply."),
                   ("非会员国罗马教廷。", "One non-member State, the Holy See."),
                   ("年度大会上投票。", "It voted at one of its annual general assemblies.")]:
        assert _found(g, _pair([zh], [en])) == [], en
    assert _found(g, _pair(["大会通过了决议。"], ["The general assembly adopted it."])) == [
        ("term_case", "warning", 1)]


def test_a_lower_case_abbreviation_in_a_text_without_capitals_is_the_abbreviation() -> None:
    g = Glossary((Concept("un", (LangSec("zh", (Term("联合国"),)),
                                 LangSec("en", (Term("United Nations"), Term("UN")))),),))
    zh = ["详情请见联合国书店。"] + [f"第{n}段的内容已经审议。" for n in range(30)]
    lowered = ["for more information, please see the un bookshop."] + [
        f"the content of paragraph {n} was considered." for n in range(30)]
    assert _found(g, _pair(zh, lowered)) == []
    # With capitals, "un" is no UN, and in lower case another word is no UN either.
    capitals = ["For more information, please see the un bookshop."] + [
        f"The content of paragraph {n} was considered." for n in range(30)]
    assert _found(g, _pair(zh, capitals)) == [("missing_target", "error", 1)]
    other = ["for more information, please see the bookshop.", *lowered[1:]]
    assert _found(g, _pair(zh, other)) == [("missing_target", "error", 1)]


# Excuses that swallowed true misses injected into tuning text (issue 13, session 25):
# each excuse must rest on evidence that a line with a plain miss lacks.


def test_a_lower_case_plural_is_the_name_miscased_where_the_draft_writes_it_capitalised(
        ) -> None:
    ms = _glossary("ms", "会员国", Term("Member State"))
    zh = ["会员国提出了建议。", "秘书处与有关会员国进行了协商。"]
    capitalised = "Member States made proposals."
    lowered = "The Secretariat consulted interested member states."
    # The draft writes the plural "Member States": its "member states" is a case error.
    assert _found(ms, _pair(zh, [capitalised, lowered])) == [("term_case", "warning", 2)]
    # Alone, a lower-case plural may be the common noun (another body's member states).
    assert _found(ms, _pair(zh[1:], [lowered])) == []
