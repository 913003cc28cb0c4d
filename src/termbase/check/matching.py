"""Finding glossary terms in draft text, the way each language needs.

Chinese: :class:`termbase.match.TermMatcher`, one Aho–Corasick automaton over all Chinese
terms, longest match first — 大会 is not reported inside 审查大会 when 审查大会 is itself
a glossary term.

English: words are reduced to a canonical form before matching, in the text and in the
terms alike, so one automaton over canonical term forms finds every variant in one pass:

* case is ignored, except for abbreviations and acronyms (ITI, PoA, UNODA), which must
  match letter for letter — "iti" or "Att" in running text are not the terms;
* plural and possessive endings are dropped ("Member States", "States’" → member state);
* hyphens and spaces between words are the same ("capacity-building" = "capacity
  building");
* British and American spellings meet (programme/program, organisation/organization,
  -ise/-ize, centre/center, defence/defense, labour/labor …);
* verb endings ("implements", "implemented", "implementing") only when configured, because
  merging them everywhere would also merge words a glossary keeps apart.

Punctuation other than a hyphen between two words breaks a match, so a term never spans
"States. Parties". Each option can be switched off in :class:`MatchOptions`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from termbase.match import TermHit, TermMatcher, pattern_text
from termbase.model import Glossary, Term, TermType


@dataclass(frozen=True, slots=True)
class MatchOptions:
    """How loosely English terms match; Chinese always matches exactly, longest first."""

    plurals: bool = True
    """Singular and plural (and possessive) forms are the same term."""
    hyphenation: bool = True
    """"capacity-building" and "capacity building" are the same term."""
    spelling_variants: bool = True
    """British and American spellings are the same term."""
    verb_forms: bool = False
    """"implement", "implements", "implemented", "implementing" are the same term."""
    exact_abbreviations: bool = True
    """Abbreviations and acronyms match only with their own capitalisation."""
    proper_names: bool = True
    """A term written with a capital ("Member State", "Programme of Action") matches only
    text that starts with a capital too: in UN usage "member States" of another body or
    a "programme of action" of a conference are not the glossary's concept."""

    def settings(self) -> dict[str, bool]:
        """For output signatures."""
        return {"plurals": self.plurals, "hyphenation": self.hyphenation,
                "spelling_variants": self.spelling_variants, "verb_forms": self.verb_forms,
                "exact_abbreviations": self.exact_abbreviations,
                "proper_names": self.proper_names}


def base_lang(lang: str) -> str:
    return lang.split("-")[0].split("_")[0].lower()


def is_cjk_lang(lang: str) -> bool:
    return base_lang(lang) in ("zh", "ja", "ko")


# --- English canonical forms ------------------------------------------------------------


def _words(text: str) -> list[str]:
    """Space-separated word lists, kept readable in the source."""
    return text.split()

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_HYPHENS = frozenset("-‐‑")
_BREAK = "|"

# Whole words whose British and American forms differ in ways no suffix rule covers.
_SPELLING_WORDS = {
    "programme": "program", "programmes": "programs", "programmed": "programed",
    "programming": "programing",
    "defence": "defense", "defences": "defenses", "offence": "offense",
    "offences": "offenses", "licence": "license", "licences": "licenses",
    "pretence": "pretense", "judgement": "judgment", "judgements": "judgments",
    "acknowledgement": "acknowledgment", "ageing": "aging", "fulfil": "fulfill",
    "fulfils": "fulfills", "fulfilment": "fulfillment", "enrol": "enroll",
    "enrolment": "enrollment", "catalogue": "catalog", "catalogues": "catalogs",
    "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "grey": "gray",
    "travelled": "traveled", "travelling": "traveling", "cancelled": "canceled",
    "cancelling": "canceling", "labelled": "labeled", "labelling": "labeling",
    "modelling": "modeling", "modelled": "modeled", "counselling": "counseling",
    "signalling": "signaling", "channelling": "channeling",
}
_OUR = re.compile(r"^(lab|fav|behavi|col|hon|neighb|harb|vig|rum|endeav|arm|sav|flav|hum|"
                  r"val|vap|parl|od|rig|tum|splend|cand|clam|glam|ferv|ard)our(.*)$")
_TRE = re.compile(r"^(cen|met|lit|thea|fib|calib|spec|sabre|lus|somb|meag)tre(s|d)?$")
_ISE = re.compile(r"^([a-z]{3,})is(e|es|ed|ing|er|ers|ation|ations|ational|ationally)$")
_YSE = re.compile(r"^([a-z]*l)ys(e|es|ed|ing|er|ers)$")
# Words ending in -ise that are spelt so in American English too.
_ISE_KEEP = frozenset(_words("""
otherwise likewise clockwise wise rise arise raise praise poise noise cruise bruise guise
disguise expertise exercise enterprise premise promise compromise surprise advise devise
revise supervise televise improvise comprise despise chastise franchise merchandise
circumcise excise incise concise precise paradise treatise demise reprise surmise apprise
mortise tortoise porpoise anise vise turquoise
"""))


