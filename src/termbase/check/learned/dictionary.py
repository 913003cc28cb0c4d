"""Whether a term stands as whole words, by jieba's dictionary cut of the runs it
occurs in, computed from the counts of the few strings concerned."""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Mapping, Sequence
from itertools import pairwise
from pathlib import Path
from typing import TypeVar

K = TypeVar("K")


def standing_as_words(asked: Mapping[K, tuple[str, Sequence[str]]]) -> set[K]:
    """The keys of ``asked`` — each a term and the runs of ideographs it occurs in —
    whose term stands as whole words in at least one of its runs (see
    :func:`not_standing`)."""
    missing = not_standing(asked)
    return {key for key in asked if key not in missing}


def not_standing(asked: Mapping[K, tuple[str, Sequence[str]]]) -> dict[K, str]:
    """The keys of ``asked`` — each a term and the runs of ideographs it occurs in —
    whose term stands as whole words in none of its runs, with the dictionary words
    that cover its first occurrence instead ("联合 国家" for 联合国 in 联合国家方案).

    A term stands as whole words where jieba's dictionary would cut the run at both its
    edges (萨尔瓦多 is not itself in 圣萨尔瓦多, nor 国际法 in 国际法院; 国际会议 is in
    其他国际会议). The dictionary is read once, for the strings of the runs asked
    about, and only when something is asked — never loaded whole."""
    if not asked:
        return {}
    strings = {run[a:b] for _, held in asked.values() for run in held
               for a in range(len(run))
               for b in range(a + 1, min(len(run), a + _MAX_WORD_CHARS) + 1)}
    counts, total = dictionary_counts(strings)
    out = {}
    for key, (term, held) in asked.items():
        covering = ""
        for run in held:
            cuts = cut_points(run, counts, total)
            start = run.find(term)
            if start >= 0 and not covering:
                left = max(c for c in cuts if c <= start)
                right = min(c for c in cuts if c >= start + len(term))
                covering = " ".join(run[a:b] for a, b in pairwise(sorted(
                    c for c in cuts if left <= c <= right)))
            while start >= 0 and (start not in cuts or start + len(term) not in cuts):
                start = run.find(term, start + 1)
            if start >= 0:
                break
        else:
            out[key] = covering
    return out


# Dictionary words longer than this are not looked up (jieba's are rarely longer).
_MAX_WORD_CHARS = 12


def dictionary_counts(strings: set[str]) -> tuple[dict[str, int], int]:
    """jieba's dictionary counts of those ``strings`` it lists, and its total count.
    Lines are looked at only when they start with a first character of a string asked
    about; the total is summed from the counts column."""
    from termbase.text.word_tags import jieba_dictionary_path

    if not strings:
        return {}, 1
    path = jieba_dictionary_path()
    text = path.read_text(encoding="utf-8")
    firsts = re.escape("".join(sorted({s[0] for s in strings})))
    entry = re.compile(f"^([{firsts}][^ \n]*) (\\d+)", re.MULTILINE)
    counts = {m.group(1): int(m.group(2)) for m in entry.finditer(text)
              if m.group(1) in strings}
    return counts, _dictionary_total(path, text)


def _dictionary_total(path: Path, text: str) -> int:
    """The sum of the dictionary's counts, kept in the cache folder by the file's size
    and time: summing 349,000 lines was most of the cost of reading the dictionary."""
    from termbase.errors import OutputError
    from termbase.fileio import write_atomic
    from termbase.paths import cache_file

    stat = path.stat()
    cache = cache_file(f"jieba-dict-total-{stat.st_size}-{stat.st_mtime_ns}.txt")
    if cache is not None:
        with contextlib.suppress(OSError, ValueError):
            return int(cache.read_text(encoding="ascii"))
    total = sum(map(int, _COUNT_COLUMN.findall(text)))
    if cache is not None:
        with contextlib.suppress(OutputError):  # a cache that cannot be written is skipped
            write_atomic(cache, str(total).encode("ascii"))
    return total


_COUNT_COLUMN = re.compile(r"^\S+ (\d+)", re.MULTILINE)


def cut_points(run: str, counts: dict[str, int], total: int) -> set[int]:
    """Where jieba's dictionary segmentation (no HMM) cuts a run of ideographs: the
    most probable path of dictionary words, a character no word starts with standing
    alone (jieba's DAG and route, over the words of this run only)."""
    size = len(run)
    log_total = math.log(total)
    route: list[tuple[float, int]] = [(0.0, 0)] * (size + 1)
    for k in range(size - 1, -1, -1):
        ends = [j for j in range(k + 2, min(size, k + _MAX_WORD_CHARS) + 1)
                if counts.get(run[k:j], 0) > 0]
        if counts.get(run[k], 0) > 0 or not ends:
            ends.append(k + 1)
        route[k] = max((math.log(counts.get(run[k:j]) or 1) - log_total + route[j][0], j)
                       for j in ends)
    cuts = {0}
    k = 0
    while k < size:
        k = route[k][1]
        cuts.add(k)
    return cuts
