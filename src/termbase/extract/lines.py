"""Plain corpora as a stream: one sentence (or paragraph) per line, any size.

Large corpora — a sentence-aligned UN corpus, a dump of many documents — are read in
binary chunks and decoded incrementally, never held whole in memory. A line longer than
``max_chars`` (a 500 MB file without a newline) is cut at its last sentence-ending mark
within the limit, or hard at the limit when there is none, so every unit stays small.
Lines are grouped into blocks that play the role of documents for document frequency.

:func:`line_documents` is the pure part (lines in, documents out);
:func:`read_lines` is the edge that reads a file.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from termbase.documents.model import Document, DocumentMetadata, Paragraph, ParagraphKind
from termbase.errors import InputError
from termbase.fileio import open_input
from termbase.text.decode import decode_text

CHUNK_BYTES = 1 << 20
MAX_UNIT_CHARS = 20_000
BLOCK_LINES = 500
BLOCK_CHARS = 200_000
_TERMINATORS = "。！？；\n"
_ENCODING_HINT = "save the file as UTF-8 (one encoding for the whole file)"


def line_documents(lines: Iterable[tuple[int, str]], name: str,
                   block_lines: int = BLOCK_LINES,
                   block_chars: int = BLOCK_CHARS) -> Iterator[Document]:
    """Documents of ``block_lines`` numbered lines (or ``block_chars`` characters) each;
    blank lines are skipped.

    Each line is one paragraph without sentence split (the extractor splits at
    punctuation itself); its location is its line number in ``name``. The character
    limit keeps blocks small when the lines are long (a file without newlines comes
    as pieces of one line).
    """
    block: list[Paragraph] = []
    size = 0
    for number, text in lines:
        text = text.strip()
        if not text:
            continue
        # OPERATIVE without a number: the extractor labels such paragraphs by line.
        block.append(Paragraph(f"l{number}", ParagraphKind.OPERATIVE, text, line=number))
        size += len(text)
        if len(block) >= block_lines or size >= block_chars:
            yield Document(DocumentMetadata(source_name=name), tuple(block))
            block, size = [], 0
    if block:
        yield Document(DocumentMetadata(source_name=name), tuple(block))


def _detect_encoding(head: bytes, path: Path, encoding: str | None) -> str:
    """The codec that decodes the file from its first byte (BOM included), judged on its
    head by the one detection rule of text.decode."""
    codec = decode_text(head, str(path), encoding, complete=False).encoding
    # utf-8-sig drops a byte-order mark that `--encoding utf-8` would keep as text.
    return "utf-8-sig" if codecs.lookup(codec).name == "utf-8" else codec


def _split_long(buffer: str, max_chars: int) -> tuple[list[str], str]:
    """Whole units cut from the front of an over-long ``buffer``, and the rest."""
    pieces: list[str] = []
    while len(buffer) > max_chars:
        window = buffer[:max_chars]
        cut = max(window.rfind(mark) for mark in _TERMINATORS) + 1
        if cut <= 0:
            cut = max_chars  # no sentence end at all: cut hard, losing one boundary
        pieces.append(buffer[:cut])
        buffer = buffer[cut:]
    return pieces, buffer


def _stream_lines(handle: BinaryIO, path: Path, max_chars: int,
                  encoding: str | None = None) -> Iterator[tuple[int, str]]:
    head = handle.read(CHUNK_BYTES)
    if not head.strip():
        raise InputError("file is empty", path=path, hint="give a file with content")
    encoding = _detect_encoding(head, path, encoding)
    decoder = codecs.getincrementaldecoder(encoding)()
    number = 1
    buffer = ""
    chunk = head
    while chunk:
        try:
            buffer += decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            # The partial line in the buffer has no newline; count those before the byte.
            bad_line = number + chunk[: exc.start].count(b"\n")
            raise InputError(f"not valid {encoding} at line {bad_line} (byte 0x"
                             f"{chunk[exc.start]:02x}): the file mixes encodings",
                             path=path, line=bad_line, hint=_ENCODING_HINT) from None
        lines = buffer.split("\n")
        buffer = lines.pop()
        for line in lines:
            if len(line) > max_chars:
                pieces, rest = _split_long(line, max_chars)
                for piece in pieces:
                    yield number, piece
                if rest:
                    yield number, rest
            else:
                yield number, line
            number += 1
        if len(buffer) > max_chars:
            pieces, buffer = _split_long(buffer, max_chars)
            for piece in pieces:
                yield number, piece
        chunk = handle.read(CHUNK_BYTES)
    buffer += decoder.decode(b"", final=True)
    if buffer:
        yield number, buffer


def read_lines(path: Path, max_chars: int = MAX_UNIT_CHARS,
               encoding: str | None = None) -> Iterator[tuple[int, str]]:
    """Numbered lines of a text file, read in chunks; over-long lines come in pieces.
    ``encoding`` is the file's codec (default: detected on the first chunk)."""
    with open_input(path) as handle:
        yield from _stream_lines(handle, path, max_chars, encoding)