def _spelling(word: str) -> str:
    mapped = _SPELLING_WORDS.get(word)
    if mapped is not None:
        return mapped
    if "our" in word:
        m = _OUR.match(word)
        if m:
            return f"{m.group(1)}or{m.group(2)}"
    if word.endswith(("tre", "tres", "tred")):
        m = _TRE.match(word)
        if m:
            return f"{m.group(1)}ter{m.group(2) or ''}"
    if "is" in word:
        m = _ISE.match(word)
        if m and f"{m.group(1)}ise" not in _ISE_KEEP:
            return f"{m.group(1)}iz{m.group(2)}"
    if "ys" in word:
        m = _YSE.match(word)
        if m:
            return f"{m.group(1)}yz{m.group(2)}"
    return word


def _singular(word: str) -> str:
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) <= 3 or not word.endswith("s"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")) or (
            word.endswith("oes") and len(word) > 5):  # embargoes, vetoes; not shoes
        return word[:-2]
    if word.endswith(("ss", "us", "is")):
        return word
    return word[:-1]


def _verb_stem(word: str) -> str:
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith("ied"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
    if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "aeiousl":
        word = word[:-1]  # "committed" → "commit", like "commit"
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]  # "use"/"used"/"using" all become "us"
    return word


@dataclass(slots=True)
class EnglishText:
    """A text with its canonical form and the map from canonical tokens back to it."""

    text: str
    canonical: str
    canon_starts: list[int]
    spans: list[tuple[int, int]]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in ``text`` of the canonical tokens within ``[start, end)``."""
        first = bisect_right(self.canon_starts, start) - 1
        last = bisect_right(self.canon_starts, end - 1) - 1
        return self.spans[first][0], self.spans[last][1]


@dataclass(slots=True)
class EnglishCanon:
    """Canonicalises English words (memoised: a draft's vocabulary is small)."""

    options: MatchOptions
    _cache: dict[str, str] = field(default_factory=dict)

    def word(self, token: str) -> str:
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        word = token.lower().replace("’", "'")
        if self.options.spelling_variants:
            word = _spelling(word)
        if self.options.plurals:
            word = _singular(word)
        if self.options.verb_forms:
            word = _verb_stem(word)
        self._cache[token] = word
        return word

    def prepare(self, text: str) -> EnglishText:
        """The canonical form ' w1 w2 | w3 ' of ``text``: words, spaces and breaks."""
        parts: list[str] = [" "]
        starts: list[int] = []
        spans: list[tuple[int, int]] = []
        length = 1
        previous_end = -1
        cache, joins = self._cache, self._joins
        for m in _WORD.finditer(text):
            start, end = m.span()
            # A single space is the usual gap; anything else is looked at closely.
            if previous_end >= 0 and not (start == previous_end + 1
                                          and text[previous_end] == " ") and not joins(
                    text[previous_end:start]):
                parts.append(_BREAK + " ")
                length += 2
            token = m.group()
            word = cache.get(token)
            if word is None:
                word = self.word(token)
            starts.append(length)
            spans.append((start, end))
            parts.append(word)
            parts.append(" ")
            length += len(word) + 1
            previous_end = end
        return EnglishText(text, "".join(parts), starts, spans)

    def _joins(self, gap: str) -> bool:
        """Whether two words with ``gap`` between them can be inside one term."""
        if not gap or gap.isspace():
            return True
        if self.options.hyphenation:
            return all(ch.isspace() or ch in _HYPHENS for ch in gap)
        return False

    def pattern(self, term_text: str) -> str:
        return self.prepare(term_text).canonical


def _is_abbreviation(term: Term) -> bool:
    if term.term_type is not None and term.term_type.is_abbreviated:
        return True
    letters = [c for c in term.text if c.isalpha()]
    # "PoA", "UNODA", "PoA-ISS": a single word with capitals after its first letter.
    return (" " not in term.text.strip() and len(letters) >= 2
            and any(c.isupper() for c in letters[1:]))


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


def _longest_first(candidates: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Non-overlapping candidates, the longer winning, then the earlier; in text order."""
    kept: list[tuple[int, int, Any]] = []
    taken: list[tuple[int, int]] = []
    for start, end, owners in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if all(end <= s or start >= e for s, e in taken):
            taken.append((start, end))
            kept.append((start, end, owners))
    kept.sort(key=lambda c: c[0])
    return kept


# --- one interface for both languages ----------------------------------------------------

@dataclass(slots=True)
class PreparedText:
    """A segment's text, prepared once for every search in it."""

    text: str
    english: EnglishText | None = None
    bare: str = ""
    """Chinese: the text without title brackets, so that a term naming two titles
    (《北京宣言》和《行动纲要》) is found whole; ``positions[i]`` is where bare[i] is in text."""
    positions: list[int] = field(default_factory=list)


_TITLE_MARKS = frozenset("《》〈〉")


def _without_title_marks(text: str) -> tuple[str, list[int]]:
    if not any(ch in _TITLE_MARKS for ch in text):
        return text, []
    kept = [(i, ch) for i, ch in enumerate(text) if ch not in _TITLE_MARKS]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


class LanguageMatcher:
    """Every term of one language of a glossary, found in text in one pass.

    :meth:`find` gives the terms a reader sees (longest match, no overlaps);
    :meth:`contains` answers "does this term occur anywhere here", overlaps included,
    which is the right question when looking for an expected equivalent.
    """

    def __init__(self, glossary: Glossary, lang: str,
                 options: MatchOptions | None = None) -> None:
        import ahocorasick  # here, not at import time: only checking needs it

        self.lang = lang
        self.options = options or MatchOptions()
        self.cjk = is_cjk_lang(lang)
        self._canon = EnglishCanon(self.options)
        self._patterns: dict[str, str] = {}
        self._abbreviations: dict[str, bool] = {}
        self._zh: TermMatcher | None = None
        self._automaton: Any = None
        self.size = 0
        if self.cjk:
            self._zh = TermMatcher(glossary, lang)
            self.size = self._zh.size
            return
        entries: dict[str, list[tuple[str, Term]]] = {}
        for concept in glossary.concepts:
            for term_lang, term in concept.terms():
                if base_lang(term_lang) != base_lang(lang):
                    continue
                key = self.pattern(term)
                if key.strip():
                    entries.setdefault(key, []).append((concept.id, term))
        self._automaton = ahocorasick.Automaton()
        for key, owners in entries.items():
            self._automaton.add_word(key, (len(key), tuple(owners)))
        self.size = len(entries)
        if entries:
            self._automaton.make_automaton()

    def pattern(self, term: Term) -> str:
        """The searched-for form of ``term``."""
        key = self._patterns.get(term.text)
        if key is None:
            key = (pattern_text(self.lang, term.text) if self.cjk
                   else self._canon.pattern(term.text))
            self._patterns[term.text] = key
        return key

    def prepare(self, text: str) -> PreparedText:
        if self.cjk:
            bare, positions = _without_title_marks(text)
            return PreparedText(text, None, bare, positions)
        return PreparedText(text, self._canon.prepare(text))

    def find(self, prepared: PreparedText) -> list[TermHit]:
        """Non-overlapping hits, longest first where they compete, in text order."""
        if self._zh is not None:
            hits = self._zh.find(prepared.bare)
            if not prepared.positions:
                return hits
            pos = prepared.positions
            return [TermHit(pos[h.start], pos[h.end - 1] + 1, h.concept_id, h.lang, h.term)
                    for h in hits]
        english = prepared.english
        if not self.size or english is None or not english.spans:
            return []
        candidates = []
        for end_index, (length, owners) in self._automaton.iter(english.canonical):
            # Patterns carry a space at each end; the match proper lies inside them.
            candidates.append((end_index - length + 2, end_index, owners))
        hits = []
        for start, end, owners in _longest_first(candidates):
            o_start, o_end = english.original_span(start, end)
            found = english.text[o_start:o_end]
            for cid, term in owners:
                if self._case_fits(term, found):
                    hits.append(TermHit(o_start, o_end, cid, self.lang, term))
        return hits

    def _abbreviated(self, term: Term) -> bool:
        known = self._abbreviations.get(term.text)
        if known is None:
            known = self._abbreviations[term.text] = _is_abbreviation(term)
        return known

    def _needs_case(self, term: Term) -> bool:
        if self._abbreviated(term):
            return self.options.exact_abbreviations
        return self.options.proper_names and term.text[:1].isupper()

    def _case_fits(self, term: Term, found: str) -> bool:
        if not self._needs_case(term):
            return True
        if not self._abbreviated(term):
            return found[:1].isupper()
        want, got = _letters(term.text), _letters(found)
        return got in (want, want + "s")

    def contains(self, prepared: PreparedText, term: Term) -> bool:
        """Whether ``term`` occurs anywhere in the text, also inside a longer term."""
        key = self.pattern(term)
        if not key.strip():
            return False
        if self.cjk:
            return key in prepared.bare
        english = prepared.english
        if english is None:
            return False
        if not self._needs_case(term):
            return key in english.canonical
        start = english.canonical.find(key)
        while start >= 0:
            o_start, o_end = english.original_span(start + 1, start + len(key) - 1)
            if self._case_fits(term, english.text[o_start:o_end]):
                return True
            start = english.canonical.find(key, start + 1)
        return False


def iter_terms(glossary: Glossary, lang: str) -> Iterator[tuple[str, Term]]:
    """(concept id, term) for every term of ``lang``."""
    for concept in glossary.concepts:
        for term_lang, term in concept.terms():
            if base_lang(term_lang) == base_lang(lang):
                yield concept.id, term


__all__ = ["LanguageMatcher", "MatchOptions", "PreparedText", "TermHit", "TermType",
           "base_lang", "is_cjk_lang", "iter_terms"]
