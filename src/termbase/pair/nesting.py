"""Terms inside longer listed terms: who owns a use, and a second look when the owner
proves no term of its own.

A use of a term inside a longer listed term belongs to the longer one
(:class:`termbase.pair.counting.TermFinder`): 大会 in 缔约方大会 is that Conference's. The
list `mine` pairs is an extractor's, though, and its longer entries are often phrases
around a term (具备复原力, 后果发表咨询意见) that take the term's evidence away. After the
first pairing run:

1. a longer term that gets no English is such a phrase: the terms inside it are paired
   again without it, and get its uses back; so do the conjuncts of a coordination
   (发展行为体 in 人道主义行为体和发展行为体), which are used there as they stand alone —
   the extractor counts them so too (:func:`termbase.extract.drafts.conjunct_uses`). A
   phrase without English inside such a phrase is paired again beside the names around
   it, and answered only on the evidence of 2;
2. a term still without English while longer terms hold some of its uses is paired alone,
   over all of them — and answered only when most of its uses are rendered alike, in more
   pairs than an answer otherwise needs (a fragment used twice is no term), and when the
   rendering is also said where the term stands alone (else it may be the longer term's
   words: "Compliance Committees" for 遵约). Terms that hold one another are paired in
   separate runs, innermost first: in one list the longer, itself without English, would
   take the shorter's uses again.

Step 2 alone (:func:`starved_terms_alone`) serves a list whose longer phrases must keep
their uses: ``mine``'s shortlist tail, paired apart from the terms it ranks before them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from termbase.pair import counting
from termbase.pair.corpus import Corpus, SegmentPair
from termbase.pair.results import PairingReport, TermPairing
from termbase.text.chinese import ZH_CONJUNCTIONS

MAX_OWN_USES = 50
"""English kept per term to ask where it stands alone (bounded memory on large corpora)."""


def nested_terms_again(term_list: tuple[str, ...], report: PairingReport, corpus: Corpus,
                       min_support: int,
                       pair_once: Callable[[tuple[str, ...]], PairingReport]
                       ) -> PairingReport:
    """``report`` with the terms inside phrases paired again (see the module notes);
    ``pair_once`` pairs a list of terms over the same corpus and settings."""
    finder = counting.TermFinder(term_list, "zh")
    holds = _holds(finder, term_list)
    released = {i for i, held in holds.items() if held and report.pairings[i].best is None}
    conjuncts = {i: shared for i, held in holds.items() if i not in released
                 and (shared := {k for k in held if _is_conjunct(term_list[k], term_list[i])})}
    inside = set().union(*(holds[i] for i in released), *conjuncts.values()) - released
    pairings = report.pairings
    again: dict[str, TermPairing] = {}
    if inside:
        kept = {i for i, held in holds.items()
                if i not in released and i not in conjuncts and held & inside}
        second = pair_once(tuple(term_list[i] for i in sorted(inside | kept)))
        inner = {term_list[i] for i in inside}
        again = {p.term: p for p in second.pairings if p.term in inner}
        pairings = tuple(again.get(p.term, p) for p in pairings)
    # A phrase inside a released phrase is paired again too, but apart (in the same list
    # it would take back the uses just given to the terms inside it), and answered only
    # on the evidence a term paired alone needs: it has failed once already.
    nested_phrases = released & set().union(*(holds[i] for i in released))
    if nested_phrases:
        holders = {i for i, held in holds.items()
                   if i not in released and i not in conjuncts and held & nested_phrases}
        rerun = pair_once(tuple(term_list[i] for i in sorted(nested_phrases | holders)))
        phrases = {term_list[i] for i in nested_phrases}
        again.update((p.term, p) for p in rerun.pairings
                     if p.term in phrases and _well_supported(p, min_support))
        pairings = tuple(again.get(p.term, p) for p in pairings)
    alone = _paired_alone(term_list, pairings, corpus, finder, holds, min_support, pair_once)
    if alone:
        again.update(alone)
        pairings = tuple(alone.get(p.term, p) for p in pairings)
    if not again:
        return report
    return PairingReport(pairings, {**report.stats, "terms paired again": len(again)},
                         report.diagnostics)


def starved_terms_alone(term_list: tuple[str, ...], report: PairingReport, corpus: Corpus,
                        min_support: int,
                        pair_once: Callable[[tuple[str, ...]], PairingReport],
                        beside: Sequence[str] = ()) -> PairingReport:
    """``report`` with its terms still without English while longer listed terms hold
    some of their uses paired alone (step 2 of the module notes), no phrase released;
    only those used on their own somewhere, outside every longer term of ``term_list``
    and of ``beside`` (terms paired apart): one always inside longer names is a piece of
    them (力量全国联盟 'National Coalition' of a coalition's full name).
    ``report.pairings`` stand in ``term_list``'s order."""
    listed = (*term_list, *(term for term in beside if term not in set(term_list)))
    finder = counting.TermFinder(listed, "zh")
    holds = _holds(finder, term_list)
    alone = _paired_alone(term_list, report.pairings, corpus, finder, holds, min_support,
                          pair_once, used_alone=True)
    if not alone:
        return report
    return PairingReport(tuple(alone.get(p.term, p) for p in report.pairings),
                         {**report.stats, "terms paired again": len(alone)},
                         report.diagnostics)


def _paired_alone(term_list: tuple[str, ...], pairings: Sequence[TermPairing], corpus: Corpus,
                  finder: counting.TermFinder, holds: dict[int, set[int]], min_support: int,
                  pair_once: Callable[[tuple[str, ...]], PairingReport],
                  used_alone: bool = False) -> dict[str, TermPairing]:
    """The second answers of the terms without English that longer terms hold (their
    ``pairings``), each paired alone over all its uses, innermost first; with
    ``used_alone``, only of those that stand outside every longer term somewhere."""
    starved = {i for i in set().union(*holds.values()) if pairings[i].best is None}
    alone: dict[str, TermPairing] = {}
    for layer in _innermost_first(starved, holds):
        uses, own = _uses(corpus, finder, term_list, layer)
        # A term held in too few pairs cannot be well supported: it is not paired again
        # (about half the starved terms of mine's lists on the development texts).
        layer = [i for i, n in zip(layer, uses, strict=True)
                 if n > min_support and (i in own or not used_alone)]
        if not layer:
            continue
        third = pair_once(tuple(term_list[i] for i in layer))
        alone.update((p.term, p) for p, i in zip(third.pairings, layer, strict=True)
                     if _well_supported(p, min_support) and p.best is not None
                     and _said_where_alone(p.best.text, own.get(i, [])))
    return alone


def _holds(finder: counting.TermFinder, term_list: tuple[str, ...]) -> dict[int, set[int]]:
    """Each term's index → those of the other terms of ``term_list`` inside it; ``finder``
    lists ``term_list`` first, in order, and may list more terms after it."""
    own = range(len(term_list))
    return {i: {k for k in finder.within(text) if k in own} - {i}
            for i, text in enumerate(term_list)}


def _well_supported(pairing: TermPairing, min_support: int) -> bool:
    """Whether a second answer renders most of the term's uses alike, in more pairs than
    an answer otherwise needs (a fragment used twice is no term)."""
    best = pairing.best
    return (best is not None and best.support > min_support
            and 2 * best.support > pairing.occurrences)


def _is_conjunct(term: str, longer: str) -> bool:
    """Whether ``term`` is a whole conjunct of the coordination ``longer``
    (营养不良 of 粮食不安全和营养不良)."""
    return any(longer.startswith(term + c) or longer.endswith(c + term)
               for c in ZH_CONJUNCTIONS)


def _innermost_first(terms: set[int], holds: dict[int, set[int]]) -> list[list[int]]:
    """``terms`` in layers, none holding another of its layer: first those that hold
    none of the others, then those that hold only terms of earlier layers, and so on."""
    layers: list[list[int]] = []
    left = set(terms)
    while left:
        # Two spellings may each match inside the other: then they share the last layer.
        layer = sorted(i for i in left if not holds[i] & left) or sorted(left)
        layers.append(layer)
        left.difference_update(layer)
    return layers


def _uses(corpus: Iterable[SegmentPair], finder: counting.TermFinder,
          term_list: tuple[str, ...], terms: Sequence[int]
          ) -> tuple[list[int], dict[int, list[str]]]:
    """How many segment pairs hold each of ``terms`` (a layer: none holds another), as
    pairing them alone counts them; and the English of (up to :data:`MAX_OWN_USES`)
    pairs where each stands outside every longer listed term (``finder``'s)."""
    alone = counting.TermFinder([term_list[i] for i in terms], "zh")
    wanted = set(terms)
    counts = [0] * len(terms)
    found: dict[int, list[str]] = {}
    for pair in corpus:
        held = alone.find(pair.zh)
        if not held:
            continue
        for k in held:
            counts[k] += 1
        for index in wanted.intersection(finder.find(pair.zh)):
            kept = found.setdefault(index, [])
            if len(kept) < MAX_OWN_USES:
                kept.append(pair.en)
    return counts, found


def _said_where_alone(answer: str, english: Sequence[str]) -> bool:
    """Whether a rendering learnt mostly from uses inside longer terms is also said
    where the term stands alone; a term never alone cannot be asked."""
    key = answer.casefold()
    return not english or any(key in text.casefold() for text in english)

