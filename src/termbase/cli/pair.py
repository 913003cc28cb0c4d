"""``termbase pair``: English equivalents of Chinese terms (or back) from parallel text."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import click

from termbase.cli._common import echo_diagnostics, encoding_option, protect_inputs
from termbase.errors import UsageError
from termbase.fileio import file_sha256, write_atomic
from termbase.pair.corpus import (
    ConcatCorpus,
    Corpus,
    LineAlignedCorpus,
    read_bead_corpus,
    read_tmx_corpus,
)
from termbase.pair.dictionary import Dictionary
from termbase.pair.pairer import PairSettings, TermPairing
from termbase.signature import Signature


def open_corpus(zh: Sequence[Path], en: Sequence[Path], tmx: Sequence[Path],
                beads: Path | None, encoding: str | None = None) -> tuple[Corpus, list[Path]]:
    """The corpus the options describe, and the files it reads (for the signature)."""
    if beads is not None:
        if len(zh) != 1 or len(en) != 1 or tmx:
            raise UsageError("--beads needs exactly one --zh and one --en sentence file",
                             hint="termbase pair --beads doc.align --zh doc.zh --en doc.en …")
        return read_bead_corpus(beads, zh[0], en[0], encoding), [beads, zh[0], en[0]]
    if len(zh) != len(en):
        raise UsageError(f"{len(zh)} --zh file(s) but {len(en)} --en file(s)",
                         hint="give the sides in pairs: --zh A.zh --en A.en --zh B.zh --en B.en")
    if not zh and not tmx:
        raise UsageError("no parallel text given",
                         hint="give --zh FILE --en FILE (line-aligned), --tmx FILE, or "
                              "--beads FILE with --zh/--en sentence files")
    parts: list[Corpus] = [LineAlignedCorpus.open(z, e, encoding=encoding)
                           for z, e in zip(zh, en, strict=True)]
    parts += [read_tmx_corpus(t) for t in tmx]
    files = [*(p for pair in zip(zh, en, strict=True) for p in pair), *tmx]
    return (parts[0] if len(parts) == 1 else ConcatCorpus(tuple(parts))), files


def corpus_diagnostics(corpus: Corpus) -> None:
    echo_diagnostics(tuple(getattr(corpus, "diagnostics", ())))


def load_dictionary(enabled: bool) -> tuple[Dictionary | None, str]:
    """The CC-CEDICT lexicon, or none; and how the signature names it."""
    if not enabled:
        return None, "none"
    from termbase.align.lexicon import load_default_lexicon

    lexicon = load_default_lexicon()
    return lexicon, f"{lexicon.name} {lexicon.fingerprint()}"


def default_jobs() -> int:
    return max(1, min(2, os.cpu_count() or 1))


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
        click.option("--jobs", "-j", type=click.IntRange(1, 64), default=default_jobs,
                     show_default="2 (or the number of cores, if fewer)",
                     help="Worker processes."),
        click.option("--no-dictionary", is_flag=True,
                     help="Do not use CC-CEDICT as compositional evidence."),
        encoding_option,
    ]):
        function = option(function)
    return function


def signature_path(output: Path) -> Path:
    return output.with_name(output.name + ".signature.json")


def protect_corpus(output: Path, zh: Sequence[Path], en: Sequence[Path],
                   tmx: Sequence[Path], beads: Path | None, *more: Path) -> None:
    """Refuse an output (or its signature sidecar) that is one of the corpus files."""
    protect_inputs([output, signature_path(output)], [*zh, *en, *tmx, beads, *more])


def write_outputs(pairings: Sequence[TermPairing], output: Path, format_name: str,
                  signature: Signature) -> list[Path]:
    """Render everything in memory, then write: the output, and a signature beside a JSON
    or CSV output (which has no room for one)."""
    from termbase.pair.render import render, signature_json

    rendered = {output: render(pairings, format_name, signature)}
    if format_name != "xlsx":
        rendered[signature_path(output)] = signature_json(signature)
    for path, data in rendered.items():
        write_atomic(path, data)
    return list(rendered)


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
@click.option("--format", "-f", "format_name", type=click.Choice(["json", "csv", "xlsx"]),
              default=None, help="Output format (default: from the output's suffix, else json).")
@click.option("--reverse", is_flag=True,
              help="The terms are English: propose Chinese equivalents.")
@click.option("--min-support", type=click.IntRange(1, None), default=PairSettings().min_support,
              show_default=True, help="Supporting segment pairs needed to answer.")
def command(zh: tuple[Path, ...], en: tuple[Path, ...], tmx: tuple[Path, ...],
            beads: Path | None, jobs: int, no_dictionary: bool, encoding: str | None,
            terms_path: Path, output: Path, format_name: str | None, reverse: bool,
            min_support: int) -> int:
    """Pair each term with its equivalents in a parallel corpus: ranked candidates with
    score, support and example pairs, or an abstention with the reason."""
    from termbase.pair.pairer import pair_terms_report
    from termbase.pair.terms import read_term_list

    fmt = format_name or (output.suffix[1:].lower() if output.suffix[1:].lower()
                          in ("json", "csv", "xlsx") else "json")
    protect_corpus(output, zh, en, tmx, beads, terms_path)
    lang = "en" if reverse else "zh"
    terms = read_term_list(terms_path, lang, encoding)
    corpus, files = open_corpus(zh, en, tmx, beads, encoding)
    corpus_diagnostics(corpus)
    lexicon, dictionary_name = load_dictionary(not no_dictionary)
    settings = PairSettings(direction=lang, workers=jobs, min_support=min_support)
    report = pair_terms_report(terms, corpus, lexicon=lexicon, settings=settings)
    signature = Signature.now(
        settings={**settings.items(), "dictionary": dictionary_name, "format": fmt},
        inputs={p.name: file_sha256(p) for p in [*files, terms_path]},
        counts=dict(report.stats))
    written = write_outputs(report.pairings, output, fmt, signature)
    click.echo(f"wrote {', '.join(str(p) for p in written)}: {summary(report.pairings)}; "
               f"{report.stats.get('segment pairs', 0)} segment pairs")
    return 0
