"""Candidates drafted from the counts: filtered n-grams, named forms, and their scores.

A :class:`Draft` is a candidate being assembled: its text and words, its statistics,
the sources that propose it ('ngram', 'title', 'definition', 'name', 'sentencepiece')
and its score. Pass 1's counts give the drafts (:func:`ngram_drafts`, :func:`add_named`)
and their first score (:func:`score_drafts`); pass 2's evidence rescores the shortlist
(:func:`rescore_with_characters`).
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import partial

from termbase.extract.candidates import (
    BODY_STARTS,
    SEPARATOR,
    is_name_head,
    is_post,
    is_single_name,
)
from termbase.extract.counting import count_documents
from termbase.extract.evidence import Evidence
from termbase.extract.filters import (
    NO_TERM_END,
    NO_TERM_START,
    is_coordination,
    refuse_text,
    refuse_title,
    refuse_words,
)
from termbase.extract.model import ExtractSettings
from termbase.extract.ranking import DEFAULT_WEIGHTS, score
from termbase.extract.statistics import (
    Counts,
    Neighbours,
    NgramStats,
    c_values,
    entropy,
    ngram_stats,
)
from termbase.extract.units import Unit
from termbase.extract.variants import one_instrument, titles_ending_titles
from termbase.text.chinese import ZH_CONJUNCTIONS
from termbase.text.segment import (
    MIN_SENTENCEPIECE_CHARS,
    FrequencyModel,
    Segmenter,
    SentencePieceSegmenter,
    Tagger,
)


@dataclass(slots=True)
class Draft:
    """A candidate being assembled from the counts."""

    text: str
    words: tuple[str, ...]
    stats: NgramStats
    sources: set[str] = field(default_factory=set)
    score: float = 0.0
    c_value: float = 0.0
    specificity: float = 0.0
    """For a single word: its relative frequency here over that in general Chinese."""
    chance_ratio: float = 0.0
    """For several words: the phrase's relative frequency here over the product of its
    words' in general Chinese (inf when one of them is unknown to the dictionary)."""
    head_share: float = 0.0
    """For a single word: the uses of the longer drafts it heads (ends), over its own;
    for a title that ends the titles of several instruments, at least 1."""
    documents: int = 0
    """The documents read (set by :func:`score_drafts`; 0: unknown)."""
    head_named: bool = False
    """Whether its words are a name's modifiers and head
    (:func:`termbase.extract.tag_filters.is_head_named`)."""
    clause_piece: bool = False
    """Whether the tags refuse it for a word opening it or inside it
    (:func:`termbase.extract.tag_filters.drop_by_tags`): a piece of a clause or of a
    longer word, no name its last word heads."""
    numbered: bool = False
    """Whether it is a single word the text cites by number (:func:`is_cited_by_number`),
    set by :func:`rescore_with_characters`."""
    opens_with_verb: bool = False
    """Whether it is a counted n-gram of several words whose first word the tags call a
    verb (保护|人权, 应对|灾害; set by :func:`termbase.extract.tag_filters.drop_by_tags`)."""
    verb_object: str = ""
    """When it is a verb and the candidate after it used freely (使用|化学武器,
    专门|讨论|裁军), that candidate, its object: the clause is no whole of the object nor
    of what the object holds (set by
    :func:`termbase.extract.tag_filters.drop_verb_phrases`)."""
    coined: bool = False
    """Whether it is a single word the text coined on a bound morpheme, which the segmenter
    learned (:attr:`Counts.coined`; set by :func:`mark_specificity`)."""
    free_coordination: bool = False
    """Whether it is a coordination of two phrases the text uses apart, weighed as a free
    coordination is (:func:`free_coordinations`; set by :func:`rescore_with_characters`)."""
    fixed_coordination: bool = False
    """Whether it is a coordination the text uses as one unit rather than two phrases
    (:func:`fixed_coordinations`; set by :func:`score_drafts`): not weighed as free."""
    measure: Callable[[], NgramStats] | None = None
    """While set, ``stats`` holds only the counts: the boundary and association
    statistics are computed (:meth:`measured`) for the drafts that may rank."""

    def measured(self) -> None:
        """Complete ``stats`` with the boundary and association statistics."""
        if self.measure is None:
            return
        full = self.measure()
        # add_named may have raised the counts (a title's occurrences): they stay.
        self.stats = NgramStats(self.stats.freq, self.stats.doc_freq, full.left_entropy,
                                full.right_entropy, full.association)
        self.measure = None

    def rescore(self) -> None:
        self.score = self._score(self.stats)

    def bound(self) -> float:
        """The highest score the draft can have, whatever its boundaries: its score as a
        perfect unit (unithood is at most 1, and the score grows with it)."""
        return self._score(NgramStats(self.stats.freq, self.stats.doc_freq, math.inf,
                                      math.inf, 1.0))

    def _score(self, stats: NgramStats) -> float:
        return score(self.c_value, stats, words=len(self.words),
                     length=len(self.text), is_title="title" in self.sources,
                     is_defined="definition" in self.sources,
                     is_name="name" in self.sources,
                     is_coordination=self.free_coordination or (
                         is_coordination(self.words) and not self.fixed_coordination),
                     specificity=self.specificity, head_share=self.head_share,
                     chance_ratio=self.chance_ratio,
                     documents=self.documents, head_named=self.head_named,
                     is_numbered=self.numbered,
                     is_body=len(self.words) == 1 and is_single_name(self.text),
                     is_post=len(self.words) == 1 and is_post(self.text),
                     is_coined=self.coined)


NgramRow = tuple[tuple[str, ...], NgramStats, Callable[[], NgramStats]]
_NEIGHBOUR_MIN_COUNT = 2
"""Extensions seen fewer times than this count as unknown (all different) neighbours."""

