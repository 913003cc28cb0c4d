from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings

from strategies import glossaries, tbx_glossaries
from termbase.errors import FormatError
from termbase.model import (
    Concept,
    Glossary,
    LangSec,
    RefItem,
    RefObject,
    RefObjectSec,
    Term,
    TermStatus,
    glossary_from_dict,
    glossary_to_dict,
    make_concept_id,
)


@given(glossaries())
@settings(max_examples=60)
def test_dict_round_trip_is_lossless(glossary: Glossary) -> None:
    assert glossary_from_dict(glossary_to_dict(glossary)) == glossary


def test_content_hash_ignores_nothing_but_identity() -> None:
    a = Glossary((Concept("c1", (LangSec("zh", (Term("行动纲领"),)),)),))
    b = Glossary((Concept("c1", (LangSec("zh", (Term("行动纲要"),)),)),))
    assert a.content_hash() == Glossary(a.concepts).content_hash()
    assert a.content_hash() != b.content_hash()


def test_preferred_term_falls_back_to_best_status() -> None:
    sec = LangSec("zh", (Term("非法经纪活动", TermStatus.SUPERSEDED),
                         Term("非法中介活动", TermStatus.ADMITTED)))
    preferred = sec.preferred()
    assert preferred is not None and preferred.text == "非法中介活动"


def test_concept_ids_are_stable_xml_names() -> None:
    first = make_concept_id("zh", "国际追查文书")
    assert first == make_concept_id("zh", "国际追查文书")
    assert first[0].isalpha() and first != make_concept_id("zh", "行动纲领")


def test_from_dict_names_the_bad_field() -> None:
    bad = {"concepts": [{"id": "c1", "langSecs": [{"lang": "zh", "terms": [
        {"text": "行动纲领", "status": "approved"}]}]}]}
    with pytest.raises(FormatError, match=r"concepts\[0\]\.langSecs\[0\]\.terms\[0\]\.status"):
        glossary_from_dict(bad)


@given(tbx_glossaries())
@settings(max_examples=40)
def test_dict_round_trip_keeps_back_matter_targets_and_repeated_languages(
        glossary: Glossary) -> None:
    assert glossary_from_dict(glossary_to_dict(glossary)) == glossary


def test_repeated_language_sections_are_one_language_with_all_its_terms() -> None:
    concept = Concept("c1", (LangSec("en", (Term("small weapons", TermStatus.ADMITTED),)),
                             LangSec("zh", (Term("小武器"),)),
                             LangSec("en", (Term("small arms"),))))
    assert concept.languages == ("en", "zh")
    assert [s.terms[0].text for s in concept.sections("en")] == ["small weapons", "small arms"]
    preferred = concept.preferred("en")
    assert preferred is not None and preferred.text == "small arms"


def test_back_matter_changes_the_hash_only_when_present() -> None:
    plain = Glossary((Concept("c1", (LangSec("zh", (Term("行动纲领"),)),)),))
    assert "backMatter" not in glossary_to_dict(plain)
    person = RefObjectSec("respPerson", (RefObject("US5001", (RefItem("fn", "Jane"),)),))
    assert replace(plain, back_matter=(person,)).content_hash() != plain.content_hash()


def test_back_matter_from_dict_names_the_bad_field() -> None:
    with pytest.raises(FormatError, match=r"backMatter\[0\]\.refObjects\[0\]\.items"):
        glossary_from_dict({"concepts": [], "backMatter": [
            {"type": "respPerson", "refObjects": [{"id": "US1", "items": 3}]}]})


def test_all_terms_lists_every_section_in_order_the_compiled_glossaries_number() -> None:
    concept = Concept("c1", (LangSec("zh", (Term("行动纲领"), Term("行动纲要"))),
                             LangSec("en", (Term("Programme of Action"),)),
                             LangSec("zh", (Term("纲领"),))))
    assert [t.text for t in concept.all_terms()] == ["行动纲领", "行动纲要",
                                                     "Programme of Action", "纲领"]
