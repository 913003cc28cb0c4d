"""``termbase build``: the main job on the bundled documents.

ingest → collect the glossary's terms in the documents → the attested glossary, written
as Excel and TBX with the ingested documents and a JSON report, then a short summary.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import click

from termbase import formats, store
from termbase.build import Collection
from termbase.cli._common import (
    echo_diagnostics,
    encoding_option,
    glossary_option,
    protect_inputs,
)
from termbase.documents import Document, ParagraphKind, dumps_document
from termbase.documents.readers import supported_suffixes
from termbase.errors import InputError, OverwriteError, UsageError
from termbase.fileio import replace_folder
from termbase.pipeline import BUILD_STEPS, run_steps
from termbase.signature import Signature


def _default_data_dir() -> Path:
    local = Path.cwd() / "data"
    return local if local.is_dir() else Path(__file__).resolve().parents[3] / "data"


def _inputs(given: tuple[Path, ...]) -> list[Path]:
    """Files to ingest: those given (folders expanded), or the bundled data/ folder."""
    suffixes = supported_suffixes()
    roots = list(given) or [_default_data_dir()]
    paths: list[Path] = []
    for root in roots:
        if root.is_dir():
            paths.extend(sorted(p for p in root.iterdir()
                                if p.suffix.lower() in suffixes and not p.name.startswith(".")))
        else:
            paths.append(root)
    if not paths:
        raise InputError(f"no documents ({', '.join(suffixes)}) found", path=roots[0],
                         hint="give document files or a folder holding them")
    return paths


REPORT_NAME = "build-report.json"


def _check_output_folder(out_dir: Path, inputs: Sequence[Path],
                         glossaries: Sequence[str]) -> None:
    """Refuse, before any work, an output folder whose replacement would destroy
    something: the glossary store, an input or glossary in use, or files of the user's
    that an earlier build did not write."""
    store_dir = store.shipped_dir()
    for outer, inner in ((out_dir, store_dir), (store_dir, out_dir)):
        try:
            inner.resolve().relative_to(outer.resolve())
        except ValueError:
            continue
        raise OverwriteError(f"the output folder would replace the glossary store "
                             f"{store_dir}", path=out_dir,
                             hint="give -o a folder of its own, e.g. -o out")
    protect_inputs([], inputs, glossaries=glossaries, folders=[out_dir])
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError("the output exists and is not a folder", path=out_dir,
                         hint="give -o a folder name")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / REPORT_NAME).is_file():
        raise OverwriteError(
            "the output folder holds files that no earlier 'termbase build' wrote; a build "
            "replaces its whole output folder", path=out_dir,
            hint="give -o a new or empty folder, or the folder of an earlier build")


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9.]+", "_", text).strip("_") or "document"


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
    paths = _inputs(inputs)
    _check_output_folder(out_dir, paths, glossary)
    loaded = store.load(glossary)
    echo_diagnostics(loaded.diagnostics)
    state = run_steps(BUILD_STEPS, {"paths": paths, "glossary": loaded.glossary,
                                    "encoding": encoding})
    echo_diagnostics(state["diagnostics"])
    documents, collection = state["documents"], state["collection"]

    settings = {"glossary": ",".join(p.name for p in loaded.paths), "lang": "zh",
                "matching": "aho-corasick longest-first"}
    inputs_hashes = {**dict(loaded.hashes),
                     **{d.metadata.source_name: d.metadata.source_sha256 for d in documents}}
    signature = Signature.for_glossary(collection.glossary, settings=settings,
                                       inputs=inputs_hashes)
    name = loaded.paths[0].stem if len(loaded.paths) == 1 else "glossary"
    report = {
        "signature": signature.to_dict(),
        "documents": [{"symbol": d.metadata.symbol, "source": d.metadata.source_name,
                       "adoption_date": d.metadata.adoption_date,
                       "paragraphs": len(d.paragraphs), "footnotes": len(d.footnotes)}
                      for d in documents],
        "term_uses": [{"concept": u.concept_id, "term": u.term, "status": u.status.value,
                       "counts": dict(u.counts)} for u in collection.uses],
        "unknown_titles": [{"title": t, "count": n} for t, n in collection.unknown_titles],
    }

    # Render everything, then replace the folder as a whole: a failure leaves the previous
    # build as it was, and no file of an earlier build survives a new one.
    rendered: dict[Path, bytes] = {
        Path(f"{name}.xlsx"): formats.get("xlsx").write(collection.glossary, signature),
        Path(f"{name}.tbx"): formats.get("tbx").write(collection.glossary, signature),
        Path(REPORT_NAME): (json.dumps(report, ensure_ascii=False, indent=2)
                            + "\n").encode("utf-8"),
    }
    for d in documents:
        stem = _slug(d.metadata.symbol or Path(d.metadata.source_name).stem)
        rendered[Path("documents") / f"{stem}.jsonl"] = dumps_document(d).encode("utf-8")
    replace_folder(out_dir, rendered)

    _summary(documents, collection, loaded.paths, [out_dir / p for p in rendered])


def _summary(documents: Sequence[Document], collection: Collection,
             glossary_paths: Sequence[Path], rendered: Sequence[Path]) -> None:
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
