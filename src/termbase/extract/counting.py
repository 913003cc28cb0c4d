"""Pass 1 of extraction: counting n-grams, titles, names and definitions, streaming.

Each sentence is segmented with the tokenizer passed in, split at punctuation, and its
word n-grams, titles and short-form definitions are counted. Tables are pruned when they
outgrow their limit (lossy counting), so memory stays bounded whatever the input's size.
Large inputs are counted in worker processes batch by batch (their state kept in
:mod:`termbase.workers`), and the partial tables merged in this process.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from termbase.documents.model import Document
from termbase.extract.candidates import (
    BREAK_WORDS,
    Definition,
    definitions,
    mark_breaks,
    may_hold_names,
    names,
    titles,
)
from termbase.extract.filters import NO_TERM_START
from termbase.extract.model import ExtractSettings
from termbase.extract.statistics import Counts, sentence_ngrams
from termbase.extract.units import Unit, document_units
from termbase.text.chinese import has_cjk
from termbase.text.segment import (
    FrequencyModel,
    Segmenter,
    Tagger,
    WordLearner,
    bound_words,
    word_joiner,
)
from termbase.workers import install, installed

_GRAM_DELIMITER = "\n"
"""Joins a document's n-grams for the trip from a worker: no word holds it (jieba cuts
a line break off as a token of its own, which is a break)."""

DocumentTally = tuple[Any, int, int, int, list[str], list[str], list[Definition]]
"""What one document contributes to the counts: its n-grams in order (a list, or one
string joined with _GRAM_DELIMITER from a worker), tokens, characters, units, titles,
names and definitions."""


LEARN_CHARS = 100_000
"""Characters read to learn the words the segmenter splits (memory: this much text)."""
NEGATION_CHARS = 400_000
"""Characters read to learn the qualities and acts negated with 不 (:func:`negated_qualities`;
memory: this much text). What shows a negated act to be one word is rarer than a bound
word's evidence: 不歧视 (non-discrimination) stands 11 times in the 286,000 characters of
the MultiUN sample, 4 of them in its first 100,000 and none of those where nouns stand
(after 在, 同, 为, 将); over the whole text 3 of the 11 follow 和 or 、."""

_WORKER_STATE = "extract"
"""Name of the (tokenizer, longest n-gram) pair in :mod:`termbase.workers`."""


def _init_worker(tokenizer: Segmenter, max_words: int) -> None:
    install(_WORKER_STATE, (tokenizer, max_words))


def analyse_document(units: Sequence[Unit], tokenizer: Segmenter,
                     max_words: int) -> DocumentTally:
    """Everything the counting needs from one document, before tallying: segmenting,
    n-grams, titles, names and definitions (the work done in worker processes)."""
    grams: list[str] = []
    tokens = characters = 0
    doc_titles: list[str] = []
    doc_names: list[str] = []
    doc_definitions: list[Definition] = []
    for text, _, _, _ in units:
        characters += len(text)
        marked = mark_breaks(tokenizer.cut(text))
        tokens += sentence_ngrams(marked, max_words + 1, grams)
        if may_hold_names(text):
            doc_names.extend(names(marked))
        found = titles(text)
        if found:
            doc_titles.extend(found)
        doc_definitions.extend(definitions(text))
    return grams, tokens, characters, len(units), doc_titles, doc_names, doc_definitions


def analyse_batch(batch: Sequence[Sequence[Unit]]) -> list[DocumentTally]:
    """:func:`analyse_document` for each document of a batch, in a worker process; the
    n-grams travel back as one string per document (cheap to pickle; the parent splits
    it again in C)."""
    tokenizer, max_words = installed(_WORKER_STATE)
    tallies: list[DocumentTally] = []
    for units in batch:
        grams, *rest = analyse_document(units, tokenizer, max_words)
        tallies.append((_GRAM_DELIMITER.join(grams), *rest))  # type: ignore[arg-type]
    return tallies


def tally(documents: Iterable[DocumentTally], into: Counts) -> None:
    """Add the analysed documents to ``into``, in order."""
    counts = into
    for grams, tokens, characters, units, doc_titles, doc_names, doc_definitions in documents:
        if isinstance(grams, str):
            grams = grams.split(_GRAM_DELIMITER) if grams else []
        counts.units += units
        counts.characters += characters
        counts.tokens += tokens
        counts.ngrams.update(grams)
        counts.doc_freq.update(set(grams))
        for d in doc_definitions:
            counts.definitions[(d.full, d.short, d.kind)] += 1
        counts.documents += 1
        found = Counter(doc_titles)
        counts.titles.update(found)
        counts.title_doc_freq.update(found.keys())
        found = Counter(doc_names)
        counts.names.update(found)
        counts.name_doc_freq.update(found.keys())


def count_documents(batch: Sequence[Sequence[Unit]], tokenizer: Segmenter,
                    max_words: int) -> Counts:
    """Tallies of a batch of documents (each a list of units)."""
    counts = Counts()
    tally((analyse_document(units, tokenizer, max_words) for units in batch), counts)
    return counts


def batches(documents: Iterable[Document], batch_chars: int,
            on_units: Callable[[list[Unit]], None]) -> Iterator[list[list[Unit]]]:
    """The documents as units, in batches of about ``batch_chars`` characters;
    ``on_units`` sees each document's units as they are made."""
    batch: list[list[Unit]] = []
    size = 0
    for index, document in enumerate(documents):
        units = document_units(document, index)
        on_units(units)
        batch.append(units)
        size += sum(len(u[0]) for u in units)
        if size >= batch_chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


