"""The dictionary's glosses as whole phrases, and an answer that cuts one.

The lexicon pairing reads (:mod:`termbase.align.lexicon`, shared with the aligner and the
checker) keeps only the stems of a gloss's content words: CC-CEDICT's 截止日 "deadline;
cut-off date" is {"deadli", "cut", "dat"}, 代表's "on behalf of" is {"behalf"}. So it
cannot tell that an answer says only part of a gloss: "date" is as good a reading of
截止日 as "cut-off date", and "behalf of the European Union" as good a rendering of
代表欧洲联盟 as "on behalf of the European Union". Read as phrases, with their function
words, the glosses show the cut: where the English of an example says a whole gloss of a
word of the term, and the answer stands inside that phrase without all of it, the answer
is part of a longer rendering (:func:`cut_gloss`).

The phrases come from the same CC-CEDICT file as the lexicon, read at the edge once per
process (:func:`default_glosses`, cached beside the lexicon's pickle); a phrase is read
for a word only where the lexicon in use gives every one of its content stems for that
word (:func:`phrases_of`), so a lexicon that is not CC-CEDICT's (a test's, an empty one)
gets none of them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from termbase.align.lexicon import cedict_entries, content_stems
from termbase.pair.dictionary import Dictionary, known_stem, multiset_minus
from termbase.pair.ngrams import STOP_WORDS, english_runs, fold_word

Phrases = Callable[[str], Sequence[str]]
"""A Chinese word → its glosses of two words or more, as written."""

_PAREN = re.compile(r"\([^()]*\)")
_SKIP = re.compile(r"^(CL:|variant of|old variant|see |see also|surname |used in |"
                   r"abbr\. (?:for|to)|erhua variant|Japanese variant|also written|"
                   r"also pr\.|Taiwan pr\.|lit\.|fig\.)", re.IGNORECASE)
_PHRASE_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_PARSER_VERSION = "2"

MIN_PART = 2
"""Characters a part of a word needs to say a gloss's word apart."""


def gloss_phrases(glosses: Iterable[str]) -> tuple[str, ...]:
    """The noun phrases of two words or more among an entry's glosses ("deadline; cut-off
    date" → "cut-off date"; "on behalf of"), notes in brackets and a leading article
    dropped, the function words inside kept. Left out: cross-references; a verb's sense,
    which CC-CEDICT writes with "to" ("to have jurisdiction" for 管辖权, whose noun the
    answer rightly says alone); and synonyms joined by "and" or "or" ("rules and
    regulations"), two renderings rather than one."""
    out: list[str] = []
    for gloss in glosses:
        for part in gloss.split(";"):
            part = " ".join(_PAREN.sub(" ", part).split())
            if not part or _SKIP.match(part) or _VERB_OR_PAIR.search(part):
                continue
            part = _ARTICLE.sub("", part)
            if len(_PHRASE_WORD.findall(part)) >= 2 and content_stems(part):
                out.append(part)
    return tuple(dict.fromkeys(out))


_VERB_OR_PAIR = re.compile(r"^to |\b(?:and|or)\b", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|an?) ", re.IGNORECASE)


def entry_glosses(lines: Iterable[str]) -> dict[str, str]:
    """CC-CEDICT lines → headword → its glosses as the file writes them ("/deadline;
    cut-off date/"), both headwords, entries of the same headword joined. Only split
    into phrases when asked (:func:`phrases_of`): most words never are."""
    merged: dict[str, str] = {}
    for entry in cedict_entries(lines):
        glosses = entry.raw_glosses
        for word in entry.headwords:
            merged[word] = f"{merged[word]}/{glosses}" if word in merged else glosses
    return merged


@functools.lru_cache(maxsize=1)
def default_glosses() -> dict[str, str]:
    """:func:`entry_glosses` of the CC-CEDICT text the lexicon reads, once per process,
    cached as a pickle beside the lexicon's; empty when the dictionary is not installed
    (the phrases are evidence only)."""
    from termbase.align.lexicon import default_lexicon_key, default_text
    from termbase.errors import TermbaseError
    from termbase.paths import cache_file, read_cached_dict, write_cached

    try:
        key = default_lexicon_key()
    except ModuleNotFoundError:  # importlib.metadata's PackageNotFoundError
        return {}
    cache = cache_file(f"{key}-phrases{_PARSER_VERSION}.pickle")
    cached = read_cached_dict(cache) if cache is not None else None
    if cached is not None:
        return cached
    try:
        glosses = entry_glosses(default_text().splitlines())
    except TermbaseError:
        return {}
    if cache is not None:
        write_cached(cache, glosses)
    return glosses




def phrases_of(dictionary: Dictionary,
               source: Callable[[], dict[str, str]] = default_glosses) -> Phrases:
    """The whole glosses of a word of ``dictionary`` (:func:`gloss_phrases` of its entry
    in ``source``), those whose every content stem the dictionary gives for the word: a
    lexicon other than CC-CEDICT's reads none it does not say."""
    def phrases(word: str) -> Sequence[str]:
        stems = dictionary.translations(word)
        if not stems:
            return ()
        found = _phrases(source().get(word, ""))
        return tuple(p for p in found if set(content_stems(p)) <= stems)
    return phrases


@functools.lru_cache(maxsize=1 << 14)
def _phrases(glosses: str) -> tuple[str, ...]:
    return gloss_phrases(glosses.rstrip().rstrip("/").split("/")) if glosses else ()


