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

from termbase.errors import UsageError
from termbase.pair.corpus import (
    ConcatCorpus,
    Corpus,
    LineAlignedCorpus,
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
    parts: list[Corpus] = [LineAlignedCorpus.open(z, e, encoding=encoding)
                           for z, e in zip(zh, en, strict=True)]
    parts += [read_tmx_corpus(t) for t in tmx]
    files = (*(p for pair in zip(zh, en, strict=True) for p in pair), *tmx)
    return CorpusFiles(parts[0] if len(parts) == 1 else ConcatCorpus(tuple(parts)), files)


def load_dictionary(enabled: bool = True) -> tuple[Dictionary | None, str]:
    """The CC-CEDICT lexicon (or none), and how a signature names it."""
    if not enabled:
        return None, "none"
    from termbase.align.lexicon import load_default_lexicon

    lexicon = load_default_lexicon()
    return lexicon, f"{lexicon.name} {lexicon.fingerprint()}"


def default_workers() -> int:
    """Two worker processes, or one on a single-core machine."""
    return max(1, min(2, os.cpu_count() or 1))
