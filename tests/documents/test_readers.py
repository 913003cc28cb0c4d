"""Reading .txt and .docx document files."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from termbase.documents.model import ParagraphKind
from termbase.documents.readers import ingest_file, read_document_text
from termbase.errors import InputError
from termbase.signature import sha256_bytes


def test_txt_in_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes("\ufeff大会，\n1. 决定。\n".encode())
    source = read_document_text(path)
    assert source.text.startswith("大会，")
    assert source.sha256 == sha256_bytes(path.read_bytes())


def test_txt_in_gb18030_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes("大会，\n回顾其决议，\n1. 决定召开会议。\n".encode("gb18030"))
    document, diagnostics = ingest_file(path)
    assert "TB102" in [d.code for d in diagnostics]
    assert document.of_kind(ParagraphKind.OPERATIVE)[0].text == "决定召开会议。"
    assert document.metadata.source_name == "r.txt"
    assert document.metadata.source_sha256 == sha256_bytes(path.read_bytes())


def _docx(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("68/48. 小武器和轻武器非法贸易的各方面问题")
    document.add_paragraph("大会，")
    paragraph = document.add_paragraph("表示注意到秘书长的报告，")
    paragraph.add_run("4").font.superscript = True
    paragraph.add_run("其中综述了执行情况，")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "1. 鼓励各国提交报告；"
    table.cell(0, 1).text = "2. 请秘书长提出报告。"
    document.add_paragraph("⁴ A/68/171。")
    document.save(str(path))


def test_docx_paragraphs_tables_and_superscript_markers(tmp_path: Path) -> None:
    path = tmp_path / "r.docx"
    _docx(path)
    document, diagnostics = ingest_file(path)
    assert diagnostics == []
    assert document.metadata.symbol == "A/RES/68/48"
    (noted,) = document.of_kind(ParagraphKind.PREAMBULAR)
    assert noted.text == "表示注意到秘书长的报告，其中综述了执行情况，"
    assert [(r.number, r.offset) for r in noted.footnote_refs] == [(4, 12)]
    assert [p.text for p in document.of_kind(ParagraphKind.OPERATIVE)] == [
        "鼓励各国提交报告；", "请秘书长提出报告。"]
    assert [(f.number, f.text) for f in document.footnotes] == [(4, "A/68/171。")]


def test_merged_table_cells_are_read_once(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "甲"
    table.cell(0, 2).text = "乙"
    path = tmp_path / "t.docx"
    document.save(str(path))
    assert read_document_text(path).text.split("\n") == ["甲", "乙"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("r.pdf", b"%PDF-1.4", "pdftotext"),
        ("r.doc", b"\xd0\xcf\x11\xe0", "save it as .docx"),
        ("r.csv", b"a,b", ".docx or .txt"),
        ("r.txt", b"\x00\x01binary\x00", "binary"),
        ("r.txt", b"", "empty"),
        ("r.docx", b"not a zip at all", "not a valid .docx"),
    ],
)
def test_unreadable_files_raise_input_error(tmp_path: Path, name: str, content: bytes,
                                            message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_document_text(path)
    assert message in str(caught.value)
    assert caught.value.path == str(path)


def test_docx_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    with pytest.raises(InputError, match="no text"):
        read_document_text(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        ingest_file(tmp_path / "missing.txt")


def _with_document_xml(path: Path, edit: Callable[[bytes], bytes]) -> None:
    """Rewrite word/document.xml of the .docx at ``path``."""
    with zipfile.ZipFile(path) as package:
        parts = [(name, package.read(name)) for name in package.namelist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts:
            package.writestr(name, edit(data) if name == "word/document.xml" else data)


@pytest.mark.parametrize(("edit", "said"), [
    # lxml's XMLSyntaxError escaped from python-docx: exit 3, "internal error".
    (lambda xml: xml[: len(xml) // 2], "not well-formed XML"),
    (lambda xml: b"", "not well-formed XML"),
    (lambda xml: xml.replace("大会".encode(), b"\x01"), "not well-formed XML"),
    # python-docx leaves entities unresolved: the paragraph's text vanished silently.
    (lambda xml: xml.replace(b"?>", b'?><!DOCTYPE w:document [<!ENTITY a "x">]>', 1)
     .replace("大会".encode(), b"&a;"), "entities"),
], ids=["cut", "empty", "control", "entity"])
def test_a_damaged_or_entity_declaring_docx_part_is_bad_input_naming_the_part(
        tmp_path: Path, edit: Callable[[bytes], bytes], said: str) -> None:
    path = tmp_path / "r.docx"
    _docx(path)
    _with_document_xml(path, edit)
    with pytest.raises(InputError) as caught:
        read_document_text(path)
    assert said in str(caught.value) and "part word/document.xml" in str(caught.value)
    assert caught.value.path == str(path) and caught.value.code == "TB200"


def test_a_missing_path_without_suffix_is_not_found_not_unsupported(tmp_path: Path) -> None:
    # 'termbase build missing_folder' said "cannot ingest 'no suffix' files".
    with pytest.raises(InputError, match="file not found"):
        read_document_text(tmp_path / "missing_folder")
    with pytest.raises(InputError, match="is a directory"):
        read_document_text(tmp_path)


def test_the_documents_package_names_what_it_did_importing_it_on_first_use() -> None:
    from termbase import documents
    from termbase.documents import Document, ingest_file, ingest_text, limits
    from termbase.documents.model import Document as ModelDocument

    assert Document is ModelDocument and callable(ingest_file) and callable(ingest_text)
    assert limits.__name__ == "termbase.documents.limits"
    assert all(getattr(documents, name) is not None for name in documents.__all__)


def test_a_language_suffix_is_plain_text_only_where_the_caller_says_so(tmp_path: Path) -> None:
    # ingest keeps to documents: a folder of X.zh / X.en pairs is not one of resolutions.
    path = tmp_path / "side.zh"
    path.write_text("大会，\n决定。\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"cannot ingest '\.zh'"):
        read_document_text(path)
    assert read_document_text(path, plain=(".zh",)).text == "大会，\n决定。\n"
