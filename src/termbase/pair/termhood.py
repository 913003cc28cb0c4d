"""Bilingual termhood: which mined concepts are terms, judged by their English too.

Extraction ranks Chinese candidates by Chinese evidence alone. Once they are paired, the
English says more about each (issue 12):

* a concept pairing abstains on has no stable rendering: a fragment, a free phrase or a
  verb phrase (采取行动, 感到关切) — or a term too rare to answer, which a review sheet
  cannot use without English either;
* a concept rendered exactly as a better-ranked one whose term holds its own, or is
  held by it, adds nothing: a fragment of that term (残疾 beside 残疾人, both "persons
  with disabilities") or a phrase around it (会议临时议程 beside 临时议程, "provisional
  agenda");
* names and official terms are written with capitals in English ("Security Council",
  "UNDP"); where the corpus has none (MultiUN is lower-cased) no answer earns the
  credit, and the order is the Chinese one with the other signals.

* an answer attested in many pairs is surer, and its term one the text uses: a long name
  used once, which extraction ranks high, weighs less than a word rendered alike in
  dozens of pairs, which it ranks low.

:func:`rank_concepts` orders the concepts in three tiers — rendered, echoes, without
English — and within a tier by the extractor's rank, a capitalised answer counting as a
rank :data:`CAPITALS_FACTOR` times better and an answer's pairs as :data:`SUPPORT_WEIGHT`
says; each concept's :class:`Termhood` says why.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from termbase.align.lexicon import stem
from termbase.pair.answers import (
    FULL_FORM,
    MIN_ACRONYM_LETTERS,
    abbreviates,
    acronym_of,
    is_modifier,
)
from termbase.pair.dictionary import Dictionary, coverage
from termbase.pair.ngrams import fold_word
from termbase.pair.results import Candidate, TermPairing
from termbase.pair.titles import vocabulary_of

if TYPE_CHECKING:
    from termbase.extract.model import Candidate as ExtractedConcept

CAPITALS_FACTOR = 1.35
"""How much better a Chinese rank a capitalised answer is worth (chosen on the tuning
and development texts: 1.35 raised `peace` P@100 0.86 → 0.90, recall moving by two
concepts at most either way; 1.65 cost tuning accuracy; benchmarks/README.md)."""

SUPPORT_WEIGHT = 0.5
"""How much the pairs attesting an answer count: a concept rendered in ``n`` pairs counts
as a Chinese rank ``n ** SUPPORT_WEIGHT`` times better (up to :data:`SUPPORT_CAP` pairs).
Extraction ranks by Chinese evidence alone, and high the long names a text uses once or
twice (a title, a body named in passing) beside the words it uses most, which it ranks low
(酷刑, 管辖权, 检察官, 法治); the English of the former is attested in a pair or two, that of
the latter in dozens. Chosen on the development texts (session 35, issue 12): 0.4 to 0.6
with caps 6 to 10 gave the same figures within a concept or two; 1.0 cost P@100."""

SUPPORT_CAP = 8
"""Pairs beyond which more attestation adds nothing: past it a word is frequent, and the
most frequent are general words (委员会 'committee' in 414 pairs on MultiUN), which the
Chinese rank should keep low. Uncapped, P@100 fell on `peace` (0.90 -> 0.87) and
MultiUN (0.96 -> 0.93)."""

RENDERED, ECHO, NO_ENGLISH = 0, 1, 2
"""Tiers of :attr:`Termhood.tier`, surest first."""


@dataclass(frozen=True, slots=True)
class Termhood:
    """Where a mined concept stands on the review sheet, and why."""

    tier: int
    """:data:`RENDERED`, :data:`ECHO` (rendered as a better-ranked concept it holds or
    is held by) or :data:`NO_ENGLISH` (pairing abstained on every form)."""
    score: float
    """Within a tier, higher is surer: minus the log of the extractor's rank, plus the
    log of :data:`CAPITALS_FACTOR` for a capitalised answer and :data:`SUPPORT_WEIGHT`
    times the log of the pairs attesting the answer (:data:`SUPPORT_CAP` at most)."""
    reason: str
    english: str | None = None
    """The concept's answer (its first form's, else a variant's); None: no English."""

    def sort_key(self) -> tuple[int, float]:
        return (self.tier, -self.score)


def rank_concepts(concepts: Sequence[ExtractedConcept], pairings: Mapping[str, TermPairing],
                  dictionary: Dictionary | None = None) -> list[tuple[int, Termhood]]:
    """``concepts`` (in the extractor's order) as (index, termhood), surest first;
    ``pairings`` holds each form's pairing; ``dictionary`` lets an echo's English say
    whether it is a fragment or a phrase (see :func:`_echo_of`)."""
    answers = [_answer(c.forms(), pairings) for c in concepts]
    echoes = _echoes(concepts, answers, dictionary)
    ranked = [(i, _termhood(i, answer, echoes.get(i), dictionary))
              for i, answer in enumerate(answers)]
    ranked.sort(key=lambda item: (*item[1].sort_key(), item[0]))
    return ranked


