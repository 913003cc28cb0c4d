"""Tests of termbase.check.context: what the checks of one draft share."""

from __future__ import annotations

from termbase.check.context import lang_terms, source_concepts, target_terms_present
from termbase.model import Concept, Glossary, LangSec, Term, TermStatus

from ._pairs_context import pairs_context


def test_present_terms_are_those_the_text_holds(glossary: Glossary) -> None:
    ctx = pairs_context(glossary)
    assert ctx.target is not None
    for unit in ctx.units:
        for cid in source_concepts(unit):
            concept = ctx.concepts[cid]
            searched = [t for t in lang_terms(concept, "en")
                        if any(ctx.target.contains(v.prepared, t) for v in unit.target)]
            assert target_terms_present(ctx, unit, concept) == searched
    present = {(u.source[0].segment.text, t.text) for u in ctx.units
               for cid in source_concepts(u)
               for t in target_terms_present(ctx, u, ctx.concepts[cid])}
    assert ("《行动纲领》", "Programme of Action") in present
    assert ("会员国和大会", "General Assembly") in present
    assert ("小武器和轻武器", "SALW") in present
    assert not any(src == "民间社会" for src, _ in present)


def test_lang_terms_are_the_language_s_terms_preferred_first_in_glossary_order() -> None:
    deprecated, first, admitted, second = (
        Term("甲", TermStatus.DEPRECATED), Term("乙"), Term("丙", TermStatus.ADMITTED),
        Term("丁"))
    superseded, british, american = (Term("a", TermStatus.SUPERSEDED), Term("b"),
                                      Term("c"))
    concept = Concept("c1", (LangSec("zh", (deprecated, first, admitted)),
                             LangSec("en-GB", (superseded, british)),
                             LangSec("zh", (second,)), LangSec("EN_us", (american,))))
    assert lang_terms(concept, "zh") == [first, second, admitted, deprecated]
    assert lang_terms(concept, "en") == [british, american, superseded]
    assert lang_terms(concept, "en-US") == [british, american, superseded]
    assert lang_terms(concept, "fr") == []
    single = Concept("c2", (LangSec("en", (deprecated,)),))
    assert lang_terms(single, "en") == [deprecated]
