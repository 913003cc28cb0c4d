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
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from termbase.align.lexicon import content_stems
from termbase.pair.dictionary import Dictionary, gloss_words_needed, is_bound, known_stem
from termbase.pair.ngrams import STOP_WORDS, ZH_GRAMMAR, english_runs, fold_word

MIN_EXAMPLES = 2
"""Example pairs that must all say the word beside the answer: one pair is an anecdote."""


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
    # A one-word answer is a fragment when half its examples say the word beside it: the
    # rest render that word in English the dictionary does not give ("lines of
    # communication" beside "communication channels" for 沟通渠道), which is why no longer
    # span was common to them all. A longer answer may be a whole name, whose
    # complements vary: every example must say the word.
    needed = (len(examples) + 1) // 2 if len(answer_words) == 1 else len(examples)
    for word in unsaid:
        glosses = dictionary.translations(word)
        if sum(1 for en in examples
               if any(known_stem(s, glosses) for s in _beside_stems(en, answer_words))
               ) >= needed:
            return word
    return None


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
