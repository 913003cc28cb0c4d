"""Cut an English answer down to what the term itself means, using its sentence pairs.

Competitive linking rewards the longest n-gram that co-occurs with a term as often as
its core does, so a term that keeps the same company in the corpus comes back one word
too long: 方案预算 as "proposed programme budget" (the Chinese says 拟议方案预算),
缔约方会议 as "session of the Conference of the Parties" (…缔约方会议第二十一届会议),
两年期 as "biennium 2016-2017", 主席团 as "Bureau of the Commission" (委员会主席团).

The evidence that the extra words belong to the company and not to the term is in the
sentence pairs themselves: the dictionary does not give them as a translation of the
term, but it does give them as a translation of Chinese words standing *outside* the
term in every example pair (拟议 → proposed, 届会 → session, 委员会 → commission; a number
stated in the Chinese). Such words are cut, with the function words they leave at the
edge, provided the core keeps every word of the term the dictionary can translate.
A name whose extra words the term does mean ("Office of the United Nations High
Commissioner for Refugees" for 难民署: 难民 → refugee) is never cut; a term the
dictionary cannot read at all gives no evidence and is left alone.

The dictionary lacks the UN senses of the company terms keep (委员会 is only
"committee", 届/会议 never "session"), so a word beside the term also explains an English
word the corpus itself translates it by (:mod:`termbase.pair.learned`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from termbase.align.lexicon import STOP_WORDS as GLOSS_STOP_WORDS
from termbase.align.lexicon import content_stems
from termbase.pair.dictionary import (
    Dictionary,
    coverage,
    known_stem,
    read_in_full,
    read_stems,
    reads_as,
    times_meant,
    word_meanings,
)
from termbase.pair.learned import Glosses
from termbase.pair.ngrams import STOP_WORDS, ZH_GRAMMAR
from termbase.text.chinese import CJK_RUN
from termbase.text.english import EN_CONJUNCTIONS, singular
from termbase.text.titles import strip_title_marks

_DIGITS = re.compile(r"\d+")

MIN_EXAMPLES = 2
"""Pairs that must all explain the extra words: one pair is an anecdote."""


@dataclass(frozen=True, slots=True)
class _Context:
    """What the Chinese of one example pair says outside the term."""

    own: tuple[str, ...]
    """The term, then its dictionary words."""
    words: frozenset[str]
    stems: frozenset[str]
    numbers: frozenset[str]
    glosses: Glosses

    @classmethod
    def of(cls, zh: str, term: str, dictionary: Dictionary,
           glosses: Glosses | None = None) -> _Context:
        outside = zh.replace(term, "\x00")
        words: set[str] = set()
        stems: set[str] = set()
        for run in CJK_RUN.findall(outside):
            for word in dictionary.segment(run):
                words.add(word)
                stems |= dictionary.translations(word)
        own = (term, *dict.fromkeys(dictionary.segment(term)))
        return cls(own, frozenset(words), frozenset(stems),
                   frozenset(_DIGITS.findall(outside)), glosses or Glosses())

    def explains(self, word: str) -> bool:
        numbers = _DIGITS.findall(word)
        if numbers:
            return all(n in self.numbers for n in numbers)
        # A list, not a generator: every question is asked, so that the first decision
        # records them all (:class:`termbase.pair.learned.Questions`).
        return all([known_stem(s, self.stems) or self.learned(s) for s in content_stems(word)])

    def learned(self, stem: str) -> bool:
        """Whether the corpus says a word here translates ``stem`` (the senses the
        dictionary lacks: 委员会 "Commission")."""
        return any(self.glosses.translates(w, stem, self.own) for w in sorted(self.words))


def _all_explain(contexts: Sequence[_Context], words: Sequence[str]) -> bool:
    """Whether every context explains every word (each asked: see :meth:`_Context.explains`)."""
    return all([context.explains(w) for context in contexts for w in words])


def _units(words: Sequence[str]) -> list[str]:
    """The words that carry meaning (content words and numbers) among ``words``."""
    return [w for w in words
            if _DIGITS.search(w) or (content_stems(w) and w.lower() not in STOP_WORDS)]


def _is_function(word: str) -> bool:
    lower = word.lower()
    return lower in STOP_WORDS or lower in GLOSS_STOP_WORDS


def term_meanings(term: str, dictionary: Dictionary) -> frozenset[str]:
    """Every English stem the dictionary gives for a word of ``term`` or one of its
    characters: the characters too, because a compound the dictionary lacks still means
    what its head character does (小岛屿发展中国家 read as 发展中国家 "developing country"
    still means "States" through 国). Frozen: :func:`termbase.pair.dictionary.known_stem`
    remembers its answers for a frozen set."""
    stems: set[str] = set()
    for word in [*dictionary.segment(term), *term]:
        stems |= dictionary.translations(word)
    return frozenset(stems)


def words_meaning(term: str, dictionary: Dictionary) -> frozenset[str]:
    """Every English stem the dictionary gives for a word of ``term`` as it segments it:
    what the term's words mean, for the tests that weigh that against what the Chinese
    around the term says. Unlike :func:`term_meanings`, not the glosses of a lone
    character inside a longer word.

    A character pools the senses of every word it makes, and inside a word it has that
    word's sense only: 主题 is "theme", not 题 "discuss"; 尊重 "respect", not 重 "attach
    importance"; 通力合作 "cooperate", not 作 "part" (which the stems match in
    "particular"). When the Chinese around the term says a word of the answer in every
    example pair, such a sense is no evidence that the term says it too. (:func:`term_meanings`
    keeps the characters for the tests where a word must count as the term's though the
    dictionary's compound hides it: 小岛屿发展中国家 says "small" through 小, inside 小岛
    "islet".) The set is a part of :func:`term_meanings`, so a test asked with it only
    finds more of the answer to be the company's."""
    stems: set[str] = set()
    for word in dictionary.segment(term):
        stems |= dictionary.translations(word)
    return frozenset(stems)


