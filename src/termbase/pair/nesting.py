"""Terms inside longer listed terms: who owns a use, and a second look when the owner
proves no term of its own.

A use of a term inside a longer listed term belongs to the longer one
(:class:`termbase.pair.counting.TermFinder`): 大会 in 缔约方大会 is that Conference's. The
list `mine` pairs is an extractor's, though, and its longer entries are often phrases
around a term (具备复原力, 后果发表咨询意见) that take the term's evidence away. After the
first pairing run:

1. a longer term that gets no English is such a phrase: the terms inside it are paired
   again without it, and get its uses back;
2. a term still without English while longer terms hold some of its uses is paired alone,
   over all of them — and answered only when most of its uses are rendered alike, in more
   pairs than an answer otherwise needs (a fragment used twice is no term), and when the
   rendering is also said where the term stands alone (else it may be the longer term's
   words: "Compliance Committees" for 遵约).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from termbase.pair import counting
from termbase.pair.corpus import Corpus, SegmentPair
from termbase.pair.results import PairingReport, TermPairing

MAX_OWN_USES = 50
"""English kept per term to ask where it stands alone (bounded memory on large corpora)."""


def nested_terms_again(term_list: tuple[str, ...], report: PairingReport, corpus: Corpus,
                       min_support: int,
                       pair_once: Callable[[tuple[str, ...]], PairingReport]
                       ) -> PairingReport:
    """``report`` with the terms inside phrases paired again (see the module notes);
    ``pair_once`` pairs a list of terms over the same corpus and settings."""
    finder = counting.TermFinder(term_list, "zh")
    holds = {i: finder.within(text) - {i} for i, text in enumerate(term_list)}
    released = {i for i, held in holds.items() if held and report.pairings[i].best is None}
    inside = set().union(*(holds[i] for i in released)) - released
    pairings = report.pairings
    again: dict[str, TermPairing] = {}
    if inside:
        kept = {i for i, held in holds.items() if i not in released and held & inside}
        second = pair_once(tuple(term_list[i] for i in sorted(inside | kept)))
        inner = {term_list[i] for i in inside}
        again = {p.term: p for p in second.pairings if p.term in inner}
        pairings = tuple(again.get(p.term, p) for p in pairings)
    starved = [i for i in sorted(set().union(*holds.values())) if pairings[i].best is None]
    if starved:
        third = pair_once(tuple(term_list[i] for i in starved))
        own = _own_uses(corpus, finder, starved)
        alone = {p.term: p for p, i in zip(third.pairings, starved, strict=True)
                 if p.best is not None and p.best.support > min_support
                 and 2 * p.best.support > p.occurrences
                 and _said_where_alone(p.best.text, own.get(i, []))}
        again.update(alone)
        pairings = tuple(alone.get(p.term, p) for p in pairings)
    if not again:
        return report
    return PairingReport(pairings, {**report.stats, "terms paired again": len(again)},
                         report.diagnostics)


def _own_uses(corpus: Iterable[SegmentPair], finder: counting.TermFinder,
              terms: Sequence[int]) -> dict[int, list[str]]:
    """The English of (up to :data:`MAX_OWN_USES`) segment pairs where each of ``terms``
    stands outside every longer listed term."""
    wanted = set(terms)
    found: dict[int, list[str]] = {}
    for pair in corpus:
        for index in wanted.intersection(finder.find(pair.zh)):
            kept = found.setdefault(index, [])
            if len(kept) < MAX_OWN_USES:
                kept.append(pair.en)
    return found


def _said_where_alone(answer: str, english: Sequence[str]) -> bool:
    """Whether a rendering learnt mostly from uses inside longer terms is also said
    where the term stands alone; a term never alone cannot be asked."""
    key = answer.casefold()
    return not english or any(key in text.casefold() for text in english)

