"""Streaming co-occurrence counts of terms and candidate equivalents.

Pairing makes three passes over the corpus, each a pure function from segment pairs to
counts:

1. :func:`count_cooccurrence` — how often each term occurs (in how many segment pairs)
   and how often each candidate occurs in the other side of those pairs. Candidates are
   generated only where some term occurs, so memory grows with the terms' contexts, not
   with the corpus; when the table still grows past ``max_entries`` the rarest pairs are
   pruned (lossy counting: a dropped pair had at most ``pruned_below`` co-occurrences at
   the time, too few to become an answer).
2. :func:`count_marginals` — how often each surviving candidate occurs anywhere, and in
   which spellings (for casing). Only where the corpus holds both cased and lower-cased
   documents, which pass 2 tells, does :func:`count_running_words` then read the cased
   ones for how running text spells the candidates' words, to re-case the others.
3. :func:`count_links` — competitive linking (see :mod:`termbase.pair.linking`) in every
   segment pair, with example pairs for each link.

All terms are found with one Aho–Corasick automaton (:class:`termbase.match.TermMatcher`).
For parallel work the corpus is cut into chunks (:func:`termbase.pair.corpus.chunks`):
each task reads its own chunk, so no text crosses process boundaries, and the partial
counts are merged by key in a fixed binary tree (:func:`merge_tree`), so the local
engine and the Dask engine (:mod:`termbase.pair.engines`) give identical results.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.pool
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from termbase.align.lexicon import Lexicon
from termbase.match import TermMatcher, pattern_text
from termbase.model import Concept, Glossary, LangSec, Term
from termbase.pair.casing import is_heading, running_words
from termbase.pair.corpus import Chunk, Corpus, SegmentPair, chunks
from termbase.pair.linking import SLASHES, Link, competitive_links, slash_side_of
from termbase.pair.ngrams import (
    MAX_NAME_WORDS,
    CandidateSide,
    ChineseNgrams,
    EnglishNgrams,
    KeySet,
    Span,
    fold_word,
)

R = TypeVar("R")
T = TypeVar("T")

MAX_EXAMPLES = 3
CITED_LINES = 5
"""Lines cited when pairs are left out as misaligned."""


class TermFinder:
    """Finds the listed terms in source-side text; terms are referred to by index."""

    def __init__(self, terms: Sequence[str], lang: str) -> None:
        self.terms = tuple(terms)
        self.lang = lang
        concepts = tuple(Concept(f"t{i}", (LangSec(lang, (Term(text),)),))
                         for i, text in enumerate(self.terms))
        self._matcher = TermMatcher(Glossary(concepts), lang)
        # Terms that are enumerations (解除武装、复员和重返社会) may be rendered across
        # commas; candidates of the other terms never cross one.
        self.enumerations = frozenset(i for i, text in enumerate(self.terms)
                                      if any(mark in text for mark in "、，,"))

    def find(self, text: str) -> list[int]:
        """Indexes of the terms occurring in ``text``, each once, in text order.

        An occurrence inside a longer listed term's occurrence belongs to that name and
        is not counted (大会 in 缔约方大会). Occurrences that merely overlap both count:
        with the glossary matcher's longest-first rule a mined fragment such as
        组织犯罪作为资金 took 跨国有组织犯罪's place in the sentence, and the term lost
        the evidence of its own rendering."""
        seen: dict[int, None] = {}
        reach = -1
        # Start ascending, longer first at one start: every span that could contain a
        # hit comes before it, so the furthest end so far tells containment.
        for _start, end, owners in sorted(self._matcher.all_matches(text),
                                         key=lambda m: (m[0], -m[1])):
            if end <= reach:
                continue
            reach = end
            for concept_id, _ in owners:
                seen.setdefault(int(concept_id[1:]), None)
        return list(seen)


    def within(self, text: str) -> set[int]:
        """Indexes of every term occurring in ``text``, nested ones too."""
        return {int(concept_id[1:]) for _, _, owners in self._matcher.all_matches(text)
                for concept_id, _ in owners}


@dataclass(frozen=True, slots=True)
class Direction:
    """Which side holds the terms: 'zh' (Chinese terms, English candidates) or 'en'."""

    source_lang: str = "zh"

    @property
    def target_lang(self) -> str:
        return "en" if self.source_lang == "zh" else "zh"

    def source(self, pair: SegmentPair) -> str:
        return pair.zh if self.source_lang == "zh" else pair.en

    def target(self, pair: SegmentPair) -> str:
        return pair.en if self.source_lang == "zh" else pair.zh

    def candidate_side(self, max_en_words: int) -> CandidateSide:
        if self.target_lang == "en":
            return EnglishNgrams(max_en_words, max_name_words=MAX_NAME_WORDS)
        return ChineseNgrams()


def dedupe_terms(terms: Iterable[str], lang: str) -> tuple[str, ...]:
    """Terms in first-seen order, one per searched form (《行动纲领》 and 行动纲领 are one)."""
    seen: dict[str, str] = {}
    for text in terms:
        key = pattern_text(lang, text)
        if key and key not in seen:
            seen[key] = text.strip()
    return tuple(seen.values())


# --- pass 1: co-occurrence --------------------------------------------------------------

@dataclass(slots=True)
class Cooccurrence:
    """Counts of pass 1."""

    pairs: int = 0
    """Segment pairs seen."""
    term_counts: Counter[int] = field(default_factory=Counter)
    joint: dict[int, Counter[str]] = field(default_factory=dict)
    pruned_below: int = 0
    """Pairs with at most this many co-occurrences may have been dropped (0: exact)."""
    max_entries: int = 0
    """Bound on the entries merged results keep (0: none)."""
    misaligned: int = 0
    """Pairs left out because they do not translate each other (:mod:`.agreement`)."""
    misaligned_positions: array[int] = field(default_factory=lambda: array("q"))
    """Their positions, in corpus order (8 bytes each): passes 2 and 3 leave them out
    too."""
    misaligned_lines: list[tuple[int, str, int]] = field(default_factory=list)
    """(position, document, line) of the first few left out, to cite."""

    def entries(self) -> int:
        return sum(len(c) for c in self.joint.values())

    def merge(self, other: Cooccurrence) -> Cooccurrence:
        self.pairs += other.pairs
        self.term_counts.update(other.term_counts)
        for term, counts in other.joint.items():
            mine = self.joint.get(term)
            if mine is None:
                self.joint[term] = counts
            elif len(mine) < len(counts):
                # The smaller table is added to the larger, one entry at a time: a frequent
                # term's candidates run to thousands in a large chunk and a few dozen in a
                # small one. Only the counts are read (candidates are sorted by them).
                counts.update(mine)
                self.joint[term] = counts
            else:
                mine.update(counts)
        self.pruned_below = max(self.pruned_below, other.pruned_below)
        self.max_entries = max(self.max_entries, other.max_entries)
        self.misaligned += other.misaligned
        # Merged neighbours first, left before right: concatenation keeps corpus order.
        self.misaligned_positions += other.misaligned_positions
        self.misaligned_lines = sorted(self.misaligned_lines + other.misaligned_lines
                                       )[:CITED_LINES]
        # Chunks are bounded one by one; their union must be too.
        if self.max_entries and self.entries() > self.max_entries:
            self.prune(self.max_entries // 2)
        return self

    def prune(self, max_entries: int) -> None:
        """Drop the rarest pairs until at most ``max_entries`` remain (lossy counting)."""
        while self.entries() > max_entries:
            self.pruned_below += 1
            floor = self.pruned_below
            for term, counts in self.joint.items():
                self.joint[term] = Counter({k: v for k, v in counts.items() if v > floor})


def count_cooccurrence(pairs: Iterable[SegmentPair], finder: TermFinder,
                       direction: Direction, side: CandidateSide, *,
                       max_entries: int) -> Cooccurrence:
    """Pass 1 over ``pairs``: term counts and term × candidate co-occurrence counts."""
    result = Cooccurrence(max_entries=max_entries)
    check_every = 2000
    for number, pair in enumerate(pairs, start=1):
        result.pairs += 1
        found = finder.find(direction.source(pair))
        if not found:
            continue
        enumerations = not finder.enumerations.isdisjoint(found)
        spans = side.spans(direction.target(pair), enumerations=enumerations)
        keys = {span.key for span in spans}
        plain_keys = {span.key for span in spans if not span.enumeration} if enumerations \
            else keys
        for term in found:
            result.term_counts[term] += 1
            counts = result.joint.get(term)
            if counts is None:
                counts = result.joint[term] = Counter()
            counts.update(keys if term in finder.enumerations else plain_keys)
        if number % check_every == 0 and result.entries() > max_entries:
            result.prune(max_entries // 2)
    return result


# --- pass 2: candidate marginals and spellings -------------------------------------------

@dataclass(slots=True)
class Marginals:
    """Counts of pass 2."""

    candidate_counts: Counter[str] = field(default_factory=Counter)
    spellings: Counter[tuple[str, str, str, bool]] = field(default_factory=Counter)
    """(key, surface, document, segment-initial) → occurrences (English targets only)."""
    letters: Counter[str] = field(default_factory=Counter)
    """Letters per document on the target side, to tell lower-cased documents."""
    capitals: Counter[str] = field(default_factory=Counter)

    def merge(self, other: Marginals) -> Marginals:
        self.candidate_counts.update(other.candidate_counts)
        self.spellings.update(other.spellings)
        self.letters.update(other.letters)
        self.capitals.update(other.capitals)
        return self


def count_marginals(pairs: Iterable[SegmentPair], candidates: frozenset[str],
                    direction: Direction, side: CandidateSide) -> Marginals:
    """Pass 2: in how many segment pairs each candidate occurs, and its spellings."""
    result = Marginals()
    cased = direction.target_lang == "en"
    enumerations = any("," in key for key in candidates)
    wanted = KeySet.of(candidates, direction.target_lang)
    for pair in pairs:
        text = direction.target(pair)
        present: set[str] = set()
        heading = cased and is_heading(text)
        for span in side.spans(text, enumerations=enumerations, within=wanted):
            present.add(span.key)
            if cased:
                result.spellings[(span.key, span.surface, pair.document,
                                  span.initial or span.named or heading)] += 1
        result.candidate_counts.update(present)
        if cased:
            result.letters[pair.document] += sum(map(str.isalpha, text))
            result.capitals[pair.document] += sum(map(str.isupper, text))
    return result


# --- pass 2b: running words, only for a corpus with lower-cased documents to re-case ---

RunningWords = Counter[tuple[str, str, bool]]
"""(spelling, document, before a capitalised word) → occurrences in running text of the
candidates' words (:func:`termbase.pair.casing.running_words`), to case lower-cased
spellings (:func:`termbase.pair.casing.word_casings`)."""


def count_running_words(pairs: Iterable[SegmentPair], candidates: frozenset[str],
                        direction: Direction, cased: frozenset[str]) -> RunningWords:
    """The running-text spellings of the candidates' words in the ``cased`` documents.

    A pass of its own rather than part of pass 2: which documents are lower-cased is
    known only after pass 2, and most corpora have none, so their words need no count.
    Only cased documents are read: their spellings alone decide a word's casing."""
    result: RunningWords = Counter()
    if direction.target_lang != "en" or not cased:
        return result
    words = candidate_words(candidates)
    folded: dict[str, bool] = {}  # one fold per distinct spelling, not per use
    for pair in pairs:
        if pair.document not in cased:
            continue
        for word, named in running_words(direction.target(pair)):
            wanted = folded.get(word)
            if wanted is None:
                wanted = folded[word] = fold_word(word) in words
            if wanted:
                result[(word, pair.document, named)] += 1
    return result