def _may_cut(term: str, term_stems: frozenset[str], cut: Sequence[str], core: str,
             full_coverage: float | None, dictionary: Dictionary) -> bool:
    """Whether the term leaves ``cut`` to its context: it means none of those words, and
    ``core`` keeps everything of the term the whole candidate translated."""
    if all(_DIGITS.search(w) for w in cut):
        # Figures the Chinese states outside a term without figures are the sentence's
        # ("biennium 2016-2017" for 2016-2017两年期), however the term itself counts.
        return not _DIGITS.search(term)
    if not term_stems or not any(known_stem(s, term_stems) for s in content_stems(core)):
        return False  # no evidence that the core is what the term means
    if any(known_stem(s, term_stems) for w in cut for s in content_stems(w)):
        return False
    return coverage(term, core, dictionary) == full_coverage


def _cuts_a_repetition(term: str, term_stems: frozenset[str], cut: Sequence[str], core: str,
                       full_coverage: float | None, dictionary: Dictionary) -> bool:
    """Whether ``cut`` is one word the term means that ``core`` already says as often as
    the term's words mean it: a repetition, which renders nothing of the term the core
    leaves out. "Council made the following statement on behalf of the Council" for
    代表安理会发表声明如下 says "Council" twice for one 安理会; one of them is the
    sentence's (安全理事会主席, "the President of the Security Council", beside the term).
    A word the term means more times than the core says it (核 twice in
    核裁军和不扩散核武器: "nuclear" twice) is no repetition."""
    if len(cut) != 1 or _DIGITS.search(cut[0]):
        return False
    stems = read_stems(cut[0], term, dictionary)
    if not stems or not all(known_stem(s, term_stems) for s in stems):
        return False
    # The same word, stemmed alike: a stem the dictionary's loose match would also take
    # is another word ("Statute" is no second "States" for 罗马规约缔约国).
    said = Counter(read_stems(core, term, dictionary))
    for stem in stems:
        if said[stem] < max(1, times_meant(stem, term, dictionary)):
            return False
    return coverage(term, core, dictionary) == full_coverage


def _keeps_head(words: Sequence[str], end: int) -> bool:
    """Whether a core ending before ``words[end]`` keeps the head of the English phrase.

    English puts a noun phrase's head last, before any complement: what follows the core
    may be cut only when it is a complement ("Bureau | of the Commission", "programme
    budget | for the biennium") or figures ("biennium | 2016-2017"). Cutting the last
    word itself leaves a modifier without its noun ("General | Service" for 一般事务).
    """
    if end == len(words):
        return True
    rest = words[end:]
    return _is_function(rest[0]) or all(_DIGITS.search(w) for w in rest)


def core_by_context(term: str, text: str, example_zh: Sequence[str],
                    dictionary: Dictionary, glosses: Glosses | None = None) -> str:
    """``text`` without the words at its edges that the example pairs say belong to the
    sentence around ``term`` rather than to ``term``; ``text`` itself when nothing can be
    cut (see the module docstring for the rule)."""
    words = text.split()
    if len(words) < 2 or len(example_zh) < MIN_EXAMPLES:
        return text
    term_stems = term_meanings(term, dictionary)
    full_coverage = coverage(term, text, dictionary)
    contexts = [_Context.of(zh, term, dictionary, glosses) for zh in example_zh]
    valid = []
    repeated = []
    for start in range(len(words)):
        for end in range(start + 1, len(words) + 1):
            if (start, end) == (0, len(words)):
                continue
            core = words[start:end]
            if _is_function(core[0]) or _is_function(core[-1]) or not _units(core):
                continue
            if not _keeps_head(words, end):
                continue
            cut = _units(words[:start] + words[end:])
            if cut and _may_cut(term, term_stems, cut, " ".join(core), full_coverage,
                                dictionary) \
                    and _all_explain(contexts, cut):
                valid.append((end - start, start, end))
            elif cut and _cuts_a_repetition(term, term_stems, cut, " ".join(core),
                                            full_coverage, dictionary) \
                    and _all_explain(contexts, cut):
                repeated.append((end - start, start, end))
    if not valid and repeated:
        # A repetition is cut alone, with the fewest words around it: the longest such
        # core, when one copy only leaves it ("the Council" cut from the end would take
        # "of" from "on behalf of the Council" with it). Two as long: either copy may be
        # the term's, and the answer stands.
        longest = max(size for size, _, _ in repeated)
        cores = {(start, end) for size, start, end in repeated if size == longest}
        if len(cores) > 1:
            return text
        start, end = cores.pop()
        return " ".join(words[start:end])
    if not valid:
        return text
    # Every valid core keeps all the term means; the shortest drops everything the
    # sentences explain ("Conference of the Parties to the United Nations Framework
    # Convention on Climate Change" for 联合国气候变化框架公约 loses both the Conference and
    # the Parties, which 缔约方会议 beside it explains).
    _, start, end = min(valid)
    return " ".join(words[start:end])


