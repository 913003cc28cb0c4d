"""Counting n-grams over a stream of sentences, and the statistics that rank them.

Counts are plain dicts keyed by the n-gram's words joined with :data:`SEPARATOR`, so one
string slice makes a key and the words can be recovered with ``split``. Memory stays
bounded by pruning (lossy counting, after Manku & Motwani): when the table outgrows its
limit, n-grams seen no more than a rising threshold are dropped. A term that recurs is
counted from its first occurrence after the last pruning at worst, which loses at most
the threshold's worth of occurrences.

The statistics follow the literature on term extraction:

* **branching entropy** on each side (Jin & Tanaka-Ishii 2006; Huang & Powers):
  a term is followed and preceded by many different words; a fragment of a longer
  unit is not (纲领 is nearly always preceded by 行动). Neighbours are read off the
  (n+1)-gram counts, so no separate neighbour tables are kept; occurrences whose
  neighbour is unknown (punctuation, the sentence edge, or an extension too rare to
  keep) count as all different, the most diverse case;
* **association inside the term**: normalised PMI (Bouma 2009) at the weakest split
  point — a term is held together at every split, a chance sequence is not;
* **C-value** (Frantzi, Ananiadou & Mima 2000): frequency, discounted for a candidate
  that mostly occurs nested inside longer candidates, weighted by length.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import accumulate

from termbase.extract.candidates import BREAK, SEPARATOR
from termbase.text.segment import Segmenter


@dataclass(slots=True)
class Counts:
    """Mutable tallies of one stream: n-gram frequencies, document frequencies, titles."""

    ngrams: Counter[str] = field(default_factory=Counter)
    doc_freq: Counter[str] = field(default_factory=Counter)
    titles: Counter[str] = field(default_factory=Counter)
    title_doc_freq: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    name_doc_freq: Counter[str] = field(default_factory=Counter)
    definitions: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    tokens: int = 0
    characters: int = 0
    units: int = 0
    documents: int = 0
    prune_threshold: int = 0
    """Counts up to this were dropped at some point (0: nothing was ever pruned)."""
    tokenizer: Segmenter | None = None
    """The segmenter the counting used, with the words it learnt from the text."""
    coined: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """The words the segmenter learnt that the text coined on a bound morpheme, each with
    the pieces the dictionary cuts it into (:func:`termbase.extract.counting.coined_words`)."""

    def prune(self, limit: int) -> None:
        """Drop the rarest n-grams until at most ``limit`` remain."""
        while len(self.ngrams) > limit:
            self.prune_threshold += 1
            threshold = self.prune_threshold
            rare = [key for key, count in self.ngrams.items() if count <= threshold]
            for key in rare:
                del self.ngrams[key]
                self.doc_freq.pop(key, None)


def sentence_ngrams(words: Sequence[str], max_words: int, grams: list[str]) -> int:
    """Append every n-gram of up to ``max_words`` words of one sentence to ``grams``
    (1-grams first, then 2-grams …); return the number of words that are not breaks.

    The sentence is joined once with :data:`SEPARATOR` and every n-gram is one slice of
    that string. The n-grams' start positions are carried from one length to the next:
    an (n+1)-gram starts where an n-gram does and its last word is not a break, so no
    n-gram across a break is ever sliced (most would be: breaks are frequent), and the
    Python-level work is a few C-level comprehensions per sentence. The caller tallies
    many sentences' n-grams with one ``update``.
    """
    tokens = len(words) - words.count(BREAK)
    if max_words <= 0:
        return tokens
    joined = SEPARATOR.join(words) + SEPARATOR
    starts = list(accumulate([len(w) + 1 for w in words], initial=0))
    usable = [w != BREAK for w in words]
    usable.append(False)  # past the end: no n-gram runs beyond the sentence
    valid = [i for i, good in enumerate(usable) if good]
    # The 1-grams are the words themselves (a third of all n-grams): no slice to make.
    grams.extend([w for w in words if w != BREAK])
    n = 1
    while n < max_words:
        valid = [i for i in valid if usable[i + n]]
        if not valid:
            break
        n += 1
        grams.extend([joined[starts[i]:starts[i + n] - 1] for i in valid])
    return tokens


def entropy(total: int, known: Iterable[int]) -> float:
    """Entropy (nats) of neighbour counts ``known``, the rest of ``total`` all distinct."""
    counts = list(known)
    seen = sum(counts)
    if seen > total:  # counts from a pruned table may exceed the n-gram's own
        return -sum(c / total * math.log(c / total) for c in counts)
    # -Σ p·log p over the known counts plus the rest as singletons, rearranged:
    # log(total) − Σ c·log c / total (one logarithm per count, and a singleton adds 0).
    return math.log(total) - sum(c * math.log(c) for c in counts if c > 1) / total


@dataclass(frozen=True, slots=True)
class NgramStats:
    """What the counts say about one n-gram."""

    freq: int
    doc_freq: int
    left_entropy: float
    right_entropy: float
    association: float
    """Normalised PMI at the weakest split point, in [-1, 1]; 1.0 for a single word."""


class Neighbours:
    """Left and right neighbour counts of n-grams, read off the (n+1)-gram counts."""

    def __init__(self, ngrams: Mapping[str, int], min_count: int = 2,
                 wanted: AbstractSet[str] | None = None,
                 free_left: AbstractSet[str] = frozenset(),
                 free_right: AbstractSet[str] = frozenset()) -> None:
        """Index the (n+1)-grams seen ``min_count`` times; with ``wanted``, only those
        extending one of these n-grams (the candidates), which keeps the index small.

        A word of ``free_left`` (``free_right``) before (after) an n-gram never makes a
        longer term with it (a particle, a clause verb): such a neighbour
        leaves the boundary as open as punctuation does, so it is not indexed and counts
        among the unknown, all-different neighbours. 议事规则 is followed by 第 (第六条)
        nearly every time, which says nothing against it."""
        self.left: dict[str, list[tuple[str, int]]] = {}
        self.right: dict[str, list[tuple[str, int]]] = {}
        for key, count in ngrams.items():
            if count < min_count:
                continue
            cut = key.rfind(SEPARATOR)
            if cut < 0:
                continue
            prefix = key[:cut]
            if wanted is None or prefix in wanted:
                word = key[cut + 1:]
                if word not in free_right:
                    self.right.setdefault(prefix, []).append((word, count))
            cut = key.find(SEPARATOR)
            suffix = key[cut + 1:]
            if wanted is None or suffix in wanted:
                word = key[:cut]
                if word not in free_left:
                    self.left.setdefault(suffix, []).append((word, count))

    def left_words(self, key: str) -> list[tuple[str, int]]:
        return self.left.get(key, [])

    def right_words(self, key: str) -> list[tuple[str, int]]:
        return self.right.get(key, [])


def association(key: str, ngrams: Mapping[str, int], total: int) -> float:
    """Normalised PMI of the weakest split of the n-gram ``key`` into two parts."""
    words = key.split(SEPARATOR)
    if len(words) == 1:
        return 1.0
    joint = ngrams.get(key, 1)
    p_joint = joint / total
    if p_joint >= 1.0:
        return 1.0
    weakest = 1.0
    for k in range(1, len(words)):
        left = ngrams.get(SEPARATOR.join(words[:k]), joint)
        right = ngrams.get(SEPARATOR.join(words[k:]), joint)
        pmi = math.log(p_joint / ((left / total) * (right / total)))
        weakest = min(weakest, pmi / -math.log(p_joint))
    return weakest


def ngram_stats(key: str, counts: Counts, neighbours: Neighbours,
                max_words: int) -> NgramStats:
    """Frequency, dispersion, boundary and association statistics of ``key``."""
    freq = counts.ngrams.get(key, 0)
    words = key.count(SEPARATOR) + 1
    if words < max_words:
        left = entropy(freq, (c for _, c in neighbours.left_words(key)))
        right = entropy(freq, (c for _, c in neighbours.right_words(key)))
    else:
        # No (n+1)-grams were counted for the longest n-grams: no evidence either way.
        left = right = math.log(2)
    return NgramStats(freq, counts.doc_freq.get(key, 0), left, right,
                      association(key, counts.ngrams, max(counts.tokens, 1)))


MIN_CONTAINER_FREQ = 3
"""A longer candidate seen fewer times does not make a candidate inside it a fragment."""


def c_values(freqs: Mapping[str, int], containers: Mapping[str, list[str]]) -> dict[str, float]:
    """C-value of each candidate text in ``freqs``.

    ``containers[a]`` lists the longer candidates that contain ``a``. A candidate seen
    mostly inside longer ones (纲领 in 行动纲领) keeps only its independent occurrences.
    Frantzi et al. subtract the *mean* frequency of the containers; a fragment with one
    dominant container and many rare ones (小武器和轻武器非法 inside 小武器和轻武器非法
    贸易) then keeps most of its count, so the larger of the mean and half the dominant
    container's frequency is subtracted here.

    A container seen fewer than :data:`MIN_CONTAINER_FREQ` times is no evidence: two
    uses are the least an n-gram is counted with, and any string long enough to be a
    term turns up twice inside a longer one by chance (代表特别报告员 and 特别报告员发言
    around 特别报告员, 当地征聘人员 around 当地征聘). Subtracting such containers took two
    of a rare term's three uses, which sent terms used three times below n-grams seen
    twice.
    """
    values: dict[str, float] = {}
    for text, freq in freqs.items():
        weight = math.log2(len(text) + 1)
        longer = [b for b in containers.get(text, []) if freqs[b] >= MIN_CONTAINER_FREQ]
        if longer:
            outer = [freqs[b] for b in longer]
            nested = max(sum(outer) / len(outer), max(outer) / 2)
            values[text] = weight * max(freq - nested, 0.0)
        else:
            values[text] = weight * freq
    return values