def merge_running_words(left: RunningWords, right: RunningWords) -> RunningWords:
    left.update(right)
    return left


def candidate_words(candidates: Iterable[str]) -> frozenset[str]:
    """The words of English candidate keys, and the parts of their compounds, as
    :func:`~termbase.pair.ngrams.fold_word` spells them."""
    words: set[str] = set()
    for key in candidates:
        for word in key.replace(",", "").split():
            words.add(word)
            words.update(fold_word(part) for part in re.split(r"[-/]", word))
    return frozenset(words)


# --- pass 3: competitive linking ---------------------------------------------------------

@dataclass(slots=True)
class Links:
    """Counts of pass 3: how often each term was linked to each candidate, with examples."""

    links: dict[int, Counter[str]] = field(default_factory=dict)
    examples: dict[tuple[int, str], list[tuple[int, SegmentPair]]] = field(default_factory=dict)
    """(term, candidate) → up to three (corpus position, pair), earliest first."""
    spellings: dict[int, Counter[tuple[str, str, str, bool]]] = field(default_factory=dict)
    """term → (key, surface, document, segment-initial) of its linked spans (English)."""

    def merge(self, other: Links) -> Links:
        for term, counts in other.links.items():
            self.links.setdefault(term, Counter()).update(counts)
        for key, found in other.examples.items():
            merged = sorted([*self.examples.get(key, []), *found], key=lambda e: e[0])
            self.examples[key] = merged[:MAX_EXAMPLES]
        for term, spelled in other.spellings.items():
            self.spellings.setdefault(term, Counter()).update(spelled)
        return self


