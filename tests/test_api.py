"""The public API: names that stay functions, results that carry provenance and frames."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from hypothesis import given, settings

import termbase
from strategies import glossaries, tbx_glossaries
from termbase.errors import InputError, UsageError
from termbase.model import Glossary

SEEDS = ("A_RES_61_66.zh.txt", "A_RES_68_48.zh.txt")


def test_public_names_stay_functions_after_every_subpackage_is_imported() -> None:
    for module in ("align", "extract", "pair", "check", "build", "lookup", "documents",
                   "formats", "store", "pipeline", "importing"):
        importlib.import_module(f"termbase.{module}")
    for name in termbase.__all__:
        if name != "__version__":
            home = importlib.import_module(termbase._PUBLIC[name])
            assert getattr(termbase, name) is getattr(home, name), name
    assert callable(termbase.align_texts) and callable(termbase.extract_terms)
    with pytest.raises(AttributeError):
        _ = termbase.no_such_function  # type: ignore[attr-defined]


def test_every_name_of_the_api_is_importable_from_the_package() -> None:
    # The README's table names list_glossaries, check_kinds and write_accepted, which
    # termbase.api defined but the package did not give; the types the functions return
    # (ImportResult, GlossaryListing) and take (GlossarySource) belong there as well, for
    # a caller's annotations.
    from termbase import api

    assert set(api.__all__) <= set(termbase.__all__), set(api.__all__) - set(termbase.__all__)
    # ImportResult was listed but imported only for type checkers: a star import failed.
    namespace: dict[str, object] = {}
    exec("from termbase.api import *", namespace)
    assert set(api.__all__) <= set(namespace)


@settings(max_examples=40)
@given(glossaries())
def test_glossary_round_trips_through_a_dataframe(glossary: Glossary) -> None:
    assert Glossary.from_frame(glossary.to_frame()) == glossary


@settings(max_examples=20)
@given(tbx_glossaries())
def test_back_matter_and_repeated_languages_round_trip_through_a_dataframe(
        glossary: Glossary) -> None:
    assert Glossary.from_frame(glossary.to_frame()) == glossary


def test_lookup_index_answers_many_queries(seeds_dir: Path, repo_root: Path) -> None:
    index = termbase.lookup_index(repo_root / "glossaries" / "small-arms.tbx")
    first = termbase.lookup_term("行动纲领", index)
    again = index.search("Programme of Action", limit=3)
    assert first.hits[0].concept.id == again.hits[0].concept.id == "sa-poa"
    frame = again.to_frame()
    assert list(frame["rank"]) == [1, 2, 3][:len(frame)]


@pytest.mark.parametrize("top", [0, -3])
def test_extraction_keeps_a_positive_number_of_candidates(seeds_dir: Path, top: int) -> None:
    with pytest.raises(UsageError, match="top must be 1 or more"):
        termbase.extract_terms(seeds_dir / SEEDS[0], top=top)


def test_extraction_names_the_file_it_judges(tmp_path: Path) -> None:
    english = tmp_path / "s.en"
    english.write_text("This is English.\nAnother line of it here.\n" * 5, encoding="utf-8")
    with pytest.raises(InputError, match="not Chinese") as raised:
        termbase.extract_terms(english, lines=True)
    assert raised.value.path == str(english)
    # A missing file is missing, whatever it is called.
    with pytest.raises(InputError, match="file not found"):
        termbase.extract_terms(tmp_path / "missing")


def test_extraction_from_files_and_documents_is_the_same_and_signed(seeds_dir: Path) -> None:
    paths = [seeds_dir / name for name in SEEDS]
    from_files = termbase.extract_terms(paths, top=25)
    documents = [termbase.ingest_document(p)[0] for p in paths]
    from_documents = termbase.extract_terms(documents, top=25)
    assert [c.term for c in from_files.candidates] == [c.term for c in from_documents.candidates]
    assert len(from_files.candidates) == 25
    signature = from_files.signature
    assert signature is not None and set(dict(signature.inputs)) == set(SEEDS)
    frame = from_files.to_frame()
    assert frame.shape[0] == 25 and frame.loc[0, "term"] == from_files.candidates[0].term


def test_check_returns_findings_as_a_frame(tmp_path: Path, repo_root: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("各国应打击非法经纪活动。\n", encoding="utf-8")
    result = termbase.check_draft(draft, glossary=repo_root / "glossaries" / "small-arms.tbx")
    frame = result.to_frame()
    assert frame.loc[0, "kind"] == "deprecated" and frame.loc[0, "found"] == "非法经纪活动"
    assert frame.loc[0, "expected"] == "非法中介活动"


def test_align_texts_signs_in_memory_input_and_refuses_mixed_sides() -> None:
    alignment = termbase.align_texts(["大会通过了决议。"], ["The Assembly adopted it."],
                                     dictionary=False)
    assert alignment.signature is not None
    assert alignment.to_frame().loc[0, "type"] == "1-1"
    with pytest.raises(UsageError):
        termbase.align_texts("a.txt", ["The Assembly adopted it."])


def test_bad_input_raises_the_errors_the_cli_prints(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        termbase.extract_terms([tmp_path / "missing.txt"])


def test_export_refuses_to_write_over_the_glossary_it_was_loaded_from(tmp_path: Path,
                                                                      repo_root: Path) -> None:
    from termbase.errors import OverwriteError

    copy = tmp_path / "g.tbx"
    copy.write_bytes((repo_root / "glossaries" / "small-arms.tbx").read_bytes())
    before = copy.read_bytes()
    for source in (copy, termbase.load_glossary(copy)):
        with pytest.raises(OverwriteError):
            termbase.export_glossary(source, copy, format_name="xlsx")
    assert copy.read_bytes() == before


def test_build_result_write_refuses_folders_it_must_not_replace(tmp_path: Path,
                                                                seeds_dir: Path) -> None:
    from termbase.errors import OverwriteError

    result = termbase.build_glossary([seeds_dir / SEEDS[1]], pairing=False)
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("my notes", encoding="utf-8")
    with pytest.raises(OverwriteError, match="no earlier 'termbase build' wrote"):
        result.write(mine)
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]
    with pytest.raises(OverwriteError):
        result.write(seeds_dir)  # holds the document the build read
    written = result.write(tmp_path / "out")
    assert (tmp_path / "out" / "build-report.json") in written


def test_open_corpus_takes_one_path_as_well_as_a_list(tmp_path: Path) -> None:
    zh, en = tmp_path / "c.zh", tmp_path / "c.en"
    zh.write_text("小武器。\n会议。\n", encoding="utf-8")
    en.write_text("Small arms.\nThe meeting.\n", encoding="utf-8")
    # A str was iterated character by character: the first 'file' was '/'.
    assert termbase.open_corpus(zh=str(zh), en=en).files == \
        termbase.open_corpus(zh=[zh], en=[str(en)]).files == (zh, en)
    with pytest.raises(InputError, match=r"c\.missing"):
        termbase.open_corpus(zh=str(tmp_path / "c.missing"), en=str(en))


def test_pair_terms_names_a_short_form_by_another_form_of_its_glossary_concept(
        tmp_path: Path) -> None:
    from termbase.formats import write_glossary
    from termbase.model import Concept, LangSec, Term

    named = [("经济及社会理事会通过了决议。",
              "The Economic and Social Council adopted a resolution."),
             ("经济及社会理事会举行会议。", "The Economic and Social Council held a meeting."),
             ("请经济及社会理事会审议报告。",
              "The Economic and Social Council is invited to consider the report.")]
    headed = [("该理事会决定推迟审议。", "The Council decided to postpone consideration."),
              ("该理事会注意到说明。", "The Council took note of the note."),
              ("该理事会选举了主席。", "The Council elected its President."),
              ("该理事会通过了议程。", "The Council adopted its agenda."),
              ("该理事会听取了发言。", "The Council heard statements."),
              ("该理事会结束了会议。", "The Council concluded its session.")]
    filler = [(f"第{i}段已经删除。", f"Paragraph {i} has been deleted.") for i in range(1, 13)]
    corpus = [*named, *headed, *filler]
    path = tmp_path / "g.tbx"
    write_glossary(Glossary((Concept("c1", (LangSec("zh", (
        Term("经济及社会理事会"), Term("该理事会"))),)),)), path)
    # 该理事会 abbreviates nothing: only the glossary says the two forms are one concept.
    # As a list, its bare head word 'Council' is refused (the dictionary reads 该 too).
    listed = termbase.pair_terms(["经济及社会理事会", "该理事会"], corpus, workers=1)
    assert listed.pairings[1].best is None
    grouped = termbase.pair_terms(path, corpus, workers=1)
    assert [c.text for c in grouped.pairings[1].candidates][:2] == [
        "Economic and Social Council", "Council"]


def test_pair_and_mine_take_the_bound_of_the_candidate_table() -> None:
    # The README sends a user with 1 GB workers to PairSettings(max_entries=…), which
    # neither function took: only the pairer's own entry point did, without the
    # dictionary or the counting engine these functions set up.
    # The table is checked every 2,000 pairs of a counting task.
    pairs = [(f"各国打击小武器非法贸易{i}次。",
              f"States combat the illicit trade in small arms {i}.") for i in range(1, 2001)]
    bounded = termbase.pair_terms(["小武器"], pairs, dictionary=False, max_entries=3)
    assert bounded.stats["pruned below"] > 0
    assert bounded.signature is not None
    assert ("max_entries", "3") in bounded.signature.settings
    whole = termbase.pair_terms(["小武器"], pairs, dictionary=False)
    assert whole.stats["pruned below"] == 0
    mined = termbase.mine_terms(pairs[:20], max_terms=5, dictionary=False, max_entries=3)
    assert mined.signature is not None
    assert ("max_entries", "3") in mined.signature.settings
