"""``termbase mine``: extract Chinese terms from parallel text and pair them, for review."""

from __future__ import annotations

from pathlib import Path

import click

from termbase import api
from termbase.cli._common import echo_diagnostics
from termbase.cli.pair import (
    corpus_options,
    progress_bars,
    protect_corpus,
    summary,
    trust_alignment_option,
    write_outputs,
)
from termbase.errors import UsageError
from termbase.pair.mining import DEFAULT_MAX_TERMS
from termbase.signature import Signature


@click.command("mine")
@corpus_options
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The review sheet (.xlsx); written atomically.")
@click.option("--max-terms", type=click.IntRange(1, None), default=DEFAULT_MAX_TERMS,
              show_default=True,
              help="Best-ranked extracted terms to pair.")
@trust_alignment_option
def command(zh: tuple[Path, ...], en: tuple[Path, ...], tmx: tuple[Path, ...],
            beads: Path | None, jobs: int | None, engine: str, scheduler: str | None,
            scheduler_timeout: float, no_dictionary: bool, encoding: str | None,
            quiet: bool, output: Path, max_terms: int, trust_alignment: bool) -> int:
    """Extract Chinese terms from the zh side, pair each with its English equivalents and
    write a review sheet: accept (yes/no) and correct, then 'termbase import' it."""
    protect_corpus(output, zh, en, tmx, beads)
    if output.suffix.lower() != ".xlsx":
        # The sheet is always a workbook; under another name 'import' cannot read it back.
        raise UsageError("the review sheet is an Excel workbook: name the output .xlsx",
                         path=output, hint=f"e.g. -o {output.with_suffix('.xlsx').name}")
    corpus = api.open_corpus(zh, en, tmx, beads, encoding=encoding)
    echo_diagnostics(corpus.diagnostics)
    result = api.mine_terms(corpus, max_terms=max_terms, workers=jobs,
                            dictionary=not no_dictionary, engine=engine, scheduler=scheduler,
                            scheduler_timeout=scheduler_timeout,
                            progress=progress_bars(quiet), trust_alignment=trust_alignment)
    echo_diagnostics(result.report.diagnostics)  # the corpus's were shown when it was opened
    write_outputs(result.report.pairings, output, "xlsx", result.signature or Signature())
    click.echo(f"wrote {output}: {summary(result.report.pairings)}; review the 'accept' "
               f"column, then: termbase import {output} --into GLOSSARY")
    return 0
