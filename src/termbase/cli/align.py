"""``termbase align ZH EN -o OUT``: sentence-align a Chinese document and its English version.

Inputs are documents (.txt, .docx), ``termbase ingest`` output (.jsonl), or with
``--presplit`` one sentence per line. The output format follows OUT's suffix (.align,
.tmx, .tsv, .xlsx) unless ``--format`` says otherwise.

When the aligner judges the two files shifted or unrelated, the output is still written
(a reviewer may want to see what went wrong) but a warning says so and the exit code is
1, so a script never takes such a file for a good alignment.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click

from termbase import store
from termbase.align.model import Alignment, Verdict
from termbase.align.segments import Side, read_pair
from termbase.cli._common import (
    echo_diagnostics,
    encoding_option,
    glossary_option,
    protect_inputs,
)
from termbase.errors import UsageError
from termbase.fileio import write_atomic
from termbase.formats.alignment_tables import DEFAULT_THRESHOLD, write_tsv, write_xlsx
from termbase.formats.beads import write_beads
from termbase.formats.tmx import selected_beads, write_tmx
from termbase.signature import Signature

if TYPE_CHECKING:
    from termbase.align.batch import PairJob
    from termbase.align.lexicon import Lexicon

_SUFFIXES = {".align": "align", ".tmx": "tmx", ".tsv": "tsv", ".xlsx": "xlsx"}
_BAD_VERDICTS = (Verdict.SHIFTED, Verdict.UNRELATED)


def _output_format(out: Path, given: str | None) -> str:
    if given:
        return given
    fmt = _SUFFIXES.get(out.suffix.lower())
    if fmt is None:
        raise UsageError(f"cannot tell the output format from '{out.suffix or out.name}'",
                         path=out, hint=f"name the output *{', *'.join(_SUFFIXES)}, "
                                        "or pass --format")
    return fmt


def _lexicon(no_dictionary: bool, glossaries: tuple[str, ...]) -> tuple[Lexicon, str, str]:
    """The lexicon to align with, the dictionary's description, and the glossary hash."""
    from termbase.align.lexicon import Lexicon, load_default_lexicon

    lexicon = Lexicon.empty() if no_dictionary else load_default_lexicon()
    dictionary = "none" if no_dictionary else f"{lexicon.name} ({len(lexicon)} entries)"
    glossary_hash = ""
    # Shipped glossaries are a help, not a requirement: with none and none asked for,
    # align with the dictionary alone.
    if glossaries or store.shipped_paths():
        loaded = store.load(glossaries)
        echo_diagnostics(loaded.diagnostics)
        lexicon = lexicon.with_glossary(loaded.glossary)
        glossary_hash = loaded.glossary.content_hash()
    return lexicon, dictionary, glossary_hash


def _render(alignment: Alignment, fmt: str, signature: Signature, *, min_score: float,
            include_one_sided: bool) -> bytes:
    if fmt == "align":
        return write_beads(alignment.beads).encode("utf-8")
    if fmt == "tmx":
        return write_tmx(alignment, signature=signature, min_score=min_score,
                         include_one_sided=include_one_sided)
    if fmt == "tsv":
        return write_tsv(alignment, signature=signature)
    return write_xlsx(alignment, signature=signature, threshold=min_score)


def summary(alignment: Alignment, *, min_score: float) -> list[str]:
    """The lines printed after aligning: counts, bead types, scores, document verdict."""
    beads = alignment.beads
    kinds = Counter(b.kind for b in beads)
    order = sorted(kinds, key=lambda k: (-kinds[k], k))
    mean = sum(b.score for b in beads) / len(beads) if beads else 0.0
    low = sum(1 for b in beads if b.src and b.tgt and b.score < min_score)
    return [
        f"{len(alignment.source)} {alignment.source_lang} and {len(alignment.target)} "
        f"{alignment.target_lang} segments → {len(beads)} beads "
        f"({', '.join(f'{kinds[k]} {k}' for k in order)})",
        f"mean score {mean:.2f}; {low} two-sided bead(s) below {min_score:g}",
        f"document confidence {alignment.confidence:.2f}: {alignment.verdict.value}",
    ]


def _signature(zh: Side, en: Side, alignment: Alignment, settings: dict[str, object],
               glossary_hash: str) -> Signature:
    return Signature.now(
        glossary_hash=glossary_hash,
        settings={**settings, **dict(alignment.settings)},
        inputs={f"zh {Path(zh.path).name}": zh.sha256, f"en {Path(en.path).name}": en.sha256},
        counts={"zh segments": len(zh.segments), "en segments": len(en.segments),
                "beads": len(alignment.beads)})


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
@click.option("--format", "-f", "output_format", type=click.Choice(sorted(_SUFFIXES.values())),
              default=None, help="align: bead ids and scores; tmx: TMX 1.4 memory; "
                                 "tsv: table; xlsx: workbook for review.")
