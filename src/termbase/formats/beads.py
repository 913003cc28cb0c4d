"""The bead format of the alignment gold sets (``*.align``): one bead per line.

``[3,4]:[5]`` links source sentences 3 and 4 to target sentence 5 (0-based line
numbers of one-sentence-per-line files); ``[]:[7]`` and ``[9]:[]`` are one-sided beads;
an aligner's output may append ``:score``. The writer emits exactly this, with no
header, so files stay readable by the tools that score against the gold sets; the
reader also accepts spaces after commas and around colons, and ``#`` comment lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from termbase.align.model import Alignment, Bead
from termbase.errors import FormatError
from termbase.formats.base import Bitext, BitextFormat, BitextOptions, BitextUnit
from termbase.signature import Signature
from termbase.text.decode import decode_text

SCORE_DECIMALS = 4
"""Scores are written with this many decimals; reading gives them back rounded so."""

_BEAD = re.compile(r"\[([^\]]*)\]\s*:\s*\[([^\]]*)\](?:\s*:\s*(\S+))?")
_HINT = "each line must look like [0]:[0], [3,4]:[5], []:[7] or [1]:[2]:0.93"


def side_text(alignment: Alignment, bead: Bead, *, source: bool) -> str:
    """The text of one side of a bead: its sentences joined as the language writes them.

    Chinese (and Japanese) put no space between sentences; other languages one space.
    """
    segments = alignment.source if source else alignment.target
    lang = alignment.source_lang if source else alignment.target_lang
    glue = "" if lang.split("-")[0].lower() in ("zh", "ja") else " "
    return glue.join(segments[i].text for i in (bead.src if source else bead.tgt))


def _ids(bead: Iterable[int]) -> str:
    return ",".join(str(i) for i in bead)


def format_bead(bead: Bead, *, with_score: bool = True) -> str:
    """One bead as a line of the format, without the newline."""
    text = f"[{_ids(bead.src)}]:[{_ids(bead.tgt)}]"
    return f"{text}:{bead.score:.{SCORE_DECIMALS}f}" if with_score else text


def write_beads(beads: Iterable[Bead]) -> str:
    """The beads as the text of an ``.align`` file (one line each, final newline)."""
    return "".join(format_bead(b) + "\n" for b in beads)


def _parse_ids(field: str, source: str, number: int | None) -> tuple[int, ...]:
    field = field.strip()
    if not field:
        return ()
    ids = []
    for item in field.split(","):
        item = item.strip()
        if not item.isdigit() or not item.isascii():
            raise FormatError(f"'{item}' is not a sentence number", path=source,
                              line=number, hint=_HINT)
        ids.append(int(item))
    # Order is kept as written: one CTK gold file lists [654,653], and a reader must not
    # change a bead that scoring compares as a tuple.
    if len(set(ids)) != len(ids):
        raise FormatError(f"sentence numbers [{field}] repeat a number", path=source,
                          line=number, hint="a bead lists each sentence once, e.g. [3,4]")
    return tuple(ids)


def parse_bead(text: str, source: str, number: int | None = None) -> Bead:
    """One bead written as in the format (``[3,4]:[5]`` or ``[1]:[2]:0.93``); FormatError
    naming ``source`` and line ``number`` otherwise. Beads without a score get 1.0."""
    match = _BEAD.fullmatch(text)
    if match is None:
        raise FormatError(f"not a bead: {text[:60]!r}", path=source, line=number, hint=_HINT)
    src = _parse_ids(match.group(1), source, number)
    tgt = _parse_ids(match.group(2), source, number)
    score = 1.0
    if match.group(3) is not None:
        try:
            score = float(match.group(3))
        except ValueError:
            raise FormatError(f"score '{match.group(3)}' is not a number", path=source,
                              line=number, hint=_HINT) from None
        if not 0.0 <= score <= 1.0:
            raise FormatError(f"score {score} is outside [0, 1]", path=source,
                              line=number, hint=_HINT)
    return Bead(src, tgt, score)


def _numbered_beads(text: str, source: str) -> list[tuple[int, Bead]]:
    beads = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            beads.append((number, parse_bead(stripped, source, number)))
    return beads


def read_beads(text: str, source: str) -> list[Bead]:
    """Parse the text of an ``.align`` file; FormatError naming the first bad line.

    Beads without a score get 1.0. Blank lines and lines starting with ``#`` are skipped.
    """
    return [bead for _, bead in _numbered_beads(text, source)]


# --- as a registered bitext format ------------------------------------------------------

def read(data: bytes, source: str) -> Bitext:
    """The beads of a file as units without text (the sentences live in other files)."""
    text = decode_text(data, source)
    units = tuple(BitextUnit("", "", str(n), line, bead)
                  for n, (line, bead) in enumerate(_numbered_beads(text.text, source), start=1))
    return Bitext("", "", units, "align", text.diagnostics)


def write(alignment: Alignment, signature: Signature | None, options: BitextOptions) -> bytes:
    """Every bead with its score; the format has no room for a signature or options."""
    return write_beads(alignment.beads).encode("utf-8")


FORMAT = BitextFormat(
    name="align",
    suffixes=(".align",),
    description="bead file: sentence numbers of each side and a score, one bead a line",
    read=read,
    write=write,
    has_text=False,
)
