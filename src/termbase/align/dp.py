"""The banded dynamic programme: best bead sequence inside a band around a guide path.

Row ``i`` of the lattice (i Chinese segments consumed) keeps only the columns
``lo[i] .. lo[i] + width - 1`` (English segments consumed), so memory is
``rows × width`` one-byte back-pointers plus a few rows of costs: linear in the document
length for a fixed width. Costs are computed by :class:`~termbase.align.cost.CostTable`
for blocks of rows at once (numpy), and the recursion runs row by row with vector
operations: all bead types that consume at least one Chinese segment are a shifted view
of an earlier row, and the chain of 0-1 beads within a row is a running minimum.

If the best path runs along the edge of the band, the band was too narrow or badly
placed: :func:`align_band` re-centres it on that path, widens it and runs again, up to a
cell budget.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from termbase.align.cost import CostTable
from termbase.align.features import IntArray

Step = tuple[int, int, int, int]
"""(a, b, i, j): a bead of a source and b target segments ending at lattice cell (i, j)."""


def diagonal_guide(n: int, m: int) -> IntArray:
    """Column of the straight line from (0, 0) to (n, m) at each row."""
    if n == 0:
        return np.zeros(1, dtype=np.int64)
    return np.asarray(np.rint(np.arange(n + 1) * (m / n)), dtype=np.int64)


def path_guide(path: Sequence[Step], n: int) -> IntArray:
    """Column in the middle of each row's stretch of ``path``; rows inside a bead interpolated."""
    low = np.full(n + 1, np.iinfo(np.int64).max, dtype=np.int64)
    high = np.full(n + 1, -1, dtype=np.int64)
    low[0] = high[0] = 0
    for a, b, i, j in path:
        for row in range(i - a, i + 1):
            if a:
                col = j - b + (b * (row - i + a)) // a
                low[row], high[row] = min(low[row], col), max(high[row], col)
            else:
                low[row], high[row] = min(low[row], j - b), max(high[row], j)
    return np.maximum.accumulate((low + high) // 2)


def band_starts(guide: IntArray, m: int, width: int) -> IntArray:
    """First column of each row's band, kept inside [0, m] and non-decreasing."""
    half = width // 2
    lo = np.clip(guide - half, 0, max(m + 1 - width, 0))
    return np.maximum.accumulate(lo).astype(np.int64)


def run_band(table: CostTable, types: Sequence[tuple[int, int]], lo: IntArray,
             width: int, block_cells: int = 100_000) -> list[Step]:
    """The cheapest path from (0, 0) to (n, m) inside the band; types must include (0, 1)
    and (1, 0) so that a path always exists."""
    n, m = table.n, table.m
    main = [(a, b) for a, b in types if a > 0]
    has_insert = (0, 1) in types
    max_a = max(a for a, _ in main)
    back = np.zeros((n + 1, width), dtype=np.int8)
    # plo[s]: first target column whose overlap with source s may be needed.
    max_b = max(b for _, b in types)
    ahead = lo[np.minimum(np.arange(n) + max_a, n)] if n else lo[:0]
    plo = np.maximum(lo[1:n + 1] - max_b, 0)
    overlap_width = int((ahead + width - plo).max()) if n else 1
    table.set_band(plo, max(overlap_width, 1))
    # Cost of the 0-1 bead ending at each column, padded so a band can read past m.
    # Columns past m get a large finite cost (not inf, which would poison the sums).
    insert_cost = np.full(m + 1 + width, 1e9)
    insert_cost[0] = 0.0
    insert_cost[1:m + 1] = table.cost(np.zeros(m, dtype=np.int64), np.arange(1, m + 1), 0, 1)
    cumulative = np.concatenate([[0.0], np.cumsum(insert_cost)])
    columns = np.arange(width, dtype=np.int64)
    # A block's costs share about 100 memoised arrays of its size (CostTable.costs),
    # so the block is kept small: 100,000 cells hold a typical UN document in one.
    rows_per_block = max(1, block_cells // width)
    inf = np.inf
    insert_index = len(main)
    starts = lo.tolist()  # Python ints: the row loop does scalar arithmetic on them
    # The last max_a + 1 rows of best costs, row i in slot i % slots; one more slot and
    # one more column of inf stand for "no such row" and "outside the band".
    slots = max_a + 1
    ring = np.full((slots + 1, width + 1), inf)
    a_of = np.array([a for a, _ in main], dtype=np.int64)
    b_of = np.array([b for _, b in main], dtype=np.int64)
    for start in range(0, n + 1, rows_per_block):
        rows = np.arange(start, min(n + 1, start + rows_per_block), dtype=np.int64)
        cells_j = lo[rows][:, None] + columns[None, :]
        block = np.stack(table.costs(rows[:, None], cells_j, main))
        # Where each bead type of each row reads its predecessor: the ring slot of row
        # i - a and, per column, the column of that row's band holding j - b.
        source = rows[:, None] - a_of[None, :]
        slot = np.where(source >= 0, source % slots, slots)
        shift = lo[rows][:, None] - b_of[None, :] - lo[np.maximum(source, 0)]
        read = columns[None, None, :] + shift[:, :, None]
        read = np.where((read >= 0) & (read < width), read, width)
        for r, i in enumerate(rows.tolist()):
            candidates = ring[slot[r][:, None], read[r]] + block[:, r, :]
            choice = candidates.argmin(axis=0).astype(np.int8)
            best = candidates.min(axis=0)
            if i == 0:
                best[0] = 0.0
            if has_insert:
                # D[k] = min(best[k], D[k-1] + c[k]) is a running minimum of best - C,
                # with C the running sum of the insertion costs along the row.
                first = starts[i]
                ramp = cumulative[first + 1:first + 1 + width] - cumulative[first + 1]
                scanned = np.minimum.accumulate(best - ramp) + ramp
                if first + width - 1 > m:
                    scanned[m - first + 1:] = inf
                from_left = scanned < best - 1e-9
                choice[from_left] = insert_index
                best = scanned
            back[i] = choice
            ring[i % slots, :width] = best
    return _trace(back, lo, main, n, m)


def _trace(back: np.ndarray, lo: IntArray, main: Sequence[tuple[int, int]],
           n: int, m: int) -> list[Step]:
    steps: list[Step] = []
    i, j = n, m
    while i > 0 or j > 0:
        t = int(back[i, j - lo[i]])
        a, b = main[t] if t < len(main) else (0, 1)
        steps.append((a, b, i, j))
        i, j = i - a, j - b
    steps.reverse()
    return steps


def touches_edge(path: Sequence[Step], lo: IntArray, width: int, m: int, margin: int) -> bool:
    """Whether the path comes within ``margin`` of a band edge that is not the lattice edge."""
    for a, b, i, j in path:
        for row, col in ((i, j), (i - a, j - b)):
            k = col - lo[row]
            if (k < margin and lo[row] > 0) or (k > width - 1 - margin
                                                 and lo[row] + width - 1 < m):
                return True
    return False


def align_band(table: CostTable, types: Sequence[tuple[int, int]], *, width: int,
               max_cells: int, max_passes: int = 4, start: Sequence[Step] = ()) -> list[Step]:
    """The best path of a banded DP around the diagonal, re-centred and widened while the
    path hits the band's edge.

    ``start``, a path over the same lattice (an earlier pass with other costs), centres
    the first band on that path instead of the diagonal, so a second pass usually needs
    one run of the DP.
    """
    n, m = table.n, table.m
    # The band must at least span the steepest diagonal step and every bead type.
    steep = int(np.ceil(max(m / max(n, 1), 1.0)))
    width = max(width, 4 * steep + 9)
    width = min(width, m + 1)
    cap = max(max_cells // (n + 1), 4 * steep + 9)
    width = min(width, max(cap, 1))
    guide = path_guide(start, n) if start else diagonal_guide(n, m)
    passes = 0
    while True:
        passes += 1
        lo = band_starts(guide, m, width)
        path = run_band(table, types, lo, width)
        wider = min(2 * width, m + 1, cap)
        margin = max(2, width // 16)
        if passes >= max_passes or not touches_edge(path, lo, width, m, margin):
            return path
        guide = path_guide(path, n)
        width = max(width, wider)