def _ngram_rows(counts: Counts, settings: ExtractSettings) -> list[NgramRow]:
    """The counted n-grams that pass the filters, with their counts and a function that
    measures the rest of their statistics."""
    # Filters first, then the neighbour index for the survivors only: on a large corpus
    # an index of every n-gram would take more memory than the counts themselves.
    # Both the candidates and their neighbours recur: the n-grams seen once (most of
    # the table) are left out of both loops in one C-level pass.
    floor = min(settings.min_freq, _NEIGHBOUR_MIN_COUNT)
    recurring = {key: freq for key, freq in counts.ngrams.items() if freq >= floor}
    keys: dict[str, tuple[str, ...]] = {}
    min_freq, max_words = settings.min_freq, settings.max_words
    min_single = settings.min_single_word_chars
    for key, freq in recurring.items():
        if freq < min_freq:
            continue
        words = tuple(key.split(SEPARATOR))
        if len(words) > max_words or (len(words) == 1 and len(words[0]) < min_single):
            continue
        if refuse_words(words) is not None:
            continue
        keys[key] = words
    neighbours = Neighbours(recurring, _NEIGHBOUR_MIN_COUNT, wanted=keys.keys(),
                            free_left=NO_TERM_START, free_right=NO_TERM_END)
    longest = settings.max_words + 1
    doc_freq = counts.doc_freq
    return [(words, NgramStats(recurring[key], doc_freq.get(key, 0), 0.0, 0.0, 0.0),
             partial(ngram_stats, key, counts, neighbours, longest))
            for key, words in keys.items()]


def ngram_drafts(counts: Counts, settings: ExtractSettings, source: str) -> dict[str, Draft]:
    """A draft per counted n-gram that passes the filters, proposed by ``source``; its
    boundary statistics are measured when it is scored (:func:`score_drafts`)."""
    rows = _ngram_rows(counts, settings)
    drafts: dict[str, Draft] = {}
    for words, stats, measure in rows:
        text = "".join(words)
        known = drafts.get(text)
        if known is not None and known.stats.freq >= stats.freq:
            continue
        drafts[text] = Draft(text, words, stats, {source}, measure=measure)
    return drafts


def add_named(drafts: dict[str, Draft], counts: Counts, tokenizer: Segmenter) -> None:
    """Titles and defined forms: candidates because the text names them, not by counts."""
    for title, freq in counts.titles.items():
        if refuse_title(title) is not None:
            continue
        draft = drafts.get(title)
        df = counts.title_doc_freq.get(title, 1)
        if draft is None:
            words = tuple(w for w in tokenizer.cut(title) if w[0].isalnum())
            draft = drafts[title] = Draft(title, words, NgramStats(freq, df, 1.0, 1.0, 1.0))
        elif draft.stats.freq < freq:
            s = draft.stats
            draft.stats = NgramStats(freq, max(df, s.doc_freq), s.left_entropy,
                                     s.right_entropy, s.association)
        draft.sources.add("title")
    for name, freq in counts.names.items():
        if refuse_text(name) is not None:
            continue
        draft = drafts.get(name)
        if draft is None:
            words = tuple(w for w in tokenizer.cut(name) if w[0].isalnum())
            df = counts.name_doc_freq.get(name, 1)
            draft = drafts[name] = Draft(name, words, NgramStats(freq, df, 1.0, 1.0, 1.0))
        draft.sources.add("name")
    for (full, short, _), freq in counts.definitions.items():
        for text in (full, short):
            if refuse_title(text) is not None:
                continue
            draft = drafts.get(text)
            if draft is None:
                words = tuple(w for w in tokenizer.cut(text) if w[0].isalnum())
                draft = drafts[text] = Draft(text, words, NgramStats(freq, 1, 1.0, 1.0, 1.0))
            draft.sources.add("definition")


def _containers(drafts: dict[str, Draft]) -> dict[str, list[str]]:
    """For each candidate, the longer candidates containing it (at word boundaries).

    A coordination holding a candidate of several words whole beside its conjunction
    (精神卫生|和|心理|社会|支助, 性|健康|和|生殖|健康) is none of its containers: the
    conjunction closes the candidate there, so those are whole uses of it, not pieces of
    a longer unit. Counted as containers, a fixed pair of terms took a rare term's uses
    (国家集合基金 used 4 times, 3 after 中央应急基金和 on the 2023 peace text). Single
    words stay nested: 安全 in 和平与安全 is a general word either way."""
    found: dict[str, list[str]] = {}
    for text, draft in drafts.items():
        words = draft.words
        size = len(words)
        if size == 1:
            continue  # a single word holds no shorter word
        if size == 2:  # the commonest: its two words, once each
            for part in words if words[0] != words[1] else words[:1]:
                if part != text and part in drafts:
                    found.setdefault(part, []).append(text)
            continue
        # Whether each word is a conjunction, and whether any is: most drafts hold none.
        conjunction = [w in ZH_CONJUNCTIONS for w in words]
        coordinated = any(conjunction)
        seen: set[str] = set()
        for i in range(size):
            # After a conjunction, only the single word i (no longer span) is a container's.
            after_conjunction = coordinated and i > 0 and conjunction[i - 1]
            part = ""
            for j in range(i + 1, min(size, i + 8) + 1):
                part += words[j - 1]  # "".join(words[i:j]), grown one word at a time
                if j - i == size:
                    continue
                if j - i > 1 and coordinated and (
                        after_conjunction or (j < size and conjunction[j])):
                    continue
                if part != text and part in drafts and part not in seen:
                    seen.add(part)
                    found.setdefault(part, []).append(text)
    return found


# A title this long ending the titles of several instruments is what each is called for
# short (议定书 after several protocols' titles): three characters, one fewer than the
# short forms variants.titles_ending_titles links to one instrument's title.
GENERIC_TITLE_MIN_CHARS = 3


def _mark_heads(drafts: dict[str, Draft]) -> None:
    """Each single word's :attr:`Draft.head_share`: the uses of the longer drafts that
    end with it (框架: 法律框架, 战略框架, 联合国发展援助框架 …), summed, over its own
    uses. Nested names count each (发展援助框架 and 联合国发展援助框架), so the share
    grows with the number of different names a word heads: a productivity index, not a
    share of occurrences.

    A draft ending with a conjunction and the word (核裁军|和|不扩散) is no name the word
    heads: the word is a whole conjunct there, used alone as in any coordination (the
    same reason :func:`_containers` gives). Counted as headed, the coordinations a term
    stands in made it a generic head: 不扩散 (non-proliferation) ends 核裁军和不扩散 in
    9 of its 30 uses on the 2023 `peace` text, which sent it from rank 130 to 304.
    Nor is a piece of a clause or of a longer word that the tags refuse for its opening
    or inside words (:attr:`Draft.clause_piece`: 各|行为体, 种|预警系统 cut out of
    多灾种预警系统): it names no kind of what it ends with."""
    headed: dict[str, int] = {}
    for draft in drafts.values():
        if len(draft.words) > 1 and draft.words[-2] not in ZH_CONJUNCTIONS \
                and not draft.clause_piece:
            head = draft.words[-1]
            headed[head] = headed.get(head, 0) + draft.stats.freq
    for head, uses in headed.items():
        draft_ = drafts.get(head)
        if draft_ is not None:
            draft_.head_share = uses / max(draft_.stats.freq, 1)
    # A title ending the titles of several instruments heads them as 公约 heads
    # conventions (《行动计划》 after eight plans): generic, whatever its length.
    titles = (t for t, d in drafts.items() if "title" in d.sources)
    for short, longs in titles_ending_titles(titles, GENERIC_TITLE_MIN_CHARS).items():
        if not one_instrument(longs):
            drafts[short].head_share = max(drafts[short].head_share, 1.0)


