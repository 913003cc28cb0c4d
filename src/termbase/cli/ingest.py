"""``termbase ingest FILE... -o OUT``: UN resolutions (.txt, .docx) → JSON Lines or a text dump."""

from __future__ import annotations

from pathlib import Path

import click

from termbase.cli._common import echo_diagnostics, encoding_option, protect_inputs
from termbase.diagnostics import Severity
from termbase.documents.jsonl import dumps_document
from termbase.documents.model import Document, ParagraphKind
from termbase.documents.readers import ingest_file
from termbase.errors import UsageError
from termbase.fileio import write_atomic
from termbase.signature import Signature

_SUFFIX = {"jsonl": ".jsonl", "text": ".txt"}


def render_text(document: Document) -> str:
    """A readable numbered dump: metadata, paragraphs with their sentences, footnotes."""
    meta = document.metadata
    lines = [f"# {meta.symbol or '(no symbol)'}  {meta.title or ''}".rstrip()]
    facts = [("source", meta.source_name), ("adopted", meta.adoption_date),
             ("session", meta.session), ("meeting", meta.meeting),
             ("agenda item", meta.agenda_item), ("committee", meta.committee),
             ("report", meta.committee_report)]
    lines += [f"# {name}: {value}" for name, value in facts if value is not None]
    preambular = 0
    for paragraph in document.paragraphs:
        if paragraph.kind is ParagraphKind.OPERATIVE:
            label = f"OP {paragraph.number}"
        elif paragraph.kind is ParagraphKind.PREAMBULAR:
            preambular += 1
            label = f"PP {preambular}"
        else:
            label = paragraph.kind.value
        lines.append("")
        lines.append(f"[{paragraph.id}] {label}")
        for sentence in paragraph.sentences:
            notes = "".join(f" [^{n}]" for n in sentence.footnote_refs)
            lines.append(f"  {sentence.id}  {sentence.text}{notes}")
    if document.footnotes:
        lines += ["", "Footnotes"]
        lines += [f"  [^{f.number}] {f.text}" for f in document.footnotes]
    return "\n".join(lines) + "\n"


def _summary(source: Path, target: Path, document: Document) -> str:
    counts = {kind: len(document.of_kind(kind)) for kind in ParagraphKind}
    sentences = sum(len(p.sentences) for p in document.paragraphs)
    return (f"{source} → {target}: {document.metadata.symbol or 'no symbol'}, "
            f"{counts[ParagraphKind.PREAMBULAR]} preambular, "
            f"{counts[ParagraphKind.OPERATIVE]} operative, {sentences} sentences, "
            f"{len(document.footnotes)} footnotes")


def _targets(files: tuple[Path, ...], out: Path, output_format: str) -> list[Path]:
    """Where each input's output goes: OUT itself for one file, OUT/<name> for several."""
    suffix = _SUFFIX[output_format]
    if len(files) == 1 and not out.is_dir():
        return [out]
    if out.exists() and not out.is_dir():
        raise UsageError("with several inputs, -o must be a directory", path=out,
                         hint="give a directory name (it is created if missing)")
    if not out.exists() and out.suffix:
        raise UsageError(f"with several inputs, -o must be a directory, not a "
                         f"'{out.suffix}' file", path=out)
    targets = [out / (f.stem + suffix) for f in files]
    clashes = sorted({t.name for t in targets if targets.count(t) > 1})
    if clashes:
        raise UsageError(f"two inputs would write the same output: {', '.join(clashes)}",
                         hint="ingest files with the same name in separate runs")
    return targets


@click.command("ingest")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(path_type=Path, dir_okay=False))
@click.option("--output", "-o", "out", required=True, type=click.Path(path_type=Path),
              help="Output file for one input; output directory for several.")
@click.option("--format", "-f", "output_format", type=click.Choice(sorted(_SUFFIX)),
              default="jsonl", show_default=True,
              help="jsonl: input for later commands; text: a readable numbered dump.")
@encoding_option
def command(files: tuple[Path, ...], out: Path, output_format: str,
            encoding: str | None) -> int:
    """Read UN resolutions (.txt from PDF, .docx) into paragraphs, sentences and footnotes."""
    targets = _targets(files, out, output_format)
    protect_inputs(targets, files)
    worst = 0
    for source, target in zip(files, targets, strict=True):
        document, diagnostics = ingest_file(source, encoding)
        echo_diagnostics(diagnostics)
        if any(d.severity is Severity.ERROR for d in diagnostics):
            worst = 1
        if output_format == "jsonl":
            signature = Signature.now(
                settings={"language": document.metadata.language, "splitter": "zh"},
                inputs={source.name: document.metadata.source_sha256},
                counts={"paragraphs": len(document.paragraphs),
                        "footnotes": len(document.footnotes)})
            payload = dumps_document(document, signature)
        else:
            payload = render_text(document)
        write_atomic(target, payload.encode("utf-8"))
        click.echo(_summary(source, target, document))
    return worst