def named_by_company(term: str, head: str, name: str, examples: Sequence[tuple[str, str]],
                     dictionary: Dictionary, glosses: Glosses | None = None) -> bool:
    """Whether the words ``name`` adds to its head word ``head`` translate Chinese standing
    beside ``term`` rather than the term.

    English refers to a body by its head word ("the Bureau"), and the name containing it
    is the term's full English only when the term says the rest: 主席团 in
    委员会主席团 is "the Bureau", and "Bureau of the Commission" names the company it
    keeps. The evidence is :func:`core_by_context`'s, over the example pairs
    (``(zh, en)``) whose English holds the name: the term means none of the added words
    and the Chinese outside it gives them all, in every such pair. One such pair is
    enough here, unlike for a cut: the name would be a promotion over the head word the
    term is linked to, and a promotion needs no more than one pair to be withheld.
    """
    named = [zh for zh, en in examples if name.lower() in en.lower()]
    if not named:
        return False
    head_words = {w.lower() for w in head.split()}
    extra = _units([w for w in name.split() if w.lower() not in head_words])
    term_stems = term_meanings(term, dictionary)
    if not extra or any(known_stem(s, term_stems) for w in extra for s in content_stems(w)):
        return False
    contexts = [_Context.of(zh, term, dictionary, glosses) for zh in named]
    return _all_explain(contexts, extra)


def said_beside(term: str, text: str, example_zh: Sequence[str], dictionary: Dictionary,
                glosses: Glosses | None = None) -> bool:
    """Whether the Chinese outside ``term`` gives every word of ``text`` in every example
    pair (at least :data:`MIN_EXAMPLES` of them): then what the dictionary reads of the
    term in ``text`` is no evidence for it, the sentence says it anyway (恢复 "recover"
    beside 复原力, which the dictionary reads as 复原 "recover" + 力)."""
    words = _units(text.split())
    if len(example_zh) < MIN_EXAMPLES or not words:
        return False
    contexts = [_Context.of(zh, term, dictionary, glosses) for zh in example_zh]
    return _all_explain(contexts, words)


def said_beside_somewhere(term: str, words: Sequence[str], example_zh: Sequence[str],
                          dictionary: Dictionary, glosses: Glosses | None = None) -> bool:
    """Whether the Chinese outside ``term`` gives every one of ``words`` in at least one
    example pair: a sign, not a proof (:func:`said_beside` asks it of every pair), that
    the words are the sentence's — enough to let go words the term already does not mean
    (疫情 "epidemic" beside 冠状病毒病 in one pair, 大流行病 "pandemic" in another)."""
    units = _units(words)
    if not units:
        return False
    return any(_all_explain([_Context.of(zh, term, dictionary, glosses)], units)
               for zh in example_zh)


ACRONYM = re.compile(r"\b[A-Z][A-Z0-9-]*[A-Z]\b")
"""An acronym (UNDP, COVID-19): it translates nothing word by word."""


def neighbour_rendering(term: str, text: str, example_zh: Sequence[str],
                        dictionary: Dictionary, glosses: Glosses | None = None) -> bool:
    """Whether ``text`` translates a word that stands beside ``term`` rather than ``term``.

    Co-occurrence alone can crown a neighbour: 非法贸易 stands beside 扩散 in most of its
    few sentences, and "Proliferation" wins its links. The counter-evidence is the same
    as :func:`core_by_context`'s: the dictionary gives none of the candidate's words for
    the term, and one of them or more for Chinese outside the term in every example
    pair. A candidate need not be the neighbour's rendering alone: in a term's few
    pairs the longest n-gram they share wins, and it runs over the company into words
    the dictionary reads nowhere ("speaking on behalf of the Rapporteur" for 特别报告员
    in 代表特别报告员发言) — nothing in it is the term's, and part of it is the
    neighbour's. An acronym translates nothing word by word and is never judged so.
    """
    if len(example_zh) < MIN_EXAMPLES or ACRONYM.search(text):
        return False
    words = _units(text.split())
    if not words or any(_DIGITS.search(w) for w in words):
        return False
    if coverage(term, text, dictionary) != 0.0:
        return False
    term_stems = words_meaning(term, dictionary)
    if any(known_stem(s, term_stems) for w in words for s in content_stems(w)):
        return False
    contexts = [_Context.of(zh, term, dictionary, glosses) for zh in example_zh]
    # Every word is asked (a list, not a generator), as _all_explain asks them: the
    # first decision records the questions for the learned glosses.
    said = [_all_explain(contexts, [w]) for w in words]
    return any(said)


