"""Hostile inputs through the real CLI: exit 2, one message naming the file, nothing written.

Zip bombs, documents without line breaks, JSON nested 100,000 deep or holding values
Python chokes on, and XML declaring entities in encodings a byte search cannot see.
Size limits are lowered for the test (the module constants are read at call time), so
the files stay small; the real 100 MB case is measured by hand (see the README).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from termbase.cli import EXIT_BAD_INPUT, main
from termbase.documents import limits
from termbase.formats.tbx.writer import write
from termbase.model import Concept, Glossary, LangSec, Term

_MB = 1024 * 1024
_GLOSSARY = Glossary((Concept("c1", (LangSec("zh", (Term("小武器"),)),
                                     LangSec("en", (Term("small arms"),)))),))


def _refused(args: list[str], named: Path, capsys: pytest.CaptureFixture[str],
             *unwritten: Path) -> str:
    """Run the CLI; assert exit 2, one message naming ``named``, nothing written."""
    assert main(args) == EXIT_BAD_INPUT
    captured = capsys.readouterr()
    err = captured.err
    assert str(named) in err, err
    assert err.count("termbase: error:") == 1, err
    assert "internal error" not in err and "Traceback" not in err
    assert "valid TBX" not in captured.out
    for path in unwritten:
        assert not path.exists(), path
    return err


# --- zip bombs ---------------------------------------------------------------------------

def _package(path: Path, member: str, size: int) -> Path:
    """A package whose main part is ``size`` zero bytes (compressed about 1000 to 1)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", b"<Types/>")
        package.writestr(member, bytes(size))
    path.write_bytes(buffer.getvalue())
    return path


