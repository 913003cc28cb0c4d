"""The search index: normalised keys numbered by (length, text), their entries, and an
inverted index of key n-grams; built once from a glossary."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from operator import contains
from typing import Any, NamedTuple, Protocol

from termbase.lookup.keys import key_grams, normalise
from termbase.model import Glossary
from termbase.text.chinese import Simplifier


class Entry(NamedTuple):
    """One term of the glossary, as found under a normalised key.

    Everything ranking needs is here, so that an index need not open the concept to
    rank it: the in-memory index holds the :class:`Term` itself as ``term``, the
    compiled one (:mod:`termbase.index`) the term's position within its concept.
    """

    concept: int
    """The concept's position in the glossary."""
    concept_id: str
    lang: str
    status: int
    """The term's :attr:`TermStatus.rank`."""
    term: Any


class KeyIndex(Protocol):
    """What :func:`rank` reads from an index: normalised keys numbered by (length, text),
    the entries under each, and n-gram posting lists of key ids.

    :class:`LookupIndex` holds all of it in memory; :mod:`termbase.index` reads it from
    SQLite, one query at a time. Both answer through the same ranking code.
    """

    def normalise(self, text: str) -> str: ...

    def exact_id(self, key: str) -> int | None: ...

    def prefixed(self, key: str, lengths: Sequence[int]) -> Sequence[tuple[int, str]]:
        """(id, key) of every key starting with ``key`` whose length is one of
        ``lengths`` (ascending), by id."""
        ...

    def posting_sizes(self, grams: Iterable[str]) -> dict[str, int]:
        """How many keys hold each gram (grams no key holds are left out)."""
        ...

    def posting(self, gram: str) -> Sequence[int]:
        """Ids of the keys holding ``gram``, ascending (empty when none)."""
        ...

    def first_id_of_length(self, n: int) -> int: ...

    def key_length(self, kid: int) -> int:
        """The length of the key with id ``kid``."""
        ...

    def keys_of(self, ids: Sequence[int]) -> list[str]: ...

    def containing(self, ids: Sequence[int], q: str) -> list[tuple[int, str]]:
        """(id, key) of the keys among ``ids`` that contain ``q``, in the order of ``ids``."""
        ...

    def entries_of(self, ids: Sequence[int]) -> list[Sequence[Entry]]: ...


@dataclass(frozen=True, slots=True, eq=False)
class LookupIndex:
    """A search index over one glossary. Immutable; build it with :func:`build_index`."""

    glossary: Glossary
    simplifier: Simplifier | None
    keys: tuple[str, ...]
    """Distinct normalised terms, ordered by (length, text); a key's position is its id."""
    entries: tuple[tuple[Entry, ...], ...]
    """The terms under each key id."""
    exact: dict[str, int]
    length_start: list[int]
    """``length_start[n]`` is the id of the first key of length ``n`` or more."""
    postings: dict[str, array[int]]
    """n-gram → ids of the keys containing it, ascending."""

    def normalise(self, text: str) -> str:
        """``text`` as this index compares it (see :func:`normalise`)."""
        return normalise(text, self.simplifier)

    def first_id_of_length(self, n: int) -> int:
        """The id of the first key of length ``n`` or more (``len(keys)`` when none)."""
        return first_id_of_length(self.length_start, len(self.keys), n)

    def key_length(self, kid: int) -> int:
        return length_of_id(self.length_start, kid)

    def exact_id(self, key: str) -> int | None:
        return self.exact.get(key)

    def prefixed(self, key: str, lengths: Sequence[int]) -> list[tuple[int, str]]:
        keys = self.keys
        found = []
        for length in lengths:
            # The keys of one length are in text order, and every key that starts with
            # `key` sorts before it followed by the highest code point.
            end = self.first_id_of_length(length + 1)
            lo = bisect_left(keys, key, self.first_id_of_length(length), end)
            hi = bisect_left(keys, key + "\U0010ffff", lo, end)
            found += [(kid, keys[kid]) for kid in range(lo, hi)]
        return found

    def posting_sizes(self, grams: Iterable[str]) -> dict[str, int]:
        postings = self.postings
        return {g: len(postings[g]) for g in grams if g in postings}

    def posting(self, gram: str) -> Sequence[int]:
        return self.postings.get(gram, _NO_IDS)

    def keys_of(self, ids: Sequence[int]) -> list[str]:
        return list(map(self.keys.__getitem__, ids))

    def containing(self, ids: Sequence[int], q: str) -> list[tuple[int, str]]:
        # Looped in C (map, compress) rather than in Python: a substring search may
        # verify thousands of keys.
        texts = self.keys_of(ids)
        return list(compress(zip(ids, texts, strict=True), map(contains, texts, repeat(q))))

    def entries_of(self, ids: Sequence[int]) -> list[Sequence[Entry]]:
        entries = self.entries
        return [entries[kid] for kid in ids]

    def __len__(self) -> int:
        return len(self.keys)


_NO_IDS: array[int] = array("I")


def first_id_of_length(length_start: Sequence[int], count: int, n: int) -> int:
    """The id of the first of ``count`` keys of length ``n`` or more, given the table
    ``length_start`` (see :attr:`LookupIndex.length_start`)."""
    if n <= 0:
        return 0
    if n >= len(length_start):
        return count
    return length_start[n]


def length_of_id(length_start: Sequence[int], kid: int) -> int:
    """The length of key ``kid``, given the table ``length_start``: the last length whose
    first id is ``kid`` or lower."""
    return bisect_right(length_start, kid) - 1


def build_index(glossary: Glossary, *, simplifier: Simplifier | None = None) -> LookupIndex:
    """Index every term of ``glossary`` for :func:`search`.

    Pass a :class:`~termbase.text.chinese.ScriptConverter` as ``simplifier`` so that
    traditional and simplified Chinese match each other; without one they do not.
    """
    by_key: dict[str, list[Entry]] = {}
    for ci, concept in enumerate(glossary.concepts):
        for sec in concept.lang_secs:
            for term in sec.terms:
                key = normalise(term.text, simplifier)
                if key:  # a term of punctuation only cannot be looked up
                    by_key.setdefault(key, []).append(
                        Entry(ci, concept.id, sec.lang, term.status.rank, term))

    keys = sorted(by_key, key=lambda k: (len(k), k))
    entries = tuple(tuple(by_key[k]) for k in keys)
    exact = {k: i for i, k in enumerate(keys)}

    length_start: list[int] = []
    for kid, key in enumerate(keys):
        while len(length_start) <= len(key):
            length_start.append(kid)
    length_start.append(len(keys))

    grouped: defaultdict[str, list[int]] = defaultdict(list)
    for kid, key in enumerate(keys):  # ascending ids, so posting lists come out sorted
        for gram in key_grams(key):
            grouped[gram].append(kid)
    # Compact arrays take a quarter of the memory of lists of ints.
    postings = {gram: array("I", ids) for gram, ids in grouped.items()}

    return LookupIndex(glossary=glossary, simplifier=simplifier, keys=tuple(keys),
                       entries=entries, exact=exact, length_start=length_start,
                       postings=postings)
