"""``termbase mine``: extract Chinese terms from parallel text and pair them, for review."""

from __future__ import annotations

from pathlib import Path

import click

from termbase.cli.pair import (
    corpus_diagnostics,
    corpus_options,
    load_dictionary,
    open_corpus,
    protect_corpus,
    summary,
    write_outputs,
)
from termbase.fileio import file_sha256
from termbase.pair.pairer import PairSettings
from termbase.signature import Signature


@click.command("mine")
@corpus_options
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The review sheet (.xlsx); written atomically.")
@click.option("--max-terms", type=click.IntRange(1, None), default=300, show_default=True,
              help="Best-ranked extracted terms to pair.")
def command(zh: tuple[Path, ...], en: tuple[Path, ...], tmx: tuple[Path, ...],
            beads: Path | None, jobs: int, no_dictionary: bool, encoding: str | None,
            output: Path, max_terms: int) -> int:
    """Extract Chinese terms from the zh side, pair each with its English equivalents and
    write a review sheet: accept (yes/no) and correct, then 'termbase import' it."""
    from termbase.pair.mining import mine
    from termbase.text.segment import JiebaSegmenter

    protect_corpus(output, zh, en, tmx, beads)
    corpus, files = open_corpus(zh, en, tmx, beads, encoding)
    corpus_diagnostics(corpus)
    lexicon, dictionary_name = load_dictionary(not no_dictionary)
    settings = PairSettings(workers=jobs)
    tokenizer = JiebaSegmenter()
    result = mine(corpus, tokenizer=tokenizer, lexicon=lexicon, max_terms=max_terms,
                  pair_settings=settings)
    signature = Signature.now(
        settings={**settings.items(), "dictionary": dictionary_name,
                  "segmenter": result.extraction.segmenter, "max_terms": max_terms,
                  **{f"extract {k}": v for k, v in _extract_items(result.extraction)}},
        inputs={p.name: file_sha256(p) for p in files},
        counts=dict(result.report.stats))
    write_outputs(result.report.pairings, output, "xlsx", signature)
    click.echo(f"wrote {output}: {summary(result.report.pairings)}; review the 'accept' "
               f"column, then: termbase import {output} --into GLOSSARY")
    return 0


def _extract_items(extraction: object) -> list[tuple[str, object]]:
    from dataclasses import asdict

    settings = getattr(extraction, "settings", None)
    return sorted(asdict(settings).items()) if settings is not None else []
