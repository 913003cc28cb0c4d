"""Association scores on the 2×2 contingency table of a term and a candidate.

Over ``n`` segment pairs, a term occurs (on its side) in ``term_count`` of them, the
candidate (on the other side) in ``candidate_count``, both in ``joint``:

=============  ============================  =========================
               candidate present              candidate absent
term present   a = joint                      b = term_count − joint
term absent    c = candidate_count − joint    d = n − a − b − c
=============  ============================  =========================

Dice measures how exclusively the two go together (1.0: always together, never apart);
the log-likelihood ratio G² (Dunning 1993) measures how unlikely their co-occurrence is
by chance, which Dice alone cannot tell for rare pairs (1 of 1 gives Dice 1.0).
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Table:
    """The four cells of the contingency table."""

    a: int
    b: int
    c: int
    d: int

    @classmethod
    def of(cls, joint: int, term_count: int, candidate_count: int, n: int) -> Table:
        """The table from marginal counts; counts are clamped so cells never go negative
        (pruned streaming counts may slightly undercount a marginal)."""
        term_count = max(term_count, joint)
        candidate_count = max(candidate_count, joint)
        n = max(n, term_count + candidate_count - joint)
        return cls(joint, term_count - joint, candidate_count - joint,
                   n - term_count - candidate_count + joint)


def dice(joint: int, term_count: int, candidate_count: int) -> float:
    """2·joint / (term_count + candidate_count), in [0, 1]."""
    total = term_count + candidate_count
    return 2.0 * joint / total if total else 0.0


def _xlogx(x: float) -> float:
    return x * math.log(x) if x > 0 else 0.0


def log_likelihood(table: Table) -> float:
    """Dunning's G² for the table; 0 for independence, larger for stronger association.

    Negative association (the two avoid each other) also gives a large G²; callers that
    want attraction only should use :func:`signed_log_likelihood`.
    """
    a, b, c, d = table.a, table.b, table.c, table.d
    n = a + b + c + d
    if n == 0:
        return 0.0
    cells = _xlogx(a) + _xlogx(b) + _xlogx(c) + _xlogx(d)
    margins = _xlogx(a + b) + _xlogx(c + d) + _xlogx(a + c) + _xlogx(b + d)
    return max(0.0, 2.0 * (cells - margins + _xlogx(n)))


def signed_log_likelihood(table: Table) -> float:
    """G², negated when the pair occurs together less often than chance predicts."""
    n = table.a + table.b + table.c + table.d
    if n == 0:
        return 0.0
    expected = (table.a + table.b) * (table.a + table.c) / n
    g2 = log_likelihood(table)
    return g2 if table.a >= expected else -g2
