"""``termbase validate``: findings with lines, a verdict, and exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from termbase.cli import EXIT_BAD_INPUT, EXIT_FINDINGS, main
from termbase.formats.tbx.writer import write
from termbase.model import Concept, Glossary, LangSec, Term

_GLOSSARY = Glossary((Concept("c1", (LangSec("zh", (Term("小武器"),)),
                                     LangSec("en", (Term("small arms"),)))),))


def _valid_file(tmp_path: Path) -> Path:
    path = tmp_path / "ok.tbx"
    path.write_bytes(write(_GLOSSARY, None))
    return path


def _invalid_file(tmp_path: Path) -> Path:
    text = write(_GLOSSARY, None).decode()
    text = text.replace('id="c1"', 'id="1"').replace(">noun<", ">x<")
    text = text.replace("preferredTerm-admn-sts", "preferred", 1)
    path = tmp_path / "bad.tbx"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_file_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _valid_file(tmp_path)
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.strip() == f"{path}: valid TBX-Basic v3 (DCA)"


def test_invalid_file_lists_findings_with_lines(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = _invalid_file(tmp_path)
    assert main(["validate", str(path)]) == EXIT_FINDINGS
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith(f"{path}:12: error: id '1' is not a valid XML ID")
    assert any("administrativeStatus 'preferred'" in line for line in lines)
    assert lines[-1] == f"{path}: NOT valid TBX-Basic v3 (DCA): 2 errors, 0 warnings"


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _invalid_file(tmp_path)
    assert main(["validate", "--format", "json", str(path)]) == EXIT_FINDINGS
    payload = json.loads(capsys.readouterr().out)
    assert payload["valid"] is False
    assert payload["errors"] == 2
    assert {f["code"] for f in payload["findings"]} == {"TBX301", "TBX203"}
    assert all(isinstance(f["line"], int) for f in payload["findings"])


def test_json_output_for_valid_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "-f", "json", str(_valid_file(tmp_path))]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert (payload["valid"], payload["findings"]) == (True, [])
    assert (payload["unlisted"], payload["truncated"]) == (0, False)


def _many_errors(tmp_path: Path, n: int) -> Path:
    """A TBX of ``n`` entries, each with a date that is no date."""
    one = write(_GLOSSARY, None).decode()
    start, end = one.index("<conceptEntry"), one.index("</conceptEntry>") + len("</conceptEntry>")
    entry = one[start:end].replace("<langSec", "<transacGrp><transac type=\"transactionType\">"
                                   "origination</transac><date>someday</date></transacGrp>"
                                   "<langSec", 1)
    entries = "\n".join(entry.replace('id="c1"', f'id="c{i}"') for i in range(n))
    path = tmp_path / "many.tbx"
    path.write_text(one[:start] + entries + one[end:], encoding="utf-8")
    return path


def test_a_file_with_more_errors_than_are_listed_says_how_many_more(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Every finding was held and printed: a hostile file's millions of errors were
    # millions of objects (and lines nobody reads past the first).
    from termbase.formats.tbx.validator import MAX_FINDINGS

    path = _many_errors(tmp_path, MAX_FINDINGS + 1234)
    assert main(["validate", str(path)]) == EXIT_FINDINGS
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == MAX_FINDINGS + 2
    assert all("date 'someday' is not an ISO date" in line for line in lines[:MAX_FINDINGS])
    assert lines[-2] == ("… and 1,234 more errors not listed: fix the file from the first "
                         "ones and validate it again")
    assert lines[-1] == (f"{path}: NOT valid TBX-Basic v3 (DCA): {MAX_FINDINGS + 1234} "
                         "errors, 0 warnings")
    assert main(["validate", "-f", "json", str(path)]) == EXIT_FINDINGS
    payload = json.loads(capsys.readouterr().out)
    assert (payload["valid"], payload["errors"], payload["warnings"]) == (
        False, MAX_FINDINGS + 1234, 0)
    assert len(payload["findings"]) == MAX_FINDINGS
    assert (payload["unlisted"], payload["truncated"]) == (1234, True)


@pytest.mark.parametrize(("content", "message"), [
    (None, "file not found"),
    (b"<tbx><text>\n<body>", "not well-formed XML"),
    (b"hello, not xml", "not well-formed XML"),
])
def test_bad_input_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             content: bytes | None, message: str) -> None:
    path = tmp_path / "input.tbx"
    if content is not None:
        path.write_bytes(content)
    assert main(["validate", str(path)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert message in err and str(path) in err


def test_official_sample(shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample = shared / "tbx" / "samples" / "v3" / "byutrg-bad" / "Astronomy_DCA-Bad5.tbx"
    assert main(["validate", str(sample)]) == EXIT_FINDINGS
    out = capsys.readouterr().out
    assert f"{sample}:16: error: <transac type='doesThisWork'>" in out
