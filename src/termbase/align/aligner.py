"""The public entry points: ``align`` (model-free zh–en alignment) and its settings.

The pipeline: features of every segment once (:mod:`features`); hard anchors that cut
the document pair into independent windows — paragraph numbers, document symbols,
dates and figures that occur once on each side (:mod:`anchors`); inside each window a
banded dynamic programme over bead costs (:mod:`dp`, :mod:`cost`), run twice: the
second pass uses the document's own length ratio learnt from the first
(:func:`reestimate_ratio`); finally a document-level confidence and verdict
(:mod:`confidence`).

Either side may be the Chinese one (``source_lang``/``target_lang``); internally the
Chinese side is always the rows of the lattice.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from termbase.align.anchors import find_windows
from termbase.align.band import typical_support, typical_symbols
from termbase.align.confidence import assess
from termbase.align.cost import CostTable, CostWeights
from termbase.align.dp import Step, align_band
from termbase.align.features import SideFeatures, featurize
from termbase.align.lexicon import Lexicon
from termbase.align.model import Alignment, Bead, Segment
from termbase.errors import InputError, UsageError
from termbase.text.language import check_sides

DEFAULT_TYPES: tuple[tuple[int, int], ...] = (
    (1, 0), (0, 1), (1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (1, 4), (4, 1))

# Extra cost per bead type on top of CostWeights.merge; tuned on the development sets.
DEFAULT_PRIORS: tuple[tuple[tuple[int, int], float], ...] = (
    ((1, 1), 0.0), ((1, 2), 1.0), ((2, 1), 1.0), ((2, 2), 4.0), ((1, 3), 2.0),
    ((3, 1), 3.5), ((1, 4), 3.0), ((4, 1), 4.5), ((1, 0), 0.0), ((0, 1), 0.0))

# Link bead types of the first pass (default priors, all beads) over MAC-Dev 2022, the
# tuning set: what a "typical" document looks like to the prior re-estimation.
REFERENCE_COUNTS: tuple[tuple[tuple[int, int], int], ...] = (
    ((1, 1), 877), ((1, 2), 279), ((1, 3), 80), ((2, 1), 76), ((1, 4), 39), ((2, 2), 6))


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
    ratio_strength: float = 10.0
    """Second pass: the document's own length ratio, from its first-pass 1-1 beads,
    smoothed towards ``weights.ratio`` by this many pseudo-beads; 0 means one pass."""
    ratio_tolerance: float = 0.05
    """No second pass when the document's ratio is within this share of ``weights.ratio``:
    it would find nearly the same path at the price of a second DP (tuning half of the
    realignment set and MAC-Dev: same or better F1, a third less time on UN documents)."""
    prior_strength: float = 0.0
    """Second pass: bead-type priors re-estimated from the document's first-pass beads
    (:func:`reestimate_priors`) with a Dirichlet prior of this many pseudo-beads; 0
    keeps the defaults. Off by default: it did not help on MAC-Dev (benchmarks/README)."""
    reference: tuple[tuple[tuple[int, int], int], ...] = REFERENCE_COUNTS
    """Bead-type counts that the default priors are right for (see REFERENCE_COUNTS)."""

    def reference_shares(self) -> dict[tuple[int, int], float]:
        """Share of each link bead type in ``reference``; unseen types count 1/2."""
        counts = dict(self.reference)
        links = [t for t in self.bead_types if t[0] and t[1]]
        smoothed = {t: max(float(counts.get(t, 0)), 0.5) for t in links}
        total = sum(smoothed.values())
        return {t: c / total for t, c in smoothed.items()}

    def to_items(self) -> tuple[tuple[str, str], ...]:
        types = ",".join(f"{a}-{b}" for a, b in self.bead_types)
        priors = ",".join(f"{a}-{b}={p:g}" for (a, b), p in self.priors)
        return (("aligner", "termbase-dp"), ("bead_types", types), ("width", str(self.width)),
                ("max_cells", str(self.max_cells)), ("priors", priors),
                ("anchors", str(self.anchors).lower()),
                ("ratio_strength", f"{self.ratio_strength:g}"),
                ("ratio_tolerance", f"{self.ratio_tolerance:g}"),
                ("prior_strength", f"{self.prior_strength:g}"),
                *self.weights.to_items())

    def validate(self) -> None:
        if (1, 0) not in self.bead_types or (0, 1) not in self.bead_types:
            raise UsageError("bead types must include 1-0 and 0-1",
                             hint="they guarantee that every segment can be placed")
        if any(a < 0 or b < 0 or a + b == 0 or a > 8 or b > 8 for a, b in self.bead_types):
            raise UsageError(f"invalid bead types {self.bead_types}",
                             hint="use pairs such as (1, 1), (1, 2), up to 8 per side")
        if self.width < 3 or self.max_cells < 1000:
            raise UsageError("band width must be ≥ 3 and max_cells ≥ 1000")
        if self.ratio_strength < 0 or self.prior_strength < 0 or self.ratio_tolerance < 0:
            raise UsageError("ratio_strength, ratio_tolerance and prior_strength must be ≥ 0",
                             hint="0 switches the re-estimation off")


def _check_segments(segments: Sequence[Segment], side: str) -> None:
    for position, segment in enumerate(segments):
        if segment.id != position:
            raise UsageError(f"{side} segment at position {position} has id {segment.id}",
                             hint="segment ids must be 0-based positions, in order")


_LANGUAGE_SAMPLE = 5_000
"""Characters of each side the language check reads: a few thousand tell Chinese from
English as surely as a whole document, and files were checked whole when they were read
(:func:`~termbase.align.segments.read_pair`), so reading them all again is waste."""


def _check_languages(zh: Sequence[Segment], en: Sequence[Segment]) -> None:
    """Refuse the two sides in the wrong order, which would align silently but badly."""
    check_sides(_sample(zh, ""), _sample(en, " "),
                hint="give the Chinese document first, or swap the languages")


def _sample(segments: Sequence[Segment], separator: str) -> str:
    """The first segments' texts, up to about ``_LANGUAGE_SAMPLE`` characters."""
    texts: list[str] = []
    size = 0
    for segment in segments:
        if size >= _LANGUAGE_SAMPLE:
            break
        texts.append(segment.text)
        size += len(segment.text)
    return separator.join(texts)


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
    """Beads (Chinese ids → English ids) from precomputed features.

    Two passes, in the spirit of Moore (2002): the first with the default costs; the
    second with the length ratio (and, if asked, the bead-type priors) re-estimated
    for this document from the first pass's beads, in bands centred on the first
    path; it is left out when the document's ratio stays within
    ``settings.ratio_tolerance`` of the default. Features and anchor windows are
    computed once for both. All first-pass
    beads are counted, not only high-scoring ones: the score contains the length
    term, so selecting on it would pull the estimated ratio back to the default.
    """
    priors = dict(settings.priors)
    first = replace(settings.weights, symbol_scale_zh=typical_symbols(zf, ef),
                    symbol_scale_en=typical_symbols(ef, zf))
    support = typical_support(zf, ef, settings.weights.part_weight)
    # Too few lines to measure: the part rule assumes full support, but the document is
    # not taken for a close translation, which would change how merges are judged.
    first = (replace(first, support_scale=1.0, sentence=0.0, merge_close=0.0)
             if support is None else replace(first, support_scale=support))
    windows = (find_windows(zh, en, zf, ef) if settings.anchors and zh and en
               else [(0, len(zf), 0, len(ef))])
    beads, paths = _align_windows(zf, ef, windows, settings, first, priors, {})
    if settings.ratio_strength <= 0 and settings.prior_strength <= 0:
        return beads
    weights = first
    if settings.ratio_strength > 0:
        weights = reestimate_ratio(weights, zf, ef, beads, settings.ratio_strength)
        if (settings.prior_strength <= 0 and abs(weights.ratio / settings.weights.ratio - 1)
                <= settings.ratio_tolerance):
            return beads
    if settings.prior_strength > 0:
        counts = Counter((len(b.src), len(b.tgt)) for b in beads if b.src and b.tgt)
        priors = reestimate_priors(priors, settings.reference_shares(), counts,
                                   settings.prior_strength)
    beads, _ = _align_windows(zf, ef, windows, settings, weights, priors, paths)
    return beads


