"""Documents: reading UN resolutions (.txt, .docx) into an immutable, sentence-split model.

``ingest_text`` is the pure entry point (text in, Document and findings out);
``ingest_file`` is its edge for files; ``dumps_document`` writes the result for later
commands, ``read_document_jsonl`` reads it back.

The names are imported on first use: a reader of a draft's text (``termbase check``,
through :mod:`termbase.documents.readers`) does not build the document model, the
sentence splitter and the cleaning rules, a tenth of the check's start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from termbase.lazy import exports

if TYPE_CHECKING:
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

# name → module that defines it, resolved on first attribute access (PEP 562). No name
# is a submodule's ('from termbase.documents import limits' imports the module).
_MODULES = {"jsonl": ("dumps_document", "loads_document", "read_document_jsonl"),
            "model": ("Document", "DocumentMetadata", "Footnote", "FootnoteRef",
                      "Paragraph", "ParagraphKind", "Sentence"),
            "readers": ("ingest_file", "read_document_text"),
            "structure": ("ingest_text",)}
_PUBLIC = {name: f"termbase.documents.{module}" for module, names in _MODULES.items()
           for name in names}


__getattr__, __dir__ = exports(__name__, _PUBLIC, __all__)
