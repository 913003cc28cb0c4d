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
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple

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

class _Entry(NamedTuple):
    """One term of the glossary, as found under a normalised key."""

    concept: int
    lang: str
    term: Term


@dataclass(frozen=True, slots=True, eq=False)
class LookupIndex:
    """A search index over one glossary. Immutable; build it with :func:`build_index`."""

    glossary: Glossary
    simplifier: Simplifier | None
    keys: tuple[str, ...]
    """Distinct normalised terms, ordered by (length, text); a key's position is its id."""
    entries: tuple[tuple[_Entry, ...], ...]
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
        if n <= 0:
            return 0
        if n >= len(self.length_start):
            return len(self.keys)
        return self.length_start[n]

    def __len__(self) -> int:
        return len(self.keys)


def build_index(glossary: Glossary, *, simplifier: Simplifier | None = None) -> LookupIndex:
    """Index every term of ``glossary`` for :func:`search`.

    Pass a :class:`~termbase.text.chinese.ScriptConverter` as ``simplifier`` so that
    traditional and simplified Chinese match each other; without one they do not.
    """
    by_key: dict[str, list[_Entry]] = {}
    for ci, concept in enumerate(glossary.concepts):
        for sec in concept.lang_secs:
            for term in sec.terms:
                key = normalise(term.text, simplifier)
                if key:  # a term of punctuation only cannot be looked up
                    by_key.setdefault(key, []).append(_Entry(ci, sec.lang, term))

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

def _exact(index: LookupIndex, q: str) -> list[tuple[int, float]]:
    kid = index.exact.get(q)
    return [] if kid is None else [(kid, 1.0)]


def _prefix(index: LookupIndex, q: str) -> list[tuple[int, float]]:
    lo = bisect_left(index.sorted_keys, q)
    # Every key that starts with q sorts before q followed by the highest code point.
    hi = bisect_left(index.sorted_keys, q + "\U0010ffff", lo)
    n = len(q)
    keys = index.keys
    return [(kid, n / len(keys[kid])) for kid in index.sorted_ids[lo:hi] if keys[kid] != q]


def _substring(index: LookupIndex, q: str) -> list[tuple[int, float]]:
    grams = _grams(q)
    if not grams:
        return []  # too short to look up by n-grams; exact and prefix matches still apply
    postings = []
    for gram in grams:
        ids = index.postings.get(gram)
        if ids is None:
            return []  # a gram of q that no term contains: no term contains q
        postings.append(ids)
    # Only the rarest gram's list needs walking; `in` verifies each candidate.
    rarest = min(postings, key=len)
    n = len(q)
    start = bisect_left(rarest, index.first_id_of_length(n + 1))
    keys = index.keys
    hits = []
    for kid in rarest[start:]:
        key = keys[kid]
        if q in key and not key.startswith(q):  # prefixes are reported as such already
            hits.append((kid, n / len(key)))
    return hits


def _fuzzy(index: LookupIndex, q: str) -> list[tuple[int, float]]:
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
    candidates: Iterable[int]
    if len(grams) >= needed:
        lists = sorted((index.postings.get(g, array("I")) for g in grams), key=len)
        found: set[int] = set()
        for posting in lists[:needed]:
            found.update(posting[bisect_left(posting, lo):bisect_left(posting, hi)])
        candidates = sorted(found)
    else:
        # A query too short for the filter: the keys of a similar length are few,
        # because short terms are few.
        candidates = range(lo, hi)
    keys = index.keys
    kept = [kid for kid in candidates if keys[kid] != q]
    scored = extract(q, [keys[kid] for kid in kept], scorer=Levenshtein.distance,
                     score_cutoff=k, limit=None)
    return [(kept[pos], 1.0 - distance / max(n, len(choice)))
            for choice, distance, pos in scored if distance > 0]


_TIERS = ((MatchKind.EXACT, _exact), (MatchKind.PREFIX, _prefix),
          (MatchKind.SUBSTRING, _substring), (MatchKind.FUZZY, _fuzzy))


def _same_language(lang: str, wanted: str) -> bool:
    """'zh' selects 'zh', 'zh-CN', 'zh-Hans'…; language tags are case-insensitive."""
    return lang.lower().split("-")[0] == wanted


def search(index: LookupIndex, query: str, *, limit: int | None = DEFAULT_LIMIT,
           lang: str | None = None) -> list[Hit]:
    """The concepts matching ``query``, best first, at most ``limit`` of them.

    Order: by how the best term matched (exact, prefix, substring, fuzzy), then by that
    term's status (preferred first), then by closeness (how much of the term the query
    covers, or how few typos it has), then by concept id. ``lang`` ('zh', 'en')
    restricts matching to terms of that language; the hits still show all terms.
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

    # best[concept index] = (sort key, match); a concept shows once, by its best term.
    best: dict[int, tuple[tuple[int, int, float, str], Match]] = {}
    concepts = index.glossary.concepts
    for kind, find in _TIERS:
        for kid, score in find(index, q):
            for entry in index.entries[kid]:
                if wanted is not None and not _same_language(entry.lang, wanted):
                    continue
                concept = concepts[entry.concept]
                rank = (kind.rank, entry.term.status.rank, -score, concept.id)
                held = best.get(entry.concept)
                if held is None or rank < held[0]:
                    best[entry.concept] = (rank, Match(kind, entry.lang, entry.term, score))
        # Every later tier ranks below this one, so once enough concepts are found the
        # weaker (and slower) tiers cannot change the answer.
        if limit is not None and len(best) >= limit:
            break

    ordered = sorted(best.items(), key=lambda item: item[1][0])
    if limit is not None:
        ordered = ordered[:limit]
    return [Hit(concepts[ci], match) for ci, (_, match) in ordered]

