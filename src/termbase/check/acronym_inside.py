"""A missing term inside a longer Chinese name that the translation gives by its acronym.

A glossary term of one word is often part of a longer name (贸易 of 多边贸易体系, 框架 of
联合国发展援助框架, 和平 of 和平执行方案), and the translation may give the whole name by
its acronym ("MTS", "UNDAF", "PIP"), which holds none of the term's English. The evidence
that an acronym renders this name, and not some other name of the line, is its letters:
they are the initials of the name's words, read from the dictionary's glosses of the
longer word's pieces — the term's among them, by the glossary's English or the
dictionary's ("conference" for 会议 beside "meeting"). Spelling an acronym's every
letter from the pieces around the term, in order, is hard to do by chance; an acronym
that merely stands in the line beside an omitted term does not ("UNDP" beside a
removed "meeting" of 开发计划署会议: 开发计划署 spells no "m").

The words of the name may be read in the source's order ("multilateral trading system"
for 多边贸易体系) or, for two or more, the head first with "of" before the rest, as
English names often put them ("Conference of the Parties" for 缔约方会议, COP), and the
small words an acronym may keep ("of", "and", "for", "on") may add their letter between
two words.

Letters that are no acronym are not read: a word among words in capitals (a heading, a
placeholder "<<ODS DOC SYMBOL2>>"), an acronym alone in brackets after the name written
out ("Food Programme (WFP)": the name written out must hold the term), and the letters
of a pair that does not translate its line (a cut or misaligned pair; ``missing`` asks
:func:`termbase.check.references.untranslated` too).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from termbase.check.absent import Absent
from termbase.check.context import (
    CheckContext,
    approved_terms,
    is_ideograph,
    is_word_character,
    lang_terms,
)
from termbase.check.glosses import Gloss, english_words
from termbase.check.longer_word import source_inside_word
from termbase.check.renderings import ENGLISH_NAME, NAME_SMALL_WORDS, name_bounds, not_cut

# An acronym in a text with capitals: three capitals or more (two spell too much by
# chance, and "II" is a number), then nothing, a plural "s" ("UNDAFs") or a possessive.
# An acronym of acronyms joined by hyphens names a part of a body by the body's acronym
# first ("UNU-IAS", "UNU-EHS": institutes of the United Nations University, 联合国大学…
# 研究所): the first spells the name's opening words, the rest its part, which the
# Chinese often puts in other words and order; the first is read.
_CAPITALS = re.compile(r"(?<![\w-])([A-Z]{3,})(?:(?:s|’s|'s)?(?![\w-])|(?=(?:-[A-Z]{2,})+"
                       r"(?:s|’s|'s)?(?![\w-])))")
# In a text without capitals, a short word that may be one (told by being no English
# word, :func:`termbase.check.glosses.english_words`).
_LOWER = re.compile(r"(?<![\w-])([a-z]{3,8})(?:’s|'s)?(?![\w-])")
# The small words an acronym may keep between two words of its name.
_SMALL_LETTERS = frozenset("oafs")
# A piece of the longer name read from the dictionary: a word of two ideographs or
# more (a single ideograph's glosses are mostly other senses).
_PIECE_LENGTHS = range(2, 5)


def acronym_of_longer_name(ctx: CheckContext, absent: Absent, known: Mapping[str, Gloss]
                           ) -> str:
    """The acronym of the translation that spells the longer name around the source
    term (see the module docstring), or empty. ``known`` holds the dictionary's glosses
    of the line's runs of ideographs."""
    # A pair that does not translate its line ("<<ODS DOC SYMBOL2>>") may hold letters
    # that spell anything.
    if not source_inside_word(absent) or not not_cut(absent.unit):
        return ""
    matcher = ctx.target
    assert matcher is not None  # only called for bilingual drafts
    text, hit = absent.src_view.segment.text, absent.hit
    before, after = name_bounds(absent)
    term_letters = _initials(known.get(text[hit.start:hit.end]))
    for term in approved_terms(ctx, matcher, absent.concept_id):
        term_letters |= {w[0] for w in matcher.content_words(term) if w[:1].isalpha()}
    pieces = _pieces(text, before, after, hit.start, hit.end, term_letters, known)
    glossed = {v.segment.text[h.start:h.end].lower() for v in absent.unit.target
               for h in v.hits}
    for acronym in _acronyms(absent, ctx.case_blind, glossed):
        letters = acronym.lower()
        if any(_spells(letters, words) for words in pieces):
            return acronym
    return ""


