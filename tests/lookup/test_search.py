"""Tests of termbase.lookup.search: a query's matches, ranked, and the index they are
read from (the sample glossary, its fixtures and the scan are shared by all)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from strategies import text as term_text
from termbase.errors import UsageError
from termbase.lookup import (
    Hit,
    LookupIndex,
    MatchKind,
    build_index,
    max_edits,
    normalise,
    rank,
    search,
)
from termbase.model import (
    Concept,
    Context,
    Definition,
    Glossary,
    LangSec,
    Term,
    TermStatus,
    TermType,
)
from termbase.text.chinese import ScriptConverter, is_cjk_char, is_mainly_cjk

ITI_ZH = "《使各国能够及时和可靠地识别和追查非法小武器和轻武器的国际文书》"


ITI_EN = ("International Instrument to Enable States to Identify and Trace, in a Timely and "
          "Reliable Manner, Illicit Small Arms and Light Weapons")


P, A, S = TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.SUPERSEDED


def _concept(cid: str, zh: list[Term], en: list[Term], **kw: object) -> Concept:
    return Concept(cid, (LangSec("zh", tuple(zh)), LangSec("en", tuple(en))), **kw)  # type: ignore[arg-type]


def sample_glossary() -> Glossary:
    return Glossary((
        _concept(
            "iti",
            [Term(ITI_ZH, P, TermType.FULL_FORM, sources=("A/RES/60/81",)),
             Term("《国际追查文书》", P, TermType.SHORT_FORM)],
            [Term(ITI_EN, P, TermType.FULL_FORM, sources=("A/RES/60/81",)),
             Term("International Tracing Instrument", P, TermType.SHORT_FORM,
                  contexts=(Context("the implementation of the International Tracing "
                                    "Instrument", "A/RES/68/48"),))],
            subject_field="small arms and light weapons",
            definitions=(Definition("An instrument adopted by the General Assembly in 2005.",
                                    "A/60/88"),),
        ),
        _concept("poa", [Term("行动纲领", P)], [Term("Programme of Action", P)]),
        _concept("ms", [Term("会员国", P)], [Term("Member State", P)]),
        _concept("cb", [Term("能力建设", P)], [Term("capacity-building", P)]),
        _concept("brk", [Term("非法中介活动", P), Term("非法经纪活动", S)],
                 [Term("illicit brokering", P)], notes=("Term changed in 2007.",)),
        _concept("sp", [Term("缔约国", P)], [Term("States parties", P)]),
    ))


@pytest.fixture(scope="module")
def converter() -> ScriptConverter:
    return ScriptConverter()


@pytest.fixture(scope="module")
def index(converter: ScriptConverter) -> LookupIndex:
    return build_index(sample_glossary(), simplifier=converter)


def _first(index: LookupIndex, query: str, **kw: object) -> Hit:
    hits = search(index, query, **kw)  # type: ignore[arg-type]
    assert hits, f"no hit for {query!r}"
    return hits[0]


def _ranking_glossary() -> Glossary:
    def en(cid: str, text: str, status: TermStatus = P) -> Concept:
        return Concept(cid, (LangSec("en", (Term(text, status),)),))

    return Glossary((
        en("fuzzy", "arms trady"),
        en("substring", "illicit arms trade"),
        en("prefix-superseded", "arms trade treaty", S),
        en("prefix-long", "arms trade treaty secretariat"),
        en("prefix-short", "arms trade monitoring"),
        en("tie-b", "arms trade register"),
        en("tie-a", "arms trade register"),
        en("exact-admitted", "Arms Trade", A),
    ))


def _scan(glossary: Glossary, query: str) -> dict[str, MatchKind]:
    """Best match kind per concept, by comparing the query with every term in turn."""
    q = normalise(query)
    k = max_edits(q)
    found: dict[str, MatchKind] = {}
    for concept in glossary.concepts:
        kinds = []
        for _, term in concept.terms():
            key = normalise(term.text)
            if not key:
                continue
            if key == q:
                kinds.append(MatchKind.EXACT)
            elif key.startswith(q):
                kinds.append(MatchKind.PREFIX)
            elif q in key and _long_enough_for_substrings(q):
                kinds.append(MatchKind.SUBSTRING)
            elif k and Levenshtein.distance(q, key) <= k and (
                    not is_mainly_cjk(q) or len(key) >= 4):
                kinds.append(MatchKind.FUZZY)
        if kinds:
            found[concept.id] = min(kinds, key=lambda kind: kind.rank)
    return found


def _long_enough_for_substrings(q: str) -> bool:
    """Substring search needs one whole n-gram in the query: a Chinese character and the
    next one, or any three characters."""
    return any(i + (2 if is_cjk_char(c) else 3) <= len(q) for i, c in enumerate(q))


@st.composite
def _term_glossaries(draw: st.DrawFn, max_concepts: int = 6) -> Glossary:
    """Glossaries with nothing but terms: all the index looks at, and quick to generate."""
    n = draw(st.integers(1, max_concepts))
    concepts = []
    for ci in range(n):
        secs = []
        for lang in ("zh", "en"):
            texts = draw(st.lists(term_text, min_size=1, max_size=3, unique=True))
            statuses = draw(st.lists(st.sampled_from(list(TermStatus)), min_size=len(texts),
                                     max_size=len(texts)))
            secs.append(LangSec(lang, tuple(map(Term, texts, statuses))))
        concepts.append(Concept(f"c{ci}", tuple(secs)))
    return Glossary(tuple(concepts))


def _query_variants(source: str, i: int, j: int) -> list[str]:
    """Queries related to a term: itself, a slice, and one-character edits of it."""
    i, j = sorted((i % (len(source) + 1), j % (len(source) + 1)))
    cut = min(i, len(source) - 1)
    return [source, source[i:j], source[1:], source[:-1],
            source[:cut] + source[cut + 1:],  # one character missing
            source[:cut] + "x" + source[cut + 1:],  # one character wrong
            source[:i] + "的" + source[i:],  # one character too many
            source + "s"]


_WORDS = [("国际", "international"), ("区域", "regional"), ("追查", "tracing"),
          ("文书", "instrument"), ("小武器", "small arms"), ("轻武器", "light weapons"),
          ("弹药", "ammunition"), ("非法", "illicit"), ("贸易", "trade"), ("储存", "stockpile"),
          ("管理", "management"), ("裁军", "disarmament"), ("合作", "cooperation"),
          ("执行", "implementation"), ("审查", "review"), ("会议", "conference")]


def _shared_words_glossary(n: int, seed: int) -> Glossary:
    """Terms built from a few shared words, so that a query matches hundreds of keys by
    prefix, substring or typo, over many lengths; every status; the same term in
    several concepts (ties broken by id)."""
    rng = random.Random(seed)
    concepts = []
    for i in range(n):
        pairs = rng.sample(_WORDS, rng.randint(1, 5))
        zh = "".join(p[0] for p in pairs)
        en = " ".join(p[1] for p in pairs)
        statuses = [P] * 3 + [A, S, TermStatus.DEPRECATED]
        en_terms = [Term(en, rng.choice(statuses))]
        if rng.random() < 0.3:
            en_terms.append(Term("".join(w[0] for w in en.split()).upper(), rng.choice(statuses)))
        concepts.append(Concept(f"w{rng.randrange(10**5):05d}-{i}",
                                (LangSec("zh", (Term(zh, rng.choice(statuses)),)),
                                 LangSec("en", tuple(en_terms)))))
    return Glossary(tuple(concepts))


@pytest.fixture(scope="module")
def shared_words() -> tuple[Glossary, LookupIndex]:
    glossary = _shared_words_glossary(3000, seed=1515)
    return glossary, build_index(glossary)


def _bounded_queries(glossary: Glossary, rng: random.Random) -> list[str]:
    queries = ["int", "in", "i", "国", "国际", "trade", "arms", "ammunition",
               "trade illicit", "国际追查", "弹药管理"]
    for concept in rng.sample(glossary.concepts, 60):
        for _, term in concept.terms():
            text = term.text
            i = rng.randrange(len(text))
            queries += [text, text[:max(1, len(text) // 2)], text[1:-1],
                        text[:i] + text[i + 1:], text[:i] + "x" + text[i + 1:]]
    return [q for q in queries if normalise(q)]


class _Counting:
    """An index that counts the keys whose entries ranking reads."""

    def __init__(self, index: LookupIndex) -> None:
        self.index = index
        self.read = 0

    def __getattr__(self, name: str) -> object:
        return getattr(self.index, name)

    def entries_of(self, ids: list[int]) -> list[object]:
        self.read += len(ids)
        return self.index.entries_of(ids)  # type: ignore[return-value]


def _en(cid: str, text: str, status: TermStatus = P) -> Concept:
    return Concept(cid, (LangSec("en", (Term(text, status),)),))


@pytest.mark.parametrize("query", ["国际追查文书", "《国际追查文书》", "國際追查文書",
                                   "tracing instrument", "International Tracing Instrument"])
def test_tracing_instrument_queries_find_it_first(index: LookupIndex, query: str) -> None:
    assert _first(index, query).concept.id == "iti"


def test_short_title_is_an_exact_match_on_the_bracketed_term(index: LookupIndex) -> None:
    match = _first(index, "國際追查文書").match
    assert match.kind is MatchKind.EXACT
    assert match.term.text == "《国际追查文书》"
    assert match.lang == "zh"
    assert match.score == 1.0


def test_substring_of_english_short_form(index: LookupIndex) -> None:
    match = _first(index, "tracing instrument").match
    assert match.kind is MatchKind.SUBSTRING
    assert match.term.text == "International Tracing Instrument"
    assert 0 < match.score < 1


@pytest.mark.parametrize(("query", "cid", "term"), [
    ("Programme", "poa", "Programme of Action"),
    ("行动", "poa", "行动纲领"),
    ("非法中介", "brk", "非法中介活动"),
])
def test_prefix(index: LookupIndex, query: str, cid: str, term: str) -> None:
    hit = _first(index, query)
    assert (hit.concept.id, hit.match.kind, hit.match.term.text) == (cid, MatchKind.PREFIX, term)


@pytest.mark.parametrize(("query", "cid"), [
    ("追查文书", "iti"),
    ("building", "cb"),
    ("Light Weapons", "iti"),
    ("小武器和轻武器", "iti"),
])
def test_substring(index: LookupIndex, query: str, cid: str) -> None:
    hit = _first(index, query)
    assert (hit.concept.id, hit.match.kind) == (cid, MatchKind.SUBSTRING)


@pytest.mark.parametrize(("query", "cid"), [
    ("Programe of Action", "poa"),
    ("Programme of Actoin", "poa"),
    ("capasity-bilding", "cb"),
    ("能力建没", "cb"),  # one wrong character
    ("非法中活动", "brk"),  # one missing character
])
def test_typos(index: LookupIndex, query: str, cid: str) -> None:
    hit = _first(index, query)
    assert (hit.concept.id, hit.match.kind) == (cid, MatchKind.FUZZY)
    assert 0 < hit.match.score < 1


def test_no_typo_tolerance_in_short_chinese_terms(index: LookupIndex) -> None:
    assert search(index, "会员图") == []


@pytest.mark.parametrize(("query", "cid"), [
    ("Member States", "ms"),
    ("member state", "ms"),
    ("State party", "sp"),
    ("capacity building", "cb"),
])
def test_plural_and_spelling_variants_match_exactly(index: LookupIndex, query: str,
                                                     cid: str) -> None:
    hit = _first(index, query)
    assert (hit.concept.id, hit.match.kind) == (cid, MatchKind.EXACT)


def test_superseded_term_finds_its_concept(index: LookupIndex) -> None:
    hit = _first(index, "非法经纪活动")
    assert hit.concept.id == "brk"
    assert hit.match.term.status is TermStatus.SUPERSEDED
    assert hit.concept.preferred("zh") == Term("非法中介活动", P)


def test_concept_appears_once_with_its_best_match(index: LookupIndex) -> None:
    # Both ITI English terms contain "international"; the short form is the closer prefix.
    hits = search(index, "international")
    assert [h.concept.id for h in hits] == ["iti"]
    assert hits[0].match.term.text == "International Tracing Instrument"


def test_language_filter(index: LookupIndex) -> None:
    assert search(index, "行动纲领", lang="en") == []
    assert _first(index, "行动纲领", lang="zh").concept.id == "poa"


def test_no_match(index: LookupIndex) -> None:
    assert search(index, "xylophone") == []
    assert search(index, "鲸鱼钢琴") == []


@pytest.mark.parametrize("query", ["", "   ", "《》", "--"])
def test_empty_query_is_a_usage_error(index: LookupIndex, query: str) -> None:
    with pytest.raises(UsageError):
        search(index, query)


def test_limit_below_one_is_a_usage_error(index: LookupIndex) -> None:
    with pytest.raises(UsageError):
        search(index, "arms", limit=0)


def test_ranking_kind_then_status_then_closeness_then_id() -> None:
    index = build_index(_ranking_glossary())
    hits = search(index, "arms trade", limit=None)
    assert [h.concept.id for h in hits] == [
        "exact-admitted",  # exact beats everything, whatever its status
        "tie-a", "tie-b",  # same term, same status: by id
        "prefix-short",  # preferred prefixes, the closer (shorter) first
        "prefix-long",
        "prefix-superseded",  # a superseded prefix after every preferred one
        "substring",
        "fuzzy",
    ]
    assert [h.match.kind for h in hits] == [MatchKind.EXACT] + [MatchKind.PREFIX] * 5 + [
        MatchKind.SUBSTRING, MatchKind.FUZZY]


def test_limit_keeps_the_best() -> None:
    index = build_index(_ranking_glossary())
    assert [h.concept.id for h in search(index, "arms trade", limit=3)] == [
        "exact-admitted", "tie-a", "tie-b"]


def test_hit_to_dict_shape(index: LookupIndex) -> None:
    data = _first(index, "International Tracing Instrument").to_dict()
    assert data["id"] == "iti"
    assert data["match"] == {"kind": "exact", "term": "International Tracing Instrument",
                             "lang": "en", "score": 1.0}
    assert data["subjectField"] == "small arms and light weapons"
    assert [(t["lang"], t["text"], t["status"]) for t in data["terms"]] == [
        ("zh", ITI_ZH, "preferred"), ("zh", "《国际追查文书》", "preferred"),
        ("en", ITI_EN, "preferred"), ("en", "International Tracing Instrument", "preferred")]
    assert data["terms"][0]["termType"] == "fullForm"
    assert data["terms"][0]["sources"] == ["A/RES/60/81"]
    assert data["terms"][1]["sources"] == []
    assert data["terms"][3]["contexts"][0]["source"] == "A/RES/68/48"
    assert data["definitions"][0]["source"] == "A/60/88"
    assert data["notes"] == []


@settings(max_examples=200, deadline=None)
@given(_term_glossaries(), st.data())
def test_index_finds_what_a_scan_finds(glossary: Glossary, data: st.DataObject) -> None:
    texts = [t.text for c in glossary.concepts for _, t in c.terms()]
    source = data.draw(st.sampled_from(texts))
    i, j = data.draw(st.integers(0, 60)), data.draw(st.integers(0, 60))
    index = build_index(glossary)
    for query in _query_variants(source, i, j):
        if not normalise(query):
            continue
        got = {h.concept.id: h.match.kind for h in search(index, query, limit=None)}
        assert got == _scan(glossary, query), query


@settings(max_examples=50, deadline=None)
@given(_term_glossaries())
def test_every_term_finds_its_concept_exactly(glossary: Glossary) -> None:
    index = build_index(glossary)
    for concept in glossary.concepts:
        for _, term in concept.terms():
            if not normalise(term.text):
                continue
            hits = {h.concept.id: h.match.kind for h in search(index, term.text, limit=None)}
            assert hits.get(concept.id) is MatchKind.EXACT


def test_bounded_walks_give_the_first_results_of_an_unbounded_search(
        shared_words: tuple[Glossary, LookupIndex]) -> None:
    glossary, index = shared_words
    for query in _bounded_queries(glossary, random.Random(15)):
        for lang in (None, "en", "zh"):
            everything = search(index, query, limit=None, lang=lang)
            for limit in (1, 3, 10):
                assert search(index, query, limit=limit, lang=lang) == everything[:limit], (
                    query, lang, limit)


def test_typo_candidates_miss_nothing_a_scan_finds(
        shared_words: tuple[Glossary, LookupIndex]) -> None:
    glossary, index = shared_words
    rng = random.Random(1516)
    for concept in rng.sample(glossary.concepts, 40):
        text = next(t.text for _, t in concept.terms("en"))
        edits = list(text)
        for _ in range(max_edits(normalise(text))):  # as many typos as are allowed
            edits[rng.randrange(len(edits))] = "q"
        query = "".join(edits)
        got = {h.concept.id: h.match.kind for h in search(index, query, limit=None)}
        assert got == _scan(glossary, query), query


@pytest.mark.parametrize("query", ["int", "trade", "弹药"])
def test_a_common_query_reads_few_keys_once_the_page_is_full(
        shared_words: tuple[Glossary, LookupIndex], query: str) -> None:
    _, index = shared_words
    counting = _Counting(index)
    hits = rank(counting, query, limit=10)  # type: ignore[arg-type]
    matching = len(rank(index, query, limit=None))
    assert len(hits) == 10
    assert matching > 200
    assert counting.read < matching / 4, (counting.read, matching)


def test_shorter_admitted_prefixes_do_not_end_the_walk_before_longer_preferred_ones() -> None:
    # Twelve admitted terms close to the query, then preferred ones much longer: status
    # ranks before closeness, so the page is the preferred ones, found further on.
    concepts = [_en(f"a{i:02d}", f"arms trade {i:02d}", A) for i in range(12)]
    concepts += [_en(f"p{i:02d}", "arms trade " + "x" * (10 + i)) for i in range(3)]
    index = build_index(Glossary(tuple(concepts)))
    hits = search(index, "arms trade", limit=5)
    assert [h.concept.id for h in hits] == ["p00", "p01", "p02", "a00", "a01"]


def test_ties_at_the_edge_of_the_page_go_by_id() -> None:
    # Many preferred prefixes of one length: the page takes the lowest ids of them,
    # whatever the order the index meets them in.
    concepts = [_en(f"c{i:03d}", f"arms trade {chr(ord('z') - i % 26)}{i:03d}")
                for i in range(300)]
    index = build_index(Glossary(tuple(reversed(concepts))))
    assert [h.concept.id for h in search(index, "arms", limit=4)] == [
        "c000", "c001", "c002", "c003"]


@pytest.mark.parametrize("query", ["a", "ar", "国", "x"])
def test_queries_shorter_than_a_gram_still_find_prefixes(query: str) -> None:
    index = build_index(Glossary((_en("long", "arms trade treaty"), _en("short", "arms"),
                                  Concept("zh", (LangSec("zh", (Term("国际", P),)),)),
                                  _en("x", "xylophone"))))
    everything = search(index, query, limit=None)
    assert search(index, query, limit=1) == everything[:1]
    assert all(h.match.kind is MatchKind.PREFIX for h in everything)
