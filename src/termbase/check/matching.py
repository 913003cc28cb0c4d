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

What the glossary itself distinguishes is kept apart, whatever the folds:

* a deprecated or superseded term that folds onto an approved one ("State parties" /
  "States parties") is matched exactly as written, and the matcher says so in
  :attr:`LanguageMatcher.diagnostics` (TB630), so that the deprecated form is reported;
* a term the glossary marks as a verb ("implement") matches its inflections; a noun
  right after "to" or a modal, written otherwise than the term ("to safeguard" for
  "safeguards"), is the verb and not the term;
* a term found in text never ends or starts inside a hyphenated compound ("UN" in
  "UN-Women", "governmental organization" in "non-governmental organization"), though
  such a compound still shows that a term is present ("Council-mandated"); a
  hyphenated term also matches its closed form ("nongovernmental");
* Chinese letter-spaced headings (大 会) match as if unspaced.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from termbase.diagnostics import Diagnostic, warning
from termbase.match import TermHit, TermMatcher, pattern_text
from termbase.model import Glossary, PartOfSpeech, Term, TermType
from termbase.text.english import EnglishCanon, EnglishFolding, EnglishText, singular
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


@functools.cache  # asked for each language section of each concept a check reads
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


def _acronym(term: Term) -> bool:
    """An abbreviation that is not a word of capitalised words ("Secretary-General" is
    taken as abbreviated by its inner capital, but is two words)."""
    return _is_abbreviation(term) and not all(
        part[:1].isupper() and part[1:].islower() and len(part) > 2
        for part in re.split(r"[\s-]+", term.text.strip()))


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


# The canonical English form's mark for punctuation between words.
_BREAK_TOKEN = "|"
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A noun term written otherwise after one of these words is the verb ("to safeguard").
_VERB_MARKERS = frozenset({"to", "will", "shall", "must", "should", "can", "may", "would",
                           "could", "might"})
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _unspaced(text: str, positions: list[int]) -> tuple[str, list[int]]:
    """``text`` without blanks between two CJK characters (letter-spaced headings such as
    "大 会"), with where each kept character was; ``positions`` maps ``text`` on."""
    if " " not in text and "\u3000" not in text:
        return text, positions
    where = positions or list(range(len(text)))
    kept_text, kept_pos = [], []
    for i, ch in enumerate(text):
        if (ch.isspace() and 0 < i < len(text) - 1 and _CJK.match(text[i - 1])
                and _CJK.match(text[i + 1])):
            continue
        kept_text.append(ch)
        kept_pos.append(where[i])
    if len(kept_text) == len(text):
        return text, positions
    return "".join(kept_text), kept_pos


def _inflections(text: str) -> list[str]:
    """The inflected forms of a verb term, its first word inflected ("implements",
    "implemented", "implementing" for "implement")."""
    first, _, rest = text.partition(" ")
    tail = f" {rest}" if rest else ""
    stem = first[:-1] if first.endswith("e") else first
    if first.endswith("y") and len(first) > 2 and first[-2] not in "aeiou":
        forms = [first[:-1] + "ies", first[:-1] + "ied", first + "ing"]
    else:
        forms = [first + ("es" if first.endswith(("s", "x", "ch", "sh", "z")) else "s"),
                 stem + "ed", stem + "ing"]
    return [form + tail for form in forms]


def _glued(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is part of a hyphenated compound that goes on beyond it."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    return ((len(before) == 2 and before[1] in "-‐‑" and before[0].isalnum())
            or (len(after) == 2 and after[0] in "-‐‑" and after[1].isalnum()))


_Match = tuple[int, int, Any]
"""A match kept in a text: start, end (canonical or bare positions) and the key's owners."""