def test_xlsx_bomb_glossary_is_refused(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    bomb = _package(tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml", 20 * _MB)
    into = tmp_path / "g.tbx"
    err = _refused(["import", str(bomb), "--into", str(into)], bomb, capsys, into)
    assert "compressed" in err and "to 1" in err


def test_xlsx_bomb_draft_is_refused(tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    bomb = _package(tmp_path / "draft.xlsx", "xl/worksheets/sheet1.xml", 20 * _MB)
    _refused(["check", str(bomb)], bomb, capsys)


@pytest.mark.parametrize("command", ["ingest", "check"])
def test_docx_bomb_is_refused(command: str, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    bomb = _package(tmp_path / "bomb.docx", "word/document.xml", 20 * _MB)
    out = tmp_path / "out.jsonl"
    args = ["ingest", str(bomb), "-o", str(out)] if command == "ingest" else [
        "check", str(bomb)]
    _refused(args, bomb, capsys, out)


def test_package_over_the_total_size_is_refused(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from termbase import ziplimits

    monkeypatch.setattr(ziplimits, "DEFAULT_LIMITS", ziplimits.ZipLimits(max_total=4_000))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as package:
        for i in range(3):
            package.writestr(f"word/part{i}.xml", b"<p/>" * 500)
    bomb = tmp_path / "big.docx"
    bomb.write_bytes(buffer.getvalue())
    err = _refused(["ingest", str(bomb), "-o", str(tmp_path / "o.jsonl")], bomb, capsys)
    assert "unpacks to 6,000 bytes, more than the 4,000 bytes allowed" in err


# --- documents without line breaks -------------------------------------------------------

@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 4 KB document limit and 1,000-character paragraphs, standing in for 16 MB/100,000."""
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 4_000)
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 16_000)
    monkeypatch.setattr(limits, "MAX_LINE_CHARS", 1_000)


def _one_line(path: Path, chars: int) -> Path:
    path.write_text("各国应采取措施" * (chars // 7), encoding="utf-8")
    return path


def _commands(doc: Path, tmp_path: Path) -> list[tuple[list[str], Path | None]]:
    english = tmp_path / "en.txt"
    english.write_text("The General Assembly calls upon States.\n", encoding="utf-8")
    return [
        (["ingest", str(doc), "-o", str(tmp_path / "out.jsonl")], tmp_path / "out.jsonl"),
        (["check", str(doc)], None),
        (["build", str(doc), "-o", str(tmp_path / "built")], tmp_path / "built"),
        (["align", str(doc), str(english), "-o", str(tmp_path / "a.tsv"), "-f", "tsv",
          "--no-dictionary"], tmp_path / "a.tsv"),
        (["align", "--presplit", str(doc), str(english), "-o", str(tmp_path / "p.tsv"),
          "-f", "tsv", "--no-dictionary"], tmp_path / "p.tsv"),
    ]


@pytest.mark.usefixtures("small_limits")
def test_document_over_the_size_limit_is_refused_before_reading(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _one_line(tmp_path / "huge.txt", 7_000)  # 21 KB of UTF-8
    for args, output in _commands(doc, tmp_path):
        err = _refused(args, doc, capsys, *([output] if output else []))
        assert "21,000 bytes, more than the 4,000 bytes" in err, err


@pytest.mark.usefixtures("small_limits")
def test_paragraph_over_the_length_limit_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _one_line(tmp_path / "oneline.txt", 1_050)  # 3.2 KB: under the size limit
    for args, output in _commands(doc, tmp_path):
        err = _refused(args, doc, capsys, *([output] if output else []))
        assert "line 1 is 1,050 characters long, more than the 1,000" in err, err


@pytest.mark.usefixtures("small_limits")
def test_ingested_paragraph_over_the_limit_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("各国应采取措施。\n", encoding="utf-8")
    jsonl = tmp_path / "doc.jsonl"
    assert main(["ingest", str(doc), "-o", str(jsonl)]) == 0
    capsys.readouterr()
    text = jsonl.read_text(encoding="utf-8").replace("各国应采取措施。", "各" * 1_200)
    jsonl.write_text(text, encoding="utf-8")
    english = tmp_path / "en.txt"
    english.write_text("States should act.\n", encoding="utf-8")
    out = tmp_path / "a.tsv"
    err = _refused(["align", str(jsonl), str(english), "-o", str(out), "--no-dictionary"],
                   jsonl, capsys, out)
    assert "1,200 characters" in err


# --- JSON ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("content", "expected"), [
    ('{"concepts": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
    ('{"concepts": [], "n": ' + "1" * 100_000 + "}", "100,000 digits"),
    ('{"concepts": [], "n": 1e999}', "out of range"),
    ('{"concepts": [], "n": NaN}', "NaN"),
    ('{"concepts": [{"id": "c1", "x": "\\ud800"}]}', "surrogate"),
])
def test_hostile_json_glossary_is_refused(content: str, expected: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    evil = tmp_path / "evil.json"
    evil.write_text(content, encoding="utf-8")
    into = tmp_path / "g.tbx"
    err = _refused(["import", str(evil), "--into", str(into)], evil, capsys, into)
    assert expected in err


def test_hostile_json_lines_are_refused(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    evil = tmp_path / "evil.jsonl"
    evil.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    english = tmp_path / "en.txt"
    english.write_text("States should act.\n", encoding="utf-8")
    out = tmp_path / "a.tsv"
    _refused(["align", str(evil), str(english), "-o", str(out), "--no-dictionary"], evil,
             capsys, out)


def test_hostile_json_term_list_is_refused(tmp_path: Path) -> None:
    from termbase.errors import FormatError
    from termbase.pair.terms import read_terms

    evil = tmp_path / "terms.json"
    evil.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(FormatError, match="nested too deeply"):
        read_terms(evil)


# --- XML -----------------------------------------------------------------------------------

def _entity_tbx(codec: str, declared: str) -> bytes:
    text = write(_GLOSSARY, None).decode("utf-8")
    body = text.split("?>", 1)[1]
    doctype = "\n<!DOCTYPE tbx [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
    return f"<?xml version='1.0' encoding='{declared}'?>{doctype}{body}".encode(codec)


@pytest.mark.parametrize(("codec", "declared"), [
    ("utf-8", "UTF-8"), ("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"),
    ("utf-16", "UTF-16"), ("utf-32-le", "UTF-32"), ("utf-32", "UTF-32"),
])
def test_validate_never_calls_a_file_with_entities_valid(
        codec: str, declared: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    evil = tmp_path / "evil.tbx"
    evil.write_bytes(_entity_tbx(codec, declared))
    err = _refused(["validate", str(evil)], evil, capsys)
    assert "entities" in err


def test_import_refuses_a_tbx_with_entities(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    evil = tmp_path / "evil.tbx"
    evil.write_bytes(_entity_tbx("utf-16-le", "UTF-16"))
    into = tmp_path / "g.tbx"
    _refused(["import", str(evil), "--into", str(into)], evil, capsys, into)


def test_validate_refuses_a_declaration_that_contradicts_the_bytes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    liar = tmp_path / "liar.tbx"
    text = write(_GLOSSARY, None).decode("utf-8")
    liar.write_bytes(text.replace("UTF-8", "UTF-16", 1).replace("utf-8", "UTF-16", 1)
                     .encode("utf-8"))
    err = _refused(["validate", str(liar)], liar, capsys)
    assert 'encoding="UTF-16" but the bytes are 8-bit' in err


# --- outputs -------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [
    ["extract", "{zh}", "-o", "{out}", "--no-glossary", "-q"],
    ["align", "{zh}", "{en}", "-o", "{out}", "-f", "tsv", "--no-dictionary"],
])
def test_an_output_that_is_a_folder_is_refused_before_the_work(
        command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # It failed at the final write, after the whole run, with a hint about disk space.
    zh = tmp_path / "zh.txt"
    zh.write_text("各国应采取措施。\n", encoding="utf-8")
    en = tmp_path / "en.txt"
    en.write_text("States should act.\n", encoding="utf-8")
    out = tmp_path / "results"
    out.mkdir()
    args = [a.format_map({"zh": zh, "en": en, "out": out}) for a in command]
    err = _refused(args, out, capsys)
    assert "the output is a folder, not a file" in err and "disk space" not in err
    assert list(out.iterdir()) == []
