from __future__ import annotations

from termbase.build import Passage, collect_terms
from termbase.model import Concept, Context, Glossary, LangSec, Term, TermStatus


def glossary() -> Glossary:
    return Glossary((
        Concept("sa-brokering", (
            LangSec("zh", (Term("非法中介活动"), Term("非法经纪活动", TermStatus.SUPERSEDED))),
            LangSec("en", (Term("illicit brokering"),)),
        )),
        Concept("sa-poa", (
            LangSec("zh", (Term("《行动纲领》", contexts=(Context("curated", "A/RES/68/48"),)),
                           Term("《行动纲要》", TermStatus.DEPRECATED))),
        )),
        Concept("sa-wco", (LangSec("zh", (Term("世界海关组织"),)),)),
    ))


PASSAGES = [
    Passage("A/RES/61/66", "preamble", "认识到小武器和轻武器非法经纪活动是严重问题，"),
    Passage("A/RES/61/66", "operative para. 4", "审议《行动纲要》在国家、区域和全球三级执行情况；"),
    Passage("A/RES/68/48", "preamble", "再次申明非法中介活动是一个严重问题，"),
    Passage("A/RES/68/48", "operative para. 2", "执行《行动纲领》和《武器贸易条约》；"),
    Passage("A/RES/68/48", "operative para. 8", "确保《行动纲领》的执行；"),
]


def test_attested_concepts_only_with_sources_and_first_context() -> None:
    result = collect_terms(glossary(), PASSAGES)
    assert [c.id for c in result.glossary] == ["sa-brokering", "sa-poa"]
    brokering = result.glossary.get("sa-brokering")
    assert brokering is not None
    zh = brokering.lang_sec("zh")
    assert zh is not None
    assert zh.terms[0].sources == ("A/RES/68/48",)
    assert zh.terms[1].sources == ("A/RES/61/66",)
    assert zh.terms[1].contexts == (Context(PASSAGES[0].text, "A/RES/61/66, preamble"),)


def test_curated_contexts_are_kept_and_counts_are_per_document() -> None:
    result = collect_terms(glossary(), PASSAGES)
    poa = result.glossary.get("sa-poa")
    assert poa is not None and poa.lang_secs[0].terms[0].contexts[0].text == "curated"
    uses = {u.term: u for u in result.uses}
    assert uses["《行动纲领》"].counts == (("A/RES/68/48", 2),)
    assert uses["《行动纲领》"].total == 2 and result.occurrences == 5


def test_variants_in_use_and_unknown_titles_are_reported() -> None:
    result = collect_terms(glossary(), PASSAGES)
    assert [u.term for u in result.variants_in_use()] == ["非法经纪活动", "《行动纲要》"]
    assert result.unknown_titles == (("《武器贸易条约》", 1),)
    assert result.documents == ("A/RES/61/66", "A/RES/68/48")


def test_cross_references_to_unattested_concepts_are_dropped() -> None:
    base = glossary()
    linked = base.with_concepts([
        Concept(c.id, c.lang_secs, cross_references=("sa-wco", "sa-poa"))
        if c.id == "sa-brokering" else c for c in base.concepts])
    result = collect_terms(linked, PASSAGES)
    brokering = result.glossary.get("sa-brokering")
    assert brokering is not None and brokering.cross_references == ("sa-poa",)
