"""Scoring an alignment against a gold one, as defined in ``../shared/align/README.md``.

Beads are compared as (source ids, target ids); beads empty on both sides are dropped.
Precision: a test bead is a *strict* true positive when the identical bead is in the
gold, otherwise a *lax* true positive when one of its target ids is linked, in the gold,
to one of its source ids. Recall is the same computation with gold and test swapped,
after removing 1-0 and 0-1 beads from both. Counts are summed over documents before P,
R and F1 are computed, so long documents weigh more, as in vecalign and Bertalign.

Gold files in the bead format are read with :func:`termbase.formats.beads.read_beads`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from termbase.align.model import Bead


@dataclass(frozen=True, slots=True)
class Counts:
    """True and false positives of one direction (precision or recall), strict and lax."""

    strict_tp: int = 0
    strict_fp: int = 0
    lax_tp: int = 0
    lax_fp: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.strict_tp + other.strict_tp, self.strict_fp + other.strict_fp,
                      self.lax_tp + other.lax_tp, self.lax_fp + other.lax_fp)


@dataclass(frozen=True, slots=True)
class ScoreCounts:
    """The counts behind precision and recall; add them over documents, then call prf."""

    precision: Counts = Counts()
    recall: Counts = Counts()

    def __add__(self, other: ScoreCounts) -> ScoreCounts:
        return ScoreCounts(self.precision + other.precision, self.recall + other.recall)


@dataclass(frozen=True, slots=True)
class PRF:
    """Strict and lax precision, recall and F1."""

    strict_p: float
    strict_r: float
    strict_f1: float
    lax_p: float
    lax_r: float
    lax_f1: float


_Key = tuple[tuple[int, ...], tuple[int, ...]]


def _keys(beads: Iterable[Bead]) -> list[_Key]:
    return [(tuple(b.src), tuple(b.tgt)) for b in beads if b.src or b.tgt]


def _count(reference: Sequence[_Key], candidate: Sequence[_Key]) -> Counts:
    """Precision-style counts of ``candidate`` beads against ``reference`` beads."""
    exact = set(reference)
    linked: dict[int, set[int]] = {}
    for src, tgt in reference:
        for s in src:
            linked.setdefault(s, set()).update(tgt)
    strict_tp = strict_fp = lax_tp = lax_fp = 0
    for src, tgt in candidate:
        if (src, tgt) in exact:
            strict_tp += 1
            lax_tp += 1
            continue
        strict_fp += 1
        partners: set[int] = set()
        for s in src:
            partners |= linked.get(s, set())
        if partners.intersection(tgt):
            lax_tp += 1
        else:
            lax_fp += 1
    return Counts(strict_tp, strict_fp, lax_tp, lax_fp)


def score_alignment(test: Sequence[Bead], gold: Sequence[Bead]) -> ScoreCounts:
    """Counts for one document; sum them over documents with ``+`` before calling prf."""
    test_keys, gold_keys = _keys(test), _keys(gold)
    precision = _count(gold_keys, test_keys)
    # Recall ignores insertions and deletions on both sides (the published definition).
    test_links = [k for k in test_keys if k[0] and k[1]]
    gold_links = [k for k in gold_keys if k[0] and k[1]]
    recall = _count(test_links, gold_links)
    return ScoreCounts(precision, recall)


def _ratio(tp: int, fp: int) -> float:
    return tp / (tp + fp) if tp + fp else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(counts: ScoreCounts) -> PRF:
    """Strict and lax P, R and F1 from (summed) counts."""
    sp = _ratio(counts.precision.strict_tp, counts.precision.strict_fp)
    sr = _ratio(counts.recall.strict_tp, counts.recall.strict_fp)
    lp = _ratio(counts.precision.lax_tp, counts.precision.lax_fp)
    lr = _ratio(counts.recall.lax_tp, counts.recall.lax_fp)
    return PRF(sp, sr, _f1(sp, sr), lp, lr, _f1(lp, lr))
