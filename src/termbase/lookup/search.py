"""Search tiers (exact, prefix, substring, typo) over any :class:`KeyIndex`, and the
ranking that merges them, stopping each tier once no later key can outrank the page."""

from __future__ import annotations

import sys
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from typing import NamedTuple

from termbase.errors import UsageError
from termbase.lookup.index import Entry, KeyIndex, LookupIndex
from termbase.lookup.keys import MIN_CJK_FUZZY_LEN, key_grams, max_edits
from termbase.lookup.results import DEFAULT_LIMIT, Hit, Match, MatchKind
from termbase.model import TermStatus
from termbase.text.chinese import is_cjk_char, is_mainly_cjk

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
    grams = key_grams(q)
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
    grams = key_grams(q)
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
        shortest = max(shortest, MIN_CJK_FUZZY_LEN)
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
