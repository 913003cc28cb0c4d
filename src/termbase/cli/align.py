"""``termbase align ZH EN -o OUT``: sentence-align a Chinese document and its English version.

Inputs are documents (.txt, .docx; .zh and .en files are plain text too), ``termbase
ingest`` output (.jsonl), or with ``--presplit`` one sentence per line. The output format
follows OUT's suffix (.align, .tmx, .tsv, .xlsx) unless ``--format`` says otherwise.

When the aligner judges the two files shifted or unrelated, the output is still written
(a reviewer may want to see what went wrong) but a warning says so and the exit code is
1, so a script never takes such a file for a good alignment.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from termbase import api, formats
from termbase.align.model import Alignment, Verdict
from termbase.align.render import summary
from termbase.cli._common import (
    chosen_format,
    echo_diagnostics,
    encoding_option,
    glossary_option,
    protect_inputs,
)
from termbase.errors import UsageError
from termbase.fileio import write_atomic
from termbase.formats.alignment_tables import DEFAULT_THRESHOLD
from termbase.formats.base import BitextOptions
from termbase.formats.tmx import selected_beads
from termbase.progress import Bar
from termbase.signature import Signature

if TYPE_CHECKING:
    pass

_WRITABLE = formats.bitext_names(writable=True)
_BAD_VERDICTS = (Verdict.SHIFTED, Verdict.UNRELATED)


def _glossary(specs: tuple[str, ...]) -> tuple[str, ...] | None:
    """Shipped glossaries are a help, not a requirement: with none given and none in the
    store, align with the dictionary alone."""
    from termbase import store

    return specs if specs or store.shipped_paths() else None


def _output_format(out: Path, given: str | None) -> str:
    if given:
        chosen_format(out, given, {
            s: name for name in formats.bitext_names() for s in formats.get_bitext(name).suffixes})
        return given
    fmt = formats.find_bitext(out)
    if fmt is None or fmt.name not in _WRITABLE:
        suffixes = [s for name in _WRITABLE for s in formats.get_bitext(name).suffixes]
        raise UsageError(f"cannot tell the output format from '{out.suffix or out.name}'",
                         path=out, hint=f"name the output *{', *'.join(suffixes)}, "
                                        "or pass --format")
    return fmt.name


def _render(alignment: Alignment, fmt: str, signature: Signature, *, min_score: float,
            include_one_sided: bool) -> bytes:
    return formats.render_alignment(alignment, fmt, signature, BitextOptions(
        min_score=min_score, include_one_sided=include_one_sided))


@click.command("align")
@click.argument("zh", type=click.Path(path_type=Path), required=False)
@click.argument("en", type=click.Path(path_type=Path), required=False)
@click.option("--output", "-o", "out", required=True, type=click.Path(path_type=Path),
              help="Output file, written atomically; its suffix picks the format. In "
                   "batch mode, the folder that receives one NAME.align (or --format) "
                   "per pair.")
@click.option("--batch", "pairs_file", type=click.Path(path_type=Path, dir_okay=False),
              default=None,
              help="Align every pair listed in this file (ZH<TAB>EN[<TAB>NAME] per line, "
                   "paths relative to it) in one process. ZH and EN given as two folders "
                   "align their same-named files the same way.")
@click.option("--format", "-f", "output_format", type=click.Choice(sorted(_WRITABLE)),
              default=None, help="align: bead ids and scores; tmx: TMX 1.4 memory; "
                                 "tsv: table; xlsx: workbook for review.")
@click.option("--presplit", is_flag=True,
              help="Inputs hold one sentence per line; bead ids are line numbers - 1.")
@click.option("--no-dictionary", is_flag=True,
              help="Do not use the CC-CEDICT dictionary (glossaries are still used). "
                   "The parsed dictionary is kept in termbase's cache folder "
                   "($TERMBASE_CACHE_DIR, else $XDG_CACHE_HOME/termbase or "
                   "~/.cache/termbase) so that later runs load it in well under a second.")
@glossary_option
@click.option("--min-score", type=click.FloatRange(0.0, 1.0), default=DEFAULT_THRESHOLD,
              show_default=True,
              help="Beads below it count as low-confidence: flagged in xlsx, left out of "
                   "TMX.")
@click.option("--include-one-sided", is_flag=True,
              help="TMX: also write sentences that have no counterpart (1-0, 0-1 beads).")
@encoding_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar (batch mode).")
def command(zh: Path | None, en: Path | None, out: Path, pairs_file: Path | None,
            output_format: str | None, presplit: bool, no_dictionary: bool,
            glossary: tuple[str, ...], min_score: float, include_one_sided: bool,
            encoding: str | None, quiet: bool) -> int:
    """Align the sentences of a Chinese document (ZH) with its English version (EN)."""
    if pairs_file is not None or (zh is not None and zh.is_dir()):
        return _batch(zh, en, out, pairs_file, output_format or "align", presplit=presplit,
                      no_dictionary=no_dictionary, glossary=glossary, min_score=min_score,
                      include_one_sided=include_one_sided, encoding=encoding, quiet=quiet)
    if zh is None or en is None:
        raise UsageError("give ZH and EN, or --batch PAIRS.tsv",
                         hint="termbase align ZH EN -o OUT, or termbase align --batch "
                              "PAIRS.tsv -o FOLDER")
    fmt = _output_format(out, output_format)
    protect_inputs([out], [zh, en], glossaries=glossary)
    alignment = api.align_texts(zh, en, presplit=presplit, glossary=_glossary(glossary),
                          dictionary=not no_dictionary, encoding=encoding)
    echo_diagnostics(alignment.diagnostics)
    signature = (alignment.signature or Signature()).with_settings(
        {"format": fmt, "min score": min_score})
    write_atomic(out, _render(alignment, fmt, signature, min_score=min_score,
                             include_one_sided=include_one_sided))
    lines = summary(alignment, min_score=min_score)
    if fmt == "tmx":
        units = len(selected_beads(alignment, include_one_sided=include_one_sided,
                                   min_score=min_score))
        lines.append(f"{units} translation units written; "
                     f"{len(alignment.beads) - units} bead(s) left out")
    click.echo(f"{zh} + {en} → {out} ({fmt})")
    for line in lines:
        click.echo(f"  {line}")
    if alignment.verdict in _BAD_VERDICTS:
        what = "shifted against each other" if alignment.verdict is Verdict.SHIFTED \
            else "not translations of each other"
        click.echo(f"termbase: warning: {zh.name} and {en.name} look {what} "
                   f"(document confidence {alignment.confidence:.2f}); {out} was written "
                   "but its pairs are probably wrong: check that the two files are the same "
                   "document and complete", err=True)
        return 1
    return 0


def _batch(zh: Path | None, en: Path | None, out: Path, pairs_file: Path | None, fmt: str,
           *, presplit: bool, no_dictionary: bool, glossary: tuple[str, ...],
           min_score: float, include_one_sided: bool, encoding: str | None,
           quiet: bool) -> int:
    """Many pairs, one dictionary load: outputs go to OUT/NAME.<format>."""
    from termbase.align.batch import batch_summary, pairs_from_folders, read_pairs_tsv
    from termbase.fileio import read_bytes

    if pairs_file is not None:
        if zh is not None or en is not None:
            raise UsageError("--batch takes the pairs from its file; give no ZH or EN",
                             hint="termbase align --batch PAIRS.tsv -o FOLDER")
        jobs = read_pairs_tsv(read_bytes(pairs_file), pairs_file)
    else:
        if zh is None or en is None or not en.is_dir():
            raise UsageError("ZH is a folder, so EN must be a folder too", path=en or zh,
                             hint="give two folders of same-named files")
        jobs = pairs_from_folders(zh, en)
    outcomes = api.align_batch(jobs, out, format_name=fmt, presplit=presplit,
                               glossary=_glossary(glossary), dictionary=not no_dictionary,
                               min_score=min_score, include_one_sided=include_one_sided,
                               encoding=encoding)
    # The bar counts bytes of the pairs aligned: an exact total, fair to long documents.
    sizes = [_size(job.zh) + _size(job.en) for job in jobs]
    done = []
    with Bar(sum(sizes), desc="align", quiet=quiet) as bar:
        for outcome, size in zip(outcomes, sizes, strict=True):
            done.append(outcome)
            bar.update(size)
    lines = batch_summary(done)
    click.echo(f"{len(jobs)} pair(s) → {out}/ ({fmt})")
    for line in lines:
        click.echo(f"  {line}")
    return 1 if any(o.alignment is None or o.bad_verdict for o in done) else 0


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # reported by the batch as that pair's error
        return 0
