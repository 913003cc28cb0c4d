"""A recurring term's usual English rendering, learned from the units holding it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from termbase.check.learned.evidence import NEAR_BEST, English, WordEvidence, occurrences
from termbase.text.chinese import ZH_CONJUNCTIONS
from termbase.text.english import EN_CONJUNCTIONS

# A term's rendering must be in this many of the units holding it, and in this share
# at least.
MIN_RENDERED = 3
MIN_RENDERED_SHARE = 0.6


@dataclass(frozen=True, slots=True)
class Rendering:
    term: str
    key: str
    """The usual rendering's n-gram key (lower case, singular)."""
    surface: str
    units: frozenset[int]
    """The units holding the term."""
    rendered: int


def stop_words() -> frozenset[str]:
    from termbase.pair.ngrams import STOP_WORDS

    return STOP_WORDS


def learn_rendering(term: str, where: set[int], english: English, stop: frozenset[str]
           ) -> Rendering | None:
    """The term's usual rendering: among the English n-grams present in most of the
    units holding it and nearly as associated with it (Dice) as the best one, the
    longest — the best alone is often one shared word ("embargo" in both "arms embargo"
    and "weapons embargo"). It must have two content words or more: a rendering of one
    word gives no variant to compare."""
    joint = _joint(where, english)
    need = max(MIN_RENDERED, MIN_RENDERED_SHARE * len(where))
    keys = [k for k, n in joint.items() if n >= need]
    if not keys:
        return None
    key = most_associated(keys, joint, len(where), english)
    if sum(1 for w in key.split() if w not in stop) < 2 or _coordination(term, key):
        return None
    surface = next(english.surfaces(i)[key] for i in sorted(where) if english.has(i, key))
    return Rendering(term, key, surface, frozenset(where), joint[key])


def _joint(where: set[int], english: English) -> Counter[str]:
    """How many of the units ``where`` hold each English n-gram key."""
    joint: Counter[str] = Counter()
    for i in where:
        joint.update(english.keys(i))
    return joint


def short_of_a_share(where: set[int], english: English, stop: frozenset[str]
                     ) -> str | None:
    """The phrase of two content words or more in most units holding the term, when it
    is in MIN_RENDERED of them but short of MIN_RENDERED_SHARE: the norm may still be
    a majority of the units where the term stands as a word, when the others hold it
    only inside a longer word whose English says something else (国际法 in 国际法庭
    "international tribunal", 国际法院, 国际法律 "international legal")."""
    joint = _joint(where, english)
    need = max(MIN_RENDERED, MIN_RENDERED_SHARE * len(where))
    short = [(n, k) for k, n in joint.items() if MIN_RENDERED <= n < need
             and sum(1 for w in k.split() if w not in stop) >= 2]
    return max(short)[1] if short else None


def _coordination(term: str, key: str) -> bool:
    """Whether the term joins two terms (国家和区域, "national and regional"): its parts
    are what a translation renders one way or another, and each is learned on its own."""
    return (not ZH_CONJUNCTIONS.isdisjoint(term[1:-1])
            and not EN_CONJUNCTIONS.isdisjoint(key.split()))


def most_associated(keys: Sequence[str], joint: Counter[str], total: int,
                    english: English) -> str:
    """Of the keys nearly as associated with the term as the best one (Dice, over the
    ``total`` units holding it), the longest, then the most associated. A key's Dice
    needs the units of the whole draft holding it; it lies between what the units that
    may hold it and those holding the term allow, so it is counted only for keys whose
    bounds leave the answer open."""
    exact: dict[str, float] = {}

    def dice(k: str) -> float:
        if k not in exact:
            exact[k] = 2 * joint[k] / (total + english.df(k))
        return exact[k]

    def upper(k: str) -> float:
        return 2 * joint[k] / (total + joint[k])

    def lower(k: str) -> float:
        return 2 * joint[k] / (total + english.may_hold(k))

    by_upper = sorted(keys, key=lambda k: (-upper(k), k))
    best = dice(max(keys, key=lambda k: (lower(k), k)))
    for k in by_upper:
        if upper(k) <= best:
            break
        best = max(best, dice(k))
    floor = NEAR_BEST * best
    for size in sorted({len(k.split()) for k in keys}, reverse=True):
        chosen: tuple[float, str] | None = None
        for k in (k for k in by_upper if len(k.split()) == size):
            if upper(k) < floor or (chosen is not None and upper(k) < chosen[0]):
                break
            if dice(k) >= floor and (chosen is None or (dice(k), k) > chosen):
                chosen = (dice(k), k)
        if chosen is not None:
            return chosen[1]
    return max(exact, key=lambda k: (exact[k], k))  # not reached: the best is near the best


