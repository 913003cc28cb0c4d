"""The dictionary's English for a few Chinese words, without loading the dictionary.

A missing-term finding may need the dictionary's word for the rest of a longer name
(可持续发展 of 可持续发展大会); loading CC-CEDICT whole (:mod:`termbase.align.lexicon`)
costs about 0.44 s, a quarter of the check's time budget, for a handful of words. So
the lexicon is written once into an SQLite table in termbase's cache, keyed like its
pickle, with each word's part of speech in jieba's dictionary (a noun can head a name, a
verb cannot), and a check reads only the words it asks for (one query, a few
milliseconds). With the cache turned off, or not writable, the dictionary's file is read
for the words asked (about 0.3 s).
"""

from __future__ import annotations

import functools
import importlib.metadata
import os
import sqlite3
from collections.abc import Callable, Collection, Mapping
from contextlib import closing
from pathlib import Path
from typing import NamedTuple

from termbase.align.lexicon import default_entries, default_lexicon_key, load_default_lexicon
from termbase.paths import cache_file
from termbase.text.segment import dictionary_tags


class Gloss(NamedTuple):
    stems: frozenset[str]
    """English stems, as :func:`termbase.align.lexicon.stem` makes them."""
    tag: str
    """jieba's part of speech ("n", "ns", "v", "vn" …); "" when jieba lacks the word."""


Glosses = Callable[[Collection[str]], Mapping[str, Gloss]]
"""Chinese words → the dictionary's gloss, for those it holds."""

# SQLite's bound on the parameters of one statement is 999 in older builds.
_BATCH = 900


def dictionary_glosses(words: Collection[str]) -> dict[str, Gloss]:
    """The glosses of those of ``words`` that the default dictionary holds; empty when
    it is not installed."""
    try:
        key = f"{default_lexicon_key()}-jieba{importlib.metadata.version('jieba')}"
    except importlib.metadata.PackageNotFoundError:  # the dictionary is evidence only
        return {}
    table = cache_file(f"{key}.sqlite")
    compiled = _compiled(table) if table is not None else None
    if compiled is not None:
        try:
            return _read_table(compiled, words)
        except sqlite3.Error:
            # A damaged table (truncated, not SQLite) is a cache that cannot be read:
            # ignored, like every cache, and rebuilt on the next run.
            compiled.unlink(missing_ok=True)
            _compiled.cache_clear()
    entries, tags = default_entries(words), dictionary_tags(words)
    return {w: Gloss(stems, tags.get(w, "")) for w, stems in entries.items()}


def _read_table(table: Path, words: Collection[str]) -> dict[str, Gloss]:
    asked = list(dict.fromkeys(words))
    found: dict[str, Gloss] = {}
    with closing(sqlite3.connect(f"{table.as_uri()}?mode=ro", uri=True)) as db:
        for i in range(0, len(asked), _BATCH):
            batch = asked[i:i + _BATCH]
            rows = db.execute("SELECT word, stems, tag FROM glosses WHERE word IN "
                              f"({','.join('?' * len(batch))})", batch)
            found.update((w, Gloss(frozenset(stems.split()), tag)) for w, stems, tag in rows)
    return found


@functools.lru_cache(maxsize=4)
def _compiled(table: Path) -> Path | None:
    """``table``, written from the default lexicon if it is not there yet; None when it
    cannot be written (a read-only cache)."""
    if table.is_file():
        return table
    lexicon = load_default_lexicon()  # first: it may write its own pickle beside
    tags = dictionary_tags()
    partial = table.with_name(f"{table.name}.{os.getpid()}.tmp")
    try:
        table.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        with closing(sqlite3.connect(partial)) as db:
            db.execute("CREATE TABLE glosses (word TEXT PRIMARY KEY, stems TEXT NOT NULL, "
                       "tag TEXT NOT NULL)")
            db.executemany("INSERT INTO glosses VALUES (?, ?, ?)",
                           ((w, " ".join(sorted(s)), tags.get(w, ""))
                            for w, s in lexicon.items()))
            db.commit()
        os.replace(partial, table)
    except (OSError, sqlite3.Error):
        partial.unlink(missing_ok=True)
        return None
    return table
