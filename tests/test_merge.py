from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings

from strategies import glossaries, tbx_glossaries
from termbase.merge import ConflictKind, merge, term_key
from termbase.model import (
    Concept,
    Context,
    Glossary,
    LangSec,
    RefItem,
    RefObject,
    RefObjectSec,
    Term,
    TermStatus,
)

P, A, S = TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.SUPERSEDED


def concept(cid: str, zh: list[Term], en: list[Term]) -> Concept:
    return Concept(cid, (LangSec("zh", tuple(zh)), LangSec("en", tuple(en))))


BASE = Glossary((
    concept("sa-brokering", [Term("非法中介活动", P, sources=("A/RES/68/48",))],
            [Term("illicit brokering", P)]),
    concept("sa-poa", [Term("《行动纲领》", P)], [Term("Programme of Action", P)]),
))


def test_new_concept_is_added_and_existing_ones_kept() -> None:
    incoming = Glossary((concept("x1", [Term("武器贸易条约", P)], [Term("Arms Trade Treaty", P)]),))
    merged, report = merge(BASE, incoming)
    assert report.added == ("x1",) and not report.conflicts
    assert [c.id for c in merged] == ["sa-brokering", "sa-poa", "x1"]


def test_matching_concept_is_enriched_not_duplicated() -> None:
    incoming = Glossary((concept(
        "other-id",
        [Term("非法中介活动", P, sources=("A/RES/69/51",)), Term("非法经纪活动", S)],
        [Term("Illicit Brokering", P, contexts=(Context("on illicit brokering", "A/60/88"),))],
    ),))
    merged, report = merge(BASE, incoming)
    assert report.enriched == ("sa-brokering",) and not report.added
    got = merged.get("sa-brokering")
    assert got is not None
    zh = got.lang_sec("zh")
    assert zh is not None
    assert [t.text for t in zh.terms] == ["非法中介活动", "非法经纪活动"]
    assert zh.terms[0].sources == ("A/RES/68/48", "A/RES/69/51")
    en = got.preferred("en")
    assert en is not None and en.text == "illicit brokering" and len(en.contexts) == 1


def test_different_english_preferred_term_is_a_conflict_and_nothing_changes() -> None:
    incoming = Glossary((concept("y", [Term("非法中介活动", P)],
                                 [Term("illicit brokering activities", P)]),))
    merged, report = merge(BASE, incoming)
    assert merged == BASE
    assert [c.kind for c in report.conflicts] == [ConflictKind.PREFERRED]
    assert "illicit brokering activities" in report.conflicts[0].message


def test_status_disagreement_is_a_conflict() -> None:
    incoming = Glossary((concept("y", [Term("《行动纲领》", A)], []),))
    merged, report = merge(BASE, incoming)
    assert merged == BASE and report.conflicts[0].kind is ConflictKind.STATUS


def test_concept_matching_two_existing_concepts_is_ambiguous() -> None:
    incoming = Glossary((concept("z", [Term("非法中介活动", P), Term("行动纲领", A)], []),))
    merged, report = merge(BASE, incoming)
    assert merged == BASE and report.conflicts[0].kind is ConflictKind.AMBIGUOUS
    assert report.conflicts[0].existing_ids == ("sa-brokering", "sa-poa")


def test_id_collision_of_a_new_concept_gets_a_fresh_id() -> None:
    incoming = Glossary((concept("sa-poa", [Term("世界海关组织", P)], []),))
    merged, report = merge(BASE, incoming)
    assert len(report.renamed) == 1 and report.renamed[0][0] == "sa-poa"
    assert len({c.id for c in merged}) == 3


def test_term_key_folds_brackets_width_case_and_hyphens() -> None:
    assert term_key("zh", "《行动纲领》") == term_key("zh-CN", "行动纲领")
    assert term_key("en", "Capacity-Building") == term_key("en", "capacity building")
    assert term_key("en", "ＵＮＯＤＣ") == term_key("en", "UNODC")


@given(glossaries())
@settings(max_examples=40)
def test_merging_a_glossary_into_itself_changes_nothing(glossary: Glossary) -> None:
    merged, report = merge(glossary, glossary)
    assert merged == glossary
    assert not report.added and not report.enriched


def test_terms_folding_to_the_same_key_each_meet_their_own_counterpart() -> None:
    own = Glossary((concept("sa-poa", [Term("《行动纲领》", P, sources=("A/RES/68/48",)),
                                       Term("行动纲领", A)], []),))
    merged, report = merge(own, own)
    assert merged == own and not report.conflicts


def _person(pid: str, name: str) -> RefObjectSec:
    return RefObjectSec("respPerson", (RefObject(pid, (RefItem("fn", name),)),))


def test_repeated_language_sections_are_enriched_as_one_and_kept_apart() -> None:
    base = Glossary((Concept("c1", (LangSec("zh", (Term("小武器", P),)),
                                    LangSec("en", (Term("small arms", P),)),
                                    LangSec("en", (Term("small weapons", A),)))),))
    incoming = Glossary((Concept("x", (
        LangSec("zh", (Term("小武器", P),)),
        LangSec("en", (Term("small weapons", A, sources=("A/RES/68/48",)),
                       Term("SA", A))))),))
    merged, report = merge(base, incoming)
    assert report.enriched == ("c1",) and not report.conflicts
    secs = merged.concepts[0].lang_secs
    assert [s.lang for s in secs] == ["zh", "en", "en"]
    assert [t.text for t in secs[1].terms] == ["small arms", "SA"]
    assert secs[2].terms[0].sources == ("A/RES/68/48",)


def test_a_status_conflict_is_found_in_a_second_section_of_the_language() -> None:
    base = Glossary((Concept("c1", (LangSec("zh", (Term("小武器", P),)),
                                    LangSec("en", (Term("small arms", P),)),
                                    LangSec("en", (Term("small weapons", A),)))),))
    incoming = Glossary((Concept("x", (LangSec("zh", (Term("小武器", P),)),
                                       LangSec("en", (Term("small weapons", S),)))),))
    merged, report = merge(base, incoming)
    assert [c.kind for c in report.conflicts] == [ConflictKind.STATUS]
    assert merged == base


def test_back_matter_is_merged_by_id_and_a_different_person_is_a_conflict() -> None:
    base = replace(BASE, back_matter=(_person("US5001", "Jane Doe"),))
    incoming = Glossary(back_matter=(_person("US5001", "Jane Smith"),
                                     _person("US5002", "John Smith")))
    merged, report = merge(base, incoming)
    assert [c.kind for c in report.conflicts] == [ConflictKind.REFERENCE]
    assert "US5001" in report.conflicts[0].message
    people = [(o.id, o.items[0].text) for o in merged.back_matter[0].objects]
    assert people == [("US5001", "Jane Doe"), ("US5002", "John Smith")]
    assert merged.concepts == BASE.concepts and merged.title == BASE.title


def test_a_new_glossary_takes_the_header_and_back_matter_of_the_import() -> None:
    incoming = replace(BASE, title="SALW", description=("UNODA",),
                       back_matter=(_person("US5001", "Jane Doe"),))
    merged, _ = merge(Glossary(), incoming)
    assert merged == incoming


@given(tbx_glossaries())
@settings(max_examples=30)
def test_merging_a_glossary_with_repeated_languages_into_itself_changes_nothing(
        glossary: Glossary) -> None:
    # (Generated concepts may share a term, which is reported as a conflict; either way
    # nothing may be added or changed.)
    merged, report = merge(glossary, glossary)
    assert merged == glossary and not report.added and not report.enriched