_NEXT_WORD = re.compile(r"\s+([^\W_][\w'’‑-]*)")
_PREVIOUS_WORD = re.compile(r"([^\W_][\w'’‑-]*)\s+$")
_SHARED_HEAD = re.compile(
    r"(?:\s*,\s*[^\W\d_][\w'’‑-]*)*\s*,?\s+(?:" + "|".join(sorted(EN_CONJUNCTIONS)) + r")\s+"
    r"[^\W\d_][\w'’‑-]*"
    r"\s+([^\W_][\w'’‑-]*)", re.IGNORECASE)
"""One-word conjuncts after a use, then the head noun they share: "human rights, refugee
and humanitarian law" says "human rights law" once for three laws."""


def _neighbours(text: str, english: str, after: bool) -> list[str | None]:
    """The word right after (or before) each use of ``text`` in ``english``; None where
    punctuation or the end of the sentence stands there. A use that opens a list of
    one-word conjuncts is followed by the head noun the list ends with: English says a
    shared head once, after its last modifier."""
    found: list[str | None] = []
    pattern = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)", re.IGNORECASE)
    for match in pattern.finditer(english):
        if after:
            word = _NEXT_WORD.match(english, match.end())
            if word is None or word.group(1).lower() in EN_CONJUNCTIONS:
                word = _SHARED_HEAD.match(english, match.end()) or word
        else:
            word = _PREVIOUS_WORD.search(english, 0, match.start())
        found.append(word.group(1) if word else None)
    return found


def completed_by_context(term: str, text: str, examples: Sequence[tuple[str, str]],
                         dictionary: Dictionary, glosses: Glosses | None = None, *,
                         max_words: int | None = None) -> str:
    """``text`` with the words that stand right beside it in every example pair and that
    the term means: the answer stopped short of the term's phrase.

    Loose glosses let a fragment pass for a whole rendering: "Members of the United"
    renders 联合国 "United Nations" through "United", "island developing" 小岛屿发展中国家
    through "island" and "developing" (the dictionary reads 小岛, not 小 "small"). The
    sentences show the cut: every use of the fragment is followed by the same word
    (singular or plural, in either spelling the dictionary may read), and the term means
    it (国 "State"), or preceded by one ("small" before "island"). Such a
    word is taken in, edge by edge, while every example agrees on it; a word the term
    does not mean ("extrabudgetary | resources" for 预算外) is the sentence's and stays
    out, as a function word or figure does; so is one the Chinese outside the term says in
    every pair, which :func:`core_by_context` would cut again. A first word is taken in
    only once the last one was: "proposed programme budget" is a whole phrase, and
    "proposed" (拟议's) passes for a meaning of 方案 "proposal". An answer as long as
    the candidates may be (``max_words``) may have been cut at either end: its first
    word is in doubt from the start ("nations organization mission in the democratic
    republic of the congo", ten words, always after "united").
    """
    if len(examples) < MIN_EXAMPLES:
        return text
    term_stems = term_meanings(term, dictionary)
    if not term_stems:
        return text
    example_en = [en for _, en in examples]
    contexts = [_Context.of(zh, term, dictionary, glosses) for zh, _ in examples]
    cut_short = max_words is not None and len(text.split()) >= max_words
    for _ in range(len(term) + 1):  # never longer than one word a character
        grown = None
        # English ends a noun phrase with its head: a span that stops before a word the
        # term means stopped short. Only then are its first words in doubt too; a whole
        # phrase may be preceded by the same word every time ("proposed programme
        # budget": 方案 is also "proposal").
        for after in (True, False) if cut_short else (True,):
            word = _same_word_beside(text, example_en, after)
            if (word is None or not _units([word]) or _DIGITS.search(word)
                    or _is_function(word)
                    or not all(known_stem(s, term_stems)
                               for s in read_stems(word, term, dictionary))
                    or _all_explain(contexts, [word])):
                continue
            grown = f"{text} {word}" if after else f"{word} {text}"
            cut_short = True
            break
        if grown is None:
            return text
        text = grown
    return text


