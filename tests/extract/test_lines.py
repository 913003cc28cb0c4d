"""Line corpora: chunked reading, over-long lines, encodings, blocks as documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.errors import InputError
from termbase.extract import lines as lines_module
from termbase.extract.lines import line_documents, read_lines


def test_lines_are_numbered_and_blank_lines_skipped(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text("第一句。\n\n第二句。\n", encoding="utf-8")
    assert list(read_lines(path)) == [(1, "第一句。"), (2, ""), (3, "第二句。")]
    documents = list(line_documents(read_lines(path), "c.txt", block_lines=1))
    assert [d.paragraphs[0].line for d in documents] == [1, 3]


def test_a_huge_single_line_comes_in_pieces(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lines_module, "CHUNK_BYTES", 64)  # many chunks from a small file
    sentence = "各国执行《行动纲领》。"
    path = tmp_path / "one-line.txt"
    path.write_text(sentence * 200, encoding="utf-8")
    pieces = list(read_lines(path, max_chars=100))
    assert "".join(p for _, p in pieces) == sentence * 200
    assert all(len(p) <= 100 for _, p in pieces)
    assert all(p.endswith("。") for _, p in pieces)  # cut at sentence ends
    assert {n for n, _ in pieces} == {1}


def test_text_without_sentence_ends_is_cut_hard(tmp_path: Path) -> None:
    path = tmp_path / "run.txt"
    path.write_text("字" * 250, encoding="utf-8")
    assert [len(p) for _, p in read_lines(path, max_chars=100)] == [100, 100, 50]


def test_gbk_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("小武器和轻武器非法贸易\n".encode("gbk") * 3)
    assert [t for _, t in read_lines(path)][:1] == ["小武器和轻武器非法贸易"]


def test_mixed_encodings_are_refused_with_the_line(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lines_module, "CHUNK_BYTES", 16)
    path = tmp_path / "mixed.txt"
    path.write_bytes("第一行\n第二行\n".encode() + "第三行\n".encode("gbk"))
    with pytest.raises(InputError, match="mixes encodings") as caught:
        list(read_lines(path))
    assert caught.value.line == 3


def test_empty_binary_and_missing_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"\n\n")
    with pytest.raises(InputError, match="empty"):
        list(read_lines(empty))
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01" * 100)
    with pytest.raises(InputError, match="binary"):
        list(read_lines(binary))
    with pytest.raises(InputError, match="not found"):
        list(read_lines(tmp_path / "none.txt"))
