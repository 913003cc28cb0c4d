"""Segment pairs whose two sides do not translate each other, found before counting.

Pairing trusts that each pair's English translates its Chinese. Line-aligned files break
that trust in stretches: one line missing on one side shifts every pair after it, and
the 2023 UN sample pairs English record *n + 1* with Chinese record *n* for most of its
themes, with the shift broken in places. A shifted pair is worse than no pair: its
English is the neighbouring paragraph, on the same subject, so the term co-occurs with
the right words of the wrong sentence, its share of linked uses falls, and a
misaligned pair may become an example shown to the user.

The test is relative, as the aligner's check of presplit lines is
(:func:`termbase.align.confidence.check_parallel`): a pair is left out when its Chinese
matches the English of the pair before or after it (same document) clearly better than
its own English, by the aligner's similarity (translatable words found on the other
side, blended with length agreement). A pair that is merely a loose translation is
kept: no neighbour matches it better. Each chunk of the corpus is checked on its own, so
the first and last pairs of a chunk have one neighbour. On well-aligned UN text (the UNv1
test set, the 2023 ``peace`` theme) 0.1–0.2 % of pairs are left out; on the shifted 2023
themes, about one pair in ten.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from termbase.align.confidence import pair_similarity
from termbase.align.cost import CostWeights
from termbase.align.features import featurize
from termbase.align.lexicon import Lexicon
from termbase.diagnostics import Diagnostic, warning
from termbase.errors import FormatError
from termbase.pair.corpus import SegmentPair

UNALIGNED_SHARE = 0.5
"""Above this share of pairs left out, the files are not aligned line by line at all:
aligned UN text leaves out 0.2 %, the shifted 2023 themes about 10 %, randomly paired
lines about 65 % (each line's neighbours then match it as well as its partner)."""

MIN_PAIRS = 20
"""Pairs needed before the share says anything."""

MARGIN = 0.05
"""How much better a neighbour's English must match a pair's Chinese (similarity is in
[0, 1]); at 0 ties of near-identical list items would count."""


def misaligned(pairs: Sequence[SegmentPair], lexicon: Lexicon) -> list[int]:
    """Indexes (into ``pairs``, consecutive pairs of a corpus) of the pairs whose Chinese
    matches the English of a neighbouring pair of the same document, or whose English
    matches the Chinese of one, better than the two match each other, by MARGIN."""
    n = len(pairs)
    if n < 2:
        return []
    zh, en = featurize([p.zh for p in pairs], [p.en for p in pairs], lexicon)
    weights = CostWeights()
    everyone = list(range(n))
    own = pair_similarity(zh, en, everyone, everyone, weights)
    best = np.full(n, -1.0)
    for step in (-1, 1):
        rows = [i for i in range(n) if 0 <= i + step < n and _comparable(pairs[i], pairs[i + step])]
        if not rows:
            continue
        others = [i + step for i in rows]
        best[rows] = np.maximum(best[rows], np.maximum(
            pair_similarity(zh, en, rows, others, weights),    # its Chinese, their English
            pair_similarity(zh, en, others, rows, weights)))   # their Chinese, its English
    return [int(i) for i in np.flatnonzero(best > own + MARGIN)]


def _comparable(pair: SegmentPair, neighbour: SegmentPair) -> bool:
    """Whether a neighbour can tell anything about a pair's alignment: from the same
    document, and saying something else on each side (the same Chinese line translated
    twice, loosely once, is no shift)."""
    return (neighbour.document == pair.document and neighbour.zh != pair.zh
            and neighbour.en != pair.en)


def misaligned_notice(count: int, lines: Sequence[tuple[int, str, int]]
                      ) -> tuple[Diagnostic, ...]:
    """The warning for ``count`` pairs left out, citing the first ``lines`` (position,
    document, line)."""
    if not count:
        return ()
    cited = ", ".join(f"{document} line {line}" for _, document, line in lines)
    more = ", …" if count > len(lines) else ""
    return (warning(
        "TB603", f"{count} segment pair(s) left out of pairing: a neighbouring line "
                 f"translates them better than their own ({cited}{more})",
        path=lines[0][1] if lines else None,
        hint="where several follow one another the files are shifted there (a line "
             "missing or added on one side): align the documents (termbase align) or fix "
             "the lines; a lone one is usually a loose translation beside a similar line. "
             "'termbase pair' and 'termbase mine' keep every pair with --trust-alignment"),)


def refuse_unaligned(left_out: int, kept: int, lines: Sequence[tuple[int, str, int]]) -> None:
    """Stop when most pairs were left out: the sides do not translate each other line by
    line, and pairing what is left would only count chance."""
    total = left_out + kept
    if total < MIN_PAIRS or left_out <= UNALIGNED_SHARE * total:
        return
    raise FormatError(
        f"{left_out} of {total} segment pairs match a neighbouring line better than their "
        f"own: the two sides are not aligned line by line",
        path=lines[0][1] if lines else None,
        hint="align the documents first (termbase align), or check that the files are "
             "translations of each other in the same order; --trust-alignment pairs them "
             "as they are")
