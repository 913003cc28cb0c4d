"""English that refers to a name by its head noun: "the Council" for the Security Council.

English names a body in full once and then by its head noun ("the Council", "the
Assembly", "the Department"); Chinese tends to repeat the name or its short form (安理会).
In those pairs the name is absent, and the head noun, counted as a candidate of its own,
is a fragment of the name that the containment rule drops. Its pairs then go to whatever
else the sentence holds ("member of the Council", "President"), and a term rendered by
its name in only a third of its pairs is left unanswered for want of a consistent
rendering.

The head noun is therefore kept as an *alias* of the name: it may be linked to the term
where the name is absent (never inside the name, where the name is the longer, stronger
span), and its links count as the name's. Only names take aliases — both the name and the
head noun spelt with a capital in the corpus: "countries" alone is not a reference to the
least developed countries. Where the corpus spells neither in cased text (MultiUN is
lower-cased as a whole), capitals cannot tell, and number does instead: a reference to
one body stands in the singular ("the board" for the board of auditors), and a name
whose head noun the corpus writes in the plural ("developing countries", "intellectual
property rights") names a class, which its bare head noun ("countries", "rights") does
not refer back to.

A head noun refers to the name its term is most strongly associated with, not to the
one it co-occurs with most: a fragment cut from a long name ("nations high commissioner
for human rights" inside "office of the united nations high commissioner for human
rights") is counted wherever the name is, and more.

The other way round, a one-word English that renders only the last word of its term
(:func:`termbase.pair.answers.head_word_only`) is sometimes the whole concept, the English
having no longer phrase for it: "credentials" for 全权证书, "mandate" for 任务授权范围
(:func:`stands_whole`).
"""

from __future__ import annotations

import re
from collections import ChainMap, Counter
from collections.abc import Iterable, Mapping, MutableMapping
from typing import TypeVar, cast

from termbase.pair.casing import Tiers, restore_casing
from termbase.pair.ngrams import STOP_WORDS
from termbase.pair.results import Candidate, TermPairing
from termbase.text.english import singular

T = TypeVar("T")

ALIAS_DISCOUNT = 0.99
"""An alias competes just below its name, so that anywhere both could be linked the
name wins."""


_PREPOSITIONS = frozenset({
    "of", "on", "for", "to", "in", "at", "by", "with", "from", "against", "among",
    "between", "into", "under", "over", "about", "through", "within", "without", "upon",
    "onto", "as", "during", "after", "before"})


_DETERMINERS = frozenset({"the", "a", "an"})


def head_noun(key: str) -> str | None:
    """The head noun of a multiword English name (lower-cased key): the last word before
    the first preposition — "council" in "peace and security council", "department" in
    "department of economic and social affairs"; None for a single word, when that word
    is a function word, or when a determiner stands before it (a new phrase begins)."""
    words = key.split()
    if len(words) < 2:
        return None
    end = next((i for i, word in enumerate(words) if word in _PREPOSITIONS), len(words))
    if end == 0 or words[end - 1] in STOP_WORDS:
        return None
    if any(word in _DETERMINERS for word in words[:end]):
        return None  # "Security Council and the members": two phrases, not one name
    return words[end - 1]


def head_aliases(dropped: Iterable[str], kept: Mapping[str, int]) -> dict[str, str]:
    """For each dropped one-word candidate that is the head noun of a kept multiword
    candidate, the most frequent such candidate (key → name key)."""
    wanted = {key for key in dropped if " " not in key}
    best: dict[str, tuple[int, str]] = {}
    for name, joint in kept.items():
        head = head_noun(name)
        if head in wanted and (head not in best or (joint, name) > best[head]):
            best[head] = (joint, name)
    return {head: name for head, (_, name) in best.items()}


def linkable_aliases(aliases: Mapping[str, str], scores: dict[str, float],
                     corpus_spellings: Mapping[str, Tiers]) -> dict[str, str]:
    """The aliases that may be linked, each given a score just below its name's (in
    ``scores``). Each head noun is the alias of the best-scored candidate it heads (the
    name ``aliases`` proposes when none is scored); the name must be scored and refer to
    a body: the head noun and the name both spelt with a capital or, with no cased
    spelling of either, both spelt with the head noun in the singular."""
    def spelt(key: str) -> str:
        return restore_casing(key, corpus_spellings.get(key))

    def cased(key: str) -> bool:
        tiers = corpus_spellings.get(key)
        return tiers is not None and bool(tiers[0] or tiers[1])

    def names_a_body(head: str, name: str) -> bool:
        if cased(head) or cased(name):
            return spelt(head)[:1].isupper() and spelt(name)[:1].isupper()
        # Lower-cased text: the spelling's head noun is the key's (singular) word.
        return spelt(head).lower() == head and head_noun(spelt(name).lower()) == head

    strongest: dict[str, tuple[float, str]] = {}
    for key, score in scores.items():
        head = head_noun(key)
        if head is not None and head in aliases and (
                head not in strongest or (score, key) > strongest[head]):
            strongest[head] = (score, key)
    named = {head: strongest[head][1] if head in strongest else name
             for head, name in aliases.items()}
    usable = {head: name for head, name in named.items()
              if name in scores and names_a_body(head, name)}
    for head, name in usable.items():
        scores[head] = scores[name] * ALIAS_DISCOUNT
    return usable


