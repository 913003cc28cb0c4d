"""``termbase build``: the main job on the bundled seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from termbase.cli import EXIT_BAD_INPUT, main
from termbase.formats import read_glossary
from termbase.formats.tbx.validator import validate_tbx
from termbase.mainjob import NEEDS_ENGLISH, PROPOSED_NOTE
from termbase.model import Concept, Glossary


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, repo_root: Path) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("build") / "out"
    import contextlib
    import io
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = main(["build", str(repo_root / "data"), "-o", str(out),
                     "--glossary", str(repo_root / "glossaries" / "small-arms.tbx")])
    assert code == 0
    return out, buffer.getvalue()


def test_build_writes_valid_tbx_and_readable_excel(built: tuple[Path, str]) -> None:
    out, _ = built
    tbx = out / "small-arms.tbx"
    assert validate_tbx(tbx.read_bytes(), str(tbx)) == []
    from_tbx = read_glossary(tbx).glossary
    from_xlsx = read_glossary(out / "small-arms.xlsx").glossary
    assert from_tbx == from_xlsx and len(from_tbx) > 40


def test_curated_concepts_stay_as_they_are_and_new_ones_are_proposed(
        built: tuple[Path, str], repo_root: Path) -> None:
    out, _ = built
    curated = read_glossary(repo_root / "glossaries" / "small-arms.tbx").glossary
    written = read_glossary(out / "small-arms.tbx").glossary
    curated_ids = {c.id for c in curated}
    kept = [c for c in written if c.id in curated_ids]
    new = [c for c in written if c.id not in curated_ids]
    assert kept and new
    assert all(not any(n.startswith(PROPOSED_NOTE) for n in c.notes) for c in kept)
    assert all(c.notes[0].startswith(PROPOSED_NOTE) for c in new)
    # a term the curated glossary knows is not proposed again
    assert not any(t.text == "非法中介活动" for c in new for _, t in c.terms("zh"))


def test_build_reports_the_seed_variants(built: tuple[Path, str]) -> None:
    _, printed = built
    assert "A/RES/61/66 (2006-12-06): 10 preambular + 12 operative" in printed
    assert "A/RES/68/48 (2013-12-05): 17 preambular + 22 operative" in printed
    for variant in ("非法经纪活动 (superseded)", "《行动纲要》 (deprecated)", "两年期国家间会议"):
        assert variant in printed


def test_build_report_carries_provenance(built: tuple[Path, str]) -> None:
    out, _ = built
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    signature = report["signature"]
    assert signature["version"] and len(signature["glossary_sha256"]) == 64
    assert set(signature["inputs"]) == {"A_RES_61_66.zh.txt", "A_RES_68_48.zh.txt",
                                        "small-arms.tbx", "unv1-testset.zh",
                                        "unv1-testset.en", "un2023-peace.zh",
                                        "un2023-peace.en"}
    uses = {u["term"]: u["counts"] for u in report["term_uses"]}
    assert uses["非法经纪活动"] == {"A/RES/61/66": 3}
    assert sorted(p.name for p in (out / "documents").iterdir()) == [
        "A_RES_61_66.jsonl", "A_RES_68_48.jsonl"]


def test_bad_document_leaves_no_output(tmp_path: Path, repo_root: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out"
    code = main(["build", str(bad), "-o", str(out),
                 "--glossary", str(repo_root / "glossaries" / "small-arms.tbx")])
    assert code == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "step 'ingest' failed" in err and "bad.txt" in err and "Traceback" not in err
    assert not out.exists()


# --- without the curated glossary: the pipeline on its own -------------------------------------


@pytest.fixture(scope="module")
def bare(tmp_path_factory: pytest.TempPathFactory, repo_root: Path) -> tuple[Path, str, str]:
    import contextlib
    import io

    out = tmp_path_factory.mktemp("bare") / "out"
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = main(["build", str(repo_root / "data"), "-o", str(out), "--no-glossary"])
    assert code == 0, stderr.getvalue()
    return out, stdout.getvalue(), stderr.getvalue()


def _concept_with(glossary: Glossary, zh: str) -> Concept:
    return next(c for c in glossary if any(t.text == zh for _, t in c.terms("zh")))


def test_no_glossary_proposes_terms_with_english_and_evidence(
        bare: tuple[Path, str, str]) -> None:
    out, printed, progress = bare
    tbx = out / "glossary.tbx"
    assert validate_tbx(tbx.read_bytes(), str(tbx)) == []
    glossary = read_glossary(tbx).glossary
    assert glossary == read_glossary(out / "glossary.xlsx").glossary
    poa = _concept_with(glossary, "行动纲领")
    english = poa.preferred("en")
    assert english is not None and english.text == "Programme of Action"
    assert poa.notes[0].startswith(PROPOSED_NOTE)
    assert "confidence" in english.notes[0] and "support" in english.notes[0]
    assert 1 <= len(english.contexts) <= 3
    assert all(c.source.startswith(("unv1-testset.zh, line", "un2023-peace.zh, line"))
               for c in english.contexts)
    salw = _concept_with(glossary, "小武器和轻武器").preferred("en")
    assert salw is not None and salw.text == "small arms and light weapons"
    assert "行动纲领 → Programme of Action" in printed
    for step in ("ingest", "extract", "pair", "assemble", "drift"):
        assert f"[{step}]" in progress


def test_no_glossary_marks_abstentions_as_needing_english(bare: tuple[Path, str, str]) -> None:
    out, _, _ = bare
    glossary = read_glossary(out / "glossary.tbx").glossary
    brokering = _concept_with(glossary, "非法经纪活动")
    assert brokering.preferred("en") is None
    assert any(n.startswith(f"{NEEDS_ENGLISH}: the term does not occur") for n in brokering.notes)
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    entry = next(p for p in report["proposed"] if p["zh"] == "非法经纪活动")
    assert entry["needs_english"].startswith(NEEDS_ENGLISH)


def test_no_glossary_dates_the_drift_between_documents(bare: tuple[Path, str, str]) -> None:
    from openpyxl import load_workbook

    out, printed, _ = bare
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    uses = {f["term"]: f["documents"] for g in report["drift"] for f in g["forms"]}
    assert uses["非法经纪活动"] == [{"symbol": "A/RES/61/66", "date": "2006-12-06", "count": 3}]
    assert uses["非法中介活动"] == [{"symbol": "A/RES/68/48", "date": "2013-12-05", "count": 2}]
    assert uses["行动纲要"] == [{"symbol": "A/RES/61/66", "date": "2006-12-06", "count": 1}]
    poa = next(g for g in report["drift"] if any(f["term"] == "行动纲要" for f in g["forms"]))
    assert poa["en"] == "Programme of Action"
    sheet = load_workbook(out / "drift.xlsx").active
    rows = {(r[2], r[4], r[5]) for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert ("非法中介活动", "A/RES/68/48", "2013-12-05") in rows
    assert "非法经纪活动 in A/RES/61/66 (2006-12-06) ×3" in printed


def test_review_sheet_is_read_back_by_import(bare: tuple[Path, str, str],
                                             tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from termbase.formats.review import is_review_workbook

    out, _, _ = bare
    review = out / "review.xlsx"
    assert is_review_workbook(review.read_bytes())
    book = load_workbook(review)
    sheet = book["Review"]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "行动纲领":
            row[6].value = "yes"
    accepted = tmp_path / "accepted.xlsx"
    book.save(accepted)
    target = tmp_path / "mine.tbx"
    assert main(["import", str(accepted), "--into", str(target)]) == 0
    imported = read_glossary(target).glossary
    assert [t.text for _, t in imported.concepts[0].terms("en")] == ["Programme of Action"]


def test_no_glossary_and_glossary_exclude_each_other(
        tmp_path: Path, repo_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    code = main(["build", str(repo_root / "data"), "-o", str(out), "--no-glossary",
                 "-g", "small-arms"])
    assert code == EXIT_BAD_INPUT and not out.exists()
    assert "exclude each other" in capsys.readouterr().err


def test_build_counts_on_dask_with_the_same_glossary(tmp_path: Path) -> None:
    """The counting behind build's pairing runs on Dask when asked, with the same output
    (only the signature's creation time differs)."""
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    outputs = []
    for engine in ("local", "dask"):
        out = tmp_path / engine
        assert main(["build", "-q", "--no-glossary", "--engine", engine, "-j", "2",
                     "-o", str(out)]) == 0
        outputs.append(read_glossary(out / "glossary.tbx").glossary)
    local, dask = outputs
    assert local.concepts == dask.concepts
    assert len(local.languages) == 2  # English was found, so the pairing ran


def test_build_refuses_a_scheduler_without_the_dask_engine(tmp_path: Path) -> None:
    assert main(["build", "-q", "--scheduler", "tcp://127.0.0.1:1",
                 "-o", str(tmp_path / "out")]) == EXIT_BAD_INPUT
    assert not (tmp_path / "out").exists()
