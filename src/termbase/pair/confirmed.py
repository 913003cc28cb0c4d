"""English for rare terms, read word by word from their sentence pairs with a dictionary.

Association needs the term in two or more sentence pairs; a term the parallel text holds
once (国际合作和援助, 进口国 in the bundled corpus) is left without English, however plain
its translation. In its one pair, though, the dictionary can confirm a rendering word by
word: an English span in which every word of the term is translated and every content
word translates a word (or character) of the term — "international cooperation and
assistance", "importing States". Only such a span is proposed, the shortest one, and
only when no other span is as short and as complete; its score is capped at
:data:`CONFIRMED_SCORE` so that a reviewer sees it as weaker evidence than a rendering
the corpus repeats. A term with a character the dictionary cannot read (a
transliterated name) or a word it translates otherwise ("illicit" is not in CC-CEDICT's
非法) gets no answer: nothing is guessed.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from termbase.align.lexicon import content_stems
from termbase.match import Strings, on_word_boundaries
from termbase.pair.context import term_meanings
from termbase.pair.corpus import Corpus, SegmentPair
from termbase.pair.dictionary import Dictionary, is_bound, known_stem
from termbase.pair.ngrams import MAX_EN_WORDS, ZH_GRAMMAR, EnglishNgrams, Span
from termbase.pair.results import Candidate, Example, TermPairing
from termbase.pair.titles import cited_as_title, title_rendering, vocabulary_of
from termbase.text.chinese import NUMERAL_CHARACTERS, is_cjk_char
from termbase.text.english import EN_CONJUNCT_SEPARATORS

_FIGURES = re.compile(r"\d+")
_YEAR = re.compile(r"(?<=\d)年")

NAME_LENGTH = 4
"""Characters from which one dictionary entry is a name whose glosses are its words
(关贸总协定); a shorter one's glosses are synonyms (社群 "community", "social group")."""

CONFIRMED_SCORE = 0.5
"""Score of a rendering confirmed by the dictionary in every pair of the term."""

_NGRAMS = EnglishNgrams()


def _ngrams_for(term: str) -> EnglishNgrams:
    """Spans as long as ``term`` may need: English says a Chinese term in at most about
    a word a character (残疾人 "persons with disabilities"), so a term longer than
    :data:`~termbase.pair.ngrams.MAX_EN_WORDS` characters may run past that cap — cut
    there, the shortest complete span stops before the phrase that completes it
    ("… opportunities for persons" of 残疾人机会均等标准规则)."""
    size = sum(1 for ch in term if is_cjk_char(ch))
    return _NGRAMS if size <= MAX_EN_WORDS else _longer_ngrams(size)


@functools.cache
def _longer_ngrams(max_words: int) -> EnglishNgrams:
    return EnglishNgrams(max_words)


