"""A missing noun term the translation renders by the verb of the same stem.

Chinese uses its verbal nouns as verbs, and as the object of a verb that only carries
them (采取行动, "take action"); English often says the verb instead: "obliges the
Council to act", "our Government has acted swiftly" for 采取行动, "assisted" for 援助. The
glossary's noun ("action", "assistance") is then rendered in another word class, as
:func:`termbase.check.longer_word.derived_word` finds for adjectives and adverbs: a hint,
not an error.

The verb is read off the noun, never listed: the noun itself (English uses "report",
"trade", "progress" as verbs too) or the noun without a suffix that makes nouns of verbs
(-ion, -ance, -ment …: "act", "assist"), when that word is English (the dictionary's
glosses write it), in any of its inflected forms. Only a source term Chinese uses as a
verb may be so rendered (jieba's dictionary tags it a verb or a verbal noun, 'v' or
'vn'): 政府 "Government" is a noun wherever it stands, and "governed" in its line says
something else.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from termbase.check.absent import Absent
from termbase.check.context import CheckContext
from termbase.check.glosses import Gloss, english_words
from termbase.check.longer_word import derivable_terms
from termbase.check.matching import LanguageMatcher
from termbase.text.english import singular

# jieba's tags of a verb and of a verbal noun (行动, 援助).
_VERB_TAGS = frozenset({"v", "vn"})

# Suffixes that make a noun of a verb (act-ion, inform-ation, assist-ance, refer-ence,
# develop-ment), the longer first; a base must keep this many letters.
_NOUN_SUFFIXES = ("ation", "tion", "sion", "ion", "ance", "ence", "ment")
_MIN_BASE = 3

_ENGLISH_WORD = re.compile(r"[A-Za-z]+")


def verb_rendering(ctx: CheckContext, matcher: LanguageMatcher, item: Absent,
                   known: Mapping[str, Gloss]) -> str:
    """The translation's word that is a verb form of one of the term's approved English
    nouns of a single word, where the dictionary tags the source term a verb or verbal
    noun (``known`` holds the dictionary's glosses of the line's words; see the module
    notes); empty when there is none. In a draft with capitals, a capitalised word inside
    a sentence is part of a name ("the Act"), not the verb."""
    gloss = known.get(item.src_view.segment.text[item.hit.start:item.hit.end])
    if gloss is None or gloss.tag not in _VERB_TAGS:
        return ""
    forms = frozenset().union(*(verb_forms(noun) for noun in
                                derivable_terms(ctx, matcher, item.concept_id)))
    for view in item.unit.target if forms else ():
        text = view.segment.text
        for m in _ENGLISH_WORD.finditer(text):
            word = m.group()
            if word.lower() in forms and (ctx.case_blind or word.islower()
                                          or _opens_sentence(text, m.start())):
                return word
    return ""


@functools.lru_cache(maxsize=256)
def verb_forms(noun: str) -> frozenset[str]:
    """The inflected forms of the verbs ``noun`` (lower case) may be made from (see the
    module notes), the noun's own forms left out: the matcher finds those."""
    one = singular(noun)
    bases = {one}
    for suffix in _NOUN_SUFFIXES:
        if one.endswith(suffix) and len(one) - len(suffix) >= _MIN_BASE:
            base = one[:-len(suffix)]
            bases |= {base, base + "e"}  # act-ion; cooperat-ion, cooperate
    forms = {form for base in english_words(bases) for form in _inflections(base)}
    return frozenset(f for f in forms if singular(f) != one)


def _inflections(verb: str) -> set[str]:
    """A regular verb's forms: "act", "acts", "acted", "acting"; "trade", "trades",
    "traded", "trading"."""
    if verb.endswith("e"):
        return {verb, verb + "s", verb + "d", verb[:-1] + "ing"}
    return {verb, verb + "s", verb + "es", verb + "ed", verb + "ing"}


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".:;!?"
