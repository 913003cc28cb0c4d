"""Compositional evidence from a zh → en dictionary (CC-CEDICT through the aligner's lexicon).

Many UN terms are compositional: 小武器 is 小 "small" + 武器 "weapon/arms", 发展中国家 is
发展中 "developing" + 国家 "country". A candidate that contains translations of the
term's parts is more plausible than one that merely co-occurs with it — a useful signal
exactly where counts are thin or two candidates tie. The evidence is the share of the
term's dictionary words whose translations appear in the candidate (English content
stems, as the lexicon stores them); terms the dictionary cannot segment give no
evidence either way (None), which never counts against a candidate.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Protocol

from termbase.align.lexicon import STOP_WORDS as GLOSS_STOP_WORDS
from termbase.align.lexicon import content_stems
from termbase.align.lexicon import stem as english_stem
from termbase.pair.ngrams import ZH_GRAMMAR
from termbase.text.chinese import is_cjk_char
from termbase.text.english import (
    SUPPLETIVE_PLURALS,
    american_spelling,
    negated_bases,
    prefixed_parts,
    singular,
)

_DIGITS = re.compile(r"\d")

_UNGLOSSED = frozenset({"measure", "form", "name", "kind", "sort", "way", "word",
                        "variant", "classifier", "particle"}) & GLOSS_STOP_WORDS
"""English content words the dictionary's glosses never give, as the lexicon drops them
with gloss boilerplate ("measure word", "variant of", "old name"): whether a term means
"measures" the dictionary cannot say."""


# A stem the stemmer cut (align.lexicon.stem keeps six letters) in the suffix of a noun
# in -bility made of a short adjective in -ble: "disability" "disabi", "stability"
# "stabil", "ability" "abilit". Only a cut stem: a word that ends so ("rabbi", "fabian")
# is no -bility noun.
_CUT_LENGTH = 6
_BILITY_CUT = re.compile(r"b(?:i|il|ili|ilit)$")


@functools.lru_cache(maxsize=1 << 14)
def _able_key(stem: str) -> str:
    """The -ble stem of a cut -bility stem ("disabi" -> "disabl", as "disabled", "disable",
    "disabling" stem); any other stem unchanged."""
    return _BILITY_CUT.sub("bl", stem) if len(stem) == _CUT_LENGTH else stem


def _same_stem(a: str, b: str) -> bool:
    # Stems may come from a cached lexicon parsed with another version of the stemmer
    # ("change" there, "chang" here): a shared prefix of four letters or more is a match.
    # The stemmer leaves a plural of four letters whole ("arms", "aids"), which candidate
    # keys fold to the singular ("small arm"): one final s more is a match too.
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if (len(short) >= 4 and long_.startswith(short)) or (
            len(short) == 3 and long_ == f"{short}s"):
        return True
    # A noun in -bility and its adjective in -ble, or the verb or participle made of it
    # (disability/disabled, stability/stable, visibility/visible): the six-letter cut
    # leaves the two on either side of the suffix's b. Longer words are cut before it
    # (sustainability/sustainable both "sustai") and meet above.
    return _able_key(a) == _able_key(b) or _d_as_s(a, b) or _d_as_s(b, a)


def _d_as_s(verb: str, other: str) -> bool:
    """Whether ``verb`` is the stem of a Latin verb in -d and ``other`` that of its noun
    or adjective in -s- (provide/provision, decide/decision, include/inclusion,
    extend/extensive): the stems part at that letter."""
    return (len(verb) >= 5 and verb.endswith("d") and len(other) >= len(verb)
            and other.startswith(verb[:-1]) and other[len(verb) - 1] == "s")


def known_stem(stem: str, stems: frozenset[str] | set[str]) -> bool:
    """Whether ``stem`` is among ``stems``, allowing for stemmer versions."""
    if stem in stems:
        return True
    if isinstance(stems, frozenset):
        return _near_stem(stem, stems)
    return any(_same_stem(stem, other) for other in stems)


@functools.lru_cache(maxsize=1 << 16)
def _near_stem(stem: str, stems: frozenset[str]) -> bool:
    # The same words' stems are asked against the same dictionary entries over and over
    # (every candidate of every term, in `mine` for two term lists): a frozenset keeps
    # its hash, so remembering the answer costs a lookup.
    return any(_same_stem(stem, other) for other in stems)


# The stems of a plural made of another word and of its singular ("peopl", "person"),
# each way: a dictionary that glosses a word "people" means the persons the English names.
_SUPPLETIVE_STEMS = {**{english_stem(p): english_stem(s) for p, s in SUPPLETIVE_PLURALS.items()},
                     **{english_stem(s): english_stem(p) for p, s in SUPPLETIVE_PLURALS.items()}}


def reads_as(stem: str, stems: frozenset[str] | set[str]) -> bool:
    """:func:`known_stem`, a plural made of another word read as its singular too: what
    weighs a candidate the corpus links ("trafficking in persons" for 贩运人口, whose 人口
    the dictionary glosses "people"). Not for a span the dictionary alone proposes
    (:mod:`termbase.pair.confirmed`): there "persons" would be all of 老年人 "old people"."""
    return known_stem(stem, stems) or (
        stem in _SUPPLETIVE_STEMS and known_stem(_SUPPLETIVE_STEMS[stem], stems))


_ENGLISH_WORD = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=1 << 16)
def american_spelled(text: str) -> str:
    """``text`` in lower case, each word in its American spelling (:func:`american_spelling`):
    the dictionary's glosses spell American ("center", "labor", "defense"), UN English
    British ("Regional Centre", "International Labour Organization")."""
    return _ENGLISH_WORD.sub(lambda m: american_spelling(m.group()), text.lower())


def read_stems(en_candidate: str, zh_term: str, dictionary: Dictionary) -> list[str]:
    """:func:`content_stems` of ``en_candidate``, a word fused with a Latin prefix read as
    the prefix's meaning and its base where the term means both (:func:`prefixed_parts`):
    "extrabudgetary" for 预算外 is "outside" + "budget", as the dictionary glosses 外 and
    预算; "international" for 国家 stays one word, since 国家 means no "between"."""
    lowered = en_candidate.lower()
    en_candidate = american_spelled(lowered)
    stems = content_stems(en_candidate)
    meant: frozenset[str] | None = None
    if en_candidate != lowered:
        # Most glosses spell American, not all ("grey", "organisation", "programming"), and
        # the fold respells words it should not ("uprising"): a word keeps its own
        # spelling where that is one the term's glosses say.
        own = content_stems(lowered)
        if len(own) == len(stems):
            meant = _term_stems(zh_term, dictionary)
            stems = [o if known_stem(o, meant) else a for o, a in zip(own, stems, strict=True)]
    words = [w for w in _ENGLISH_WORD.findall(en_candidate)
             if w not in GLOSS_STOP_WORDS and len(w) > 1]
    split = [prefixed_parts(w) for w in words]
    if not any(split) or len(words) != len(stems):
        return stems
    if meant is None:
        meant = _term_stems(zh_term, dictionary)
    out: list[str] = []
    for stem, parts in zip(stems, split, strict=True):
        if parts is not None and not known_stem(stem, meant):
            meaning, base = (english_stem(p) for p in parts)
            if known_stem(meaning, meant) and known_stem(base, meant):
                out += [meaning, base]
                continue
        out.append(stem)
    return out


class Dictionary(Protocol):
    """What pairing asks of a dictionary (satisfied by :class:`termbase.align.lexicon.Lexicon`)."""

    def segment(self, text: str) -> list[str]:
        """Dictionary words of the Chinese text, by forward maximum matching."""
        ...

    def translations(self, word: str) -> frozenset[str]:
        """English stems a Chinese word may translate to."""
        ...


def word_meanings(word: str, dictionary: Dictionary) -> frozenset[str]:
    """The English stems a dictionary word of a term may translate to: its own glosses
    and those of the shorter dictionary words it is made of. A compound entry's glosses
    give one rendering of the whole (发达国家 "developed nation"); its parts say the rest
    of what it means (国家 "country", "state"), which the corpus may say instead."""
    stems = set(dictionary.translations(word))
    # Every shorter word of two characters or more inside it: single characters pool too
    # many senses to say what a compound means.
    for start in range(len(word) - 1):
        for end in range(start + 2, len(word) + 1):
            if end - start < len(word):
                stems |= dictionary.translations(word[start:end])
    return frozenset(stems)


def coverage(zh_term: str, en_candidate: str, dictionary: Dictionary) -> float | None:
    """Share of ``zh_term``'s dictionary words translated somewhere in ``en_candidate``.

    None when the dictionary knows no word of the term (no evidence, not counter-evidence).
    """
    words = [w for w in dictionary.segment(zh_term) if dictionary.translations(w)]
    if not words:
        return None
    stems = read_stems(en_candidate, zh_term, dictionary)
    reading = [[i for i, stem in enumerate(stems) if reads_as(stem, dictionary.translations(w))]
               for w in words]
    readers = Counter(i for read in reading for i in read)
    if all(readers[i] == 1 for read in reading for i in read):
        return sum(1 for read in reading if read) / len(words)
    return _covered_once(words, reading, readers) / len(words)


def _covered_once(words: list[str], reading: list[list[int]], readers: Counter[int]) -> int:
    """How many of ``words`` the candidate's words cover when the words that render a
    compound in full count for it alone: "convention" is the 公约 that closes
    联合国气候变化框架公约 and cannot render the 大会 after it too. A compound of four
    characters or more takes, longest first, as many of the words that read it as render
    it in full (:func:`gloss_words_needed`), those no other word of the term reads before
    shared ones; the other words read what is left. Two short words may still share one
    English word: near-synonyms say one thing twice (重要意义 "importance")."""
    taken: set[int] = set()
    found = 0
    for at in sorted(range(len(words)), key=lambda k: (-len(words[k]), k)):
        free = [i for i in reading[at] if i not in taken]
        needed = gloss_words_needed(words[at])
        if needed > 1:
            taken.update(sorted(free, key=lambda i: readers[i] > 1)[:needed])
        found += bool(free)
    return found


def read_in_full(zh_term: str, dictionary: Dictionary) -> list[str]:
    """The dictionary words of ``zh_term`` (grammar characters aside) when the dictionary
    reads all of it, every word translated; empty otherwise: a part it cannot read
    (黎凡特 in 伊拉克和黎凡特伊斯兰国) may be what a rendering's other words say."""
    segmented = dictionary.segment(zh_term)
    words = [w for w in segmented if w not in ZH_GRAMMAR]
    unread = Counter(ch for ch in zh_term if is_cjk_char(ch)) - Counter("".join(segmented))
    if not all(dictionary.translations(w) for w in words) or not set(unread) <= ZH_GRAMMAR:
        return []
    return words


