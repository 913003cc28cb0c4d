"""Bead costs: length, lexical anchors, punctuation and a prior per bead type.

A bead links ``a`` Chinese segments ending before row ``i`` to ``b`` English segments
ending before column ``j``. Its cost is a sum of negative log-likelihood-like terms:

* **length** — Gale and Church's idea: the English length of a true translation is
  roughly ``ratio`` times the Chinese length with a variance that grows with length; the
  cost is ``-log`` of the two-sided normal tail of the standardised difference.
  ``ratio`` and ``variance`` are fitted on development data (see AlignSettings).
* **lexical** — the share of translatable material (dictionary words, numbers, symbols,
  Latin tokens) that finds a counterpart on the other side, a Dice-style ratio of the
  overlap to both sides' weights. When a bead has little translatable material the
  similarity is pulled towards a neutral value, so that short segments are not judged
  on one word.
* **punctuation** — question and exclamation marks, colons, semicolons, brackets and
  quotes usually survive translation; their count differences cost a little.
* **prior** — ``-log P(type)``, so that 1-1 beads are preferred to merges.

Insertions and deletions (1-0, 0-1) cost a constant per segment.

Every function here works on numpy arrays of (row, column) positions, so one call
computes a whole band of cells for one bead type.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import numpy as np
import numpy.typing as npt

from termbase.align.band import band_lookup, band_overlap, band_overlap_small
from termbase.align.features import FloatArray, IntArray, SideFeatures

INF = np.inf
_T = TypeVar("_T")
_Repeats = tuple[npt.NDArray[np.uint8], "IntArray", "IntArray"]
"""A band of repeated-key counts, its first column per row, and (side 0) each pair's
row in the band or -1."""


@dataclass(frozen=True, slots=True)
class CostWeights:
    """The knobs of the cost; defaults were tuned on MAC-Dev, on synthetic documents
    made from the UNv1 test set and on the tuning half of the UN realignment set
    (benchmarks/make_align_onesided.py); never on its held-out half, CTK, MAC-Test or
    the Bible."""

    ratio: float = 3.0
    """English characters per Chinese character (spaces excluded)."""
    variance: float = 30.0
    """Variance of the English length per Chinese character."""
    length: float = 0.7
    lexical: float = 7.0
    neutral: float = 0.15
    """Similarity assumed for a bead with no translatable material."""
    evidence: float = 1.0
    """Translatable items at which the lexical similarity is trusted half-way."""
    punct: float = 0.45
    sentence: float = 1.5
    """A difference in the number of sentences on the two sides of a bead, counted as
    this many punctuation differences, in a close translation (``close_from``). A UN
    translation keeps its sentences, so a one-sentence line paired with two lines of
    one sentence each is a line that found a neighbour, not a merge; a literary one
    splits and joins them freely."""
    merge_close: float = 0.5
    """Added to ``merge`` in a close translation, for the same reason: its merges are
    rarer than a literary translation's, for which ``merge`` was tuned as well."""
    close_from: float = 0.4
    """Typical support (``support_scale``) from which a document counts as a close
    translation for ``sentence`` and ``merge_close``; in full from ``close_full``. The
    share of its words a dictionary finds in a line's translation tells a close
    translation (UN documents 0.55–0.85) from a free one (literary chapters
    0.28–0.40)."""
    close_full: float = 0.6
    skip: float = 8.0
    """Cost of leaving one segment unaligned (1-0 or 0-1) when it has a good match nearby."""
    skip_floor: float = 0.7
    """Share of ``skip`` paid by a segment with no lexical match anywhere in its band:
    a sentence that finds no counterpart at all is more likely to be one-sided."""
    strong: float = 0.5
    """Pair similarity from which a segment counts as having a good match."""
    merge: float = 1.5
    """Extra cost per segment beyond the first on each side of a bead."""
    furniture: float = 6.0
    """Extra cost per page-furniture line (symbol, job number, page number, spaced-out
    title) inside a two-sided bead: such lines belong to the page, not the text."""
    furniture_skip: float = 0.5
    """Cost of leaving a page-furniture line unaligned."""
    masthead_skip: float = 4.0
    """Most a heading-shaped line next to a page-furniture line pays to stay unaligned:
    the page's header block (``United Nations``, ``General Assembly``, ``Distr.:
    General`` beside the symbol and the job number) is laid out by each language
    version on its own, so such a line often has no counterpart at its place. Not
    free, as furniture is: a document's own heading may follow a page header."""
    part: float = 2.0
    """In a bead of more than one segment on a side, cost per nat of evidence that its
    first or last segment is a stray line rather than part of the translation
    (:meth:`CostTable._unsupported`), scaled by how much better the lengths match
    without it (:meth:`CostTable._fits_without`): a merge must be anchored on both of
    its parts, or the extra line is better left one-sided. Replaced a flat cost for a
    support share under 0.1, which let sentences from other documents that share a few
    common words (UNICEF, children) join a neighbour's bead."""
    part_support: float = 0.3
    """Share of a document's typical support that a stray line is assumed to find by
    chance."""
    support_scale: float = 1.0
    """The document's typical support (:func:`~termbase.align.band.typical_support`), set
    per document by the aligner: dictionary coverage differs between texts (UN reports against
    literary prose), and so does the support a true part of a merge can be expected
    to find."""
    part_length: float = 1.0
    """Gain in the length cost at which ``part`` applies in full."""
    part_weight: float = 2.0
    """Translatable items a segment needs before ``part`` applies to it."""
    title: float = 8.0
    """In a bead of more than one segment on a side, cost per heading-shaped segment
    (:func:`~termbase.align.features.is_heading`) with no support of its own: none of
    the keys it shares with the other side is missing from its neighbours in the bead.
    A short title such as ``United Nations`` next to a sentence that names the United
    Nations adds almost no length and repeats its neighbour's words, so neither the
    length nor the lexical term can tell it from a real merge."""
    title_weight: float = 0.0
    """Translatable items a heading needs before ``title`` applies to it."""
    symbol: float = 1.0
    """In a bead of more than one segment on a side, cost per nat of evidence that a
    first or last segment carrying numbers, Latin tokens, document symbols or list
    labels is a stray line, when the other side of the bead has none of them
    (:meth:`CostTable._symbol_costs`). Figures and symbols survive translation more
    reliably than words, so a short reference line (``Ibid., para. 31.``,
    ``A/HRC/20/26, 第49段。``, ``(a)``) that the dictionary cannot judge still shows
    whether it belongs to its neighbours."""
    symbol_scale_zh: float = 0.0
    """The document's share of Chinese lines with a symbol whose partner shares one
    (:func:`~termbase.align.band.typical_symbols`), set per document by the aligner; 0
    (too few such lines to judge) switches ``symbol`` off for Chinese parts."""
    symbol_scale_en: float = 0.0
    """The same for English lines: each direction has its own habits (1.5 million
    against 150万 loses the English figure, 1 500万 against 15 million the Chinese)."""
    symbol_stray: float = 0.1
    """Chance that a stray line shares a symbol with the bead it joins."""

    def to_items(self) -> tuple[tuple[str, str], ...]:
        return tuple((name, f"{getattr(self, name):g}") for name in self.__dataclass_fields__)