def _term_words(term: str, dictionary: Dictionary) -> list[tuple[frozenset[str], int]] | None:
    """The translations of each content word of ``term``, with how many of them a
    rendering must hold: one for a word of several (the glosses of 工作人员, "staff",
    "personnel", "worker", are synonyms), most of them for a term the dictionary holds
    as one entry of :data:`NAME_LENGTH` characters or more, whose glosses are a name's
    words (关贸总协定 "general", "agreement",
    "tariff", "trade": "General Agreement" alone does not render it; its acronym does,
    :func:`_acronym`); None when the dictionary cannot read all of the term."""
    # A year's 年 is said by its figures (2030年议程 "2030 Agenda"): the figures are
    # asked of the span, the character of no word.
    term = _YEAR.sub("", term)
    segmented = dictionary.segment(term)
    words = [w for w in segmented if w not in ZH_GRAMMAR]
    if not words or len("".join(segmented)) != sum(1 for ch in term if is_cjk_char(ch)):
        return None
    words = [w for w in words if not is_bound(w, dictionary)]
    if not words:
        return None
    meanings = [(dictionary.translations(w), 1) for w in words]
    if segmented == [term] and len(term) >= NAME_LENGTH:
        glosses = meanings[0][0]
        meanings = [(glosses, len(glosses) // 2 + 1)]
    return meanings if all(glosses for glosses, _ in meanings) else None


def confirmed_span(term: str, english: str, dictionary: Dictionary) -> str | None:
    """The shortest span of ``english`` that translates ``term`` word for word, if exactly
    one span is that short."""
    meanings = _term_words(term, dictionary)
    if meanings is None:
        return None
    allowed = term_meanings(term, dictionary)
    figures = set(_FIGURES.findall(term))
    # A term that states no number, in figures or in words, renders none: a figure after
    # its name is the sentence's (《国际财务报告标准》第6条 "International Financial
    # Reporting Standard 6").
    counts_nothing = not figures and not any(c in NUMERAL_CHARACTERS for c in term)
    name = meanings[0][1] > 1
    found: dict[tuple[int, int], tuple[Span, int]] = {}
    """(start, end) → the span and how many glosses of the term's words it says."""
    for span in _ngrams_for(term).spans(english):
        stems = content_stems(span.surface)
        if not stems or not all(known_stem(s, allowed) for s in stems):
            continue
        stated = set(_FIGURES.findall(span.surface))
        if not figures <= stated or (counts_nothing and stated):
            continue
        counts = [sum(1 for g in glosses if any(known_stem(s, {g}) for s in stems))
                  for glosses, _ in meanings]
        if all(count >= needed for count, (_, needed) in zip(counts, meanings, strict=True)) \
                or (len(meanings) == 1 and counts[0] and _acronym(span.surface)):
            found[(span.start, span.end)] = (span, sum(counts))
    if not found:
        return None
    size = min(end - start for start, end in found)
    # Shortest spans that grow into one rendering are one answer ("Comprehensive
    # Nuclear-Test-Ban" and "Nuclear-Test-Ban Treaty"), and so is one rendering in two
    # casings ("electronic evidence" in the text, "Electronic Evidence" in a title the
    # sentence cites).
    grown: dict[str, str] = {}
    for (start, end), (span, _) in found.items():
        if end - start == size:
            whole = _grown(span, found, joins=name)
            grown.setdefault(whole.surface.casefold(), whole.surface)
    return grown.popitem()[1] if len(grown) == 1 else None


def _acronym(surface: str) -> bool:
    """Whether ``surface`` is one word in capitals (GATT, CIA, EU)."""
    return " " not in surface and len(surface) >= 2 and surface.isalpha() \
        and surface.isupper()


def _grown(span: Span, found: dict[tuple[int, int], tuple[Span, int]], *,
           joins: bool) -> Span:
    """``span`` grown while the next word is one the term also means: a translation in
    two words must not be cut in half ("Nations" of "United Nations" for 联合国, "York"
    of "New York" for 纽约). Only an adjacent content word is taken — across a function
    word ("national and international …") it is another phrase — unless the longer
    span says more of the term's glosses ("Persons with Disabilities" for 残疾人). Only a
    name (``joins``) grows across a conjunction ("General Agreement on Tariffs and
    Trade"); other terms would take in the next phrase ("emergency preparedness and
    response" for 应急准备, whose 应急 also glosses "respond")."""
    while True:
        longer = (found.get((span.start - 1, span.end))
                  or found.get((span.start, span.end + 1)))
        if longer is None:
            says = found[(span.start, span.end)][1]
            joined = _joins(span.surface)
            richer = [(end - start, start, end) for (start, end), (other, more)
                      in found.items() if start <= span.start and span.end <= end
                      and more > says and (joins or _joins(other.surface) == joined)]
            if not richer:
                return span
            _, start, end = min(richer)
            longer = found[(start, end)]
        span = longer[0]


def _joins(surface: str) -> int:
    return sum(1 for w in surface.replace(",", " , ").lower().split()
               if w in EN_CONJUNCT_SEPARATORS)


def _agreed(spans: Iterable[str | None]) -> str | None:
    """The rendering the pairs confirm: every pair's, or, where the term is read in
    three pairs or more, that of two in three — one pair in a cited title ("the Working
    Group on … Financing of Terrorism") or worded otherwise ("terrorist financing") does
    not outvote the rest. Of its spellings, the one with fewest capitals: running text
    writes a term as a glossary does, a title or heading capitalises it."""
    spelled: dict[str | None, list[str]] = {}
    votes: Counter[str | None] = Counter()
    for span in spans:
        key = span.casefold() if span else None
        spelled.setdefault(key, []).append(span or "")
        votes[key] += 1
    if not votes:
        return None
    key, count = votes.most_common(1)[0]
    total = sum(votes.values())
    if key is None or not (count == total or (count >= 2 and 3 * count >= 2 * total)):
        return None
    return min(spelled[key], key=lambda s: sum(map(str.isupper, s)))


def _pairs_of(terms: Sequence[str], corpus: Corpus) -> dict[str, list[SegmentPair]]:
    strings = Strings(terms)
    pairs: dict[str, list[SegmentPair]] = {t: [] for t in terms}
    for pair in corpus:
        for term in strings.found(pair.zh):
            pairs[term].append(pair)
    return pairs


def _frequencies(texts: Iterable[str], corpus: Corpus) -> Counter[str]:
    """Sentence pairs whose English holds each of ``texts`` (whole words, any case), in
    one pass over the corpus with one automaton, whatever the number of texts."""
    wanted = {t.lower(): t for t in texts}
    counts: Counter[str] = Counter()
    if not wanted:
        return counts
    strings = Strings(wanted)
    for pair in corpus:
        text = pair.en.lower()  # offsets are only compared within the lowered text
        counts.update({wanted[key] for end, key in strings.occurrences(text)
                       if on_word_boundaries(text, end - len(key) + 1, end + 1)})
    return counts


def confirm_rare(pairings: Iterable[TermPairing], corpus: Corpus, dictionary: Dictionary,
                 max_occurrences: int) -> list[TermPairing]:
    """``pairings`` with a dictionary-confirmed answer for each zh term that was left
    unanswered although it occurs, at most ``max_occurrences`` times, in ``corpus``."""
    result = list(pairings)
    rare = [p.term for p in result if p.direction == "zh" and not p.candidates
            and 0 < p.occurrences <= max_occurrences]
    if not rare:
        return result
    pairs = _pairs_of(rare, corpus)
    confirmed: dict[int, str] = {}
    vocabulary: frozenset[str] | None = None
    for index, pairing in enumerate(result):
        if pairing.term not in pairs:
            continue
        span = _agreed(confirmed_span(pairing.term, pair.en, dictionary)
                       for pair in pairs[pairing.term])
        if span is None and all(cited_as_title(pairing.term, pair.zh)
                                for pair in pairs[pairing.term]):
            if vocabulary is None:
                vocabulary = vocabulary_of(dictionary)
            span = _agreed(title_rendering(pairing.term, pair.en, dictionary, vocabulary)
                           for pair in pairs[pairing.term])
        if span is not None:
            confirmed[index] = span
    frequency = _frequencies(confirmed.values(), corpus)
    for index, span in confirmed.items():
        pairing = result[index]
        # The pairs read here include uses inside longer terms, which the term's own
        # count leaves out: the share is capped at all of its uses.
        support = len(pairs[pairing.term])
        candidate = Candidate(
            span, CONFIRMED_SCORE * min(1.0, support / pairing.occurrences), support, support,
            frequency[span], 0.0, 0.0, 1.0,
            tuple(Example.of(pair) for pair in pairs[pairing.term][:3]),
            method="dictionary")
        result[index] = replace(pairing, candidates=(candidate,), abstained_reason="")
    return result
