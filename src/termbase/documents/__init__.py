"""Documents: reading UN resolutions (.txt, .docx) into an immutable, sentence-split model.

``ingest_text`` is the pure entry point (text in, Document and findings out);
``ingest_file`` is its edge for files; ``dumps_document`` writes the result for later
commands, ``read_document_jsonl`` reads it back.
"""

from __future__ import annotations

from termbase.documents.jsonl import (
    dumps_document,
    loads_document,
    read_document_jsonl,
)
from termbase.documents.model import (
    Document,
    DocumentMetadata,
    Footnote,
    FootnoteRef,
    Paragraph,
    ParagraphKind,
    Sentence,
)
from termbase.documents.readers import ingest_file, read_document_text
from termbase.documents.structure import ingest_text

__all__ = [
    "Document",
    "DocumentMetadata",
    "Footnote",
    "FootnoteRef",
    "Paragraph",
    "ParagraphKind",
    "Sentence",
    "dumps_document",
    "ingest_file",
    "ingest_text",
    "loads_document",
    "read_document_jsonl",
    "read_document_text",
]