def _answer(forms: Sequence[str], pairings: Mapping[str, TermPairing]) -> Candidate | None:
    """The concept's English: its first form's answer, else a variant's."""
    for form in forms:
        pairing = pairings.get(form)
        if pairing is not None and pairing.best is not None:
            return pairing.best
    return None


def is_capitalised(english: str) -> bool:
    """Whether an answer writes a word with a capital (a name, an acronym); answers carry
    the corpus's own casing, so a lower-cased corpus has none."""
    return any(word[:1].isupper() for word in english.split())


def lone_modifier(english: str, dictionary: Dictionary | None) -> bool:
    """Whether an answer is one word shaped as a modifier (``unilateral``,
    ``socioeconomic``, ``ethnic``, ``displaced``: :func:`~termbase.pair.answers.is_modifier`
    with its adjective endings): its term qualifies a noun and names no concept of its own
    (单方面, 社会经济, 族裔, 流离失所), a general word or a fragment (gold/README.md).
    A hyphenated compound ("open-ended", 不限成员名额) is a fixed qualifier glossaries list,
    and an acronym (:func:`acronym`: "uncitral" in a lower-cased corpus) a name."""
    word = english.strip()
    if " " in word or "-" in word or not is_modifier(word, adjectives=True):
        return False
    return dictionary is None or acronym(word, dictionary) is None


def _termhood(index: int, answer: Candidate | None, echo: str | None,
              dictionary: Dictionary | None = None) -> Termhood:
    rank = f"Chinese rank {index + 1}"
    score = -math.log(index + 1)
    if answer is None:
        return Termhood(NO_ENGLISH, score, f"{rank}; no English")
    reasons = [rank, f"rendered {answer.text!r} in {answer.support} pairs"
               if answer.method != FULL_FORM else
               f"rendered {answer.text!r} as its full form is, in {answer.support} pairs of it"]
    score += SUPPORT_WEIGHT * math.log(min(max(answer.support, 1), SUPPORT_CAP))
    if is_capitalised(answer.text):
        score += math.log(CAPITALS_FACTOR)
        reasons.append("capitalised")
    if echo is not None:
        return Termhood(ECHO, score, "; ".join([*reasons, f"rendered as {echo}"]),
                        answer.text)
    if lone_modifier(answer.text, dictionary):
        return Termhood(ECHO, score, "; ".join([*reasons, "a modifier alone"]), answer.text)
    return Termhood(RENDERED, score, "; ".join(reasons), answer.text)


def _echoes(concepts: Sequence[ExtractedConcept], answers: Sequence[Candidate | None],
            dictionary: Dictionary | None) -> dict[int, str]:
    """Concepts rendered as a better-ranked concept whose term holds theirs or is held by
    it (:func:`_echo_of`), with that concept's term."""
    by_answer: dict[str, list[int]] = {}
    for index, answer in enumerate(answers):
        if answer is not None:
            by_answer.setdefault(answer.text.casefold(), []).append(index)
    found: dict[int, str] = {}
    for english, indices in by_answer.items():
        for position, later in enumerate(indices):
            better = next((b for b in indices[:position]
                           if _echo_of(concepts[later], concepts[b], english, dictionary)),
                          None)
            if better is not None:
                found[later] = concepts[better].term
    return found


def _echo_of(later: ExtractedConcept, better: ExtractedConcept, english: str,
             dictionary: Dictionary | None) -> bool:
    """Whether ``later``, rendered as ``better`` is, is a fragment of it or a phrase
    around it. The dictionary may overrule the extractor's order: the English of a
    fragment translates what the longer term adds (人, "persons", in 残疾人), that of a
    phrase does not (会议 in 会议临时议程); when the two disagree neither is an echo
    (可持续发展目标 ranked below 实现可持续发展目标). An acronym, in which the dictionary
    reads no word, says what its letters spell (:func:`acronym`): 近东救济工程处 'UNRWA'
    is no phrase around 工程处 'UNRWA', as "near east" and "relief" open its letters."""
    added = _added(later.forms(), better.forms())
    fragment = added is not None
    if added is None:
        added = _added(better.forms(), later.forms())
    if added is None:
        return False
    said = None if dictionary is None else _said(added, english, dictionary)
    return said is None or (said > 0) == fragment


def _said(added: str, english: str, dictionary: Dictionary) -> float | None:
    """How much of ``added`` the answer says: the share of its dictionary words the
    answer translates, or, for an acronym, whose readings its letters spell."""
    letters = acronym(english, dictionary)
    return coverage(added, english, dictionary) if letters is None \
        else spelled(added, letters, dictionary)


