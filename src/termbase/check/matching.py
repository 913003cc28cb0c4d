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
  hyphenated term also matches its closed form ("nongovernmental"), and a closed term
  its hyphenated spelling ("socio-economic" for "socioeconomic": :class:`ClosedCompounds`)
  — but not its spelling in two words ("a broad" is no "abroad", "in action" no
  "inaction"), and not where the glossary holds the hyphenated compound itself as a term:
  the compound is then matched as written only;
* Chinese letter-spaced headings (大 会) match as if unspaced.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from termbase.diagnostics import Diagnostic, warning
from termbase.match import Owners, TermHit, TermMatcher, owners_automaton, pattern_text
from termbase.model import Glossary, PartOfSpeech, Term, TermType
from termbase.text.english import (
    EN_CONJUNCTIONS,
    EnglishCanon,
    EnglishFolding,
    EnglishText,
    singular,
)
from termbase.text.titles import without_title_marks


@dataclass(frozen=True, slots=True)
class MatchOptions(EnglishFolding):
    """How loosely English terms match; Chinese always matches exactly, longest first.
    The word folds a term's words get are :class:`~termbase.text.english.EnglishFolding`'s
    fields (``plurals``, ``hyphenation``, ``spelling_variants``, ``verb_forms``, with its
    defaults: "capacity-building" is "capacity building"; British and American spellings,
    singular and plural are one term; verb forms are not), then these."""

    exact_abbreviations: bool = True
    """Abbreviations and acronyms match only with their own capitalisation."""
    proper_names: bool = True
    """A term written with a capital ("Member State", "Programme of Action") matches only
    text that starts with a capital too: in UN usage "member States" of another body or
    a "programme of action" of a conference are not the glossary's concept."""

    @property
    def folding(self) -> EnglishFolding:
        """The word folds alone, as :class:`~termbase.text.english.EnglishCanon` is asked
        for them (an EnglishFolding, equal to another with the same folds)."""
        return EnglishFolding(**{f.name: getattr(self, f.name) for f in fields(EnglishFolding)})

    def settings(self) -> dict[str, bool]:
        """For output signatures: every option by name, the folds first."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


@functools.cache  # asked for each language section of each concept a check reads
def base_lang(lang: str) -> str:
    return lang.split("-")[0].split("_")[0].lower()


def is_cjk_lang(lang: str) -> bool:
    return base_lang(lang) in ("zh", "ja", "ko")


def _is_abbreviation(term: Term) -> bool:
    if term.term_type is not None and term.term_type.is_abbreviated:
        return True
    # "PoA", "UNODA", "PoA-ISS": a single word with capitals after its first letter
    # (the letters are read only of a single word: most terms have several).
    if " " in term.text.strip():
        return False
    letters = [c for c in term.text if c.isalpha()]
    return len(letters) >= 2 and any(c.isupper() for c in letters[1:])


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


def _runs(joined: list[int]) -> Iterator[tuple[int, int]]:
    """(first, last) word of each run of words joined to the next, from the ascending
    indices of the words so joined: [2, 3, 7] gives (2, 4) and (7, 8)."""
    run_start = previous = -2
    for index in joined:
        if index != previous + 1:
            if run_start >= 0:
                yield run_start, previous + 1
            run_start = index
        previous = index
    if run_start >= 0:
        yield run_start, previous + 1


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


# The hyphens that join two words into a compound (as _glued reads them).
_HYPHEN = re.compile("[-‐‑]")


@dataclass(frozen=True, slots=True)
class ClosedCompounds:
    """An English text's canonical form again, with its hyphenated compounds closed up
    ("socio-economic" as "socioeconomic", "non-governmental" as "nongovernmental"), so
    that a glossary term written closed finds the hyphenated spelling UN editors use.

    A hyphen joins the letters on either side into one word, which a space does not:
    "a broad" is no "abroad", so only hyphenated compounds close. A compound closes
    whole ("non-nuclear-weapon" as one word), as a term never ends inside a compound,
    and only a compound of words ("G-77", "2019-2020" stay as they are).
    """

    canonical: str
    regions: tuple[tuple[int, int, int, int], ...]
    """Each closed compound: its start and end in ``canonical``, then the start of its
    first word and the end of its last in the plain canonical form; in text order."""

    def plain_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The plain canonical span of the words over ``[start, end)`` of
        :attr:`canonical` (whole words), or None where they take in no closed compound:
        the plain form holds those words as they are, so its search finds them."""
        if not any(c_start < end and start < c_end
                   for c_start, c_end, _, _ in self.regions):
            return None
        return self._plain(start), self._plain(end)

    def _plain(self, at: int) -> int:
        shift = 0
        for c_start, c_end, p_start, p_end in self.regions:
            if at < c_start:
                break
            if at == c_start:
                return p_start
            if at == c_end:
                return p_end
            shift = p_end - c_end
        return at + shift


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
    closed: ClosedCompounds | None = None
    """English: the canonical form with hyphenated compounds closed up, where the text
    has a compound the glossary does not hold as written; else None."""

    def canonicals(self) -> list[str]:
        """The English canonical forms to search: the plain one, and the closed one."""
        if self.english is None:
            return []
        plain = self.english.canonical
        return [plain] if self.closed is None else [plain, self.closed.canonical]

    def spans(self, key: str) -> Iterator[tuple[int, int]]:
        """Where the canonical ``key`` (a pattern, spaces around) stands in the text, in
        either canonical form."""
        english = self.english
        if english is None:
            return
        forms: list[tuple[str, ClosedCompounds | None]] = [(english.canonical, None)]
        if self.closed is not None:
            forms.append((self.closed.canonical, self.closed))
        for canonical, closed in forms:
            start = canonical.find(key)
            while start >= 0:
                span = (start + 1, start + len(key) - 1)
                plain = span if closed is None else closed.plain_span(*span)
                if plain is not None:
                    yield english.original_span(*plain)
                start = canonical.find(key, start + 1)


