"""The dictionary's English for a few Chinese words, without loading the dictionary.

A missing-term finding may need the dictionary's word for the rest of a longer name
(可持续发展 of 可持续发展大会); loading CC-CEDICT whole (:mod:`termbase.align.lexicon`)
costs about 0.44 s, a quarter of the check's time budget, for a handful of words. So
the lexicon is written once into an SQLite table in termbase's cache, keyed like its
pickle, with each word's part of speech in jieba's dictionary (a noun can head a name, a
verb cannot), and a check reads only the words it asks for (one query, a few
milliseconds). With the cache turned off, or not writable, the dictionary's file is read
for the words asked (about 0.3 s).

Each word's glosses are kept whole too (its senses: "meeting", "conference" for 会议),
so that a glossary entry can be read as one rendering among the dictionary's several
(:mod:`termbase.check.general_word`).

The same table answers whether a Latin token is an English word: one the dictionary's
glosses write in lower case somewhere ("union", "unit"; not "UNEP" or "UNICEF", which
its glosses write in capitals). A text written without capitals cannot show an acronym
by its case ("unep"), but it can by being no English word. It also answers, case-blind,
whether the glosses write a token at all ("july" and "unicef" as well as "union"): a
word they never write is one no Chinese word of a line can be read as rendering.
"""

from __future__ import annotations

import functools
import os
import re
import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import closing
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from termbase import installed
from termbase.align.lexicon import (
    POSSESSIVE_PRONOUNS,
    STOP_WORDS,
    Lexicon,
    ReadEntry,
    cedict_entry,
    cedict_stems,
    content_word_pattern,
    default_lexicon_key,
    default_text,
    kept_glosses,
    kept_stems,
    lines_of,
    read_cedict,
    stem,
)
from termbase.gcpause import cycle_collection_paused
from termbase.paths import cache_file
from termbase.text.chinese import CJK_RUN
from termbase.text.english import singular

_T = TypeVar("_T")


class Gloss(NamedTuple):
    stems: frozenset[str]
    """English stems, as :func:`termbase.align.lexicon.stem` makes them."""
    tag: str
    """jieba's part of speech ("n", "ns", "v", "vn" …); "" when jieba lacks the word."""
    senses: tuple[str, ...] = ()
    """The dictionary's glosses of the word as a common word (a proper name's entry left
    out: 资源 is also a county), each whole ("to make headway", "to make progress"):
    the renderings it offers."""


Glosses = Callable[[Collection[str]], Mapping[str, Gloss]]
"""Chinese words → the dictionary's gloss, for those it holds."""


def gloss_lexicon(known: Mapping[str, Gloss]) -> Lexicon:
    """The lexicon of the words ``known`` glosses (their English stems), which cuts a
    source line into the dictionary words the checks ask about."""
    return Lexicon({w: g.stems for w, g in known.items()})


# SQLite's bound on the parameters of one statement is 999 in older builds.
_BATCH = 900

# Bumped whenever the table's contents change (2: the English words; 3: the senses; 4:
# the words the glosses write in any case), so that a table written by an older version
# is not read.
_TABLE_VERSION = "4"


def dictionary_glosses(words: Collection[str]) -> dict[str, Gloss]:
    """The glosses of those of ``words`` that the default dictionary holds; empty when
    it is not installed."""
    key = _table_key()
    if key is None:  # the dictionary is evidence only
        return {}
    found = _from_table(_read_table, words)
    if found is not None:
        return found
    # No table (the cache off or not writable): the file answers, once for each word. A
    # check asks about the words of its error lines for each reason in turn, and each
    # asking read the whole file again (0.3 s a time).
    known = _read_from_file(key)
    unread = set(words).difference(known)
    if unread:
        if len(known) > _FILE_ANSWERS_KEPT:
            known.clear()
        glossed = _file_glosses(unread)
        known.update((w, glossed.get(w)) for w in unread)
    return {w: gloss for w in words if (gloss := known[w]) is not None}


