"""Checking against a compiled glossary gives the findings of the glossary in memory.

The compiled path reads concepts on demand and loads its matchers from the cache, with
terms as references; these tests compare both paths finding by finding — on a seeded
generated glossary with every kind of term, on the small test glossaries and on the
shipped glossary over the bundled UN text — on the first run (matchers built) and the
next (matchers loaded), and check that a broken matcher file is only a cache miss.
"""

from __future__ import annotations

import io
import pickle
import random
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from strategies import glossaries
from termbase import api
from termbase.check import CheckOptions, MatchOptions, check_draft
from termbase.check.compiled import CompiledGlossary
from termbase.check.draft import Draft, presplit_pair
from termbase.check.findings import FindingKind
from termbase.check.matching import LanguageMatcher
from termbase.fileio import write_atomic
from termbase.formats import write_glossary
from termbase.index import cache as index_cache
from termbase.index import clear_cache, open_compiled
from termbase.index.cache import DERIVED_SUFFIX
from termbase.index.compiled import CannotCompile
from termbase.model import Concept, Glossary, LangSec, Term, TermStatus, TermType

_ZH = ["国际", "区域", "合作", "援助", "武器", "弹药", "标识", "追查", "安全", "理事会",
       "方案", "委员会", "能力", "建设", "组织", "贸易"]
_EN = ["international", "regional", "cooperation", "assistance", "weapon", "ammunition",
       "marking", "tracing", "security", "council", "programme", "committee", "capacity",
       "building", "organization", "trade"]


def generated_glossary(n: int, seed: int) -> Glossary:
    """Concepts with preferred, admitted, deprecated and abbreviated terms, some sharing
    words (and so overlapping in text), some capitalised."""
    rng = random.Random(seed)
    concepts: list[Concept] = []
    seen: set[str] = set()
    while len(concepts) < n:
        picks = rng.sample(range(len(_ZH)), rng.randint(1, 3))
        zh = "".join(_ZH[i] for i in picks)
        if zh in seen:
            continue
        seen.add(zh)
        en = " ".join(_EN[i] for i in picks)
        if rng.random() < 0.3:
            en = en.title()
        zh_terms = [Term(zh)]
        en_terms = [Term(en)]
        if rng.random() < 0.3:
            zh_terms.append(Term(zh + "们", TermStatus.DEPRECATED))
            en_terms.append(Term(en + " body", TermStatus.DEPRECATED))
        if rng.random() < 0.2:
            en_terms.append(Term(en + "s", TermStatus.SUPERSEDED))  # folds onto the term
        if rng.random() < 0.2:
            abbr = "".join(w[0] for w in en.split()).upper() + "X"
            en_terms.append(Term(abbr, TermStatus.ADMITTED, TermType.ABBREVIATION))
        concepts.append(Concept(f"g{len(concepts):04d}", (
            LangSec("zh", tuple(zh_terms)), LangSec("en", tuple(en_terms)))))
    return Glossary(tuple(concepts), title="generated")


def generated_draft(glossary: Glossary, lines: int, seed: int) -> Draft:
    """zh → en lines naming a few concepts each, written with any of their terms, some
    renderings dropped or lower-cased, and numbers that sometimes disagree."""
    rng = random.Random(seed)
    zh_lines, en_lines = [], []
    for _ in range(lines):
        zh_parts, en_parts = [], []
        for concept in rng.sample(glossary.concepts, 3):
            zh_terms = [t.text for _, t in concept.terms("zh")]
            en_terms = [t.text for _, t in concept.terms("en")]
            zh_parts.append(rng.choice(zh_terms))
            roll = rng.random()
            if roll < 0.1:
                continue  # missing target
            text = rng.choice(en_terms)
            en_parts.append(text.lower() if roll < 0.2 else text)
        n = rng.randint(1, 99)
        zh_lines.append(f"{'和'.join(zh_parts)}于第{n}次会议审议。")
        m = n if rng.random() < 0.9 else n + 1
        en_lines.append(f"At its {m}th meeting, the {' and the '.join(en_parts)} were considered.")
    return presplit_pair("\n".join(zh_lines), "d.zh", "\n".join(en_lines), "d.en",
                         source_lang="zh", target_lang="en")


