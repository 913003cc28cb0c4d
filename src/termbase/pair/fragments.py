"""An answer that is part of a longer rendering: a word of the term said right beside it.

Linking can leave the answer one word short when the term's English varies at its edge:
"Islamic State" is what "Islamic State in Iraq and the Levant" and "Islamic State of
Iraq" share, "race in outer space" what "an arms race in outer space" and "the arms race
in outer space" do. The shorter span is no rendering of the term when the term says
more than it and every example pair says that more right next to it: 伊拉克 "Iraq" after
"Islamic State" (only function words between), 军备竞赛 "arms" before "race". The
corpus then agrees on no complete form, or the containment rule would have taken it,
so pairing abstains rather than answer with the fragment. An answer of one word needs
only half its examples to say the word beside it: the others say it in English the
dictionary does not give ("lines of communication" for 沟通渠道's "communication
channels"), which is why no longer span was common to all of them.

Only the phrases right beside the answer count — the content words next to it, past
any function words, up to the next function word: "world without nuclear weapons" says
无核武器世界's 武器 in "nuclear weapons" beside "world"; "Permanent Mission of Guatemala
to the United Nations" says the term's 联合国 too, but past the country, a complement of
its own; and the answer must render some of the term, so that an acronym or a name the
dictionary cannot read, which renders none of it, is left alone.

A figure the term states is read without a dictionary, in the same digits, wherever the
English says it: an answer that leaves out a year every example states, however far from
the answer ("International Seabed Authority … in 2014" for 2014年国际海底管理局), is a
fragment too (:func:`figures_unsaid`). So is a part of the day, which English writes with
the hour ("at 3 p.m.") apart from the day the answer names ("Wednesday" for 星期三下午,
:func:`time_of_day_unsaid`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from termbase.align.lexicon import content_stems
from termbase.pair.dictionary import (
    Dictionary,
    gloss_words_needed,
    is_bound,
    known_stem,
    word_meanings,
)
from termbase.pair.learned import Glosses
from termbase.pair.ngrams import STOP_WORDS, ZH_GRAMMAR, english_runs, fold_word
from termbase.text.chinese import is_cjk_char

MIN_EXAMPLES = 2
"""Example pairs that must all say the word beside the answer: one pair is an anecdote."""

_FIGURES = re.compile(r"\d+")


def figures_of(text: str) -> set[str]:
    """The numbers ``text`` writes in digits."""
    return set(_FIGURES.findall(text))


def figures_unsaid(term: str, answer: str, examples: Sequence[str]) -> frozenset[str]:
    """The figures ``term`` states in digits that ``answer`` leaves out while the English of
    every example pair states them; empty when there are none.

    Digits are the one part of a term that both languages write alike, so no dictionary
    is asked and no distance from the answer matters: the English orders a date, a year
    or a period apart from the name it goes with ("Substantive session of 2023" for
    2023年实质性会议, "… in 2014" after "International Seabed Authority"), which is why
    linking found the name alone. A figure some example does not state may be the
    Chinese text's own addition, and is left alone."""
    missing = figures_of(term) - figures_of(answer)
    if not missing or len(examples) < MIN_EXAMPLES:
        return frozenset()
    if all(missing <= figures_of(en) for en in examples):
        return frozenset(missing)
    return frozenset()


DAY_PARTS = ("上午", "下午", "中午", "晚上", "早上", "凌晨", "傍晚", "夜间")
"""The Chinese words that name a part of the day (a closed class): 星期三下午, 上午10时."""

_TIME_OF_DAY = re.compile(r"\b(?:[ap]\.\s?m\b|morning|afternoon|noon|midday|evening|night"
                          r"|midnight)", re.IGNORECASE)
"""How English states a part of the day: "a.m."/"p.m." after the hour, or its noun."""