def grown_by_head_beside(term: str, text: str, examples: Sequence[tuple[str, str]],
                         dictionary: Dictionary, glosses: Glosses | None = None, *,
                         max_words: int | None = None) -> str:
    """``text`` grown by the one word after its uses that renders the term's last word,
    which the answer leaves unread, where the uses disagree: one concept worded two ways
    splits the support, and the shorter wording wins ("a low fertility rate" and "future
    fertility" for 生育率: "fertility" leaves 率 "rate" unread). Asked of an answer
    pairing gives, after every rule that abstains on a fragment: where the examples say
    the longer rendering so often that the answer is no rendering at all
    (:func:`termbase.pair.fragments.unsaid_beside`), pairing abstains, and growing such
    a fragment instead answered phrases the text says in two pairs ('Treaty provides',
    'concrete recommendations'), each taking a place of mine's list.

    Chinese and English both end a noun phrase with its head, so a word after the answer
    may render the term's last word and no other: a word before it may say again what
    the answer renders in a sense the dictionary lacks ("meeting opening of the session"
    for 会议开幕), and a word after it reading a middle word by a lone character's loose
    gloss ("OHCHR personnel" for 人权高专办, 专 "for a particular person") is the
    sentence's. A word the Chinese outside the term says in that pair is the sentence's
    too; two such words leave the answer as it is. A name whose uses go on in other
    capitals is named otherwise there: 'Global Environment Facility' twice beside
    'Global Environment Fund' once, 基金 "fund"."""
    if len(examples) < MIN_EXAMPLES:
        return text
    contexts = [_Context.of(zh, term, dictionary, glosses) for zh, _ in examples]
    grown = _reads_more_beside(term, text, examples, contexts, dictionary)
    # A head English says in two words is taken in whole where its uses agree on the
    # second ("ad hoc Working Group" for 特设工作组, 工作组 "working group").
    return text if grown is None else completed_by_context(term, grown, examples, dictionary,
                                                            glosses, max_words=max_words)


def _reads_more_beside(term: str, text: str, examples: Sequence[tuple[str, str]],
                       contexts: Sequence[_Context], dictionary: Dictionary) -> str | None:
    """See :func:`grown_by_head_beside`; None where the answer stays as it is."""
    words = [w for w in dictionary.segment(term) if dictionary.translations(w)]
    units = _units(text.split())
    if not words or not units or _all_explain(contexts, units):
        # An answer the Chinese outside the term says in every pair is a neighbour's
        # rendering ("illegal" of 非法 before 定居点), not a short one of the term.
        return None
    head = dictionary.translations(words[-1])
    stems = read_stems(text, term, dictionary)
    if any(reads_as(stem, head) for stem in stems):
        return None
    if len(words[-1]) < 2 and not any(reads_as(stem, dictionary.translations(word))
                                      for word in words[:-1] for stem in stems):
        # A lone character glosses loosely, and in a name rendered by its sound every
        # character has a gloss the name does not mean (昌 "prosperous" of 宁弘昌 "Ning
        # Hong Chang"): it is the head only of an answer that renders the term's other
        # words by their meaning.
        return None
    # A name of capitalised words ends where its capitals end: a word after it in lower
    # case is the sentence's ("Ning Hong Chang prosperous" for 宁弘昌, 昌 "prosperous").
    named = len(units) > 1 and all(w[:1].isupper() for w in units)
    found: dict[str, str] = {}
    for (_, en), context in zip(examples, contexts, strict=True):
        for word in _neighbours(text, en, after=True):
            if (word is None or not _units([word]) or _DIGITS.search(word)
                    or _is_function(word) or (named and word[:1].islower())):
                continue
            if any(reads_as(stem, head) for stem in read_stems(word, term, dictionary)) \
                    and not context.explains(word):
                found.setdefault(singular(word.lower()), f"{text} {word}")
            elif named and word[:1].isupper():
                # The name goes on in other capitals here ('Global Environment Facility'
                # beside 'Global Environment Fund'): its uses name it otherwise.
                return None
    return next(iter(found.values())) if len(found) == 1 else None


def _same_word_beside(text: str, example_en: Sequence[str], after: bool) -> str | None:
    """The one word that stands right after (or before) every use of ``text`` in the
    examples, singular or plural (a shared head after a list of modifiers is plural:
    "regional and coordinating centres"), as the first use spells it; None if the uses
    disagree or one has none."""
    beside = [w for en in example_en for w in _neighbours(text, en, after)]
    if not beside or any(w is None for w in beside):
        return None
    if len({singular(w.lower()) for w in beside if w is not None}) != 1:
        return None
    return beside[0]


def runs_into_company(term: str, text: str, example_zh: Sequence[str],
                      dictionary: Dictionary, glosses: Glosses | None = None) -> bool:
    """Whether ``text`` ends in the rendering of the Chinese word that follows ``term`` in
    every example pair, words the term does not mean, where :func:`core_by_context` could
    not cut them.

    Chinese, like English, puts the head of a noun phrase last: a term always followed by
    the same word modifies it, and the answer then runs on into that head ("silver
    students" for 白银 before 学员, "Central Empire" for 中央 before 帝国, a name's
    English and "Palace" before 宫殿). core_by_context never cuts a last word (a head the
    dictionary does not read may still be the term's), nor where the dictionary cannot
    confirm that the rest is the term's (a name). What of the answer is the term's is
    then unknown and the answer is known to say more than the term, so pairing abstains
    rather than answer with the longer phrase.

    Only the head right after the term counts. A word said elsewhere in every sentence
    may render a word of the term the dictionary glosses otherwise ("responses" for 对策
    in 刑事司法对策, whose sentences say 处理 too); and a word before the term may belong
    to a full name whose short form the term is (国际 before 原子能机构, "International
    Atomic Energy Agency").
    """
    words = text.split()
    if len(words) < 2 or len(example_zh) < MIN_EXAMPLES or ACRONYM.search(text):
        return False
    term_stems = words_meaning(term, dictionary)
    contexts = [_followed_by(zh, term, dictionary, glosses) for zh in example_zh]
    for size in range(1, len(words)):
        cut, core = _units(words[-size:]), words[:-size]
        if not cut or not _units(core) or _is_function(core[-1]) \
                or any(_DIGITS.search(w) for w in cut):
            continue
        if any(known_stem(s, term_stems) for w in cut for s in content_stems(w)):
            return False  # the term's own word: longer cuts hold it too
        if _all_explain(contexts, cut):
            return True
    return False


