"""A missing term inside a longer source word that the draft renders by a word of its own.

A term glued to another ideograph may be part of a longer word with English of its own:
贸发会议 is "UNCTAD", 报告员 "Rapporteur", 干预措施 "interventions", 行动自由 "freedom of
movement" — no 会议 "meeting", 报告 "report" or 措施 "measures" at all. The dictionary
cannot always read such a word (an abbreviation, a compound it lacks), but the draft can:
where the other places that show the same longer word (the term with the same ideograph
beside it) mostly miss the glossary's English, and one English word stands in nearly all
of them and seldom elsewhere, that word renders the longer word; a line that holds it too
gives the term inside it, and the miss is a hint.

A term taken out of its line is not excused: where the longer word is the term's own use
(次会议, 技术援助), its other places render the term. Nor is a word of the document's
topic such a word ("development" beside 发展中国家): it stands in many places without the
longer word too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from termbase.align.lexicon import STOP_WORDS
from termbase.check.absent import Absent
from termbase.check.chance import upper_tail
from termbase.check.context import CheckContext, UnitView, is_word_character

# The longer word is met in at least this many other places of the draft, which render
# the term by the glossary's English in under _RENDERED_SHARE of them.
_MIN_PLACES = 2
_RENDERED_SHARE = 0.5
# The word of its own stands in this share of those places at least, and at least
# _WORD_SHARE of the word's other places show the longer word (its rendering, not a word
# of the document's topic, which stands beside the term and without it alike) — and that
# many co-occurrences are beyond chance (a hypergeometric tail at most _CHANCE, shared
# among the line's words: a translation has dozens).
_PLACE_SHARE = 0.8
_WORD_SHARE = 0.5
_CHANCE = 0.05
_WORD = re.compile(r"[^\W\d_]{3,}")


def longer_words_rendered(ctx: CheckContext, absent: Sequence[Absent],
                          asked: Sequence[Absent]) -> dict[int, tuple[str, str]]:
    """For each of ``asked`` (by id()) inside a longer source word that the draft renders
    by a word of its own which the line's translation holds (see the module notes): (the
    longer word's characters, the English word). ``absent`` is every miss of the draft:
    a place not among them renders the term."""
    asked = [a for a in asked if _longer_words(a.src_view.segment.text, a.hit.start,
                                               a.hit.end)]
    if not asked:
        return {}
    wanted = {a.concept_id for a in asked}
    missed = {(a.concept_id, id(a.unit)) for a in absent}
    units = [u for u in ctx.units if u.target and u.source]
    words = {id(u): _words(u) for u in units}
    counts = Counter(w for u in units for w in words[id(u)])
    places: dict[tuple[str, str], set[int]] = {}
    for unit in units:
        for view in unit.source:
            for hit in view.hits:
                if hit.concept_id in wanted:
                    for longer in _longer_words(view.segment.text, hit.start, hit.end):
                        places.setdefault((hit.concept_id, longer), set()).add(id(unit))
    out = {}
    for item in asked:
        line = words[id(item.unit)]
        for longer in _longer_words(item.src_view.segment.text, item.hit.start,
                                    item.hit.end):
            others = places[item.concept_id, longer] - {id(item.unit)}
            rendered = sum((item.concept_id, key) not in missed for key in others)
            if len(others) < _MIN_PLACES or rendered >= _RENDERED_SHARE * len(others):
                continue
            word = _own_word(line, [words[key] for key in others], counts, len(units))
            if word:
                out[id(item)] = (longer, word)
                break
    return out


def _own_word(line: frozenset[str], others: list[frozenset[str]], counts: Counter[str],
              units: int) -> str:
    """The word of ``line`` that the other places of a longer word share (see the module
    notes), the least likely by chance first; empty when there is none."""
    best, best_chance = "", _CHANCE / max(len(line), 1)
    for word in sorted(line):
        seen = sum(word in held for held in others)
        # The line's own use left out of the word's places.
        if seen < _PLACE_SHARE * len(others) or seen < _WORD_SHARE * (counts[word] - 1):
            continue
        chance = upper_tail(units - 1, counts[word] - 1, len(others), seen)
        if chance <= best_chance:
            best, best_chance = word, chance
    return best


def _longer_words(text: str, start: int, end: int) -> list[str]:
    """The term text[start:end] with the ideograph on either side that glues it into a
    longer word (贸发会议: 发会议; 报告员: 报告员) — grammar characters join it to the
    sentence instead (和国际社会)."""
    term = text[start:end]
    out = []
    if start > 0 and is_word_character(text[start - 1]):
        out.append(text[start - 1] + term)
    if end < len(text) and is_word_character(text[end]):
        out.append(term + text[end])
    return out


def _words(unit: UnitView) -> frozenset[str]:
    """The unit translation's words of three letters or more, lower-cased, function words
    left out (they stand beside any word)."""
    return frozenset(w.lower() for view in unit.target
                     for w in _WORD.findall(view.segment.text)) - STOP_WORDS
