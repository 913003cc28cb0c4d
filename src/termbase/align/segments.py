"""From input files to the segments an aligner works on, one list per language.

Three kinds of input, chosen by the caller (``presplit``) and the file's suffix:

* **presplit** — one sentence per line, as in the gold sets. Segment ``i`` is line
  ``i + 1``, so bead ids are line numbers. A blank line between sentences is refused,
  naming the line: skipping it would shift every later id against the file, and
  keeping it would hand the aligner an empty sentence. Blank lines at the very end are
  ignored, since they shift nothing;
* **``termbase ingest`` output** (``.jsonl``) — one segment per sentence, with the
  paragraph index and the operative number as label;
* **documents** (``.txt``, ``.docx``) — Chinese through :func:`ingest_text` (the same
  structure ``termbase ingest`` finds), English through :func:`english_segments` here.

Before any segment is built the two sides are checked against each other: each must
hold text in its language, and two files given the wrong way round are named as such.
The functions over text are pure; :func:`read_pair` is the edge that reads the files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from termbase.align.model import Segment
from termbase.diagnostics import Diagnostic
from termbase.documents import limits
from termbase.documents.jsonl import loads_document
from termbase.documents.model import Document, ParagraphKind
from termbase.documents.readers import LANGUAGE_SUFFIXES, read_document_text
from termbase.documents.structure import ingest_text
from termbase.errors import InputError
from termbase.fileio import read_bytes
from termbase.signature import sha256_bytes
from termbase.text.decode import GB18030_READ, LEGACY_READ, decode_text, file_lines
from termbase.text.language import check_sides
from termbase.text.normalise import normalise_text
from termbase.text.sentences import split_sentences

_OPERATIVE_LABEL = re.compile(r"(\d{1,3})\.\s+(?=\S)")
_TITLE_LABEL = re.compile(r"(\d{1,3}/\d{1,4})\.\s+(?=\S)")
_SUB_LABEL = re.compile(r"\((?:[a-z]{1,2}|[ivxlc]{1,6})\)\s+(?=\S)")
_BODY_START = re.compile(r"(?:\d{1,3}/\d{1,4}\.\s|The General Assembly\s*,?$)")
# Page furniture that repeats on every page of a PDF extract: symbol lines, page
# numbers "2/5", job numbers "13-44783 (E)".
_PAGE_FURNITURE = (
    re.compile(r"[A-Z]{1,2}/(?:[A-Z0-9.\-]+/)*[A-Z0-9.\-]+\s*\*?"),
    re.compile(r"\d{1,3}\s*/\s*\d{1,3}"),
    re.compile(r"\d{2}-\d{5}.*"),
)
# First-page furniture, dropped only above the title or "The General Assembly," line.
_HEADER_FURNITURE = (
    re.compile(r"United Nations|General Assembly|Security Council"),
    re.compile(r"Distr\.?\s*:.*", re.IGNORECASE),
    re.compile(r"General|Limited|Restricted"),
    re.compile(r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"),
    re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?\s+(?:special\s+)?session", re.IGNORECASE),
    re.compile(r"Agenda items?\s+.*"),
    re.compile(r"\[\s*(?:on|without)\s+(?:the\s+)?(?:report|reference).*\]"),
    re.compile(r"Resolution adopted by the .*"),
)


@dataclass(frozen=True, slots=True)
class Side:
    """The segments of one input file, where they came from, and what reading found."""

    path: str
    lang: str
    segments: tuple[Segment, ...]
    sha256: str
    diagnostics: tuple[Diagnostic, ...] = ()


# --- presplit files --------------------------------------------------------------------

def segments_from_lines(text: str, source: str) -> list[Segment]:
    """One segment per line of ``text``; InputError naming the first blank line inside."""
    lines = file_lines(text)
    while lines and not lines[-1].strip():
        lines.pop()
    segments = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            raise InputError(
                "blank line in a presplit file", path=source, line=number,
                hint="with --presplit every line is one sentence and bead ids are line "
                     "numbers; remove the blank lines (e.g. sed -i '/^\\s*$/d' FILE)")
        segments.append(Segment(number - 1, line.strip(), location=f"line {number}"))
    return segments


# --- ingested documents ----------------------------------------------------------------

def _title_label(document: Document) -> str:
    symbol = document.metadata.symbol or ""
    return symbol.removeprefix("A/RES/") if symbol.startswith("A/RES/") else ""


def segments_from_document(document: Document) -> list[Segment]:
    """One segment per sentence of an ingested document (its body, not its footnotes)."""
    segments: list[Segment] = []
    preambular = 0
    for index, paragraph in enumerate(document.paragraphs):
        if paragraph.kind is ParagraphKind.OPERATIVE and paragraph.number is not None:
            label = str(paragraph.number)
            where = f"operative para. {paragraph.number}"
        elif paragraph.kind is ParagraphKind.PREAMBULAR:
            preambular += 1
            label, where = "", f"preambular para. {preambular}"
        elif paragraph.kind is ParagraphKind.TITLE:
            label, where = _title_label(document), "title"
        else:
            label, where = "", paragraph.kind.value
        if paragraph.line is not None:
            where += f", line {paragraph.line}"
        for sentence in paragraph.sentences:
            segments.append(Segment(len(segments), sentence.text, index, label, where))
    return segments


# --- English documents -----------------------------------------------------------------

@dataclass(slots=True)
class _EnParagraph:
    line: int
    parts: list[str]
    label: str = ""


def _is_furniture(line: str, *, in_header: bool) -> bool:
    if any(p.fullmatch(line) for p in _PAGE_FURNITURE):
        return True
    return in_header and any(p.fullmatch(line) for p in _HEADER_FURNITURE)


def _english_blocks(text: str) -> list[tuple[int, str]]:
    """(first line number, text) of each paragraph, furniture dropped.

    Paragraphs are blocks separated by blank lines when the file has any; otherwise
    every line is a paragraph (as Word writes them), except that a line opening in
    lower case continues the one before (a line wrapped by PDF extraction).
    """
    lines = [line.strip() for line in text.splitlines()]
    has_header = any(_BODY_START.match(line) for line in lines)
    in_header = has_header
    kept: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        if in_header and _BODY_START.match(line):
            in_header = False
        if line and _is_furniture(line, in_header=in_header):
            continue
        kept.append((number, line))
    first = next((i for i, (_, line) in enumerate(kept) if line), len(kept))
    last = max((i for i, (_, line) in enumerate(kept) if line), default=-1)
    blank_separated = any(not line for _, line in kept[first:last + 1])
    blocks: list[tuple[int, list[str]]] = []
    previous_blank = True
    for number, line in kept:
        if not line:
            previous_blank = True
            continue
        starts = (previous_blank if blank_separated
                  else not blocks or not line[0].islower())
        if starts:
            blocks.append((number, [line]))
        else:
            blocks[-1][1].append(line)
        previous_blank = False
    return [(number, _join_wrapped(parts)) for number, parts in blocks]


def _join_wrapped(parts: list[str]) -> str:
    # A line that ends in a hyphen joins without a space: "small-" + "arms" was one word.
    text = parts[0]
    for part in parts[1:]:
        text += part if text.endswith("-") and text[-2:-1].isalpha() else " " + part
    return text


def _english_paragraphs(text: str) -> list[_EnParagraph]:
    """Paragraphs with labels; sub-paragraphs "(a)" join the numbered paragraph above.

    On the Chinese side ``termbase ingest`` keeps an operative paragraph's sub-paragraphs
    inside it, so doing the same here gives both sides the same paragraph count.
    """
    paragraphs: list[_EnParagraph] = []
    for line, block in _english_blocks(text):
        body = normalise_text(block)
        operative = _OPERATIVE_LABEL.match(body)
        title = _TITLE_LABEL.match(body)
        if title:
            paragraphs.append(_EnParagraph(line, [body[title.end():]], title.group(1)))
        elif operative:
            paragraphs.append(_EnParagraph(line, [body[operative.end():]],
                                           operative.group(1)))
        elif (_SUB_LABEL.match(body) and paragraphs
              and paragraphs[-1].label.isdigit()):
            paragraphs[-1].parts.append(body)
        else:
            sub = _SUB_LABEL.match(body)
            label = body[:sub.end()].strip() if sub else ""
            paragraphs.append(_EnParagraph(line, [body], label))
    return paragraphs


def english_segments(text: str, source: str) -> list[Segment]:
    """Segments of an English document's text: paragraphs, labels, then sentences."""
    segments: list[Segment] = []
    for index, paragraph in enumerate(_english_paragraphs(text)):
        if "/" in paragraph.label:
            where = f"title, line {paragraph.line}"
        elif paragraph.label:
            where = f"para. {paragraph.label}, line {paragraph.line}"
        else:
            where = f"line {paragraph.line}"
        # One text per paragraph, as on the Chinese side: "Encourages States: (a) …;"
        # is one sentence there (…各国：(a)…；), so it must be one here.
        for span in split_sentences(" ".join(paragraph.parts), "en"):
            segments.append(Segment(len(segments), span.text, index, paragraph.label, where))
    if not segments:
        raise InputError("document contains no sentences", path=source,
                         hint="check that the file holds the English text")
    return segments


