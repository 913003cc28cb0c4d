"""Document-level confidence: are these two sides translations of each other, in step?

Two questions, answered from the same pair similarity (share of translatable material
found on the other side, blended with length agreement):

* For any alignment, how much better do the linked beads match than chance? Chance is
  measured on pairs taken far off the alignment path (the same segments, wrong
  partners). Beads no better than chance mean the documents are UNRELATED; many
  unaligned segments or weak beads make the result DOUBTFUL.
* For parallel lines (line i is supposed to translate line i), :func:`check_parallel`
  compares the diagonal ``i ↔ i`` with the shifted ones ``i ↔ i+k``: if a shifted
  diagonal matches clearly better the input is SHIFTED by k; if none stands out from
  the others, the sides are UNRELATED.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from termbase.align.cost import CostWeights, length_delta, neg_log_tail
from termbase.align.features import FloatArray, SideFeatures
from termbase.align.model import Bead, Verdict
from termbase.diagnostics import Diagnostic, Severity, warning

LEXICAL_SHARE = 0.75
"""Weight of the lexical similarity against length agreement in a pair's similarity."""


def pair_similarity(zf: SideFeatures, ef: SideFeatures, zi: Sequence[int], ej: Sequence[int],
                    weights: CostWeights) -> FloatArray:
    """Similarity in [0, 1] of Chinese segment zi[k] with English segment ej[k], for each k."""
    zkeys = [set(zf.keys(i).tolist()) for i in zi]
    overlap = np.array([len(z.intersection(ef.keys(j).tolist())) for z, j in zip(zkeys, ej,
                                                                                 strict=True)],
                       dtype=np.float64)
    zi_a, ej_a = np.asarray(zi, dtype=np.int64), np.asarray(ej, dtype=np.int64)
    total = zf.weights[zi_a] + ef.weights[ej_a]
    lexical = np.minimum(1.0, 2.0 * overlap / np.maximum(total, 1.0))
    length = np.exp(-neg_log_tail(length_delta(zf.lengths[zi_a], ef.lengths[ej_a], weights)))
    return np.asarray(LEXICAL_SHARE * lexical + (1.0 - LEXICAL_SHARE) * length, dtype=np.float64)


@dataclass(frozen=True, slots=True)
class ParallelCheck:
    """What the diagonals of a parallel-lines input say."""

    confidence: float
    verdict: Verdict
    offset: int
    """English line i+offset translates Chinese line i (0 when aligned)."""
    profile: tuple[tuple[int, float], ...]
    """Mean similarity per offset tried."""


def check_parallel(zf: SideFeatures, ef: SideFeatures, weights: CostWeights | None = None,
                   *, max_offset: int = 4) -> ParallelCheck:
    """Compare line i ↔ i with i ↔ i+k for |k| ≤ max_offset."""
    weights = weights or CostWeights()
    n, m = len(zf), len(ef)
    profile: list[tuple[int, float]] = []
    for k in range(-max_offset, max_offset + 1):
        zi = [i for i in range(n) if 0 <= i + k < m]
        if len(zi) < 2:
            continue
        sims = pair_similarity(zf, ef, zi, [i + k for i in zi], weights)
        profile.append((k, float(sims.mean())))
    if not profile:
        return ParallelCheck(0.0, Verdict.UNRELATED, 0, ())
    values = np.array([v for _, v in profile])
    best = int(values.argmax())
    offset, top = profile[best]
    chance = float(np.median(values))
    # How far the best diagonal stands above the typical (wrong) one, scaled to [0, 1].
    lift = (top - chance) / max(1.0 - chance, 1e-9)
    confidence = float(np.clip(lift / 0.25, 0.0, 1.0))
    if lift < 0.05:
        verdict = Verdict.UNRELATED
    elif offset != 0:
        verdict = Verdict.SHIFTED
    else:
        verdict = Verdict.ALIGNED
    if verdict is Verdict.SHIFTED:
        confidence = 1.0 - confidence  # confident that it is *not* aligned as given
    return ParallelCheck(confidence, verdict, offset, tuple(profile))


PARALLEL_UNRELATED_LIFT = 0.25
"""Lift over chance below which presplit lines with no standing-out diagonal are unrelated."""
SHIFT_SHARE = 0.8
"""Share of the one-to-one beads that must sit at the shift's offset."""