def score_drafts(drafts: dict[str, Draft], keep: int | None = None,
                 refused: AbstractSet[str] = frozenset(), documents: int = 0,
                 places: AbstractSet[str] = frozenset()) -> None:
    """C-value and score of the drafts, from the counts, and the ``refused`` ones left out.

    With ``keep``, only the drafts that may be among the ``keep`` best are measured and
    scored; the others keep the score 0.0. Measuring boundaries is most of the cost, and
    a draft whose :meth:`Draft.bound` is below the ``keep``-th best score found so far
    cannot rank: drafts are measured by falling bound until the next bound is lower.

    ``refused`` drafts still count as containers of the drafts inside them: a clause
    around a word (应对埃博拉) is a free use of it, and dropping it first would raise the
    C-value's mean container frequency, so the word would read as more of a fragment.
    ``documents``, the number read, bounds the credit for dispersion (:func:`spread`).
    ``places``: the words of coordinations the tags call places
    (:func:`coordinated_places`, read by :func:`fixed_coordinations`).
    """
    values = c_values({t: d.stats.freq for t, d in drafts.items()}, _containers(drafts))
    _mark_heads(drafts)
    for text in fixed_coordinations(drafts, places):
        drafts[text].fixed_coordination = True
    for text in refused:
        drafts.pop(text, None)
    for text, draft in drafts.items():
        draft.c_value = values[text]
        draft.documents = documents
    if keep is None:
        for draft in drafts.values():
            draft.measured()
            draft.rescore()
        return
    bounds = sorted(((d.bound(), i, d) for i, d in enumerate(drafts.values())), reverse=True)
    best: list[float] = []  # the ``keep`` best scores so far, smallest first
    for bound, _, draft in bounds:
        if len(best) >= keep and bound < best[0]:
            break
        draft.measured()
        draft.rescore()
        if len(best) < keep:
            heapq.heappush(best, draft.score)
        elif draft.score > best[0]:
            heapq.heapreplace(best, draft.score)


def near_specific_words(ranked: Iterable[Draft], min_uses: int) -> list[Draft]:
    """The two-character words among ``ranked`` used ``min_uses`` times or more that the
    text uses at least as much more often than general Chinese as a longer word must to
    weigh fully (:attr:`Weights.long_specific_ratio`), but less than a two-character word
    must (:attr:`Weights.specific_ratio`), measured and scored. No generic heads
    (框架, 宣言: alone they name no one instrument).

    The score discounts such a word as general vocabulary, and most are (法官, 步骤,
    条款); nothing monolingual tells them from the field's words the text uses most
    (难民, 法治, 毒品, 地雷: 22-36 times their general share on the MultiUN sample,
    where 法官 is 24 and 性别 28), which rank beyond any shortlist. The English can:
    ``mine`` pairs them and keeps those one answer renders (issue 12, session 33)."""
    weights = DEFAULT_WEIGHTS
    chosen = [d for d in ranked
              if len(d.words) == 1 and len(d.text) == 2 and d.stats.freq >= min_uses
              and weights.long_specific_ratio <= d.specificity < weights.specific_ratio
              and d.head_share < weights.generic_head_share]
    for draft in chosen:
        draft.measured()
        draft.rescore()
    return chosen


def mark_specificity(drafts: dict[str, Draft], counts: Counts, tokenizer: Segmenter) -> None:
    """How much more often than general Chinese the text uses each single-word draft
    (weirdness, Ahmad et al. 1999): 人权 or 员额 are UN vocabulary, 国家 and 会议 are not,
    though all four are frequent here; and for each draft of several words, how much more
    often than general Chinese would join its words by chance (:attr:`Draft.chance_ratio`:
    工作|方法 and 社会|经济 are common words the text puts together no more than any text
    might). Needs a tokenizer whose dictionary has frequencies. A word the text coined
    (:attr:`Counts.coined`) is marked, and measured against chance as the phrase of its
    pieces was before the segmenter learned it."""
    singles = {t: d for t, d in drafts.items() if len(d.words) == 1}
    coined = {t: counts.coined[t] for t in singles if t in counts.coined}
    for text in coined:
        singles[text].coined = True
    if not isinstance(tokenizer, FrequencyModel):
        return
    general = tokenizer.general_frequency(singles)
    tokens = max(counts.tokens, 1)
    for text, draft in singles.items():
        share = general.get(text, 0.0)
        draft.specificity = math.inf if share <= 0 else draft.stats.freq / tokens / share
    # A phrase is measured by its words, a coined word by the pieces it was learned from.
    joined = [(d, d.words) for d in drafts.values() if len(d.words) > 1]
    joined += [(singles[text], pieces) for text, pieces in coined.items()]
    general = tokenizer.general_frequency({w for _, parts in joined for w in parts})
    for draft, parts in joined:
        chance = math.prod(general.get(w, 0.0) for w in parts)
        draft.chance_ratio = math.inf if chance <= 0 else draft.stats.freq / tokens / chance


# A candidate found inside longer candidates this often is a fragment of them.
_FRAGMENT_SHARE = 0.8
# The sources that may propose a fragment: counted n-grams, and names, which run from
# the last name-opening word before a head (世界首脑会议 out of
# 可持续发展问题世界首脑会议). Titles and defined forms are delimited by the text.
COUNTED_SOURCES = frozenset({"ngram", "name"})
# The sources that name a proper name as such: see opening_whole.
_PROPER = frozenset({"title", "name", "definition"})