# --- languages -------------------------------------------------------------------------

def check_languages(zh_text: str, en_text: str, *, zh_source: str, en_source: str) -> None:
    """Refuse a pair whose sides are not Chinese and English, naming the file at fault
    (:func:`termbase.text.language.check_sides`)."""
    check_sides(zh_text, en_text, zh_source=zh_source, en_source=en_source,
                hint="termbase align takes the Chinese file first and its English "
                     "translation second")


# --- the edge --------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Raw:
    """A file read and decoded, before segmentation."""

    path: Path
    text: str
    sha256: str
    diagnostics: tuple[Diagnostic, ...]
    document: Document | None = None


def _read(path: Path, *, presplit: bool, encoding: str | None = None) -> _Raw:
    if presplit:
        limits.check_file_size(path, limits.MAX_TEXT_BYTES)
        data = read_bytes(path)
        decoded = decode_text(data, str(path), encoding)
        limits.check_line_lengths(decoded.text, path)
        if not decoded.text.strip():
            raise InputError("file contains no text", path=path)
        return _Raw(path, decoded.text, sha256_bytes(data), decoded.diagnostics)
    if path.suffix.lower() == ".jsonl":
        limits.check_file_size(path)
        data = read_bytes(path)
        decoded = decode_text(data, str(path))
        document = loads_document(decoded.text, source=str(path))
        text = "\n".join(p.text for p in document.paragraphs)
        if not text.strip():
            raise InputError("ingested document has no paragraphs", path=path,
                             hint="ingest the document again with 'termbase ingest'")
        return _Raw(path, text, sha256_bytes(data), decoded.diagnostics, document)
    source = read_document_text(path, encoding, plain=LANGUAGE_SUFFIXES)
    return _Raw(path, source.text, source.sha256, source.diagnostics)


