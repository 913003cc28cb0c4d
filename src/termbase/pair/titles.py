"""English for rare titles: the capitalised name in the sentence that renders the title.

A title in 《》 is often cited once or twice in a corpus (《关于汞的水俣公约》, 《全球难民
契约》); association cannot pair it, and :func:`termbase.pair.confirmed.confirmed_span`
cannot either when a word of it is a name the dictionary does not read (水俣, Minamata).
The English sentence names it, though, in capitals. Among the capitalised names of the
sentence (every content word capitalised, :class:`termbase.pair.ngrams.EnglishNgrams`),
the rendering is the one that translates most of the title's dictionary words and whose
words the title explains — English words the dictionary does not know at all (Minamata,
Marrakech) are names and count neither way. Only a clear winner is an answer.

A title whose Chinese holds a colon (《…政治宣言：加大行动力度…》) has a subtitle, and so has
its English ("Political Declaration on HIV and AIDS: Intensifying our Efforts …"): the
name before a colon and the one after it (past function words: ": the Role of the
Justice System") are read as one name, which the part before the colon is not apart
from. Without a colon in the Chinese, a colon ends the name as any punctuation does.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable

from termbase.align.lexicon import content_stems
from termbase.pair.context import term_meanings
from termbase.pair.dictionary import Dictionary, known_stem
from termbase.pair.ngrams import (
    MAX_NAME_WORDS,
    STOP_WORDS,
    ZH_GRAMMAR,
    EnglishNgrams,
    Span,
    name_word,
)
from termbase.text.english import EN_CONJUNCT_SEPARATORS, MONTHS
from termbase.text.titles import strip_title_marks

_FIGURES = re.compile(r"\d+")
_COLONS = frozenset(":：")
_COLON = re.compile(r":\s+")
_MONTHS = frozenset(MONTHS)

MIN_SHARE = 0.5
"""Share of the title's dictionary words a rendering translates, and of its known
English words the title explains, at least."""

_NAMES = EnglishNgrams(max_name_words=MAX_NAME_WORDS)


def cited_as_title(term: str, chinese: str) -> bool:
    """Whether ``chinese`` cites ``term`` in title marks (《term》)."""
    return f"《{strip_title_marks(term)}》" in chinese


def title_rendering(term: str, english: str, dictionary: Dictionary,
                    vocabulary: Collection[str]) -> str | None:
    """The capitalised name of ``english`` that renders the title ``term``, if one stands
    out; ``vocabulary`` holds every English stem the dictionary knows."""
    allowed = term_meanings(term, dictionary)
    figures = set(_FIGURES.findall(term))
    names = []
    for span in _NAMES.spans(english, enumerations=True):
        if not _capitalised(span):
            continue
        stems = content_stems(span.surface)
        words = span.surface.split()
        # A capital at the start of the sentence is no evidence of a name ("Recalling
        # the …"), nor is a year or number the title does not state ("1997 Convention").
        if not stems or (span.initial and not known_stem(stems[0], allowed)) or any(
                _dating(w.strip(","), figures) for w in (words[0], words[-1])):
            continue
        names.append((span, stems))
    # Whole names only: a part of one ("International Disaster Relief" of the Guidelines
    # for …) is explained better by the dictionary only because the rest is unknown to it.
    whole = [(span, stems) for span, stems in names
             if not any(o.start <= span.start and span.end <= o.end and o != span
                        for o, _ in names)]
    if not _COLONS.isdisjoint(term):
        subtitled = [(Span(text, -1, -1, text), content_stems(text))
                     for text in _subtitled_names(english, allowed)
                     if not any(_dating(w.strip(","), figures)
                                for w in (text.split()[0], text.split()[-1]))]
        whole = [(span, stems) for span, stems in whole
                 if not any(span.surface in o.surface for o, _ in subtitled)] + subtitled
    head = _head_glosses(term, english, dictionary)
    ranked: dict[tuple[float, float], set[str]] = {}
    for span, stems in whole:
        known = [s for s in stems if s in vocabulary]
        said = _said(term, stems, dictionary)
        if not known or said is None or said < MIN_SHARE:
            continue
        if head and not any(known_stem(s, head) for s in stems):
            continue
        explained = sum(1 for s in known if known_stem(s, allowed)) / len(known)
        if explained >= MIN_SHARE:
            ranked.setdefault((said, explained), set()).add(span.surface)
    if not ranked:
        return None
    best = ranked[max(ranked)]
    return next(iter(best)) if len({s.casefold() for s in best}) == 1 else None


def _subtitled_names(english: str, allowed: frozenset[str]) -> list[str]:
    """Each name of ``english`` written as a title and its subtitle: the longest name
    that ends right before a colon (a sentence's first capital only where the title says
    its word, ``allowed`` holding the title's meanings, as for any name), the colon, and
    the longest name right after it (function words may come before its first word)."""
    out = []
    for colon in _COLON.finditer(english):
        before, after = english[:colon.start()], english[colon.end():]
        title = _longest(span.surface for span in _NAMES.spans(before, enumerations=True)
                         if _capitalised(span) and before.endswith(span.surface)
                         and not (span.initial and not _opens_with(span.surface, allowed)))
        subtitle = _longest(
            opening for span in _NAMES.spans(after, enumerations=True)
            if _capitalised(span) and (opening := _opening(after, span.surface)))
        if title and subtitle:
            out.append(f"{title}: {subtitle}")
    return out


def _opens_with(name: str, allowed: frozenset[str]) -> bool:
    stems = content_stems(name)
    return bool(stems) and known_stem(stems[0], allowed)


def _opening(text: str, name: str) -> str | None:
    """``text`` up to the end of ``name`` where only function words come before it."""
    at = text.find(name)
    if at < 0 or any(w.lower() not in STOP_WORDS for w in text[:at].split()):
        return None
    return text[:at + len(name)]


def _longest(texts: Iterable[str]) -> str | None:
    return max(texts, key=len, default=None)


def _dating(word: str, figures: set[str]) -> bool:
    """Whether ``word`` dates the sentence rather than names the title: a month, or a
    number the title does not state."""
    return word.lower() in _MONTHS or (_FIGURES.fullmatch(word) is not None
                                       and word not in figures)


def _said(term: str, stems: list[str], dictionary: Dictionary) -> float | None:
    """Share of the title's dictionary words (grammar characters aside) that ``stems``
    translate; None when the dictionary knows none of them."""
    words = [w for w in dictionary.segment(term)
             if w not in ZH_GRAMMAR and dictionary.translations(w)]
    if not words:
        return None
    return sum(1 for w in words
               if any(known_stem(s, dictionary.translations(w)) for s in stems)) / len(words)


def _head_glosses(term: str, english: str, dictionary: Dictionary) -> frozenset[str]:
    """The glosses of the title's last word (its head: 公约, 议定书, 宣言) that the English
    sentence holds — a rendering must hold one of them; empty when the sentence renders
    the head in words the dictionary does not give (准则 "Guidelines")."""
    words = dictionary.segment(strip_title_marks(term))
    if not words:
        return frozenset()
    stems = set(content_stems(english))
    return frozenset(g for g in dictionary.translations(words[-1])
                     if any(known_stem(s, {g}) for s in stems))


def _capitalised(span: Span) -> bool:
    """Whether ``span`` is one name: every content word capitalised, and no second noun
    phrase joined on ("… of Peace and the Global Agenda …")."""
    words = span.surface.replace(",", " ,").split()
    # Inside a title a conjunction joins capitalised words ("Safe, Orderly and Regular
    # Migration"); one before a lower-case word opens another phrase ("and its Protocol").
    if any(a in EN_CONJUNCT_SEPARATORS and b[:1].islower() for a, b in itertools.pairwise(words)):
        return False
    return all(w == "," or name_word(w) for w in words)


def vocabulary_of(dictionary: Dictionary) -> frozenset[str]:
    """Every English stem ``dictionary`` gives for some word (empty when it cannot
    list its entries). The last dictionary's is kept: listing CC-CEDICT takes a tenth of
    a second, and a dictionary's entries never change (:class:`~termbase.align.lexicon.
    Lexicon` makes a new one to add any)."""
    if _LAST_VOCABULARY and _LAST_VOCABULARY[0][0] is dictionary:
        return _LAST_VOCABULARY[0][1]
    items = getattr(dictionary, "items", None)
    vocabulary = frozenset(stem for _, stems in items() for stem in stems) \
        if items is not None else frozenset[str]()
    _LAST_VOCABULARY[:] = [(dictionary, vocabulary)]
    return vocabulary


_LAST_VOCABULARY: list[tuple[Dictionary, frozenset[str]]] = []
