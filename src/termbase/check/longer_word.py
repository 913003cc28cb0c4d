"""A missing term the translation holds inside a longer English word.

Word matching finds an approved term only as whole words, so a term of one word that the
translation writes inside a derived or compound word — "intergovernmental" for 政府间,
"peacebuilding" for 建设和平, "subregional" for 次区域, "macroeconomic" for 宏观经济 — looks
missing. Where the source term too stands inside a longer word (glued to an ideograph
that is not grammar), the pair shows the same longer word on both sides: a hint, not an
error. The term's word must stand whole in the longer one as the glossary writes it
("States" is not in "statement", nor "results" in "resulted"), and be long enough, and no
acronym, for the longer word to be derived from it ("UN" is in "countries" by chance).
A plural term stands in a compound as its singular ("toolbox", "toolkit" for 工具箱,
工具包, "a countermeasure" for 反措施, with "tools", "measures" in the glossary): the
singular counts where it opens or closes the longer word and the rest is an English word
of its own ("box", "kit", "counter"), not a suffix (the "ing" of "resulting", the "ry" of
"weaponry": a derived word, which needs the glossary's own form inside it).
"""

from __future__ import annotations

import re

from termbase.check.absent import Absent
from termbase.check.context import CheckContext, approved_terms, is_word_character
from termbase.check.glosses import english_words
from termbase.check.matching import LanguageMatcher
from termbase.text.english import singular

# A word of the translation: letters and digits (a footnote marker glued to a word,
# "meeting3", hides the word from matching too).
_TOKEN = re.compile(r"[^\W_]+")


def source_inside_word(absent: Absent) -> bool:
    """Whether the source term is glued to an ideograph that is not grammar on either
    side (政府间, 建设和平委员会): part of a longer word of the source."""
    text, hit = absent.src_view.segment.text, absent.hit
    return ((hit.start > 0 and is_word_character(text[hit.start - 1]))
            or (hit.end < len(text) and is_word_character(text[hit.end])))


# A shorter word lies inside longer ones by chance of spelling ("un" in "countries").
_MIN_LETTERS = 4


def _derivable(word: str) -> bool:
    """Whether a longer word holding ``word`` may be derived from it: a word of enough
    letters, not an acronym (an acronym is not derived from: "UN" in "UNDP" is a name of
    its own, which other rules judge)."""
    return len(word) >= _MIN_LETTERS and not word.isupper()


def derivable_terms(ctx: CheckContext, matcher: LanguageMatcher, concept_id: str
                    ) -> list[str]:
    """The concept's approved terms of a single word that other words may be derived
    from (:func:`_derivable`), lower-cased."""
    return [t.text.lower() for t in approved_terms(ctx, matcher, concept_id)
            if _TOKEN.fullmatch(t.text) and _derivable(t.text)]


def inside_longer_word(ctx: CheckContext, matcher: LanguageMatcher, absent: Absent) -> str:
    """The translation's word that holds one of the term's approved English terms of a
    single word, joined to other letters, where the source term stands inside a longer
    word too (see the module docstring); empty when there is none."""
    if not source_inside_word(absent):
        return ""
    several = _inside_at_an_edge(ctx, matcher, absent)
    if several:
        return several
    words = derivable_terms(ctx, matcher, absent.concept_id)
    if not words:
        return ""
    tokens = [m.group() for view in absent.unit.target for m in _TOKEN.finditer(view.segment.text)]
    for token in tokens:
        if any(w in token.lower() and w != token.lower() for w in words):
            return token
    rests = {token: rest for token in tokens
             if (rest := _compound_rest(singular(token.lower()), words))}
    if rests:

        known = english_words(set(rests.values()))
        return next((token for token, rest in rests.items() if rest in known), "")
    return ""


def _inside_at_an_edge(ctx: CheckContext, matcher: LanguageMatcher, absent: Absent) -> str:
    """The translation's words that hold an approved term of several words whose first
    word is joined to letters before it, or whose last word to letters after it
    ("subregional organizations" for 区域组织 "regional organizations" in 次区域组织),
    the words between as the glossary writes them and the last in either number; the
    joined word must be long enough to be derived from (:func:`_derivable`). Empty
    when there is none."""
    for term in approved_terms(ctx, matcher, absent.concept_id):
        words = _TOKEN.findall(term.text)
        if len(words) < 2 or " ".join(words) != term.text:
            continue
        last = singular(words[-1].lower())
        middle = r"\s+".join(map(re.escape, [*words[1:-1], ""]))
        first = re.escape(words[0])
        patterns = []
        if _derivable(words[0]):
            patterns.append(rf"\b[^\W\d_]+{first}\s+{middle}{re.escape(last)}(?:e?s)?\b")
        if _derivable(last):
            patterns.append(rf"\b{first}\s+{middle}{re.escape(last)}(?:e?s)?[^\W\d_]+\b")
        for view in absent.unit.target:
            for pattern in patterns:
                m = re.search(pattern, view.segment.text, re.IGNORECASE)
                if m:
                    return m.group()
    return ""