def rescore_with_characters(shortlist: Sequence[Draft],
                            evidence: dict[str, Evidence]) -> None:
    """Boundary entropy again, over neighbouring characters, for the shortlist, and the
    share of occurrences nested in longer candidates, over exact positions.

    Word-level neighbours hide a fragment when the segmenter cuts its context in more
    than one way (…第六/十二届|会议临时议程 and …第六十九/届|会议临时议程); the character
    before both is 届. The weaker of the two measures counts. Word-level nesting (C-value)
    misses nesting in titles and names, which are not cut the same way as running text
    (行动纲领执行进度大会 inside the names of the review conferences).

    A two-character word's specificity counts its free uses only: 义务, 暴力 and 议程 are
    frequent in UN text as parts of its terms (核裁军义务, 性暴力, 2030年议程), but where
    they stand alone the text uses them about as general Chinese does. Its specificity
    counted the segmenter's words, which already leave out the uses inside a longer
    dictionary word (核裁军 is one word), so the free uses are a share of those, not of
    every occurrence of its characters: 裁军, 51 times in the text, 12 times a word.

    A single word that (almost) never ends a phrase only modifies (:func:`is_bound_modifier`)
    and is weighed down as a fragment is; its uses before a conjunction are left out of
    that count, as an attribute qualifies the head after the other conjunct there
    (人道主义|和|发展|援助: on the MultiUN sample 人道主义 ended 6 of its 95 uses, 3 of them
    before 和 or 或, and ranked 37). Not fragments: a term built into many longer
    candidates (:func:`is_productive`), and the uses that are a whole conjunct of a
    coordination (:func:`conjunct_uses`), which are free. A general word the text cites
    by number names a document type of its field (:func:`is_cited_by_number`). The share
    of nested uses is counted over the uses the segmenter cut as the word or inside longer
    candidates of several words: one inside a longer dictionary word ending with it is a
    compound built on it (核裁军, nuclear disarmament, one word in jieba's dictionary, holds
    38 of the 51 uses of 裁军 on `peace`; 裁军 was counted as a word 12 times) and is left
    out of both; a piece opening a dictionary word (人道 in 人道主义) is not.

    A counted phrase of two words that the text also says apart (:attr:`Evidence.apart`:
    the first word a few characters before the second in one clause, not right before it)
    at least as often as together is a free combination of the two, not a unit: 联合国机构
    (United Nations bodies) stands beside 联合国各机构, 联合国及其有关机构, 联合国系统各
    机构 (9 uses together, 25 apart on the MultiUN sample), 经济发展 beside 经济和社会发展,
    经济的发展, 经济增长和可持续发展 (14 together, 18 apart). A term's words stand together:
    国际合作 21 uses, 10 apart; 联合国系统 45 and 4, 人道主义援助 21 and 1, 可持续发展 never
    apart. (:func:`word_pairs` names the phrases measured.)

    A piece of several words of a proper name is a fragment at a lower share: when one
    title, name or defined full form that opens with a modifier before it (千年|发展目标) holds
    :data:`_OPENED_SHARE` of its uses (:func:`opening_whole`), its other uses are mostly
    cut out of names used once (可持续|发展目标, 国际商定|发展目标), which no candidate
    holds. A longer counted n-gram (2015年后|发展议程) is a kind of it, not its name.

    A generic head whose bare uses refer back to the names it heads (:func:`back_references`:
    公约 after 生物多样性公约, 委员会 after 咨询委员会 a few sentences before) stands for
    whichever of them was named last: those uses are the names', as nested ones are, and it
    yields to the names as a fragment does. Measured within 30 sentences on the MultiUN
    sample, 委员会 referred back in 51 % of its free uses, 公约 in 32 %, 理事会 in 64 %
    (ranks 15, 10 and 87); the bodies the gold lists keep as terms in 4–16 % on the three
    development texts (大会, 特派团, 工作组, 秘书处), as back-references go with any head.
    """
    word_count = {d.text: len(d.words) for d in shortlist}
    proper = {d.text for d in shortlist
              if len(d.words) > 1 and not d.sources.isdisjoint(_PROPER)}
    shared = shared_head_coordinations(shortlist)
    free = free_coordinations(shortlist, evidence, shared)
    named = {d.text: d.words[-1] for d in shortlist if _names_by_head(d)}
    # Clauses first: a piece stands inside wholes only (性别暴力 in 消除|性别暴力 is free).
    clauses: dict[str, str | None] = {d.text: d.verb_object for d in shortlist
                                      if d.verb_object and d.text in evidence}
    around = {d.text: _through_pieces(d.text, evidence[d.text], evidence, clauses)
              for d in shortlist if len(d.words) > 1 and d.text in evidence}
    pieces = {**clauses, **{d.text: None for d in shortlist if d.text in around and
                            not d.verb_object and _is_clipped(d, around[d.text], shared)}}
    around = {**evidence, **around}
    for draft in shortlist:
        ev = _through_pieces(draft.text, evidence[draft.text], around, pieces)
        if not ev.freq:
            continue
        stats = draft.stats
        left: Iterable[int] = ev.left.values()
        right: Iterable[int] = ev.right.values()
        if reads_across(draft):
            left = across_conjunctions(ev.left, ev.left_partners, -1)
            right = across_conjunctions(ev.right, ev.right_partners, 0)
        draft.stats = NgramStats(
            stats.freq, stats.doc_freq,
            min(stats.left_entropy, entropy(ev.freq, left)),
            min(stats.right_entropy, entropy(ev.freq, right)),
            stats.association)
        if len(draft.text) <= 2 and 0.0 < draft.specificity < math.inf:
            draft.specificity *= min(1.0, (ev.freq - ev.nested) / max(stats.freq, 1))
        draft.numbered = is_cited_by_number(draft, ev)
        draft.free_coordination = draft.text in free
        draft.rescore()
        # Uses inside a longer dictionary word that ends with the term (核裁军, one word,
        # for 裁军) are no pieces of another candidate: the compound is a kind of it, and
        # the counts, which the score and the specificity read, never saw them as its uses.
        compounded = sum(n for whole, n in ev.containers.items()
                         if word_count.get(whole) == 1 and whole.endswith(draft.text))
        uses = ev.freq - compounded
        nested = ev.nested - compounded - conjunct_uses(draft.text, ev, shared)
        built_on = is_productive(ev) and heads_names(draft.text, ev, proper) < _SHARED_HEAD_NAMES
        if draft.sources <= COUNTED_SOURCES and not built_on and (
                nested >= _FRAGMENT_SHARE * uses
                or (len(draft.words) > 1
                    and opening_whole(draft.text, ev, proper, shared) >= _OPENED_SHARE * uses)):
            # Squared: a fragment that is (almost) never free yields to the phrases it
            # stands in, which are what the text uses; once free, it keeps more weight.
            draft.score *= ((uses - nested + 1) / (uses + 1)) ** 2
        if ev.apart >= _APART_SHARE * ev.freq:
            # A free combination of its two words: what the text uses is each word, with
            # whatever it modifies or heads; as a fragment, it yields to those uses.
            draft.score *= ((ev.freq + 1) / (ev.freq + ev.apart + 1)) ** 2
        referring = back_references(draft, ev, named)
        if referring >= max(_ANAPHOR_MIN, _ANAPHOR_SHARE * (ev.freq - ev.nested)):
            # Those uses are the names', as the nested ones are: its own are the rest.
            draft.score *= ((ev.freq - ev.nested - referring + 1) / (ev.freq + 1)) ** 2
        if len(draft.words) > 1 and is_name_head(draft.words[0]) \
                and ev.ordinal >= _ORDINAL_SHARE * ev.freq:
            # The ordinal numbers the head that opens it (第364次|会议|临时议程): the
            # candidate runs from a numbered meeting into what follows it, as a
            # fragment does; its own uses are those without the ordinal.
            draft.score *= ((ev.freq - ev.ordinal + 1) / (ev.freq + 1)) ** 2
        # A use before a conjunction or a list comma is left out of both sides: whether
        # the word modifies shows after the other conjuncts (人道主义|和发展|援助,
        # 人道主义|、发展和政治|行为体), not here.
        conjoined = sum(ev.right[c] for c in ZH_CONJUNCTIONS) + ev.listed
        final = phrase_final_uses(ev) - conjoined
        told = ev.freq - conjoined
        if is_bound_modifier(draft, told, final):
            # As a fragment: it yields to the phrases it stands in.
            draft.score *= ((final + 1) / (told + 1)) ** 2


