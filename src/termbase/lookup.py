"""Term lookup: a search index built once from a glossary, queried by pure functions.

A query finds concepts whose terms match it exactly, by prefix, as a substring, or
within a few typos, best first. Both the query and every term go through
:func:`normalise` first, so that matching ignores case, full-width forms, hyphens and
spacing, quotation marks and 《》 brackets, traditional characters, and English plural
endings.

Answering must stay under 10 ms on a 1,000,000-concept glossary, so no query looks at
every term:

* exact matches come from a dict of normalised keys;
* prefix matches by bisection: keys are numbered in order of (length, text), so the
  keys of one length starting with the query are one run of ids;
* substring and typo candidates from an inverted index of character n-grams (bigrams
  starting at a Chinese character, trigrams elsewhere), verified afterwards. Since ids
  follow length, "keys of length 12 to 18" is a slice of every posting list, found by
  bisection too.

Nor may a query's work grow with the glossary once its answer is known. Prefix and
substring matches score higher the shorter the term, so those tiers walk their keys
shortest first, and :func:`rank` stops them once the page is full of results no longer
key can outrank. Substring candidates are narrowed by a few rare grams from across the
query, and typo candidates must hold several rare grams of the query, not just one —
so both stay few where the keys holding one common gram grow with the glossary.

Build the index with :func:`build_index`, search it with :func:`search`.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import chain, compress, repeat
from operator import contains
from typing import Any, NamedTuple, Protocol

from termbase.errors import UsageError
from termbase.model import Concept, Glossary, Term, TermStatus, concept_to_dict
from termbase.text.chinese import CJK_CHAR, Simplifier, has_cjk, is_cjk_char, is_mainly_cjk
from termbase.text.english import singular

DEFAULT_LIMIT = 10

# Typo tolerance. English: one edit per this many characters of the query (a five-letter
# word may have one typo, "Programe of Action" three), but never more than _MAX_EDITS:
# nobody makes ten typos in a long title, and each allowed edit weakens the n-gram filter
# that keeps typo search fast. Chinese: one wrong, missing or extra character, and only
# for terms of at least this many characters, because in a two- or three-character term
# one character changes the meaning.
_CHARS_PER_EDIT_LATIN = 5
_MAX_EDITS = 3
_MIN_CJK_FUZZY_LEN = 4


class MatchKind(StrEnum):
    """How a query matched a term, from strongest to weakest."""

    EXACT = "exact"
    PREFIX = "prefix"
    SUBSTRING = "substring"
    FUZZY = "fuzzy"

    @property
    def rank(self) -> int:
        """Sort key: exact matches first, fuzzy last."""
        return _KIND_ORDER.index(self)


_KIND_ORDER = list(MatchKind)


@dataclass(frozen=True, slots=True)
class Match:
    """Which term of a concept matched, how, and how closely (1.0 = the whole term)."""

    kind: MatchKind
    lang: str
    term: Term
    score: float


@dataclass(frozen=True, slots=True)
class Hit:
    """One concept found by a query, with its best-matching term."""

    concept: Concept
    match: Match

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output: the concept's terms flattened, with their language."""
        data = concept_to_dict(self.concept)
        terms = [{"lang": sec["lang"], **t} for sec in data.pop("langSecs", [])
                 for t in sec.get("terms", [])]
        for term in terms:
            # Always present, so scripts need not know which fields are omitted when empty.
            term.setdefault("sources", [])
            term.setdefault("contexts", [])
            term.setdefault("notes", [])
        m = self.match
        return {
            "id": self.concept.id,
            "match": {"kind": m.kind.value, "term": m.term.text, "lang": m.lang,
                      "score": round(m.score, 3)},
            "subjectField": self.concept.subject_field,
            "terms": terms,
            "definitions": data.get("definitions", []),
            "notes": data.get("notes", []),
        }


# --- normalisation -------------------------------------------------------------------------