_FILE_ANSWERS_KEPT = 200_000
"""Words :func:`_read_from_file` keeps for a process (a server checking many drafts)
before it starts again."""


@functools.lru_cache(maxsize=1)
def _read_from_file(key: str) -> dict[str, Gloss | None]:
    """The dictionary's answers read from its file, for the dictionary named ``key``
    (:func:`_table_key`), by word (None: not in it); filled by :func:`dictionary_glosses`."""
    return {}


def _file_glosses(words: Collection[str]) -> dict[str, Gloss]:
    """The glosses of ``words`` read from the dictionary's file (and jieba's)."""
    from termbase.text.word_tags import dictionary_tags  # jieba's tables: a rare path

    wanted = set(words)
    read = list(read_cedict(lines_of(default_text(), wanted)))  # one reading of the file
    tags, senses = dictionary_tags(wanted), dictionary_senses(read, wanted)
    return {w: Gloss(stems, tags.get(w, ""), senses.get(w, ()))
            for w, stems in cedict_stems(read).items() if w in wanted}


def dictionary_senses(read: Iterable[ReadEntry],
                      words: Collection[str] | None = None) -> dict[str, tuple[str, ...]]:
    """The senses of the dictionary's words, from its entries as
    :func:`~termbase.align.lexicon.read_cedict` reads them (of ``words`` only, when
    given): each gloss that translates the word, a gloss's alternatives after a semicolon
    apart, entries of one headword merged. An entry whose reading is capitalised names a
    place or a person (Ziyuan county for 资源), not a sense of the common word."""
    wanted = None if words is None else set(words)
    senses: dict[str, list[str]] = {}
    for entry, kept in read:
        if entry.pinyin[:1].isupper():
            continue
        glosses = [part.strip() for gloss in kept for part in gloss.split(";") if part.strip()]
        for word in entry.headwords:
            if wanted is None or word in wanted:
                known = senses.setdefault(word, [])
                known.extend(g for g in glosses if g not in known)
    return {word: tuple(found) for word, found in senses.items() if found}


def english_words(tokens: Collection[str]) -> frozenset[str]:
    """Those of ``tokens`` (lower case) that are English words: written in lower case
    in the dictionary's glosses, as they stand or in the singular. Empty when the
    dictionary is not installed."""
    return _written(tokens, _read_english, _english_vocabulary)


def glossed_words(tokens: Collection[str]) -> frozenset[str]:
    """Those of ``tokens`` (lower case) that the dictionary's glosses write in any case,
    as they stand or in the singular: English words, and the names, months and
    acronyms the glosses give ("july", "syria", "unicef"), which some Chinese word
    renders. A token none writes ("karp", "unops") is one the dictionary cannot explain.
    Empty when the dictionary is not installed."""
    return _written(tokens, _read_glossed, _glossed_vocabulary)


def _written(tokens: Collection[str], read: Callable[[Path, Collection[str]], set[str]],
             vocabulary: Callable[[], frozenset[str]]) -> frozenset[str]:
    """Those of ``tokens`` a vocabulary holds as they stand or in the singular: asked of
    the compiled table through ``read``, or of the dictionary's file through
    ``vocabulary`` where there is no table. Empty when the dictionary is not
    installed."""
    if not _installed():
        return frozenset()
    asked = {form for token in tokens for form in (token, singular(token))}
    found = _from_table(read, asked)
    if found is None:
        found = asked & vocabulary()
    return frozenset(t for t in tokens if t in found or singular(t) in found)


def _installed() -> bool:
    return _table_key() is not None


def _table_key() -> str | None:
    try:
        return f"{default_lexicon_key()}-jieba{installed.version('jieba')}-t{_TABLE_VERSION}"
    except ModuleNotFoundError:  # importlib.metadata's PackageNotFoundError
        return None