def fold_aliases(linked: Mapping[str, int], aliases: Mapping[str, str]) -> Counter[str]:
    """``linked`` (candidate key → links) with each alias' links counted as its name's."""
    folded = Counter(linked)
    for alias, name in aliases.items():
        if alias in folded:
            folded[name] += folded.pop(alias)
    return folded


def fold_alias_examples(term: int, examples: Mapping[tuple[int, str], list[T]],
                        aliases: Mapping[str, str], limit: int
                        ) -> Mapping[tuple[int, str], list[T]]:
    """``examples`` ((term, candidate key) → example pairs) with a name that has none of
    its own given its aliases' examples, up to ``limit``: links counted as the name's are
    the name's evidence, and a name all of whose links came from its head noun ("the
    Council" for 安理会) would otherwise stand without one example pair to show or to
    test it on. A name with examples of its own keeps just those, where it is said."""
    folded: dict[tuple[int, str], list[T]] = {}
    for alias, name in sorted(aliases.items()):
        extra = examples.get((term, alias), [])
        if not extra or examples.get((term, name)):
            continue
        own = folded.get((term, name), [])
        if len(own) < limit:
            folded[(term, name)] = [*own, *extra][:limit]
    if not folded:
        return examples
    # The chain is only read: the shared mapping below it is never written through it.
    return ChainMap(folded, cast("MutableMapping[tuple[int, str], list[T]]", examples))


WHOLE_SUPPORT = 5
"""Pairs a one-word answer must render the term in to stand as its whole English
(:func:`stands_whole`); fewer may be chance (``mine``'s consistent rendering asks as many)."""

WHOLE_SHARE = 0.8
"""The share of the term's pairs that must say that one word (as ``mine``'s consistent
rendering asks)."""

NOUN_PHRASE_OPENERS = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that",
    "these", "those", "each", "every", "any", "all", "such", "some", "no"})
"""Determiners and possessive determiners (a closed class): a word after one of them
opens its noun phrase, so the words before it are no part of it."""

_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*")


def stands_whole(pairing: TermPairing, answer: Candidate) -> bool:
    """Whether one English word that renders only the last word of the term is still the
    term's whole English: the corpus renders the term by it and by nothing else
    (:data:`WHOLE_SHARE` of its pairs, :data:`WHOLE_SUPPORT` or more), it is no name's
    head (never capitalised inside a sentence: "the Mechanism" for 余留机制 refers to the
    Residual Mechanism, "the Council" to a council named in full elsewhere), and no fixed
    phrase holds it: the word before it is not one and the same word other than a
    determiner in every example ("crime against humanity" for 危害人类, "Permanent
    Representative"), nor the word after it one and the same content word ("lessons
    learned" for 经验教训). "credentials" for 全权证书 (11 of 11 pairs, "the credentials",
    "provisional credentials", "received credentials"), "mandate" for 任务授权范围
    ("within its mandate"): English has no longer phrase for these concepts, and the
    dictionary reads the head word alone."""
    if answer.support < max(WHOLE_SUPPORT, WHOLE_SHARE * pairing.occurrences):
        return False
    wanted = singular(answer.text.lower())
    before: list[str | None] = []
    after: list[str | None] = []
    for example in answer.examples:
        words = [word.lower() for word in _WORD.findall(example.en)]
        at = next((i for i, word in enumerate(words) if singular(word) == wanted), None)
        if at is None:
            continue
        if at > 0 and _WORD.findall(example.en)[at][:1].isupper():
            return False
        previous = words[at - 1] if at > 0 else None
        before.append(None if previous in NOUN_PHRASE_OPENERS else previous)
        following = words[at + 1] if at + 1 < len(words) else None
        after.append(None if following in STOP_WORDS else following)
    return not any(len(beside) > 1 and None not in beside and len(set(beside)) == 1
                   for beside in (before, after))