def time_of_day_unsaid(term: str, answer: str, examples: Sequence[str]) -> str | None:
    """The part of the day (:data:`DAY_PARTS`) that ``term`` states and ``answer`` leaves
    out while the English of every example pair states a time of day; None otherwise.

    English writes the part of the day with the hour, "a.m." or "p.m." ("To be held on
    Wednesday, 18 February 2015, at 3 p.m." for 2015年2月18日星期三下午3时), apart from the
    day the term also names, beyond every window beside the answer; and no dictionary
    word reads "p.m." (the dictionary's stems drop a one-letter word). So linking finds
    the day alone ("Wednesday" for 星期三下午), which says half the term — as a year the
    English states apart (:func:`figures_unsaid`), the part is read wherever the English
    says it."""
    part = next((p for p in DAY_PARTS if p in term), None)
    if part is None or len(examples) < MIN_EXAMPLES or _TIME_OF_DAY.search(answer):
        return None
    if all(_TIME_OF_DAY.search(en) for en in examples):
        return part
    return None


def unsaid_beside(term: str, answer: str, examples: Sequence[str],
                  dictionary: Dictionary) -> str | None:
    """The dictionary word of ``term`` that ``answer`` leaves unsaid and that the English
    of every example pair says right next to the answer; None when there is none."""
    if len(examples) < MIN_EXAMPLES:
        return None
    stems = set(content_stems(answer))
    unsaid, said = [], False
    for word in dictionary.segment(term):
        # One character's glosses pool too many senses to be found beside by chance alone.
        glosses = dictionary.translations(word)
        if len(word) < 2 or word in ZH_GRAMMAR or not glosses or is_bound(word, dictionary):
            continue
        found = sum(1 for gloss in glosses if any(known_stem(s, {gloss}) for s in stems))
        said = said or found > 0
        if found < gloss_words_needed(word):
            unsaid.append(word)
    if not said:
        return None
    answer_words = [fold_word(w) for w in answer.split()]
    needed = _examples_needed(answer_words, examples)
    for word in unsaid:
        glosses = dictionary.translations(word)
        if sum(1 for en in examples
               if any(known_stem(s, glosses) for s in _beside_stems(en, answer_words))
               ) >= needed:
            return word
    return None


def _examples_needed(answer_words: Sequence[str], examples: Sequence[object]) -> int:
    """How many of ``examples`` must say a part of the term beside the answer for the
    answer to leave it out. A one-word answer is a fragment when half its examples say
    the part beside it: the rest render that part in English the dictionary does not give
    ("lines of communication" beside "communication channels" for 沟通渠道), which is why
    no longer span was common to them all. A longer answer may be a whole name, whose
    complements vary: every example must say the part."""
    return (len(examples) + 1) // 2 if len(answer_words) == 1 else len(examples)


ONE_WORD_REACH = 4
"""Words either side of a one-word answer read as beside it ("Government of the Sudan",
"process of globalization", "representatives of civil society")."""


def _beside_stems(text: str, answer_words: Sequence[str]) -> set[str]:
    """Stems said beside the answer: the phrases right next to it, and for an answer of
    one word, every word within :data:`ONE_WORD_REACH` of it in the same run — English
    words a term's other half apart from a single word ("the Government of the Sudan"
    for 苏丹政府), where a span of one word is a fragment, not a name's complement."""
    stems = _neighbour_stems(text, answer_words)
    if len(answer_words) == 1:
        stems |= _near_stems(text, answer_words[0], ONE_WORD_REACH)
    return stems


def _near_stems(text: str, answer_word: str, reach: int) -> set[str]:
    out: set[str] = set()
    for run in english_runs(text):
        words = [w.text for w in run]
        for i, word in enumerate(words):
            if fold_word(word) == answer_word:
                near = words[max(i - reach, 0):i] + words[i + 1:i + 1 + reach]
                out.update(content_stems(" ".join(near)))
    return out