def _longest_first(candidates: list[_Match]) -> list[_Match]:
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
        self.diagnostics: list[Diagnostic] = []
        """What building the matcher found in the glossary (deprecated terms that fold
        onto approved ones)."""
        self.options = options or MatchOptions()
        self.cjk = is_cjk_lang(lang)
        self._canon = EnglishCanon(self.options.folding)
        self._patterns: dict[str, str] = {}
        self._abbreviations: dict[str, bool] = {}
        self._zh: TermMatcher | None = None
        self._automaton: Any = None
        self._exact: dict[str, list[tuple[str, Term]]] = {}
        """Key → unapproved terms that fold onto an approved term with that key: they
        match only as written."""
        self.resolve: Callable[[Any], Sequence[tuple[str, Term]]] | None = None
        """Where the automata's values name each key's owners by reference (a matcher
        kept beside a compiled glossary, :mod:`termbase.check.compiled`): the owners of
        such a value; None where they hold the owners themselves."""
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
                for key in self.keys(term):
                    if key.strip():
                        entries.setdefault(key, []).append((concept.id, term))
        self._separate_folded_deprecated(entries)
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

    def keys(self, term: Term) -> list[str]:
        """Every searched-for form of ``term``: its pattern, the closed form of a
        hyphenated term, and the inflections of a verb."""
        key = self.pattern(term)
        if self.cjk:
            return [key]
        texts = []
        if self.options.hyphenation and "-" in term.text:
            texts.append(re.sub(r"(?<=\w)-(?=\w)", "", term.text))
        if term.part_of_speech is PartOfSpeech.VERB and not self.options.verb_forms:
            texts.extend(_inflections(term.text))
        return list(dict.fromkeys([key, *(self._canon.pattern(t) for t in texts)]))

    def _separate_folded_deprecated(self, entries: dict[str, list[tuple[str, Term]]]
                                    ) -> None:
        """Unapproved terms that fold onto an approved one match only as written
        (TB630): folded together, the deprecated form could never be reported."""
        for key, owners in entries.items():
            approved = [t for _, t in owners if t.status.approved]
            clashing = [(cid, t) for cid, t in owners if not t.status.approved
                        and approved and t.text not in {a.text for a in approved}]
            if not clashing:
                continue
            self._exact[key] = clashing
            owners[:] = [o for o in owners if o not in clashing]
            for cid, term in clashing:
                self.diagnostics.append(warning(
                    "TB630", f"{term.status.value} term “{term.text}” ({cid}) differs from "
                             f"the approved “{approved[0].text}” only by plural, case, "
                             f"hyphen or spelling; it is matched exactly as written",
                    hint="nothing to do if the glossary means it; else correct the term"))

    def prepare(self, text: str) -> PreparedText:
        if self.cjk:
            bare, positions = _unspaced(*without_title_marks(text))
            return PreparedText(text, None, bare, positions)
        return PreparedText(text, self._canon.prepare(text))

    def find(self, prepared: PreparedText) -> list[TermHit]:
        """Non-overlapping hits, longest first where they compete, in text order."""
        return self.find_all([prepared])[0]

    def find_all(self, texts: Sequence[PreparedText], *, names_uncased: bool = False
                 ) -> list[list[TermHit]]:
        """:meth:`find` of each text. Every match's owners are announced before any is
        read: a compiled glossary (:mod:`termbase.check.compiled`) then reads the
        concepts they name together, not one query each. With ``names_uncased`` a name
        needs no capitals (:meth:`find_lowered`)."""
        kept = [self._kept(prepared) for prepared in texts]
        for matches in kept:
            for _, _, owners in matches:
                announce = getattr(owners, "announce", None)
                if announce is not None:
                    announce()
        return [self._hits(prepared, matches, names_uncased)
                for prepared, matches in zip(texts, kept, strict=True)]

    def find_lowered(self, prepared: PreparedText) -> list[TermHit]:
        """:meth:`find`, save that a name needs no capitals: in a text written without
        them a lower-case name is the name ("review conference", "secretary-general").
        Acronyms still need theirs ("who", "att" are ordinary words far more often)."""
        return self.find_all([prepared], names_uncased=True)[0]

    def _kept(self, prepared: PreparedText) -> list[_Match]:
        if self._zh is not None:
            kept = self._zh.kept(prepared.bare)
            resolve = self.resolve
            if resolve is None:
                return kept
            return [(start, end, resolve(owners)) for start, end, owners in kept]
        english = prepared.english
        if not self.size or english is None or not english.spans:
            return []
        candidates = []
        for end_index, (length, owners) in self._automaton.iter(english.canonical):
            # Patterns carry a space at each end; the match proper lies inside them.
            start, end = end_index - length + 2, end_index
            o_start, o_end = english.original_span(start, end)
            if not _glued(english.text, o_start, o_end):
                key = english.canonical[start - 1:end + 1]
                candidates.append((start, end, self._owners(key, owners,
                                                            english.text[o_start:o_end])))
        return _longest_first(candidates)

    def _hits(self, prepared: PreparedText, kept: list[_Match], names_uncased: bool = False
              ) -> list[TermHit]:
        if self._zh is not None:
            hits = self._zh.hits(kept)
            if not prepared.positions:
                return hits
            pos = prepared.positions
            return [TermHit(pos[h.start], pos[h.end - 1] + 1, h.concept_id, h.lang, h.term)
                    for h in hits]
        english = prepared.english
        if english is None:
            return []
        hits = []
        for start, end, owners in kept:
            o_start, o_end = english.original_span(start, end)
            found = english.text[o_start:o_end]
            for cid, term in owners:
                case_fits = ((names_uncased and not _acronym(term))
                             or self._case_fits(term, found))
                if case_fits and not self._verb_use(term, english, o_start, found):
                    hits.append(TermHit(o_start, o_end, cid, self.lang, term))
        return hits

    def _owners(self, key: str, owners: Any, found: str) -> Sequence[tuple[str, Term]]:
        """The owners of a match (``owners`` as the automaton holds them, resolved by
        :attr:`resolve` where they are references): a deprecated term that folds onto an
        approved one owns it alone when it is written exactly so."""
        clashing = self._exact.get(key)
        if clashing:
            exact = tuple(o for o in clashing if _same_text(o[1].text, found))
            if exact:
                return exact
        return owners if self.resolve is None else self.resolve(owners)

    @staticmethod
    def _verb_use(term: Term, english: EnglishText, start: int, found: str) -> bool:
        """A one-word noun term written in its bare form right after "to" or a modal:
        the verb ("to safeguard" for "safeguards"; "to Member States" is the noun)."""
        if (term.part_of_speech is not PartOfSpeech.NOUN or " " in term.text.strip()
                or _same_text(term.text, found, fold_case=True)
                or found.lower().endswith("s")):
            return False
        m = _WORD_BEFORE.search(english.text[max(0, start - 12):start])
        return bool(m and m.group(1).lower() in _VERB_MARKERS)

    def abbreviated(self, term: Term) -> bool:
        """Whether ``term`` is an abbreviation or acronym (its type, or its capitals)."""
        return self._abbreviated(term)

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
        if self.cjk:
            key = self.pattern(term)
            return bool(key) and key in prepared.bare
        english = prepared.english
        if english is None:
            return False
        return any(self._occurs(english, term, key) for key in self.keys(term)
                   if key.strip())

    def contains_lowered(self, prepared: PreparedText, term: Term) -> bool:
        """Whether an abbreviation occurs in lower case ("un" for "UN"): in a text
        written without capitals that is how it is written."""
        english = prepared.english
        if self.cjk or english is None or not self._abbreviated(term):
            return False
        key = self.pattern(term)
        return bool(key.strip()) and key in english.canonical

    def contains_coordinated(self, prepared: PreparedText, term: Term) -> bool:
        """Whether an English term of several words is given in a coordination that
        shares its words: "non-governmental and other organizations" has
        "non-governmental organization", "regional and subregional organizations" has
        "regional organization". The words are in order, at most four words and an
        "and"/"or" between two of them, no punctuation."""
        english = prepared.english
        if self.cjk or english is None:
            return False
        return any(_coordinated(key.split(), english.canonical)
                   for key in self._spellings(term))

    def _spellings(self, term: Term) -> list[str]:
        """The searched-for forms of ``term`` (:meth:`keys`: "nongovernmental
        organization" too) that no deprecated term claims as written: a closed form the
        glossary deprecates stays the deprecated term's."""
        key = self.pattern(term)
        return [k for k in self.keys(term) if k == key or k not in self._exact]

    def contains_scattered(self, prepared: PreparedText, term: Term) -> bool:
        """Whether every content word of an English term of several words stands in one
        short stretch of the text, in any order and with other words between them: a
        reordered compound or an "X of Y" inversion ("States Members of the United
        Nations" for "Member States", "the building of capacity" for
        "capacity-building"). The stretch has no punctuation break and is at most
        twice as many words as the term has content words, plus one."""
        english = prepared.english
        content = self.content_words(term)
        if self.cjk or english is None or len(content) < 2 or self.abbreviated(term):
            return False
        tokens = english.canonical.split()
        width = 2 * len(content) + 1
        for i, token in enumerate(tokens):
            if token not in content:
                continue
            stretch = set()
            for other in tokens[i:i + width]:
                if other == _BREAK_TOKEN:
                    break
                stretch.add(other)
            if content <= stretch:
                return True
        return False

    def shared_words(self, prepared: PreparedText, term: Term) -> list[str]:
        """The content words of an English term that the text holds (folded), in the
        term's order: a trace of the term in a free rendering ("international support"
        for "international community")."""
        english = prepared.english
        if self.cjk or english is None:
            return []
        tokens = set(english.canonical.split())
        return [w for w in self.pattern(term).split() if w in tokens
                and w in self.content_words(term)]

    def content_words(self, term: Term) -> frozenset[str]:
        """The folded words of an English term other than function words."""
        from termbase.pair.ngrams import STOP_WORDS

        return frozenset(w for w in self.pattern(term).split()
                         if w not in STOP_WORDS and w != _BREAK_TOKEN)

    def contains_head(self, prepared: PreparedText, term: Term) -> bool:
        """Whether the head of a capitalised name of several words stands capitalised in
        the text, in either number: "the Assembly" for "General Assembly", the
        "Assembly" of "World Health Assembly" for 大会 in 世界卫生大会, "States" for
        "Member State" — a name's short form, or a longer name."""
        english = prepared.english
        words = term.text.split()
        if (self.cjk or english is None or len(words) < 2 or not term.text[:1].isupper()
                or not words[-1][:1].isupper()):
            return False
        head = singular(words[-1].lower())
        return any(singular(w.lower()) == head for w in _CAPITALISED.findall(english.text))

    def _occurs(self, english: EnglishText, term: Term, key: str) -> bool:
        canonical = english.canonical
        start = canonical.find(key)
        while start >= 0:
            o_start, o_end = english.original_span(start + 1, start + len(key) - 1)
            found = english.text[o_start:o_end]
            # A hyphenated compound counts here ("Council-mandated" has the Council):
            # the question is whether the term is there at all, not what a reader sees.
            if (self._case_fits(term, found) and self._owns(term, key, found)
                    and not self._verb_use(term, english, o_start, found)):
                return True
            start = canonical.find(key, start + 1)
        return False

    def _owns(self, term: Term, key: str, found: str) -> bool:
        """Whether ``found`` is ``term`` where a deprecated form folds onto the key: the
        deprecated term only as written, the others never as the deprecated form."""
        clashing = self._exact.get(key)
        if not clashing:
            return True
        exact = [t for _, t in clashing if _same_text(t.text, found)]
        if any(t is term for _, t in clashing):
            return any(t is term for t in exact)
        return not exact