# A candidate opening with a head that an ordinal numbers in this share of its uses or
# more is a piece of the numbered meeting's phrase: see rescore_with_characters.
_ORDINAL_SHARE = 0.5

# A counted phrase of two words said apart at least this share as often as together is a
# free combination of them: see rescore_with_characters.
_APART_SHARE = 1.0

# A candidate this share of whose uses stand in one proper name that a modifier before it
# opens is a piece of that name (see opening_whole): a fragment under the share of
# _FRAGMENT_SHARE, which counts every longer candidate, descriptive ones among them.
_OPENED_SHARE = 0.6


def opening_whole(text: str, evidence: Evidence, proper: AbstractSet[str],
                  shared: AbstractSet[str] = frozenset()) -> int:
    """The uses of ``text`` inside the one longer proper name (``proper``: a title, a
    name or a defined full form of several words) that ends with it and holds most of
    them: a modifier before it opens the name (千年|发展目标, the Millennium Development
    Goals, 15 of the 23 uses of 发展目标 on the `themes` text). Not a coordination it ends
    as a whole conjunct (人权和|基本自由). A coordination of modifiers that share the head
    (``shared``: 信息和通信|技术) opens before it as a name does: what follows the
    conjunction there is no phrase of its own (:func:`shared_head_coordinations`)."""
    best = 0
    for whole, n in evidence.containers.items():
        if n <= best or not whole.endswith(text):
            continue
        if whole in shared or (whole in proper and not any(
                whole.endswith(c + text) for c in ZH_CONJUNCTIONS)):
            best = n
    return best


def heads_names(text: str, evidence: Evidence, proper: AbstractSet[str]) -> int:
    """How many longer proper names (``proper``: titles, names, defined full forms of
    several words) end with ``text`` around its uses: a head shared by several names
    (稳定团, stabilization mission, inside five missions' names) is what each is called,
    a generic head, not a term the names are built on (:func:`is_productive`)."""
    return sum(1 for whole in evidence.containers
               if whole in proper and whole.endswith(text)
               and not any(whole.endswith(c + text) for c in ZH_CONJUNCTIONS))


def coordinated_places(drafts: dict[str, Draft], tokenizer: Segmenter) -> set[str]:
    """The words opening a conjunct of a coordination among ``drafts`` that the tags call
    a place (jieba's 'ns', or 'nrt', a transliterated name): see
    :func:`fixed_coordinations`. Empty for a segmenter without tags."""
    if not isinstance(tokenizer, Tagger):
        return set()
    openers = {w for d in drafts.values() if len(d.words) > 2
               for k in range(1, len(d.words) - 1) if d.words[k] in ZH_CONJUNCTIONS
               for w in (d.words[0], d.words[k + 1])}
    return {w for w, tag in tokenizer.word_tags(openers).items() if tag in ("ns", "nrt")}


def fixed_coordinations(drafts: dict[str, Draft],
                        places: AbstractSet[str] = frozenset()) -> set[str]:
    """The coordinations among ``drafts`` that the text uses as one unit: X和Y, one
    conjunction between two conjuncts that are terms of their own (four characters
    or more each, :func:`~termbase.extract.filters.is_coordination`'s two long
    units), used :data:`_FIXED_MIN_USES` times or more, where each conjunct stands
    alone, outside this coordination, less often than the coordination is used.
    Such a coordination names one thing under one reading (国家元首和政府首脑 "heads of
    State and Government", 预防犯罪和刑事司法 "crime prevention and criminal justice"): the
    text says its conjuncts together, not apart, so it is no free joining of two
    phrases, which :func:`~termbase.extract.filters.is_coordination` would weigh
    at the :attr:`~termbase.extract.ranking.Weights.coordination_factor` and send
    a thousand ranks down. Short conjuncts stay free, sharing a modifier or not:
    on the 2023 `peace` text, lifted, 核安全和核安保 (a plain coordination of two terms),
    男子和男童 and 各国和各方 took three gold concepts' places in mine's shortlist at 300.
    So do the coordinations whose conjuncts the text also uses apart (和平|与|安全: 和平
    and 安全 alone hundreds of times). A fragment that passes (a coordination cut
    out of a longer name) is left to unithood: its closed side marks it. A
    conjunct that opens the names of bodies (联合国) is a whole conjunct whatever its
    uses (:func:`~termbase.extract.filters.is_coordination`). Nor is a list of two
    bodies, each conjunct closed by a name head (中央应急基金和国家集合基金, two funds), nor a
    coordination of places, both conjuncts opening with one of ``places``
    (大不列颠及北爱尔兰联合王国, a country's name: places are named entities). A conjunct that
    is no draft (not counted twice, or refused by the edge rules) counts as never
    used alone."""
    found: set[str] = set()
    for text, draft in drafts.items():
        words = draft.words
        if len(words) < 3 or not is_coordination(words):
            continue
        at = [k for k in range(1, len(words) - 1) if words[k] in ZH_CONJUNCTIONS]
        if len(at) != 1:
            continue
        left, right = "".join(words[:at[0]]), "".join(words[at[0] + 1:])
        if left in BODY_STARTS or right in BODY_STARTS:
            continue
        if len(left) < _WHOLE_CONJUNCT_CHARS or len(right) < _WHOLE_CONJUNCT_CHARS:
            continue
        if is_name_head(words[at[0] - 1]) and is_name_head(words[-1]):
            continue
        if words[0] in places and words[at[0] + 1] in places:
            continue
        uses = draft.stats.freq
        if uses < _FIXED_MIN_USES:
            continue
        if all(_alone(conjunct, uses, drafts) < uses for conjunct in (left, right)):
            found.add(text)
    return found