def _neighbour_stems(text: str, answer_words: Sequence[str]) -> set[str]:
    """Stems of the phrases right before and right after each place ``text`` says the
    answer (function words between them and it skipped, punctuation not crossed)."""
    size = len(answer_words)
    out: set[str] = set()
    for run in english_runs(text):
        words = [w.text for w in run]
        folded = [fold_word(w) for w in words]
        for i in range(len(words) - size + 1):
            if folded[i:i + size] != answer_words:
                continue
            beside = [*_next_phrase(reversed(words[:i])), *_next_phrase(words[i + size:])]
            out.update(content_stems(" ".join(beside)))
    return out


def _next_phrase(words: Iterable[str]) -> list[str]:
    """The content words that come first in ``words``, function words before them
    skipped, up to the next function word ("without | nuclear weapons | in")."""
    phrase: list[str] = []
    for word in words:
        if word.lower() not in STOP_WORDS:
            phrase.append(word)
        elif phrase:
            break
    return phrase


_FUNCTION_STEMS = frozenset(content_stems(" ".join(STOP_WORDS)))
"""Stems of the function words pairing never reads as a rendering ("within" for 范围 in
"within their jurisdiction"), which the dictionary's stop list keeps."""

MIN_PART = 2
"""Characters each side of a term's cut must have: one character pools too many senses."""


def unsaid_alone(term: str, answer: str, examples: Sequence[tuple[str, str]],
                 dictionary: Dictionary, glosses: Glosses | None) -> str | None:
    """The part of ``term`` that ``answer`` leaves unsaid when the example pairs say,
    right beside the answer, what that part is rendered as where it stands outside the
    term (learned from the corpus: :meth:`Glosses.renders_alone`) — half of them for a
    one-word answer, all of them for a longer one (:func:`_examples_needed`); None
    when there is none.

    The term is cut in two, each side of two characters or more; the answer must be read
    by the dictionary in one side and not in the other, the part left out. The corpus
    words that part differently from pair to pair ("temporary posts" and a heading
    "Temporary" for 临时员额; "military actions" and "military campaign" for 军事行动),
    which is why no longer span was common to its links, and the dictionary may not
    gloss it at all (员额 is no entry) — but where the part stands on its own, the corpus
    says what it means: 员额 "posts", 行动 "action". Only the phrases right beside the
    answer count ("measures for criminal justice responses" does not say 应对措施's 措施
    beside "responses"), and an example only where its Chinese holds the part nowhere
    but inside the term, so that the English said it for the term."""
    if len(examples) < MIN_EXAMPLES or glosses is None:
        return None
    said = set(content_stems(answer))
    if not said:
        return None
    answer_words = [fold_word(w) for w in answer.split()]
    needed = _examples_needed(answer_words, examples)
    for part in _left_out(term, said, dictionary):
        held = [en for zh, en in examples if part not in zh.replace(term, "\0")]
        if sum(1 for en in held
               if any(glosses.renders_alone(part, term, s)
                      for s in sorted(_neighbour_stems(en, answer_words)
                                      - said - _FUNCTION_STEMS))
               ) >= needed:
            return part
    return None


def _left_out(term: str, said: set[str], dictionary: Dictionary) -> list[str]:
    """The sides of a cut of ``term`` that do not read the answer's stems ``said`` while
    the other side does."""
    out = []
    for cut in range(MIN_PART, len(term) - MIN_PART + 1):
        halves = (term[:cut], term[cut:])
        if not all(_meaningful(half) for half in halves):
            continue
        reads = [_reads(half, said, dictionary) for half in halves]
        if reads[0] != reads[1]:
            out.append(halves[1] if reads[0] else halves[0])
    return out


def _meaningful(part: str) -> bool:
    cjk = [ch for ch in part if is_cjk_char(ch)]
    return len(cjk) >= MIN_PART and part not in ZH_GRAMMAR


def _reads(part: str, said: set[str], dictionary: Dictionary) -> bool:
    meanings: set[str] = set()
    for word in dictionary.segment(part):
        meanings |= word_meanings(word, dictionary)
    return any(known_stem(s, meanings) for s in said)