# The rest of a compound that holds a plural term's singular is a word of its own.
_MIN_REST = 3
# English suffixes, a closed class: the dictionary's glosses write some of them as words
# ("-ing", "-ism"), but a word ending in one is derived from the term ("resulting",
# "statehood", "stateless"), not compounded with another word.
# (Those of _MIN_REST letters or more; a shorter rest is never asked.)
_SUFFIXES = frozenset({
    "able", "age", "ally", "ance", "ant", "ary", "ate", "ation", "dom", "ence", "ent",
    "ers", "ery", "est", "ful", "hood", "ial", "ian", "ible", "ical", "ing", "ion", "ise",
    "ish", "ism", "ist", "ity", "ive", "ize", "less", "like", "man", "men", "ment", "ness",
    "ous", "ship", "ward", "wide", "wise",
})


def _compound_rest(token: str, words: list[str]) -> str:
    """What ``token`` (in the singular) holds besides the singular of one of the plural
    ``words`` that opens or closes it ("box" of "toolbox" for "tools"), when that rest is
    long enough to be a word of its own; empty otherwise."""
    for word in words:
        one = singular(word)
        if one == word or len(one) < _MIN_LETTERS or token in (one, word):
            continue
        for rest in (token[len(one):] if token.startswith(one) else "",
                     token[:-len(one)] if token.endswith(one) else ""):
            if len(rest) >= _MIN_REST and rest.isalpha() and rest not in _SUFFIXES:
                return rest
    return ""


def derived_word(ctx: CheckContext, matcher: LanguageMatcher, absent: Absent) -> str:
    """The translation's word made of one of the term's approved English terms of a single
    word and a suffix, where the source term stands as a word of its own: the same word in
    another word class ("economically", "economical" for 经济 "economic"; "peaceful" for
    和平 "peace") — the source word is used as that class there. A word that only ends in
    the term ("socioeconomic", "intergovernmental") is a compound, which needs a longer
    source word too (:func:`inside_longer_word`). Empty when there is none."""
    if source_inside_word(absent):
        return ""
    words = derivable_terms(ctx, matcher, absent.concept_id)
    for view in absent.unit.target if words else ():
        for m in _TOKEN.finditer(view.segment.text):
            token = m.group().lower()
            if any(token.startswith(w) and token != w for w in words):
                return m.group()
    return ""


# The endings by which English says one word in another word class or number: "economy",
# "economies", "economic", "economics", "economical"; "region", "regions", "regional";
# the participle "resourced" of "resources" (资源充足, "adequately resourced"). A closed
# class: a longer ending ("-ation", "-ment") makes another word ("nationality",
# "statement"), and "-ally" or "-ly" a derived one (:func:`derived_word`).
_CLASS_ENDINGS = ("ical", "ics", "ies", "ic", "al", "ed", "es", "y", "s", "")
# The stem the two forms share has this many letters at least: "gener" is both "general"
# and "generic", "econom" one word only.
_MIN_SHARED = 6
# The prefixes English glues to a word to say how much or whether there is of it
# ("underresourced" for 资源不足, "nonviolent"): a closed class. Those of two letters
# ("re", "co", "un", "in") open most words by chance of spelling ("resources" is no
# prefixed "sources") and are left out.
_PREFIXES = ("under", "over", "non", "sub", "anti", "counter", "mis", "dis", "pre",
             "post", "self", "semi", "multi")


def _class_stems(word: str) -> set[str]:
    """``word`` (lower case) without each of the word-class endings it has, where enough
    letters are left; a participle in "-ed" also as the verb in "-e" ("resourced" is
    "resource" + "d")."""
    stems = {word[:len(word) - len(e)] for e in _CLASS_ENDINGS
             if word.endswith(e) and len(word) - len(e) >= _MIN_SHARED}
    if word.endswith("ed") and len(word) - 1 >= _MIN_SHARED:
        stems.add(word[:-1])
    return stems


def _unprefixed(token: str) -> str:
    """``token`` (lower case) without one of :data:`_PREFIXES` that opens it, where a word
    of enough letters is left to be derived from; empty when none opens it."""
    return next((token[len(p):] for p in _PREFIXES
                 if token.startswith(p) and len(token) - len(p) >= _MIN_SHARED), "")


def other_word_class(ctx: CheckContext, matcher: LanguageMatcher, absent: Absent) -> str:
    """The translation's word that is one of the term's approved English terms of a
    single word in another word class or number ("economy", "economies" for 经济
    "economic"; "region" for 区域 "regional"; "resourced" for 资源 "resources"): the same
    stem before another of :data:`_CLASS_ENDINGS`, perhaps after one of
    :data:`_PREFIXES` ("underresourced"). Chinese does not mark the class (经济 is the
    noun and the adjective), so the source says nothing against it. Empty when there is
    none."""
    words = derivable_terms(ctx, matcher, absent.concept_id)
    stems = {s for w in words for s in _class_stems(w)}
    for view in absent.unit.target if stems else ():
        for m in _TOKEN.finditer(view.segment.text):
            token = m.group().lower()
            if token in words:
                continue
            forms = [token, bare] if (bare := _unprefixed(token)) else [token]
            if any(_class_stems(form) & stems for form in forms):
                return m.group()
    return ""
