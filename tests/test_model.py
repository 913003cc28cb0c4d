from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings

from strategies import glossaries, tbx_glossaries
from termbase.errors import FormatError
from termbase.model import (
    Concept,
    Context,
    Definition,
    Glossary,
    LangSec,
    RefItem,
    RefObject,
    RefObjectSec,
    Term,
    TermStatus,
    TermType,
    Transaction,
    TransactionType,
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


_CANONICAL_ORDER = {
    "concept": ["id", "subjectField", "definitions", "notes", "sources", "crossReferences",
                "externalReferences", "transactions", "graphics", "langSecs"],
    "langSec": ["lang", "definitions", "notes", "sources", "transactions", "terms"],
    "term": ["text", "status", "termType", "partOfSpeech", "grammaticalGender",
             "geographicalUsage", "termLocation", "contexts", "sources", "notes",
             "customerSubsets", "projectSubsets", "transactions"],
}


def _canonical_shape(d: dict[str, Any], level: str) -> None:
    keys = list(d)
    assert keys == [k for k in _CANONICAL_ORDER[level] if k in d]
    assert all(v not in ("", (), [], None, {}) for v in d.values()), d
    for sec in d.get("langSecs", []):
        _canonical_shape(sec, "langSec")
    for term in d.get("terms", []):
        _canonical_shape(term, "term")


@given(tbx_glossaries(max_concepts=4))
@settings(max_examples=60)
def test_the_canonical_form_holds_no_empty_field_and_keeps_its_order(glossary: Glossary
                                                                     ) -> None:
    # Plain terms, sections and concepts are written out directly (compiling and hashing
    # make one dict per concept): the dicts must stay those every other one follows.
    for concept in glossary.concepts:
        data = glossary_to_dict(replace(glossary, concepts=(concept,)))["concepts"][0]
        _canonical_shape(data, "concept")


def test_content_hashes_are_those_of_session_45s_start() -> None:
    # sha256 of the canonical form as 26b5599 made it, for a glossary of plain terms and
    # one using most fields: a hash is a glossary's identity in every signature and
    # cache key, and must not move when the form is made faster.
    plain = Glossary((Concept("c1", (
        LangSec("zh", (Term("武器"), Term("军火", TermStatus.DEPRECATED))),
        LangSec("en", (Term("arms"),)))),
        Concept("c2", (LangSec("en", (Term("trade"),)),))), title="t")
    rich = Glossary((Concept("c1", (
        LangSec("zh", (Term("武器", term_type=TermType.FULL_FORM,
                            contexts=(Context("用武器", "A/1"),)),),
                definitions=(Definition("d"),)),
        LangSec("en", (Term("arms", sources=("A/RES/1",), transactions=(
            Transaction(TransactionType.ORIGINATION, "2020-01-01"),)),), notes=("n",))),
        subject_field="s", notes=("x",)),), description=("about",))
    assert plain.content_hash() == (
        "0dd1f8e5f08959b5f9035c0b07d3e6f855e715d21eca07b8ee2a52d0ff25e834")
    assert rich.content_hash() == (
        "036fc0b29a70fcc8d1f9bfa10b3634d8fc1e1eb316d0ac82e480da4d1959c3a0")


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
