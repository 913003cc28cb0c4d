"""``termbase build``: the main job on the bundled documents.

ingest → collect the glossary's terms in the documents → the attested glossary, written
as Excel and TBX with the ingested documents and a JSON report, then a short summary.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from termbase import api
from termbase.cli._common import echo_diagnostics, encoding_option, glossary_option
from termbase.documents import ParagraphKind
from termbase.errors import TermbaseError
from termbase.pipeline import BuildResult, check_output_folder, document_paths


@click.command("build")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@glossary_option
@click.option("--output", "-o", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("out"), show_default=True, help="Folder for the outputs.")
@encoding_option
def command(inputs: tuple[Path, ...], glossary: tuple[str, ...], out_dir: Path,
            encoding: str | None) -> None:
    """Ingest UN documents (default: the bundled data/), find the glossary's terms in
    them, and write the attested glossary as Excel and TBX."""
    paths = document_paths(inputs)
    check_output_folder(out_dir, [*paths, *_glossary_paths(glossary)])
    result = api.build_glossary(paths, glossary=glossary or None, encoding=encoding)
    echo_diagnostics(result.diagnostics)
    written = result.write(out_dir)
    _summary(result, written)


def _glossary_paths(specs: tuple[str, ...]) -> list[Path]:
    from termbase import store

    try:
        return store.input_paths(specs)
    except TermbaseError:
        return []  # an unknown name is reported when the glossary is loaded


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
    click.echo(f"glossary {', '.join(p.name for p in glossary_paths)}: "
               f"{len(collection.glossary)} concepts attested,"
               f" {collection.occurrences} term occurrences")
    variants = collection.variants_in_use()
    if variants:
        click.echo("non-approved variants in use:")
        for use in variants:
            where = ", ".join(f"{s} ×{n}" for s, n in use.counts)
            click.echo(f"  {use.term} ({use.status.value}) in {where} [concept {use.concept_id}]")
    if collection.unknown_titles:
        click.echo("titles in 《》 not in the glossary:")
        for title, count in collection.unknown_titles:
            click.echo(f"  {title} ×{count}")
    click.echo("wrote " + ", ".join(str(p) for p in rendered))
