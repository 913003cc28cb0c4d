"""What the draft says against a variant being a second rendering of a learned term.

A one-word variant of a term's usual rendering is reported as an inconsistency only when
nothing in the draft says it is something else. Each test here reads the draft's own
evidence, never a list of cases:

* the unit's alignment is doubtful (:class:`Alignment`: a misaligned or cut pair of a
  corpus), so its words say nothing about the term;
* the variant is part of a longer phrase the draft repeats ("Gender Advisory Board",
  "Regional Collaborative Platform", "international capital markets"): a fixed phrase
  or a name, not a wording chosen for the term;
* the usual rendering is in the unit right before or after, whose source lacks the
  term: the two sides are cut or shifted differently there ("organizational
  culture" ends the English unit before the one whose source holds 组织文化), so the
  variant is not where the term's rendering is;
* the variant is written as common words and the usual rendering as a name, or both
  as names with another word (two bodies: "Advisory Board", "Advisory Committee")
  (:mod:`~termbase.check.learned.names`).
"""

from __future__ import annotations

import re
from functools import cached_property

from termbase.check.learned.evidence import IDEOGRAPHS, MIN_WORD_EVIDENCE, WordEvidence, side
from termbase.check.learned.names import name_against_name, words_against_name
from termbase.check.learned.renderings import Rendering

# A unit is doubtful when fewer than this share of its translation's recurring content
# words are shown to render a piece of its source, and at least this many are asked
# (a short segment or a small draft gives too little evidence to doubt).
MIN_ALIGNED_SHARE = 0.3
MIN_ALIGNMENT_WORDS = 6
# ... or when its letters per ideograph are this many times more or fewer than the
# draft's median, in a unit of this many ideographs at least.
MAX_LENGTH_FACTOR = 1.5
MIN_LENGTH_IDEOGRAPHS = 10
_LATIN = re.compile(r"[A-Za-z]")


class Alignment:
    """Whether a unit's alignment is doubtful, by the draft's own evidence: its
    translation is much longer or shorter than the draft's units usually are for the
    same source length, or few of its words are shown to render anything in its
    source. In a well-aligned corpus (UNv1) about 5 % of the units are so, nearly all by
    being short; in a corpus of shifted records up to 20 %."""

    def __init__(self, evidence: WordEvidence, stop: frozenset[str]) -> None:
        self.evidence = evidence
        self.stop = stop

    def doubtful(self, unit: int) -> bool:
        return self._length_doubtful(unit) or self._words_doubtful(unit)

    @cached_property
    def _median_ratio(self) -> float:
        # Imported here: the check that asks runs in a second process on a long draft
        # (termbase.check.checker._BESIDE), and statistics costs the main one ~7 ms.
        from statistics import median

        ratios = [r for r in map(self._ratio, range(len(self.evidence.units))) if r]
        return median(ratios) if ratios else 0.0

    def _ratio(self, unit: int) -> float | None:
        """Latin letters per ideograph, for a unit with enough ideographs."""
        record = self.evidence.units[unit]
        ideographs = sum(map(len, IDEOGRAPHS.findall(side(record.view.source))))
        if ideographs < MIN_LENGTH_IDEOGRAPHS:
            return None
        return len(_LATIN.findall(side(record.view.target))) / ideographs

    def _length_doubtful(self, unit: int) -> bool:
        ratio, typical = self._ratio(unit), self._median_ratio
        return (ratio is not None and typical > 0
                and not typical / MAX_LENGTH_FACTOR <= ratio <= typical * MAX_LENGTH_FACTOR)

    def _words_doubtful(self, unit: int) -> bool:
        english = self.evidence.english
        asked = [k for k in english.keys(unit)
                 if " " not in k and k not in self.stop and not any(c.isdigit() for c in k)
                 and english.df(k) >= MIN_WORD_EVIDENCE]
        if len(asked) < MIN_ALIGNMENT_WORDS:
            return False
        shown = sum(1 for word in asked if self.evidence.source_of(word, unit))
        return shown < MIN_ALIGNED_SHARE * len(asked)


def in_fixed_phrase(key: str, unit: int, evidence: WordEvidence) -> bool:
    """Whether every occurrence of the variant in the unit lies inside a longer n-gram
    the draft repeats (in MIN_WORD_EVIDENCE units at least): "developing States" in
    "small island developing States" is that name's, while "land-locked developing
    States" beside it in the same unit is not."""
    english = evidence.english
    longer_keys = [k for k in english.keys(unit) if len(k) > len(key)
                   and f" {key} " in f" {k} " and english.df(k) >= MIN_WORD_EVIDENCE]
    if not longer_keys:
        return False  # the common answer, without reading where the words stand
    if _occurs_once(key, side(evidence.units[unit].view.target)):
        return True  # the longer phrase holds the one occurrence there is
    found = False
    for spans in english.occurrences(unit):
        longer = [s for s in spans if s.key in longer_keys]
        for span in spans:
            if span.key != key:
                continue
            if not any(o.start <= span.start and span.end <= o.end for o in longer):
                return False
            found = True
    return found


def _occurs_once(key: str, text: str) -> bool:
    """Whether the n-gram ``key`` (lower case, singular) occurs at most once in ``text``,
    counting every form of its words (each word's last two letters left open: "count"
    for "countries", "wom" for "women"); a count too high only costs the exact
    reading."""
    pattern = r"\s+".join(re.escape(w[:max(3, len(w) - 2)]) + r"\w*" for w in key.split())
    return len(re.findall(rf"\b{pattern}", text, re.IGNORECASE)) <= 1


def only_in_titles(term: str, unit: int, evidence: WordEvidence) -> bool:
    """Whether every occurrence of the term in the unit's source is inside 《…》."""
    from termbase.check.context import title_around  # context imports this package

    source = side(evidence.units[unit].view.source)
    at = source.find(term)
    if at < 0:
        return False
    while at >= 0:
        if title_around(source, at, at + len(term)) is None:
            return False
        at = source.find(term, at + 1)
    return True


def rendered_next_door(unit: int, rendering: Rendering, evidence: WordEvidence) -> bool:
    """Whether the unit right before or after ``unit`` holds the usual rendering but
    not the term."""
    return any(0 <= j < len(evidence.units) and j not in rendering.units
               and evidence.english.has(j, rendering.key) for j in (unit - 1, unit + 1))


def doubted(key: str, unit: int, rendering: Rendering, evidence: WordEvidence,
            stop: frozenset[str]) -> bool:
    """Whether the variant ``key`` of ``rendering`` in ``unit`` is part of a fixed
    phrase, stands where the sides are cut differently, or is common words
    where the rendering is a name."""
    return (in_fixed_phrase(key, unit, evidence)
            or rendered_next_door(unit, rendering, evidence)
            or words_against_name(key, unit, rendering, evidence, stop)
            or name_against_name(key, unit, rendering, evidence, stop))