# A longer name's rest before the term: two ideographs or more, as in _longer_name.
_REST_MIN = 2
# The small words that put a name's owner after its head ("Commission for CTBTO").
_OWNER_WORDS = frozenset({"for", "of"})
_OPENING_THE = re.compile(r"^The\s+")


def acronym_for_rest(ctx: CheckContext, absent: Absent) -> str:
    """The name of the translation that gives the longer name the source term closes
    or heads (two ideographs or more before it, :func:`name_bounds`) as the term's kind
    of body and an acronym for the rest: 禁核试条约组织筹备委员会, "Preparatory
    Commission for CTBTO" (筹备委员会 "Preparatory Committee"). The longer name is
    another body than the glossary's, named by its owner as the owner spells it, and
    an acronym's letters come from that English, not from the Chinese, so they are not
    spelled (:func:`acronym_of_longer_name`). The evidence is the acronym's place: it
    ends the name after "for" or "of" (the head first, the owner after, as English
    names put them) or opens it, and the name's other words keep a word of the term's
    approved English ("Preparatory"), no word of another glossary term of the unit.
    Only with capitals: without them, neither the name nor the acronym shows."""
    before, _ = name_bounds(absent)
    if ctx.case_blind or absent.hit.start - before < _REST_MIN or not not_cut(absent.unit):
        return ""
    matcher = ctx.target
    assert matcher is not None  # only called for bilingual drafts
    own = set().union(*(matcher.content_words(t)
                        for t in approved_terms(ctx, matcher, absent.concept_id)))
    glossed = {v.segment.text[h.start:h.end].lower() for v in absent.unit.target
               for h in v.hits}
    for view in absent.unit.target:
        line = view.segment.text
        spans = [(h.start, h.end) for h in view.hits]
        for m in ENGLISH_NAME.finditer(line):
            if any(s < m.end() and m.start() < e for s, e in spans):
                continue
            found = _OPENING_THE.sub("", m.group())  # capitalised by its place
            words = found.split()
            before_last = [w for w in words[:-1] if w != "the"]
            if (_CAPITALS.fullmatch(words[-1]) and before_last
                    and before_last[-1].lower() in _OWNER_WORDS):
                acronym, rest = words[-1], words[:-1]
            elif _CAPITALS.fullmatch(words[0]) and len(words) > 1:
                acronym, rest = words[0], words[1:]
            else:
                continue
            named = [w.lower() for w in rest if w.lower() not in NAME_SMALL_WORDS]
            if (acronym.lower() not in glossed and named
                    and not any(_CAPITALS.fullmatch(w) for w in rest)
                    and own & set(named)):
                return found
    return ""


# An acronym's word of a title: the term's own English gives two letters at least.
_TITLE_LETTERS = 2


