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

import re
from collections.abc import Iterable, Mapping
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


def competitive_links(options: Iterable[Link],
                      slash_sides: Mapping[int, int] | None = None) -> list[Link]:
    """The links chosen greedily by score; each term and each position used once.

    Ties go to the longer span (the maximal candidate), then to the earlier one, so the
    result does not depend on the order of ``options``.

    One English slash pair ("HIV/AIDS", one word to the n-gram counter) renders two
    terms a Chinese slash joins (艾滋病毒/艾滋病): it is linked to the second of them
    too, when ``slash_sides`` (term → the side of a slash it stands on in the pair's
    Chinese, :func:`slash_side_of`) puts the two on either side. Otherwise the first
    took it whole and the other was left without its rendering in every such pair.
    """
    ordered = sorted(options, key=lambda o: (-o.score, o.start - o.end, o.start, o.term,
                                             o.candidate))
    linked_terms: set[int] = set()
    taken: list[tuple[int, int]] = []
    holder: dict[tuple[int, int], int] = {}  # a slash pair's span → its one term so far
    chosen: list[Link] = []
    for option in ordered:
        if option.term in linked_terms:
            continue
        span = (option.start, option.end)
        if any(option.start < end and start < option.end for start, end in taken):
            first = holder.pop(span, None)
            if first is None or slash_sides is None or {
                    slash_sides.get(first), slash_sides.get(option.term)} != {0, 1}:
                continue
        elif slash_sides and SLASH_PAIR.fullmatch(option.surface):
            holder[span] = option.term
        linked_terms.add(option.term)
        taken.append(span)
        chosen.append(option)
    return chosen


SLASH_PAIR = re.compile(r"[^\W\d_]+/[^\W\d_]+")
"""Two words joined by a slash ("HIV/AIDS"); not a document symbol ("A/60/289")."""

SLASHES = "/／"


def slash_side_of(term: str, zh: str) -> int | None:
    """Which side of a slash ``term`` stands on in ``zh`` (0: before it, 1: after it), when
    it stands beside one, always on the same side; else None."""
    sides: set[int] = set()
    start = zh.find(term)
    while start >= 0:
        end = start + len(term)
        before = end < len(zh) and zh[end] in SLASHES
        after = start > 0 and zh[start - 1] in SLASHES
        if before != after:
            sides.add(0 if before else 1)
        start = zh.find(term, end)
    return sides.pop() if len(sides) == 1 else None