def _followed_by(zh: str, term: str, dictionary: Dictionary,
                 glosses: Glosses | None) -> _Context:
    """What the Chinese word right after each use of ``term`` in ``zh`` says (grammatical
    glue, which the corpus may "teach" an English word by chance, says nothing)."""
    words: set[str] = set()
    stems: set[str] = set()
    for after in zh.split(term)[1:]:
        run = CJK_RUN.match(after)
        if run is None or run.group()[0] in ZH_GRAMMAR:
            continue
        # The segmenter skips characters it has no entry for: the word must open the run.
        segmented = dictionary.segment(run.group())
        if segmented and run.group().startswith(segmented[0]):
            words.add(segmented[0])
            stems |= dictionary.translations(segmented[0])
    own = (term, *dict.fromkeys(dictionary.segment(term)))
    return _Context(own, frozenset(words), frozenset(stems), frozenset(), glosses or Glosses())


def completes_longer_string(term: str, text: str, example_zh: Sequence[str],
                            dictionary: Dictionary, glosses: Glosses | None = None
                            ) -> str | None:
    """The word of ``text`` that renders the Chinese right after ``term`` — the same
    string after every use in every example pair — and no word of the term; None when
    there is none.

    A term always followed by the same Chinese is a string cut from a longer one
    (气候变化不利 from 气候变化不利影响, 联合国难民事务 from 联合国难民事务高级专员), and an
    English answer that says a word of that string's rest ("adverse effects of climate
    change": 影响 "effect") renders the longer string, not the term: English puts the head
    first, so the rest's word stands inside the answer, where :func:`runs_into_company`,
    which reads the answer's last words, cannot see it. Only the rest shared by every
    use counts (a word after one use is the sentence's), only after the term (a word
    before it may be a full name's, whose short form the term is: 国际 before
    原子能机构), and a word the term's words mean (:func:`words_meaning`) is the term's
    own."""
    if len(example_zh) < MIN_EXAMPLES or ACRONYM.search(text):
        return None
    rest = _shared_rest(term, example_zh)
    if rest is None:
        return None
    words = frozenset(w for w in dictionary.segment(rest) if w not in ZH_GRAMMAR)
    stems = frozenset(s for w in words for s in dictionary.translations(w))
    own = (term, *dict.fromkeys(dictionary.segment(term)))
    context = _Context(own, words, stems, frozenset(), glosses or Glosses())
    term_stems = words_meaning(term, dictionary)
    for word in _units(text.split()):
        said = content_stems(word)
        if _DIGITS.search(word) or any(known_stem(s, term_stems) for s in said):
            continue
        if context.explains(word):
            return word
    return None


def ends_inside_a_word(term: str, text: str, example_zh: Sequence[str],
                       dictionary: Dictionary) -> str | None:
    """The word of ``text`` that the term says only through its last character, read
    alone, when that character opens a dictionary word with the Chinese after it at every
    use in every example pair, and in each pair such a word gives it too; None otherwise.

    A term whose edge falls inside a word of its sentences is a string cut from a longer
    one: 叙利亚人, read as 叙利亚 and a lone 人, stands in 叙利亚人民 "Syrian people" in both
    of its example pairs, and 人民 "people" renders the longer string. The lone character's
    gloss is the only reading the term gives the word, and the weakest there is (a
    character pools many senses); the word straddling the term's edge is the one the
    English says. A pair may hold the string twice, each time inside another word
    (叙利亚人民 and 叙利亚人道主义): one of them giving the English word is enough, since
    the English says the pair's words once each; a use standing apart, its edge a word's
    (叙利亚人在), may be the term itself, and then nothing is said.
    :func:`completes_longer_string` needs a shared rest of :data:`MIN_REST` characters;
    here one character past the edge is enough, because the dictionary word it makes
    with the term's own last character says where the cut is."""
    words = dictionary.segment(term)
    if len(example_zh) < MIN_EXAMPLES or len(words) < 2 or len(words[-1]) != 1 \
            or ACRONYM.search(text):
        return None
    last = words[-1]
    # Per example pair, what the words straddling the term's edge there give.
    straddling: list[frozenset[str]] = []
    for zh in example_zh:
        uses = zh.split(term)[1:]
        if not uses:
            return None
        given: set[str] = set()
        for after in uses:
            run = CJK_RUN.match(after)
            if run is None:
                return None
            opening = dictionary.segment(last + run.group())
            if not opening or len(opening[0]) < 2 or not opening[0].startswith(last):
                return None
            given.update(dictionary.translations(opening[0]))
        straddling.append(frozenset(given))
    alone = frozenset(dictionary.translations(last))
    others = frozenset(s for word in words[:-1] for s in word_meanings(word, dictionary))
    for word in _units(text.split()):
        said = content_stems(word)
        if said and all(known_stem(s, alone) and not known_stem(s, others)
                        and all(known_stem(s, given) for given in straddling)
                        for s in said):
            return word
    return None