@dataclass(frozen=True, slots=True)
class GlossCut:
    """What the examples say around an answer that cuts a whole gloss."""

    gloss: str
    """The gloss the answer cuts, as the dictionary writes it."""
    whole: str | None
    """The answer grown to the whole gloss, as every example spells it; None when the
    examples do not agree on one (then pairing abstains)."""
    added: tuple[str, ...]
    """The content stems ``whole`` adds to the answer (none: function words only, "on"
    of "on behalf of")."""


def cut_gloss(term: str, answer: str, examples: Sequence[str], dictionary: Dictionary,
              phrases: Phrases) -> GlossCut | None:
    """Whether ``answer`` is a strict part of a whole gloss of a word of ``term`` that the
    English of the examples says around it; None when it is not.

    Only a gloss whose words the answer leaves out are spelled out by a part of the
    term's word (:func:`_parts_say`) counts. In an example, the answer is cut when such
    a gloss stands in the same run of words, shares a content word with the answer's
    span, and reaches past it ("cut-off date" around "date" for 截止日期; "on behalf of"
    around "behalf of the European Union"). Where every example that says the answer
    cuts the gloss the same way, the answer is that longer span. Where half of them or
    more cut it, but not all alike ("due dates" and "cut-off date"), the corpus agrees
    on no whole rendering, and the answer is still a part: ``whole`` is None. Fewer
    than half (for an answer of two words or more, fewer than all): the gloss is one
    sentence's wording, and the answer stands.
    """
    answer_words = [fold_word(w.text) for run in english_runs(answer) for w in run]
    if not answer_words:
        return None
    rendered = set(content_stems(answer))
    glosses = [(phrase, [fold_word(w) for w in _PHRASE_WORD.findall(phrase)])
               for word in dict.fromkeys(dictionary.segment(term))
               for phrase in phrases(word)
               if _parts_say(word, [s for s in content_stems(phrase)
                                    if not known_stem(s, rendered)], dictionary)]
    glosses = [(p, words) for p, words in glosses if not _inside(words, answer_words)]
    if not glosses:
        return None
    holding = cut = 0
    wholes: list[str] = []
    cuts: list[str] = []
    for en in examples:
        said, grown = _grown(en, answer_words, glosses)
        holding += said
        if grown:
            cut += 1
            wholes.append(grown[0][1])
            cuts.append(grown[0][0])
    # As for a word of the term said beside the answer (:mod:`termbase.pair.fragments`): a
    # one-word answer is a part where half its examples cut the gloss, the others
    # wording it otherwise ("due dates").
    if not cut or cut < (holding + 1) // 2:
        return None
    same = len({w.casefold() for w in wholes}) == 1 and cut == holding
    added = tuple(multiset_minus(content_stems(wholes[0]), content_stems(answer)))
    if len(answer_words) > 1 and (not same or added):
        # A longer answer may be a whole name whose company varies ("intellectual
        # property" beside "intellectual property rights"): only the function words a
        # gloss holds and every example says around it complete it.
        return None
    return GlossCut(cuts[0], wholes[0] if same else None, added if same else ())


def candidate_key(text: str) -> str:
    """The key pairing counts an English span under (lower case, singular words)."""
    return " ".join(fold_word(w.text) for run in english_runs(text) for w in run)


def _parts_say(word: str, unsaid: Sequence[str], dictionary: Dictionary) -> bool:
    """Whether the shorter dictionary words inside ``word`` mean every stem of
    ``unsaid``: a gloss's word that the answer leaves out is part of the term's meaning
    only where the Chinese spells it out (截止 "cut-off" in 截止日, 产权 "property
    rights" in 知识产权); the modifier a gloss adds that no part says ("natural" of
    资源 "natural resource", "outer" of 太空 "outer space") is one English leaves out,
    and the answer without it stands."""
    if not unsaid:
        return True  # function words only ("on" of "on behalf of")
    meanings: set[str] = set()
    # Parts of two characters or more: one character pools too many senses (安 "secure"
    # is no sign that 安理会 says the "Security" of "Security Council" apart).
    for start in range(len(word) - 1):
        for end in range(start + MIN_PART, len(word) + 1):
            if end - start < len(word):
                meanings |= dictionary.translations(word[start:end])
    return all(known_stem(stem, meanings) for stem in unsaid)


def _inside(words: Sequence[str], within: Sequence[str]) -> bool:
    """Whether ``words`` stand in ``within`` as one stretch."""
    size = len(words)
    return any(list(within[i:i + size]) == list(words) for i in range(len(within) - size + 1))


def _grown(text: str, answer_words: Sequence[str],
           glosses: Sequence[tuple[str, list[str]]]) -> tuple[bool, list[tuple[str, str]]]:
    """Whether ``text`` says the answer, and the (gloss, longer span) pairs where a gloss
    phrase around the answer reaches past it."""
    size = len(answer_words)
    said = False
    grown: list[tuple[str, str]] = []
    for run in english_runs(text):
        words = [w.text for w in run]
        folded = [fold_word(w) for w in words]
        for i in range(len(words) - size + 1):
            if folded[i:i + size] != list(answer_words):
                continue
            said = True
            for phrase, gloss in glosses:
                for j in range(len(words) - len(gloss) + 1):
                    if folded[j:j + len(gloss)] != gloss:
                        continue
                    start, end = max(i, j), min(i + size, j + len(gloss))
                    shared = [w for w in folded[start:end] if w not in STOP_WORDS]
                    if not shared or (j >= i and j + len(gloss) <= i + size):
                        continue
                    grown.append((phrase, " ".join(
                        words[min(i, j):max(i + size, j + len(gloss))])))
    return said, grown