class _Precut:
    """A segmenter that answers from cuts already made (the learning sample's) and asks
    ``fallback`` for any other text: the sample is not segmented twice."""

    def __init__(self, cuts: dict[str, list[str]], fallback: Segmenter) -> None:
        self.cuts = cuts
        self.fallback = fallback
        self.name = fallback.name

    def cut(self, text: str) -> list[str]:
        found = self.cuts.get(text)
        return list(found) if found is not None else self.fallback.cut(text)

    def fingerprint(self) -> str:
        return self.fallback.fingerprint()


_NEGATIONS = frozenset("不未")
"""The negations 不 ("not") and 未 ("not yet"): before a quality or a piece of a word
each makes one word with it (不安全 insecurity, 不限 open-ended; 未缴 unpaid, in 未缴摊款
unpaid assessed contributions), which the segmenter cuts off as a break word."""
_HAVE = "有"
"""有 ("have"): before a verb it makes an attribute, as the dictionary's 有效 and 有关 are
words (有组织 organized, in 跨国有组织犯罪); :func:`negated_qualities` learns such words
as it learns negated acts."""
_PREFIXES = _NEGATIONS | {_HAVE}
_QUALITY_TAGS = frozenset({"a", "an"})
"""jieba's tags of adjectives and adjectival nouns (安全, 平等, 稳定)."""


def negated_qualities(cuts: Iterable[Sequence[str]], tokenizer: Segmenter) -> list[str]:
    """A negation (:data:`_NEGATIONS`) and what follows it more than once in ``cuts``,
    when that is an adjective of two characters or more (不安全 insecurity, 不平等
    inequality, 不稳定 instability) or a character the segmenter left alone that opens no
    clause (不|限, 有罪|不|罚, 未|缴): one word, a quality negated, which names a state as
    a noun does (粮食不安全 food insecurity, 不限成员名额 open-ended, 有罪不罚 impunity) or
    modifies one (未缴摊款 unpaid assessed contributions). jieba's dictionary lacks most of
    them and cuts the negation off, and n-grams never cross a negation, a break word.
    Before a verb of its own (不|使用, 不|受, 不|应) the negation stays a clause's, unless
    the text uses the two where nouns stand (:func:`_is_withheld_act`), and so does 有
    (:data:`_HAVE`) before a verb (有组织 organized). A negation never
    negates a noun: before a dictionary word that opens with a quality or a verb
    (不|发达国家) it takes that (不发达|国家, :func:`_opening_predicates`); and where the
    text gives the negated quality the superlative in most of its uses (最|不|发达国家, the
    least developed countries), the superlative is part of the word (最不发达)."""
    if not isinstance(tokenizer, Tagger):
        return []
    pairs: Counter[tuple[str, str]] = Counter()
    noun_uses: Counter[tuple[str, str]] = Counter()
    superlative: Counter[tuple[str, str]] = Counter()
    for words in cuts:
        if _PREFIXES.isdisjoint(words):
            continue
        for before, negation, word in zip(["", *words], words, words[1:], strict=False):
            if negation in _PREFIXES:
                pairs[negation, word] += 1
                noun_uses[negation, word] += before in _NOUN_OPENERS
                superlative[negation, word] += before == _SUPERLATIVE
    recurring = [p for p, n in pairs.items() if n > 1 and has_cjk(p[1])]
    tags = tokenizer.word_tags({b for _, b in recurring})
    opening = _opening_predicates([b for _, b in recurring], tags, tokenizer)
    learned: list[str] = []
    for pair in recurring:
        negation, word = pair
        if negation == _HAVE:
            # 有 ("have") before a verb the text puts where nouns stand makes an
            # attribute, as 有效 and 有关 are words: 有组织 (organized, 跨国有组织犯罪).
            if _is_withheld_act(word, tags, pairs[pair], noun_uses[pair]):
                learned.append(negation + word)
            continue
        if _is_bound_piece(word, tags) or _is_withheld_act(
                word, tags, pairs[pair], noun_uses[pair]):
            unit = negation + word
        elif word in opening:
            unit = negation + opening[word]
        else:
            continue
        learned.append(_SUPERLATIVE + unit if 2 * superlative[pair] > pairs[pair] else unit)
    return list(dict.fromkeys(learned))


