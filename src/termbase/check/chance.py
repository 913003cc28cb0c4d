"""How likely a count is by chance: the tests by which a word of a translation counts as
evidence of a sense only when it is met too often to be luck (check/other_sense,
check/longer_source_word)."""

from __future__ import annotations

import math


def upper_tail(population: int, marked: int, drawn: int, seen: int) -> float:
    """The chance that ``drawn`` units taken at random from ``population``, of which
    ``marked`` show a sign, hold ``seen`` of them or more (the hypergeometric upper
    tail)."""
    total = math.comb(population, drawn)
    return sum(math.comb(marked, k) * math.comb(population - marked, drawn - k)
               for k in range(seen, min(marked, drawn) + 1)) / total