@click.option("--presplit", is_flag=True,
              help="Inputs hold one sentence per line; bead ids are line numbers - 1.")
@click.option("--no-dictionary", is_flag=True,
              help="Do not use the CC-CEDICT dictionary (glossaries are still used).")
@glossary_option
@click.option("--min-score", type=click.FloatRange(0.0, 1.0), default=DEFAULT_THRESHOLD,
              show_default=True,
              help="Beads below it count as low-confidence: flagged in xlsx, left out of "
                   "TMX.")
@click.option("--include-one-sided", is_flag=True,
              help="TMX: also write sentences that have no counterpart (1-0, 0-1 beads).")
@encoding_option
def command(zh: Path | None, en: Path | None, out: Path, pairs_file: Path | None,
            output_format: str | None, presplit: bool, no_dictionary: bool,
            glossary: tuple[str, ...], min_score: float, include_one_sided: bool,
            encoding: str | None) -> int:
    """Align the sentences of a Chinese document (ZH) with its English version (EN)."""
    if pairs_file is not None or (zh is not None and zh.is_dir()):
        return _batch(zh, en, out, pairs_file, output_format or "align", presplit=presplit,
                      no_dictionary=no_dictionary, glossary=glossary, min_score=min_score,
                      include_one_sided=include_one_sided, encoding=encoding)
    if zh is None or en is None:
        raise UsageError("give ZH and EN, or --batch PAIRS.tsv",
                         hint="termbase align ZH EN -o OUT, or termbase align --batch "
                              "PAIRS.tsv -o FOLDER")
    fmt = _output_format(out, output_format)
    protect_inputs([out], [zh, en], glossaries=glossary)
    zh_side, en_side = read_pair(zh, en, presplit=presplit, encoding=encoding)
    echo_diagnostics([*zh_side.diagnostics, *en_side.diagnostics])
    lexicon, dictionary, glossary_hash = _lexicon(no_dictionary, glossary)
    # Imported here, after the inputs are known good: the aligner is the heavy part.
    from termbase.align.aligner import AlignSettings, align

    # Presplit files promise line i ↔ line i, so the aligner can also tell whether the
    # two files are shifted against each other or unrelated.
    alignment = align(list(zh_side.segments), list(en_side.segments), lexicon=lexicon,
                      settings=AlignSettings(), parallel=presplit)
    echo_diagnostics(alignment.diagnostics)
    settings: dict[str, object] = {"format": fmt, "presplit": presplit,
                                   "dictionary": dictionary, "min score": min_score}
    signature = _signature(zh_side, en_side, alignment, settings, glossary_hash)
    payload = _render(alignment, fmt, signature, min_score=min_score,
                      include_one_sided=include_one_sided)
    write_atomic(out, payload)
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
           min_score: float, include_one_sided: bool, encoding: str | None) -> int:
    """Many pairs, one dictionary load: outputs go to OUT/NAME.<format>."""
    from termbase.align.batch import align_batch, batch_summary, pairs_from_folders, read_pairs_tsv
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
    if out.exists() and not out.is_dir():
        raise UsageError("in batch mode -o names a folder", path=out,
                         hint="give a new or existing folder")
    suffix = next(s for s, f in _SUFFIXES.items() if f == fmt)
    targets = [out / f"{job.name}{suffix}" for job in jobs]
    protect_inputs(targets, [p for job in jobs for p in (job.zh, job.en)], glossaries=glossary)
    lexicon, dictionary, glossary_hash = _lexicon(no_dictionary, glossary)
    settings: dict[str, object] = {"format": fmt, "presplit": presplit,
                                   "dictionary": dictionary, "min score": min_score}
    out.mkdir(parents=True, exist_ok=True)

    def emit(job: PairJob, zh_side: Side, en_side: Side, alignment: Alignment) -> None:
        signature = _signature(zh_side, en_side, alignment, settings, glossary_hash)
        write_atomic(out / f"{job.name}{suffix}",
                     _render(alignment, fmt, signature, min_score=min_score,
                             include_one_sided=include_one_sided))

    outcomes = align_batch(jobs, lexicon=lexicon, presplit=presplit, emit=emit,
                           encoding=encoding)
    if sys.stderr.isatty():
        with click.progressbar(outcomes, length=len(jobs), label="aligning",
                               file=sys.stderr) as bar:
            done = list(bar)
    else:
        done = list(outcomes)
    lines = batch_summary(done)
    click.echo(f"{len(jobs)} pair(s) → {out}/ ({fmt})")
    for line in lines:
        click.echo(f"  {line}")
    return 1 if any(o.alignment is None or o.bad_verdict for o in done) else 0