NEXT_WORDS = 3
"""How many words after a term :func:`completes_past_reading` looks at for its head."""


def completes_past_reading(term: str, text: str, example_zh: Sequence[str],
                           dictionary: Dictionary) -> str | None:
    """The word of ``text`` that no word or character of ``term`` means, when the term
    always stands before the same word (:func:`_head_after`) and ``text`` already
    renders every word of the term, which the dictionary reads in full; None otherwise.

    :func:`completes_longer_string` needs the dictionary (or the corpus) to give the
    answer's extra word for the Chinese after the term, and both miss the senses of UN
    usage: 代表团 is "delegation" to the dictionary, and the corpus ties "Mission" as
    closely to 常驻 as to 代表团, since "Permanent Mission" stands wherever either does.
    Then the term's own reading is the evidence: 乌克兰常驻 (before 联合国代表团 or
    代表团) says "Ukraine" and "Permanent", and "Permanent Mission of Ukraine" says both
    and a word the term does not — the answer renders the phrase the term stands in,
    past what the term says (两国 "two-State solution" before 解决方案, 法律约束力
    "legally binding instruments" before 的文书). The dictionary must read all of the
    term (:func:`read_in_full`): a part it cannot read, a name, is what some word of the
    answer says. A term followed by no one word is left alone: there the extra word is
    more likely a sense of the term's the dictionary lacks (核不扩散 "non-proliferation")."""
    if len(example_zh) < MIN_EXAMPLES or ACRONYM.search(text):
        return None
    if (not _head_after(term, example_zh, dictionary) or not read_in_full(term, dictionary)
            or coverage(term, text, dictionary) != 1.0):
        return None
    term_stems = words_meaning(term, dictionary)
    words = text.split()
    for at, word in enumerate(words):
        if not _units([word]) or _DIGITS.search(word) or _inflected(word.lower(), term_stems):
            continue
        if any(known_stem(s, term_stems) for s in content_stems(word)):
            continue
        # The rest must still render the whole term: a word the reading needs is the
        # term's, however its stem compares ("extrabudgetary" for 预算外 is read as
        # "outside" + "budget").
        rest = " ".join(words[:at] + words[at + 1:])
        if coverage(term, rest, dictionary) == 1.0:
            return word
    return None


INFLECTIONS = ("s", "es", "d", "ed")
"""The endings English adds to a word to inflect it (a closed class): "eye" → "eyed"."""


