"""The compiled index answers exactly as the in-memory one: same hits, same order."""

from __future__ import annotations

import dataclasses
import json
import random
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import glossaries, tbx_glossaries
from termbase import store
from termbase.errors import FormatError
from termbase.index.compiled import (
    CannotCompile,
    CompiledIndex,
    IndexUnreadable,
    decode_concept,
    read_meta,
    reads_back,
    write_database,
)
from termbase.lookup import LookupIndex, build_index, search
from termbase.model import (
    Concept,
    Glossary,
    LangSec,
    Term,
    TermStatus,
    concept_to_dict,
    glossary_from_dict,
)
from termbase.text.chinese import ScriptConverter

CONVERTER = ScriptConverter()
TO_TRADITIONAL = opencc.OpenCC("s2t")


def compile_to(glossary: Glossary, folder: Path) -> tuple[LookupIndex, CompiledIndex]:
    memory = build_index(glossary, simplifier=CONVERTER)
    path = folder / "glossary.sqlite"
    write_database(path, memory, {"termbase": "test", "sources": []})
    con = sqlite3.connect(path)
    return memory, CompiledIndex(path, con, read_meta(con), CONVERTER)


def variants(text: str, rng: random.Random) -> Iterator[str]:
    """Queries around a term: itself, its start, its middle, a typo, traditional script,
    an English plural, another case."""
    yield text
    yield text[:max(1, len(text) * 2 // 3)]
    yield text[1:-1]
    i = rng.randrange(len(text))
    yield text[:i] + text[i + 1:]
    yield text[:i] + "x" + text[i + 1:]
    yield TO_TRADITIONAL.convert(text)
    yield text + "s"
    yield text.upper()


def assert_same(memory: LookupIndex, compiled: CompiledIndex, query: str) -> None:
    if not memory.normalise(query):
        return
    for limit in (None, 1, 3, 10):
        for lang in (None, "zh", "en"):
            expected = search(memory, query, limit=limit, lang=lang)
            assert compiled.search(query, limit=limit, lang=lang) == expected, (query, limit,
                                                                                 lang)


# --- a generated glossary -----------------------------------------------------------------

_WORDS = [("国际", "international"), ("追查", "tracing"), ("文书", "instrument"),
          ("小武器", "small arms"), ("轻武器", "light weapons"), ("弹药", "ammunition"),
          ("行动纲领", "programme of action"), ("非法", "illicit"), ("贸易", "trade"),
          ("储存", "stockpile"), ("管理", "management"), ("会员国", "member states"),
          ("裁军", "disarmament"), ("区域", "regional"), ("合作", "cooperation")]


def generated(n: int, seed: int) -> Glossary:
    """Terms sharing words (many prefixes, substrings and near misses), every status,
    titles in 《》, the same term in two concepts, region-tagged languages."""
    rng = random.Random(seed)
    concepts = []
    for i in range(n):
        pairs = rng.sample(_WORDS, rng.randint(1, 4))
        zh = "".join(p[0] for p in pairs)
        en = " ".join(p[1] for p in pairs)
        if rng.random() < 0.2:
            zh, en = f"《{zh}》", en.title()
        zh_lang = rng.choice(["zh", "zh-CN", "zh-Hans"])
        statuses = list(TermStatus)
        zh_terms = [Term(zh, rng.choice(statuses))]
        en_terms = [Term(en, rng.choice(statuses))]
        if rng.random() < 0.3:
            en_terms.append(Term("".join(w[0] for w in en.split()).upper(),
                                 rng.choice(statuses)))
        concepts.append(Concept(f"g{rng.randrange(10**6):06d}-{i}",
                                (LangSec(zh_lang, tuple(zh_terms)),
                                 LangSec("en", tuple(en_terms)))))
    return Glossary(tuple(concepts))


def test_generated_glossary_answers_the_same(tmp_path: Path) -> None:
    glossary = generated(600, seed=15)
    memory, compiled = compile_to(glossary, tmp_path)
    rng = random.Random(7)
    texts = [t.text for c in glossary.concepts for _, t in c.terms()]
    try:
        for text in rng.sample(texts, 60):
            for query in variants(text, rng):
                assert_same(memory, compiled, query)
        for query in ("arms", "国际", "Programe of Acton", "trade", "鲸鱼", "qwxz"):
            assert_same(memory, compiled, query)
    finally:
        compiled.close()


def test_shipped_glossary_answers_the_same(tmp_path: Path, repo_root: Path) -> None:
    glossary = store.load([str(repo_root / "glossaries" / "small-arms.tbx")]).glossary
    memory, compiled = compile_to(glossary, tmp_path)
    rng = random.Random(11)
    try:
        for concept in glossary.concepts:
            for _, term in concept.terms():
                for query in variants(term.text, rng):
                    assert_same(memory, compiled, query)
    finally:
        compiled.close()


@settings(max_examples=40, deadline=None)
@given(glossaries(max_concepts=5), st.data())
def test_any_glossary_answers_the_same(glossary: Glossary, data: st.DataObject) -> None:
    texts = [t.text for c in glossary.concepts for _, t in c.terms()]
    if not texts:
        return
    with tempfile.TemporaryDirectory() as folder:
        memory, compiled = compile_to(glossary, Path(folder))
        try:
            rng = random.Random(data.draw(st.integers(0, 1000)))
            for query in variants(data.draw(st.sampled_from(texts)), rng):
                assert_same(memory, compiled, query)
        finally:
            compiled.close()


@settings(max_examples=40, deadline=None)
@given(tbx_glossaries(max_concepts=4))
def test_the_stored_content_hash_is_the_glossarys(glossary: Glossary) -> None:
    # Compiling hashes the concepts' JSON it made for its rows rather than making it again:
    # the hash a check's signature reads must stay the glossary's own, header and back
    # matter included.
    with tempfile.TemporaryDirectory() as folder:
        _, compiled = compile_to(glossary, Path(folder))
        try:
            assert compiled.content_hash == glossary.content_hash()
        finally:
            compiled.close()


def test_hits_read_back_whole_concepts(tmp_path: Path, repo_root: Path) -> None:
    glossary = store.load([str(repo_root / "glossaries" / "small-arms.tbx")]).glossary
    _, compiled = compile_to(glossary, tmp_path)
    try:
        hit = compiled.search("行动纲领", limit=1)[0]
        assert hit.concept == glossary.get(hit.concept.id)
        assert hit.match.term in [t for _, t in hit.concept.terms()]
        assert compiled.concept_count == len(glossary)
    finally:
        compiled.close()


def test_text_sqlite_cannot_hold_is_refused_not_stored_wrong(tmp_path: Path) -> None:
    glossary = Glossary((Concept("c1", (LangSec("en", (Term("arms \ud800 trade"),)),)),))
    with pytest.raises(CannotCompile):
        write_database(tmp_path / "g.sqlite", build_index(glossary), {})


def test_a_failing_database_raises_index_unreadable(tmp_path: Path) -> None:
    _, compiled = compile_to(generated(20, seed=1), tmp_path)
    compiled.close()  # every query now fails underneath
    with pytest.raises(IndexUnreadable):
        compiled.search("international")


@settings(max_examples=60, deadline=None)
@given(glossaries(max_concepts=4))
def test_the_trusted_decoder_reads_what_the_validating_reader_reads(glossary: Glossary
                                                                    ) -> None:
    data = [json.loads(json.dumps(concept_to_dict(c))) for c in glossary.concepts]
    assert tuple(map(decode_concept, data)) == glossary_from_dict({"concepts": data}).concepts
    assert tuple(map(decode_concept, data)) == glossary.concepts


def test_a_damaged_concept_row_is_named_by_the_validating_reader(tmp_path: Path) -> None:
    _, compiled = compile_to(generated(20, seed=1), tmp_path)
    compiled.close()
    con = sqlite3.connect(tmp_path / "glossary.sqlite")
    with con:
        con.execute("""UPDATE concepts SET data = '{"id": "x", "langSecs": [{"terms": []}]}'
                       WHERE pos = 3""")
    reopened = CompiledIndex(tmp_path / "glossary.sqlite", con, read_meta(con), CONVERTER)
    try:
        assert len(reopened.concepts_at([1, 2])) == 2
        with pytest.raises(FormatError, match=r"langSecs\[0\]\.lang"):
            reopened.concepts_at([2, 3])
    finally:
        reopened.close()


def test_a_row_of_two_json_values_is_damaged_not_two_concepts(tmp_path: Path) -> None:
    # The rows of one query are parsed as one JSON array: a row holding two values must
    # not pass for two rows (every later concept would be the wrong one).
    _, compiled = compile_to(generated(20, seed=1), tmp_path)
    compiled.close()
    con = sqlite3.connect(tmp_path / "glossary.sqlite")
    with con:
        con.execute("""UPDATE concepts SET data = data || ',' || data WHERE pos = 3""")
    reopened = CompiledIndex(tmp_path / "glossary.sqlite", con, read_meta(con), CONVERTER)
    try:
        assert [c.id for c in reopened.concepts_at([1, 2])] == [
            c.id for c in generated(20, seed=1).concepts[1:3]]
        with pytest.raises(ValueError, match="Extra data"):
            reopened.concepts_at([2, 3, 4])
    finally:
        reopened.close()


def test_plain_concepts_and_sections_decode_as_the_validating_reader_reads_them() -> None:
    # The decoder's short path (an id and sections; a language and terms), beside the
    # long one for sections and concepts with more or other fields of two.
    data = [{"id": "a", "langSecs": [{"lang": "zh", "terms": [{"text": "大会",
                                                               "status": "preferred"}]},
                                     {"lang": "en", "notes": ["no term yet"]}]},
            {"id": "b", "subjectField": "arms"},
            {"id": "c", "langSecs": [{"lang": "en", "terms": [
                {"text": "GA", "status": "admitted", "termType": "abbreviation"}]}],
             "notes": ["one"]}]
    assert tuple(map(decode_concept, data)) == glossary_from_dict({"concepts": data}).concepts


def test_a_glossary_alone_is_compiled_without_the_lookup_tables(tmp_path: Path,
                                                                repo_root: Path) -> None:
    glossary = store.load([str(repo_root / "glossaries" / "small-arms.tbx")]).glossary
    path = tmp_path / "g.sqlite"
    write_database(path, glossary, {"termbase": "test", "sources": []})
    con = sqlite3.connect(path)
    compiled = CompiledIndex(path, con, read_meta(con), CONVERTER)
    assert not compiled.has_lookup
    assert compiled.all_concepts() == glossary.concepts
    assert compiled.content_hash == glossary.content_hash()
    assert compiled.languages == glossary.languages
    assert compiled.concept_count == len(glossary)
    tables = {name for (name,) in con.execute("SELECT name FROM sqlite_master "
                                              "WHERE type = 'table'")}
    assert tables == {"meta", "concepts"}
    con.close()


def _bent(concept: Concept, how: int) -> Concept:
    """``concept`` changed in a way JSON cannot carry, or the decoder does not give back:
    what compiling must refuse."""
    sec = concept.lang_secs[0]
    term = sec.terms[0]
    if how == 0:  # a list where the decoder gives a tuple
        return dataclasses.replace(concept, lang_secs=list(concept.lang_secs))  # type: ignore[arg-type]
    if how == 1:  # an empty list in a field whose default is ()
        bent: Term = dataclasses.replace(term, contexts=[])  # type: ignore[arg-type]
    elif how == 2:  # a status given as its text (equal to the enum's, StrEnum)
        bent = dataclasses.replace(term, status=term.status.value)  # type: ignore[arg-type]
    else:  # another text
        bent = dataclasses.replace(term, text=term.text + "x")
    return dataclasses.replace(concept, lang_secs=(
        dataclasses.replace(sec, terms=(bent, *sec.terms[1:])), *concept.lang_secs[1:]))


@settings(max_examples=40, deadline=None)
@given(glossaries(max_concepts=3), st.integers(-1, 3))
def test_reading_back_is_told_as_the_decoder_would_build_it(glossary: Glossary, how: int
                                                           ) -> None:
    # Compiling asks of every concept whether its row reads back equal; most are told
    # without being decoded (building them cost as much as reading the TBX file), and the
    # answer must be the decoder's, for every concept and every bent one.
    for concept in glossary.concepts:
        data = concept_to_dict(concept)
        assert reads_back(concept, data) == (decode_concept(data) == concept)
        if how >= 0:
            bent = _bent(concept, how)
            assert reads_back(bent, data) == (decode_concept(data) == bent)
            if how == 2:
                continue  # a text status is not written out
            bent_data = concept_to_dict(bent)
            assert reads_back(bent, bent_data) == (decode_concept(bent_data) == bent)


def test_a_concept_that_would_not_read_back_is_not_compiled(tmp_path: Path) -> None:
    concept = Concept("c1", (LangSec("en", (Term("treaty"),)),))
    bent = _bent(concept, 1)  # contexts=[]: written as no contexts, read back as ()
    assert concept_to_dict(bent) == concept_to_dict(concept)
    with pytest.raises(CannotCompile):
        write_database(tmp_path / "g.sqlite", Glossary((bent,)), {})