def compiled(path: Path) -> CompiledGlossary:
    opened = open_compiled([path])
    assert opened.index is not None
    return CompiledGlossary(opened.index)


def assert_same_findings(path: Path, draft: Draft, options: CheckOptions) -> None:
    """Memory, then the compiled glossary twice: matchers built, then loaded."""
    memory = check_draft(api.load_glossary(path).glossary, draft, options)
    assert memory.findings, "a comparison of nothing proves nothing"
    for _ in range(2):
        result = check_draft(compiled(path), draft, options)
        assert result.findings == memory.findings
        assert result.signature.glossary_hash == memory.signature.glossary_hash
        assert [d.message for d in result.diagnostics] == [
            d.message for d in memory.diagnostics]


OPTIONS = [CheckOptions(),
           CheckOptions(match=MatchOptions(verb_forms=True, spelling_variants=False,
                                           hyphenation=False))]


@pytest.mark.parametrize("options", OPTIONS, ids=["default", "strict"])
def test_generated_glossary_same_findings(cache: Path, tmp_path: Path,
                                          options: CheckOptions) -> None:
    glossary = generated_glossary(400, seed=15)
    path = tmp_path / "generated.tbx"
    write_glossary(glossary, path)
    draft = generated_draft(glossary, 300, seed=13)
    assert_same_findings(path, draft, options)
    kinds = {f.kind for f in check_draft(compiled(path), draft, options).findings}
    assert len(kinds) >= 4, kinds  # the draft exercises most checks


def _kept_matchers(tmp_path: Path, lines: int) -> tuple[CompiledGlossary, Draft, Path]:
    """A generated glossary compiled and checked once, so that its matchers are kept,
    then compiled again (the matchers now loaded from the cache), with a draft and the
    glossary's file."""
    glossary = generated_glossary(400, seed=15)
    path = tmp_path / "generated.tbx"
    write_glossary(glossary, path)
    draft = generated_draft(glossary, lines, seed=13)
    check_draft(compiled(path), draft, CheckOptions())  # builds and keeps the matchers
    return compiled(path), draft, path


def test_the_concepts_a_draft_names_are_read_together(cache: Path, tmp_path: Path) -> None:
    checked, draft, _ = _kept_matchers(tmp_path, 300)
    reads: list[int] = []
    read = checked.index.concepts_at_all

    def counted(positions: Sequence[int]) -> list[Concept]:
        found = read(positions)
        reads.append(len(found))
        return found

    checked.index.concepts_at_all = counted  # type: ignore[method-assign]
    result = check_draft(checked, draft, CheckOptions(kinds=frozenset({FindingKind.DEPRECATED})))
    assert result.findings
    # The deprecated terms the English matcher keeps apart are read as it loads; the
    # concepts the draft names come in one read, not one each, and by the positions the
    # matchers name: no id is looked up, which would map every id to its position.
    assert max(reads) > 200
    assert len([n for n in reads if n > 1]) == 1
    assert checked.index._positions is None


def test_a_loaded_matcher_builds_owners_only_for_the_keys_a_draft_has(
        cache: Path, tmp_path: Path) -> None:
    checked, draft, path = _kept_matchers(tmp_path, 30)
    source = checked.matcher("zh", MatchOptions())
    target = checked.matcher("en", MatchOptions())
    # The automata hold references, not an object for each key (each of which a load
    # made): owners are built as a draft's matches name them, once for each key.
    assert source.resolve is not None and target.resolve is not None
    assert not checked.concepts._owners
    result = check_draft(checked, draft, CheckOptions(), matchers=[source, target])
    assert result.findings == check_draft(api.load_glossary(path).glossary, draft,
                                          CheckOptions()).findings
    built = len(checked.concepts._owners)
    assert 0 < built < source.size + target.size
    check_draft(checked, draft, CheckOptions(), matchers=[source, target])
    assert len(checked.concepts._owners) == built


def test_test_glossary_same_findings(cache: Path, tmp_path: Path, glossary: Glossary) -> None:
    path = tmp_path / "small.tbx"
    write_glossary(glossary, path)
    draft = presplit_pair("《行动纲要》由会员国通过。\n审查大会和大会讨论了能力建设。",
                          "d.zh", "The programme of action was adopted by member States.\n"
                          "The General Assembly discussed capacity building.", "d.en")
    assert_same_findings(path, draft, CheckOptions())


