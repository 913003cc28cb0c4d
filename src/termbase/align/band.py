"""Counts over a diagonal band of the alignment lattice.

The aligner only scores cells near the diagonal: row ``s`` of a band holds target columns
``plo[s] .. plo[s] + width - 1``. What costs need from the two sides' features — how many
keys (dictionary words, numbers, symbols) source segment ``s`` shares with target segment
``t`` — is counted here once per band, with sorted-array joins instead of a Python loop
over cells, and two document statistics are read from the same counts.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from termbase.align.features import FloatArray, IntArray, SideFeatures


def band_lookup(band: npt.NDArray[np.uint16] | npt.NDArray[np.uint8], plo: IntArray,
                n: int, m: int, s: IntArray, t: IntArray) -> FloatArray:
    """Entries (s, t) of a band whose row s holds columns plo[s] .. plo[s]+width-1; 0
    outside the band or the lattice."""
    width = band.shape[1]
    ok = (s >= 0) & (s < n) & (t >= 0) & (t < m)
    sc = np.where(ok, s, 0)
    col = t - plo[sc] if n else t
    ok &= (col >= 0) & (col < width)
    flat = sc * width + np.where(ok, col, 0)
    values = band.ravel()[flat] if band.size else np.zeros(flat.shape)
    return np.where(ok, values, 0).astype(np.float64)


def band_overlap(src: SideFeatures, tgt: SideFeatures, plo: IntArray, width: int,
                 chunk: int = 4_000_000) -> npt.NDArray[np.uint16]:
    """Shared keys of source s and target t for t in plo[s] .. plo[s]+width-1.

    A join on key ids done with sorted arrays: target (key, column) pairs are encoded as
    one sortable integer, so for every (source row, key) the matching target columns
    inside the band are one ``searchsorted`` range. Pairs are expanded and counted in
    chunks so memory stays bounded for 50,000-segment documents.
    """
    out = np.zeros(len(src) * width, dtype=np.uint16)
    _count_band(src, tgt, plo, width, out, chunk)
    return out.reshape(len(src), width)


def band_overlap_small(src: SideFeatures, tgt: SideFeatures, plo: IntArray, width: int
                       ) -> npt.NDArray[np.uint8]:
    """:func:`band_overlap` in one byte per cell, counts above 255 kept at 255: for the
    bands that only ask whether a pair shares anything (repeated keys, symbols), so that
    the 50,000-sentence memory bound holds."""
    out = np.zeros(len(src) * width, dtype=np.uint8)
    _count_band(src, tgt, plo, width, out)
    return out.reshape(len(src), width)


def _count_band(src: SideFeatures, tgt: SideFeatures, plo: IntArray, width: int,
                out: npt.NDArray[np.uint16] | npt.NDArray[np.uint8],
                chunk: int = 4_000_000) -> None:
    """Add the shared keys of the band to ``out`` (flat, rows × width), saturating."""
    n, m = len(src), len(tgt)
    if n == 0 or m == 0 or src.key_ids.size == 0 or tgt.key_ids.size == 0:
        return
    stride = m + 1
    t_rows = np.repeat(np.arange(m, dtype=np.int64), np.diff(tgt.key_ptr))
    t_code = tgt.key_ids * stride + t_rows
    order = np.argsort(t_code, kind="stable")
    t_code, t_cols = t_code[order], t_rows[order]
    s_rows = np.repeat(np.arange(n, dtype=np.int64), np.diff(src.key_ptr))
    s_keys = src.key_ids
    lo = np.searchsorted(t_code, s_keys * stride + plo[s_rows], side="left")
    hi = np.searchsorted(t_code, s_keys * stride + np.minimum(plo[s_rows] + width, stride),
                         side="left")
    counts = hi - lo
    keep = counts > 0
    s_rows, lo, counts = s_rows[keep], lo[keep], counts[keep]
    ends = np.cumsum(counts)
    start = 0
    while start < s_rows.size:
        stop = int(np.searchsorted(ends, (ends[start - 1] if start else 0) + chunk, "right"))
        stop = max(stop, start + 1)
        rows, los, cnt = s_rows[start:stop], lo[start:stop], counts[start:stop]
        total = int(cnt.sum())
        offsets = np.repeat(los - (np.cumsum(cnt) - cnt), cnt) + np.arange(total)
        r = np.repeat(rows, cnt)
        flat = r * width + (t_cols[offsets] - plo[r])
        # np.unique rather than bincount: a bincount the size of the band per chunk would
        # cost more memory than the band itself on long documents.
        cells, hits = np.unique(flat, return_counts=True)
        out[cells] = np.minimum(out[cells] + hits, np.iinfo(out.dtype).max)
        start = stop


def typical_support(src: SideFeatures, tgt: SideFeatures, min_weight: float,
                    width: int = 32, sample: int = 2_000) -> float | None:
    """The median, over source segments with at least ``min_weight`` translatable items,
    of the best share of their items found in one target segment near the diagonal;
    None when fewer than 8 segments qualify (too few to judge the document by). Long
    documents are judged on ``sample`` evenly spaced segments, which bounds the time
    and memory a median needs."""
    found = _best_near_diagonal(src, tgt, min_weight, width, sample)
    if found is None:
        return None
    rows, best = found
    return float(np.clip(np.median(best / src.weights[rows]), 0.05, 1.0))


def typical_symbols(src: SideFeatures, tgt: SideFeatures, width: int = 32,
                    sample: int = 2_000) -> float:
    """The share of source segments with a symbol key (number, Latin token, document
    symbol, list label) whose best target segment near the diagonal shares one; 0.0
    when fewer than 8 segments carry one. UN reports keep their figures and symbols
    (0.9–1.0 on the tuning half); a text whose numbers one side spells out in words
    keeps far fewer, and a missing symbol says less there."""
    found = _best_near_diagonal(src.symbol_side(), tgt.symbol_side(), 1.0, width, sample)
    return 0.0 if found is None else float(np.mean(found[1] > 0))


def _best_near_diagonal(src: SideFeatures, tgt: SideFeatures, min_weight: float,
                        width: int, sample: int) -> tuple[IntArray, FloatArray] | None:
    """The source segments with at least ``min_weight`` items (``sample`` of them at
    most, evenly spaced), and the most keys each shares with one target segment in a
    band of ``width`` around the diagonal; None when fewer than 8 segments qualify."""
    n, m = len(src), len(tgt)
    rows = np.flatnonzero(src.weights >= min_weight)
    if rows.size < 8 or m == 0:
        return None
    if rows.size > sample:
        rows = rows[np.linspace(0, rows.size - 1, sample).astype(np.int64)]
    width = min(width, m)
    plo = np.clip(np.rint(np.arange(n) * (m / n)).astype(np.int64) - width // 2, 0, m - width)
    if n > 4 * sample:
        overlap = band_overlap(src.take(rows), tgt, plo[rows], width)
    else:
        overlap = band_overlap(src, tgt, plo, width)[rows]
    return rows, overlap.max(axis=1).astype(np.float64)