def _from_table(read: Callable[[Path, Collection[str]], _T], asked: Collection[str]
                ) -> _T | None:
    """What ``read`` answers from the compiled table; None when there is no table to
    read (then the dictionary's file answers)."""
    table = cache_file(f"{_table_key()}.sqlite")
    compiled = _compiled(table) if table is not None else None
    if compiled is None:
        return None
    try:
        return read(compiled, asked)
    except sqlite3.Error:
        # A damaged table (truncated, not SQLite) is a cache that cannot be read:
        # ignored, like every cache, and rebuilt on the next run.
        compiled.unlink(missing_ok=True)
        _compiled.cache_clear()
        return None


# A word of a gloss written in lower case, not a pinyin syllable (lian2) nor part of a
# word with capitals.
_LOWER_GLOSS_WORD = re.compile(r"(?<![A-Za-z0-9'\[])[a-z]+(?![A-Za-z0-9'])")


# The same in any case ("July", "UNICEF", "Syria"), read lower-cased.
_GLOSS_WORD_ANY_CASE = re.compile(r"(?<![A-Za-z0-9'\[])[A-Za-z]+(?![A-Za-z0-9'])")


def english_vocabulary(text: str, any_case: bool = False) -> set[str]:
    """The words the dictionary's English glosses write in lower case (``text`` is the
    dictionary's file); with ``any_case``, every word they write, lower-cased."""
    words: set[str] = set()
    pattern = _GLOSS_WORD_ANY_CASE if any_case else _LOWER_GLOSS_WORD
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        _, sep, glosses = line.partition("] /")
        if sep:
            words.update(w.lower() for w in pattern.findall(glosses))
    return words


@functools.lru_cache(maxsize=1)
def _english_vocabulary() -> frozenset[str]:
    return frozenset(english_vocabulary(default_text()))


@functools.lru_cache(maxsize=1)
def _glossed_vocabulary() -> frozenset[str]:
    return frozenset(english_vocabulary(default_text(), any_case=True))


def _read_english(table: Path, words: Collection[str]) -> set[str]:
    return {w for (w,) in _rows(table, "SELECT word FROM english WHERE lower AND word IN",
                                words)}


def _read_glossed(table: Path, words: Collection[str]) -> set[str]:
    return {w for (w,) in _rows(table, "SELECT word FROM english WHERE word IN", words)}


def _read_table(table: Path, words: Collection[str]) -> dict[str, Gloss]:
    return {w: Gloss(frozenset(stems.split()), tag, tuple(senses.split("/")) if senses else ())
            for w, stems, tag, senses in _rows(
                table, "SELECT word, stems, tag, senses FROM glosses WHERE word IN", words)}


def _rows(table: Path, select: str, words: Collection[str]) -> Iterator[tuple[Any, ...]]:
    """The rows of ``select``, a query of the compiled table that ends in "WHERE word
    IN", for ``words``: asked in batches of _BATCH, on a read-only connection."""
    asked = list(dict.fromkeys(words))
    with closing(sqlite3.connect(f"{table.as_uri()}?mode=ro", uri=True)) as db:
        for i in range(0, len(asked), _BATCH):
            batch = asked[i:i + _BATCH]
            yield from db.execute(f"{select} ({','.join('?' * len(batch))})", batch)


@functools.lru_cache(maxsize=4)
def _compiled(table: Path) -> Path | None:
    """``table``, written from the default lexicon if it is not there yet; None when it
    cannot be written (a read-only cache)."""
    if table.is_file():
        return table
    partial = table.with_name(f"{table.name}.{os.getpid()}.tmp")
    try:
        with cycle_collection_paused():
            glosses, english = _table_rows()
        table.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        with closing(sqlite3.connect(partial)) as db:
            db.execute("CREATE TABLE glosses (word TEXT PRIMARY KEY, stems TEXT NOT NULL, "
                       "tag TEXT NOT NULL, senses TEXT NOT NULL)")
            db.executemany("INSERT INTO glosses VALUES (?, ?, ?, ?)", glosses)
            db.execute("CREATE TABLE english (word TEXT PRIMARY KEY, lower INTEGER NOT NULL)")
            db.executemany("INSERT INTO english VALUES (?, ?)", english)
            db.commit()
        os.replace(partial, table)
    except (OSError, sqlite3.Error):
        partial.unlink(missing_ok=True)
        return None
    return table


