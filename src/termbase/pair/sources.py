"""Where pairing's parallel text and dictionary come from: files given by the user.

:func:`open_corpus` turns the ways a user names parallel text (line-aligned zh/en files,
TMX, a bead file with its two sentence files) into one :class:`Corpus`, and remembers the
files it reads so that outputs can cite and hash them.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from termbase.errors import InputError, UsageError
from termbase.pair.corpus import (
    ConcatCorpus,
    Corpus,
    LineAlignedCorpus,
    MemoryCorpus,
    read_bead_corpus,
    read_tmx_corpus,
)
from termbase.pair.dictionary import Dictionary


@dataclass(frozen=True, slots=True)
class CorpusFiles:
    """A corpus opened from files, with those files (for signatures and input checks)."""

    corpus: Corpus
    files: tuple[Path, ...]


def open_corpus(zh: Sequence[Path] = (), en: Sequence[Path] = (), tmx: Sequence[Path] = (),
                beads: Path | None = None, *, encoding: str | None = None) -> CorpusFiles:
    """The corpus the user's files describe: ``zh``/``en`` line-aligned pairs (line i
    translates line i), ``tmx`` files, or ``beads`` from ``termbase align`` with exactly
    one ``zh`` and one ``en`` sentence file."""
    zh, en, tmx = [Path(p) for p in zh], [Path(p) for p in en], [Path(p) for p in tmx]
    if beads is not None:
        if len(zh) != 1 or len(en) != 1 or tmx:
            raise UsageError("--beads needs exactly one --zh and one --en sentence file",
                             hint="termbase pair --beads doc.align --zh doc.zh --en doc.en …")
        return CorpusFiles(read_bead_corpus(Path(beads), zh[0], en[0], encoding),
                           (Path(beads), zh[0], en[0]))
    if len(zh) != len(en):
        raise UsageError(f"{len(zh)} --zh file(s) but {len(en)} --en file(s)",
                         hint="give the sides in pairs: --zh A.zh --en A.en --zh B.zh --en B.en")
    if not zh and not tmx:
        raise UsageError("no parallel text given",
                         hint="give --zh FILE --en FILE (line-aligned), --tmx FILE, or "
                              "--beads FILE with --zh/--en sentence files")
    parts: list[Corpus] = []
    for z, e in zip(zh, en, strict=True):
        part = LineAlignedCorpus.open(z, e, encoding=encoding)
        check_line_pairing(part, z, e)
        parts.append(part)
    parts += [read_tmx_corpus(t) for t in tmx]
    files = (*(p for pair in zip(zh, en, strict=True) for p in pair), *tmx)
    return CorpusFiles(parts[0] if len(parts) == 1 else ConcatCorpus(tuple(parts)), files)


CHECKED_PAIRS = 200
"""Line pairs of a line-aligned corpus that the aligner checks before any counting."""
MIN_CHECKED_PAIRS = 50
"""Below this the aligner's verdict is not evidence enough to refuse a corpus."""


def check_line_pairing(corpus: Corpus, zh_path: Path, en_path: Path) -> None:
    """Refuse a line-aligned corpus whose line i does not translate line i.

    The first pairs are aligned as presplit files, which lets the aligner say whether
    the two files are shifted against each other or unrelated (e.g. one file has an
    extra line at the top); counting co-occurrences over such a corpus would pair every
    term with its neighbour's words. No dictionary is needed: numbers, symbols and
    lengths decide it (about 0.1 s).
    """
    from itertools import islice

    from termbase.align.aligner import AlignSettings, align
    from termbase.align.lexicon import Lexicon
    from termbase.align.model import Segment, Verdict

    head = list(islice(iter(corpus), CHECKED_PAIRS))
    if len(head) < MIN_CHECKED_PAIRS:
        return
    alignment = align([Segment(i, p.zh) for i, p in enumerate(head)],
                      [Segment(i, p.en) for i, p in enumerate(head)],
                      lexicon=Lexicon.empty(), settings=AlignSettings(), parallel=True)
    if alignment.verdict in (Verdict.SHIFTED, Verdict.UNRELATED):
        what = ("shifted against each other (line i of one file translates another line "
                "of the other)" if alignment.verdict is Verdict.SHIFTED
                else "not translations of each other")
        raise InputError(
            f"the two sides look {what}: checked the first {len(head)} line pairs with "
            f"the aligner (document confidence {alignment.confidence:.2f})", path=en_path,
            hint=f"check that {zh_path.name} and {en_path.name} are the same document, "
                 "line by line; or align them first with 'termbase align --presplit' and "
                 "pass the bead file with --beads")


def load_dictionary(enabled: bool = True) -> tuple[Dictionary | None, str]:
    """The CC-CEDICT lexicon (or none), and how a signature names it."""
    if not enabled:
        return None, "none"
    from termbase.align.lexicon import load_default_lexicon

    lexicon = load_default_lexicon()
    return lexicon, f"{lexicon.name} {lexicon.fingerprint()}"


PARALLEL_PAIRS = 20_000
"""Segment pairs from which pairing counts in worker processes unless told otherwise.

A counting task reads about this many pairs (``PairSettings.batch_size``), so a single
file below it is one task, which a second process cannot share. Several smaller files
are several tasks, but a pool is started for every pass (twelve in a ``termbase
build``) and its workers count more slowly than this process: on two files of 10,000
pairs two workers took 13 % more CPU time than one process, and on the bundled 4,579
pairs, whose two files are uneven, the build took 11.2–11.6 s with them against
8.0–8.6 s without."""


def corpus_pairs(corpus: Corpus) -> int | None:
    """The segment pairs of ``corpus`` when known without reading it (None: unknown)."""
    if isinstance(corpus, LineAlignedCorpus):
        return corpus.pairs  # counted when the files were opened
    if isinstance(corpus, MemoryCorpus):
        return len(corpus)
    if isinstance(corpus, ConcatCorpus):
        sizes = [corpus_pairs(part) for part in corpus.parts]
        return None if None in sizes else sum(s for s in sizes if s is not None)
    return None


def default_workers(pairs: int | None = None) -> int:
    """Worker processes for counting when the user names none: none beside this one
    for a corpus of fewer than :data:`PARALLEL_PAIRS` segment pairs, else two (one on a
    single-core machine); a corpus of unknown size (``pairs`` None) counts as large."""
    if pairs is not None and pairs < PARALLEL_PAIRS:
        return 1
    return max(1, min(2, os.cpu_count() or 1))