_SUPERLATIVE = "最"
"""The superlative: before a quality it makes its highest (or, before a negated one, its
lowest) degree, 最|不|发达 "least developed"."""
_PREDICATE_TAGS = frozenset({"v", "vd", "vn", "a", "ad", "an"})
"""jieba's tags of verbs and adjectives, what a negation negates."""


def _opening_predicates(words: Iterable[str], tags: dict[str, str],
                        tokenizer: Tagger) -> dict[str, str]:
    """For each of ``words`` that is a dictionary word of three characters or more but no
    verb or adjective itself (``tags`` has its tag) and that the dictionary builds of a
    verb or an adjective of two characters or more and a word after it (发达|国家
    "developed countries", jieba's fixed expression), that opening verb or adjective:
    after a negation, which negates no noun, the segmenter read the two wrongly as one
    (不|发达国家 is 不发达|国家, "underdeveloped countries")."""
    if not isinstance(tokenizer, FrequencyModel):
        return {}
    from termbase.extract.tag_filters import dictionary_parts  # tag_filters imports drafts

    parts = {w: dictionary_parts(w, tokenizer.general_frequency) for w in words
             if len(w) > 2 and w in tags and tags[w] not in _PREDICATE_TAGS}
    heads = {cut[0] for cut in parts.values() if cut and len(cut[0]) > 1}
    head_tags = tokenizer.word_tags(heads)
    return {w: cut[0] for w, cut in parts.items()
            if cut and head_tags.get(cut[0]) in _PREDICATE_TAGS}


# What stands before a noun phrase and never before a clause's negated verb: a
# conjunction or an enumeration comma joining it to other nouns, 的 after its modifier,
# a title's opening bracket (《不扩散核武器条约》).
_NOUN_OPENERS = frozenset({"和", "与", "及", "或", "、", "的", "《"})
_VERB_TAGS = frozenset({"v", "vn"})
_NOUN_USE_MIN = 2
_NOUN_USE_SHARE = 0.25
"""不扩散 stands after one of them in 61 %, 65 % and 86 % of its uses on the tuning,
MultiUN and `peace` texts; 不包括 and 不存在 in none of theirs, 不需要 in one of six."""


def _is_withheld_act(word: str, tags: dict[str, str], uses: int, noun_uses: int) -> bool:
    """Whether the verb ``word`` of two characters or more, found after 不 ``uses`` times,
    ``noun_uses`` of them right after one of :data:`_NOUN_OPENERS`, makes with 不 the
    name of an act withheld, as a noun does: 不扩散 (non-proliferation), 不歧视
    (non-discrimination), 不干涉 (non-interference). The text says so by putting the two
    where nouns stand (核裁军和不扩散, 平等和不歧视), at least :data:`_NOUN_USE_MIN` times
    and in :data:`_NOUN_USE_SHARE` of its uses; a clause's negated verb (不包括, 不存在,
    不需要) follows its subject or an adverb (但不包括, 并不存在). A single character
    after 不 is :func:`_is_bound_piece`'s to judge (不|受 opens a clause whatever stands
    before it)."""
    return (len(word) > 1 and tags.get(word) in _VERB_TAGS and noun_uses >= _NOUN_USE_MIN
            and noun_uses >= _NOUN_USE_SHARE * uses)


def _is_bound_piece(word: str, tags: dict[str, str]) -> bool:
    """Whether ``word`` after a negation makes one word with it: an adjective of two characters
    or more, or a character that is a piece of a word (限, 罚) rather than a function
    word, a clause's verb (受, 应, 与) or an adjective that predicates (不大, 不迟于)."""
    if len(word) > 1:
        return tags.get(word) in _QUALITY_TAGS
    return word not in BREAK_WORDS and word not in NO_TERM_START and \
        tags.get(word) not in _QUALITY_TAGS


