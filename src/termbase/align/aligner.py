"""The public entry points: ``align`` (model-free zh–en alignment) and its settings.

The pipeline: features of every segment once (:mod:`features`); hard anchors that cut
the document pair into independent windows — paragraph numbers, document symbols,
dates and figures that occur once on each side (:mod:`anchors`); inside each window a
banded dynamic programme over bead costs (:mod:`dp`, :mod:`cost`); finally a
document-level confidence and verdict (:mod:`confidence`).

Either side may be the Chinese one (``source_lang``/``target_lang``); internally the
Chinese side is always the rows of the lattice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from termbase.align.anchors import find_windows
from termbase.align.confidence import assess
from termbase.align.cost import CostTable, CostWeights
from termbase.align.dp import Step, align_band
from termbase.align.features import SideFeatures, featurize
from termbase.align.lexicon import Lexicon
from termbase.align.model import Alignment, Bead, Segment
from termbase.errors import InputError, UsageError
from termbase.text.chinese import cjk_share

DEFAULT_TYPES: tuple[tuple[int, int], ...] = (
    (1, 0), (0, 1), (1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (1, 4), (4, 1))

# Extra cost per bead type on top of CostWeights.merge; tuned on the development sets.
DEFAULT_PRIORS: tuple[tuple[tuple[int, int], float], ...] = (
    ((1, 1), 0.0), ((1, 2), 1.0), ((2, 1), 1.0), ((2, 2), 4.0), ((1, 3), 2.0),
    ((3, 1), 3.5), ((1, 4), 3.0), ((4, 1), 4.5), ((1, 0), 0.0), ((0, 1), 0.0))


class EmbeddingScorer(Protocol):
    """Optional sentence-embedding similarity; not needed, not shipped.

    ``similarity(src_texts, tgt_texts)`` returns a (len(src) × len(tgt)) matrix in [0, 1].
    """

    def similarity(self, src_texts: Sequence[str], tgt_texts: Sequence[str]
                   ) -> np.ndarray: ...


@dataclass(frozen=True, slots=True)
class AlignSettings:
    """Everything that changes an alignment, recorded in output signatures."""

    bead_types: tuple[tuple[int, int], ...] = DEFAULT_TYPES
    width: int = 64
    """Initial band width in target segments; widened automatically when the path hits it."""
    max_cells: int = 60_000_000
    """Upper bound on band cells (rows × width): about 1 byte each, plus overlaps."""
    weights: CostWeights = field(default_factory=CostWeights)
    priors: tuple[tuple[tuple[int, int], float], ...] = DEFAULT_PRIORS
    anchors: bool = True
    """Cut the document at paragraph labels, symbols and figures found once on each side."""

    def to_items(self) -> tuple[tuple[str, str], ...]:
        types = ",".join(f"{a}-{b}" for a, b in self.bead_types)
        priors = ",".join(f"{a}-{b}={p:g}" for (a, b), p in self.priors)
        return (("aligner", "termbase-dp"), ("bead_types", types), ("width", str(self.width)),
                ("max_cells", str(self.max_cells)), ("priors", priors),
                ("anchors", str(self.anchors).lower()), *self.weights.to_items())

    def validate(self) -> None:
        if (1, 0) not in self.bead_types or (0, 1) not in self.bead_types:
            raise UsageError("bead types must include 1-0 and 0-1",
                             hint="they guarantee that every segment can be placed")
        if any(a < 0 or b < 0 or a + b == 0 or a > 8 or b > 8 for a, b in self.bead_types):
            raise UsageError(f"invalid bead types {self.bead_types}",
                             hint="use pairs such as (1, 1), (1, 2), up to 8 per side")
        if self.width < 3 or self.max_cells < 1000:
            raise UsageError("band width must be ≥ 3 and max_cells ≥ 1000")


def _check_segments(segments: Sequence[Segment], side: str) -> None:
    for position, segment in enumerate(segments):
        if segment.id != position:
            raise UsageError(f"{side} segment at position {position} has id {segment.id}",
                             hint="segment ids must be 0-based positions, in order")


def _check_languages(zh: Sequence[Segment], en: Sequence[Segment]) -> None:
    """Refuse the two sides in the wrong order, which would align silently but badly."""
    zh_share = cjk_share("".join(s.text for s in zh[:200]))
    en_share = cjk_share("".join(s.text for s in en[:200]))
    if zh_share < 0.2 and en_share > 0.5:
        raise InputError("the Chinese and English sides seem to be swapped",
                         hint="give the Chinese document first, or swap the languages")
    if zh_share < 0.2:
        raise InputError("the Chinese side contains almost no Chinese text",
                         hint="check that the right file was given as the Chinese side")


def align(source: Sequence[Segment], target: Sequence[Segment], *,
          lexicon: Lexicon | None = None, settings: AlignSettings | None = None,
          source_lang: str = "zh", target_lang: str = "en",
          parallel: bool = False) -> Alignment:
    """Align two sides; beads cover every segment of both once, in order.

    ``parallel`` says the input is presplit parallel lines (line i should translate line
    i): the verdict then also says whether the lines are SHIFTED (offset in a
    diagnostic) or UNRELATED, from the diagonal check of :mod:`confidence`.

    ``lexicon`` defaults to an empty one (lengths, numbers, symbols and punctuation only):
    pass :func:`~termbase.align.lexicon.load_default_lexicon`, optionally extended
    with a glossary, for the best results. Raises InputError for an empty side or sides
    in the wrong language, UsageError for bad settings or segment ids.
    """
    settings = settings or AlignSettings()
    settings.validate()
    for side, segments in (("source", source), ("target", target)):
        _check_segments(segments, side)
        if not segments:
            raise InputError(f"the {side} side has no segments",
                             hint="check that the file is not empty")
    langs = (source_lang.split("-")[0].lower(), target_lang.split("-")[0].lower())
    if langs == ("zh", "en"):
        flipped = False
    elif langs == ("en", "zh"):
        flipped = True
    else:
        raise UsageError(f"cannot align {source_lang} with {target_lang}",
                         hint="the aligner knows Chinese–English in either direction")
    zh, en = (target, source) if flipped else (source, target)
    _check_languages(zh, en)
    lexicon = lexicon if lexicon is not None else Lexicon.empty()
    zf, ef = featurize([s.text for s in zh], [s.text for s in en], lexicon)
    beads = align_features(zf, ef, settings, zh=zh, en=en)
    confidence, verdict, diagnostics = assess(zf, ef, beads, settings.weights,
                                               parallel=parallel)
    if flipped:
        beads = [Bead(b.tgt, b.src, b.score) for b in beads]
    items = (*settings.to_items(), ("lexicon", lexicon.name),
             ("lexicon_hash", lexicon.fingerprint() if len(lexicon) < 50_000 else
              f"{lexicon.name}:{len(lexicon)}"))
    return Alignment(tuple(source), tuple(target), tuple(beads), source_lang, target_lang,
                     confidence, verdict, tuple(diagnostics), items)


def align_features(zf: SideFeatures, ef: SideFeatures, settings: AlignSettings, *,
                   zh: Sequence[Segment] = (), en: Sequence[Segment] = ()) -> list[Bead]:
    """Beads (Chinese ids → English ids) from precomputed features."""
    priors = dict(settings.priors)
    windows = (find_windows(zh, en, zf, ef) if settings.anchors and zh and en
               else [(0, len(zf), 0, len(ef))])
    beads: list[Bead] = []
    for z0, z1, e0, e1 in windows:
        if z1 == z0 or e1 == e0:
            beads.extend(Bead((i,), (), 0.5) for i in range(z0, z1))
            beads.extend(Bead((), (j,), 0.5) for j in range(e0, e1))
            continue
        table = CostTable(zf.slice(z0, z1), ef.slice(e0, e1), settings.weights, priors)
        result = align_band(table, settings.bead_types, width=settings.width,
                            max_cells=settings.max_cells)
        beads.extend(_to_beads(table, result.path, z0, e0))
    return beads


def _to_beads(table: CostTable, path: Sequence[Step], z0: int, e0: int) -> list[Bead]:
    scores = np.zeros(len(path))
    by_type: dict[tuple[int, int], list[int]] = {}
    for index, (a, b, _, _) in enumerate(path):
        by_type.setdefault((a, b), []).append(index)
    for (a, b), indexes in by_type.items():
        rows = np.array([path[k][2] for k in indexes], dtype=np.int64)
        cols = np.array([path[k][3] for k in indexes], dtype=np.int64)
        scores[indexes] = table.score(rows, cols, a, b)
    return [Bead(tuple(range(z0 + i - a, z0 + i)), tuple(range(e0 + j - b, e0 + j)),
                 round(float(score), 4))
            for (a, b, i, j), score in zip(path, scores, strict=True)]
