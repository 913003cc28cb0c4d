"""``termbase build``: the main job on the bundled documents.

Calls :func:`termbase.build_glossary` (ingest → glossary terms → recurring terms →
English from the parallel text → one glossary → drift), prints a progress line per
step, writes the outputs and prints a short summary.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from termbase import api
from termbase.cli._common import (
    echo_diagnostics,
    encoding_option,
    glossary_option,
    glossary_paths,
)
from termbase.cli.pair import engine_options
from termbase.documents import ParagraphKind
from termbase.errors import UsageError
from termbase.pipeline import BuildResult, check_output_folder, document_paths, parallel_paths


@click.command("build")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@glossary_option
@click.option("--output", "-o", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("out"), show_default=True, help="Folder for the outputs.")
@click.option("--no-glossary", is_flag=True,
              help="Use no curated glossary: every term found is proposed.")
@click.option("--parallel", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder of line-aligned X.zh/X.en parallel text to find English in "
                   "(default: the bundled data/parallel/).")
@encoding_option
@engine_options
@click.option("--quiet", "-q", is_flag=True, help="No progress lines on stderr.")
def command(inputs: tuple[Path, ...], glossary: tuple[str, ...], out_dir: Path,
            no_glossary: bool, parallel: Path | None, encoding: str | None,
            jobs: int | None, engine: str, scheduler: str | None, scheduler_timeout: float,
            quiet: bool) -> None:
    """Ingest UN documents (default: the bundled data/), extract their recurring terms,
    find their English in parallel text, and write one reviewable glossary (TBX, Excel,
    review sheet, drift table, JSON report)."""
    from termbase.model import Glossary

    if no_glossary and glossary:
        raise UsageError("--no-glossary and --glossary exclude each other",
                         hint="give one of them")
    paths = document_paths(inputs)
    parallel_files = [p for pair in parallel_paths(parallel) for p in pair]
    check_output_folder(out_dir, [*paths, *glossary_paths(glossary), *parallel_files])
    result = api.build_glossary(paths, glossary=Glossary() if no_glossary else glossary or None,
                                encoding=encoding, parallel=parallel, engine=engine,
                                scheduler=scheduler, scheduler_timeout=scheduler_timeout,
                                workers=jobs, progress=None if quiet else _progress)
    echo_diagnostics(result.diagnostics)
    written = result.write(out_dir)
    _summary(result, written)


def _progress(step: str, summary: str) -> None:
    click.echo(f"[{step}] {summary}", err=True)


def _summary(result: BuildResult, rendered: Sequence[Path]) -> None:
    documents, collection, glossary_paths = (result.documents, result.collection,
                                             result.glossary_paths)
    click.echo(f"ingested {len(documents)} documents:")
    for d in documents:
        meta = d.metadata
        operative = len(d.of_kind(ParagraphKind.OPERATIVE))
        preambular = len(d.of_kind(ParagraphKind.PREAMBULAR))
        sentences = sum(len(p.sentences) for p in d.paragraphs)
        click.echo(f"  {meta.symbol or meta.source_name} ({meta.adoption_date or 'date unknown'}):"
                   f" {preambular} preambular + {operative} operative paragraphs,"
                   f" {sentences} sentences, {len(d.footnotes)} footnotes")
    if glossary_paths:
        click.echo(f"glossary {', '.join(p.name for p in glossary_paths)}: "
                   f"{len(collection.glossary)} concepts attested,"
                   f" {collection.occurrences} term occurrences")
    else:
        click.echo("no curated glossary: every recurring term is proposed")
    variants = collection.variants_in_use()
    if variants:
        click.echo("non-approved variants in use:")
        for use in variants:
            where = ", ".join(f"{s} ×{n}" for s, n in use.counts)
            click.echo(f"  {use.term} ({use.status.value}) in {where} [concept {use.concept_id}]")
    if collection.unknown_titles and glossary_paths:
        click.echo("titles in 《》 not in the glossary:")
        for title, count in collection.unknown_titles:
            click.echo(f"  {title} ×{count}")
    _proposed(result)
    _drift(result)
    click.echo("wrote " + ", ".join(str(p) for p in rendered))


def _proposed(result: BuildResult, shown: int = 12) -> None:
    found = result.proposals
    paired = [(p.paired_form, p.english) for p in found if p.english is not None]
    click.echo(f"proposed {len(found)} new concepts: {len(paired)} with English from the "
               f"parallel text, {len(found) - len(paired)} need English")
    for form, english in paired[:shown]:
        click.echo(f"  {form} → {english.text} (confidence {english.score:.2f},"
                   f" support {english.support})")
    if len(paired) > shown:
        click.echo(f"  … {len(paired) - shown} more in the review sheet")


def _drift(result: BuildResult) -> None:
    if not result.drift:
        return
    dates = result.dates()
    click.echo("one concept, several wordings (drift across documents):")
    for group in result.drift:
        uses = "; ".join(
            f"{f.term} in " + ", ".join(f"{s} ({dates.get(s) or 'undated'}) ×{n}"
                                        for s, n in f.counts)
            for f in group.forms)
        click.echo(f"  {group.english or '(no English yet)'}: {uses}")
