"""Finding glossary terms in running text with one Aho–Corasick pass.

All terms of one language go into a single automaton (pyahocorasick), so the cost of a
scan depends on the text, not on the size of the glossary. Overlapping hits are resolved
longest-first: where 第二次审查大会, 审查大会 and 大会 are all glossary terms, only the
longest is reported. Chinese title brackets are not part of the pattern, so the term
《行动纲领》 is found in "…《行动纲领》…" and in "行动纲领执行支助系统" alike (where the
longer term, if it is in the glossary, wins). English is matched case-insensitively on
whole words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from termbase.model import Glossary, Term
from termbase.text.english import lower_same_length
from termbase.text.titles import strip_title_marks


def pattern_text(lang: str, text: str) -> str:
    """The form of a term that is searched for in running text."""
    stripped = strip_title_marks(text)
    return stripped if _is_cjk_lang(lang) else lower_same_length(stripped)


def _is_cjk_lang(lang: str) -> bool:
    return lang.split("-")[0].lower() in ("zh", "ja", "ko")


@dataclass(frozen=True, slots=True)
class TermHit:
    """One occurrence of a glossary term: text[start:end] is the matched span."""

    start: int
    end: int
    concept_id: str
    lang: str
    term: Term


class Strings:
    """A fixed set of strings, found as substrings of a text in one Aho–Corasick pass:
    for counting passes that ask which of their words a segment holds."""

    def __init__(self, strings: Iterable[str]) -> None:
        import ahocorasick  # imported here: building one is the first use

        self._automaton: Any = ahocorasick.Automaton()
        for string in strings:
            self._automaton.add_word(string, string)
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def occurrences(self, text: str) -> Iterator[tuple[int, str]]:
        """(end index, string) of every occurrence, overlapping ones included."""
        return iter(()) if self._empty else self._automaton.iter(text)

    def found(self, text: str) -> set[str]:
        """The strings that occur in ``text``."""
        return {string for _, string in self.occurrences(text)}


Owners = Callable[[list[tuple[str, Term]]], Any]
"""What an automaton holds for a key's owners, given them as (concept id, term): the
owners themselves (:func:`tuple`), or references to them (a compiled glossary's matcher,
:mod:`termbase.check.compiled`, which resolves them when a text holds the key)."""


def owners_automaton(entries: dict[str, list[tuple[str, Term]]], owners: Owners = tuple
                     ) -> Any:
    """One Aho–Corasick automaton of the keys of ``entries``, each valued (its length,
    ``owners`` of its owners): what :class:`TermMatcher` and the checker's matcher search
    with."""
    import ahocorasick  # imported here: building a matcher is the first use

    automaton = ahocorasick.Automaton()
    for key, found in entries.items():
        automaton.add_word(key, (len(key), owners(found)))
    if entries:
        automaton.make_automaton()
    return automaton


class TermMatcher:
    """All terms of one language of a glossary, ready to be found in text."""

    def __init__(self, glossary: Glossary, lang: str, owners: Owners = tuple) -> None:
        """``owners``: what the automaton holds for a key's owners (:data:`Owners`)."""
        self.lang = lang
        self._cjk = _is_cjk_lang(lang)
        entries: dict[str, list[tuple[str, Term]]] = {}
        for concept in glossary.concepts:
            for term_lang, term in concept.terms():
                if term_lang.split("-")[0] != lang.split("-")[0]:
                    continue
                key = pattern_text(lang, term.text)
                if key:
                    entries.setdefault(key, []).append((concept.id, term))
        self._automaton = owners_automaton(entries, owners)
        self.size = len(entries)

    def find(self, text: str) -> list[TermHit]:
        """Non-overlapping hits, longest first where they compete, in text order."""
        return self.hits(self.kept(text))

    def kept(self, text: str) -> list[tuple[int, int, tuple[tuple[str, Term], ...]]]:
        """The matches :meth:`find` reports, as (start, end, owners of the key), before
        their terms are read (a caller may read many texts' owners at once)."""
        return _longest_first(self.all_matches(text))

    def all_matches(self, text: str) -> list[tuple[int, int, tuple[tuple[str, Term], ...]]]:
        """Every match, nested and overlapping ones too, as (start, end, owners of the
        key), in the automaton's order (by end)."""
        if not self.size or not text:
            return []
        haystack = text if self._cjk else lower_same_length(text)
        candidates: list[tuple[int, int, tuple[tuple[str, Term], ...]]] = []
        for end_index, (length, owners) in self._automaton.iter(haystack):
            start, end = end_index - length + 1, end_index + 1
            if self._cjk or on_word_boundaries(haystack, start, end):
                candidates.append((start, end, owners))
        return candidates

    def hits(self, kept: list[tuple[int, int, tuple[tuple[str, Term], ...]]]
             ) -> list[TermHit]:
        """The hits of matches from :meth:`kept`: one per owner."""
        return [TermHit(start, end, cid, self.lang, term)
                for start, end, owners in kept for cid, term in owners]


def on_word_boundaries(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands as whole words: no letter or digit touches it."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def _longest_first(
    candidates: list[tuple[int, int, tuple[tuple[str, Term], ...]]],
) -> list[tuple[int, int, tuple[tuple[str, Term], ...]]]:
    taken = bytearray(max((end for _, end, _ in candidates), default=0))
    kept = []
    for start, end, owners in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            kept.append((start, end, owners))
    kept.sort(key=lambda c: c[0])
    return kept