def count_links(pairs: Iterable[tuple[int, SegmentPair]], finder: TermFinder,
                direction: Direction, side: CandidateSide,
                scores: Mapping[int, Mapping[str, float]]) -> Links:
    """Pass 3: link each term occurrence to at most one candidate span, competitively.

    ``pairs`` carry their position in the corpus so that examples from several workers
    can be merged in corpus order. ``scores[term][candidate]`` is the association
    strength that orders the competition.
    """
    result = Links()
    cased = direction.target_lang == "en"
    # Only spans of some term's scored candidates can be linked.
    wanted = KeySet.of((k for term_scores in scores.values() for k in term_scores),
                       direction.target_lang)
    for position, pair in pairs:
        found = [t for t in finder.find(direction.source(pair)) if t in scores]
        if not found:
            continue
        enumerations = not finder.enumerations.isdisjoint(found)
        spans_by_key: dict[str, list[Span]] = {}
        for span in side.spans(direction.target(pair), enumerations=enumerations,
                               within=wanted):
            spans_by_key.setdefault(span.key, []).append(span)
        options: list[Link] = []
        for term in found:
            term_scores = scores[term]
            # Walk the smaller of the two sets: a long segment has hundreds of spans, a
            # term a few dozen candidates, and vice versa for short segments.
            if len(term_scores) < len(spans_by_key):
                hits = [(k, spans_by_key[k]) for k in term_scores if k in spans_by_key]
            else:
                hits = [(k, v) for k, v in spans_by_key.items() if k in term_scores]
            for key, spans in hits:
                for span in spans:
                    options.append(Link(term, key, span.start, span.end, term_scores[key],
                                        span.surface, span.initial or span.named))
        heading = cased and is_heading(direction.target(pair))
        source = direction.source(pair)
        sides = None
        if cased and any(mark in source for mark in SLASHES):
            sides = {t: at for t in found
                     if (at := slash_side_of(finder.terms[t], source)) is not None}
        for link in competitive_links(options, sides):
            result.links.setdefault(link.term, Counter())[link.candidate] += 1
            if cased:
                result.spellings.setdefault(link.term, Counter())[
                    (link.candidate, link.surface, pair.document,
                     link.initial or heading)] += 1
            examples = result.examples.setdefault((link.term, link.candidate), [])
            if len(examples) < MAX_EXAMPLES:
                examples.append((position, pair))
    return result


