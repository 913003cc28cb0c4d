"""Translations learned from the corpus, for the words the dictionary glosses otherwise.

:mod:`termbase.pair.context` asks whether a Chinese word standing beside a term
translates an English word of the answer. CC-CEDICT lacks the UN senses of the words a
term keeps company with most (委员会 is "committee", never "Commission"; 会议 is not
"session"), so the question is also put to the corpus: the word and the English stem
answer each other when they are strongly associated across all segment pairs (Dice and
log-likelihood over the pairs holding each, with a minimum count) — and several times more
strongly than the term itself is associated with the English stem, and more than any
word of the term, so that a term's own word is never left to its company (非洲 beside
非洲联盟委员会 says "African" no more than the term's own 非洲 does).

The same pass learns what a part of a term is rendered as on its own
(:meth:`Glosses.renders_alone`, asked by :func:`termbase.pair.fragments.unsaid_alone`):
员额 is "posts" in the pairs where it stands outside 临时员额, so "temporary" alone says
only half of 临时员额. Only those pairs count, so the term's own English is no evidence
for its part.

Pairing decides once with a :class:`Questions` recorder (which answers no and keeps the
questions), counts only those questions in one more pass over the corpus
(:func:`glosses_task`), and decides again with the :class:`LearnedGlosses`: the cost is
bounded by the questions actually asked, and the counts merge by key like every pass.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from termbase.align.lexicon import content_stems
from termbase.match import Strings
from termbase.pair.association import Table, dice, signed_log_likelihood
from termbase.pair.corpus import SegmentPair

MIN_JOINT = 5
"""Pairs a word and a stem must share: fewer is an anecdote, not a translation."""
MIN_DICE = 0.3
"""How exclusively they must go together."""
DOMINANCE = 3.0
"""How many times more exclusively than the term and the stem: a word beside the term
that merely shares its company (法律 beside 法治, both with "law") is no translation."""
MIN_LLR = 10.83
"""Their association must be significant (p < 0.001)."""
MIN_ALONE_JOINT = 3
"""Pairs outside the term in which a part of it and an English stem must go together
(:meth:`LearnedGlosses.renders_alone`): a part's own uses are few beside a word's, and
Dice and the log-likelihood test still weigh them."""


class Glosses:
    """What :mod:`termbase.pair.context` asks: does ``word`` (Chinese, beside a term)
    translate the English ``stem`` rather than the term (``own``: the term, then its
    dictionary words)? The base answers no (the dictionary alone)."""

    def translates(self, word: str, stem: str, own: tuple[str, ...]) -> bool:
        return False

    def renders_alone(self, part: str, term: str, stem: str) -> bool:
        """Does ``part`` (a string of ``term``'s characters) translate the English ``stem``
        where it stands outside ``term``? The base answers no."""
        return False


@dataclass(slots=True)
class Questions(Glosses):
    """Answers no and records each question, the term's own association included."""

    asked: set[tuple[str, str]] = field(default_factory=set)
    alone: set[tuple[str, str, str]] = field(default_factory=set)
    """(part, term, stem) of :meth:`renders_alone`."""

    def translates(self, word: str, stem: str, own: tuple[str, ...]) -> bool:
        self.asked.add((word, stem))
        self.asked.update((mine, stem) for mine in own)
        return False

    def renders_alone(self, part: str, term: str, stem: str) -> bool:
        self.alone.add((part, term, stem))
        return False


@dataclass(slots=True)
class GlossCounts:
    """Counts of the extra pass: pairs holding each word, each stem, and both."""

    pairs: int = 0
    words: Counter[str] = field(default_factory=Counter)
    stems: Counter[str] = field(default_factory=Counter)
    joint: Counter[tuple[str, str]] = field(default_factory=Counter)
    free: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(part, term) → pairs holding the part outside the term."""
    free_joint: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    """(part, term, stem) → those of them whose English has the stem."""

    def merge(self, other: GlossCounts) -> GlossCounts:
        self.pairs += other.pairs
        self.words.update(other.words)
        self.stems.update(other.stems)
        self.joint.update(other.joint)
        self.free.update(other.free)
        self.free_joint.update(other.free_joint)
        return self


STEMMED_TEXTS = 1 << 13
"""English segments whose content stems :func:`count_glosses` remembers: a pairing run
counts glosses in one pass, its rare-term rules in two more, and the second look's runs
as many again, each over every segment of the corpus."""


@functools.lru_cache(maxsize=STEMMED_TEXTS)
def _stems_of(english: str) -> frozenset[str]:
    return frozenset(content_stems(english))


def count_glosses(pairs: Iterable[SegmentPair], questions: frozenset[tuple[str, str]],
                  alone: frozenset[tuple[str, str, str]] = frozenset()) -> GlossCounts:
    """In how many pairs each asked word (in the Chinese), each asked stem (in the
    English) and each asked (word, stem) occur; and for each asked (part, term, stem),
    in how many the part stands outside the term, and how many of those have the stem."""
    stems_of: dict[str, set[str]] = {}
    for word, stem in questions:
        stems_of.setdefault(word, set()).add(stem)
    parts_of: dict[str, dict[str, set[str]]] = {}
    for part, term, stem in alone:
        parts_of.setdefault(part, {}).setdefault(term, set()).add(stem)
    wanted = frozenset(stem for _, stem in questions).union(stem for *_, stem in alone)
    strings = Strings(stems_of.keys() | parts_of.keys())
    result = GlossCounts()
    for pair in pairs:
        result.pairs += 1
        found = strings.found(pair.zh)
        stems = wanted.intersection(_stems_of(pair.en))
        words = found.intersection(stems_of)
        result.words.update(words)
        result.stems.update(stems)
        for word in words:
            for stem in stems_of[word] & stems:
                result.joint[(word, stem)] += 1
        for part in found.intersection(parts_of):
            for term, asked in parts_of[part].items():
                if part not in pair.zh.replace(term, "\0"):
                    continue
                result.free[(part, term)] += 1
                for stem in asked & stems:
                    result.free_joint[(part, term, stem)] += 1
    return result


def glosses_task(pairs: Iterable[tuple[int, SegmentPair]],
                 questions: frozenset[tuple[str, str]],
                 alone: frozenset[tuple[str, str, str]] = frozenset()) -> GlossCounts:
    """The extra pass as a shard task (:func:`termbase.pair.counting.run_sharded`)."""
    return count_glosses((pair for _, pair in pairs), questions, alone)


@dataclass(frozen=True, slots=True)
class LearnedGlosses(Glosses):
    """Answers from the counts of the asked questions."""

    counts: GlossCounts

    def _dice(self, word: str, stem: str) -> tuple[int, float]:
        joint = self.counts.joint.get((word, stem), 0)
        return joint, dice(joint, self.counts.words[word], self.counts.stems[stem])

    def translates(self, word: str, stem: str, own: tuple[str, ...]) -> bool:
        joint, strength = self._dice(word, stem)
        if joint < MIN_JOINT or strength < MIN_DICE \
                or strength < DOMINANCE * self._dice(own[0], stem)[1] \
                or any(strength <= self._dice(mine, stem)[1] for mine in own[1:]):
            return False
        table = Table.of(joint, self.counts.words[word], self.counts.stems[stem],
                         self.counts.pairs)
        return signed_log_likelihood(table) >= MIN_LLR

    def renders_alone(self, part: str, term: str, stem: str) -> bool:
        joint = self.counts.free_joint.get((part, term, stem), 0)
        uses = self.counts.free[(part, term)]
        if joint < MIN_ALONE_JOINT or dice(joint, uses, self.counts.stems[stem]) < MIN_DICE:
            return False
        table = Table.of(joint, uses, self.counts.stems[stem], self.counts.pairs)
        return signed_log_likelihood(table) >= MIN_LLR