# A conjunct this long is a term of its own (is_coordination's rule for two long units).
_WHOLE_CONJUNCT_CHARS = 4
# A coordination used fewer times says nothing by its conjuncts' absence elsewhere: two
# uses and none apart is what any pair of terms named together twice shows (the gold
# lists' threshold for a term is 3 uses).
_FIXED_MIN_USES = 3


def _alone(conjunct: str, uses: int, drafts: dict[str, Draft]) -> int:
    """The uses of ``conjunct`` outside a coordination used ``uses`` times (0 when it is
    no draft: the text does not use it twice)."""
    draft = drafts.get(conjunct)
    return 0 if draft is None else max(draft.stats.freq - uses, 0)


def shared_head_coordinations(drafts: Iterable[Draft]) -> set[str]:
    """The coordinations among ``drafts`` whose first conjunct is a modifier of the head
    that closes the second: X和Y…Z where X…Z (the first word with the words that end the
    second conjunct) is a draft too. 信息和通信技术 (information and communication
    technologies) reads (信息和通信)技术, as 信息技术 shows; 通信技术 is no conjunct of it
    but a piece, as 发展目标 is of 千年发展目标. 人权和基本自由 and 核裁军和不扩散 join two
    phrases (no 人权自由, 核裁军扩散): their conjuncts are used whole there."""
    drafts = list(drafts)
    texts = {d.text for d in drafts}
    found: set[str] = set()
    for draft in drafts:
        words = draft.words
        if len(words) < 4 or words[1] not in ZH_CONJUNCTIONS:
            continue
        if any(words[0] + "".join(words[k:]) in texts for k in range(3, len(words))):
            found.add(draft.text)
    return found


def word_pairs(shortlist: Iterable[Draft]) -> dict[str, tuple[str, str]]:
    """The counted n-grams of two words among ``shortlist``, with their words: the phrases
    whose uses apart pass 2 counts (:attr:`Evidence.apart`). Titles and defined forms are
    named as such by the text, whatever their words do elsewhere."""
    return {d.text: (d.words[0], d.words[1]) for d in shortlist
            if len(d.words) == 2 and "ngram" in d.sources
            and not d.sources & {"title", "definition"}}


def free_coordinations(drafts: Iterable[Draft], evidence: dict[str, Evidence],
                       shared: AbstractSet[str]) -> set[str]:
    """The coordinations of modifiers sharing a head (``shared``, from
    :func:`shared_head_coordinations`: X和Y…Z with X…Z a draft too) whose two phrases the
    text uses apart: X…Z, and Y…Z outside the coordination, each at least as often as the
    coordination itself. Such a coordination joins two phrases of the text, as a bare
    coordination of two words does (:attr:`~termbase.extract.ranking.Weights.coordination_factor`):
    经济和社会发展 (economic and social development; 6 uses on the `themes` text) holds
    经济发展 (10 uses) and 社会发展 (12 more outside it), each a phrase the text says alone,
    so it ranked 62 as a unit of its own. A fixed coordination holds most uses of its second
    phrase: 信息和通信技术 (information and communication technologies) stands around
    通信技术 in 5 of its 8 uses there, 9 of 13 on the MultiUN sample."""
    found: set[str] = set()
    for draft in drafts:
        if draft.text not in shared or draft.text not in evidence:
            continue
        uses = evidence[draft.text].freq
        words = draft.words
        second = evidence.get("".join(words[2:]))
        if second is None or second.freq - second.containers[draft.text] < uses:
            continue
        firsts = (evidence.get(words[0] + "".join(words[k:])) for k in range(3, len(words)))
        if any(first is not None and first.freq >= uses for first in firsts):
            found.add(draft.text)
    return found


# A candidate used this often or less reads its neighbours across a conjunction: the gold
# lists' low band (3-7 uses; see reads_across).
_ACROSS_MAX_USES = 7


def reads_across(draft: Draft) -> bool:
    """Whether the characters around ``draft`` are read across a conjunction
    (:func:`across_conjunctions`): a candidate of several words used
    :data:`_ACROSS_MAX_USES` times or less that does not open with a verb.

    A conjunction says nothing about whether the candidate beside it is whole; the conjunct
    on its other side does. Counted as one neighbour, 和 made the left side of 心理社会支助
    (psychosocial support; 精神卫生和 3 of 5 uses, 服务和 once) and 危害人类罪 (crimes
    against humanity; 清洗和, 战争罪和) as closed as a fragment's on the 2023 `peace` text,
    where word-level counts leave conjunctions out as free neighbours: at a few uses a
    conjunction is all the context a term named beside others has. A repeated conjunct is
    still a repeated neighbour (使用或|威胁使用核武器, 大不列颠及|北爱尔兰联合王国: pieces of
    one fixed phrase). Used more often, a candidate shows its free uses elsewhere, and a
    conjunction on most of them marks a conjunct of a phrase the text repeats
    (人道主义组织和|发展组织, 6 of its 9 uses on `peace`). After a conjunction, a candidate
    that opens with a verb is the second of two verbs sharing an object (促进和|保护|人权,
    防备和|应对|灾害): a predicate's piece, for which the conjunction is the neighbour."""
    return (len(draft.words) > 1 and draft.stats.freq <= _ACROSS_MAX_USES
            and not draft.opens_with_verb)