def _table_rows() -> tuple[list[tuple[str, str, str, str]], list[tuple[str, bool]]]:
    """The rows of the compiled table: (word, stems, tag, senses) for each word of the
    default lexicon, and the English words (:func:`table_rows` of the dictionary's file
    and jieba's tags)."""
    from termbase.text.word_tags import dictionary_tags

    return table_rows(default_text(), dictionary_tags())


def table_rows(text: str, tags: Mapping[str, str]
               ) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, bool]]]:
    """The compiled table's rows from the CC-CEDICT ``text`` and jieba's ``tags``: for
    each word :func:`~termbase.align.lexicon.cedict_stems` gives stems, (word, its stems
    sorted and joined, its tag or "", its :func:`dictionary_senses` joined by "/"), and
    every word the glosses write in any case, sorted, with whether they write it in lower
    case (:func:`english_vocabulary` of ``text``, with ``any_case`` and without).

    What those functions give, in one pass over the lines: a fresh installation's first
    check builds this table (CC-CEDICT's 120,000 entries), and reading the file with
    them apart, an entry at a time through their generators, cost half of that first
    check's time. Each line is read once by :func:`~termbase.align.lexicon.cedict_entry`
    (the one reader of the line format), each entry's glosses are kept once
    (:func:`~termbase.align.lexicon.kept_glosses`), a gloss word's stem is looked up once
    for the file (a stop word's or a letter's as none), and the English words are found
    in all the glosses at once. Tested equal to the functions it stands for."""
    stems: dict[str, frozenset[str]] = {}
    senses: dict[str, list[str]] = {}
    gloss_texts: list[str] = []
    cjk_word = CJK_RUN.fullmatch
    gloss_words = content_word_pattern().findall
    no_stem = ""  # a stop word or a single letter: no content stem
    stem_of = dict.fromkeys(STOP_WORDS, no_stem)
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        _, sep, after = line.partition("] /")
        if not sep:  # no glosses: neither an entry nor English words
            continue
        gloss_texts.append(after)
        entry = cedict_entry(line)
        if entry is None:
            continue  # malformed: no entry, but its glosses' English words count
        kept = kept_glosses(entry.glosses)
        if not kept:
            continue  # no stems, no senses
        headwords = entry.headwords
        found: set[str] = set()
        words = gloss_words(" ".join(kept).lower())
        if not POSSESSIVE_PRONOUNS.isdisjoint(words):
            words = []  # a pronoun read by its neighbours, as the lexicon reads it
            found.update(kept_stems(kept))
        for word in words:
            stemmed = stem_of.get(word)
            if stemmed is None:
                stemmed = stem_of[word] = stem(word) if len(word) > 1 else no_stem
            found.add(stemmed)
        found.discard(no_stem)
        if found:
            entry_stems = frozenset(found)
            for word in headwords:
                if cjk_word(word):
                    known = stems.get(word)
                    stems[word] = entry_stems if known is None else known | entry_stems
        if not entry.pinyin[:1].isupper():  # a proper name's entry gives no sense
            parts = [part.strip() for gloss in kept for part in gloss.split(";")]
            for word in headwords:
                listed = senses.setdefault(word, [])
                listed.extend(part for part in parts if part and part not in listed)
    rows = [(w, " ".join(sorted(s)), tags.get(w, ""), "/".join(senses.get(w, ())))
            for w, s in stems.items()]
    # A line break matches neither side of a gloss word, so all glosses are read at once.
    glossed = "\n".join(gloss_texts)
    lower = set(_LOWER_GLOSS_WORD.findall(glossed))
    written = {w.lower() for w in _GLOSS_WORD_ANY_CASE.findall(glossed)}
    return rows, [(w, w in lower) for w in sorted(written)]
