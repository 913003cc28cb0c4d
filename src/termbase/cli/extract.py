"""``termbase extract FILE... -o OUT``: ranked Chinese term candidates with their evidence.

Inputs are UN documents (.txt, .docx), ``termbase ingest`` output (.jsonl), or large
plain corpora with one sentence or paragraph per line (``--lines``; chosen by default
for .txt files over 2 MB), which are streamed rather than read whole. The output is a
ranked list (csv, xlsx or json) and its signature: JSON and CSV get a sidecar
``OUT.signature.json``; a workbook carries it on its own sheet.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from termbase.cli._common import (
    echo_diagnostics,
    encoding_option,
    glossary_option,
    protect_inputs,
)
from termbase.documents import Document, ingest_file, read_document_jsonl
from termbase.errors import InputError, UsageError
from termbase.extract import Candidate, ExtractionResult, ExtractSettings, extract_terms
from termbase.extract.extractor import glossary_terms
from termbase.extract.lines import line_documents, read_lines
from termbase.fileio import file_sha256, write_atomic
from termbase.formats.workbook import add_signature_sheet, fonts, header_fill, keep_as_text
from termbase.signature import Signature
from termbase.text.segment import SEGMENTERS

LINES_THRESHOLD = 2 * 1024 * 1024
"""Plain-text inputs larger than this are read as line corpora unless told otherwise."""
PROGRESS_THRESHOLD = 1024 * 1024
_SUPPORTED = (".txt", ".docx", ".jsonl")
_DOCUMENT_ONLY = (".docx", ".jsonl")


class _Inputs:
    """The input files as documents; iterable more than once (the extractor's second
    pass). Documents are kept in memory, line corpora are read again from disk."""

    def __init__(self, files: tuple[Path, ...], lines: bool | None,
                 encoding: str | None = None) -> None:
        self.files = files
        self.lines = lines
        self.encoding = encoding
        self.diagnostics: list[Any] = []
        self._documents: dict[Path, Document] = {}
        for path in files:
            # With --lines any file is a plain-text corpus, whatever it is called
            # (corpus.zh, UNv1.0.testset.zh); documents need a suffix that says their format.
            if path.suffix.lower() not in _SUPPORTED and not (
                    lines and path.suffix.lower() not in _DOCUMENT_ONLY):
                raise InputError(f"cannot extract from '{path.suffix or 'no suffix'}' files",
                                 path=path, hint="give .txt, .docx or 'termbase ingest' "
                                                 ".jsonl files, or --lines for a plain-text "
                                                 "corpus with one sentence per line")
            if not path.is_file():
                raise InputError("file not found", path=path,
                                 hint="check the path and the current directory")

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
        for path in self.files:
            if self.is_line_corpus(path):
                yield from line_documents(read_lines(path, encoding=self.encoding),
                                          path.name)
            else:
                yield self._document(path)

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
        """sha256 of every input file, read in blocks (line corpora may be huge)."""
        return {path.name: file_sha256(path) for path in self.files}


# --- rendering (pure) ------------------------------------------------------------------

def candidate_dict(rank: int, candidate: Candidate) -> dict[str, Any]:
    """The JSON object of one ranked candidate."""
    return {
        "rank": rank,
        "term": candidate.term,
        "score": candidate.score,
        "freq": candidate.freq,
        "doc_freq": candidate.doc_freq,
        "sources": list(candidate.sources),
        "status": "new" if candidate.is_new else "in glossary",
        "glossary": [_glossary_dict(g) for g in candidate.glossary],
        "variants": [{"term": v.term, "relation": v.relation, "freq": v.freq,
                      "glossary": [_glossary_dict(g) for g in v.glossary]}
                     for v in candidate.variants],
        "contexts": [{"text": c.text, "document": c.document, "location": c.location}
                     for c in candidate.contexts],
        "evidence": dict(candidate.evidence),
    }


def _glossary_dict(match: Any) -> dict[str, str]:
    return {"concept": match.concept_id, "term": match.term, "status": match.status}


def _glossary_text(candidate: Candidate) -> str:
    parts = [f"{g.status} term of {g.concept_id}" for g in candidate.glossary]
    parts += [f"variant {v.term}: {g.status} term of {g.concept_id}"
              for v in candidate.variants for g in v.glossary]
    return "; ".join(parts) if parts else "new"


CSV_HEADER = ["rank", "term", "score", "freq", "doc_freq", "sources", "variants",
              "glossary", "context 1", "context 2", "context 3"]


def table_rows(candidates: list[Candidate]) -> list[list[str]]:
    """One row per candidate for csv and xlsx, header first."""
    rows = [CSV_HEADER]
    for rank, c in enumerate(candidates, 1):
        contexts = [f"{x.text} ({x.document}, {x.location})" for x in c.contexts]
        contexts += [""] * (3 - len(contexts))
        rows.append([str(rank), c.term, f"{c.score:g}", str(c.freq), str(c.doc_freq),
                     ", ".join(c.sources),
                     "; ".join(f"{v.term} ({v.relation})" for v in c.variants),
                     _glossary_text(c), *contexts[:3]])
    return rows


def render_json(candidates: list[Candidate]) -> bytes:
    payload = [candidate_dict(rank, c) for rank, c in enumerate(candidates, 1)]
    return (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def render_csv(candidates: list[Candidate]) -> bytes:
    from termbase.formats.csv import table_bytes

    return table_bytes(table_rows(candidates))


def render_xlsx(candidates: list[Candidate], signature: Signature) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    font, bold = fonts()
    fill = header_fill()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Candidates"
    widths = [6, 30, 10, 7, 9, 18, 40, 24, 60, 60, 60]
    for r, row in enumerate(table_rows(candidates), 1):
        for col, value in enumerate(row, 1):
            cell = sheet.cell(row=r, column=col,
                              value=float(value) if r > 1 and col in (1, 3, 4, 5) else value)
            keep_as_text(cell)
            cell.font = bold if r == 1 else font
            if r == 1:
                cell.fill = fill
            elif col >= 7:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in enumerate(widths, 1):
        sheet.column_dimensions[chr(64 + col)].width = width
    sheet.freeze_panes = "C2"
    add_signature_sheet(workbook, signature.items(), value_width=80)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def make_signature(result: ExtractionResult, inputs: dict[str, str],
                   glossary_hash: str) -> Signature:
    settings: dict[str, object] = {k: v for k, v in result.settings.as_dict().items()
                                   if k not in ("workers", "batch_chars")}
    settings["segmenter"] = result.segmenter
    return Signature.now(glossary_hash=glossary_hash, settings=settings, inputs=inputs,
                         counts={"documents": result.documents,
                                 "characters": result.characters,
                                 "sentences": result.sentences,
                                 "candidates": len(result.candidates)})


def _sidecar(out: Path) -> Path:
    return out.with_name(out.name + ".signature.json")


@click.command("extract")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(path_type=Path, dir_okay=False))
@click.option("--output", "-o", "out", required=True, type=click.Path(path_type=Path),
              help="Output file.")
@click.option("--format", "-f", "output_format", type=click.Choice(["csv", "xlsx", "json"]),
              default=None, help="Output format [default: from the output's suffix, else csv].")
@click.option("--top", "top", type=click.IntRange(min=1), default=200, show_default=True,
              help="How many ranked candidates to write.")
@glossary_option
@click.option("--no-glossary", is_flag=True,
              help="Do not mark or seed terms from any glossary.")
@click.option("--new-only", is_flag=True,
              help="Leave out candidates already in the glossary.")
@click.option("--lines/--documents", "lines", default=None,
              help="Read .txt inputs as corpora with one sentence per line (streamed), or "
                   "as UN documents. Default: line corpora for .txt files over 2 MB.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes for segmentation [default: 2 for inputs over 2 MB].")
@click.option("--segmenter", type=click.Choice(list(SEGMENTERS)), default="jieba",
              show_default=True,
              help="jieba: words from jieba's dictionary, seeded with the glossary's terms; "
                   "chars: character n-grams, no dictionary.")
@click.option("--sentencepiece", is_flag=True,
              help="Also count n-grams of a sentencepiece model trained on the input.")
@encoding_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def command(files: tuple[Path, ...], out: Path, output_format: str | None, top: int,
            glossary: tuple[str, ...], no_glossary: bool, new_only: bool, lines: bool | None,
            jobs: int | None, segmenter: str, sentencepiece: bool, encoding: str | None,
            quiet: bool) -> int:
    """Rank recurring Chinese terms, titles and short forms in UN documents."""
    from termbase import store
    from termbase.text.segment import make_segmenter

    fmt = output_format or {".json": "json", ".xlsx": "xlsx"}.get(out.suffix.lower(), "csv")
    if no_glossary and glossary:
        raise UsageError("--glossary and --no-glossary exclude each other")
    protect_inputs([out, _sidecar(out)], files, glossaries=None if no_glossary else glossary)
    loaded = None
    if not no_glossary:
        try:
            loaded = store.load(glossary)
        except UsageError:
            if glossary:
                raise
            loaded = None  # no glossary shipped and none asked for: extract without
        if loaded is not None:
            echo_diagnostics(loaded.diagnostics)
    known = glossary_terms(loaded.glossary if loaded else None)
    tokenizer = make_segmenter(segmenter, known)
    inputs = _Inputs(files, lines, encoding)
    size = sum(p.stat().st_size for p in files)
    workers = jobs if jobs is not None else (2 if size > LINES_THRESHOLD else 1)
    settings = ExtractSettings(workers=workers, sentencepiece=sentencepiece,
                               skip_known=new_only)
    bar: Any = None
    if not quiet and size > PROGRESS_THRESHOLD:
        import importlib

        # tqdm's type information is partial; it is used through Any.
        tqdm: Any = importlib.import_module("tqdm").tqdm
        # Bytes of UTF-8 Chinese are about three per character.
        bar = tqdm(total=size // 3, unit="char", unit_scale=True, desc="extract",
                   file=sys.stderr)

    def advance(characters: int) -> None:
        bar.update(characters)

    try:
        result = extract_terms(inputs, tokenizer=tokenizer,
                               glossary=loaded.glossary if loaded else None,
                               settings=settings, progress=advance if bar is not None else None)
    finally:
        if bar is not None:
            bar.close()
    echo_diagnostics(inputs.diagnostics)
    candidates = list(result.candidates[:top])
    signature = make_signature(result, inputs.hashes(),
                               loaded.glossary.content_hash() if loaded else "")
    if fmt == "xlsx":
        write_atomic(out, render_xlsx(candidates, signature))
    else:
        payload = render_json(candidates) if fmt == "json" else render_csv(candidates)
        write_atomic(out, payload)
        write_atomic(_sidecar(out), (json.dumps(signature.to_dict(), ensure_ascii=False, indent=2)
                               + "\n").encode("utf-8"))
    if not quiet:
        for note in result.notes:
            click.echo(f"termbase: note: {note}", err=True)
        new = sum(1 for c in candidates if c.is_new)
        click.echo(f"{', '.join(p.name for p in files)} → {out}: {len(candidates)} candidates "
                   f"({new} new) from {result.documents} documents, "
                   f"{result.characters:,} characters")
    return 0
