"""A missing noun term that modifies the next word, rendered by the adjective of one of
its senses.

Chinese puts a noun before the noun it modifies (国家发展规划, 统筹行动小组); English as
often says an adjective there: "national development planning", "an integrated
operational team". The glossary's noun ("States", "action") is then rendered by the
adjective of another of the term's dictionary senses ("nation", "operation"): another
word class, as :mod:`termbase.check.verb_use` finds for verbs and
:func:`termbase.check.longer_word.derived_word` for the glossary's own word. A hint, not
an error.

The adjective is read off the dictionary, never listed: a word of the translation made of
an English word and a suffix that makes adjectives of nouns (nation-al, operation-al,
econom(y)-ic), that word one of the term's glosses. Only where the source term is glued
to the ideograph after it and so opens a longer word it modifies (a term that closes its
run of ideographs is the head of its phrase: a noun). And only an adjective no other
word of the source line says (全国 glosses "national" too), met at least as often as the
term in the source line (two 国家 and one "national": the other is missing).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from termbase.align.lexicon import Lexicon, stem
from termbase.check.absent import Absent
from termbase.check.context import is_word_character
from termbase.check.glosses import Gloss, english_words, gloss_lexicon
from termbase.check.name_rest import renders
from termbase.check.stand_ins import said_in
from termbase.text.english import ADJECTIVE_SUFFIXES

# A base keeps this many letters before an adjective suffix ("ic" of "epic" is no suffix).
_MIN_BASE = 4

_ENGLISH_WORD = re.compile(r"[A-Za-z]+")


def adjective_renderings(items: Sequence[Absent], known: Mapping[str, Gloss]
                         ) -> dict[int, str]:
    """For each of ``items`` (by id()) whose translation says the term by the adjective of
    one of its senses (:func:`adjective_rendering`): that adjective. The lexicon that
    segments the lines is built once, and only when a term modifies a word."""
    asked = [a for a in items if _modifies(a)]
    if not asked:
        return {}
    lexicon = gloss_lexicon(known)
    return {id(a): word for a in asked if (word := adjective_rendering(a, known, lexicon))}


def _modifies(item: Absent) -> bool:
    """Whether the source term is glued to the ideograph after it (see the module notes)."""
    text, end = item.src_view.segment.text, item.hit.end
    return end < len(text) and is_word_character(text[end])


def adjective_rendering(item: Absent, known: Mapping[str, Gloss], lexicon: Lexicon) -> str:
    """The translation's adjective of one of the source term's dictionary senses, where
    the term modifies the word it opens (see the module notes); empty when there is none.
    ``known`` holds the dictionary's glosses of the line's words, ``lexicon`` the same
    glosses, to segment the rest of the line."""
    text, hit = item.src_view.segment.text, item.hit
    term = text[hit.start:hit.end]
    gloss = known.get(term)
    if gloss is None or not _modifies(item):
        return ""
    words = [m.group() for view in item.unit.target
             for m in _ENGLISH_WORD.finditer(view.segment.text)]
    found = [w for w in words if _adjective_of(w.lower(), gloss)]
    if not found or len(found) < text.count(term):
        return ""
    said = said_in(text.split(term), known, lexicon)
    return next((w for w in found if not renders(stem(w.lower()), said)), "")


def _adjective_of(word: str, gloss: Gloss) -> bool:
    """Whether ``word`` (lower case) is an English word of ``gloss`` and an adjective
    suffix (nation-al; econom-ic of economy; cultur-al of culture; industri-al of
    industry)."""
    suffix = next((s for s in ADJECTIVE_SUFFIXES if word.endswith(s)), "")
    base = word[:-len(suffix)] if suffix else ""
    if len(base) < _MIN_BASE:
        return False
    nouns = {base, base + "e", base + "y"} | ({base[:-1] + "y"} if base.endswith("i") else set())
    return any(renders(stem(noun), gloss.stems) for noun in english_words(nouns))