# --- parallel execution ------------------------------------------------------------------

Progress = Callable[[str, int, int], None]
"""Called with (pass name, chunks done, chunks in all) as chunks finish."""


def pass_name(task: Callable[..., Any]) -> str:
    """How progress names a pass: 'cooccurrence', 'marginals', 'links'."""
    return getattr(task, "__name__", "counting").removesuffix("_task")


class Engine(Protocol):
    """Runs one counting pass: a task over every chunk, the partial results merged."""

    def fold(self, task: Callable[..., R], chunks: Iterable[Chunk], args: tuple[Any, ...],
             merge: Callable[[R, R], R]) -> R:
        """``merge_tree(task(chunk.pairs(), *args) for chunk in chunks)``."""
        ...


def run_chunk(task: Callable[..., R], chunk: Chunk, args: tuple[Any, ...]) -> R:
    """One task over one chunk, in whichever process holds it."""
    return task(chunk.pairs(), *args)


def merge_tree(results: Iterable[T], merge: Callable[[T, T], T]) -> T:
    """Merge ``results`` pairwise, neighbours first, as a balanced binary tree.

    The tree depends only on the number of results, so every engine merges the same
    partial counts in the same order (identical output), and at most log2(n) partial
    results wait at any time. ``merge`` may also combine Dask futures: it then builds the
    same tree as tasks.
    """
    stack: list[tuple[int, T]] = []
    for result in results:
        size, merged = 1, result
        while stack and stack[-1][0] == size:
            _, left = stack.pop()
            size, merged = size * 2, merge(left, merged)
        stack.append((size, merged))
    if not stack:
        raise ValueError("no results to merge")
    _, merged = stack.pop()
    while stack:
        _, left = stack.pop()
        merged = merge(left, merged)
    return merged


def _run_job(job: tuple[Callable[..., R], Chunk, tuple[Any, ...]]) -> R:
    return run_chunk(*job)


