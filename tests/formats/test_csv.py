"""CSV/TSV: bytes out (BOM, golden file), encodings and delimiters in, file line numbers."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from termbase.errors import FormatError, InputError
from termbase.formats import get, read_glossary
from termbase.formats.base import ReadPolicy
from termbase.formats.csv import read, sniff_delimiter, write, write_tsv
from termbase.formats.tabular.table import DUPLICATE_TERM, UNKNOWN_COLUMN
from termbase.model import Glossary

GOLDEN = Path(__file__).parent / "golden"
PEOPLE = ("中文,英文,备注\r\n"
          "非法中介活动,illicit brokering,\"first line\nsecond line\"\r\n"
          "小武器,small arms,\r\n"
          "非法中介活动,illegal brokering,\r\n")


def sample() -> Glossary:
    path = GOLDEN / "tabular_sample.json"
    return get("json").read(path.read_bytes(), str(path), ReadPolicy.STRICT).glossary


def test_output_matches_the_golden_file() -> None:
    data = write(sample(), None)
    golden = GOLDEN / "tabular_sample.csv"
    if os.environ.get("TERMBASE_UPDATE_GOLDEN"):
        golden.write_bytes(data)
    assert data == golden.read_bytes()


def test_output_is_utf8_with_bom_comma_separated_and_reads_back() -> None:
    data = write(sample(), None)
    assert data.startswith(codecs.BOM_UTF8)
    assert data[3:].split(b"\r\n", 1)[0].startswith(b"concept id,subject field,")
    assert read(data, "g.csv", ReadPolicy.STRICT).glossary == sample()


def test_tsv_output_is_tab_separated_and_reads_back() -> None:
    data = write_tsv(sample())
    assert b"concept id\tsubject field\t" in data
    assert read(data, "g.tsv", ReadPolicy.STRICT).glossary == sample()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le"])
def test_unicode_encodings_read_the_same(encoding: str) -> None:
    result = read(PEOPLE.encode(encoding), "people.csv", ReadPolicy.STRICT)
    assert [c.preferred("en").text for c in result.glossary] == [  # type: ignore[union-attr]
        "illicit brokering", "small arms", "illegal brokering"]


def test_gb18030_is_read_with_a_warning() -> None:
    result = read(PEOPLE.encode("gb18030"), "people.csv", ReadPolicy.STRICT)
    assert result.glossary.concepts[1].preferred("zh").text == "小武器"  # type: ignore[union-attr]
    assert result.diagnostics[0].code == "TB102"


def test_text_in_no_known_encoding_is_refused() -> None:
    # 0x80 (the euro sign in Windows-1252) can start no UTF-8 or GB18030 character.
    with pytest.raises(InputError, match="not UTF-8, UTF-16, GB18030") as info:
        read("term,price\r\narms,€5\r\n".encode("cp1252"), "x.csv", ReadPolicy.STRICT)
    assert info.value.line == 2 and info.value.hint and "UTF-8" in info.value.hint


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_the_delimiter_is_found_from_the_content(delimiter: str) -> None:
    text = PEOPLE.replace(",", delimiter)
    assert sniff_delimiter(text) == delimiter
    glossary = read(text.encode(), "people.csv", ReadPolicy.STRICT).glossary
    assert glossary.concepts[0].notes == ("first line", "second line")


def test_diagnostics_give_file_lines_across_multiline_cells() -> None:
    result = read(PEOPLE.encode(), "people.csv", ReadPolicy.STRICT)
    duplicate = next(d for d in result.diagnostics if d.code == DUPLICATE_TERM)
    # Record 3 starts on line 5: the quoted note of record 1 spans lines 2 and 3.
    assert duplicate.line == 5 and "row 2 and row 5" in duplicate.message
    assert duplicate.path == "people.csv"


def test_an_unknown_column_is_named() -> None:
    result = read("中文,价格\r\n小武器,3\r\n".encode(), "p.csv", ReadPolicy.STRICT)
    assert [d.code for d in result.diagnostics] == [UNKNOWN_COLUMN]
    assert "column B '价格'" in result.diagnostics[0].message


def test_an_unclosed_quote_is_a_format_error_with_its_line() -> None:
    data = '中文,英文\r\n小武器,small arms\r\n"轻武器,light weapons\r\n'.encode()
    with pytest.raises(FormatError, match="cannot parse") as info:
        read(data, "p.csv", ReadPolicy.STRICT)
    assert info.value.line == 3


def test_read_glossary_by_suffix(tmp_path: Path) -> None:
    path = tmp_path / "g.tsv"
    path.write_bytes(write_tsv(sample()))
    assert read_glossary(path).glossary == sample()