def test_shipped_glossary_same_findings_on_un_text(cache: Path, repo_root: Path) -> None:
    parallel = repo_root / "data" / "parallel"
    zh = (parallel / "unv1-testset.zh").read_text(encoding="utf-8").splitlines()[:1500]
    en = (parallel / "unv1-testset.en").read_text(encoding="utf-8").splitlines()[:1500]
    draft = presplit_pair("\n".join(zh), "u.zh", "\n".join(en), "u.en")
    assert_same_findings(repo_root / "glossaries" / "small-arms.tbx", draft, CheckOptions())


def _matcher_files(cache: Path) -> list[Path]:
    return sorted((cache / "glossaries").glob(f"*{DERIVED_SUFFIX}"))


def test_matchers_are_kept_beside_the_database_and_cleared_with_it(
        cache: Path, tmp_path: Path, glossary: Glossary) -> None:
    path = tmp_path / "small.tbx"
    write_glossary(glossary, path)
    draft = presplit_pair("会员国", "d.zh", "Member States", "d.en")
    check_draft(compiled(path), draft)
    assert len(_matcher_files(cache)) == 2  # zh and en
    check_draft(compiled(path), draft, OPTIONS[1])
    assert len(_matcher_files(cache)) == 4  # other options, other matchers
    clear_cache()
    assert _matcher_files(cache) == []


@pytest.mark.parametrize("damage", ["garbage", "foreign class", "termbase function",
                                    "empty"])
def test_a_broken_matcher_file_is_built_again(cache: Path, tmp_path: Path,
                                               glossary: Glossary, damage: str) -> None:
    path = tmp_path / "small.tbx"
    write_glossary(glossary, path)
    draft = presplit_pair("《行动纲要》由会员国通过。", "d.zh",
                          "The Programme of Action was adopted by States.", "d.en")
    expected = check_draft(glossary, draft).findings
    check_draft(compiled(path), draft)
    for file in _matcher_files(cache):
        file.write_bytes({"garbage": b"\x80\x05not a pickle",
                          "foreign class": pickle.dumps(Path("/etc/passwd")),
                          "termbase function": pickle.dumps(write_atomic),
                          "empty": b""}[damage])
    assert check_draft(compiled(path), draft).findings == expected
    assert check_draft(compiled(path), draft).findings == expected  # rewritten, reloaded


