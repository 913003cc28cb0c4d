"""Finding glossary terms in draft text, the way each language needs.

Chinese: :class:`termbase.match.TermMatcher`, one Aho–Corasick automaton over all Chinese
terms, longest match first — 大会 is not reported inside 审查大会 when 审查大会 is itself
a glossary term.

English: words are reduced to a canonical form before matching, in the text and in the
terms alike (:class:`termbase.text.english.EnglishCanon`, where the folds live), so one
automaton over canonical term forms finds every variant in one pass:

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

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from termbase.match import TermHit, TermMatcher, pattern_text
from termbase.model import Glossary, Term, TermType
from termbase.text.english import EnglishCanon, EnglishFolding, EnglishText
from termbase.text.titles import without_title_marks


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

    @property
    def folding(self) -> EnglishFolding:
        """The word folds these options ask of :class:`~termbase.text.english.EnglishCanon`."""
        return EnglishFolding(plurals=self.plurals, hyphenation=self.hyphenation,
                              spelling_variants=self.spelling_variants,
                              verb_forms=self.verb_forms)

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
        self._canon = EnglishCanon(self.options.folding)
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
            bare, positions = without_title_marks(text)
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

    def miscased(self, prepared: PreparedText, term: Term) -> tuple[int, int] | None:
        """Where a capitalised English term is written without its capital
        ("security council" for "Security Council"), else None.

        Abbreviations are left out: "who" or "att" in running text are ordinary words
        far more often than a miscased WHO or ATT.
        """
        english = prepared.english
        if (self.cjk or english is None or self._abbreviated(term)
                or not self._needs_case(term)):
            return None
        key = self.pattern(term)
        start = english.canonical.find(key) if key.strip() else -1
        while start >= 0:
            o_start, o_end = english.original_span(start + 1, start + len(key) - 1)
            if not self._case_fits(term, english.text[o_start:o_end]):
                return o_start, o_end
            start = english.canonical.find(key, start + 1)
        return None

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