def title_acronym(ctx: CheckContext, absent: Absent, known: Mapping[str, Gloss]) -> str:
    """The acronym of the translation that gives a longer title ending in the term by
    the term's initials after those of the words before it: 秘书长 "Secretary-General"
    in 副秘书长, "USG" (Under-Secretary-General), 助理秘书长 "ASG". The dictionary
    seldom glosses such a title as the English says it (副秘书长 "vice-secretary"), so
    the letters before the term's are not spelled; but the title must be a dictionary
    word ending in the term (``known``: the glosses of the line's runs), which a term
    standing alone is not (由秘书长), and its letters before the term's are at most one
    an ideograph of it before the term. The term's own initials (each word of its
    approved English, a hyphen's parts too) close the acronym. An acronym may stand
    before the acronym of the body the title heads ("USG DSS"), a pair of capital words
    that is no heading."""
    text, hit = absent.src_view.segment.text, absent.hit
    if not (hit.start > 0 and is_word_character(text[hit.start - 1])) or not not_cut(
            absent.unit) or ctx.case_blind:
        return ""
    before, _ = name_bounds(absent)
    glued = max((hit.start - at for at in range(before, hit.start)
                 if text[at:hit.end] in known), default=0)
    if glued < 1:
        return ""
    matcher = ctx.target
    assert matcher is not None  # only called for bilingual drafts
    endings = set()
    for term in approved_terms(ctx, matcher, absent.concept_id):
        words = [w for w in re.split(r"[\s-]+", term.text) if w[:1].isalpha()
                 and w.lower() not in _SENSE_SKIPS]
        if len(words) >= _TITLE_LETTERS:
            endings.add("".join(w[0] for w in words).upper())
    if not endings:
        return ""
    glossed = {v.segment.text[h.start:h.end].lower() for v in absent.unit.target
               for h in v.hits}
    for acronym in _acronyms(absent, False, glossed, before_body=True):
        if any(acronym.endswith(e) and 1 <= len(acronym) - len(e) <= glued
               for e in endings):
            return acronym
    return ""


# One acronym after another, and no third word in capitals: a title and its body.
_BODY_AFTER = re.compile(r"^[ \t]+[A-Z]{2,}(?![\w-])(?![ \t]+[A-Z]{2,})")


def _before_body(text: str, m: re.Match[str]) -> bool:
    """Whether the acronym stands before one other acronym ("USG DSS", the
    Under-Secretary-General for Safety and Security), no capitals before it."""
    return (not _CAPITALS_BEFORE.search(text[max(0, m.start() - 40):m.start()])
            and bool(_BODY_AFTER.match(text[m.end():m.end() + 40])))


def _initials(gloss: Gloss | None) -> set[str]:
    return {s[0] for s in gloss.stems if s[:1].isalpha()} if gloss else set()


# The words of a sense an acronym does not spell.
_SENSE_SKIPS = frozenset({"a", "an", "the", "to", "of"})


def _sense_initials(gloss: Gloss) -> set[str]:
    """The initials of each sense of several words, in order ("il" of "international
    law" for 国际法): a word holding the term may give the acronym a letter a word."""
    out = set()
    for sense in gloss.senses:
        words = [w for w in re.findall(r"[a-z]+", sense.lower()) if w not in _SENSE_SKIPS]
        if len(words) >= 2:
            out.add("".join(w[0] for w in words))
    return out


def _pieces(text: str, before: int, after: int, start: int, end: int,
            term_letters: set[str], known: Mapping[str, Gloss]) -> list[list[set[str]]]:
    """Each way to cut a stretch of text[before:after] that holds the term and at least
    one dictionary word beside it into dictionary words (the term one of them, or inside
    one): the initials of each word, in the source's order."""
    def cuts_to(at: int, stop: int) -> Iterable[list[set[str]]]:
        if at == stop:
            yield []
            return
        if at == start:
            for rest in cuts_to(end, stop):
                yield [term_letters, *rest]
        for n in _PIECE_LENGTHS:
            word = text[at:at + n]
            if at + n > stop or word not in known:
                continue
            if at + n <= start or at >= end:  # a word beside the term
                for rest in cuts_to(at + n, stop):
                    yield [_initials(known[word]), *rest]
            elif at <= start and at + n >= end and (letters := _sense_initials(known[word])):
                # A word holding the term (国际法 of 国际法协会, the International Law
                # Association: ILA), spelled by a sense of several words.
                for rest in cuts_to(at + n, stop):
                    yield [letters, *rest]

    out: list[list[set[str]]] = []
    for first in range(before, start + 1):
        for last in range(end, after + 1):
            if (first, last) != (start, end):
                out.extend(c for c in cuts_to(first, last) if len(c) >= 2)
    return out


