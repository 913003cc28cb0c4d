"""The part of speech jieba's dictionary file gives a word (ns: place, nr: person,
n: noun …), read from the file itself: :func:`dictionary_tags` for a few words or all,
:func:`tags_of` for the segmenter's repeated questions (:meth:`JiebaSegmenter.word_tags
<termbase.text.segment.JiebaSegmenter.word_tags>`), which searches each word's lines once
instead of splitting every line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path


def jieba_dictionary_path() -> Path:
    """The dictionary file jieba ships (word, count and part of speech per line).

    Found beside jieba's package without importing it: importing jieba loads its
    segmenter's tables and, through its compatibility module, pkg_resources (about
    0.2 s of CPU), where a check only reads this file (its tags and counts)."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("No module named 'jieba'", name="jieba")
    return Path(spec.origin).with_name("dict.txt")


def dictionary_tags(words: Iterable[str] | None = None, path: Path | None = None
                    ) -> dict[str, str]:
    """The part of speech a jieba dictionary file (``path``, default jieba's own) gives
    each of ``words`` it lists (ns: place, nr: person, n: noun …), or every word it lists
    when ``words`` is None. Asked for a few words, only the lines starting with one of
    their first characters are split."""
    text = (path or jieba_dictionary_path()).read_text(encoding="utf-8")
    wanted = None if words is None else set(words)
    if wanted is None:
        lines = text.splitlines()
    elif wanted:
        lines = _lines_opening_with({w[0] for w in wanted}, text)
    else:
        return {}
    tags: dict[str, str] = {}
    for line in lines:
        found = _line_tag(line, wanted)
        if found is not None:
            tags[found[0]] = found[1]
    return tags


def _lines_opening_with(firsts: Iterable[str], text: str) -> list[str]:
    """The lines of a dictionary file's ``text`` whose word opens with one of ``firsts``."""
    return re.findall(f"^[{re.escape(''.join(sorted(firsts)))}][^\n]*", text, re.MULTILINE)


def _line_tag(line: str, wanted: set[str] | None = None) -> tuple[str, str] | None:
    """(word, part of speech) of a dictionary file's line ("安全 2460 an"), if it gives
    one and ``wanted`` (when given) holds the word; the line is split only then."""
    word, _, rest = line.partition(" ")
    if wanted is not None and word not in wanted:
        return None
    fields = rest.split()
    return (word, fields[1]) if len(fields) > 1 else None


_FIRST_CHARACTER_RUN = re.compile(r"^(.)[^\n]*(?:\n\1[^\n]*)*", re.MULTILINE)
"""Consecutive lines opening with the same character."""
_SCATTERED_RUNS = 4
"""Runs of lines a first character may have before its lines are read into a table
rather than searched (a file that does not list each character's words together)."""
_SEARCHES = 64
"""Words of one first character asked at once above which its lines are read into a
table rather than each word searched: each search passes over the stretch, so for many
words one reading of its lines is cheaper (every word of jieba's dictionary asked at
once: 2.1 s searched, 0.75 s so)."""


class DictionaryTags:
    """The tags :func:`dictionary_tags` reads from one dictionary file, for an extraction
    that asks three times (learning words, then dropping drafts twice) about up to some
    ten thousand words. jieba's dictionary lists the words of each first character
    together, so each word's lines are searched in that stretch of the file (a search in
    C) instead of splitting every line of the stretch: the three questions of an
    extraction of the speed benchmark's corpus took 0.20 s, now 0.08 s, half of it
    reading the file and finding the stretches. Answers are kept."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._text = ""
        self._runs: dict[str, list[tuple[int, int]]] = {}
        self._read: dict[str, dict[str, str]] = {}
        self._known: dict[str, str | None] = {}

    def tags(self, wanted: set[str]) -> dict[str, str]:
        """The tags of those of ``wanted`` the file lists, as :func:`dictionary_tags`
        gives them (the last line listing a word gives its tag)."""
        known = self._known
        if not self._text:
            # Between line breaks, so that every line is found as "\n" + word + " ".
            self._text = "\n" + self.path.read_text(encoding="utf-8") + "\n"
            for run in _FIRST_CHARACTER_RUN.finditer(self._text, 1):
                self._runs.setdefault(run[1], []).append((run.start() - 1, run.end()))
        by_first: dict[str, list[str]] = {}
        for word in wanted - known.keys():
            by_first.setdefault(word[0], []).append(word)
        for first, words in by_first.items():
            runs = self._runs.get(first, [])
            if len(runs) > _SCATTERED_RUNS or len(words) > _SEARCHES:
                table = self._lines_of(first, runs)
                known.update((w, table.get(w)) for w in words)
            else:
                known.update((w, self._search(w, runs)) for w in words)
        return {w: tag for w in wanted if (tag := known[w]) is not None}

    def _search(self, word: str, runs: list[tuple[int, int]]) -> str | None:
        """The tag of the last line in ``runs`` listing ``word``, if one gives a tag."""
        if " " in word or "\n" in word:
            return None  # no line's word holds either
        text, key = self._text, "\n" + word + " "
        for start, end in reversed(runs):
            at = text.rfind(key, start, end)
            while at >= 0:
                found = _line_tag(text[at + 1:text.find("\n", at + 1)])
                if found is not None:
                    return found[1]
                at = text.rfind(key, start, at)
        return None

    def _lines_of(self, first: str, runs: list[tuple[int, int]]) -> dict[str, str]:
        """The tags of every line opening with ``first`` (in ``runs``), read once."""
        table = self._read.get(first)
        if table is None:
            table = self._read[first] = {}
            for start, end in runs:
                for line in self._text[start + 1:end].split("\n"):
                    found = _line_tag(line)
                    if found is not None:
                        table[found[0]] = found[1]
        return table


_TAG_TABLES: dict[tuple[Path, int, int], DictionaryTags] = {}
"""One :class:`DictionaryTags` for each dictionary file read (path, size, modification
time: a file rewritten is read again)."""


def tags_of(path: Path) -> DictionaryTags:
    """The tags of the dictionary file ``path``, read once per process (and again when
    the file is rewritten)."""
    status = path.stat()
    key = (path, status.st_size, status.st_mtime_ns)
    table = _TAG_TABLES.get(key)
    if table is None:
        table = _TAG_TABLES[key] = DictionaryTags(path)
    return table


__all__ = ["DictionaryTags", "dictionary_tags", "jieba_dictionary_path", "tags_of"]
