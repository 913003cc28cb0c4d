"""Whether a wording is written as a name or as common words, and a variant that is
common words where the usual rendering is a name.

A learned rendering that the draft writes with capitals inside sentences ("the fourth
Ministerial Conference", "the International Aid Transparency Initiative") names
something; a lower-case variant ("the joint ministerial meeting", "international
assistance and cooperation") is then the common noun for something else, not a second
wording of the name. A spelling variant of a name ("the Treaty on the NonProliferation
of Nuclear Weapons") is written as a name like the rendering and stays a variant. A
lower-cased corpus writes everything as common words, so nothing is told apart there.

The reverse is not told apart: a variant written as a name against a rendering written
as common words may be a body's own name ("the Regional Collaborative Platform" for
区域合作平台 beside "regional cooperation") or a name written wrongly ("the Special
Representative … on Sexual Abuse in Conflict" where the draft says "sexual violence"),
which a reviser must see — as a hint (:func:`name_against_words`), not a warning.
A variant inside a name that a parenthesised short form closes ("the intergovernmental
action group against money laundering in west africa (giaba)") is written as a name
too, whatever its case (:func:`closed_by_short_form`): a draft without capitals still
writes the short form, which shows where a name is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from termbase.check.learned.evidence import locate

if TYPE_CHECKING:
    from termbase.check.learned.evidence import WordEvidence
    from termbase.check.learned.renderings import Rendering

Written = Literal["name", "words"]

# Where a name read on beyond a phrase stops: a clause or list ends, a sentence, heading
# or quotation starts.
_BOUNDARY = re.compile(r"[.!?:;,*•\"“”‘’'()\[\]{}–—]")
# Words that join the parts of one name ("Conference on Trade", "Office for the
# Coordination"); "and" joins two names or a name and a noun, so it is not one.
_NAME_JOINS = frozenset({"of", "on", "for", "the"})


def written_as(text: str, start: int, end: int, stop: frozenset[str]) -> Written | None:
    """How ``text[start:end]`` is written: as common words when a content word is in
    lower case, as (part of) a name when all are capitalised and the capitals run on
    beyond it inside the sentence ("the fourth Ministerial Conference on Space
    Applications", "the International Aid Transparency Initiative"); None otherwise —
    capitals standing alone may be a sentence's start or house style ("all Member
    States"), which say nothing about a name."""
    from termbase.pair.ngrams import ENGLISH_WORD

    words = [w for w in ENGLISH_WORD.findall(text[start:end])
             if w.lower() not in stop and not w[:1].isdigit()]
    if not words:
        return None
    if any(not w[:1].isupper() for w in words):
        return "words"
    return "name" if _capitals_run_on(text, start, end, stop) else None


def _capitals_run_on(text: str, start: int, end: int, stop: frozenset[str]) -> bool:
    """Whether the capitals run on beyond the phrase, inside its clause: a capitalised
    content word right before or after it, past words that join the parts of a name
    ("the Convention on Nuclear Safety"). A clause's first word is capitalised anyway
    and says nothing."""
    from termbase.pair.ngrams import ENGLISH_WORD

    before = ENGLISH_WORD.findall(_BOUNDARY.split(text[:start])[-1])
    after = ENGLISH_WORD.findall(_BOUNDARY.split(text[end:], maxsplit=1)[0])
    left = _past_joins(before[::-1])
    right = _past_joins(after)
    return ((left is not None and left < len(before) - 1
             and _capitalised(before[-1 - left], stop))
            or (right is not None and _capitalised(after[right], stop)))


def _past_joins(words: Sequence[str]) -> int | None:
    """The position of the first word that is not a join word, within reach."""
    for k, word in enumerate(words[:len(_NAME_JOINS) + 1]):
        if word.lower() not in _NAME_JOINS:
            return k
    return None


def _capitalised(word: str, stop: frozenset[str]) -> bool:
    return word[:1].isupper() and word.lower() not in stop


def _written_in(unit: int, key: str, evidence: WordEvidence,
                stop: frozenset[str]) -> Written | None:
    """How ``unit`` writes the rendering ``key`` (None where it cannot be found)."""
    view, span = locate(evidence.units[unit].view.target, evidence.english.surfaces(unit)[key])
    return None if span is None else written_as(view.segment.text, *span, stop)


def usually_written(rendering: Rendering, evidence: WordEvidence, stop: frozenset[str],
                    skip: int) -> Written | None:
    """How the draft writes the usual rendering in the units holding it (``skip``
    aside): as a name when it does so in half of the units that tell, at least."""
    english = evidence.english
    names = words = 0
    for i in rendering.units:
        if i == skip or not english.has(i, rendering.key):
            continue
        written = _written_in(i, rendering.key, evidence, stop)
        names += written == "name"
        words += written == "words"
    if not names + words:
        return None
    return "name" if names >= words else "words"


def name_against_name(key: str, unit: int, rendering: Rendering, evidence: WordEvidence,
                      stop: frozenset[str]) -> bool:
    """Whether the variant ``key`` in ``unit`` and the usual rendering are both written
    as names, a word of one changed for another word ("the Advisory Board of the United
    Nations Office for Partnerships" beside "the Advisory Committee"): two names are
    two bodies, and each is written as it is called. A spelling of the same word
    ("NonProliferation" beside "Non-Proliferation") is one name written two ways."""
    old, new = (next((a, b) for a, b in zip(rendering.key.split(), key.split(), strict=True)
                     if a != b))
    if old.replace("-", "") == new.replace("-", ""):
        return False
    variant = _written_in(unit, key, evidence, stop)
    return (variant == "name"
            and usually_written(rendering, evidence, stop, unit) == "name")


def words_against_name(key: str, unit: int, rendering: Rendering, evidence: WordEvidence,
                       stop: frozenset[str]) -> bool:
    """Whether the variant ``key`` in ``unit`` is written as common words and the usual
    rendering as a name (see the module notes)."""
    variant = _written_in(unit, key, evidence, stop)
    return (variant == "words"
            and usually_written(rendering, evidence, stop, unit) == "name")


def name_against_words(key: str, unit: int, rendering: Rendering, evidence: WordEvidence,
                       stop: frozenset[str]) -> bool:
    """Whether the variant ``key`` in ``unit`` is written as a name (by its capitals, or
    closed by a short form: :func:`closed_by_short_form`) and the usual rendering as
    common words: the name's own wording, or the name written wrongly (see the module
    notes) — nothing in the draft tells which."""
    if (_written_in(unit, key, evidence, stop) != "name"
            and not _closed_in(unit, key, evidence)):
        return False
    return usually_written(rendering, evidence, stop, unit) == "words"


def _closed_in(unit: int, key: str, evidence: WordEvidence) -> bool:
    view, span = locate(evidence.units[unit].view.target, evidence.english.surfaces(unit)[key])
    return span is not None and closed_by_short_form(view.segment.text, span[1])


# The short form in parentheses: letters (and digits, hyphens) of one token.
_SHORT_FORM = re.compile(r"[^.!?:;,\"“”()\[\]{}–—]*?\(\s*([A-Za-z][A-Za-z0-9-]*[A-Za-z0-9])\s*\)")
# Words a name may run on for past the phrase before its short form ("against money
# laundering in west africa": six).
MAX_NAME_TAIL = 8
# Words that join two things: the short form after them is the last one's.
_COORDINATORS = frozenset({"and", "or"})


def closed_by_short_form(text: str, end: int) -> bool:
    """Whether the words from ``end`` run, inside one clause, to a short form in
    parentheses: "(GIABA)" in capitals, or, in a text written without capitals, a token
    that is no English word ("(giaba)"; not "(see)"). The words between must be few
    (MAX_NAME_TAIL) and join nothing ("armed clashes and improvised explosive devices
    (IEDs)": the short form is the second thing's), so that the phrase is part of the
    name the short form abbreviates."""
    from termbase.pair.ngrams import ENGLISH_WORD

    m = _SHORT_FORM.match(text, end)
    if m is None:
        return False
    between = ENGLISH_WORD.findall(text[end:m.start(1)])
    if len(between) > MAX_NAME_TAIL or any(w.lower() in _COORDINATORS for w in between):
        return False
    short = m.group(1)
    if short.isupper():
        return True
    from termbase.check import glosses  # at call time: tests stand in for it

    return short.islower() and not glosses.english_words({short})
