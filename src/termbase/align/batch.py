"""Many document pairs in one process: the dictionary is loaded once, not once per pair.

A batch is a list of :class:`PairJob` (Chinese file, English file, output name), read
from a pairs file (:func:`read_pairs_tsv`) or from two folders of same-named files
(:func:`pairs_from_folders`). :func:`align_batch` reads, aligns and renders each pair in
turn; a pair whose input is bad is reported and skipped, so one broken file does not
cost the rest of the batch. Rendering and writing are passed in by the caller (the
CLI), which keeps the output formats in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from termbase.align.aligner import AlignSettings, align
from termbase.align.lexicon import Lexicon
from termbase.align.model import Alignment, Verdict
from termbase.align.segments import Side, read_pair
from termbase.errors import InputError, TermbaseError
from termbase.text.decode import decode_text


@dataclass(frozen=True, slots=True)
class PairJob:
    """One document pair to align and the name its output gets."""

    zh: Path
    en: Path
    name: str


@dataclass(frozen=True, slots=True)
class PairOutcome:
    """What became of one pair: its alignment, or the error that stopped it."""

    job: PairJob
    alignment: Alignment | None = None
    error: str = ""

    @property
    def bad_verdict(self) -> bool:
        return self.alignment is not None and self.alignment.verdict in (
            Verdict.SHIFTED, Verdict.UNRELATED)


def read_pairs_tsv(data: bytes, source: Path) -> list[PairJob]:
    """Pairs from a TSV: ``ZH<TAB>EN[<TAB>NAME]`` per line, paths relative to the file.

    Blank lines and ``#`` comments are skipped. Raises InputError naming the line for a
    line without two paths, a missing file, or two pairs with the same output name.
    """
    text = decode_text(data, str(source)).text
    jobs: list[PairJob] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) < 2 or not fields[0] or not fields[1] or len(fields) > 3:
            raise InputError("expected 'ZH<TAB>EN' or 'ZH<TAB>EN<TAB>NAME'", path=source,
                             line=number, hint="one document pair per line, tab-separated")
        zh, en = (source.parent / fields[0], source.parent / fields[1])
        for path in (zh, en):
            if not path.is_file():
                raise InputError(f"{path} does not exist", path=source, line=number,
                                 hint="paths are relative to the pairs file's folder")
        name = fields[2] if len(fields) == 3 and fields[2] else zh.stem
        if Path(name).name != name or name in (".", ".."):
            # The name is joined to the output folder: '../x' or '/x' would write outside it.
            raise InputError(f"output name '{name}' is not a plain file name", path=source,
                             line=number, hint="give a name without folders; every output "
                                               "goes into the -o folder")
        if name in seen:
            raise InputError(f"output name '{name}' is also used on line {seen[name]}",
                             path=source, line=number,
                             hint="give each pair its own name in a third column")
        seen[name] = number
        jobs.append(PairJob(zh, en, name))
    if not jobs:
        raise InputError("the pairs file lists no document pair", path=source,
                         hint="one 'ZH<TAB>EN' line per pair")
    return jobs


def pairs_from_folders(zh_dir: Path, en_dir: Path) -> list[PairJob]:
    """Same-named files of two folders; InputError when a file has no partner."""
    zh_files = {p.name: p for p in zh_dir.iterdir() if p.is_file()}
    en_files = {p.name: p for p in en_dir.iterdir() if p.is_file()}
    alone = sorted(set(zh_files) ^ set(en_files))
    if alone:
        raise InputError(f"{len(alone)} file(s) have no same-named partner: "
                         f"{', '.join(alone[:5])}", path=zh_dir if alone[0] in zh_files
                         else en_dir, hint="give both folders the same file names")
    if not zh_files:
        raise InputError("the folder holds no files", path=zh_dir)
    return [PairJob(zh_files[n], en_files[n], Path(n).stem) for n in sorted(zh_files)]


def align_batch(jobs: Sequence[PairJob], *, lexicon: Lexicon, presplit: bool = False,
                settings: AlignSettings | None = None,
                emit: Callable[[PairJob, Side, Side, Alignment], None] | None = None,
                encoding: str | None = None) -> Iterator[PairOutcome]:
    """Align every pair in turn, yielding one outcome per pair as it is done.

    ``emit`` receives each finished alignment with its two sides (to render and write
    it); a TermbaseError while reading or aligning one pair becomes that pair's error.
    """
    settings = settings or AlignSettings()
    for job in jobs:
        try:
            zh_side, en_side = read_pair(job.zh, job.en, presplit=presplit,
                                         encoding=encoding)
            alignment = align(list(zh_side.segments), list(en_side.segments),
                              lexicon=lexicon, settings=settings, parallel=presplit)
            if emit is not None:
                emit(job, zh_side, en_side, alignment)
        except TermbaseError as exc:
            yield PairOutcome(job, error=str(exc))
            continue
        yield PairOutcome(job, alignment)


def batch_summary(outcomes: Iterable[PairOutcome]) -> list[str]:
    """One line per failed or suspicious pair, then one line of totals."""
    lines: list[str] = []
    failed = beads = one_sided = 0
    verdicts: dict[str, int] = {}
    for outcome in outcomes:
        if outcome.alignment is None:
            failed += 1
            lines.append(f"{outcome.job.name}: not aligned: {outcome.error}")
            continue
        verdict = outcome.alignment.verdict.value
        verdicts[verdict] = verdicts.get(verdict, 0) + 1
        beads += len(outcome.alignment.beads)
        one_sided += sum(1 for b in outcome.alignment.beads if not b.src or not b.tgt)
        if outcome.bad_verdict:
            lines.append(f"{outcome.job.name}: {verdict} (document confidence "
                         f"{outcome.alignment.confidence:.2f}); check the pair")
    total = failed + sum(verdicts.values())
    tally = ", ".join(f"{n} {v}" for v, n in sorted(verdicts.items()))
    lines.append(f"{total} pair(s): {tally or 'none aligned'}; {failed} failed; "
                 f"{beads:,} beads, {one_sided:,} of them one-sided")
    return lines
