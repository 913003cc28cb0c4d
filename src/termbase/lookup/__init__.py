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

from termbase.lookup.index import (
    Entry,
    KeyIndex,
    LookupIndex,
    build_index,
    first_id_of_length,
    length_of_id,
)
from termbase.lookup.keys import max_edits, normalise
from termbase.lookup.results import DEFAULT_LIMIT, Hit, Match, MatchKind
from termbase.lookup.search import Ranked, rank, search

__all__ = ["DEFAULT_LIMIT", "Entry", "Hit", "KeyIndex", "LookupIndex", "Match", "MatchKind",
           "Ranked", "build_index", "first_id_of_length", "length_of_id", "max_edits",
           "normalise", "rank", "search"]
