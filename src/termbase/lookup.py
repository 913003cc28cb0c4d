"""Term lookup: a search index built once from a glossary, queried by pure functions.

A query finds concepts whose terms match it exactly, by prefix, as a substring, or
within a few typos, best first. Both the query and every term go through
:func:`normalise` first, so that matching ignores case, full-width forms, hyphens and
spacing, quotation marks and 《》 brackets, traditional characters, and English plural
endings.

Answering must stay well under 10 ms on a 100,000-concept glossary, so no query looks
at every term:

* exact matches come from a dict of normalised keys;
* prefix matches from a sorted key list, by bisection;
* substring and typo candidates from an inverted index of character n-grams (bigrams
  starting at a Chinese character, trigrams elsewhere), verified afterwards. Keys are
  numbered in order of length, so "keys of length 12 to 18" is a slice of every
  posting list, found by bisection too.

Build the index with :func:`build_index`, search it with :func:`search`.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple, Protocol

from termbase.errors import UsageError
from termbase.model import Concept, Glossary, Term, concept_to_dict
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

    def prefixed(self, key: str) -> Sequence[tuple[int, str]]:
        """(id, key) of every key starting with ``key``, in text order."""
        ...

    def posting_sizes(self, grams: Iterable[str]) -> dict[str, int]:
        """How many keys hold each gram (grams no key holds are left out)."""
        ...

    def posting(self, gram: str) -> Sequence[int]:
        """Ids of the keys holding ``gram``, ascending (empty when none)."""
        ...

    def first_id_of_length(self, n: int) -> int: ...

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
    sorted_keys: list[str]
    """The keys in plain text order, for prefix search, with their ids in ``sorted_ids``."""
    sorted_ids: array[int]
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

    def exact_id(self, key: str) -> int | None:
        return self.exact.get(key)

    def prefixed(self, key: str) -> list[tuple[int, str]]:
        lo = bisect_left(self.sorted_keys, key)
        # Every key that starts with `key` sorts before it followed by the highest code point.
        hi = bisect_left(self.sorted_keys, key + "\U0010ffff", lo)
        keys = self.keys
        return [(kid, keys[kid]) for kid in self.sorted_ids[lo:hi]]

    def posting_sizes(self, grams: Iterable[str]) -> dict[str, int]:
        postings = self.postings
        return {g: len(postings[g]) for g in grams if g in postings}

    def posting(self, gram: str) -> Sequence[int]:
        return self.postings.get(gram, _NO_IDS)

    def keys_of(self, ids: Sequence[int]) -> list[str]:
        keys = self.keys
        return [keys[kid] for kid in ids]

    def containing(self, ids: Sequence[int], q: str) -> list[tuple[int, str]]:
        keys = self.keys
        return [(kid, keys[kid]) for kid in ids if q in keys[kid]]

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

    lexical = sorted(range(len(keys)), key=keys.__getitem__)
    sorted_keys = [keys[i] for i in lexical]

    grouped: defaultdict[str, list[int]] = defaultdict(list)
    for kid, key in enumerate(keys):  # ascending ids, so posting lists come out sorted
        for gram in _grams(key):
            grouped[gram].append(kid)
    # Compact arrays take a quarter of the memory of lists of ints.
    postings = {gram: array("I", ids) for gram, ids in grouped.items()}

    return LookupIndex(glossary=glossary, simplifier=simplifier, keys=tuple(keys),
                       entries=entries, exact=exact, sorted_keys=sorted_keys,
                       sorted_ids=array("I", lexical), length_start=length_start,
                       postings=postings)


# --- search --------------------------------------------------------------------------------

def _exact(index: KeyIndex, q: str) -> list[tuple[int, float]]:
    kid = index.exact_id(q)
    return [] if kid is None else [(kid, 1.0)]


def _prefix(index: KeyIndex, q: str) -> list[tuple[int, float]]:
    n = len(q)
    return [(kid, n / len(key)) for kid, key in index.prefixed(q) if key != q]


def _rarest_first(index: KeyIndex, grams: set[str]) -> list[str] | None:
    """``grams`` from the rarest to the most common (ties by text, so that every index
    walks the same lists), or None when some gram is in no key at all."""
    sizes = index.posting_sizes(grams)
    if len(sizes) < len(grams):
        return None
    return sorted(grams, key=lambda g: (sizes[g], g))


def _substring(index: KeyIndex, q: str) -> list[tuple[int, float]]:
    grams = _grams(q)
    if not grams:
        return []  # too short to look up by n-grams; exact and prefix matches still apply
    ordered = _rarest_first(index, grams)
    if ordered is None:
        return []  # a gram of q that no term contains: no term contains q
    # Only the rarest gram's list needs walking; the index verifies each candidate.
    rarest = index.posting(ordered[0])
    n = len(q)
    start = bisect_left(rarest, index.first_id_of_length(n + 1))
    return [(kid, n / len(key)) for kid, key in index.containing(rarest[start:], q)
            if not key.startswith(q)]  # prefixes are reported as such already


def _fuzzy(index: KeyIndex, q: str) -> list[tuple[int, float]]:
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.process import extract

    k = max_edits(q)
    if k == 0:
        return []
    n = len(q)
    shortest = n - k
    if is_mainly_cjk(q):
        shortest = max(shortest, _MIN_CJK_FUZZY_LEN)
    lo = index.first_id_of_length(shortest)
    hi = index.first_id_of_length(n + k + 1)
    if lo >= hi:
        return []

    # q-gram filter: one edit destroys at most `size` grams of q, so a key within k
    # edits keeps at least one of any size*k + 1 distinct grams of q. Walking the
    # lists of the rarest ones, sliced to the right key lengths, finds every candidate.
    grams = _grams(q)
    size = 2 if all(is_cjk_char(g[0]) for g in grams) else 3
    needed = size * k + 1
    candidates: Sequence[int]
    if len(grams) >= needed:
        sizes = index.posting_sizes(grams)
        # Grams no key holds have empty lists: they come first and add nothing.
        chosen = sorted(grams, key=lambda g: (sizes.get(g, 0), g))[:needed]
        found: set[int] = set()
        for gram in chosen:
            if gram in sizes:
                posting = index.posting(gram)
                found.update(posting[bisect_left(posting, lo):bisect_left(posting, hi)])
        candidates = sorted(found)
    else:
        # A query too short for the filter: the keys of a similar length are few,
        # because short terms are few.
        candidates = range(lo, hi)
    pairs = [(kid, key) for kid, key in zip(candidates, index.keys_of(candidates),
                                            strict=True) if key != q]
    scored = extract(q, [key for _, key in pairs], scorer=Levenshtein.distance,
                     score_cutoff=k, limit=None)
    return [(pairs[pos][0], 1.0 - distance / max(n, len(choice)))
            for choice, distance, pos in scored if distance > 0]


_TIERS = ((MatchKind.EXACT, _exact), (MatchKind.PREFIX, _prefix),
          (MatchKind.SUBSTRING, _substring), (MatchKind.FUZZY, _fuzzy))


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
        found = find(index, q)
        for (_, score), entries in zip(found, index.entries_of([kid for kid, _ in found]),
                                       strict=True):
            for entry in entries:
                if wanted is not None and not _same_language(entry.lang, wanted):
                    continue
                key = (kind.rank, entry.status, -score, entry.concept_id)
                held = best.get(entry.concept)
                if held is None or key < held[0]:
                    best[entry.concept] = (key, Ranked(entry, kind, score))
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
