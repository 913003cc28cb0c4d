"""Documents as JSON Lines: the output of ``termbase ingest`` and an input of later commands.

Layout, one JSON object per line, each with a ``record`` key:

1. ``document`` — format name and version, the metadata, and the signature;
2. ``paragraph`` — one per paragraph in order, with its sentences (offsets into the
   paragraph text) and footnote references;
3. ``footnote`` — one per footnote.

JSON Lines keeps a long document diffable and lets tools stream it; the reader checks
every field and names the line of the first problem.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from termbase import jsonsafe
from termbase.documents import limits
from termbase.documents.model import (
    Document,
    DocumentMetadata,
    Footnote,
    FootnoteRef,
    Paragraph,
    ParagraphKind,
    Sentence,
)
from termbase.errors import FormatError
from termbase.fileio import read_bytes
from termbase.signature import Signature
from termbase.text.decode import decode_text, file_lines

FORMAT_NAME = "termbase-document"
FORMAT_VERSION = 1

_METADATA_FIELDS = ("source_name", "source_sha256", "language", "symbol", "title",
                    "adoption_date", "session", "meeting", "agenda_item", "committee",
                    "committee_report")


def _metadata_dict(metadata: DocumentMetadata) -> dict[str, object]:
    return {name: getattr(metadata, name) for name in _METADATA_FIELDS}


def _paragraph_dict(paragraph: Paragraph) -> dict[str, object]:
    return {
        "record": "paragraph",
        "id": paragraph.id,
        "kind": paragraph.kind.value,
        "number": paragraph.number,
        "line": paragraph.line,
        "text": paragraph.text,
        "footnote_refs": [{"number": r.number, "offset": r.offset}
                          for r in paragraph.footnote_refs],
        "sentences": [{"id": s.id, "start": s.start, "end": s.end, "text": s.text,
                       "footnote_refs": list(s.footnote_refs)} for s in paragraph.sentences],
    }


def dumps_document(document: Document, signature: Signature | None = None) -> str:
    """The JSON Lines text of ``document`` (UTF-8 when encoded, one record per line)."""
    head = {"record": "document", "format": FORMAT_NAME, "version": FORMAT_VERSION,
            "metadata": _metadata_dict(document.metadata),
            "signature": signature.to_dict() if signature is not None else None}
    records: list[Mapping[str, object]] = [head]
    records += [_paragraph_dict(p) for p in document.paragraphs]
    records += [{"record": "footnote", "number": f.number, "text": f.text,
                 "referenced_in": list(f.referenced_in)} for f in document.footnotes]
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


class _Fields:
    """Typed access to one record's fields, with errors that name the line and field."""

    def __init__(self, record: Mapping[str, Any], source: str, line: int) -> None:
        self.record, self.source, self.line = record, source, line

    def fail(self, message: str) -> FormatError:
        return FormatError(message, path=self.source, line=self.line,
                           hint="the file is not the output of 'termbase ingest', or was "
                                "edited by hand; ingest the source document again")

    def get(self, key: str, kind: type, *, optional: bool = False) -> Any:
        if key not in self.record:
            raise self.fail(f"missing field '{key}'")
        value = self.record[key]
        if value is None and optional:
            return None
        # bool is an int in Python; a JSON true where a number belongs is still wrong.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(f"field '{key}' should be {kind.__name__}, "
                            f"not {type(value).__name__}")
        return value

    def ints(self, key: str) -> tuple[int, ...]:
        values = self.get(key, list)
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            raise self.fail(f"field '{key}' should list whole numbers")
        return tuple(values)

    def sub(self, value: Any, what: str) -> _Fields:
        if not isinstance(value, dict):
            raise self.fail(f"{what} should be an object")
        return _Fields(value, self.source, self.line)


def _metadata(fields: _Fields) -> DocumentMetadata:
    meta = fields.sub(fields.get("metadata", dict), "metadata")
    int_fields = {"session", "meeting"}
    values = {name: meta.get(name, int if name in int_fields else str,
                             optional=name not in {"source_name", "source_sha256", "language"})
              for name in _METADATA_FIELDS}
    return DocumentMetadata(**values)


def _sentence(fields: _Fields, value: Any, text: str) -> Sentence:
    item = fields.sub(value, "a sentence")
    start, end = item.get("start", int), item.get("end", int)
    sentence_text = item.get("text", str)
    if text[start:end] != sentence_text:
        raise fields.fail(f"sentence {item.get('id', str)} does not match its paragraph's "
                          f"text at {start}:{end}")
    return Sentence(item.get("id", str), sentence_text, start, end, item.ints("footnote_refs"))


def _paragraph(fields: _Fields) -> Paragraph:
    try:
        kind = ParagraphKind(fields.get("kind", str))
    except ValueError:
        raise fields.fail(f"unknown paragraph kind '{fields.record['kind']}'") from None
    text = fields.get("text", str)
    limits.check_line_lengths(text, fields.source, line=fields.line)
    refs = []
    for value in fields.get("footnote_refs", list):
        ref = fields.sub(value, "a footnote reference")
        refs.append(FootnoteRef(ref.get("number", int), ref.get("offset", int)))
    sentences = tuple(_sentence(fields, s, text) for s in fields.get("sentences", list))
    return Paragraph(fields.get("id", str), kind, text, sentences,
                     fields.get("number", int, optional=True), tuple(refs),
                     fields.get("line", int, optional=True))


def _footnote(fields: _Fields) -> Footnote:
    where = fields.get("referenced_in", list)
    if not all(isinstance(pid, str) for pid in where):
        raise fields.fail("field 'referenced_in' should list paragraph ids")
    return Footnote(fields.get("number", int), fields.get("text", str), tuple(where))


def loads_document(text: str, *, source: str) -> Document:
    """Parse the JSON Lines text written by :func:`dumps_document`; FormatError if invalid."""
    metadata: DocumentMetadata | None = None
    paragraphs: list[Paragraph] = []
    footnotes: list[Footnote] = []
    for number, line in enumerate(file_lines(text), start=1):
        if not line.strip():
            continue
        record = jsonsafe.loads(line, source, line=number,
                                hint="each line must be one JSON object")
        fields = _Fields(record, source, number) if isinstance(record, dict) else None
        if fields is None:
            raise FormatError("each line must be a JSON object", path=source, line=number)
        kind = fields.get("record", str)
        if metadata is None:
            if kind != "document" or fields.get("format", str) != FORMAT_NAME:
                raise fields.fail(f"the first line must be the '{FORMAT_NAME}' header")
            if fields.get("version", int) > FORMAT_VERSION:
                raise FormatError(f"format version {record['version']} is newer than this "
                                  f"termbase reads ({FORMAT_VERSION})", path=source,
                                  line=number, hint="upgrade termbase")
            metadata = _metadata(fields)
        elif kind == "paragraph":
            paragraphs.append(_paragraph(fields))
        elif kind == "footnote":
            footnotes.append(_footnote(fields))
        else:
            raise fields.fail(f"unknown record '{kind}'")
    if metadata is None:
        raise FormatError("no document header line", path=source,
                          hint="the file is empty or not the output of 'termbase ingest'")
    return Document(metadata, tuple(paragraphs), tuple(footnotes))


def read_document_jsonl(path: Path) -> Document:
    """Read a document written as :func:`dumps_document` writes it."""
    limits.check_file_size(path)
    decoded = decode_text(read_bytes(path), str(path))
    return loads_document(decoded.text, source=str(path))