def _side(raw: _Raw, lang: str, *, presplit: bool) -> Side:
    diagnostics = list(raw.diagnostics)
    if presplit:
        segments = segments_from_lines(raw.text, str(raw.path))
    elif raw.document is not None:
        segments = segments_from_document(raw.document)
    elif lang == "zh":
        document, found = ingest_text(raw.text, source_name=str(raw.path),
                                      source_sha256=raw.sha256)
        diagnostics += found
        segments = segments_from_document(document)
    else:
        segments = english_segments(raw.text, str(raw.path))
    if not segments:
        raise InputError("no sentences found", path=raw.path,
                         hint="check that the file holds the text of the document")
    return Side(str(raw.path), lang, tuple(segments), raw.sha256, tuple(diagnostics))


def read_pair(zh_path: Path, en_path: Path, *, presplit: bool = False,
              encoding: str | None = None) -> tuple[Side, Side]:
    """Read the Chinese and English inputs into segments, after checking both sides.

    Raises InputError (naming the file) for a missing, empty, binary or undecodable
    file, a side in the wrong language, or two sides given the wrong way round.
    """
    zh_raw = _read(zh_path, presplit=presplit, encoding=encoding)
    en_raw = _read(en_path, presplit=presplit, encoding=encoding)
    if any(d.code in (GB18030_READ, LEGACY_READ) for d in en_raw.diagnostics):
        # English is never GBK or Big5: bytes that only decode that way are a Western legacy
        # encoding (Latin-1, Windows-1252) turned into Chinese characters.
        raise InputError("the English file is not UTF-8 (é, ’ and the like are stored in "
                         "a legacy Western encoding)", path=en_path,
                         hint="save the file as UTF-8 (in Notepad: Save as, Encoding UTF-8)")
    check_languages(zh_raw.text, en_raw.text, zh_source=str(zh_path), en_source=str(en_path))
    return _side(zh_raw, "zh", presplit=presplit), _side(en_raw, "en", presplit=presplit)