def _inflected(word: str, stems: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``stems`` (three letters or more) and an inflection: the
    stemmer leaves a short word whole ("eyed"), where the dictionary's gloss was cut
    ("cross-eyed" to "cross", "eye" for 斗鸡眼), so the two stems do not meet."""
    return any(len(stem) >= 3 and word.startswith(stem) and word[len(stem):] in INFLECTIONS
               for stem in stems)


def _head_after(term: str, example_zh: Sequence[str], dictionary: Dictionary) -> frozenset[str]:
    """The words of :data:`MIN_REST` characters or more among the first
    :data:`NEXT_WORDS` after every use of ``term`` in every example (grammatical glue
    skipped: 法律约束力的文书); empty when a use ends its clause or none is shared."""
    shared: frozenset[str] | None = None
    for zh in example_zh:
        uses = zh.split(term)[1:]
        if not uses:
            return frozenset()
        for after in uses:
            run = CJK_RUN.match(after)
            if run is None:
                return frozenset()
            words = [w for w in dictionary.segment(run.group()) if w not in ZH_GRAMMAR]
            here = frozenset(w for w in words[:NEXT_WORDS] if len(w) >= MIN_REST)
            shared = here if shared is None else shared & here
            if not shared:
                return frozenset()
    return shared or frozenset()


MIN_REST = 2
"""Characters the shared rest after a term must have: one character pools too many
senses to tell the longer string's word from chance."""


def _shared_rest(term: str, example_zh: Sequence[str]) -> str | None:
    """The run of ideographs that follows every use of ``term`` in every example, as far
    as they all agree, without the grammatical glue it opens with (或 in 有组织犯罪作为资金
    或后勤支助的来源: the term is one conjunct of a phrase whose head, 来源 "source", comes
    after the other); None when there is less than :data:`MIN_REST`."""
    runs: list[str] = []
    for zh in example_zh:
        uses = zh.split(term)[1:]
        if not uses:
            return None
        runs.extend(run.group() if (run := CJK_RUN.match(after)) else "" for after in uses)
    rest = _common_start(runs).lstrip("".join(ZH_GRAMMAR))
    return rest if len(rest) >= MIN_REST else None


def _common_start(texts: Sequence[str]) -> str:
    """The characters every one of ``texts`` starts with."""
    first = min(texts, default="")
    last = max(texts, default="")
    size = 0
    while size < len(first) and first[size] == last[size]:
        size += 1
    return first[:size]


def inside_longer_name(term: str, text: str, example_zh: Sequence[str],
                       dictionary: Dictionary) -> bool:
    """Whether ``text`` is written as a name (its content words capitalised), ``term``
    stands inside one longer Chinese string in every example pair — the same character
    right before, or right after, each of its uses — and the dictionary reads no word of
    ``text`` in the term.

    A name the segmenter cut stays in its whole name's company: a given name always after
    its surname, a surname always before its given name. The English of every pair then
    says the whole name ("Zhuo Feiyang" for either half of 卓飞扬), and nothing tells the
    term's words from the rest of the name's: the dictionary reads neither, and the
    corpus never shows one without the other. Pairing abstains rather than answer with
    the whole name for its part. A transliterated name joins its parts by a mark
    (:data:`NAME_JOINERS`), which is that longer string's too: 多加赫 always after
    梅斯巴·安萨里·, answered "Mesbah Ansari Dogaheh"; 纳戈尔诺 always before -卡拉巴赫,
    answered "Nagorno-Karabakh", whose hyphenated parts count as words.
    """
    words = _units(text.replace("-", " ").split())
    if len(words) < 2 or len(example_zh) < MIN_EXAMPLES or ACRONYM.search(text):
        return False
    if not all(w[:1].isupper() for w in words):
        return False  # not written as a name (斡旋 "good offices", in 斡旋工作 three times)
    if coverage(term, text, dictionary):
        return False  # the dictionary reads some of the answer in the term
    shared: set[tuple[bool, str]] | None = None
    for zh in example_zh:
        parts = zh.split(term)
        if len(parts) < 2:
            return False
        beside = None
        for before, after in pairwise(parts):
            here = {(True, _name_mark(before[-1:], before[-2:-1])),
                    (False, _name_mark(after[:1], after[1:2]))}
            beside = here if beside is None else beside & here
        shared = beside if shared is None else shared & (beside or set())
        if not shared:
            return False
    return any((CJK_RUN.fullmatch(ch) and ch not in ZH_GRAMMAR) or ch in NAME_JOINERS
               for _, ch in shared or ())


NAME_JOINERS = frozenset("·‧•・-")
"""The marks that join the parts of a transliterated name in Chinese (梅斯巴·安萨里·多加赫,
纳戈尔诺-卡拉巴赫): a closed class of punctuation."""


def _name_mark(char: str, past: str) -> str:
    """``char`` as a sign of the longer string a term stands in: a name joiner only
    between ideographs (``past``, the character beyond it; "2015-2030年" joins figures)."""
    if char in NAME_JOINERS and not (past and CJK_RUN.fullmatch(past)):
        return ""
    return char


VOICE_POSSESSIVES = frozenset({"my", "our", "your"})
"""English possessive determiners of the first and second person (a closed class): "my
Government", "our efforts", "your letter" name the writer of the text or whom it
addresses. Those of the third person are left out: English puts them where Chinese says
none, on a part of a body or a whole ("back of his head" for 后脑勺), and "its" is the
subject's placeholder in a glossary's verb phrase ("express its views")."""

ZH_PERSONAL = frozenset("我你您他她它其咱本自贵各")
"""Chinese characters that say whose a thing is (a closed class: the pronouns, 其 "its,
their", 本 "this, our", 自 "own", 贵 "your", 各 "each"): a term holding one may be
rendered with an English possessive."""

_WORD = re.compile(r"[A-Za-z]+")


def voice_possessive(term: str, text: str, example_zh: Sequence[str]) -> str | None:
    """The English possessive (:data:`VOICE_POSSESSIVES`) in the answer ``text`` that
    ``term`` does not say (no character of :data:`ZH_PERSONAL`); None when there is none.

    Such a possessive says whose the thing is from where the text stands — the writer of
    a letter ("instructions from my Government" for 政府指示), the body that speaks ("our
    efforts") — and no term of a glossary does. An answer that holds one renders the
    sentence around the term, not the term.
    The title of a work keeps its wording whatever it says ("Intensifying our Efforts"),
    so a term cited in title marks in an example is left alone."""
    if ZH_PERSONAL.intersection(term):
        return None
    said: str | None = next(
        (w for w in _WORD.findall(text) if w.lower() in VOICE_POSSESSIVES), None)
    if said is None:
        return None
    bare = strip_title_marks(term)
    if any(f"《{bare}" in zh for zh in example_zh):
        return None
    return said
