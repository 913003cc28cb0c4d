"""``termbase pair``: English equivalents of Chinese terms (or back) from parallel text."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import click

from termbase import api
from termbase.cli._common import (
    chosen_format,
    echo_diagnostics,
    encoding_option,
    protect_inputs,
)
from termbase.fileio import write_atomic
from termbase.pair.engines import ENGINES
from termbase.pair.pairer import PairSettings, TermPairing
from termbase.pair.render import FORMATS
from termbase.pair.sources import PARALLEL_PAIRS
from termbase.progress import Bar
from termbase.signature import Signature, sidecar_path


def corpus_options(function: click.decorators.FC) -> click.decorators.FC:
    """The parallel-text options shared by pair and mine."""
    for option in reversed([
        click.option("--zh", "zh", multiple=True, type=click.Path(path_type=Path),
                     help="Chinese side, one segment per line (repeatable, with --en)."),
        click.option("--en", "en", multiple=True, type=click.Path(path_type=Path),
                     help="English side, line i translating line i of --zh."),
        click.option("--tmx", "tmx", multiple=True, type=click.Path(path_type=Path),
                     help="A zh–en TMX file (repeatable)."),
        click.option("--beads", type=click.Path(path_type=Path), default=None,
                     help="A bead file from 'termbase align'; --zh/--en are then its "
                          "sentence files."),
        click.option("--no-dictionary", is_flag=True,
                     help="Do not use CC-CEDICT as compositional evidence."),
        encoding_option,
        click.option("--quiet", "-q", is_flag=True, help="No progress bars."),
    ]):
        function = option(function)
    return engine_options(function)


def engine_options(function: click.decorators.FC) -> click.decorators.FC:
    """Where co-occurrences are counted: shared by pair, mine and build."""
    for option in reversed([
        click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
                     help="Worker processes (of the local Dask cluster with --engine dask). "
                          "Default: 2 (or the number of cores, if fewer); locally, a corpus "
                          f"under {PARALLEL_PAIRS:,} segment pairs is counted in this process "
                          "alone, where a second one costs more than it saves."),
        click.option("--engine", type=click.Choice(ENGINES), default="local",
                     show_default=True,
                     help="Where co-occurrences are counted: local processes, or Dask "
                          "(pip install 'termbase[dask]'); the results are the same."),
        click.option("--scheduler", metavar="ADDRESS", default=None,
                     help="With --engine dask: the scheduler of a running cluster "
                          "(tcp://HOST:8786); default: a local cluster of --jobs workers."),
        click.option("--scheduler-timeout", type=click.FloatRange(0.1, None), default=10.0,
                     show_default=True, metavar="SECONDS",
                     help="How long to wait for --scheduler to answer and have a worker."),
    ]):
        function = option(function)
    return function


def protect_corpus(output: Path, zh: Sequence[Path], en: Sequence[Path],
                   tmx: Sequence[Path], beads: Path | None, *more: Path) -> None:
    """Refuse an output (or its signature sidecar) that is one of the corpus files."""
    protect_inputs([output, sidecar_path(output)], [*zh, *en, *tmx, beads, *more])


def progress_bars(quiet: bool = False) -> Callable[[str, int, int], None] | None:
    """A bar per counting pass on stderr when it is a terminal (chunks done of all)."""
    if quiet or not sys.stderr.isatty():
        return None
    bars: dict[str, Bar] = {}

    def show(label: str, done: int, total: int) -> None:
        bar = bars.get(label)
        if bar is None:
            bar = bars[label] = Bar(total, desc=f"counting: {label}", unit="chunk")
        bar.advance_to(done, total)
        if done >= total:
            bar.close()

    return show


def write_outputs(pairings: Sequence[TermPairing], output: Path, format_name: str,
                  signature: Signature) -> list[Path]:
    """Render everything in memory, then write: the output, and a signature beside a JSON
    or CSV output (which has no room for one)."""
    from termbase.pair.render import output_files

    files = output_files(pairings, output, format_name, signature)
    for path, data in files.items():
        write_atomic(path, data)
    return list(files)


trust_alignment_option = click.option(
    "--trust-alignment", is_flag=True,
    help="Count every segment pair, even those whose Chinese a neighbouring line's "
         "English translates better (left out by default, with warning TB603).")


def summary(pairings: Sequence[TermPairing]) -> str:
    answered = sum(1 for p in pairings if p.candidates)
    absent = sum(1 for p in pairings if p.occurrences == 0)
    return (f"{len(pairings)} terms: {answered} paired, {len(pairings) - answered} "
            f"abstained ({absent} not in the corpus)")


@click.command("pair")
@corpus_options
@click.option("--terms", "terms_path", required=True, type=click.Path(path_type=Path),
              help="Terms to pair: one per line, 'termbase extract' JSON/CSV, or a glossary.")
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Output file; written atomically.")
@click.option("--format", "-f", "format_name", type=click.Choice(FORMATS),
              default=None, help="Output format (default: from the output's suffix, else json).")
@click.option("--reverse", is_flag=True,
              help="The terms are English: propose Chinese equivalents.")
@click.option("--min-support", type=click.IntRange(1, None), default=PairSettings().min_support,
              show_default=True, help="Supporting segment pairs needed to answer.")
@click.option("--second-look", is_flag=True,
              help="Pair again the terms inside longer listed terms that get no English "
                   "(for an extracted term list, whose longer entries are often phrases "
                   "around a term; another counting run over the corpus).")
@trust_alignment_option
def command(zh: tuple[Path, ...], en: tuple[Path, ...], tmx: tuple[Path, ...],
            beads: Path | None, jobs: int | None, engine: str, scheduler: str | None,
            scheduler_timeout: float, no_dictionary: bool, encoding: str | None,
            quiet: bool, terms_path: Path, output: Path,
            format_name: str | None, reverse: bool, min_support: int,
            second_look: bool, trust_alignment: bool) -> int:
    """Pair each term with its equivalents in a parallel corpus: ranked candidates with
    score, support and example pairs, or an abstention with the reason."""
    by_suffix = {".json": "json", ".csv": "csv", ".xlsx": "xlsx"}
    fmt = chosen_format(output, format_name, by_suffix) or "json"
    protect_corpus(output, zh, en, tmx, beads, terms_path)
    corpus = api.open_corpus(zh, en, tmx, beads, encoding=encoding)
    echo_diagnostics(corpus.diagnostics)
    report = api.pair_terms(terms_path, corpus, reverse=reverse, min_support=min_support,
                            workers=jobs, dictionary=not no_dictionary, encoding=encoding,
                            engine=engine, scheduler=scheduler,
                            scheduler_timeout=scheduler_timeout,
                            progress=progress_bars(quiet), second_look=second_look,
                            trust_alignment=trust_alignment)
    echo_diagnostics(report.diagnostics)  # the corpus's were shown when it was opened
    signature = report.signature or Signature()
    written = write_outputs(report.pairings, output, fmt,
                            signature.with_settings({"format": fmt}))
    click.echo(f"wrote {', '.join(str(p) for p in written)}: {summary(report.pairings)}; "
               f"{report.stats.get('segment pairs', 0)} segment pairs")
    return 0
