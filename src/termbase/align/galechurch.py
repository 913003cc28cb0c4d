"""The plain Gale–Church (1993) aligner: sentence lengths only, the published priors.

Kept as the baseline every benchmark runs beside the real aligner. It shares the banded
dynamic programme and the length cost with it; what it lacks is everything else: no
dictionary, numbers, symbols or punctuation, and Gale and Church's own bead types and
probabilities (1-1 .89, 1-0 and 0-1 .0099, 2-1 and 1-2 .089, 2-2 .011). The length
ratio and variance are the zh–en calibration of :class:`CostWeights`, since the
published ones are for European languages.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from termbase.align.cost import CostTable, CostWeights
from termbase.align.dp import align_band
from termbase.align.features import PUNCT_COLUMNS, SideFeatures
from termbase.align.model import Alignment, Bead, Segment
from termbase.errors import InputError

_PROBABILITIES = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2,
                  (2, 1): 0.089 / 2, (1, 2): 0.089 / 2, (2, 2): 0.011}


def _lengths_only(texts: Sequence[str]) -> SideFeatures:
    n = len(texts)
    lengths = np.array([len("".join(t.split())) for t in texts], dtype=np.float64)
    return SideFeatures(lengths, np.zeros(n), np.zeros((n, PUNCT_COLUMNS)),
                        np.zeros(n + 1, dtype=np.int64), np.zeros(0, dtype=np.int64),
                        np.zeros(n), np.zeros(n))


def gale_church(source: Sequence[Segment], target: Sequence[Segment], *,
                source_lang: str = "zh") -> Alignment:
    """Length-based alignment; ``source_lang`` "en" when the source side is English."""
    if not source or not target:
        raise InputError("both sides need at least one segment",
                         hint="check that neither file is empty")
    flipped = source_lang.split("-")[0].lower() == "en"
    zh, en = (target, source) if flipped else (source, target)
    defaults = CostWeights()
    weights = CostWeights(ratio=defaults.ratio, variance=defaults.variance,
                          length=1.0, lexical=0.0, punct=0.0, merge=0.0, merge_close=0.0,
                          skip=-math.log(_PROBABILITIES[(1, 0)]))
    priors = {t: -math.log(p) for t, p in _PROBABILITIES.items() if 0 not in t}
    table = CostTable(_lengths_only([s.text for s in zh]), _lengths_only([s.text for s in en]),
                      weights, priors)
    path = align_band(table, tuple(_PROBABILITIES), width=128, max_cells=60_000_000)
    beads = [Bead(tuple(range(i - a, i)), tuple(range(j - b, j))) for a, b, i, j in path]
    if flipped:
        beads = [Bead(b.tgt, b.src) for b in beads]
    return Alignment(tuple(source), tuple(target), tuple(beads),
                     "en" if flipped else "zh", "zh" if flipped else "en",
                     settings=(("aligner", "gale-church"), *weights.to_items()))