_CLAUSE_MARK = re.compile("([，。；：、！？（）《》“”])")
"""Punctuation a dictionary segmenter cuts as a word of its own and never joins a word
across: jieba (the one that learns words) segments the runs of ideographs, letters and
digits between such marks each on its own."""


def _negated_clauses(text: str, tokenizer: Segmenter) -> list[list[str]]:
    """The words of each clause of ``text`` that holds a negation (between two of
    :data:`_CLAUSE_MARK`), with the mark before and the mark after it: what
    :func:`negated_qualities` reads around 不 and 未 in the whole text's words, for a third
    of the cutting (the clauses holding 不 are a third of the sentences holding it)."""
    pieces = _CLAUSE_MARK.split(text)  # clause, mark, clause, mark, ..., clause
    found: list[list[str]] = []
    for i in range(0, len(pieces), 2):
        if not _PREFIXES.isdisjoint(pieces[i]):
            found.append([*pieces[max(i - 1, 0):i], *tokenizer.cut(pieces[i]),
                          *pieces[i + 1:i + 2]])
    return found


def morphemes(cuts: Iterable[Sequence[str]], tokenizer: Segmenter) -> frozenset[str]:
    """The single ideographs of ``cuts`` that the dictionary lists as bound morphemes (its
    tags ending in 'g': ng, vg, zg …), pieces of words rather than words of their own
    (职 of 职等 "grade", 署 of 妇女署 UN-Women); none without tags."""
    if not isinstance(tokenizer, Tagger):
        return frozenset()
    singles = {w for cut in cuts for w in cut if len(w) == 1 and has_cjk(w)}
    return frozenset(w for w, tag in tokenizer.word_tags(singles).items()
                     if tag.endswith(_MORPHEME_TAG))


_MORPHEME_TAG = "g"
"""The last letter of jieba's tags of bound morphemes (语素: ng, vg, ag, zg, tg …)."""


def learn_words(batch: Sequence[Sequence[Unit]], tokenizer: Segmenter,
                more: Sequence[Sequence[Unit]] = ()
                ) -> tuple[Segmenter, Segmenter, dict[str, tuple[str, ...]]]:
    """``tokenizer`` taught the words of ``batch`` it splits into fragments
    (:func:`~termbase.text.segment.bound_words`, :func:`negated_qualities`), when it can
    learn words; a segmenter for ``batch`` itself that reuses the cuts made to learn
    them; and the words it learned that the text coined (:func:`coined_words`), each with
    the pieces ``tokenizer`` cuts it into. The documents ``more`` teach negated qualities
    too: only their sentences that hold a negation are cut for it, and nothing of theirs
    is kept."""
    if not isinstance(tokenizer, WordLearner):
        return tokenizer, tokenizer, {}
    cuts = {text: tokenizer.cut(text) for units in batch for text, *_ in units}
    # Each sentence once, as in ``cuts``: a line repeated in every document counts once.
    negating = {text: _negated_clauses(text, tokenizer) for units in more
                for text, *_ in units if not _PREFIXES.isdisjoint(text) and text not in cuts}
    bound = morphemes(cuts.values(), tokenizer)
    words = bound_words(cuts.values(), morphemes=bound) + \
        negated_qualities(
        [*cuts.values(), *itertools.chain.from_iterable(negating.values())], tokenizer)
    learned = tokenizer.with_words(words)
    if not words:
        return learned, _Precut(cuts, learned), {}
    join = word_joiner(words)

    def recut(text: str, cut: list[str]) -> list[str]:
        # A learned word that does not end where the old cut's words end (可持续 in
        # 可|持续性) is not made by joining them: that sentence is cut again.
        joined = join(cut)
        if any(w in text and w not in joined for w in words):
            return learned.cut(text)
        return joined

    return learned, _Precut({t: recut(t, c) for t, c in cuts.items()}, learned), \
        coined_words(words, tokenizer, bound)


