"""Competitive linking (Melamed 2000) inside one segment pair.

Co-occurrence counts also reward *indirect* associations: 行动纲领 and 国际追查文书 are
often cited in the same sentence, so "International Tracing Instrument" co-occurs with
行动纲领 nearly as often as "Programme of Action" does. Competitive linking removes
them: in each segment pair the strongest (term, candidate span) link is taken first,
and a term already linked, or a span overlapping one already taken, cannot be linked
again. "International Tracing Instrument" is then used up by 国际追查文书, and counting
links instead of co-occurrences leaves 行动纲领 with its true equivalent.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Link:
    """A possible link of term ``term`` to the candidate occupying [start, end)."""

    term: int
    candidate: str
    start: int
    end: int
    score: float
    surface: str = ""
    """The span's text as written (for casing)."""
    initial: bool = False


def competitive_links(options: Iterable[Link]) -> list[Link]:
    """The links chosen greedily by score; each term and each position used once.

    Ties go to the longer span (the maximal candidate), then to the earlier one, so the
    result does not depend on the order of ``options``.
    """
    ordered = sorted(options, key=lambda o: (-o.score, o.start - o.end, o.start, o.term,
                                             o.candidate))
    linked_terms: set[int] = set()
    taken: list[tuple[int, int]] = []
    chosen: list[Link] = []
    for option in ordered:
        if option.term in linked_terms:
            continue
        if any(option.start < end and start < option.end for start, end in taken):
            continue
        linked_terms.add(option.term)
        taken.append((option.start, option.end))
        chosen.append(option)
    return chosen