def acronym(english: str, dictionary: Dictionary) -> str | None:
    """The letters of an answer that is an acronym (folded): one word of
    :data:`~termbase.pair.answers.MIN_ACRONYM_LETTERS` letters or more that no entry of
    the dictionary glosses ("UNRWA"; "unrwa" in a lower-cased corpus). None otherwise,
    or where the dictionary cannot list its glosses.

    The dictionary reads no word in an acronym, so its silence on the words one term adds
    to another says nothing of whether the answer renders them."""
    word = english.strip()
    if len(word) < MIN_ACRONYM_LETTERS or not word.isascii() or not word.isalpha():
        return None
    vocabulary = vocabulary_of(dictionary)
    folded = word.casefold()
    return folded if vocabulary and stem(folded) not in vocabulary else None


def spelled(zh: str, letters: str, dictionary: Dictionary) -> float | None:
    """Share of ``zh``'s dictionary words that the acronym ``letters`` spells: read in
    order, each takes the next letter that opens one of its English readings (近东救济,
    "near east" and "relief", in "unrwa"); None when the dictionary knows no word."""
    words = [w for w in dictionary.segment(zh) if dictionary.translations(w)]
    if not words:
        return None
    at = found = 0
    for word in words:
        initials = {reading[0] for reading in dictionary.translations(word) if reading}
        hit = next((i for i in range(at, len(letters)) if letters[i] in initials), None)
        if hit is not None:
            found += 1
            at = hit + 1
    return found / len(words)


def _added(shorter: Sequence[str], longer: Sequence[str]) -> str | None:
    """What a form of ``longer`` adds to a form of ``shorter`` inside it (None: no form
    holds another)."""
    for inner in shorter:
        for outer in longer:
            if inner != outer and inner in outer:
                return outer.replace(inner, "", 1)
    return None


def short_form_of(forms: Sequence[str], english: str, other_forms: Sequence[str],
                  other_english: str) -> bool:
    """Whether two mined concepts are one, a form of one abbreviating a form of the other
    (:func:`~termbase.pair.answers.abbreviates`: 安理会 of 安全理事会, 环境署 of 环境规划署,
    常驻代表团 of 常驻联合国代表团) and both answered alike, or one by the acronym of the
    other's answer (:func:`answer_names`: 非洲经委会 'ECA' of 非洲经济委员会 'Economic
    Commission for Africa'). The extractor links a short form to its full form only where
    the text introduces it; the English tells the rest. A form inside another answered
    alike is an echo (:func:`rank_concepts`), a fragment or a phrase around it, which this
    does not take for a short form."""
    return bool(answer_names(english) & answer_names(other_english)) and any(
        _abbreviates_in_full(form, other) or _abbreviates_in_full(other, form)
        for form in forms for other in other_forms)


def _abbreviates_in_full(short: str, full: str) -> bool:
    """Whether ``short`` abbreviates ``full`` (:func:`~termbase.pair.answers.abbreviates`)
    or what ``full`` says after its first word: a short form drops the name of the
    organisation a body belongs to, or its first qualifier, with the other characters
    (环境署 of 联合国环境规划署, the United Nations Environment Programme; 监督厅 of
    内部监督事务厅, the Office of Internal Oversight Services). The first word is taken
    as two characters or more (:data:`MIN_DROPPED`), and the answers' agreement, which
    :func:`short_form_of` asks too, says the two name one concept."""
    return any(abbreviates(short, full[start:]) for start in _short_form_starts(full)
               if full[start:start + 1] == short[:1])


def _short_form_starts(full: str) -> tuple[int, ...]:
    """Where in ``full`` a short form of it may start: its first character, or the
    first after a first word of :data:`MIN_DROPPED` characters or more
    (:func:`_abbreviates_in_full`; :func:`short_form_keys` must cover each)."""
    return (0, *range(MIN_DROPPED, len(full) - 1))


MIN_DROPPED = 2
"""Characters of a full form's first word that its short form may leave out (联合国,
内部): a word, not a character of one."""


def answer_names(english: str) -> set[str]:
    """What an answer names a concept by, case-folded: the answer itself, and for an
    answer of several words the acronym of its words (function words aside,
    :func:`~termbase.pair.answers.acronym_of`), :data:`~termbase.pair.answers.
    MIN_ACRONYM_LETTERS` letters or more. A short form's English is often the acronym of
    its full form's ('ECA', 'OPCW', 'ict' in a lower-cased corpus): the two answers name
    one concept where the Chinese forms abbreviate one another too (:func:`short_form_of`)."""
    folded = english.strip().casefold()
    words = folded.split()
    if len(words) < 2:
        return {folded}
    letters = acronym_of(" ".join(fold_word(word) for word in words))
    return {folded, letters} if len(letters) >= MIN_ACRONYM_LETTERS else {folded}


def short_form_keys(forms: Sequence[str]) -> set[str]:
    """Keys two concepts share wherever :func:`short_form_of` may hold: the first and last
    characters of each form, which a short form keeps, and of what a full form says past
    a first word (:func:`_abbreviates_in_full`) — to look up the candidates of a long list
    (with each of :func:`answer_names`)."""
    return {form[start:start + 1] + form[-1:] for form in forms
            for start in _short_form_starts(form)}
