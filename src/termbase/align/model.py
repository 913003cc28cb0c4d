"""The small types of alignment: segments on each side and beads linking them.

A bead links zero or more source segments to zero or more target segments (1-1, 1-2,
2-1, 1-0, 0-1, …), with a score in [0, 1] saying how sure the aligner is. Ids are
0-based positions in the side's segment list, as in the bead files of the gold sets
(``[3,4]:[5]``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from termbase.diagnostics import Diagnostic
from termbase.signature import Signature

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True, slots=True)
class Segment:
    """One sentence (or line) of one side."""

    id: int
    text: str
    paragraph: int | None = None
    """0-based index of the paragraph the segment belongs to, when known."""
    label: str = ""
    """The paragraph's own number or label when the document prints one ("13", "(a)")."""
    location: str = ""
    """Where it is, for people: "operative para. 13", "line 42"."""


@dataclass(frozen=True, slots=True)
class Bead:
    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float = 1.0

    @property
    def kind(self) -> str:
        """'1-1', '2-1', '0-1', … as in the alignment literature."""
        return f"{len(self.src)}-{len(self.tgt)}"


class Verdict(StrEnum):
    """What the aligner thinks of the document pair as a whole."""

    ALIGNED = "aligned"
    """The two sides translate each other and were aligned with confidence."""
    DOUBTFUL = "doubtful"
    """Parts align; large stretches do not (missing pages, one side longer)."""
    SHIFTED = "shifted"
    """Consecutive records are offset by one or more (n ↔ n±k)."""
    UNRELATED = "unrelated"
    """The two sides do not appear to be translations of each other."""


@dataclass(frozen=True, slots=True)
class Alignment:
    source: tuple[Segment, ...]
    target: tuple[Segment, ...]
    beads: tuple[Bead, ...]
    source_lang: str = "zh"
    target_lang: str = "en"
    confidence: float = 1.0
    """Document-level confidence in [0, 1]."""
    verdict: Verdict = Verdict.ALIGNED
    diagnostics: tuple[Diagnostic, ...] = ()
    settings: tuple[tuple[str, str], ...] = field(default=())
    """What produced it (aligner name, costs, window), for output signatures."""
    signature: Signature | None = None
    """Provenance (inputs, dictionary, settings), filled in by :func:`termbase.align_texts`."""

    def to_frame(self) -> pd.DataFrame:
        """One row per bead; columns in :func:`termbase.frames.beads_frame`."""
        from termbase.frames import beads_frame

        return beads_frame(self)