def _spells(letters: str, words: Sequence[set[str]]) -> bool:
    """Whether ``letters`` are the words' initials, one a word, in the source's order or
    with one stretch of the words moved to the end — English puts a modifier after the
    head it modifies, in a phrase of its own: the head first (缔约方会议, COP, "Conference
    of the Parties"), or a head of several words before its modifier
    (联合国气候变化框架公约, UNFCCC, "United Nations Framework Convention on Climate
    Change"; 红十字国际委员会, ICRC) — a small word's letter allowed between two (and a
    plural "s" at the end)."""
    n = len(words)
    orders = [list(words), *([*words[:i], *words[j:], *words[i:j]]
                             for i in range(n) for j in range(i + 1, n))]
    return any(_matches(letters, order) or (letters.endswith("s")
                                             and _matches(letters[:-1], order))
               for order in orders)


def _matches(letters: str, words: Sequence[set[str]], pair_left: bool = True) -> bool:
    """Whether ``letters`` are the words' initials in order (a word's set may hold the
    initials of a sense of several words, :func:`_sense_initials`); one word may give
    two (the "UN" of 联合国, "United Nations", whose glosses start with both) if
    ``pair_left``."""
    if not words:
        return not letters
    for initials in words[0]:
        if not letters.startswith(initials):
            continue
        rest = letters[len(initials):]
        if _matches(rest, words[1:], pair_left):
            return True
        if len(words) > 1 and rest[:1] in _SMALL_LETTERS and _matches(rest[1:], words[1:],
                                                                      pair_left):
            return True
        if (pair_left and len(initials) == 1 and rest[:1] in words[0]
                and rest[:1] != letters[0] and _matches(rest[1:], words[1:], pair_left=False)):
            return True
    return False


def _acronyms(absent: Absent, case_blind: bool, glossed: set[str], *,
              before_body: bool = False) -> list[str]:
    """The translation's words that may be acronyms and are no glossary term of the
    unit: written in capitals, or — without capitals — no English word. With
    ``before_body``, an acronym before the acronym of a body (:func:`_before_body`: a
    title's "USG DSS") is one though the two are capitals side by side."""
    pattern = _LOWER if case_blind else _CAPITALS
    found = [m.group(1) for view in absent.unit.target
             for m in pattern.finditer(view.segment.text)
             if m.group(1).lower() not in glossed and not _glossing(view.segment.text, m)
             and (case_blind or not _among_capitals(view.segment.text, m)
                  or (before_body and _before_body(view.segment.text, m)))]
    if not case_blind or not found:
        return found

    words = english_words(found)
    return [t for t in found if t not in words]


# A word in capitals beside it, a space between: words written in capitals.
_CAPITALS_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,}\d*[ \t]+$")
_CAPITALS_AFTER = re.compile(r"^[ \t]+[A-Z]{2,}(?![a-z])")


def _among_capitals(text: str, m: re.Match[str]) -> bool:
    """Whether the word stands in a run of words in capitals (a heading, a placeholder
    "<<ODS DOC SYMBOL2>>"): words written in capitals, not an acronym."""
    return bool(_CAPITALS_BEFORE.search(text[max(0, m.start() - 40):m.start()])
                or _CAPITALS_AFTER.match(text[m.end():m.end() + 40]))


def _glossing(text: str, m: re.Match[str]) -> bool:
    """Whether the acronym stands alone in brackets after words ("World Food Programme
    (WFP)"): it abbreviates the name written out before it, which must hold the term
    ("Food Programme (WFP)" left out "World")."""
    return bool(re.search(r"\w[^\w(]*\(\s*$", text[max(0, m.start() - 10):m.start()])
                and re.match(r"\s*(?:s|’s|'s)?\s*\)", text[m.end(1):m.end(1) + 6]))