def renders_term(rendering: Rendering, evidence: WordEvidence, stop: frozenset[str]
                  ) -> bool:
    """Whether no content word of the rendering renders another source word ("honour"
    of 谨 beside the term, "Security" of 安全 beside 理事会主席): then the n-gram is
    the term's rendering and not a phrase around it. A word whose most associated piece
    is the term's renders the term, though a piece outside it comes near: the company a
    theme keeps ("law" 0.56 with 际法, 0.47 with 居点 where the draft's settlements
    violate international law) is no other source word."""
    unit = next(i for i in sorted(rendering.units) if evidence.english.has(i, rendering.key))
    words = [w for w in rendering.key.split() if w not in stop]
    return (all(_best_in_term(evidence.ranked_sources(w, unit), rendering.term)
                for w in words)
            and not any(_follows_a_neighbour(rendering, w, evidence) for w in words))


def _best_in_term(ranked: Sequence[str], term: str) -> bool:
    return not ranked or ranked[0] in term


# Within the term's units, a word follows a neighbouring piece when at least this share
# of the units with the word hold the piece and at most this share of those without.
WITH_NEIGHBOUR = 0.8
WITHOUT_NEIGHBOUR = 0.2


def _follows_a_neighbour(rendering: Rendering, word: str, evidence: WordEvidence) -> bool:
    """Whether, among the units holding the term, ``word`` comes and goes with a piece
    outside the term: "response" of "management response", learned for 管理层 where
    管理层回应 is most of its units, is there with 回应 and not without it. The draft-wide
    association misses it when the word is common in other senses (a "response" to a
    pandemic); the contrast inside the term's own units does not."""
    english = evidence.english
    units = sorted(rendering.units)
    with_word = [i for i in units if english.has(i, word)]
    without = [i for i in units if not english.has(i, word)]
    if len(with_word) < MIN_RENDERED or len(without) < MIN_RENDERED:
        return False
    held: Counter[str] = Counter(p for i in with_word for p in evidence.units[i].pieces)
    absent: Counter[str] = Counter(p for i in without for p in evidence.units[i].pieces)
    return any(n >= WITH_NEIGHBOUR * len(with_word)
               and absent[p] <= WITHOUT_NEIGHBOUR * len(without)
               and p not in rendering.term for p, n in held.items())


def trimmed(rendering: Rendering, evidence: WordEvidence, stop: frozenset[str]
             ) -> Rendering | None:
    """The longest part of a rendering that renders the term alone, when a word of the
    whole renders a source word beside it ("security sector" of 安全部门, learned as
    "security sector reform" where 安全部门改革 is most of its units): still in most of
    the term's units, two content words or more."""
    english, words = evidence.english, rendering.key.split()
    need = max(MIN_RENDERED, MIN_RENDERED_SHARE * len(rendering.units))
    for size in range(len(words) - 1, 1, -1):
        for a in range(len(words) - size + 1):
            part = words[a:a + size]
            if part[0] in stop or part[-1] in stop:
                continue
            key = " ".join(part)
            held = [i for i in sorted(rendering.units) if english.has(i, key)]
            if len(held) < need:
                continue
            shorter = Rendering(rendering.term, key, english.surfaces(held[0])[key],
                                 rendering.units, len(held))
            if renders_term(shorter, evidence, stop):
                return shorter
    return None


def rendered_each_time(rendering: Rendering, unit: int, evidence: WordEvidence) -> bool:
    """Whether the unit's translation holds the usual rendering as often as its source
    holds the term: a unit holding it once where the term stands twice may render the
    other one another way ("Least Developed States" for one 最不发达国家, "Least
    Developed Countries" for the next), which the rendering's mere presence hides. A
    translation that says the term once for two (a pronoun, a shared mention) leaves
    no variant to find, so counting costs nothing there."""
    record = evidence.units[unit]
    wanted = sum(len(occurrences(run, rendering.term)) for run in record.runs)
    if wanted <= 1:
        return True
    held = sum(1 for spans in evidence.english.occurrences(unit) for span in spans
               if span.key == rendering.key)
    return held >= wanted