_TITLE_BEADS = 4
"""``title`` is checked in beads of up to this many segments (1-2, 2-2, 1-3 …): a longer
merge already pays more in merge and prior costs than a stray title would save, and
the check is the dearest part of the cost (same F1 on the tuning sets, 10 % faster)."""


def neg_log_tail(delta: FloatArray) -> FloatArray:
    """``-log(2 (1 - Φ(|δ|)))``, the Gale–Church length cost, stable for large |δ|.

    Uses the rational approximation of erfc by Abramowitz and Stegun (7.1.26), written
    in log form: erfc(x) ≈ poly(t) · exp(-x²) with t = 1 / (1 + p x).
    """
    x = np.abs(delta) / np.sqrt(2.0)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741
                + t * (-1.453152027 + t * 1.061405429))))
    return np.asarray(x * x - np.log(poly), dtype=np.float64)


def length_delta(zh_len: FloatArray, en_len: FloatArray, weights: CostWeights) -> FloatArray:
    """Standardised difference between the English length and the expected one."""
    mean = (zh_len + en_len / weights.ratio) / 2.0
    return np.asarray((en_len - weights.ratio * zh_len)
                      / np.sqrt(weights.variance * mean + 1.0), dtype=np.float64)


class CostTable:
    """Prefix sums of one window's features and its band of pairwise key overlaps."""

    def __init__(self, src: SideFeatures, tgt: SideFeatures, weights: CostWeights,
                 priors: dict[tuple[int, int], float]) -> None:
        self.src, self.tgt, self.weights, self.priors = src, tgt, weights, priors
        self.n, self.m = len(src), len(tgt)
        self._len = (_prefix(src.lengths), _prefix(tgt.lengths))
        self._wt = (_prefix(src.weights), _prefix(tgt.weights))
        self._punct = (_prefix2(src.punct), _prefix2(tgt.punct))
        self._furniture = (_prefix(src.furniture), _prefix(tgt.furniture))
        close = float(np.clip((weights.support_scale - weights.close_from)
                              / max(weights.close_full - weights.close_from, 1e-9), 0.0, 1.0))
        self._sentence = weights.sentence * close
        self._merge = weights.merge + weights.merge_close * close
        self._overlap = np.zeros((0, 1), dtype=np.uint16)
        # Evidence that a part whose symbols find no partner is a stray: the log
        # likelihood ratio of that under the stray rate against the document's rate.
        self._symbol_evidence = tuple(
            weights.symbol * max(0.0, float(np.log((1.0 - weights.symbol_stray)
                                                   / (1.0 - min(scale, 0.99)))))
            for scale in (weights.symbol_scale_zh, weights.symbol_scale_en))
        self._symbols = ((src.symbol_side(), tgt.symbol_side())
                         if max(self._symbol_evidence) > 0 else None)
        self._symbol_overlap: _Repeats = (np.zeros((0, 1), dtype=np.uint8),
                                          np.zeros(0, dtype=np.int64),
                                          np.zeros(0, dtype=np.int64))
        self._plo = np.zeros(0, dtype=np.int64)
        self._repeats: dict[tuple[int, int], _Repeats] = {}
        self.skip_src = self._furniture_skip(np.full(self.n, weights.skip), src)
        self.skip_tgt = self._furniture_skip(np.full(self.m, weights.skip), tgt)

    def _furniture_skip(self, skip: FloatArray, side: SideFeatures) -> FloatArray:
        """``skip`` with page furniture and the headings beside it made cheaper."""
        furniture = side.furniture > 0
        beside = np.zeros(len(side), dtype=np.bool_)
        beside[1:] |= furniture[:-1]
        beside[:-1] |= furniture[1:]
        masthead = beside & (side.heading > 0)
        skip = np.where(masthead, np.minimum(skip, self.weights.masthead_skip), skip)
        return np.where(furniture, self.weights.furniture_skip, skip)

    def set_band(self, plo: IntArray, width: int) -> None:
        """Compute key overlaps of source s with targets plo[s] .. plo[s]+width-1."""
        self._plo = plo
        self._overlap = band_overlap(self.src, self.tgt, plo, width)
        if self._symbols is not None:
            # Only rows with a symbol can share one: the band keeps those rows alone.
            zs, es = self._symbols
            kept = np.flatnonzero(zs.weights > 0)
            rows = np.full(self.n, -1, dtype=np.int64)
            rows[kept] = np.arange(kept.size)
            self._symbol_overlap = (band_overlap_small(zs.take(kept), es, plo[kept], width),
                                    plo[kept], rows)
        self._repeats = {}
        w = self.weights
        if w.skip_floor < 1.0 and self.n and self.m:
            best_src = np.zeros(self.n)
            best_tgt = np.zeros(self.m)
            step = max(1, 2_000_000 // width)
            for start in range(0, self.n, step):
                rows = np.arange(start, min(self.n, start + step))
                cols = plo[rows][:, None] + np.arange(width)[None, :]
                ok = cols < self.m
                colc = np.where(ok, cols, 0)
                total = self.src.weights[rows][:, None] + self.tgt.weights[colc]
                dice = np.where(ok, 2.0 * self._overlap[rows] / np.maximum(total, 1.0), 0.0)
                best_src[rows] = dice.max(axis=1)
                np.maximum.at(best_tgt, colc[ok], dice[ok])
            self.skip_src = w.skip * (w.skip_floor + (1.0 - w.skip_floor)
                                      * np.minimum(1.0, best_src / w.strong))
            self.skip_tgt = w.skip * (w.skip_floor + (1.0 - w.skip_floor)
                                      * np.minimum(1.0, best_tgt / w.strong))
            self.skip_src = self._furniture_skip(self.skip_src, self.src)
            self.skip_tgt = self._furniture_skip(self.skip_tgt, self.tgt)

    def _pair(self, c: _Cells, da: int, db: int) -> FloatArray:
        """Keys that source ``i - 1 - da`` shares with target ``j - 1 - db``."""
        return c.memo(("pair", da, db), lambda: band_lookup(
            self._overlap, self._plo, self.n, self.m, c.i - 1 - da, c.j - 1 - db))

    def _span(self, c: _Cells, side: int, off: int, count: int) -> tuple[IntArray, IntArray]:
        """Prefix-sum positions (end, start), clipped to the lattice, of the ``count``
        segments of ``side`` that end ``off`` before the cells."""
        def compute() -> tuple[IntArray, IntArray]:
            end, size = (c.i, self.n) if side == 0 else (c.j, self.m)
            return np.clip(end - off, 0, size), np.clip(end - off - count, 0, size)
        return c.memo(("span", side, off, count), compute)

    def _sum(self, c: _Cells, name: str, side: int, off: int, count: int) -> FloatArray:
        """Sum of feature ``name`` (``len``, ``wt``, ``furniture``) over a span."""
        def compute() -> FloatArray:
            prefix = getattr(self, "_" + name)[side]
            end, start = self._span(c, side, off, count)
            return np.asarray(prefix[end] - prefix[start], dtype=np.float64)
        return c.memo((name, side, off, count), compute)

    def _punct_span(self, c: _Cells, side: int, count: int
                    ) -> tuple[list[FloatArray], FloatArray]:
        """Counts of each column of ``punct`` over a bead's span of ``side``, and the
        total of the punctuation classes (sentence ends left out)."""
        def compute() -> tuple[list[FloatArray], FloatArray]:
            prefix = self._punct[side]
            end, start = self._span(c, side, 0, count)
            by_class = [prefix[end, k] - prefix[start, k] for k in range(prefix.shape[1])]
            # The last column counts sentence ends, not marks (features.PUNCT_COLUMNS).
            return by_class, np.asarray(sum(by_class[:-1]), dtype=np.float64)
        return c.memo(("punct", side, count), compute)

    def _length(self, c: _Cells, ioff: int, a: int, joff: int, b: int) -> FloatArray:
        """Length cost of ``a`` source segments ending ``ioff`` before the cells against
        ``b`` target segments ending ``joff`` before them."""
        return c.memo(("length", ioff, a, joff, b), lambda: neg_log_tail(length_delta(
            self._sum(c, "len", 0, ioff, a), self._sum(c, "len", 1, joff, b), self.weights)))

    def _symbol_cost(self, side: int, c: _Cells, a: int, b: int, k: int, rows: IntArray
                     ) -> FloatArray:
        """``symbol`` evidence where part ``k`` of ``side`` (row ``rows``) carries
        symbols and shares none with the other side of the bead; computed for edge
        parts only, one block of cells at a time, to keep the DP's memory bounded."""
        found = np.zeros(c.shape)
        if self._symbols is None:
            return found
        own = self._symbols[side].weights[rows]
        for other in range(b if side == 0 else a):
            found = found + (self._symbol_pair(c, k, other) if side == 0
                             else self._symbol_pair(c, other, k))
        return np.where((own > 0) & (found == 0), self._symbol_evidence[side], 0.0)

    def _symbol_pair(self, c: _Cells, da: int, db: int) -> FloatArray:
        """Symbol keys that source ``i - 1 - da`` shares with target ``j - 1 - db`` (0
        outside the band)."""
        def compute() -> FloatArray:
            band, plo, rows = self._symbol_overlap
            s = c.i - 1 - da
            ok = (s >= 0) & (s < rows.size)
            compact = (np.where(ok, rows[np.where(ok, s, 0)], -1) if rows.size
                       else np.full(np.shape(s), -1))
            return band_lookup(band, plo, plo.size, self.m, compact, c.j - 1 - db)
        return c.memo(("symbol", da, db), compute)

    def _repeat_overlap(self, side: int, distance: int, s: IntArray, t: IntArray
                        ) -> FloatArray:
        """Keys that source s shares with target t *and* with the segment ``distance``
        further on its own side (side 0: s and s + distance; side 1: t and t + distance).

        Computed on first use after each :meth:`set_band`, only for pairs that hold a
        heading (the only segments :meth:`_part_costs` asks about), and kept in one
        byte per cell; on side 0 only the rows of such pairs are kept at all, so that
        the 50,000-sentence memory bound holds."""
        if (side, distance) not in self._repeats:
            self._repeats[(side, distance)] = self._repeat_band(side, distance)
        band, plo, rows = self._repeats[(side, distance)]
        if side == 0:
            ok = (s >= 0) & (s < rows.size)
            compact = (np.where(ok, rows[np.where(ok, s, 0)], -1) if rows.size
                       else np.full(np.shape(s), -1))
            return band_lookup(band, plo, plo.size, self.m, compact, t)
        return band_lookup(band, plo, self.n, max(self.m - distance, 0), s, t)

    def _repeat_band(self, side: int, distance: int) -> _Repeats:
        """Keys shared by a pair of segments ``distance`` apart on ``side`` and by a
        segment of the other side, less those the other segment holds as often as the
        pair together: a heading whose words the other side repeats (``2022年的人道主义
        局势……2022年儿童的人道主义状况`` against ``The humanitarian situation in 2022`` and
        a sentence with the same words) has support of its own."""
        width = self._overlap.shape[1]
        heading = (self.src if side == 0 else self.tgt).heading > 0
        if side == 0:
            pairs = self.src.shared_keys(distance, heading)
            needs = self.src.shared_keys(distance, heading, occurrences=True)
            kept = np.flatnonzero(np.diff(pairs.key_ptr) > 0)
            rows = np.full(len(pairs), -1, dtype=np.int64)
            rows[kept] = np.arange(kept.size)
            plo = self._plo[kept]
            band = band_overlap_small(pairs.take(kept), self.tgt, plo, width)
            enough = band_overlap_small(needs.take(kept), self.tgt.repeated_occurrences(),
                                        plo, width)
        else:
            rows, plo = np.zeros(0, dtype=np.int64), self._plo
            band = band_overlap_small(self.src, self.tgt.shared_keys(distance, heading),
                                      plo, width)
            enough = band_overlap_small(
                self.src.repeated_occurrences(),
                self.tgt.shared_keys(distance, heading, occurrences=True), plo, width)
        return band - enough, plo, rows

    def components(self, i: IntArray, j: IntArray, a: int, b: int
                   ) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
        """(length cost, similarity, evidence, punctuation cost) of beads (a, b) ending at (i, j).

        Positions out of range give garbage here; :meth:`cost` masks them.
        """
        return self._components(_Cells(i, j), a, b)

    def _components(self, c: _Cells, a: int, b: int
                    ) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
        length = self._length(c, 0, a, 0, b)
        overlap = np.zeros(c.shape, dtype=np.float64)
        for da in range(a):
            for db in range(b):
                overlap += self._pair(c, da, db)
        total = self._sum(c, "wt", 0, 0, a) + self._sum(c, "wt", 1, 0, b)
        similarity = np.minimum(1.0, 2.0 * overlap / np.maximum(total, 1.0))
        evidence = total / (total + self.weights.evidence)
        # Counts are whole numbers, so summing them in any order gives the same floats.
        zh_classes, zh_total = self._punct_span(c, 0, a)
        en_classes, en_total = self._punct_span(c, 1, b)
        diff = np.zeros(c.shape)
        for zk, ek in zip(zh_classes[:-1], en_classes[:-1], strict=True):
            diff += np.abs(zk - ek)
        if self._sentence:
            diff += self._sentence * np.abs(zh_classes[-1] - en_classes[-1])
        punct = diff / np.sqrt(zh_total + en_total + 1.0)
        return length, similarity, evidence, punct

    def cost(self, i: IntArray, j: IntArray, a: int, b: int) -> FloatArray:
        """Cost of beads (a, b) ending at (i, j); +inf where the bead does not fit."""
        return self._cost(_Cells(i, j), a, b)

    def costs(self, i: IntArray, j: IntArray, types: Sequence[tuple[int, int]]
              ) -> list[FloatArray]:
        """:meth:`cost` of each bead type over the same cells (a block of the DP): the
        types share most of their pair overlaps, span sums and length costs, which are
        computed once for all of them."""
        cells = _Cells(i, j)
        return [self._cost(cells, a, b) for a, b in types]

    def _cost(self, c: _Cells, a: int, b: int) -> FloatArray:
        w = self.weights
        i, j = c.i, c.j
        valid = (i >= a) & (i <= self.n) & (j >= b) & (j <= self.m)
        prior = self.priors.get((a, b), 0.0)
        if a == 0 or b == 0:
            out = np.full(c.shape, prior, dtype=np.float64)
            if a:
                out = out + self.skip_src[np.clip(i - 1, 0, max(self.n - 1, 0))] if self.n else out
            if b:
                out = out + self.skip_tgt[np.clip(j - 1, 0, max(self.m - 1, 0))] if self.m else out
        else:
            length, sim, evidence, punct = self._components(c, a, b)
            blended = evidence * sim + (1.0 - evidence) * w.neutral
            furniture = self._sum(c, "furniture", 0, 0, a) + self._sum(c, "furniture", 1, 0, b)
            # The lexical term is paid per segment, so that a 2-2 bead does not cost
            # less than the two 1-1 beads it could be split into just by pooling words.
            out = (w.length * length + w.lexical * (1.0 - blended) * ((a + b) / 2.0)
                   + w.punct * punct + self._merge * (a + b - 2) + prior
                   + w.furniture * furniture)
            if (w.part or w.title) and (a > 1 or b > 1):
                out = out + self._part_costs(c, a, b, length)
        return np.where(valid, out, INF)

    def _part_costs(self, c: _Cells, a: int, b: int, length: FloatArray) -> FloatArray:
        """``part`` and ``title`` costs of the segments of each multi-segment side;
        ``length`` is the bead's length cost."""
        w = self.weights
        by_src = [np.zeros(c.shape) for _ in range(a)]
        by_tgt = [np.zeros(c.shape) for _ in range(b)]
        for da in range(a):
            for db in range(b):
                shared = self._pair(c, da, db)
                by_src[da] = by_src[da] + shared
                by_tgt[db] = by_tgt[db] + shared
        total = np.zeros(c.shape)
        for side_index, (count, parts, side) in enumerate(
                ((a, by_src, self.src), (b, by_tgt, self.tgt))):
            if count < 2:
                continue
            for k, shared in enumerate(parts):
                rows = self._rows(c, side_index, k)
                weight = side.weights[rows]
                if self._symbols is not None and k in (0, count - 1):
                    total = total + self._symbol_cost(side_index, c, a, b, k, rows)
                if w.part and k in (0, count - 1):
                    total = total + w.part * self._stray_part(
                        side_index, c, a, b, k, shared, weight, length)
                if w.title and a + b <= _TITLE_BEADS:
                    total = total + self._title_cost(side_index, c, a, b, k, shared)
        return total

    def _rows(self, c: _Cells, side: int, k: int) -> IntArray:
        """The row of part ``k`` (0 is the last segment) of a bead's ``side``."""
        def compute() -> IntArray:
            end, size = (c.i, self.n) if side == 0 else (c.j, self.m)
            return np.clip(end - 1 - k, 0, max(size - 1, 0))
        return c.memo(("rows", side, k), compute)

    def _stray_part(self, side: int, c: _Cells, a: int, b: int, k: int,
                    shared: FloatArray, weight: FloatArray, length: FloatArray
                    ) -> FloatArray:
        """Evidence that edge part ``k`` (0 is the last segment of that side) is a stray
        (:meth:`_unsupported`) times how much better the bead's lengths match without
        it, as a share in [0, 1] of ``part_length``: a stray line makes a good pair too
        long on one side, a true part of a loose translation is needed for the lengths
        to match."""
        w = self.weights
        out = np.where(weight >= w.part_weight, self._unsupported(shared, weight), 0.0)
        if w.part_length <= 0:
            return out
        if side == 0:
            reduced = self._length(c, int(k == 0), a - 1, 0, b)
        else:
            reduced = self._length(c, 0, a, int(k == 0), b - 1)
        return np.asarray(out * np.clip((length - reduced) / w.part_length, 0.0, 1.0),
                          dtype=np.float64)

    def _unsupported(self, shared: FloatArray, weight: FloatArray) -> FloatArray:
        """Evidence that a part of a merge is not translated by the other side: the log
        likelihood ratio of finding ``shared`` of its ``weight`` items there if it is
        a stray line (each item found with ``part_support`` × ``support_scale``)
        against if it is a true part (with ``support_scale``), when it favours the
        stray. A long line that finds a word or two by chance is strong evidence; a
        short one finding nothing is weak, as in literary text a dictionary misses."""
        w = self.weights
        true = min(max(w.support_scale, 1e-3), 1.0 - 1e-3)
        stray = true * w.part_support
        found = np.minimum(shared, weight)
        ratio = (found * np.log(stray / true)
                 + (weight - found) * np.log((1.0 - stray) / (1.0 - true)))
        return np.asarray(np.maximum(ratio, 0.0), dtype=np.float64)

    def _title_cost(self, side: int, c: _Cells, a: int, b: int, k: int, shared: FloatArray
                    ) -> FloatArray:
        """``title`` where part ``k`` is a heading whose shared keys all repeat a sibling's.

        Headings are rare, so the repeats are looked up for their cells only."""
        out = np.zeros(c.shape)
        heading, ii, jj = self._headings(c, side, k)
        if ii.size == 0:
            return out
        own = np.broadcast_to(shared, c.shape)[heading] - self._repeated(
            side, c, ii, jj, a, b, k)
        out[heading] = np.where(own <= 0, self.weights.title, 0.0)
        return out

    def _headings(self, c: _Cells, side: int, k: int
                  ) -> tuple[npt.NDArray[np.bool_], IntArray, IntArray]:
        """Cells whose part ``k`` of ``side`` is a heading the title rule applies to,
        and their (i, j)."""
        def compute() -> tuple[npt.NDArray[np.bool_], IntArray, IntArray]:
            features = self.src if side == 0 else self.tgt
            rows = self._rows(c, side, k)
            flag = (features.heading[rows] > 0) & (features.weights[rows]
                                                   >= self.weights.title_weight)
            heading = np.broadcast_to(flag, c.shape)
            ii, jj = np.broadcast_arrays(c.i, c.j)
            return heading, ii[heading], jj[heading]
        return c.memo(("headings", side, k), compute)

    def _repeated(self, side: int, c: _Cells, i: IntArray, j: IntArray, a: int, b: int,
                  k: int) -> FloatArray:
        """Keys that part ``k`` of a multi-segment side shares with the other side and
        with another part of its own side, summed over both (an upper bound, exact for
        two parts), at the heading cells (i, j) of :meth:`_headings`."""
        count = a if side == 0 else b
        total = np.zeros(i.shape)
        for other in range(count):
            if other == k:
                continue
            # Parts are counted from the end of the bead: part p is row ends - 1 - p.
            distance, first = abs(other - k), max(other, k)
            for partner in range(b if side == 0 else a):
                total = total + c.memo(("repeat", side, k, distance, first, partner),
                                       functools.partial(self._repeat_at, side, distance,
                                                         i, j, first, partner))
        return total

    def _repeat_at(self, side: int, distance: int, i: IntArray, j: IntArray, part: int,
                   partner: int) -> FloatArray:
        if side == 0:
            return self._repeat_overlap(0, distance, i - 1 - part, j - 1 - partner)
        return self._repeat_overlap(1, distance, i - 1 - partner, j - 1 - part)

    def score(self, i: IntArray, j: IntArray, a: int, b: int) -> FloatArray:
        """A score in [0, 1] for finished beads: lexical support times length plausibility."""
        if a == 0 or b == 0:
            return np.full(np.broadcast(i, j).shape, 0.5)
        length, sim, evidence, _ = self.components(i, j, a, b)
        blended = evidence * sim + (1.0 - evidence) * self.weights.neutral
        support = np.minimum(1.0, blended / 0.5)
        return np.asarray(np.clip(np.sqrt(support * np.exp(-length)), 0.0, 1.0),
                          dtype=np.float64)


class _Cells:
    """The lattice cells (i, j) of one cost call, with what bead types computed over
    them share memoised: in a block of the DP the nine types ask for the same pair
    overlaps, span sums and length costs again and again (a 1-2 bead's pairs are a 2-2
    bead's, a 2-1 bead without its first part is the 1-1 bead one row up)."""

    __slots__ = ("_memo", "i", "j", "shape")

    def __init__(self, i: IntArray, j: IntArray) -> None:
        self.i, self.j = i, j
        self.shape = np.broadcast(i, j).shape
        self._memo: dict[tuple[object, ...], Any] = {}

    def memo(self, key: tuple[object, ...], compute: Callable[[], _T]) -> _T:
        if key not in self._memo:
            self._memo[key] = compute()
        return cast(_T, self._memo[key])


def _prefix(values: FloatArray) -> FloatArray:
    out = np.zeros(values.shape[0] + 1, dtype=np.float64)
    np.cumsum(values, out=out[1:])
    return out


def _prefix2(values: FloatArray) -> FloatArray:
    out = np.zeros((values.shape[0] + 1, values.shape[1]), dtype=np.float64)
    np.cumsum(values, axis=0, out=out[1:])
    return out