class LanguageMatcher:
    """Every term of one language of a glossary, found in text in one pass.

    :meth:`find` gives the terms a reader sees (longest match, no overlaps);
    :meth:`contains` answers "does this term occur anywhere here", overlaps included,
    which is the right question when looking for an expected equivalent.
    """

    def __init__(self, glossary: Glossary, lang: str,
                 options: MatchOptions | None = None, owners: Owners = tuple) -> None:
        """``owners``: what the automata hold for a key's owners (:data:`~termbase.match.
        Owners`; references where :attr:`resolve` is to resolve them)."""
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
        self._closed_words: dict[str, str] = {}
        """Hyphenated compound as written → its closed canonical word, "" where the
        glossary holds the compound itself (:meth:`_closed`)."""
        self._exact: dict[str, list[tuple[str, Term]]] = {}
        """Key → unapproved terms that fold onto an approved term with that key: they
        match only as written."""
        self.resolve: Callable[[Any], Sequence[tuple[str, Term]]] | None = None
        """Where the automata's values name each key's owners by reference (a matcher
        kept beside a compiled glossary, :mod:`termbase.check.compiled`): the owners of
        such a value; None where they hold the owners themselves."""
        self.size = 0
        if self.cjk:
            self._zh = TermMatcher(glossary, lang, owners)
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
        self._automaton = owners_automaton(entries, owners)
        self.size = len(entries)

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
        unapproved: dict[int, tuple[str, Term]] = {}
        warned: set[int] = set()
        for key, owners in entries.items():
            approved = [t for _, t in owners if t.status.approved]
            if len(approved) == len(owners):
                continue
            unapproved.update((id(o[1]), o) for o in owners if not o[1].status.approved)
            clashing = [(cid, t) for cid, t in owners if not t.status.approved
                        and approved and t.text not in {a.text for a in approved}]
            if not clashing:
                continue
            self._exact[key] = clashing
            owners[:] = [o for o in owners if o not in clashing]
            for cid, term in clashing:
                self._warn_folded(cid, term, approved[0])
                warned.add(id(term))
        self._warn_split_deprecated(entries, [o for i, o in unapproved.items()
                                              if i not in warned])

    def _warn_split_deprecated(self, entries: dict[str, list[tuple[str, Term]]],
                               unapproved: Iterable[tuple[str, Term]]) -> None:
        """TB630 for an unapproved term that an approved one writes with two of its
        words closed up ("socio economic" beside "socioeconomic"): a hyphenated
        compound in text ("socio-economic") is closed up to meet the approved term
        unless a glossary term is written so (:meth:`_closed`), so it stays the
        unapproved term's. A hyphenated term's closed form is among its keys, so
        :meth:`_separate_folded_deprecated` has warned of that one already (and of
        any other term warned there)."""
        for cid, term in unapproved:
            if "-" in term.text:
                continue
            words = term.text.split()
            for i in range(len(words) - 1):
                closed = " ".join([*words[:i], words[i] + words[i + 1], *words[i + 2:]])
                approved = [t for _, t in entries.get(self._canon.pattern(closed), ())
                            if t.status.approved]
                if approved:
                    self._warn_folded(cid, term, approved[0])
                    break

    def _warn_folded(self, cid: str, term: Term, approved: Term) -> None:
        self.diagnostics.append(warning(
            "TB630", f"{term.status.value} term “{term.text}” ({cid}) differs from "
                     f"the approved “{approved.text}” only by plural, case, "
                     f"hyphen or spelling; it is matched exactly as written",
            hint="nothing to do if the glossary means it; else correct the term"))

    def prepare(self, text: str) -> PreparedText:
        if self.cjk:
            bare, positions = _unspaced(*without_title_marks(text))
            return PreparedText(text, None, bare, positions)
        english = self._canon.prepare(text)
        closed = (self._closed(english) if self.options.hyphenation and self.size
                  and _HYPHEN.search(text) else None)
        return PreparedText(text, english, closed=closed)

    def _closed(self, english: EnglishText) -> ClosedCompounds | None:
        """``english``'s canonical form with each hyphenated compound closed up, unless
        the glossary holds that compound as written ("socio-economic" beside
        "socioeconomic"): then it is that term's alone. None where nothing closes."""
        text, canonical, starts, spans = (english.text, english.canonical,
                                          english.canon_starts, english.spans)
        # Words joined to the next by a single hyphen, by index (a span list is sorted).
        joined = []
        for hyphen in _HYPHEN.finditer(text):
            after = bisect_left(spans, (hyphen.end(), -1))
            if (0 < after < len(spans) and spans[after][0] == hyphen.end()
                    and spans[after - 1][1] == hyphen.start()):
                joined.append(after - 1)
        pieces, regions, at, shift = [], [], 0, 0
        for first, last in _runs(joined):
            if not all(text[spans[w][0]].isalpha() for w in range(first, last + 1)):
                continue  # "G-77", "2019-2020": no compound of words
            compound = text[spans[first][0]:spans[last][1]]
            word = self._closed_words.get(compound)
            if word is None:
                word = self._closed_words[compound] = self._closed_word(compound)
            if not word:
                continue
            p_start = starts[first]
            p_end = canonical.index(" ", starts[last])
            pieces.append(canonical[at:p_start])
            pieces.append(word)
            c_start = p_start + shift
            regions.append((c_start, c_start + len(word), p_start, p_end))
            shift = c_start + len(word) - p_end
            at = p_end
        if not regions:
            return None
        pieces.append(canonical[at:])
        return ClosedCompounds("".join(pieces), tuple(regions))

    def _closed_word(self, compound: str) -> str:
        """The canonical word of a hyphenated compound closed up, or "" where a
        glossary term is the compound as written (its spaced key)."""
        if self._canon.pattern(compound) in self._automaton:
            return ""
        return self._canon.word(_HYPHEN.sub("", compound))

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
        closed = prepared.closed
        if closed is not None:
            # Only matches that take in a closed compound are new; they are kept in the
            # plain form's positions, after the plain matches, which win a tie.
            first_compound = closed.regions[0][0]
            for end_index, (length, owners) in self._automaton.iter(closed.canonical):
                if end_index < first_compound:
                    continue
                start, end = end_index - length + 2, end_index
                plain = closed.plain_span(start, end)
                if plain is not None:
                    o_start, o_end = english.original_span(*plain)
                    key = closed.canonical[start - 1:end + 1]
                    candidates.append((*plain, self._owners(key, owners,
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
        if self.cjk or self._abbreviated(term) or not self._needs_case(term):
            return None
        key = self.pattern(term)
        if not key.strip():
            return None
        for o_start, o_end in prepared.spans(key):
            if not self._case_fits(term, prepared.text[o_start:o_end]):
                return o_start, o_end
        return None

    def contains(self, prepared: PreparedText, term: Term) -> bool:
        """Whether ``term`` occurs anywhere in the text, also inside a longer term."""
        if self.cjk:
            key = self.pattern(term)
            return bool(key) and key in prepared.bare
        english = prepared.english
        if english is None:
            return False
        return any(self._occurs(prepared, english, term, key) for key in self.keys(term)
                   if key.strip())

    def contains_lowered(self, prepared: PreparedText, term: Term) -> bool:
        """Whether an abbreviation occurs in lower case ("un" for "UN"): in a text
        written without capitals that is how it is written."""
        if self.cjk or not self._abbreviated(term):
            return False
        key = self.pattern(term)
        return bool(key.strip()) and any(key in canonical
                                         for canonical in prepared.canonicals())

    def contains_coordinated(self, prepared: PreparedText, term: Term) -> bool:
        """Whether an English term of several words is given in a coordination that
        shares its words: "non-governmental and other organizations" has
        "non-governmental organization", "regional and subregional organizations" has
        "regional organization". The words are in order, at most four words and a
        conjunction ("and", "or", "nor") between two of them, no punctuation but the
        commas of a list the conjunction closes ("non-governmental, faith-based and
        community organizations")."""
        if self.cjk:
            return False
        english = prepared.english
        if english is None:
            return False

        def commas_only(start: int, end: int) -> bool:
            o_start, o_end = english.original_span(start, end)
            return not _NOT_A_LIST.search(english.text, o_start, o_end)

        # Only the plain canonical form maps back to the text (a closed compound's form
        # is searched without a list).
        plain = english.canonical
        return any(_coordinated(key.split(), canonical,
                                commas_only if canonical is plain else None)
                   for canonical in prepared.canonicals() for key in self._spellings(term))

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
        content = self.content_words(term)
        if self.cjk or len(content) < 2 or self.abbreviated(term):
            return False
        width = 2 * len(content) + 1
        for canonical in prepared.canonicals():
            tokens = canonical.split()
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
        if self.cjk:
            return []
        tokens = {t for canonical in prepared.canonicals() for t in canonical.split()}
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

    def contains_modified_head(self, prepared: PreparedText, term: Term) -> bool:
        """Whether a capitalised name whose head a phrase after it modifies ("Office for
        Disarmament Affairs", "Biennial Meeting of States") stands in the text by that
        head alone after "the", in either number ("the Office", "the Meeting"): the
        name's short form. :meth:`contains_head` reads the last word, which is here
        the modifier's ("Affairs"). The head must stand alone: "the Group of 77" or
        "the Meeting Room" is another name."""
        english = prepared.english
        words = term.text.split()
        at = next((i for i, w in enumerate(words) if w in _POST_MODIFIERS), 0)
        if self.cjk or english is None or at < 1 or not term.text[:1].isupper():
            return False
        head = singular(words[at - 1].lower())
        return any(singular(m.group(1).lower()) == head
                   for m in _SHORT_FORM.finditer(english.text))

    def _occurs(self, prepared: PreparedText, english: EnglishText, term: Term,
                key: str) -> bool:
        for o_start, o_end in prepared.spans(key):
            found = english.text[o_start:o_end]
            # A hyphenated compound counts here ("Council-mandated" has the Council):
            # the question is whether the term is there at all, not what a reader sees.
            if (self._case_fits(term, found) and self._owns(term, key, found)
                    and not self._verb_use(term, english, o_start, found)):
                return True
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


# Punctuation that ends or breaks a phrase: no list of words between a term's parts.
_NOT_A_LIST = re.compile(r"[^\w\s,'’‐‑-]")


def _coordinated(words: list[str], canonical: str,
                 commas_only: Callable[[int, int], bool] | None = None) -> bool:
    """Whether the folded ``words`` of a term stand in ``canonical`` split by a
    coordination: in order, at most four words and a conjunction between two of them, no
    punctuation — save, where ``commas_only`` says the canonical span between holds only
    commas, the breaks of a list before the conjunction."""
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        # Both parts must stand there as written for the pattern to match: most cuts
        # fail this, and compiling their pattern was most of the cost.
        if f" {head} " not in canonical or f" {tail} " not in canonical:
            continue
        pattern = rf" {re.escape(head)} ((?:[^\s|]+ ){{1,5}}?){re.escape(tail)} "
        for m in re.finditer(pattern, canonical):
            gap = m.group(1).split()
            if not EN_CONJUNCTIONS.isdisjoint(gap) and len(gap) <= 5:
                return True
        if commas_only is None or _BREAK_TOKEN not in canonical:
            continue
        listed = rf" {re.escape(head)} ((?:[^\s]+ ){{1,7}}?){re.escape(tail)} "
        for m in re.finditer(listed, canonical):
            gap = m.group(1).split()
            after = gap[len(gap) - gap[::-1].index(_BREAK_TOKEN):] if _BREAK_TOKEN in gap else gap
            words_in = [w for w in gap if w != _BREAK_TOKEN]
            if (gap[0] == _BREAK_TOKEN and not EN_CONJUNCTIONS.isdisjoint(after)
                    and len(words_in) <= 5 and commas_only(m.start(1), m.end(1) - 1)):
                return True
    return False


# A word with a capital letter first (a name's word).
_CAPITALISED = re.compile(r"\b[A-Z][^\W_]*")

# The small words that open a phrase modifying a name's head ("Office for Disarmament
# Affairs", "Group of Governmental Experts", "Office on Drugs and Crime").
_POST_MODIFIERS = frozenset({"of", "on", "for", "to", "in"})

# A capitalised word after "the" that no other word of a name follows: no capitalised
# word, digits, hyphen or small word of a name and a capital ("the Group of 77").
_SHORT_FORM = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)\b(?![\s-]+(?:[A-Z\d]|(?:of|on|for|to|in|"
                         r"and|de)\s+(?:the\s+)?[A-Z\d]))(?!-)")


def _same_text(term: str, found: str, *, fold_case: bool = False) -> bool:
    """Whether ``found`` is ``term`` as written (spaces aside; case aside if asked)."""
    a, b = " ".join(term.split()), " ".join(found.split())
    return a.lower() == b.lower() if fold_case else a == b


__all__ = ["ClosedCompounds", "LanguageMatcher", "MatchOptions", "PreparedText", "TermHit",
           "TermType", "base_lang", "is_cjk_lang"]