def test_a_kept_matcher_is_streamed_from_its_file(cache: Path, tmp_path: Path,
                                                  glossary: Glossary,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # Read whole first, the 20 MB English matcher of a 50,000-term glossary was as
    # many pages again to fault in, beside what the unpickler builds from it.
    path = tmp_path / "small.tbx"
    write_glossary(glossary, path)
    draft = presplit_pair("会员国", "d.zh", "Member States", "d.en")
    expected = check_draft(compiled(path), draft).findings  # builds and keeps them
    read_whole: list[Path] = []
    read_bytes = Path.read_bytes

    def recorded(self: Path) -> bytes:
        if self.name.endswith(DERIVED_SUFFIX):
            read_whole.append(self)
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", recorded)
    assert check_draft(compiled(path), draft).findings == expected
    assert read_whole == []
    assert len(_matcher_files(cache)) == 2  # loaded, not built again


class _FailingFile(io.RawIOBase):
    """A file whose every read fails, as a disk error would make it."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        raise OSError("input/output error")


def test_a_matcher_file_failing_while_read_is_built_again(
        cache: Path, tmp_path: Path, glossary: Glossary,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "small.tbx"
    write_glossary(glossary, path)
    draft = presplit_pair("会员国", "d.zh", "Member States", "d.en")
    expected = check_draft(glossary, draft).findings
    check_draft(compiled(path), draft)
    monkeypatch.setattr(index_cache, "open_derived", lambda index, name: _FailingFile())
    assert check_draft(compiled(path), draft).findings == expected


class _Calls:
    """Pickles as a call of termbase.fileio.write_atomic(target, b"x")."""

    def __init__(self, target: str) -> None:
        self.target = target

    def __reduce__(self) -> tuple[object, tuple[str, bytes]]:
        return write_atomic, (self.target, b"x")


def test_a_matcher_file_cannot_call_functions(cache: Path, tmp_path: Path,
                                              glossary: Glossary) -> None:
    path = tmp_path / "small.tbx"
    write_glossary(glossary, path)
    draft = presplit_pair("会员国", "d.zh", "Member States", "d.en")
    check_draft(compiled(path), draft)
    planted = tmp_path / "planted"
    for file in _matcher_files(cache):
        file.write_bytes(pickle.dumps(_Calls(str(planted))))
    assert check_draft(compiled(path), draft).findings == check_draft(glossary, draft).findings
    assert not planted.exists()


def test_api_checks_glossary_files_through_the_cache(cache: Path, tmp_path: Path,
                                                     glossary: Glossary,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "small.tbx"
    write_glossary(glossary, path)
    src, tgt = tmp_path / "d.zh.txt", tmp_path / "d.en.txt"
    src.write_text("执行《行动纲要》。\n会员国于2013年通过。\n", encoding="utf-8")
    tgt.write_text("Implement the PoA.\nMember States adopted it in 2014.\n", encoding="utf-8")
    expected = api.check_draft(src, target=tgt, presplit=True, glossary=glossary).findings
    assert expected
    first = api.check_draft(src, target=tgt, presplit=True, glossary=path)
    assert len(list((cache / "glossaries").glob("*.sqlite"))) == 1
    assert len(_matcher_files(cache)) == 2
    second = api.check_draft(src, target=tgt, presplit=True, glossary=path)
    assert first.findings == second.findings == expected
    monkeypatch.setenv("TERMBASE_NO_CACHE", "1")
    clear_cache()
    assert api.check_draft(src, target=tgt, presplit=True, glossary=path).findings == expected


def test_the_first_check_builds_its_matchers_from_the_glossary_just_compiled(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The glossary read to compile the database is what its rows read back (compiling
    # refuses one they would not): the first check's matchers are built from it, not
    # from every row decoded again. The next check loads them and reads only its own.
    glossary = generated_glossary(400, seed=15)
    path = tmp_path / "generated.tbx"
    write_glossary(glossary, path)
    src, tgt = tmp_path / "d.zh.txt", tmp_path / "d.en.txt"
    draft = generated_draft(glossary, 60, seed=13)
    for side, file in ((lambda u: u.source, src), (lambda u: u.target, tgt)):
        file.write_text("".join(f"{side(u)[0].text}\n" for u in draft.units), encoding="utf-8")
    expected = api.check_draft(src, target=tgt, presplit=True, glossary=glossary).findings
    assert expected

    def read_back(self: object) -> list[Concept]:
        raise AssertionError("every concept read back from the database just written")

    monkeypatch.setattr("termbase.index.compiled.CompiledIndex.all_concepts", read_back)
    assert api.check_draft(src, target=tgt, presplit=True, glossary=path).findings == expected
    assert len(_matcher_files(cache)) == 2
    assert api.check_draft(src, target=tgt, presplit=True, glossary=path).findings == expected


def _compiled_in(glossary: Glossary, folder: Path) -> CompiledGlossary:
    import sqlite3

    from termbase.index.compiled import CompiledIndex, read_meta, write_database
    from termbase.lookup import build_index
    from termbase.text.chinese import ScriptConverter

    path = folder / "glossary.sqlite"
    write_database(path, build_index(glossary, simplifier=ScriptConverter()),
                   {"termbase": "test", "sources": [], "hashes": []})
    con = sqlite3.connect(path)
    return CompiledGlossary(CompiledIndex(path, con, read_meta(con), None))


@settings(max_examples=50)  # each example compiles a glossary and checks twice
@given(glossaries(max_concepts=5), st.data())
def test_any_glossary_same_findings(glossary: Glossary, data: st.DataObject) -> None:
    """Hypothesis glossaries (every status, type, part of speech, repeated texts) and
    drafts written with their terms: the compiled path finds what memory finds."""
    langs = {lang.split("-")[0] for lang in glossary.languages}
    assume({"zh", "en"} <= langs)
    zh_terms = [t.text for c in glossary for _, t in c.terms("zh")]
    en_terms = [t.text for c in glossary for _, t in c.terms("en")]
    lines = data.draw(st.lists(st.tuples(st.lists(st.sampled_from(zh_terms), max_size=3),
                                         st.lists(st.sampled_from(en_terms), max_size=3)),
                               min_size=1, max_size=6))
    draft = presplit_pair("\n".join("和".join(zh) + "。" for zh, _ in lines), "d.zh",
                          "\n".join(" and ".join(en) + "." for _, en in lines), "d.en",
                          source_lang="zh", target_lang="en")
    expected = check_draft(glossary, draft)
    with tempfile.TemporaryDirectory() as folder:
        try:
            compiled = _compiled_in(glossary, Path(folder))
        except CannotCompile:
            assume(False)
        try:
            for _ in range(2):  # matchers built, then loaded
                result = check_draft(compiled, draft)
                assert result.findings == expected.findings
                assert result.signature.glossary_hash == expected.signature.glossary_hash
                compiled = CompiledGlossary(compiled.index)
        finally:
            compiled.index.close()


def test_the_first_checks_matcher_is_kept_as_it_was_built(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Built with references in its automata, as a kept one holds them, and pickled as it
    # stands (not copied with every key's owners converted): it finds what the matcher
    # loaded from its file finds, the same terms, resolved through the same mapping.
    glossary = generated_glossary(200, seed=21)
    path = tmp_path / "generated.tbx"
    write_glossary(glossary, path)
    draft = generated_draft(glossary, 30, seed=22)
    for lang, texts in (("zh", [u.source[0].text for u in draft.units]),
                        ("en", [u.target[0].text for u in draft.units])):
        clear_cache()
        opened = open_compiled([path], lookup=False)
        assert opened.index is not None and opened.loaded is not None
        first = CompiledGlossary(opened.index, opened.loaded.glossary.concepts)
        built = first.matcher(lang, MatchOptions())
        assert built.resolve is not None  # references, resolved by the mapping
        again = open_compiled([path], lookup=False).index
        assert again is not None
        with monkeypatch.context() as patched:
            patched.setattr(LanguageMatcher, "__init__", None)  # loaded, not built
            loaded = CompiledGlossary(again).matcher(lang, MatchOptions())
        assert loaded.resolve is not None and len(_matcher_files(cache)) == 1

        def hits(matcher: Any, texts: list[str] = texts) -> list[Any]:
            return [[(h.start, h.end, h.concept_id, h.term) for h in matcher.find(
                matcher.prepare(text))] for text in texts]

        memory = LanguageMatcher(glossary, lang, MatchOptions())
        assert hits(built) == hits(loaded) == hits(memory)
        assert any(hits(memory))


def test_the_terms_references_are_mapped_once_for_both_matchers(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from termbase.check import compiled as check_compiled

    glossary = generated_glossary(50, seed=23)
    path = tmp_path / "generated.tbx"
    write_glossary(glossary, path)
    real = check_compiled._references
    calls: list[int] = []

    def counted(concepts: Sequence[Concept]) -> dict[int, Any]:
        calls.append(len(concepts))
        return real(concepts)

    monkeypatch.setattr(check_compiled, "_references", counted)
    opened = open_compiled([path], lookup=False)
    assert opened.index is not None and opened.loaded is not None
    first = CompiledGlossary(opened.index, opened.loaded.glossary.concepts)
    for lang in ("zh", "en"):
        first.matcher(lang, MatchOptions())
    assert calls == [50]


def test_strict_terms_reads_no_decision_of_the_cache(cache: Path, tmp_path: Path) -> None:
    # Whether an entry is a general word is asked of the dictionary at each check, not
    # compiled: the same cached matchers give a hint by default and an error with
    # strict_terms, in either order.
    path = tmp_path / "m.tbx"
    write_glossary(Glossary((Concept("m", (LangSec("zh", (Term("措施"),)),
                                           LangSec("en", (Term("measures"),)))),)), path)
    draft = presplit_pair("各国政府采取了具体步骤和措施。", "d.zh",
                          "Governments took concrete steps.", "d.en")
    strict = CheckOptions(strict_terms=True)
    for options, severity in ((None, "info"), (strict, "error"), (None, "info")):
        found = check_draft(compiled(path), draft, options).findings
        assert [(f.kind, f.severity.value) for f in found] == [
            (FindingKind.MISSING_TARGET, severity)]