def _coordinated(words: list[str], canonical: str) -> bool:
    """Whether the folded ``words`` of a term stand in ``canonical`` split by a
    coordination: in order, at most four words and an "and"/"or" between two of them, no
    punctuation."""
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        # Both parts must stand there as written for the pattern to match: most cuts
        # fail this, and compiling their pattern was most of the cost.
        if f" {head} " not in canonical or f" {tail} " not in canonical:
            continue
        pattern = rf" {re.escape(head)} ((?:[^\s|]+ ){{1,5}}?){re.escape(tail)} "
        for m in re.finditer(pattern, canonical):
            gap = m.group(1).split()
            if ("and" in gap or "or" in gap) and len(gap) <= 5:
                return True
    return False


# A word with a capital letter first (a name's word).
_CAPITALISED = re.compile(r"\b[A-Z][^\W_]*")


def _same_text(term: str, found: str, *, fold_case: bool = False) -> bool:
    """Whether ``found`` is ``term`` as written (spaces aside; case aside if asked)."""
    a, b = " ".join(term.split()), " ".join(found.split())
    return a.lower() == b.lower() if fold_case else a == b


def iter_terms(glossary: Glossary, lang: str) -> Iterator[tuple[str, Term]]:
    """(concept id, term) for every term of ``lang``."""
    for concept in glossary.concepts:
        for term_lang, term in concept.terms():
            if base_lang(term_lang) == base_lang(lang):
                yield concept.id, term


__all__ = ["LanguageMatcher", "MatchOptions", "PreparedText", "TermHit", "TermType",
           "base_lang", "is_cjk_lang", "iter_terms"]
