"""Hypothesis strategies for the concept model, shared by every round-trip property test.

Texts are single-line and trimmed, as every reader normalises them; they mix Chinese,
Latin letters, digits and the punctuation of UN text, including XML- and CSV-special
characters, so that escaping is exercised.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import strategies as st

from termbase.model import (
    Concept,
    Context,
    Definition,
    Glossary,
    LangSec,
    PartOfSpeech,
    RefItem,
    RefObject,
    RefObjectSec,
    Term,
    TermStatus,
    TermType,
    Transaction,
    TransactionType,
)

_ALPHABET = st.sampled_from(
    list("行动纲领国际追查文书非法中介活动小武器和轻武器大会")
    + list("ProgrammeActionIllicitTradeSmallArms")
    + list("0123456789")
    + list(" ,.;:()/-'\"&<>《》（），。、“”|=#")
)


def _clean(s: str) -> str:
    return " ".join(s.split())


text = st.text(_ALPHABET, min_size=1, max_size=30).map(_clean).filter(bool)
optional_text = st.one_of(st.just(""), text)
symbols = st.sampled_from(["A/RES/61/66", "A/RES/68/48", "A/CONF.192/15", "S/RES/2220 (2015)"])


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


contexts = st.builds(Context, text=text, source=st.one_of(st.just(""), symbols))
definitions = st.builds(Definition, text=text, source=st.one_of(st.just(""), symbols))
transactions = st.builds(
    Transaction,
    type=st.sampled_from(list(TransactionType)),
    date=st.sampled_from(["", "2013-12-05", "2006-12-06"]),
    responsibility=st.sampled_from(["", "terminologist", "Chinese Translation Service"]),
)


def terms(lang: str) -> st.SearchStrategy[Term]:
    return st.builds(
        Term,
        text=text,
        status=st.sampled_from(list(TermStatus)),
        term_type=st.one_of(st.none(), st.sampled_from(list(TermType))),
        part_of_speech=st.one_of(st.none(), st.sampled_from(list(PartOfSpeech))),
        grammatical_gender=st.just(""),
        geographical_usage=st.sampled_from(["", "CN", "TW"]) if lang == "zh" else st.just(""),
        term_location=st.just(""),
        contexts=st.lists(contexts, max_size=2).map(tuple),
        sources=st.lists(symbols, max_size=2).map(_unique),
        notes=st.lists(text, max_size=2).map(_unique),
        customer_subsets=st.lists(st.sampled_from(["UN", "UNODA"]), max_size=1).map(_unique),
        project_subsets=st.lists(st.sampled_from(["SALW"]), max_size=1).map(_unique),
        transactions=st.lists(transactions, max_size=1).map(tuple),
    )


def _dedupe_terms(ts: list[Term]) -> tuple[Term, ...]:
    seen: dict[str, Term] = {}
    for t in ts:
        seen.setdefault(t.text, t)
    return tuple(seen.values())


def lang_secs(lang: str) -> st.SearchStrategy[LangSec]:
    return st.builds(
        LangSec,
        lang=st.just(lang),
        terms=st.lists(terms(lang), min_size=1, max_size=3).map(_dedupe_terms),
        definitions=st.lists(definitions, max_size=1).map(tuple),
        notes=st.lists(text, max_size=1).map(_unique),
    )


@st.composite
def concepts(draw: st.DrawFn, concept_id: str = "c1") -> Concept:
    langs = draw(st.sampled_from([("zh", "en"), ("zh",), ("en",), ("zh", "en", "fr")]))
    return Concept(
        id=concept_id,
        lang_secs=tuple(draw(lang_secs(lang)) for lang in langs),
        subject_field=draw(st.sampled_from(["", "disarmament", "small arms and light weapons"])),
        definitions=draw(st.lists(definitions, max_size=1).map(tuple)),
        notes=draw(st.lists(text, max_size=2).map(_unique)),
        sources=draw(st.lists(symbols, max_size=2).map(_unique)),
        external_references=draw(st.lists(
            st.sampled_from(["https://undocs.org/A/RES/68/48"]), max_size=1).map(_unique)),
        transactions=draw(st.lists(transactions, max_size=1).map(tuple)),
    )


@st.composite
def glossaries(draw: st.DrawFn, max_concepts: int = 4) -> Glossary:
    n = draw(st.integers(min_value=1, max_value=max_concepts))
    items = [draw(concepts(concept_id=f"c{i + 1}")) for i in range(n)]
    # Cross-references must point inside the glossary, as TBX IDREFs do.
    if n > 1 and draw(st.booleans()):
        first = items[0]
        items[0] = Concept(**{**{f: getattr(first, f) for f in first.__slots__},
                              "cross_references": (items[1].id,)})
    return Glossary(
        concepts=tuple(items),
        title=draw(st.sampled_from(["", "Small arms and light weapons"])),
        description=draw(st.lists(text, max_size=2).map(_unique)),
    )


# --- what TBX has beyond the entries: back matter, links to it, repeated languages -------

_ref_ids = st.sampled_from(["US5001", "US5002", "pe324as3-9615", "org.UNODA"])
ref_items = st.builds(RefItem, type=st.sampled_from(["fn", "email", "role", ""]), text=text)


@st.composite
def ref_object_secs(draw: st.DrawFn) -> tuple[RefObjectSec, ...]:
    """Back matter: sections of reference objects with unique ids (they are XML IDs)."""
    ids = draw(st.lists(_ref_ids, max_size=4, unique=True))
    secs: list[RefObjectSec] = []
    for object_id in ids:
        obj = RefObject(object_id, tuple(draw(st.lists(ref_items, min_size=1, max_size=3))))
        kind = draw(st.sampled_from(["respPerson", "respOrg"]))
        if secs and secs[-1].type == kind:
            secs[-1] = RefObjectSec(kind, (*secs[-1].objects, obj))
        else:
            secs.append(RefObjectSec(kind, (obj,)))
    return tuple(secs)


@st.composite
def tbx_glossaries(draw: st.DrawFn, max_concepts: int = 3) -> Glossary:
    """Glossaries using what TBX allows beyond the usual: back matter, transactions that
    point to it, and concepts with two sections of one language (as in real exports)."""
    glossary = draw(glossaries(max_concepts=max_concepts))
    back = draw(ref_object_secs())
    ids = [o.id for sec in back for o in sec.objects]
    concepts = []
    for concept in glossary.concepts:
        if draw(st.booleans()):
            lang = concept.lang_secs[0].lang
            extra = draw(lang_secs(lang))
            concept = replace(concept, lang_secs=(*concept.lang_secs, extra))
        if ids and draw(st.booleans()):
            target = draw(st.sampled_from(ids))
            concept = replace(concept, transactions=(Transaction(
                TransactionType.MODIFICATION, "2013-12-05", "terminologist", target),))
        concepts.append(concept)
    return replace(glossary, concepts=tuple(concepts), back_matter=back)