class _PunctuationToSpace(dict[int, str]):
    """A ``str.translate`` table turning every Unicode punctuation mark into a space.

    Punctuation covers hyphens and dashes of all kinds, quotation marks, brackets
    including 《》〈〉「」, and CJK commas. The table fills itself on first sight of a
    character, so it never holds more than the characters actually met.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = " " if unicodedata.category(char).startswith("P") else char
        self[code] = value
        return value


_PUNCTUATION = _PunctuationToSpace()
# A space beside a Chinese character separates nothing: Chinese is written unspaced.
_SPACE_BY_CJK = re.compile(f" (?={CJK_CHAR.pattern})|(?<={CJK_CHAR.pattern}) ")
# Only words that could be plurals: four letters or more, ending in s.
_LATIN_PLURAL = re.compile(r"(?<![a-z])[a-z]{3,}s(?![a-z])")
_ALL_CJK = re.compile(f"{CJK_CHAR.pattern}+")


def _singular(word: re.Match[str]) -> str:
    # Both the query and the terms go through it, so it only has to be consistent.
    return singular(word.group())


def normalise(text: str, simplifier: Simplifier | None = None) -> str:
    """The form in which queries and terms are compared.

    NFKC (full-width letters and digits become ASCII), case-folded, traditional
    characters made simplified when a ``simplifier`` is given, punctuation turned into
    spaces, runs of spaces collapsed, spaces next to Chinese characters dropped, and
    English words made singular (:func:`termbase.text.english.singular`).
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    if simplifier is not None:
        text = simplifier.to_simplified(text)
    text = " ".join(text.translate(_PUNCTUATION).split())
    if has_cjk(text):
        text = _SPACE_BY_CJK.sub("", text)
    return _LATIN_PLURAL.sub(_singular, text)


def _grams(key: str) -> set[str]:
    """The n-grams of a normalised key: a bigram at a Chinese character, else a trigram.

    The size depends only on the character a gram starts with, so every gram of a
    substring is also a gram of the whole string — what substring search relies on.
    """
    if key.isascii():
        return {key[i:i + 3] for i in range(len(key) - 2)}
    if _ALL_CJK.fullmatch(key):
        return {key[i:i + 2] for i in range(len(key) - 1)}
    n = len(key)
    out = set()
    for i, char in enumerate(key):
        size = 2 if is_cjk_char(char) else 3
        if i + size <= n:
            out.add(key[i:i + size])
    return out


