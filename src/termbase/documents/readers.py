"""The edge where document files become text: .txt (any encoding UN users meet) and .docx.

One reader per suffix, registered in ``_READERS``. A reader turns the file's bytes into
plain text with one source paragraph per line; everything after that is the pure
:func:`termbase.documents.structure.ingest_text`.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from termbase.diagnostics import Diagnostic
from termbase.documents.limits import check_file_size, check_line_lengths
from termbase.errors import InputError
from termbase.fileio import open_input, read_bytes
from termbase.signature import sha256_bytes
from termbase.text.decode import decode_text

if TYPE_CHECKING:
    from termbase.documents.model import Document

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

# Suffixes people try that we cannot read, with what to do instead.
_UNSUPPORTED_HINTS = {
    ".pdf": "extract the text first (e.g. pdftotext -layout FILE.pdf) and ingest the .txt",
    ".doc": "open it in Word and save it as .docx",
    ".rtf": "open it in Word and save it as .docx",
    ".odt": "save it as .docx",
}


@dataclass(frozen=True, slots=True)
class SourceText:
    """The text of a document file, the hash of its bytes, and reading findings."""

    text: str
    sha256: str
    diagnostics: tuple[Diagnostic, ...] = ()


def _read_txt(data: bytes, source: str,
              encoding: str | None) -> tuple[str, tuple[Diagnostic, ...]]:
    decoded = decode_text(data, source, encoding)
    return decoded.text, decoded.diagnostics


def _run_text(run: Any) -> str:
    # Footnote markers typed as superscript digits keep their role as Unicode superscripts,
    # which the cleaning step recognises as markers.
    text: str = run.text
    if run.font.superscript and text.strip().isdigit():
        return text.strip().translate(_SUPERSCRIPT)
    return text


def _paragraph_text(paragraph: Any) -> str:
    from docx.text.run import Run

    parts = []
    for item in paragraph.iter_inner_content():
        parts.append(_run_text(item) if isinstance(item, Run) else item.text)
    return "".join(parts)


def _block_lines(container: Any) -> Iterator[str]:
    """Paragraphs and table cells of a document body or a cell, in reading order."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            seen: set[int] = set()
            for row in block.rows:
                for cell in row.cells:
                    # A merged cell is returned once per grid position it spans.
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    yield from _block_lines(cell)
        else:
            yield _paragraph_text(block)


def _read_docx(data: bytes, source: str,
               encoding: str | None) -> tuple[str, tuple[Diagnostic, ...]]:
    del encoding  # a .docx package declares its own
    import zipfile  # here, with the limits: a draft in plain text needs neither

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from termbase.ziplimits import check_xml_parts, check_zip

    check_zip(data, source)
    try:
        check_xml_parts(data, source, hint=_RESAVE_DOCX)
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise InputError(f"not a valid .docx file ({type(exc).__name__})", path=source,
                         hint=_RESAVE_DOCX) from None
    return "\n".join(_block_lines(document)), ()


_RESAVE_DOCX = "open it in Word and save it again as .docx"


_READERS: dict[str, Callable[[bytes, str, str | None], tuple[str, tuple[Diagnostic, ...]]]] = {
    ".txt": _read_txt,
    ".docx": _read_docx,
}


# Line-aligned parallel text as the UN Parallel Corpus, MultiUN and Moses ship it names
# each side by its language (UNv1.0.testset.zh / .en). The commands that read a draft or
# one side of a pair read such a file as plain text; ingest keeps to documents, since a
# folder of X.zh / X.en pairs is not a folder of Chinese resolutions.
LANGUAGE_SUFFIXES = (".zh", ".en")


def supported_suffixes() -> tuple[str, ...]:
    return tuple(sorted(_READERS))


def read_document_text(path: Path, encoding: str | None = None, *,
                       plain: tuple[str, ...] = ()) -> SourceText:
    """Read a .txt or .docx document file, or a file with a suffix of ``plain`` as plain
    text (:data:`LANGUAGE_SUFFIXES`); InputError when it cannot be read as text.

    ``encoding`` is the codec of a plain-text file (default: detected, see text.decode)."""
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix) or (_read_txt if suffix in plain else None)
    if reader is None:
        open_input(path).close()  # a missing file or a folder is said to be so first
        hint = _UNSUPPORTED_HINTS.get(
            suffix, f"give a file ending in {' or '.join([*supported_suffixes(), *plain])}")
        raise InputError(f"cannot ingest '{suffix or 'no suffix'}' files", path=path, hint=hint)
    check_file_size(path)
    data = read_bytes(path)
    text, diagnostics = reader(data, str(path), encoding)
    check_line_lengths(text, path)
    if not text.strip():
        raise InputError("document contains no text", path=path,
                         hint="check that the file is not a scanned image or empty template")
    return SourceText(text, sha256_bytes(data), diagnostics)


def ingest_file(path: Path, encoding: str | None = None) -> tuple[Document, list[Diagnostic]]:
    """Read and ingest one document file: the edge around ``ingest_text``."""
    # Imported here: a reader of the text alone (a check's draft) does not need it.
    from termbase.documents.structure import ingest_text

    source = read_document_text(path, encoding)
    document, diagnostics = ingest_text(source.text, source_name=path.name,
                                        source_sha256=source.sha256)
    return document, [*source.diagnostics, *diagnostics]
