"""``--encoding``: on every command that reads text, checked up front, passed to the readers;
legacy encodings detected with a warning when it is not given."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest

from pair._fixtures import PAIRS
from termbase.cli import _COMMANDS, EXIT_BAD_INPUT, cli, main

READS_TEXT = {"align", "build", "check", "export", "extract", "import", "index", "ingest", "lookup",
              "mine", "pair", "serve"}
"""validate reads TBX only: XML declares its own encoding; glossaries lists files, reading
none. serve reads glossaries (CSV, TSV, JSON) like lookup: it lacked the option its own
refusal of an undetected encoding asks for."""

HANT_DOC = ("大會，\n"
            "重申各會員國應當加強國際合作與援助，以防止、打擊和消除小武器和輕武器的非法貿易，\n"
            "1. 請秘書長就本決議的執行情況向大會第七十屆會議提出報告。\n")
HANS_DOC = HANT_DOC.replace("大會", "大会").replace("會員國", "会员国").replace("應當", "应当")


def _options(name: str) -> set[str]:
    command = cli.get_command(click.Context(cli), name)
    assert command is not None
    return {o for p in command.params for o in getattr(p, "opts", ())}


def test_every_command_that_reads_text_takes_the_option() -> None:
    assert {n for n in _COMMANDS if "--encoding" in _options(n)} == READS_TEXT


def test_an_unknown_codec_is_refused_before_anything_is_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "doc.txt"
    source.write_text(HANS_DOC, encoding="utf-8")
    out = tmp_path / "doc.jsonl"
    for codec in ("no-such-codec", "base64"):
        assert main(["ingest", str(source), "-o", str(out), "--encoding", codec]) == \
            EXIT_BAD_INPUT
        assert "encoding" in capsys.readouterr().err
    assert not out.exists()


def test_ingest_detects_big5_and_says_so(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "doc.txt"
    source.write_bytes(HANT_DOC.encode("big5"))
    out = tmp_path / "doc.jsonl"
    assert main(["ingest", str(source), "-o", str(out)]) == 0
    assert "Big5" in capsys.readouterr().err
    assert "會員國" in out.read_text(encoding="utf-8")


def test_ingest_with_the_encoding_reads_what_detection_cannot_tell(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "short.txt"
    source.write_bytes("联合国大\n".encode("gbk"))  # also valid Big5 and EUC-KR
    out = tmp_path / "short.jsonl"
    assert main(["ingest", str(source), "-o", str(out)]) == EXIT_BAD_INPUT
    assert "--encoding gb18030" in capsys.readouterr().err and not out.exists()
    assert main(["ingest", str(source), "-o", str(out), "--encoding", "gbk"]) == 0
    assert "联合国大" in out.read_text(encoding="utf-8")


def test_extract_streams_a_big5_line_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.txt"
    corpus.write_bytes((HANT_DOC * 30).encode("cp950"))
    out = tmp_path / "terms.json"
    assert main(["extract", str(corpus), "--lines", "--no-glossary", "--segmenter", "chars",
                 "-o", str(out), "--encoding", "cp950", "-q"]) == 0
    terms = [c["term"] for c in json.loads(out.read_text(encoding="utf-8"))]
    assert any("武器" in t for t in terms)
    assert not any("\ufffd" in t for t in terms)


def _parallel(tmp_path: Path, codec: str) -> tuple[Path, Path, Path]:
    """Both sides and the term list in ``codec``: one --encoding is for all inputs."""
    zh, en, terms = tmp_path / "zh.txt", tmp_path / "en.txt", tmp_path / "terms.txt"
    zh.write_bytes("".join(z + "\n" for z, _ in PAIRS).encode(codec))
    en.write_bytes("".join(e + "\n" for _, e in PAIRS).encode(codec))
    terms.write_bytes("行动纲领\n大会\n".encode(codec))
    return zh, en, terms


def test_pair_reads_the_corpus_and_terms_in_the_given_encoding(tmp_path: Path) -> None:
    zh, en, terms = _parallel(tmp_path, "gb18030")
    out = tmp_path / "out.json"
    assert main(["pair", "--zh", str(zh), "--en", str(en), "--terms", str(terms), "-o",
                 str(out), "--jobs", "1", "--no-dictionary", "--encoding", "gb18030"]) == 0
    best = {p["zh"]: p["candidates"][0]["en"] if p["candidates"] else None
            for p in json.loads(out.read_text(encoding="utf-8"))}
    assert best["行动纲领"] == "Programme of Action"


def test_align_and_check_take_the_encoding(tmp_path: Path) -> None:
    zh, en, _ = _parallel(tmp_path, "utf-16")
    out = tmp_path / "o.align"
    assert main(["align", str(zh), str(en), "-o", str(out), "--presplit", "--no-dictionary",
                 "--encoding", "utf-16"]) == 0
    assert main(["align", str(zh), str(en), "-o", str(out), "--presplit", "--no-dictionary",
                 "--encoding", "utf-8"]) == EXIT_BAD_INPUT
    draft = tmp_path / "draft.txt"
    draft.write_bytes(HANT_DOC.encode("big5"))
    glossary = tmp_path / "g.csv"
    glossary.write_text("中文,英文\n大會,General Assembly\n", encoding="utf-8")
    report = tmp_path / "r.json"
    assert main(["check", str(draft), "-g", str(glossary), "-f", "json", "-o", str(report),
                 "--fail-on", "never", "--encoding", "big5"]) == 0
    assert json.loads(report.read_text(encoding="utf-8"))["summary"]["segments"] >= 2


def test_import_export_and_lookup_read_a_legacy_csv(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "people.csv"
    table.write_bytes("中文,英文\n小武器,small arms\n".encode("cp950"))
    into = tmp_path / "g.tbx"
    assert main(["import", str(table), "--into", str(into), "--encoding", "cp950"]) == 0
    capsys.readouterr()
    assert main(["lookup", "小武器", "-g", str(table), "--encoding", "cp950"]) == 0
    assert "small arms" in capsys.readouterr().out
    out = tmp_path / "out.json"
    assert main(["export", "-g", str(table), "-o", str(out), "--encoding", "cp950"]) == 0
    assert "小武器" in out.read_text(encoding="utf-8")
    # A TBX glossary declares its own encoding: the option leaves it alone.
    assert main(["lookup", "small arms", "-g", str(into), "--encoding", "cp950"]) == 0


def test_streamed_readers_detect_big5_without_the_option(tmp_path: Path) -> None:
    from termbase.extract.lines import read_lines
    from termbase.pair.corpus import LineAlignedCorpus

    corpus = tmp_path / "corpus.txt"
    corpus.write_bytes((HANT_DOC * 30).encode("big5"))
    assert [t for _, t in read_lines(corpus)][1] == HANT_DOC.splitlines()[1]
    zh = tmp_path / "zh.txt"
    import opencc

    traditional = opencc.OpenCC("s2t").convert("".join(z + "\n" for z, _ in PAIRS))
    zh.write_bytes(traditional.encode("big5"))
    en = tmp_path / "en.txt"
    en.write_text("".join(e + "\n" for _, e in PAIRS), encoding="utf-8")
    opened = LineAlignedCorpus.open(zh, en)
    assert [d.code for d in opened.diagnostics if d.code == "TB103"] == ["TB103"]
    assert any("大會" in pair.zh for pair in opened)