def readable_words(zh_term: str, dictionary: Dictionary) -> list[str]:
    """:func:`read_in_full`, when the dictionary reads the term as two or more words;
    empty otherwise — one entry's glosses pool all its senses (武器禁运)."""
    words = read_in_full(zh_term, dictionary)
    return words if len(words) >= 2 else []


BOUND_SUFFIXES = frozenset({"al", "ed", "ful", "ing", "ly", "er", "ist", "ism", "ness", "less",
                            "ic", "ity", "ment", "tion", "ize", "ous", "ive"})
"""English suffixes, as the stems of CC-CEDICT glosses such as "-ful" come out."""


def is_bound(word: str, dictionary: Dictionary) -> bool:
    """Whether the dictionary glosses ``word`` only by English suffixes, if at all (有
    "-ful", "-ed", "-al" in 有组织 "organized"): a bound morpheme, said by the word it
    makes."""
    return dictionary.translations(word) <= BOUND_SUFFIXES


def gloss_words_needed(word: str) -> int:
    """How many of a dictionary word's gloss words render it in full: its glosses pool
    its senses, so one found says little for a long word (刑事法庭 "criminal court" is
    not rendered by "criminal" alone): n // 2 for n characters, at least one."""
    return max(1, len(word) // 2)


def renders_every_word(zh_term: str, en_candidate: str, dictionary: Dictionary) -> bool:
    """Whether ``en_candidate`` renders each of :func:`readable_words` of ``zh_term`` in
    full (核材料: 核 "nuclear" and 材料 "material"; :func:`gloss_words_needed`), bound
    morphemes aside (跨国有组织犯罪 is rendered by "transnational organized crime")."""
    words = [w for w in readable_words(zh_term, dictionary) if not is_bound(w, dictionary)]
    if not words:
        return False
    stems = set(read_stems(en_candidate, zh_term, dictionary))
    for word in words:
        glosses = dictionary.translations(word)
        found = sum(1 for g in glosses if any(reads_as(s, {g}) for s in stems))
        if found < gloss_words_needed(word):
            return False
    return True


def renders_just_the_term(zh_term: str, en_candidate: str, dictionary: Dictionary) -> bool:
    """Whether ``en_candidate`` renders every word of ``zh_term`` (:func:`renders_every_word`)
    and needs its last word to do so: "sexual and gender-based violence and violence"
    renders 性暴力和性别暴力 whole, but so does it without its last word. (A first word
    may be needed though a shorter span already counts as whole: glosses are matched
    loosely, so "energy agency" counts for 原子能机构, "atomic energy agency" too.)"""
    if not renders_every_word(zh_term, en_candidate, dictionary):
        return False
    head = en_candidate.split()[:-1]
    return not head or not renders_every_word(zh_term, " ".join(head), dictionary)


def explained(en_candidate: str, zh_term: str, dictionary: Dictionary) -> float | None:
    """Share of ``en_candidate``'s content words that translate some word of ``zh_term``.

    The mirror of :func:`coverage`: it is low for over-long candidates ("small arms and
    light weapons" for 小武器). None when the candidate has no content word.
    """
    stems = read_stems(en_candidate, zh_term, dictionary)
    if not stems:
        return None
    available = _term_stems(zh_term, dictionary)
    if not available:
        return None
    return sum(1 for s in stems if reads_as(s, available)) / len(stems)


def _term_stems(zh_term: str, dictionary: Dictionary) -> frozenset[str]:
    """What the term's dictionary words may translate to, their parts' meanings too
    (:func:`word_meanings`)."""
    stems: set[str] = set()
    for word in dictionary.segment(zh_term):
        stems |= word_meanings(word, dictionary)
    return frozenset(stems)


def times_meant(stem: str, term: str, dictionary: Dictionary) -> int:
    """How many dictionary words of ``term`` may translate to ``stem``."""
    return sum(1 for word in dictionary.segment(term)
               if known_stem(stem, dictionary.translations(word)))


def _added_words(longer: str, shorter: str) -> list[str]:
    """The lower-cased words of ``longer`` beyond those of ``shorter``, singular."""
    return multiset_minus([singular(w) for w in longer.lower().split()],
                           [singular(w) for w in shorter.lower().split()])


def multiset_minus(longer: list[str], shorter: list[str]) -> list[str]:
    """``longer`` without one occurrence of each item of ``shorter``, in order."""
    rest = list(longer)
    for item in shorter:
        if item in rest:
            rest.remove(item)
    return rest


MIN_SPELLED_LETTERS = 3
"""Letters a word needs to be read as the initials of a term's words: two letters are the
initials of too many pairs of words."""


def spelled_by_term(word: str, term: str, dictionary: Dictionary) -> bool:
    """Whether ``word`` (lower case) is the acronym of consecutive dictionary words of
    ``term``, one letter each, the first letter of one of that word's own glosses: "fir"
    for 飞行情报区, which the dictionary reads 飞行 "flight", 情报 "information", 区
    "region". English gives a name by its acronym as often as in full; the acronym's
    letters are no word the dictionary can read for the term, and the word they happen to
    spell ("fir", a tree) is none of its meanings."""
    if len(word) < MIN_SPELLED_LETTERS or not word.isalpha():
        return False
    initials = [{stem[0] for stem in dictionary.translations(w)}
                for w in dictionary.segment(term)]
    size = len(word)
    return any(all(word[k] in initials[start + k] for k in range(size))
               for start in range(len(initials) - size + 1))


def extension_explained(term: str, longer: str, shorter: str, direction: str,
                        dictionary: Dictionary) -> bool | None:
    """Whether what ``longer`` adds to ``shorter`` translates part of ``term``.

    "General Assembly" adds "General" to "Assembly", and 大会 translates as "general
    assembly": True, the longer candidate is the better answer. "Group of 77 and China"
    adds "China", which 77国集团 does not mean: False, the extension belongs to another
    word of the sentence (中国). None when the dictionary cannot tell, as when the added
    words hold one its glosses never give ("measure in outer space activities" for
    空间活动: "measure" is dropped from glosses as the boilerplate "measure word"). An
    added word spelt by the initials of the term's words (:func:`spelled_by_term`) renders
    them: "Nicosia FIR" explains "Nicosia" for 尼科西亚飞行情报区.
    """
    if direction == "zh":
        added = _added_words(longer, shorter)
        if any(w in _UNGLOSSED for w in added):
            return None
        extra = multiset_minus(read_stems(longer, term, dictionary),
                               read_stems(shorter, term, dictionary))
        spelled = [stem for word in added if spelled_by_term(word, term, dictionary)
                   for stem in content_stems(word)] if extra else []
        if spelled:
            # An acronym of the term's own words renders them, whatever English word the
            # letters happen to spell ("FIR", lower-cased "fir", for 飞行情报区).
            extra = multiset_minus(extra, spelled)
            if not extra:
                return True
        if not extra:
            # A figure the term does not state is the sentence's ("1951 Convention
            # relating to …" for 关于难民地位的公约, whose 1951年 stands outside 《》).
            figures = _DIGITS.findall(longer.replace(shorter, " ", 1))
            return False if figures and not _DIGITS.search(term) else None
        available = _term_stems(term, dictionary)
        if not available:
            return None
        # A word the shorter candidate already has renders nothing new when repeated
        # ("members of the United Nations that are members" for 联合国会员国), unless the
        # term says it again (核 twice in 核裁军和不扩散核武器: "nuclear" twice).
        said = Counter(read_stems(shorter, term, dictionary))
        return all(reads_as(stem, available)
                   and (not said[stem] or times_meant(stem, term, dictionary) > said[stem])
                   for stem in extra)
    # Reverse: Chinese candidates of an English term; the added characters must
    # translate some word of the English term.
    remainder = longer.replace(shorter, " ", 1)
    words = [w for w in dictionary.segment(remainder) if dictionary.translations(w)]
    if not words:
        return None
    stems = set(content_stems(term))
    return all(any(known_stem(stem, dictionary.translations(w)) for stem in stems)
               for w in words)


def read_by_a_lone_character(term: str, longer: str, shorter: str,
                              dictionary: Dictionary) -> bool:
    """Whether what ``longer`` adds to ``shorter`` the term says only through a character
    the dictionary reads alone: no word of two characters or more of the term gives it
    ("people" for the 人 of 土族塞人, a word the dictionary does not know, split into
    土族, 塞 and 人). A lone character pools many senses (:func:`word_meanings`), and one
    that ends a name the dictionary does not know is as likely rendered inside the name's
    English ("Turkish Cypriot" for 土族塞人) as by a word of its own."""
    extra = multiset_minus(read_stems(longer, term, dictionary),
                           read_stems(shorter, term, dictionary))
    if not extra:
        return False
    words = dictionary.segment(term)
    alone = frozenset(stem for word in words if len(word) == 1
                      for stem in dictionary.translations(word))
    whole = frozenset(stem for word in words if len(word) > 1
                      for stem in word_meanings(word, dictionary))
    return all(reads_as(stem, alone) and not reads_as(stem, whole) for stem in extra)


NEGATIONS = frozenset("非不无未反防抗禁免")
"""Chinese characters that negate or oppose what follows them (非政府 "non-governmental",
不扩散 and 防扩散 "non-proliferation", 无核 "nuclear-free", 反人员 "anti-personnel",
抗逆转录病毒 "antiretroviral"): a term holding one may well say the English prefix."""


def says_opposite(zh_term: str, en_candidate: str, dictionary: Dictionary) -> bool:
    """Whether ``en_candidate`` negates, by a prefix the term does not say, a word the
    term means: "non-nuclear-weapon States" for 核武器国家, "inequality" for 平等.

    The term must hold no negating character (:data:`NEGATIONS`), the prefixed word's
    base must translate a word of the term, and the whole word must not (失业 is
    "unemployment" itself: no opposite). A longer term's occurrences inside a negated
    one (核武器国家 in 无核武器国家) link it to the negated English wherever the negated
    term is not listed; that rendering says the opposite of the term.
    """
    if NEGATIONS.intersection(zh_term):
        return False
    # Asked of every candidate linked to every term: most hold no prefix at all, so the
    # term's meanings are looked up only for those that do.
    negated = negated_bases(en_candidate)
    if not negated:
        return False
    meant = _term_stems(zh_term, dictionary)
    if not meant:
        return False
    for word, base in negated:
        bases = content_stems(base)
        if (bases and all(known_stem(s, meant) for s in bases)
                and not any(known_stem(s, meant) for s in content_stems(word.replace("-", "")))):
            return True
    return False


def evidence(term: str, candidate: str, direction: str,
             dictionary: Dictionary) -> float | None:
    """One number for how well the dictionary supports pairing ``term`` with ``candidate``:
    the product of :func:`coverage` and :func:`explained` (whichever are known), so a
    candidate must both translate the term and add nothing foreign to it."""
    zh, en = (term, candidate) if direction == "zh" else (candidate, term)
    parts = [v for v in (coverage(zh, en, dictionary), explained(en, zh, dictionary))
             if v is not None]
    if not parts:
        return None
    product = 1.0
    for part in parts:
        product *= part
    return product
