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
transliterated name) gets no answer: nothing is guessed. A word the dictionary translates
otherwise ("illicit" is not in CC-CEDICT's 非法) is read as the corpus renders it, when
the corpus says so plainly (:func:`_learned_readings`): an English stem of the term's
pairs that the word stands beside in nearly every pair of the whole corpus saying it, in
more of them than any other word of the term, and with the strength a learned gloss
needs (:mod:`termbase.pair.learned`) — "illicit trade in small arms and light weapons"
for 小武器和轻武器非法贸易: the bundled corpus says "illicit" in 18 pairs, all holding 非法.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from termbase.align.lexicon import content_stems
from termbase.match import Strings, on_word_boundaries
from termbase.pair.association import Table, dice, signed_log_likelihood
from termbase.pair.context import term_meanings, words_meaning
from termbase.pair.corpus import Corpus, SegmentPair
from termbase.pair.defined import defined_name
from termbase.pair.dictionary import Dictionary, is_bound, known_stem
from termbase.pair.learned import MIN_DICE, MIN_JOINT, MIN_LLR, GlossCounts, count_glosses
from termbase.pair.ngrams import MAX_EN_WORDS, ZH_GRAMMAR, EnglishNgrams, Span, unabbreviated
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


def confirmed_span(term: str, english: str, dictionary: Dictionary,
                   zh: str | None = None) -> str | None:
    """The shortest span of ``english`` that translates ``term`` word for word, if exactly
    one span is that short. Given the pair's Chinese ``zh``, a word of the span that only
    a lone character of the term means, inside a longer word of the term, is not the
    term's when a word beside the term in ``zh`` means it (:func:`_company_sense`)."""
    meanings = _term_words(term, dictionary)
    if meanings is None:
        return None
    allowed = term_meanings(term, dictionary)
    own = _words_and_parts_meaning(term, dictionary)
    company = (_company_sense(term, zh, allowed, own, dictionary) if zh is not None
               else frozenset())
    figures = set(_FIGURES.findall(term))
    # A term that states no number, in figures or in words, renders none: a figure after
    # its name is the sentence's (《国际财务报告标准》第6条 "International Financial
    # Reporting Standard 6").
    counts_nothing = not figures and not any(c in NUMERAL_CHARACTERS for c in term)
    name = meanings[0][1] > 1
    found: dict[tuple[int, int], tuple[Span, int]] = {}
    """(start, end) → the span and how many glosses of the term's words it says."""
    for span in _ngrams_for(term).spans(english):
        # The dictionary glosses by the word an abbreviation stands for: "St Petersburg"
        # is its "Saint Petersburg".
        stems = content_stems(unabbreviated(span.surface))
        if not stems or not all(known_stem(s, allowed) for s in stems) \
                or any(known_stem(s, company) and not known_stem(s, own) for s in stems):
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
    if len(grown) != 1:
        return None
    answer = grown.popitem()[1]
    # The dictionary may gloss a name by its acronym only (东南亚国家联盟 "ASEAN"); where
    # the pair gives the term's short form in parentheses, the acronym beside it is the
    # short form's, and the name it spells out is the term's.
    spelled = defined_name(term, answer, [(zh, english)]) if zh is not None else None
    return spelled or answer


def _words_and_parts_meaning(term: str, dictionary: Dictionary) -> frozenset[str]:
    """What the term's words mean (:func:`~termbase.pair.context.words_meaning`), and the
    words of two characters or more inside them: 国际私法 is CC-CEDICT's "conflict of
    laws", and its 国际 and 私法 say the "Private International Law" of the Hague
    Conference's name. Only a lone character's senses are left out."""
    parts = {word[i:j] for word in dictionary.segment(term)
             for i in range(len(word)) for j in range(i + 2, len(word) + 1)
             if (i, j) != (0, len(word))}
    return words_meaning(term, dictionary).union(*map(dictionary.translations, parts))


def _company_sense(term: str, zh: str, allowed: frozenset[str], own: frozenset[str],
                   dictionary: Dictionary) -> frozenset[str]:
    """The stems only a lone character of ``term`` gives, inside a longer word of the
    term, that a word of two characters or more beside the term in ``zh`` also gives.

    Inside a word a character has that word's sense only (:func:`~termbase.pair.context.
    words_meaning`): 尊重 is "respect", not 重 "attach importance". Where the sentence
    says 重要性 beside the term, "importance" is the company's, and a span holding it
    ("respecting the importance of humanitarian principles" for 尊重人道主义, the sentence
    尊重人道主义原则对人道主义援助的重要性) renders more than the term. Where no word
    beside says it, the character's sense stays the term's (小岛屿发展中国家 says "small"
    through 小, inside 小岛 "islet")."""
    beside = frozenset().union(*map(dictionary.translations, _neighbours(term, zh, dictionary)))
    return frozenset(s for s in allowed - own if not known_stem(s, own) and known_stem(s, beside))


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
        span = _agreed(confirmed_span(pairing.term, pair.en, dictionary, pair.zh)
                       for pair in pairs[pairing.term])
        if span is None and all(cited_as_title(pairing.term, pair.zh)
                                for pair in pairs[pairing.term]):
            if vocabulary is None:
                vocabulary = vocabulary_of(dictionary)
            span = _agreed(title_rendering(pairing.term, pair.en, dictionary, vocabulary)
                           for pair in pairs[pairing.term])
        if span is not None:
            confirmed[index] = span
    unread = {index: result[index].term for index in range(len(result))
              if result[index].term in pairs and index not in confirmed}
    readings = _learned_readings(set(unread.values()), pairs, corpus, dictionary)
    for index, term in unread.items():
        if term in readings:
            reader = _WithReadings(dictionary, readings[term])
            span = _agreed(confirmed_span(term, pair.en, reader, pair.zh)
                           for pair in pairs[term])
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


@dataclass(frozen=True, slots=True)
class _WithReadings:
    """A dictionary with the corpus's readings of some words added to their glosses."""

    dictionary: Dictionary
    readings: Mapping[str, frozenset[str]]

    def segment(self, text: str) -> list[str]:
        return self.dictionary.segment(text)

    def translations(self, word: str) -> frozenset[str]:
        return self.dictionary.translations(word) | self.readings.get(word, frozenset())


def _learned_readings(terms: set[str], pairs: Mapping[str, Sequence[SegmentPair]],
                      corpus: Corpus, dictionary: Dictionary
                      ) -> dict[str, dict[str, frozenset[str]]]:
    """For each of ``terms`` (rare, unconfirmed, read whole by the dictionary), the
    readings of its words among the English stems of its pairs that none of its
    dictionary meanings gives (:func:`_reads`). One more pass over the corpus, counting
    only those questions; none when no term asks."""
    asked: dict[str, tuple[list[str], set[str]]] = {}
    """term → (its content words, the stems to ask)."""
    for term in terms:
        if _term_words(term, dictionary) is None:
            continue
        words = list(dict.fromkeys(
            w for w in dictionary.segment(_YEAR.sub("", term))
            if w not in ZH_GRAMMAR and not is_bound(w, dictionary)))
        if all(cited_as_title(term, pair.zh) or f"“{term}”" in pair.zh
               for pair in pairs[term]):
            # A title's rendering runs to its closing mark, which a reading word by word
            # does not see: the Report of the Special Committee on the Charter of the
            # United Nations … of 联合国宪章和加强联合国作用特别委员会的报告 would stop at
            # "Role", its second 联合国 ("the Organization") read by the first.
            continue
        allowed = term_meanings(term, dictionary)
        # A stem the dictionary gives for a word beside the term is that word's ("emergency"
        # of 紧急 in 紧急人道主义援助协调, not a reading of 人道主义).
        stems: set[str] = set()
        for pair in pairs[term]:
            beside = _said_beside(term, pair.zh, dictionary)
            stems.update(s for s in content_stems(pair.en)
                         if not known_stem(s, allowed) and not known_stem(s, beside))
        if stems:
            asked[term] = (words, stems)
    if not asked:
        return {}
    counts = count_glosses(corpus, frozenset((w, s) for words, stems in asked.values()
                                             for w in words for s in stems))
    found: dict[str, dict[str, frozenset[str]]] = {}
    for term, (words, stems) in asked.items():
        for word in words:
            others = [w for w in words if w != word]
            learned = frozenset(
                s for s in stems if _reads(word, s, others, counts)
                and not any(known_stem(s, dictionary.translations(w)) for w in others))
            if learned:
                found.setdefault(term, {})[word] = learned
    return _not_the_company(found, pairs, corpus, dictionary, counts)


def _words_beside(term: str, zh: str, dictionary: Dictionary) -> Iterator[str]:
    """The dictionary's words of ``zh`` outside ``term``, grammar words left out."""
    return (w for part in zh.split(term) for w in dictionary.segment(part)
            if w not in ZH_GRAMMAR)


def _neighbours(term: str, zh: str, dictionary: Dictionary) -> set[str]:
    """The dictionary words of two characters or more in ``zh`` outside ``term`` (one
    character pools too many senses, and 国 stands in a third of all pairs)."""
    return {w for w in _words_beside(term, zh, dictionary)
            if len(w) >= 2 and dictionary.translations(w)}


def _said_beside(term: str, zh: str, dictionary: Dictionary) -> frozenset[str]:
    """What the dictionary gives for the words of ``zh`` outside ``term``."""
    return frozenset().union(*map(dictionary.translations,
                                  _words_beside(term, zh, dictionary)))


def _not_the_company(found: dict[str, dict[str, frozenset[str]]],
                     pairs: Mapping[str, Sequence[SegmentPair]], corpus: Corpus,
                     dictionary: Dictionary, counts: GlossCounts
                     ) -> dict[str, dict[str, frozenset[str]]]:
    """``found`` without the readings a word beside the term in its pairs goes with as
    often as the term's word does: the stem may be the company's ("Mission" with 常驻 in
    7 pairs of `peace`, with 代表团 of 常驻联合国代表团 in the same 7). One more pass,
    counting only the learned stems against those words."""
    beside: dict[tuple[str, str], set[str]] = {}
    """(term, word) → the words beside the term that neither holds nor is held by it."""
    for term, readings in found.items():
        near = set().union(*(_neighbours(term, pair.zh, dictionary) for pair in pairs[term]))
        for word in readings:
            beside[(term, word)] = {n for n in near if word not in n and n not in word}
    questions = frozenset((n, s) for (term, word), near in beside.items()
                          for n in near for s in found[term][word])
    company = count_glosses(corpus, questions) if questions else GlossCounts()
    kept: dict[str, dict[str, frozenset[str]]] = {}
    for term, readings in found.items():
        for word, stems in readings.items():
            alone = frozenset(
                s for s in stems
                if all(company.joint.get((n, s), 0) < counts.joint[(word, s)]
                       for n in beside[(term, word)]))
            if alone:
                kept.setdefault(term, {})[word] = alone
    return kept


MIN_STEM_SHARE = 0.8
"""Share of the pairs saying an English stem whose Chinese holds the word it reads: a
translation is said where its source stands."""


def _reads(word: str, stem: str, others: Sequence[str], counts: GlossCounts) -> bool:
    """Whether the corpus renders ``word`` by ``stem``: the word stands in nearly every
    pair that says the stem (:data:`MIN_STEM_SHARE`), in more of them than any other word
    of the term (non-translations of a word go with its company: "illicit" with 轻武器 in
    half of its pairs, with 非法 in all), and the two go together as often, exclusively
    and significantly as a learned gloss must (:mod:`termbase.pair.learned`).
    Dice alone would prefer the company: 非法 is more often "illegal"."""
    joint, said = counts.joint.get((word, stem), 0), counts.stems[stem]
    if joint < MIN_JOINT or joint < MIN_STEM_SHARE * said \
            or any(counts.joint.get((w, stem), 0) >= joint for w in others) \
            or dice(joint, counts.words[word], said) < MIN_DICE:
        return False
    table = Table.of(joint, counts.words[word], said, counts.pairs)
    return signed_log_likelihood(table) >= MIN_LLR
