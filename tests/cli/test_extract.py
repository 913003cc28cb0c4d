"""``termbase extract``: seeds in, ranked candidates out (json, csv, xlsx), bad input."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from termbase.cli import EXIT_BAD_INPUT, main

SEEDS = ("A_RES_61_66.zh.txt", "A_RES_68_48.zh.txt")


def seed_paths(seeds_dir: Path) -> list[str]:
    return [str(seeds_dir / name) for name in SEEDS]


def test_json_is_a_ranked_list_with_a_signature(tmp_path: Path, seeds_dir: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "terms.json"
    assert main(["extract", *seed_paths(seeds_dir), "-o", str(out), "--top", "30",
                 "--no-glossary"]) == 0
    ranked = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(ranked, list) and len(ranked) == 30
    first = ranked[0]
    assert {"term", "score", "freq", "doc_freq", "contexts", "variants", "glossary"} <= set(first)
    assert [r["rank"] for r in ranked] == list(range(1, 31))
    assert ranked == sorted(ranked, key=lambda r: -r["score"])
    assert first["contexts"][0]["document"].startswith("A/RES/")
    forms = {f for r in ranked for f in [r["term"], *(v["term"] for v in r["variants"])]}
    assert {"行动纲领", "国际追查文书", "小武器和轻武器"} <= forms
    signature = json.loads((tmp_path / "terms.json.signature.json").read_text(encoding="utf-8"))
    assert set(signature["inputs"]) == set(SEEDS)
    assert signature["settings"]["segmenter"].startswith("jieba")
    assert "30 candidates" in capsys.readouterr().out


def test_glossary_status_and_new_only(tmp_path: Path, seeds_dir: Path, repo_root: Path) -> None:
    glossary = str(repo_root / "glossaries" / "small-arms.tbx")
    out = tmp_path / "terms.json"
    assert main(["extract", *seed_paths(seeds_dir), "-o", str(out), "-g", glossary,
                 "-q"]) == 0
    ranked = json.loads(out.read_text(encoding="utf-8"))
    known = [r for r in ranked if r["status"] == "in glossary"]
    assert known and all(r["glossary"] or any(v["glossary"] for v in r["variants"])
                         for r in known)
    fresh = tmp_path / "new.json"
    assert main(["extract", *seed_paths(seeds_dir), "-o", str(fresh), "-g", glossary,
                 "--new-only", "-q"]) == 0
    assert all(r["status"] == "new" for r in json.loads(fresh.read_text(encoding="utf-8")))


def test_csv_and_xlsx(tmp_path: Path, seeds_dir: Path) -> None:
    table = tmp_path / "terms.csv"
    assert main(["extract", *seed_paths(seeds_dir), "-o", str(table), "--top", "10",
                 "--no-glossary", "-q"]) == 0
    rows = list(csv.reader(table.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:5] == ["rank", "term", "score", "freq", "doc_freq"]
    assert len(rows) == 11
    book = tmp_path / "terms.xlsx"
    assert main(["extract", *seed_paths(seeds_dir), "-o", str(book), "--top", "10",
                 "--no-glossary", "-q"]) == 0
    from openpyxl import load_workbook

    workbook = load_workbook(book)
    assert workbook.sheetnames == ["Candidates", "Signature"]
    assert workbook["Candidates"].cell(row=2, column=2).value == rows[1][1]


def test_ingested_jsonl_and_line_corpora(tmp_path: Path, seeds_dir: Path) -> None:
    ingested = tmp_path / "doc.jsonl"
    assert main(["ingest", str(seeds_dir / SEEDS[1]), "-o", str(ingested)]) == 0
    out = tmp_path / "a.json"
    assert main(["extract", str(ingested), "-o", str(out), "--no-glossary", "-q"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("各国执行《行动纲领》。\n小武器和轻武器非法贸易问题严重。\n" * 20,
                      encoding="utf-8")
    lined = tmp_path / "b.json"
    assert main(["extract", str(corpus), "--lines", "-o", str(lined), "--no-glossary",
                 "-q"]) == 0
    ranked = json.loads(lined.read_text(encoding="utf-8"))
    assert ranked[0]["contexts"][0]["location"].startswith("line ")


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b"The General Assembly recalls its resolutions.\n" * 20, "not Chinese"),
])
def test_bad_input(tmp_path: Path, content: bytes, message: str,
                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert main(["extract", str(path), "--lines", "-o", str(tmp_path / "o.json"),
                 "--no-glossary"]) == EXIT_BAD_INPUT
    assert message in capsys.readouterr().err
    assert not (tmp_path / "o.json").exists()


def test_unsupported_and_missing_files(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF")
    assert main(["extract", str(pdf), "-o", str(tmp_path / "o.json")]) == EXIT_BAD_INPUT
    assert "cannot extract from '.pdf'" in capsys.readouterr().err
    assert main(["extract", str(tmp_path / "none.txt"), "-o",
                 str(tmp_path / "o.json")]) == EXIT_BAD_INPUT
    assert "file not found" in capsys.readouterr().err


def test_character_segmenter(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "chars.json"
    assert main(["extract", *seed_paths(seeds_dir), "-o", str(out), "--segmenter", "chars",
                 "--no-glossary", "-q", "--top", "10"]) == 0
    ranked = json.loads(out.read_text(encoding="utf-8"))
    assert any(r["term"] == "小武器和轻武器" for r in ranked)
    signature = json.loads((tmp_path / "chars.json.signature.json").read_text(encoding="utf-8"))
    assert signature["settings"]["segmenter"] == "chars"


def test_lines_accepts_any_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus.zh"
    corpus.write_text("各国执行《行动纲领》。\n小武器和轻武器非法贸易问题严重。\n" * 20,
                      encoding="utf-8")
    out = tmp_path / "o.json"
    assert main(["extract", str(corpus), "-o", str(out), "--no-glossary"]) == EXIT_BAD_INPUT
    assert "--lines" in capsys.readouterr().err
    assert main(["extract", str(corpus), "--lines", "-o", str(out), "--no-glossary",
                 "-q"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))


def test_glossary_with_worker_processes(tmp_path: Path, repo_root: Path) -> None:
    corpus = tmp_path / "corpus.txt"
    corpus.write_text(("各国执行《行动纲领》和《国际追查文书》。\n"
                       "小武器和轻武器非法中介活动问题严重。\n") * 3000, encoding="utf-8")
    out = tmp_path / "o.json"
    assert main(["extract", str(corpus), "--lines", "-o", str(out), "-q", "-j", "2",
                 "-g", str(repo_root / "glossaries" / "small-arms.tbx")]) == 0
    ranked = json.loads(out.read_text(encoding="utf-8"))
    assert any(r["status"] == "in glossary" for r in ranked)


def test_summary_names_lines_for_a_line_corpus_and_documents_for_documents(
        tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus.zh"
    corpus.write_text("各国执行《行动纲领》。\n\n小武器和轻武器非法贸易问题严重。\n" * 300,
                      encoding="utf-8")
    out = tmp_path / "o.json"
    capsys.readouterr()
    assert main(["extract", str(corpus), "--lines", "-o", str(out), "--no-glossary"]) == 0
    summary = capsys.readouterr().out
    assert "from 600 lines of 1 line corpus" in summary and "document" not in summary
    assert main(["extract", str(seeds_dir / SEEDS[0]), str(seeds_dir / SEEDS[1]), "-o",
                 str(out), "--no-glossary"]) == 0
    assert "from 2 documents," in capsys.readouterr().out


def test_no_progress_bar_on_a_pipe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    # A log file or a pipe must not receive a bar's carriage returns, as with every other
    # command (termbase.progress.Bar), however large the input.
    import termbase.cli.extract as extract_command

    monkeypatch.setattr(extract_command, "PROGRESS_THRESHOLD", 0)
    corpus = tmp_path / "corpus.zh"
    corpus.write_text("各国执行《行动纲领》。\n小武器和轻武器非法贸易问题严重。\n" * 20,
                      encoding="utf-8")
    out = tmp_path / "o.json"
    assert main(["extract", str(corpus), "--lines", "-o", str(out), "--no-glossary"]) == 0
    captured = capsys.readouterr()
    assert "\r" not in captured.err and "char/s" not in captured.err
    assert "candidates" in captured.out  # the summary still comes
