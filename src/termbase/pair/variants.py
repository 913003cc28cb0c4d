"""Names whose support the corpus splits between spellings that differ in function words.

Translators do not always agree on a name's prepositions: the same 伊拉克和黎凡特伊斯兰国 is
"Islamic State in Iraq and the Levant" in four pairs and "Islamic State of Iraq and the
Levant" in two. Each spelling then co-occurs with the term less often than the words
they share, and competitive linking crowns the shared part, "Islamic State" — an answer
one name too short. When the spellings that complete the linked answer differ only in
function words, translate more of the term than the linked answer, and together
co-occur with the term as often as it does, they are one name, and its most frequent
spelling is the answer.

Each spelling alone may be too rare to survive the cut to a term's most frequent
candidates, so the cut keeps the spellings of a name whose spellings together would
(:func:`spellings_to_keep`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from termbase.pair.dictionary import Dictionary, coverage
from termbase.pair.ngrams import STOP_WORDS, contains


def skeleton(key: str) -> str:
    """``key`` with each run of function words replaced by one placeholder ("and" and
    "and the" alike: "nuclear disarmament and (the) non-proliferation of …")."""
    out: list[str] = []
    for word in key.split():
        if word not in STOP_WORDS:
            out.append(word)
        elif not out or out[-1] != "_":
            out.append("_")
    return " ".join(out)


def name_across_spellings(term: str, key: str, kept: Mapping[str, int],
                          dictionary: Dictionary, min_support: int) -> tuple[str, int] | None:
    """The most frequent spelling of the name that ``key`` is split from, with the number
    of the term's pairs that hold any of its spellings; None when there is no such name.

    ``kept`` maps candidate keys to the number of the term's pairs they occur in. A
    single spelling does not qualify: a name spelled one way already competes with
    ``key`` on its own counts, and lost.
    """
    groups: dict[str, list[tuple[int, str]]] = {}
    base = coverage(term, key, dictionary) or 0.0
    for longer, joint in kept.items():
        if longer == key or joint < min_support or not contains(longer, key, "en"):
            continue
        if (coverage(term, longer, dictionary) or 0.0) <= base:
            continue
        groups.setdefault(skeleton(longer), []).append((joint, longer))
    best: tuple[int, int, str] | None = None
    for spellings in groups.values():
        if len(spellings) < 2:
            continue
        together = sum(joint for joint, _ in spellings)
        joint, spelling = max(spellings)
        if together >= kept.get(key, together) and (best is None or
                                                     (together, joint) > best[:2]):
            best = (together, joint, spelling)
    return (best[2], best[0]) if best else None


_MAX_SPELLINGS = 8
"""A name is not spelled in more ways than this; rarer spellings are not looked at, which
bounds the walk for a frequent term whose candidate list runs to thousands."""


def spellings_to_keep(counts: Sequence[tuple[str, int]], cut: int) -> list[str]:
    """Keys of ``counts`` (English candidates of one term with their co-occurrence, most
    frequent first) beyond the first ``cut`` that spell, in another way
    (:func:`skeleton`), a name whose spellings together co-occur more often than the
    count at the cut — where ties are cut arbitrarily."""
    if len(counts) <= cut:
        return []
    floor = counts[cut - 1][1]
    groups: defaultdict[str, list[tuple[int, str, int]]] = defaultdict(list)
    for rank, (key, count) in enumerate(counts):
        if count * _MAX_SPELLINGS < floor:
            break  # the rest is sorted lower: too rare to make up a name that counts
        if " " in key:
            shape = skeleton(key)
            if "_" in shape:
                groups[shape].append((rank, key, count))
    return [key for spellings in groups.values() if len(spellings) > 1
            and sum(count for _, _, count in spellings) > floor
            for rank, key, _ in spellings if rank >= cut]
