"""The inputs of an extraction: files (documents or line corpora) or Documents in memory.

:class:`ExtractionInputs` is what :func:`termbase.extract_terms` hands to the extractor: an
iterable of documents that can be iterated more than once (the extractor's evidence
pass reads them again). Documents are kept in memory once read; line corpora, which may
be far larger than memory, are streamed from disk on every pass.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from termbase.diagnostics import Diagnostic
from termbase.documents import Document, ingest_file, read_document_jsonl
from termbase.errors import InputError
from termbase.extract.lines import line_documents, read_lines
from termbase.fileio import file_sha256

LINES_THRESHOLD = 2 * 1024 * 1024
"""Plain-text inputs larger than this are read as line corpora unless told otherwise."""
SUPPORTED_SUFFIXES = (".txt", ".docx", ".jsonl")
_DOCUMENT_ONLY = (".docx", ".jsonl")


class ExtractionInputs:
    """Files and in-memory documents as one re-iterable sequence of documents.

    ``lines`` forces (True) or forbids (False) reading plain-text files as line corpora
    (one sentence or paragraph per line); None decides by size (over 2 MB). Missing
    files and unsupported suffixes are refused at construction, before any work.
    """

    def __init__(self, items: Sequence[Path | Document], *, lines: bool | None = None,
                 encoding: str | None = None) -> None:
        self.files = tuple(Path(p) for p in items if not isinstance(p, Document))
        self.lines = lines
        self.encoding = encoding
        self.diagnostics: list[Diagnostic] = []
        self._items = tuple(p if isinstance(p, Document) else Path(p) for p in items)
        self._documents: dict[Path, Document] = {}
        for path in self.files:
            if not path.is_file():
                raise InputError("file not found", path=path,
                                 hint="check the path and the current directory")
            # With --lines any file is a plain-text corpus, whatever it is called
            # (corpus.zh, UNv1.0.testset.zh); documents need a suffix that says their format.
            if path.suffix.lower() not in SUPPORTED_SUFFIXES and not (
                    lines and path.suffix.lower() not in _DOCUMENT_ONLY):
                raise InputError(f"cannot extract from '{path.suffix or 'no suffix'}' files",
                                 path=path, hint="give .txt, .docx or 'termbase ingest' "
                                                 ".jsonl files, or --lines for a plain-text "
                                                 "corpus with one sentence per line")

    @property
    def size(self) -> int:
        """Bytes of all input files (documents in memory count nothing)."""
        return sum(p.stat().st_size for p in self.files)

    def is_line_corpus(self, path: Path) -> bool:
        suffix = path.suffix.lower()
        if suffix in _DOCUMENT_ONLY:
            return False
        if suffix != ".txt":
            return True  # only accepted with --lines
        if self.lines is not None:
            return self.lines
        return path.stat().st_size > LINES_THRESHOLD

    def __iter__(self) -> Iterator[Document]:
        for item in self._items:
            if isinstance(item, Document):
                yield item
            elif self.is_line_corpus(item):
                yield from line_documents(read_lines(item, encoding=self.encoding), item.name)
            else:
                yield self._document(item)

    def _document(self, path: Path) -> Document:
        document = self._documents.get(path)
        if document is None:
            if path.suffix.lower() == ".jsonl":
                document = read_document_jsonl(path)
            else:
                document, found = ingest_file(path, self.encoding)
                self.diagnostics.extend(found)
            self._documents[path] = document
        return document

    def hashes(self) -> dict[str, str]:
        """sha256 of every input: files read in blocks (line corpora may be huge),
        documents in memory by the hash of their source."""
        found = {path.name: file_sha256(path) for path in self.files}
        for item in self._items:
            if isinstance(item, Document):
                found[item.metadata.source_name] = item.metadata.source_sha256
        return found