def shifted_throughout(beads: Sequence[Bead], offset: int) -> bool:
    """Whether the alignment is the input shifted by ``offset`` and nothing else.

    A shift puts (nearly) every pair at that offset, from the first twentieth of the file
    to the last. A one-sided line compensated by a merge elsewhere (same line counts,
    a true translation) keeps the offset only between the two events, so the start or
    the end of the file is at offset 0.
    """
    linked = [b for b in beads if b.src and b.tgt]
    ones = [b for b in linked if len(b.src) == 1 and len(b.tgt) == 1]
    if offset == 0 or len(ones) < 2:
        return False
    at_offset = sum(1 for b in ones if b.tgt[0] - b.src[0] == offset)
    if at_offset < SHIFT_SHARE * len(ones):
        return False
    edge = max(3, len(ones) // 20)
    return all(2 * sum(1 for b in part if b.tgt[0] - b.src[0] == offset) > len(part)
               for part in (ones[:edge], ones[-edge:]))


def assess(zf: SideFeatures, ef: SideFeatures, beads: Sequence[Bead],
           weights: CostWeights, *, parallel: bool = False
           ) -> tuple[float, Verdict, list[Diagnostic]]:
    """Confidence in [0, 1], verdict and findings for an alignment (Chinese ids first)."""
    n, m = len(zf), len(ef)
    diagnostics: list[Diagnostic] = []
    check: ParallelCheck | None = None
    if parallel and n == m:
        # Equal line counts alone say nothing: a header on one side and a merge on the
        # same side keep the counts equal. The diagonal check must find a better offset
        # AND the alignment must show that offset held from the first line to the last.
        check = check_parallel(zf, ef, weights)
        if check.verdict is Verdict.SHIFTED and shifted_throughout(beads, check.offset):
            diagnostics.append(warning(
                "TB641", f"the lines look shifted: English line i{check.offset:+d} "
                "translates Chinese line i all through the files",
                hint="re-pair the records, or align without --presplit to realign them"))
            return check.confidence, check.verdict, diagnostics
    linked = [b for b in beads if b.src and b.tgt]
    covered = sum(len(b.src) + len(b.tgt) for b in linked)
    coverage = covered / max(n + m, 1)
    if not linked:
        diagnostics.append(Diagnostic(Severity.ERROR, "TB642", "no segment could be aligned",
                                      hint="check that the right pair of files was given"))
        return 0.0, Verdict.UNRELATED, diagnostics
    quality = sum(b.score * (len(b.src) + len(b.tgt)) for b in linked) / max(covered, 1)
    # Chance level: the same one-to-one pairs with their partners moved far away.
    ones = [b for b in linked if len(b.src) == 1 and len(b.tgt) == 1][:3000]
    lift = 1.0
    if len(ones) >= 8:
        zi = [b.src[0] for b in ones]
        ej = [b.tgt[0] for b in ones]
        true = pair_similarity(zf, ef, zi, ej, weights).mean()
        step = max(len(ones) // 2, 3)
        wrong = pair_similarity(zf, ef, zi, ej[step:] + ej[:step], weights).mean()
        lift = float((true - wrong) / max(1.0 - wrong, 1e-9))
    confidence = float(np.clip(quality * coverage * min(1.0, max(lift, 0.0) / 0.2), 0.0, 1.0))
    # Presplit lines where no diagonal stands out (check_parallel) need less to be
    # called unrelated: true pairs realigned lift by 0.5 or more over chance.
    unrelated_below = 0.05
    if check is not None and check.verdict is Verdict.UNRELATED:
        unrelated_below = PARALLEL_UNRELATED_LIFT
    if len(ones) >= 8 and lift < unrelated_below:
        diagnostics.append(Diagnostic(
            Severity.ERROR, "TB642", "aligned pairs match no better than random pairs: the "
            "two sides do not look like translations of each other",
            hint="check that the right pair of files was given"))
        return confidence, Verdict.UNRELATED, diagnostics
    if coverage < 0.7:
        diagnostics.append(warning(
            "TB643", f"only {coverage:.0%} of the segments could be aligned "
            f"(confidence {confidence:.2f})",
            hint="look for missing pages or sections on one side"))
        return confidence, Verdict.DOUBTFUL, diagnostics
    if confidence < 0.35:
        diagnostics.append(warning(
            "TB640", f"{coverage:.0%} of the segments were aligned, but the pairs match "
            f"weakly (mean bead score {quality:.2f}, confidence {confidence:.2f})",
            hint="check that the two files are the same version of the document"))
        return confidence, Verdict.DOUBTFUL, diagnostics
    return confidence, Verdict.ALIGNED, diagnostics