def across_conjunctions(side: Counter[str], partners: Counter[str], at: int) -> list[int]:
    """The neighbour counts of ``side`` (:attr:`Evidence.left` or :attr:`Evidence.right`)
    with the uses beside a conjunction counted by the conjunct beyond it (``partners``,
    :attr:`Evidence.left_partners` or :attr:`Evidence.right_partners`, whose keys hold the
    conjunction at index ``at``)."""
    counts = Counter(side)
    for key, n in partners.items():
        counts[key[at]] -= n
    return [n for n in counts.values() if n > 0] + list(partners.values())


# A single word is a back-reference when at least this share of its free uses, and this
# many, refer back to names it heads, and no one name holds this share of those: see
# back_references.
_ANAPHOR_SHARE = 0.25
_ANAPHOR_MIN = 3
_ONE_NAME_SHARE = 0.75


def _names_by_head(draft: Draft) -> bool:
    """Whether ``draft`` names a body or an instrument by its last word: a name, a title or
    a name's modifiers and head, no coordination ending with the word nor clause piece."""
    return (len(draft.words) > 1 and draft.words[-2] not in ZH_CONJUNCTIONS
            and not draft.clause_piece
            and ("name" in draft.sources or "title" in draft.sources or draft.head_named))


def back_references(draft: Draft, evidence: Evidence, named: dict[str, str]) -> int:
    """The free uses of the single word ``draft`` that refer back to a name it heads
    (:attr:`Evidence.antecedents`; ``named`` maps each name to its head), when they refer
    to several names; 0 when one name holds :data:`_ONE_NAME_SHARE` of them or more.

    A word that always refers back to one name is that name's short form, a term (宪章
    after 联合国宪章: 6 of 6 on the 2023 `peace` text, gold); one that refers to whichever
    was named last is a generic head (理事会 after 安全理事会, 经济及社会理事会 and
    人权理事会 on the MultiUN sample, the commonest 55 % of them)."""
    if len(draft.words) != 1:
        return 0
    names = [n for name, n in evidence.antecedents.items() if named.get(name) == draft.text]
    if not names or max(names) >= _ONE_NAME_SHARE * sum(names):
        return 0
    return sum(names)


def _is_clipped(draft: Draft, evidence: Evidence, shared: AbstractSet[str]) -> bool:
    """Whether the counted n-gram ``draft`` of several words stands inside longer
    candidates in :data:`_FRAGMENT_SHARE` of its uses or more (事务|高级专员, cut out of
    人权事务高级专员, 难民事务高级专员 …): a piece clipped out of them, no whole of its own,
    however many of them it stands in. Those are the wholes of what it holds. A whole
    conjunct of a coordination is used alone there (:func:`conjunct_uses`; ``shared``:
    :func:`shared_head_coordinations`)."""
    if len(draft.words) < 2 or not draft.sources <= COUNTED_SOURCES or not evidence.freq:
        return False
    inside = evidence.containers.total() - conjunct_uses(draft.text, evidence, shared)
    return inside >= _FRAGMENT_SHARE * evidence.freq


def _through_pieces(text: str, evidence: Evidence, everything: dict[str, Evidence],
                    pieces: dict[str, str | None]) -> Evidence:
    """``evidence`` of ``text`` with its uses inside ``pieces`` (containers that are no
    whole) handed to the wholes around those pieces, in the shares of the piece's own uses
    they hold. A piece is a clause, given with its object (:attr:`Draft.verb_object`), whose
    other uses are free uses of the object and of what it holds; or a piece clipped out of
    names (:func:`_is_clipped`, given with None), whose other uses stay inside it.

    A junk container takes a term's uses as any whole would: 使用|化学武器 and
    专门|讨论|裁军, free phrases, made 化学武器 and 裁军 read as fragments once a longer
    shortlist held them, and 事务|高级专员 gathered the uses of 高级专员 in the names of
    several commissioners into one whole, so it no longer read as a head those names are
    built on (:func:`is_productive`). Without them, the nesting of a term does not depend
    on how far down the shortlist runs."""
    if not any(whole in pieces for whole in evidence.containers):
        return evidence
    containers: Counter[str] = Counter()
    freed = 0
    for whole, n in evidence.containers.items():
        held = pieces.get(whole, "")
        if held is None or (held and text in held):
            freed += _hand(whole, n, everything, pieces, containers, _PIECE_DEPTH)
        else:
            containers[whole] += n
    return replace(evidence, nested=evidence.nested - freed, containers=containers)


# Pieces inside pieces are followed this deep (毒品和犯罪 in 联合国毒品和犯罪 in the
# name of the office): deeper, the piece is kept as the whole.
_PIECE_DEPTH = 4


def _hand(whole: str, uses: int, everything: dict[str, Evidence],
          pieces: dict[str, str | None], containers: Counter[str], depth: int) -> int:
    """Count ``uses`` inside the piece ``whole`` in ``containers``, under the wholes around
    it (pieces again are followed); return how many are free (see :func:`_through_pieces`).
    The evidence of a piece's own uses in ``everything`` has no clause around it left."""
    around = everything[whole]
    handed = freed = 0
    for outer, m in around.containers.items():
        share = min(round(uses * m / max(around.freq, 1)), uses - handed)
        if not share:
            continue
        handed += share
        if outer in pieces and pieces[outer] is None and depth > 1:
            freed += _hand(outer, share, everything, pieces, containers, depth - 1)
        else:
            containers[outer] += share
    if pieces[whole] is not None:
        return freed + uses - handed
    if uses > handed:
        containers[whole] += uses - handed
    return freed


# A word used this often is cited by number when this share of its uses follows a
# number's 号 (a document), or this share and count of its free uses precede a numbered
# session (a body): see is_cited_by_number.
_NUMBERED_MIN_USES = 20
_NUMBERED_SHARE = 0.3
_SESSION_SHARE = 0.02
_SESSION_MIN = 2