def worker_pool(processes: int) -> multiprocessing.pool.Pool:
    """A pool of ``processes`` workers, forked where the platform can: they inherit the
    imported modules and loaded dictionary, so start-up stays cheap."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    # A forked worker's garbage collector would walk every object it inherited each time
    # it collects, and copy each page it touches; frozen at the fork, they are left to
    # this process, whose own collections see them again once unfrozen.
    gc.freeze()
    try:
        return context.Pool(processes)
    finally:
        gc.unfreeze()


@dataclass(frozen=True, slots=True)
class LocalEngine:
    """Worker processes of this machine (none with one worker)."""

    workers: int = 1
    progress: Progress | None = None

    def fold(self, task: Callable[..., R], chunks: Iterable[Chunk], args: tuple[Any, ...],
             merge: Callable[[R, R], R]) -> R:
        listed = list(chunks)  # descriptions only: no text is read here
        jobs = ((task, chunk, args) for chunk in listed)
        if self.workers <= 1 or len(listed) <= 1:
            return merge_tree(self._counted(task, map(_run_job, jobs), len(listed)), merge)
        with worker_pool(min(self.workers, len(listed))) as pool:
            return merge_tree(self._counted(task, pool.imap(_run_job, jobs), len(listed)),
                              merge)

    def _counted(self, task: Callable[..., Any], results: Iterable[R], total: int
                 ) -> Iterator[R]:
        label = pass_name(task)
        for done, result in enumerate(results, start=1):
            if self.progress is not None:
                self.progress(label, done, total)
            yield result


def run_sharded(task: Callable[..., R], corpus: Corpus, args: tuple[Any, ...], *,
                workers: int, batch_size: int, merge: Callable[[R, R], R],
                engine: Engine | None = None) -> R:
    """``task(pairs, *args)`` over chunks of ``batch_size`` pairs of ``corpus``, merged.

    ``engine`` runs the chunks (default: :class:`LocalEngine` with ``workers``); each
    chunk is read by the process that counts it. ``task`` and ``args`` must be picklable
    (module-level functions, plain data).
    """
    engine = engine or LocalEngine(workers)
    return engine.fold(task, chunks(corpus, batch_size), args, merge)


def _positions_only(pairs: Iterable[tuple[int, SegmentPair]]) -> Iterable[SegmentPair]:
    return (pair for _, pair in pairs)


def cooccurrence_task(pairs: Iterable[tuple[int, SegmentPair]], terms: tuple[str, ...],
                      source_lang: str, max_en_words: int, max_entries: int,
                      lexicon: Lexicon | None = None) -> Cooccurrence:
    """Pass 1 as a shard task (builds its own matcher: automata do not cross processes).

    With a ``lexicon``, the chunk's pairs that do not translate each other are found
    first (:func:`termbase.pair.agreement.misaligned`), not counted, and reported by
    position so that the later passes leave them out too.
    """
    direction = Direction(source_lang)
    finder = TermFinder(terms, source_lang)
    side = direction.candidate_side(max_en_words)
    if lexicon is None:
        return count_cooccurrence(_positions_only(pairs), finder, direction, side,
                                  max_entries=max_entries)
    from termbase.pair.agreement import misaligned

    held = list(pairs)  # one chunk: bounded by the batch size
    flagged = misaligned([pair for _, pair in held], lexicon)  # in corpus order
    skipped = set(flagged)
    result = count_cooccurrence((pair for i, (_, pair) in enumerate(held) if i not in skipped),
                                finder, direction, side, max_entries=max_entries)
    result.misaligned = len(flagged)
    for index in flagged:
        position, pair = held[index]
        result.misaligned_positions.append(position)
        if len(result.misaligned_lines) < CITED_LINES:
            result.misaligned_lines.append((position, pair.document, pair.line))
    return result


def marginals_task(pairs: Iterable[tuple[int, SegmentPair]], candidates: frozenset[str],
                   source_lang: str, max_en_words: int) -> Marginals:
    """Pass 2 as a shard task."""
    direction = Direction(source_lang)
    return count_marginals(_positions_only(pairs), candidates, direction,
                           direction.candidate_side(max_en_words))


def running_words_task(pairs: Iterable[tuple[int, SegmentPair]], candidates: frozenset[str],
                       source_lang: str, cased: frozenset[str]) -> RunningWords:
    """Pass 2b as a shard task."""
    return count_running_words(_positions_only(pairs), candidates, Direction(source_lang),
                               cased)


def links_task(pairs: Iterable[tuple[int, SegmentPair]], terms: tuple[str, ...],
               source_lang: str, max_en_words: int,
               scores: Mapping[int, Mapping[str, float]]) -> Links:
    """Pass 3 as a shard task."""
    direction = Direction(source_lang)
    return count_links(pairs, TermFinder(terms, source_lang), direction,
                       direction.candidate_side(max_en_words), scores)