def max_edits(key: str) -> int:
    """How many typos a normalised query may contain and still match a term."""
    if is_mainly_cjk(key):
        return 1 if len(key) >= _MIN_CJK_FUZZY_LEN - 1 else 0
    return min(len(key) // _CHARS_PER_EDIT_LATIN, _MAX_EDITS)


# --- the index -----------------------------------------------------------------------------

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
        for gram in _grams(key):
            grouped[gram].append(kid)
    # Compact arrays take a quarter of the memory of lists of ints.
    postings = {gram: array("I", ids) for gram, ids in grouped.items()}

    return LookupIndex(glossary=glossary, simplifier=simplifier, keys=tuple(keys),
                       entries=entries, exact=exact, length_start=length_start,
                       postings=postings)


# --- search --------------------------------------------------------------------------------

# Each tier yields its matches as lists of (key id, score). Prefix and substring tiers
# yield them shortest key first, so that every score in a later list is lower than every
# score in an earlier one: what lets :func:`rank` stop a tier early.
_Found = list[tuple[int, float]]


def _exact(index: KeyIndex, q: str) -> Iterator[_Found]:
    kid = index.exact_id(q)
    if kid is not None:
        yield [(kid, 1.0)]


_FEW_CANDIDATES = 256
"""Keys a prefix search verifies one by one rather than walk the lengths."""


def _prefix(index: KeyIndex, q: str) -> Iterator[_Found]:
    n = len(q)
    start = index.first_id_of_length(n + 1)  # a key of length n starting with q is q
    grams = _grams(q)
    if grams:
        # A key starting with q holds q's grams: when one is in no key, or in few keys
        # longer than q, checking those is quicker than walking every length.
        sizes = index.posting_sizes(grams)
        if len(sizes) < len(grams):
            return
        rarest = index.posting(min(sizes, key=lambda g: (sizes[g], g)))
        first = bisect_left(rarest, start)
        if len(rarest) - first <= _FEW_CANDIDATES:
            ids = rarest[first:]
            found = [(kid, n / len(key)) for kid, key in zip(ids, index.keys_of(ids),
                                                              strict=True)
                     if key.startswith(q)]
            if found:
                yield found
            return
    end = index.first_id_of_length(sys.maxsize)
    kid = start
    batch = 1
    while kid < end:
        # The next lengths some key has, one at first, then twice as many each time: a
        # query with many prefixes stops after a length or two, one with few asks the
        # (compiled) index a few times, not once per length.
        lengths: list[int] = []
        while kid < end and len(lengths) < batch:
            lengths.append(index.key_length(kid))
            kid = index.first_id_of_length(lengths[-1] + 1)
        prefixed = index.prefixed(q, lengths)
        if prefixed:
            yield [(k, n / len(key)) for k, key in prefixed]
        batch *= 2


_FIRST_CHUNK = 64
"""Ids of the rarest list a substring search verifies before it first checks whether it
may stop; each next chunk is twice as long, so a search does at most about twice the
work its answer needs."""
_INTERSECT_RATIO = 4
"""A posting list is intersected with the candidates only when at most this many times
longer: a set probe costs a fraction of verifying a key, but not nothing."""
_MAX_INTERSECTED = 3
"""Lists intersected with the rarest one, at most: by then few candidates are left."""


def _narrow(ids: Sequence[int], others: Sequence[Sequence[int]]
            ) -> tuple[Sequence[int], list[Sequence[int]]]:
    """The ids among ``ids`` (ascending) also in the lists ``others``, as far as it pays,
    and the lists worth trying on the next ids.

    A set intersection runs in C, and so does verifying a key; an intersection pays
    only when the list (within the range of ``ids``) is not much longer than the
    candidates left and removes many of them. A list that removed less than a quarter
    is not tried again: its gram comes with another one already used (both from
    "sustainable development"). Skipping a list only leaves more candidates to verify.
    """
    held: set[int] | None = None
    useful: list[Sequence[int]] = []
    for pos, posting in enumerate(others):
        if held is not None and not held:
            useful.extend(others[pos:])
            break
        lo = bisect_left(posting, ids[0]) if ids else 0
        hi = bisect_right(posting, ids[-1], lo) if ids else 0
        before = len(ids) if held is None else len(held)
        if hi - lo > _INTERSECT_RATIO * before:
            useful.append(posting)  # too long here, perhaps not further on
            continue
        narrowed = (set(ids) if held is None else held).intersection(posting[lo:hi])
        if 4 * len(narrowed) <= 3 * before:
            useful.append(posting)
        held = narrowed
    return (ids if held is None else sorted(held)), useful


def _spans(q: str) -> list[tuple[int, str]]:
    """The grams of ``q`` with their positions (see :func:`_grams`)."""
    n = len(q)
    return [(i, q[i:i + size]) for i, char in enumerate(q)
            if i + (size := 2 if is_cjk_char(char) else 3) <= n]


def _rarity(sizes: dict[str, int]) -> Callable[[tuple[int, str]], tuple[int, int]]:
    """Sort key of a positioned gram: rarest first, a gram no key holds first of all;
    ties by position, so that every index picks the same grams."""
    return lambda span: (sizes.get(span[1], 0), span[0])


def _disjoint_rarest(spans: Iterable[tuple[int, str]], sizes: dict[str, int],
                     count: int) -> list[tuple[int, str]]:
    """Up to ``count`` grams of ``spans``, rarest first, no two overlapping in the query."""
    taken: list[tuple[int, str]] = []
    for i, gram in sorted(spans, key=_rarity(sizes)):
        if all(i + len(gram) <= j or j + len(other) <= i for j, other in taken):
            taken.append((i, gram))
            if len(taken) == count:
                break
    return taken


def _spread_rarest(spans: Sequence[tuple[int, str]], sizes: dict[str, int],
                   count: int) -> list[str]:
    """The rarest gram of each of ``count`` equal stretches of ``spans``, rarest first.

    These are the grams to narrow candidates by. Grams of one word or phrase
    ("sustainable development") are held by the same keys, so the rarest grams overall,
    often all from one word, would narrow little; grams from far apart in the query
    are less alike. The rarest gram overall comes first.
    """
    key = _rarity(sizes)
    n = len(spans)
    picks = [min(spans[n * part // count:n * (part + 1) // count], key=key)
             for part in range(count) if n * part // count < n * (part + 1) // count]
    return list(dict.fromkeys(gram for _, gram in sorted(picks, key=key)))


def _postings(index: KeyIndex, grams: Sequence[str],
              sizes: dict[str, int]) -> list[Sequence[int]]:
    """The lists of ``grams`` (rarest first) worth intersecting with the first one's."""
    first = sizes[grams[0]]
    return [index.posting(g) for g in grams if sizes[g] <= _INTERSECT_RATIO * first]


def _substring(index: KeyIndex, q: str) -> Iterator[_Found]:
    grams = _grams(q)
    if not grams:
        return  # too short to look up by n-grams; exact and prefix matches still apply
    sizes = index.posting_sizes(grams)
    if len(sizes) < len(grams):
        return  # a gram of q that no term contains: no term contains q
    n = len(q)
    # A key holding q holds every gram of q: walk the rarest gram's list, narrowed by
    # a few other rare ones, and verify what is left.
    rarest, *others = _postings(
        index, _spread_rarest(_spans(q), sizes, 1 + _MAX_INTERSECTED), sizes)
    i = bisect_left(rarest, index.first_id_of_length(n + 1))
    step = _FIRST_CHUNK
    while i < len(rarest):
        # End each chunk with a whole length, so that every key after it is longer
        # (and scores lower) than every key in it.
        j = min(i + step, len(rarest))
        j = bisect_left(rarest, index.first_id_of_length(index.key_length(rarest[j - 1]) + 1), j)
        ids, others = _narrow(rarest[i:j], others)
        found = [(kid, n / len(key)) for kid, key in index.containing(ids, q)
                 if not key.startswith(q)] if ids else []  # prefixes are reported already
        if found:
            yield found
        i, step = j, step * 2


_FUZZY_SPARE = 2
"""Grams beyond k + 1 to look typo candidates up by (see :func:`_fuzzy_candidates`):
more would each cost a list to count, fewer would let many more keys through."""


def _fuzzy_candidates(index: KeyIndex, q: str, k: int, lo: int, hi: int) -> Sequence[int]:
    """Ids in ``[lo, hi)`` of every key that may be within ``k`` edits of ``q``.

    Take k + 3 grams of q, the rarest ones that do not overlap: one edit changes at
    most one of them, so a key within k edits holds three of them at least — and keys
    holding three rare grams of q are few, where keys holding any one grow with the
    glossary. (A query too short for k + 3 such grams makes do with fewer.)
    """
    spans = _spans(q)
    sizes = index.posting_sizes({gram for _, gram in spans})
    grams = [gram for _, gram in _disjoint_rarest(spans, sizes, k + 1 + _FUZZY_SPARE)]
    need = len(grams) - k
    if need < 1:
        # Too short for k + 1 disjoint grams: the keys of a similar length are few,
        # because short terms are few.
        return range(lo, hi)
    windows = []
    for gram in grams:
        if gram in sizes:  # a gram no key holds counts for no key
            posting = index.posting(gram)
            windows.append(posting[bisect_left(posting, lo):bisect_left(posting, hi)])
    if need == 1:
        return sorted(set().union(*windows))
    counts = Counter(chain.from_iterable(windows))
    return sorted(kid for kid, count in counts.items() if count >= need)


def _fuzzy(index: KeyIndex, q: str) -> Iterator[_Found]:
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.process import extract

    k = max_edits(q)
    if k == 0:
        return
    n = len(q)
    shortest = n - k
    if is_mainly_cjk(q):
        shortest = max(shortest, _MIN_CJK_FUZZY_LEN)
    lo = index.first_id_of_length(shortest)
    hi = index.first_id_of_length(n + k + 1)
    if lo >= hi:
        return
    candidates = _fuzzy_candidates(index, q, k, lo, hi)
    keys = index.keys_of(candidates)
    scored = extract(q, keys, scorer=Levenshtein.distance, score_cutoff=k, limit=None)
    # Distance 0 is q itself, an exact match already.
    found = [(candidates[pos], 1.0 - distance / max(n, len(choice)))
             for choice, distance, pos in scored if distance > 0]
    if found:
        yield found


_TIERS = ((MatchKind.EXACT, _exact), (MatchKind.PREFIX, _prefix),
          (MatchKind.SUBSTRING, _substring), (MatchKind.FUZZY, _fuzzy))
_PREFERRED = TermStatus.PREFERRED.rank


def _same_language(lang: str, wanted: str) -> bool:
    """'zh' selects 'zh', 'zh-CN', 'zh-Hans'…; language tags are case-insensitive."""
    return lang.lower().split("-")[0] == wanted


class Ranked(NamedTuple):
    """A concept found, by its best entry: what :func:`rank` returns."""

    entry: Entry
    kind: MatchKind
    score: float


def rank(index: KeyIndex, query: str, *, limit: int | None = DEFAULT_LIMIT,
         lang: str | None = None) -> list[Ranked]:
    """The concepts matching ``query``, best first, each by its best-matching entry.

    Order: by how the best term matched (exact, prefix, substring, fuzzy), then by that
    term's status (preferred first), then by closeness (how much of the term the query
    covers, or how few typos it has), then by concept id. ``lang`` ('zh', 'en')
    restricts matching to terms of that language.

    With a ``limit``, the answer is the first ``limit`` of the unlimited one, found
    with less work: a tier is left as soon as ``limit`` concepts are held that nothing
    still to come can outrank (see the loop), and the weaker tiers are skipped.
    """
    q = index.normalise(query)
    if not q:
        raise UsageError(f"the query {query!r} is empty once spaces and punctuation are "
                         "removed", hint="give a term in Chinese or English, e.g. "
                                         "'termbase lookup 国际追查文书'")
    if limit is not None and limit < 1:
        raise UsageError(f"the limit must be at least 1, not {limit}",
                         hint="leave it out to get the 10 best matches")
    wanted = lang.lower() if lang else None

    # best[concept position] = (sort key, ranked); a concept shows once, by its best term.
    best: dict[int, tuple[tuple[int, int, float, str], Ranked]] = {}
    for kind, find in _TIERS:
        kind_rank = kind.rank
        # Concepts no match still to come can outrank: all found by earlier tiers, and
        # those this tier found by a preferred term (the best status) in a list already
        # walked, since every later list of the tier scores lower.
        settled = len(best)
        for found in find(index, q):
            for (_, score), entries in zip(found, index.entries_of([kid for kid, _ in found]),
                                           strict=True):
                for entry in entries:
                    if wanted is not None and not _same_language(entry.lang, wanted):
                        continue
                    key = (kind_rank, entry.status, -score, entry.concept_id)
                    held = best.get(entry.concept)
                    if held is None or key < held[0]:
                        if entry.status == _PREFERRED and (
                                held is None or held[0][:2] != (kind_rank, _PREFERRED)):
                            settled += 1
                        best[entry.concept] = (key, Ranked(entry, kind, score))
            # A full page that nothing later can outrank: the rest of the tier (the
            # longer keys, where lists grow with the glossary) cannot change the answer.
            if limit is not None and settled >= limit:
                break
        # Every later tier ranks below this one, so once enough concepts are found the
        # weaker (and slower) tiers cannot change the answer.
        if limit is not None and len(best) >= limit:
            break

    ordered = sorted(best.values(), key=lambda item: item[0])
    if limit is not None:
        ordered = ordered[:limit]
    return [ranked for _, ranked in ordered]


def search(index: LookupIndex, query: str, *, limit: int | None = DEFAULT_LIMIT,
           lang: str | None = None) -> list[Hit]:
    """The concepts matching ``query``, best first, at most ``limit`` of them (the order
    is :func:`rank`'s); the hits show all terms of each concept, whatever ``lang``."""
    concepts = index.glossary.concepts
    return [Hit(concepts[r.entry.concept], Match(r.kind, r.entry.lang, r.entry.term, r.score))
            for r in rank(index, query, limit=limit, lang=lang)]
