"""Hard anchors: paragraph pairs that must align, cutting the documents into windows.

When both sides carry paragraph indices, a paragraph pair is an anchor if

* both paragraphs print the same label ("13", "(a)") and no other paragraph on either
  side prints it, or
* both contain the same *strong* token — a document symbol (A/RES/68/48), a number of
  three or more digits (a year, a figure) — found in no other paragraph of either side,
  and their lengths are compatible.

The anchors that form the best-supported increasing chain are kept, and each one cuts
both documents at the start of its paragraphs; the sentence aligner then runs inside
each window independently. Without paragraph indices there is one window: sentence
boundaries are not safe cut points (a sentence pair may belong to a 2-1 bead).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from termbase.align.features import SideFeatures, symbol_keys
from termbase.align.model import Segment

Window = tuple[int, int, int, int]
"""(first Chinese segment, end, first English segment, end) — half-open ranges."""


def _paragraphs(segments: Sequence[Segment]) -> list[tuple[int, int, str, str]] | None:
    """(first segment, end, label, text) per paragraph, or None when indices are missing."""
    if not segments or any(s.paragraph is None for s in segments):
        return None
    out: list[tuple[int, int, str, str]] = []
    for index, segment in enumerate(segments):
        if out and segments[out[-1][0]].paragraph == segment.paragraph:
            first, _, label, text = out[-1]
            out[-1] = (first, index + 1, label, text + " " + segment.text)
        else:
            out.append((index, index + 1, segment.label.strip(), segment.text))
    return out


def _strong(key: str) -> bool:
    if key.startswith("@"):
        return "/" in key  # document symbols; plain Latin words are too common
    digits = key[1:].replace(".", "")
    return len(digits) >= 3


def _unique_keys(paragraphs: Sequence[tuple[int, int, str, str]]) -> dict[str, int]:
    seen: dict[str, int] = {}
    for index, (_, _, _, text) in enumerate(paragraphs):
        for key in symbol_keys(text):
            if _strong(key):
                seen[key] = -1 if key in seen and seen[key] != index else index
    return {k: v for k, v in seen.items() if v >= 0}


def _unique_labels(paragraphs: Sequence[tuple[int, int, str, str]]) -> dict[str, int]:
    seen: dict[str, int] = {}
    for index, (_, _, label, _) in enumerate(paragraphs):
        if label:
            seen[label] = -1 if label in seen else index
    return {k: v for k, v in seen.items() if v >= 0}


def _chain(pairs: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """The heaviest chain of pairs increasing on both sides (weighted LIS, O(k²) on few pairs)."""
    items = sorted(pairs.items())
    best: list[float] = []
    back: list[int] = []
    for k, ((z, e), weight) in enumerate(items):
        best.append(weight)
        back.append(-1)
        for p in range(k):
            (pz, pe), _ = items[p]
            if pz < z and pe < e and best[p] + weight > best[k]:
                best[k], back[k] = best[p] + weight, p
    if not items:
        return []
    k = max(range(len(items)), key=best.__getitem__)
    chain: list[tuple[int, int]] = []
    while k >= 0:
        chain.append(items[k][0])
        k = back[k]
    return chain[::-1]


_LENGTH_RATIO = 3.2
"""English characters (spaces left out) expected for each Chinese one: two paragraphs
sharing a strong token are compatible when the English has 0.5 to 2 times that length."""


def paragraph_anchors(zh: Sequence[Segment], en: Sequence[Segment]) -> list[tuple[int, int]]:
    """Anchored (Chinese segment, English segment) cut points: starts of anchored paragraphs."""
    zp, ep = _paragraphs(zh), _paragraphs(en)
    if zp is None or ep is None:
        return []
    pairs: dict[tuple[int, int], float] = {}
    zl, el = _unique_labels(zp), _unique_labels(ep)
    for label, z in zl.items():
        if label in el:
            pairs[(z, el[label])] = pairs.get((z, el[label]), 0.0) + 3.0
    zk, ek = _unique_keys(zp), _unique_keys(ep)
    for key, z in zk.items():
        e = ek.get(key)
        if e is None:
            continue
        zlen = len("".join(zp[z][3].split()))
        elen = len("".join(ep[e][3].split()))
        if 0.5 <= elen / max(zlen * _LENGTH_RATIO, 1.0) <= 2.0:
            pairs[(z, e)] = pairs.get((z, e), 0.0) + 1.0
    return [(zp[z][0], ep[e][0]) for z, e in _chain(pairs)]


def find_windows(zh: Sequence[Segment], en: Sequence[Segment], zf: SideFeatures,
                 ef: SideFeatures) -> list[Window]:
    """Windows between consecutive anchors, covering both sides completely, in order."""
    n, m = len(zf), len(ef)
    cuts = [(z, e) for z, e in paragraph_anchors(zh, en) if 0 < z < n and 0 < e < m]
    bounds = [(0, 0), *cuts, (n, m)]
    return [(z0, z1, e0, e1) for (z0, e0), (z1, e1) in itertools.pairwise(bounds)]