def is_cited_by_number(draft: Draft, evidence: Evidence) -> bool:
    """Whether the counted single word ``draft``, used :data:`_NUMBERED_MIN_USES` times
    or more, is cited by number: a document by its number (第…号X, X/Y号X) in at least
    :data:`_NUMBERED_SHARE` of its uses, or a body by its numbered session or meeting
    (X第七十届会议, X第7次会议) in at least :data:`_SESSION_SHARE` of them, twice or more.

    What the text cites by number is a numbered instrument or a body that meets: the
    document types and organs of its field. 决议 (resolution) follows 号 in 49–55 % of its
    uses on the three development texts (第1325(2000)号决议), and 大会 (the General
    Assembly) stands free before its session in 4–15 % (大会第七十届会议); general Chinese
    uses both nearly as often as UN text does (specificity 7–26). Few other words are so
    cited: 法令 (decree) in 38 % of its 21 uses on MultiUN, a national instrument far
    below the shortlist, and 会议 (meeting) before a session in under 1 % of its uses,
    mostly inside the name of the body that meets (缔约方会议第十届会议). A session names
    a document or body cited often in a few places, hence the low share; the other words
    before a numbered session are bodies too (委员会, 理事会, 工作组), generic or specific."""
    if len(draft.words) != 1 or not draft.sources <= COUNTED_SOURCES or \
            evidence.freq < _NUMBERED_MIN_USES:
        return False
    return (evidence.left["号"] >= _NUMBERED_SHARE * evidence.freq
            or evidence.sessions >= max(_SESSION_MIN, _SESSION_SHARE * evidence.freq))


# A word used this often that ends a phrase in fewer than this share of its uses only
# modifies: see is_bound_modifier.
_MODIFIER_MIN_USES = 20
_MODIFIER_FINAL_SHARE = 0.05
# Characters that start no term (的, 和, 在, 是 …): after a word, its phrase has ended.
_GRAMMAR_CHARS = frozenset(w for w in NO_TERM_START if len(w) == 1)


def phrase_final_uses(evidence: Evidence) -> int:
    """The occurrences that end a phrase: before punctuation, the end of the text or a
    character that starts no term (的, 和, 在, 是)."""
    before_words = sum(n for ch, n in evidence.right.items() if ch not in _GRAMMAR_CHARS)
    return evidence.freq - before_words


def conjunct_uses(text: str, evidence: Evidence,
                  shared: AbstractSet[str] = frozenset()) -> int:
    """The nested uses of ``text`` that are a whole conjunct of the longer candidate
    around them (核裁军和不扩散, 粮食不安全和营养不良): a coordination joins phrases that
    stand on their own, so there the term is used alone, not as a piece of a longer unit.
    Not in a coordination of modifiers that share the head (``shared``, from
    :func:`shared_head_coordinations`: 信息和|通信技术), whose conjuncts are no phrases."""
    return sum(n for whole, n in evidence.containers.items()
               if whole not in shared and any(
                   whole.startswith(text + c) or whole.endswith(c + text)
                   for c in ZH_CONJUNCTIONS))


# A word nested mostly in one whole is a piece of it; one ending a phrase this often names
# something of its own: see is_productive.
_ONE_WHOLE_SHARE = 0.5
_PRODUCTIVE_FINAL_SHARE = 0.3
# A head this many proper names end is what each is called, not a term they are built on:
# see heads_names.
_SHARED_HEAD_NAMES = 2


def is_productive(evidence: Evidence) -> bool:
    """Whether a candidate found mostly inside longer candidates is a term they are built
    on rather than a fragment of one of them: no one whole (the shortest longer candidate
    around an occurrence) holds half of its uses inside them, and it ends a phrase in at least
    :data:`_PRODUCTIVE_FINAL_SHARE` of its uses (:func:`phrase_final_uses`).

    核武器 stands in 81 % of its uses on `peace` inside nine different candidates (无核武器
    holds 24 of those 74 uses, then 核武器国家, 彻底消除核武器 …) and ends a phrase in 47 %:
    a noun that names its own concept, which the squared fragment discount sent to rank
    600. A fragment has one whole (世界首脑会议 on MultiUN: 9 of its 13 nested uses in
    …发展问题世界首脑会议); an attribute nested in many wholes rarely ends a phrase
    (人道主义 in 8 % of its uses, 无核武器 in 21 %)."""
    inside = evidence.containers.total()
    if not inside or phrase_final_uses(evidence) < _PRODUCTIVE_FINAL_SHARE * evidence.freq:
        return False
    return max(evidence.containers.values()) < _ONE_WHOLE_SHARE * inside


def is_bound_modifier(draft: Draft, uses: int, final: int) -> bool:
    """Whether the counted single word ``draft``, found ``uses`` times, ``final`` of them
    at the end of a phrase (:func:`phrase_final_uses`), only ever modifies the word
    after it.

    人道主义 (humanitarian) stands before the noun it qualifies in 92–97 % of its uses in
    the development texts (人道主义援助, 人道主义车队 …), 土著 and 特设 in 97–100 %:
    attributes, which alone name nothing (the gold lists' rule), though jieba files them
    as nouns and the text uses them far more than general Chinese does. A noun or a
    name, however often it modifies in longer terms, also ends phrases (联合国 in about
    a fifth of its uses; 缔约方, mostly in 缔约方大会, in 7 % on the tuning text, the
    lowest of the gold terms used 20 times or more). Rare words are left alone: a few
    uses, all before a noun, say little."""
    if len(draft.words) != 1 or not draft.sources <= COUNTED_SOURCES or uses < _MODIFIER_MIN_USES:
        return False
    return final < _MODIFIER_FINAL_SHARE * uses


def add_sentencepiece(drafts: dict[str, Draft], units: Iterable[Unit], counts: Counts,
                      settings: ExtractSettings, notes: list[str]) -> None:
    """Also count n-grams of a sentencepiece model trained on the input (when it is
    large enough to train one; else a note says why not)."""
    if counts.characters < MIN_SENTENCEPIECE_CHARS:
        notes.append(f"sentencepiece source skipped: {counts.characters:,} characters is "
                     f"too little to train a model (needs {MIN_SENTENCEPIECE_CHARS:,})")
        return
    texts = [u[0] for u in units]
    model = SentencePieceSegmenter.train(texts)
    batch = [[(t, 0, "", "") for t in texts]]
    piece_counts = count_documents(batch, model, settings.max_words)
    piece_counts.doc_freq = counts.doc_freq  # pieces have no document structure here
    for text, draft in ngram_drafts(piece_counts, settings, "sentencepiece").items():
        known = drafts.get(text)
        if known is None:
            drafts[text] = draft
        else:
            known.sources.add("sentencepiece")


__all__ = [
    "Draft",
    "across_conjunctions",
    "add_named",
    "add_sentencepiece",
    "back_references",
    "conjunct_uses",
    "coordinated_places",
    "fixed_coordinations",
    "heads_names",
    "is_bound_modifier",
    "is_cited_by_number",
    "is_productive",
    "mark_specificity",
    "ngram_drafts",
    "opening_whole",
    "phrase_final_uses",
    "reads_across",
    "rescore_with_characters",
    "score_drafts",
    "shared_head_coordinations",
]
