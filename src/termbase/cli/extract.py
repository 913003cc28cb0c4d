"""``termbase extract FILE... -o OUT``: ranked Chinese term candidates with their evidence.

Inputs are UN documents (.txt, .docx), ``termbase ingest`` output (.jsonl), or large
plain corpora with one sentence or paragraph per line (``--lines``; chosen by default
for .txt files over 2 MB), which are streamed rather than read whole. The output is a
ranked list (csv, xlsx or json) and its signature: JSON and CSV get a sidecar
``OUT.signature.json``; a workbook carries it on its own sheet.
"""

from __future__ import annotations

from pathlib import Path

import click

from termbase import api
from termbase.cli._common import (
    chosen_format,
    echo_diagnostics,
    encoding_option,
    glossary_option,
    protect_inputs,
)
from termbase.errors import UsageError
from termbase.fileio import write_atomic
from termbase.progress import Bar
from termbase.signature import Signature, sidecar_path
from termbase.text.segment import SEGMENTERS

PROGRESS_THRESHOLD = 1024 * 1024


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
    from termbase.extract.render import render_csv, render_json, render_xlsx

    by_suffix = {".csv": "csv", ".json": "json", ".xlsx": "xlsx"}
    fmt = chosen_format(out, output_format, by_suffix) or "csv"
    if no_glossary and glossary:
        raise UsageError("--glossary and --no-glossary exclude each other")
    protect_inputs([out, sidecar_path(out)], files, glossaries=None if no_glossary else glossary)
    from termbase import store

    # Without --glossary the shipped glossaries help if there are any.
    use_glossary = not no_glossary and (glossary or store.shipped_paths())
    size = sum(p.stat().st_size for p in files if p.is_file())
    # Bytes of UTF-8 Chinese are about three per character.
    with Bar(size // 3, desc="extract", unit="char",
             quiet=quiet or size <= PROGRESS_THRESHOLD) as bar:
        result = api.extract_terms(list(files), glossary=glossary if use_glossary else None,
                                   top=top, lines=lines, workers=jobs, segmenter=segmenter,
                                   sentencepiece=sentencepiece, new_only=new_only,
                                   encoding=encoding,
                                   progress=bar.update if bar.shown else None)
    echo_diagnostics(result.diagnostics)
    candidates = list(result.candidates)
    signature = result.signature or Signature()
    if fmt == "xlsx":
        write_atomic(out, render_xlsx(candidates, signature))
    else:
        payload = render_json(candidates) if fmt == "json" else render_csv(candidates)
        write_atomic(out, payload)
        write_atomic(sidecar_path(out), signature.to_json_bytes())
    if not quiet:
        for note in result.notes:
            click.echo(f"termbase: note: {note}", err=True)
        new = sum(1 for c in candidates if c.is_new)
        click.echo(f"{', '.join(p.name for p in files)} → {out}: {len(candidates)} candidates "
                   f"({new} new) from {result.summary()}")
    return 0