def reestimate_ratio(weights: CostWeights, zf: SideFeatures, ef: SideFeatures,
                     beads: Sequence[Bead], strength: float) -> CostWeights:
    """Weights with the English-per-Chinese length ratio of this document.

    The ratio is total English over total Chinese characters of the 1-1 beads, with
    ``strength`` pseudo-beads of the same mean length at the default ratio added, so
    that a document with few 1-1 beads keeps nearly the default.
    """
    ones = [(b.src[0], b.tgt[0]) for b in beads if len(b.src) == 1 and len(b.tgt) == 1]
    if not ones:
        return weights
    zh_chars = float(zf.lengths[[i for i, _ in ones]].sum())
    en_chars = float(ef.lengths[[j for _, j in ones]].sum())
    pseudo = strength * zh_chars / len(ones)
    ratio = (en_chars + weights.ratio * pseudo) / (zh_chars + pseudo)
    return replace(weights, ratio=round(ratio, 4)) if ratio > 0 else weights


def _align_windows(zf: SideFeatures, ef: SideFeatures,
                   windows: Sequence[tuple[int, int, int, int]], settings: AlignSettings,
                   weights: CostWeights, priors: dict[tuple[int, int], float],
                   starts: Mapping[int, list[Step]],
                   ) -> tuple[list[Bead], dict[int, list[Step]]]:
    """Beads of every window, and each window's path (by window index); ``starts`` are
    paths of an earlier pass to centre the bands on."""
    beads: list[Bead] = []
    paths: dict[int, list[Step]] = {}
    for index, (z0, z1, e0, e1) in enumerate(windows):
        if z1 == z0 or e1 == e0:
            beads.extend(Bead((i,), (), 0.5) for i in range(z0, z1))
            beads.extend(Bead((), (j,), 0.5) for j in range(e0, e1))
            continue
        table = CostTable(zf.slice(z0, z1), ef.slice(e0, e1), weights, priors)
        # Around the first pass's path the initial width is enough as a rule; the band
        # still widens by itself if the new path runs along its edge.
        path = align_band(table, settings.bead_types, width=settings.width,
                          max_cells=settings.max_cells, start=starts.get(index, ()))
        paths[index] = path
        beads.extend(_to_beads(table, path, z0, e0))
    return beads, paths


def reestimate_priors(priors: Mapping[tuple[int, int], float],
                      reference: Mapping[tuple[int, int], float],
                      counts: Mapping[tuple[int, int], int], strength: float,
                      ) -> dict[tuple[int, int], float]:
    """Bead-type priors for one document: the default ones shifted by its own counts.

    ``reference`` is the share of each link type among the first-pass beads of the
    data the default priors were tuned on; ``counts`` the same for this document.
    The defaults are right for a document that looks like the reference, so a type's
    prior moves by ``log(reference / estimate)`` — the prior-shift correction of
    Saerens et al. (2002) — where the estimate is the document's share smoothed towards
    the reference by ``strength`` pseudo-beads (a Dirichlet prior: short documents
    stay near the defaults). One-sided beads (1-0, 0-1) keep their priors:
    their cost is the skip cost, not a type preference.
    """
    observed = sum(n for t, n in counts.items() if t in reference)
    updated = dict(priors)
    for t, share in reference.items():
        estimate = (counts.get(t, 0) + strength * share) / (observed + strength)
        updated[t] = priors.get(t, 0.0) + math.log(share / estimate)
    return updated


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
