"""The main job's later steps over values: proposals, abstentions, drift, forms to pair."""

from __future__ import annotations

from termbase.build import Passage
from termbase.extract.model import Candidate, GlossaryMatch, TermContext, Variant
from termbase.mainjob import (
    NEEDS_ENGLISH,
    PROPOSED_NOTE,
    PairingPolicy,
    drift,
    drift_rows,
    forms_to_pair,
    merge,
    proposals,
)
from termbase.model import Concept, Glossary, LangSec, Term, TermStatus, TermType
from termbase.pair.pairer import Candidate as Equivalent
from termbase.pair.pairer import Example, TermPairing

POA = Candidate("从各个方面防止、打击和消除小武器和轻武器非法贸易的行动纲领", 1.0, 8, 2,
                ("title",), contexts=(TermContext("执行行动纲领。", "A/RES/68/48",
                                                  "operative para. 2"),),
                variants=(Variant("行动纲领", "short form", 44),
                          Variant("行动纲要", "one-character variant", 1)))
BROKERING = Candidate("非法经纪活动", 0.5, 3, 1, ("ngram",),
                      variants=(Variant("非法中介活动", "one-word variant", 2),))
EXAMPLES = tuple(Example("un.zh", n, f"执行《行动纲领》{n}", "implement the Programme of Action")
                 for n in range(1, 6))
PAIRINGS = (
    TermPairing(POA.term, 0, abstained_reason="the term does not occur in the corpus"),
    TermPairing("行动纲领", 7, (Equivalent("Programme of Action", 0.88, 7, 7, 9, 0.8, 40.0,
                                           examples=EXAMPLES),)),
    TermPairing("非法经纪活动", 0, abstained_reason="the term does not occur in the corpus"),
    TermPairing("非法中介活动", 3, (Equivalent("illegal", 0.2, 2, 2, 40, 0.1, 11.0),)),
)


def test_a_proposed_concept_carries_english_with_evidence() -> None:
    poa = proposals([POA], PAIRINGS, PairingPolicy())[0]
    assert poa.paired_form == "行动纲领" and not poa.needs_english
    concept = poa.concept
    assert concept.notes[0].startswith(PROPOSED_NOTE)
    assert concept.transactions[0].responsibility == "termbase build"
    zh = [t for _, t in concept.terms("zh")]
    assert [t.text for t in zh] == [POA.term, "行动纲领", "行动纲要"]
    assert all(t.status is TermStatus.ADMITTED for t in zh)
    assert zh[0].contexts[0].source == "A/RES/68/48, operative para. 2"
    english = concept.preferred("en")
    assert english is not None and english.text == "Programme of Action"
    assert english.term_type is TermType.SHORT_FORM  # paired from the short form
    assert "confidence 0.88, support 7 of 7" in english.notes[0]
    assert [c.source for c in english.contexts] == ["un.zh, line 1", "un.zh, line 2",
                                                   "un.zh, line 3"]


def test_an_abstention_is_marked_needs_english_with_the_reason() -> None:
    brokering = proposals([BROKERING], PAIRINGS, PairingPolicy())[0]
    assert brokering.needs_english and brokering.concept.preferred("en") is None
    assert brokering.concept.notes[1] == (
        f"{NEEDS_ENGLISH}: the term does not occur in the corpus")


def test_a_weak_candidate_is_left_to_the_reviewer() -> None:
    weak = Candidate("非法中介活动", 0.5, 2, 1, ("ngram",))
    found = proposals([weak], PAIRINGS, PairingPolicy())[0]
    assert found.needs_english and "'illegal', scored 0.20" in found.concept.notes[1]
    lenient = proposals([weak], PAIRINGS, PairingPolicy(min_score=0.1))[0]
    assert lenient.english is not None and lenient.english.text == "illegal"


def test_known_concepts_are_kept_and_not_proposed_or_paired_again() -> None:
    curated = Glossary((Concept("sa-brokering", (
        LangSec("zh", (Term("非法中介活动"), Term("非法经纪活动", TermStatus.SUPERSEDED))),
        LangSec("en", (Term("illicit brokering"),)))),))
    known = Candidate("非法经纪活动", 0.5, 3, 1, ("ngram",),
                      glossary=(GlossaryMatch("sa-brokering", "非法经纪活动", "superseded"),))
    assert forms_to_pair([known, POA], curated) == [POA.term, "行动纲领", "行动纲要"]
    found = proposals([known, POA], PAIRINGS, PairingPolicy())
    assert [p.candidate.term for p in found] == [POA.term]
    assert [c.id for c in merge(curated, found)] == ["sa-brokering", found[0].concept.id]


PASSAGES = [
    Passage("A/RES/61/66", "preamble", "小武器和轻武器非法经纪活动是严重问题，《行动纲要》"),
    Passage("A/RES/61/66", "op 2", "非法经纪活动和《行动纲领》"),
    Passage("A/RES/68/48", "op 3", "小武器和轻武器非法中介活动；《行动纲领》和《行动纲领》"),
]


def test_drift_dates_each_wording_per_document() -> None:
    found = proposals([POA, BROKERING], PAIRINGS, PairingPolicy())
    groups = drift(Glossary(), found, PASSAGES)
    by_term = {f.term: f.counts for g in groups for f in g.forms}
    assert by_term["非法经纪活动"] == (("A/RES/61/66", 2),)
    assert by_term["非法中介活动"] == (("A/RES/68/48", 1),)
    assert by_term["行动纲要"] == (("A/RES/61/66", 1),)
    assert by_term["行动纲领"] == (("A/RES/61/66", 1), ("A/RES/68/48", 2))
    rows = drift_rows(groups, {"A/RES/61/66": "2006-12-06", "A/RES/68/48": "2013-12-05"})
    assert [found[0].concept.id, "Programme of Action", "行动纲要", "one-character variant",
            "A/RES/61/66", "2006-12-06", 1] in rows


def test_drift_joins_concepts_that_share_their_english() -> None:
    """Two candidates the extractor kept apart are one concept when the parallel text
    gives them the same English."""
    older = Candidate("非法经纪活动", 0.5, 2, 1, ("ngram",))
    newer = Candidate("非法中介活动", 0.5, 1, 1, ("ngram",))
    same = Equivalent("illicit brokering", 0.9, 3, 3, 3, 0.9, 30.0)
    pairings = (TermPairing("非法经纪活动", 3, (same,)), TermPairing("非法中介活动", 3, (same,)))
    groups = drift(Glossary(), proposals([older, newer], pairings, PairingPolicy()), PASSAGES)
    assert len(groups) == 1 and groups[0].english == "illicit brokering"
    assert [(f.term, f.relation) for f in groups[0].forms] == [
        ("非法经纪活动", "main term"), ("非法中介活动", "same English")]
