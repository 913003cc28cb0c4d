"""Inputs to segments: presplit lines, ingested JSON Lines, Chinese and English documents,
and the checks that refuse empty, binary, mis-encoded and swapped inputs."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from termbase.align.segments import (
    check_languages,
    english_segments,
    read_pair,
    segments_from_lines,
)
from termbase.documents import dumps_document, ingest_text
from termbase.errors import FormatError, InputError

# A short resolution of our own, in UN layout, in both languages.
ZH_DOC = """\
99/12. 小武器的标识和追查
大会，
回顾其2098年12月4日第98/7号决议，其中欢迎政府专家组的报告（A/98/150），
关切地注意到非法武器的扩散。局势依然严峻，
1. 吁请所有国家执行《国际追查文书》；
2. 鼓励各国：
(a) 在制造时对小武器进行标识；
(b) 保存准确记录不少于20年；
3. 决定继续处理此案。
"""

EN_DOC = """\
United Nations
A/RES/99/12
General Assembly
Distr.: General
12 December 2099
Ninety-ninth session
Agenda item 42 (b)

Resolution adopted by the General Assembly on 5 December 2099
[on the report of the First Committee (A/99/400)]
99/12. Marking and tracing of small arms
The General Assembly,
Recalling its resolution 98/7 of 4 December 2098, in which it welcomed the report of
the Group of Governmental Experts (A/98/150),
Noting with concern the spread of illicit weapons. The situation remains serious,
1. Calls upon all States to implement the International Tracing Instrument;
2. Encourages States:
(a) To mark small arms at the time of manufacture;
(b) To keep accurate records for not less than 20 years;
3. Decides to remain seized of the matter.
2/2
99-12345 (E)
"""

ZH_LINES = "决定继续审议。\n请秘书长提交报告。\n"
EN_LINES = "Decides to continue.\nRequests a report.\n"


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# --- presplit --------------------------------------------------------------------------

def test_presplit_lines_keep_their_numbers() -> None:
    segments = segments_from_lines("Decides to continue.\n  Requests a report.  \n\n\n", "en")
    assert [(s.id, s.text, s.location) for s in segments] == [
        (0, "Decides to continue.", "line 1"), (1, "Requests a report.", "line 2")]


def test_presplit_blank_line_inside_is_refused_with_its_line() -> None:
    with pytest.raises(InputError, match="blank line") as info:
        segments_from_lines("One.\n\nTwo.\n", "en.txt")
    assert (info.value.path, info.value.line) == ("en.txt", 2)
    assert info.value.hint is not None and "line numbers" in info.value.hint


def test_presplit_pair(tmp_path: Path) -> None:
    zh, en = read_pair(_write(tmp_path / "zh", ZH_LINES), _write(tmp_path / "en", EN_LINES),
                       presplit=True)
    assert [s.text for s in zh.segments] == ["决定继续审议。", "请秘书长提交报告。"]
    assert (zh.lang, en.lang) == ("zh", "en")
    assert len(zh.sha256) == 64


# --- documents -------------------------------------------------------------------------

def test_chinese_document_goes_through_ingest(tmp_path: Path) -> None:
    zh, _ = read_pair(_write(tmp_path / "zh.txt", ZH_DOC), _write(tmp_path / "en.txt", EN_DOC))
    first = zh.segments[0]
    assert (first.text, first.label, first.location) == ("小武器的标识和追查", "99/12",
                                                         "title, line 1")
    operative = [s for s in zh.segments if s.label == "2"]
    assert [s.text for s in operative] == ["鼓励各国：(a)在制造时对小武器进行标识；",
                                           "(b)保存准确记录不少于20年；"]
    assert operative[0].location == "operative para. 2, line 6"
    assert [s.id for s in zh.segments] == list(range(len(zh.segments)))


def test_english_document_labels_furniture_and_sub_paragraphs() -> None:
    segments = english_segments(EN_DOC, "en.txt")
    texts = [s.text for s in segments]
    assert texts[:2] == ["Marking and tracing of small arms", "The General Assembly,"]
    # The wrapped line joins its paragraph; furniture and page lines are gone.
    assert texts[2].endswith("the Group of Governmental Experts (A/98/150),")
    assert "2/2" not in texts and not any("Distr" in t for t in texts)
    assert texts[3:5] == ["Noting with concern the spread of illicit weapons.",
                          "The situation remains serious,"]
    assert segments[3].paragraph == segments[4].paragraph
    two = [s for s in segments if s.label == "2"]
    # Sub-paragraphs stay in their operative paragraph, as on the Chinese side.
    assert [s.text for s in two] == [
        "Encourages States: (a) To mark small arms at the time of manufacture;",
        "(b) To keep accurate records for not less than 20 years;"]
    assert two[0].location == "para. 2, line 17"
    assert segments[0].label == "99/12"


def test_english_paragraphs_separated_by_blank_lines() -> None:
    text = ("Noting the report\nof the Secretary-General,\n\n"
            "1. Decides to act. It will report.\n\n(a) Alone;\n")
    segments = english_segments(text, "en.txt")
    assert [(s.text, s.paragraph, s.label) for s in segments] == [
        ("Noting the report of the Secretary-General,", 0, ""),
        ("Decides to act.", 1, "1"), ("It will report.", 1, "1"),
        ("(a) Alone;", 1, "1")]


def test_english_label_without_numbered_paragraph_is_its_own() -> None:
    segments = english_segments("Preamble line,\n(a) First item;\n", "en.txt")
    assert [(s.paragraph, s.label) for s in segments] == [(0, ""), (1, "(a)")]


def test_ingested_jsonl_input(tmp_path: Path) -> None:
    document, _ = ingest_text(ZH_DOC, source_name="zh.txt")
    (tmp_path / "zh.jsonl").write_text(dumps_document(document), encoding="utf-8")
    zh, en = read_pair(tmp_path / "zh.jsonl", _write(tmp_path / "en.txt", EN_DOC))
    direct, _ = read_pair(_write(tmp_path / "zh.txt", ZH_DOC), tmp_path / "en.txt")
    assert zh.segments == direct.segments
    assert en.segments[0].label == "99/12"


def test_docx_inputs(tmp_path: Path) -> None:
    for name, text in (("zh.docx", ZH_DOC), ("en.docx", EN_DOC)):
        document = docx.Document()
        for line in text.splitlines():
            document.add_paragraph(line)
        document.save(str(tmp_path / name))
    zh, en = read_pair(tmp_path / "zh.docx", tmp_path / "en.docx")
    assert zh.segments[0].text == "小武器的标识和追查"
    assert [s.text for s in en.segments if s.label == "3"] == [
        "Decides to remain seized of the matter."]


# --- bad input -------------------------------------------------------------------------

def test_swapped_sides_are_named() -> None:
    with pytest.raises(InputError, match="ZH looks English and EN looks Chinese: swap them"):
        check_languages(EN_DOC, ZH_DOC, zh_source="a.txt", en_source="b.txt")


@pytest.mark.parametrize(("zh", "en", "culprit", "message"), [
    (EN_LINES, EN_LINES, "zh", "Chinese side looks like English"),
    (ZH_LINES, ZH_LINES, "en", "English side looks like Chinese"),
    (ZH_LINES, "Decides 决定继续审议 to continue.", "en", "mixed-language"),
    ("。。。\n", EN_LINES, "zh", "no words"),
])
def test_wrong_language_names_the_file(zh: str, en: str, culprit: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        check_languages(zh, en, zh_source="zh", en_source="en")
    assert info.value.path == culprit


@pytest.mark.parametrize(("content", "message"), [
    (b"", "file is empty"),
    (b"  \n\n", "file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("Décide de poursuivre".encode("latin-1"), "not UTF-8"),
    ("Member States’ efforts".encode("cp1252"), "not UTF-8"),
    (b"\xff\xfe\x00", "not valid utf-16"),
])
def test_unreadable_files_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "en.txt"
    bad.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        read_pair(_write(tmp_path / "zh.txt", ZH_DOC), bad)
    assert info.value.path == str(bad)


def test_gbk_chinese_is_read_with_a_warning(tmp_path: Path) -> None:
    zh, _ = read_pair(_write(tmp_path / "zh.txt", ZH_DOC, "gbk"),
                      _write(tmp_path / "en.txt", EN_DOC))
    assert zh.segments[0].text == "小武器的标识和追查"
    assert any(d.code == "TB102" for d in zh.diagnostics)


def test_sides_named_by_their_language_are_read_as_documents(tmp_path: Path) -> None:
    zh, en = read_pair(_write(tmp_path / "doc.zh", ZH_DOC), _write(tmp_path / "doc.en", EN_DOC))
    assert zh.segments[0].text == "小武器的标识和追查"
    assert en.segments


def test_unsupported_suffix_and_bad_jsonl(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"cannot ingest '\.pdf'"):
        read_pair(_write(tmp_path / "zh.pdf", ZH_DOC), _write(tmp_path / "en.txt", EN_DOC))
    with pytest.raises(FormatError, match="header"):
        read_pair(_write(tmp_path / "zh.jsonl", '{"record": "paragraph"}\n'),
                  tmp_path / "en.txt")


def test_presplit_lines_are_the_file_lines_whatever_they_hold() -> None:
    # str.splitlines cut at the form feed and at U+2028: 'blank line 2' in a file of
    # two full lines, and every later bead id one off the file's line numbers.
    text = "Decides to continue.\x0c\r\nRequests\u2028 a report.\rNotes it.\n"
    segments = segments_from_lines(text, "en.txt")
    assert [s.location for s in segments] == ["line 1", "line 2", "line 3"]
    assert segments[1].text == "Requests\u2028 a report."