# An acronym in brackets: a Latin word of two letters or more, alone in them ("(FAO)",
# "(icrc)", "（UNHCR）").
_BRACKETED_ACRONYM = re.compile(r"[(（]\s*([A-Za-z][A-Za-z-]{1,9})\s*[)）]")
# A bracket holding Chinese: a short form after the name it shortens (粮农组织).
_BRACKETED_CHINESE = re.compile(r"[(（]([^()（）]*[\u4e00-\u9fff][^()（）]*)[)）]")
# Letters that are a number, not an acronym ("(LVII)", "(iv)").
_ROMAN = re.compile(r"[ivxlcdm]+", re.IGNORECASE)
# The ideographs read back from a bracket for the name it follows.
_NAME_REACH = 24


def acronym_definitions(ctx: CheckContext) -> dict[str, set[tuple[str, bool]]]:
    """The acronyms the draft defines, lower-cased, each with the Chinese it is defined
    for, and whether that is the whole of it: an acronym in brackets right after a
    name in the source (联合国粮食及农业组织(FAO)), or in the translation where its
    source writes a short form in brackets at the same place (联合国粮食及农业组织
    (粮农组织) and "Food and Agriculture Organization of the United Nations (FAO)": the
    k-th bracket of each side, when both sides have as many) — the acronym then stands
    for the name before the bracket and, whole, for the short form in it (专家组 and
    "(EG)", "(eg)"). Whatever language its letters come from (FAO, from the English
    name; ICRC, whose order is not the Chinese one), the draft says which name the
    acronym stands for, for the rest of the document. The name is the run of
    ideographs before the bracket, which may start with words of the sentence;
    :func:`defined_acronym` reads only its end, the name. An acronym is two capitals
    or more, or, without capitals, no English word; never a Roman numeral."""
    found: dict[str, set[tuple[str, bool]]] = {}

    def define(acronym: str, text: str, at: int) -> None:
        start = at
        while start > max(0, at - _NAME_REACH) and is_ideograph(text[start - 1]):
            start -= 1
        if at - start >= _DEFINED_NAME_MIN:
            found.setdefault(acronym, set()).add((text[start:at], False))

    for unit in ctx.units:
        for view in unit.source:
            for m in _BRACKETED_ACRONYM.finditer(view.segment.text):
                define(m.group(1), view.segment.text, m.start())
        shorts = [(view.segment.text, m) for view in unit.source
                  for m in _BRACKETED_CHINESE.finditer(view.segment.text)]
        acronyms = [m.group(1) for view in unit.target
                    for m in _BRACKETED_ACRONYM.finditer(view.segment.text)
                    if m.start() > 0 and view.segment.text[m.start() - 1] == " "]
        if shorts and len(shorts) == len(acronyms):
            for (text, m), acronym in zip(shorts, acronyms, strict=True):
                define(acronym, text, m.start())
                if all(is_ideograph(ch) for ch in m.group(1)):
                    found.setdefault(acronym, set()).add((m.group(1), True))
    kept = {a: names for a, names in found.items() if not _ROMAN.fullmatch(a)
            and _acronym_case(a, ctx.case_blind)}
    if ctx.case_blind:
        words = english_words([a.lower() for a in kept])
        kept = {a: names for a, names in kept.items() if a.lower() not in words}
    out: dict[str, set[tuple[str, bool]]] = {}
    for acronym, names in kept.items():
        out.setdefault(acronym.lower(), set()).update(names)
    return out


# A name the draft defines an acronym for: the term and two ideographs beside it at
# least, as a longer name (_REST_MIN).
_DEFINED_NAME_MIN = 3