def coined_words(words: Iterable[str], tokenizer: Segmenter,
                 bound: AbstractSet[str]) -> dict[str, tuple[str, ...]]:
    """The learned ``words`` the text coined, each with the pieces ``tokenizer`` cuts it
    into: a word the dictionary does not list, one of whose pieces is a bound morpheme
    (``bound``, from :func:`morphemes`), as a short form or a field's coinage is built
    (联检|组 JIU, 人居|署 UN-Habitat, 职|等 grade). A morpheme is no word of its own, so
    such a word is no dictionary word of general Chinese the text happens to use, which
    the single-word discount of the ranking is for
    (:attr:`termbase.extract.ranking.Weights.single_word_factor`). Not coined: a word
    the dictionary lists (更多, cut 更|多 where its pieces are likelier), and one joined
    from words that stand alone (政府|间, 供|资, 不|稳定), general vocabulary the dictionary
    lacks as often as a term."""
    words = list(words)
    listed = tokenizer.general_frequency(words) if isinstance(tokenizer, FrequencyModel) \
        else {}
    coined: dict[str, tuple[str, ...]] = {}
    for word in words:
        if listed.get(word, 0.0) > 0.0:
            continue
        pieces = tuple(tokenizer.cut(word))
        if not bound.isdisjoint(pieces):
            coined[word] = pieces
    return coined


def _batches_up_to(batched: Iterator[list[list[Unit]]], limit: int,
                   read: int) -> tuple[list[list[list[Unit]]], int]:
    """The next batches of ``batched`` until the characters read, ``read`` before them,
    reach ``limit`` (none if they already have); and the characters read after them."""
    taken: list[list[list[Unit]]] = []
    while read < limit:
        batch = next(batched, None)
        if batch is None:
            break
        taken.append(batch)
        read += sum(len(u[0]) for units in batch for u in units)
    return taken, read


def count_all(documents: Iterable[Document], tokenizer: Segmenter, settings: ExtractSettings,
              progress: Callable[[int], None] | None,
              on_units: Callable[[list[Unit]], None]) -> Counts:
    """Pass 1 over ``documents``: the counts, pruned when they outgrow
    ``settings.max_table``, in ``settings.workers`` processes when more than one."""
    total = Counts()
    batched = batches(documents, settings.batch_chars, on_units)
    # The first batches (up to LEARN_CHARS) teach the segmenter the text's own words.
    sample, read = _batches_up_to(batched, LEARN_CHARS, 0)
    # The batches after them (up to NEGATION_CHARS in all) teach negated qualities only;
    # they are counted as any later batch is, cut by the taught segmenter.
    more, _ = _batches_up_to(batched, NEGATION_CHARS, read)
    tokenizer, precut, coined = learn_words([units for b in sample for units in b],
                                            tokenizer, [units for b in more for units in b])
    total.tokenizer = tokenizer
    total.coined = coined
    batched = itertools.chain(more, batched)

    def absorb(tallies: Iterable[DocumentTally]) -> None:
        before = total.characters
        tally(tallies, total)
        if len(total.ngrams) > settings.max_table:
            total.prune(settings.max_table // 2)
        if progress is not None:
            progress(total.characters - before)

    def absorb_sample() -> None:
        for batch in sample:
            absorb(analyse_document(units, precut, settings.max_words) for units in batch)

    if settings.workers <= 1:
        absorb_sample()
        for batch in batched:
            absorb(analyse_document(units, tokenizer, settings.max_words) for units in batch)
        return total
    import multiprocessing

    # fork: workers inherit the loaded tokenizer instead of loading jieba again; where
    # there is no fork, the initializer sends it once per worker (which reloads jieba).
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    tokenizer.cut("预热")  # load the dictionary before forking
    # Workers segment and cut n-grams (the per-sentence work); tallying stays in this
    # process, because sending count tables back would cost more than tallying here.
    with ProcessPoolExecutor(settings.workers, mp_context=context, initializer=_init_worker,
                             initargs=(tokenizer, settings.max_words)) as pool:
        pending: list[Future[list[DocumentTally]]] = []
        sampled = False
        for batch in batched:
            pending.append(pool.submit(analyse_batch, batch))
            # A bounded number of batches in flight keeps memory bounded.
            while len(pending) > 2 * settings.workers:
                if not sampled:
                    # The sample is tallied first (the counts' order is the same as with
                    # one process), but only once the workers have batches to cut: its
                    # n-grams are this process's work while they segment.
                    absorb_sample()
                    sampled = True
                absorb(pending.pop(0).result())
        if not sampled:
            absorb_sample()
        while pending:
            absorb(pending.pop(0).result())
    return total


__all__ = ["DocumentTally", "analyse_batch", "analyse_document", "batches", "coined_words",
           "count_all", "count_documents", "learn_words", "morphemes", "negated_qualities",
           "tally"]
