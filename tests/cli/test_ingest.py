"""``termbase ingest``: files in, JSON Lines or text dumps out, one summary line each."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from termbase.cli import EXIT_BAD_INPUT, main
from termbase.documents.jsonl import read_document_jsonl
from termbase.documents.model import ParagraphKind

SEED = "A_RES_68_48.zh.txt"


def test_one_input_to_a_jsonl_file(tmp_path: Path, seeds_dir: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "doc.jsonl"
    assert main(["ingest", str(seeds_dir / SEED), "-o", str(out)]) == 0
    document = read_document_jsonl(out)
    assert document.metadata.symbol == "A/RES/68/48"
    assert len(document.of_kind(ParagraphKind.OPERATIVE)) == 22
    stdout = capsys.readouterr().out.strip().splitlines()
    assert len(stdout) == 1
    assert "A/RES/68/48, 17 preambular, 22 operative" in stdout[0]
    assert "7 footnotes" in stdout[0]


def test_several_inputs_to_a_directory(tmp_path: Path, seeds_dir: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "docs"
    inputs = sorted(str(p) for p in seeds_dir.glob("A_RES_*.zh.txt"))
    assert main(["ingest", *inputs, "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["A_RES_61_66.zh.jsonl",
                                                      "A_RES_68_48.zh.jsonl"]
    assert read_document_jsonl(out / "A_RES_61_66.zh.jsonl").metadata.meeting == 67
    assert len(capsys.readouterr().out.strip().splitlines()) == 2


def test_text_format_is_a_numbered_dump(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "doc.txt"
    assert main(["ingest", str(seeds_dir / SEED), "-o", str(out), "--format", "text"]) == 0
    dump = out.read_text(encoding="utf-8")
    assert dump.startswith("# A/RES/68/48  小武器和轻武器非法贸易的各方面问题\n")
    assert "# adopted: 2013-12-05" in dump
    assert "] OP 13\n" in dump
    assert "] PP 17\n" in dump and "] PP 18\n" not in dump
    assert "  [^7] A/CONF.192/2012/RC/4，附件一，第三节，第1和2段。" in dump


def test_existing_directory_as_output_for_one_input(tmp_path: Path, seeds_dir: Path) -> None:
    assert main(["ingest", str(seeds_dir / SEED), "-o", str(tmp_path)]) == 0
    assert (tmp_path / "A_RES_68_48.zh.jsonl").is_file()


def test_several_inputs_need_a_directory(tmp_path: Path, seeds_dir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    inputs = [str(p) for p in seeds_dir.glob("A_RES_*.zh.txt")]
    code = main(["ingest", *inputs, "-o", str(tmp_path / "all.jsonl")])
    assert code == EXIT_BAD_INPUT
    assert "must be a directory" in capsys.readouterr().err
    assert not (tmp_path / "all.jsonl").exists()


def test_same_stem_twice_is_refused(tmp_path: Path, seeds_dir: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(seeds_dir / SEED, tmp_path / folder / SEED)
    code = main(["ingest", str(tmp_path / "a" / SEED), str(tmp_path / "b" / SEED),
                 "-o", str(tmp_path / "out")])
    assert code == EXIT_BAD_INPUT
    assert "same output" in capsys.readouterr().err


def test_bad_input_exits_2_and_names_the_file(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "r.pdf"
    source.write_bytes(b"%PDF-1.4")
    assert main(["ingest", str(source), "-o", str(tmp_path / "r.jsonl")]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert str(source) in err and "pdftotext" in err


def test_warnings_go_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "en.txt"
    source.write_text("The General Assembly,\n\n1. Decides to meet.\n", encoding="utf-8")
    assert main(["ingest", str(source), "-o", str(tmp_path / "en.jsonl")]) == 0
    captured = capsys.readouterr()
    assert "TB626" in captured.err
    assert "1 operative" in captured.out