def defined_acronym(ctx: CheckContext, absent: Absent,
                    defined: Mapping[str, set[tuple[str, bool]]]) -> str:
    """The acronym of the translation that the draft defines for a longer name holding
    the source term at this place (:func:`acronym_definitions`): the Chinese here holds
    the term with the name's whole rest after it and, with what it holds of the name
    before it, two ideographs of the name or more beside the term — or for the term
    itself, as a short form in brackets. An acronym defined for another name (WHO
    where the line has 联合国粮食及农业组织) excuses nothing, nor does a term standing
    alone; nor does the acronym in brackets after a name written out, which must hold
    the term (:func:`_glossing`), unless it is defined for the term itself (the
    brackets answer each other). Without capitals, the acronym is read in any case;
    with them, in capitals."""
    if not defined:
        return ""
    text, hit = absent.src_view.segment.text, absent.hit
    term = text[hit.start:hit.end]
    glossed = {v.segment.text[h.start:h.end].lower() for v in absent.unit.target
               for h in v.hits}
    for acronym, names in defined.items():
        whole = (term, True) in names
        if acronym in glossed or not (whole or any(
                _in_name(text, hit.start, hit.end, name) for name, alone in names if not alone)):
            continue
        pattern = re.compile(rf"(?<![A-Za-z0-9])({re.escape(acronym)})(?:s|’s|'s)?"
                             rf"(?![A-Za-z0-9])", re.IGNORECASE)
        for view in absent.unit.target:
            for m in pattern.finditer(view.segment.text):
                if (_acronym_case(m.group(1), ctx.case_blind)
                        and (whole or not _glossing(view.segment.text, m))):
                    return m.group()
    return ""


def _acronym_case(letters: str, case_blind: bool) -> bool:
    """Whether ``letters`` are written as an acronym the draft defines is: any case in a
    draft without capitals, else two capitals or more."""
    return case_blind or sum(ch.isupper() for ch in letters) >= 2


def _in_name(text: str, start: int, end: int, name: str) -> bool:
    """Whether text[start:end] stands in ``name`` at this place: the name's whole rest
    after the term follows it, and the name's ideographs before the term that precede
    it here, with that rest, are two or more."""
    term = text[start:end]
    at = name.find(term)
    while at >= 0:
        rest = name[at + len(term):]
        if text.startswith(rest, end):
            before = 0
            while (before < at and before < start
                   and name[at - before - 1] == text[start - before - 1]):
                before += 1
            if before + len(rest) >= _DEFINED_NAME_MIN - 1:
                return True
        at = name.find(term, at + 1)
    return False


def glossary_acronym(ctx: CheckContext, absent: Absent) -> str:
    """The translation's glossary abbreviation of another concept whose approved English
    written out holds one of the term's approved English names as words, where the
    source term stands in a longer name (two ideographs or more beside it,
    :func:`name_bounds`) and the unit's source holds none of that concept's own terms:
    the glossary defines the acronym for a body whose name holds the term, as a draft
    may (:func:`acronym_definitions`; FAO, the Food and Agriculture Organization of the
    United Nations, for 联合国 in 联合国粮食及农业组织). An abbreviation whose concept the
    source names elsewhere in the line renders that."""
    matcher = ctx.target
    assert matcher is not None  # only called for bilingual drafts
    hit = absent.hit
    before, after = name_bounds(absent)
    if max(hit.start - before, after - hit.end) < _DEFINED_NAME_MIN - 1:
        return ""
    named = {h.concept_id for v in absent.unit.source for h in v.hits}
    own = [re.compile(rf"(?<![\w-]){re.escape(e)}(?![\w-])", re.IGNORECASE)
           for e in absent.expected]
    for view in absent.unit.target:
        for h in view.hits:
            if h.concept_id in named or h.concept_id == absent.concept_id:
                continue
            terms = [t for t in lang_terms(ctx.concepts[h.concept_id], matcher.lang)
                     if t.status.approved]
            if not any(t.text == h.term.text and t.term_type and t.term_type.is_abbreviated
                       for t in terms):
                continue
            full = [t.text for t in terms
                    if not (t.term_type and t.term_type.is_abbreviated)]
            if any(p.search(name) for p in own for name in full):
                return view.segment.text[h.start:h.end]
    return ""
