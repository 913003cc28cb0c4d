"""What pairing answers: candidates with their evidence, per term, and the run's report."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from termbase.diagnostics import Diagnostic
from termbase.pair.corpus import SegmentPair
from termbase.signature import Signature

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True, slots=True)
class Example:
    """One segment pair where the term was linked to the candidate."""

    document: str
    line: int
    zh: str
    en: str
    en_line: int | None = None

    @classmethod
    def of(cls, pair: SegmentPair) -> Example:
        return cls(pair.document, pair.line, pair.zh, pair.en, pair.en_line)

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"document": self.document, "line": self.line,
                                  "zh": self.zh, "en": self.en}
        if self.en_line is not None and self.en_line != self.line:
            out["en_line"] = self.en_line
        return out


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed equivalent with its evidence."""

    text: str
    score: float
    support: int
    """Segment pairs in which the term was linked to this candidate."""
    cooccurrence: int
    """Segment pairs in which both occur (linked or not)."""
    frequency: int
    """Segment pairs in which the candidate occurs."""
    dice: float
    llr: float
    dictionary: float | None = None
    """Share of the term's dictionary words translated in the candidate (None: unknown)."""
    examples: tuple[Example, ...] = ()
    method: str = "association"
    """How the candidate was found: 'association' (counts over the corpus),
    'dictionary' (a rare term read word by word in its pairs, :mod:`termbase.pair.confirmed`)
    or 'full form' (a short form rendered only by its full form's head word takes the full
    form's name, with the full form's counts and examples,
    :func:`termbase.pair.answers.named_as_full_form`)."""


@dataclass(frozen=True, slots=True)
class TermPairing:
    """The answer for one term: ranked candidates, or none and the reason why."""

    term: str
    occurrences: int
    """Segment pairs in which the term occurs."""
    candidates: tuple[Candidate, ...] = ()
    abstained_reason: str = ""
    direction: str = "zh"

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    def to_dict(self) -> dict[str, object]:
        """The JSON form: the term under its language ('zh' or 'en'), candidates under the
        other language's key."""
        target = "en" if self.direction == "zh" else "zh"
        out: dict[str, object] = {
            self.direction: self.term,
            "occurrences": self.occurrences,
            "candidates": [
                {target: c.text, "score": round(c.score, 4), "support": c.support,
                 "cooccurrence": c.cooccurrence, "frequency": c.frequency,
                 "dice": round(c.dice, 4), "llr": round(c.llr, 2),
                 **({"dictionary": round(c.dictionary, 3)} if c.dictionary is not None
                    else {}),
                 **({"method": c.method} if c.method != "association" else {}),
                 "examples": [e.to_dict() for e in c.examples]}
                for c in self.candidates],
        }
        if self.abstained_reason:
            out["abstained_reason"] = self.abstained_reason
        return out


@dataclass(frozen=True, slots=True)
class PairingReport:
    """Pairings plus the counts an output signature records."""

    pairings: tuple[TermPairing, ...]
    stats: Mapping[str, int] = field(default_factory=dict)
    diagnostics: tuple[Diagnostic, ...] = ()
    """What pairing itself found (pairs left out as misaligned, warning TB603)."""
    signature: Signature | None = None
    """Provenance of the run (filled in by :func:`termbase.pair_terms`, which knows the files)."""
    corpus_diagnostics: tuple[Diagnostic, ...] = ()
    """What the corpus readers had to say (filled in by :func:`termbase.pair_terms` and
    :func:`termbase.mine_terms`; a caller that opened the corpus has shown them already)."""

    @property
    def all_diagnostics(self) -> tuple[Diagnostic, ...]:
        """The corpus readers' diagnostics, then pairing's own."""
        return (*self.corpus_diagnostics, *self.diagnostics)

    def to_frame(self) -> pd.DataFrame:
        """One row per (term, candidate); columns in :func:`termbase.frames.pairings_frame`."""
        from termbase.frames import pairings_frame

        return pairings_frame(self.pairings)
