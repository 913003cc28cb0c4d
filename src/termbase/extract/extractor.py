"""The public entry of term extraction: documents in, ranked candidates with evidence out.

:func:`extract_terms` works in two passes over the documents:

1. **Counting** (streaming): each sentence is segmented with the tokenizer passed in,
   split at punctuation, and its word n-grams, titles and short-form definitions are
   counted. Tables are pruned when they outgrow their limit (lossy counting), so memory
   stays bounded whatever the input's size. Large inputs are counted in worker processes
   batch by batch, and the partial tables merged.
2. **Evidence**: the best-scored candidates are searched in the text again with one
   Aho–Corasick automaton, collecting up to three contexts each, the documents that use
   them and their neighbouring characters, which the variant rules need.

The first ``settings.context_store`` sentences are kept while counting. When they are
all the sentences, or when ``documents`` is a one-shot iterator (it cannot be read
twice), the second pass runs over them; otherwise it reads the documents again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from termbase.diagnostics import Diagnostic
from termbase.documents.model import Document, ParagraphKind
from termbase.errors import InputError
from termbase.extract.candidates import (
    SEPARATOR,
    Definition,
    definitions,
    mark_breaks,
    may_hold_names,
    names,
    titles,
)
from termbase.extract.filters import (
    has_conjunction,
    is_coordination,
    modifies_level,
    refuse_text,
    refuse_title,
    refuse_words,
)
from termbase.extract.ranking import score
from termbase.extract.statistics import (
    Counts,
    Neighbours,
    NgramStats,
    c_values,
    entropy,
    ngram_stats,
    sentence_ngrams,
)
from termbase.extract.variants import Link, VariantInput, find_links, group
from termbase.model import Glossary
from termbase.signature import Signature
from termbase.text.chinese import has_cjk
from termbase.text.segment import (
    MIN_SENTENCEPIECE_CHARS,
    Segmenter,
    SentencePieceSegmenter,
    Tagger,
)

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True, slots=True)
class ExtractSettings:
    """Everything that shapes the result; recorded in output signatures."""

    max_words: int = 7
    """Longest word n-gram counted as a candidate (titles may be longer)."""
    min_freq: int = 2
    """n-grams must recur; titles and defined short forms need not."""
    min_single_word_chars: int = 3
    """Single dictionary words shorter than this (国家, 会议, 报告) are general vocabulary
    and not proposed, unless the text names them as a title or short form."""
    max_table: int = 1_500_000
    """Most n-grams kept while counting before the rarest are pruned."""
    shortlist: int = 600
    """Candidates that get contexts, variants and glossary status."""
    contexts: int = 3
    sentencepiece: bool = False
    """Also count n-grams of a sentencepiece model trained on the input (see the
    ablation in benchmarks/README.md: it did not improve precision, so it is off)."""
    skip_known: bool = False
    """Leave out candidates whose every form is already in the glossary."""
    workers: int = 1
    batch_chars: int = 100_000
    """Characters per batch handed to a worker process."""
    context_store: int = 50_000
    """Sentences kept for the evidence pass when the input can be read only once."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class TermContext:
    """A sentence using a candidate, and where it is."""

    text: str
    document: str
    """Document symbol (A/RES/68/48), else its file name."""
    location: str
    """Paragraph ('OP 3', 'PP 2', 'footnote 1') or line ('line 12')."""


@dataclass(frozen=True, slots=True)
class GlossaryMatch:
    """A candidate form found in the glossary: which concept, which term, what status."""

    concept_id: str
    term: str
    status: str


@dataclass(frozen=True, slots=True)
class Variant:
    term: str
    relation: str
    """'short form', 'contraction', 'one-character variant', 'wording variant',
    'one-word variant'."""
    freq: int
    glossary: tuple[GlossaryMatch, ...] = ()


@dataclass(frozen=True, slots=True)
class Candidate:
    """One proposed concept: its main term, score, evidence and variants."""

    term: str
    score: float
    freq: int
    doc_freq: int
    sources: tuple[str, ...]
    """'title', 'definition', 'ngram', 'sentencepiece'."""
    contexts: tuple[TermContext, ...] = ()
    variants: tuple[Variant, ...] = ()
    glossary: tuple[GlossaryMatch, ...] = ()
    """Empty for a new term."""
    evidence: tuple[tuple[str, float], ...] = ()
    """The statistics behind the score (entropies, association, C-value)."""

    @property
    def is_new(self) -> bool:
        return not self.glossary and not any(v.glossary for v in self.variants)

    def forms(self) -> tuple[str, ...]:
        """The main term and its variants."""
        return (self.term, *(v.term for v in self.variants))


@dataclass(frozen=True, slots=True)
class ExtractionResult:
    candidates: tuple[Candidate, ...]
    settings: ExtractSettings
    segmenter: str
    """Fingerprint of the tokenizer: name, version, dictionary hash."""
    documents: int
    characters: int
    sentences: int
    notes: tuple[str, ...] = ()
    """What the caller should know (a source skipped, a table pruned)."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """What the readers of the inputs had to say (filled in by :func:`termbase.extract_terms`)."""
    signature: Signature | None = None
    """Provenance of the run (set by :func:`termbase.extract_terms`, which knows the files)."""

    def to_frame(self) -> pd.DataFrame:
        """The candidates as a DataFrame; columns in :func:`termbase.frames.candidates_frame`."""
        from termbase.frames import candidates_frame

        return candidates_frame(self.candidates)


# --- units of text -------------------------------------------------------------------

Unit = tuple[str, int, str, str]
"""(text, document index, document label, location) of one sentence."""

_SKIPPED_KINDS = frozenset({ParagraphKind.HEADER})


def _location(kind: ParagraphKind, number: int | None, line: int | None,
              preambular: int) -> str:
    if kind is ParagraphKind.OPERATIVE and number is not None:
        return f"OP {number}"
    if kind is ParagraphKind.PREAMBULAR:
        return f"PP {preambular}"
    if kind is ParagraphKind.TITLE:
        return "title"
    return f"line {line}" if line is not None else kind.value


def document_units(document: Document, index: int) -> list[Unit]:
    """The sentences of ``document`` worth extracting from, with their locations.

    The "大会，" header holds no terms; the committee named in the document's header
    furniture ([根据第一委员会的报告(A/68/411)通过]) is kept as a unit of its own.
    Paragraphs without sentences (line-based input) count as one sentence.
    """
    label = document.metadata.symbol or document.metadata.source_name
    units: list[Unit] = []
    if document.metadata.committee:
        units.append((document.metadata.committee, index, label, "header"))
    preambular = 0
    for paragraph in document.paragraphs:
        if paragraph.kind is ParagraphKind.PREAMBULAR:
            preambular += 1
        if paragraph.kind in _SKIPPED_KINDS:
            continue
        where = _location(paragraph.kind, paragraph.number, paragraph.line, preambular)
        if paragraph.sentences:
            units.extend((s.text, index, label, where) for s in paragraph.sentences)
        elif paragraph.text:
            units.append((paragraph.text, index, label, where))
    units.extend((f.text, index, label, f"footnote {f.number}") for f in document.footnotes)
    return units


# --- pass 1: counting ----------------------------------------------------------------

_worker_tokenizer: Segmenter | None = None
_worker_max_words = 8

_GRAM_DELIMITER = "\n"
"""Joins a document's n-grams for the trip from a worker: no word holds it (jieba cuts
a line break off as a token of its own, which is a break)."""

DocumentTally = tuple[Any, int, int, int, list[str], list[str], list[Definition]]
"""What one document contributes to the counts: its n-grams in order (a list, or one
string joined with _GRAM_DELIMITER from a worker), tokens, characters, units, titles,
names and definitions."""


def _init_worker(tokenizer: Segmenter, max_words: int = 8) -> None:
    global _worker_tokenizer, _worker_max_words
    _worker_tokenizer = tokenizer
    _worker_max_words = max_words


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
    tokenizer = _worker_tokenizer
    if tokenizer is None:  # pragma: no cover - the pool's initializer sets it
        raise RuntimeError("worker process started without a tokenizer")
    tallies: list[DocumentTally] = []
    for units in batch:
        grams, *rest = analyse_document(units, tokenizer, _worker_max_words)
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


def count_documents(batch: Sequence[Sequence[Unit]], tokenizer: Segmenter, max_words: int,
                    into: Counts | None = None) -> Counts:
    """Tallies of a batch of documents (each a list of units), added to ``into``."""
    counts = Counts() if into is None else into
    tally((analyse_document(units, tokenizer, max_words) for units in batch), counts)
    return counts


def _batches(documents: Iterable[Document], batch_chars: int,
             on_units: Callable[[list[Unit]], None]) -> Iterator[list[list[Unit]]]:
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


def _count_all(documents: Iterable[Document], tokenizer: Segmenter, settings: ExtractSettings,
               progress: Callable[[int], None] | None,
               on_units: Callable[[list[Unit]], None]) -> Counts:
    total = Counts()

    def absorb(tallies: Iterable[DocumentTally]) -> None:
        before = total.characters
        tally(tallies, total)
        if len(total.ngrams) > settings.max_table:
            total.prune(settings.max_table // 2)
        if progress is not None:
            progress(total.characters - before)

    batches = _batches(documents, settings.batch_chars, on_units)
    if settings.workers <= 1:
        for batch in batches:
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
        for batch in batches:
            pending.append(pool.submit(analyse_batch, batch))
            # A bounded number of batches in flight keeps memory bounded.
            while len(pending) > 2 * settings.workers:
                absorb(pending.pop(0).result())
        while pending:
            absorb(pending.pop(0).result())
    return total


# --- candidates ------------------------------------------------------------------------

@dataclass(slots=True)
class _Draft:
    """A candidate being assembled from the counts."""

    text: str
    words: tuple[str, ...]
    stats: NgramStats
    sources: set[str] = field(default_factory=set)
    score: float = 0.0
    c_value: float = 0.0


NgramRow = tuple[tuple[str, ...], NgramStats]

def _ngram_rows(counts: Counts, settings: ExtractSettings) -> list[NgramRow]:
    """The counted n-grams that pass the filters, with their statistics."""
    # Filters first, then the neighbour index for the survivors only: on a large corpus
    # an index of every n-gram would take more memory than the counts themselves.
    keys: dict[str, tuple[str, ...]] = {}
    for key, freq in counts.ngrams.items():
        if freq < settings.min_freq:
            continue
        words = tuple(key.split(SEPARATOR))
        if len(words) > settings.max_words or refuse_words(words) is not None:
            continue
        if len(words) == 1 and len(words[0]) < settings.min_single_word_chars:
            continue
        keys[key] = words
    neighbours = Neighbours(counts.ngrams, wanted=keys.keys())
    return [(words, ngram_stats(key, counts, neighbours, settings.max_words + 1))
            for key, words in keys.items()]


def _ngram_drafts(counts: Counts, settings: ExtractSettings, source: str) -> dict[str, _Draft]:
    rows = _ngram_rows(counts, settings)
    drafts: dict[str, _Draft] = {}
    for words, stats in rows:
        text = "".join(words)
        known = drafts.get(text)
        if known is not None and known.stats.freq >= stats.freq:
            continue
        drafts[text] = _Draft(text, words, stats, {source})
    return drafts


def _add_named(drafts: dict[str, _Draft], counts: Counts, tokenizer: Segmenter) -> None:
    """Titles and defined forms: candidates because the text names them, not by counts."""
    for title, freq in counts.titles.items():
        if refuse_title(title) is not None:
            continue
        draft = drafts.get(title)
        df = counts.title_doc_freq.get(title, 1)
        if draft is None:
            words = tuple(w for w in tokenizer.cut(title) if w[0].isalnum())
            draft = drafts[title] = _Draft(title, words, NgramStats(freq, df, 1.0, 1.0, 1.0))
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
            draft = drafts[name] = _Draft(name, words, NgramStats(freq, df, 1.0, 1.0, 1.0))
        draft.sources.add("name")
    for (full, short, _), freq in counts.definitions.items():
        for text in (full, short):
            if refuse_title(text) is not None:
                continue
            draft = drafts.get(text)
            if draft is None:
                words = tuple(w for w in tokenizer.cut(text) if w[0].isalnum())
                draft = drafts[text] = _Draft(text, words, NgramStats(freq, 1, 1.0, 1.0, 1.0))
            draft.sources.add("definition")


def _containers(drafts: dict[str, _Draft]) -> dict[str, list[str]]:
    """For each candidate, the longer candidates containing it (at word boundaries)."""
    found: dict[str, list[str]] = {}
    for text, draft in drafts.items():
        words = draft.words
        size = len(words)
        seen: set[str] = set()
        for i in range(size):
            for j in range(i + 1, min(size, i + 8) + 1):
                if j - i == size:
                    continue
                part = "".join(words[i:j])
                if part != text and part in drafts and part not in seen:
                    seen.add(part)
                    found.setdefault(part, []).append(text)
    return found


def _score_drafts(drafts: dict[str, _Draft]) -> None:
    values = c_values({t: d.stats.freq for t, d in drafts.items()}, _containers(drafts))
    for text, draft in drafts.items():
        draft.c_value = values[text]
        draft.score = score(values[text], draft.stats, words=len(draft.words), length=len(text),
                            is_title="title" in draft.sources,
                            is_defined="definition" in draft.sources,
                            is_name="name" in draft.sources,
                            is_coordination=is_coordination(draft.words))


# A candidate found inside longer candidates this often is a fragment of them.
_FRAGMENT_SHARE = 0.8


def _rescore_with_characters(shortlist: Sequence[_Draft],
                             evidence: dict[str, _Evidence]) -> None:
    """Boundary entropy again, over neighbouring characters, for the shortlist, and the
    share of occurrences nested in longer candidates, over exact positions.

    Word-level neighbours hide a fragment when the segmenter cuts its context in more
    than one way (…第六/十二届|会议临时议程 and …第六十九/届|会议临时议程); the character
    before both is 届. The weaker of the two measures counts. Word-level nesting (C-value)
    misses nesting in titles and names, which are not cut the same way as running text
    (行动纲领执行进度大会 inside the names of the review conferences).
    """
    for draft in shortlist:
        ev = evidence[draft.text]
        if not ev.freq:
            continue
        stats = draft.stats
        draft.stats = NgramStats(
            stats.freq, stats.doc_freq,
            min(stats.left_entropy, entropy(ev.freq, ev.left.values())),
            min(stats.right_entropy, entropy(ev.freq, ev.right.values())),
            stats.association)
        draft.score = score(draft.c_value, draft.stats, words=len(draft.words),
                            length=len(draft.text), is_title="title" in draft.sources,
                            is_defined="definition" in draft.sources,
                            is_name="name" in draft.sources,
                            is_coordination=is_coordination(draft.words))
        if draft.sources == {"ngram"} and ev.nested >= _FRAGMENT_SHARE * ev.freq:
            # Squared: a fragment that is (almost) never free yields to the phrases it
            # stands in, which are what the text uses; once free, it keeps more weight.
            draft.score *= ((ev.freq - ev.nested + 1) / (ev.freq + 1)) ** 2


# --- pass 2: evidence ------------------------------------------------------------------

@dataclass(slots=True)
class _Evidence:
    contexts: list[TermContext] = field(default_factory=list)
    documents: set[int] = field(default_factory=set)
    neighbours: set[str] = field(default_factory=set)
    left: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    """Characters right before and after each occurrence (punctuation and edges left out)."""
    freq: int = 0
    nested: int = 0
    """Occurrences that are not free: inside an occurrence of a longer shortlisted
    candidate, or a coordination cut out of a longer list (、 at its edge)."""


_NEIGHBOUR_LIMIT = 200
_DOCUMENT_LIMIT = 10_000


def _bound(term: str, before: str, after: str, following: str,
           coordinations: AbstractSet[str], modifiers: AbstractSet[str]) -> bool:
    """Whether one occurrence of ``term`` is part of a larger phrase though no longer
    candidate covers it: a coordination cut out of a longer list (国家、区域和全球, 以及
    区域和全球) or modifying a level word (区域和全球三级); a coordination of two short
    words directly followed by the noun it modifies (区域和次区域努力); a phrase framed
    by the preposition 在…上 (在自愿基础上)."""
    if term in coordinations and ("、" in (before, after) or before == "及"
                                  or modifies_level(following)):
        return True
    if term in modifiers and after.isalnum() and after != "的":
        return True
    return before == "在" and after == "上"


def _collect_evidence(units: Iterable[Unit], texts: Sequence[str],
                      settings: ExtractSettings,
                      coordinations: AbstractSet[str] = frozenset(),
                      modifiers: AbstractSet[str] = frozenset()) -> dict[str, _Evidence]:
    """Contexts, documents and neighbours of ``texts`` in ``units``.

    ``coordinations`` hold the texts with a conjunction inside (X和Y), ``modifiers``
    the coordinations of two free words (:func:`~termbase.extract.filters.is_coordination`);
    see :func:`_bound` for the occurrences of theirs that are not free.
    """
    import ahocorasick

    automaton: Any = ahocorasick.Automaton()
    for text in texts:
        automaton.add_word(text, text)
    evidence = {t: _Evidence() for t in texts}
    if not texts:
        return evidence
    automaton.make_automaton()
    for text, index, label, where in units:
        hits = [(end + 1 - len(term), end + 1, term) for end, term in automaton.iter(text)]
        # By start, longest first: a hit is nested when an earlier one reaches as far.
        hits.sort(key=lambda h: (h[0], h[0] - h[1]))
        reach = -1
        for start, stop, term in hits:
            ev = evidence[term]
            ev.freq += 1
            if len(ev.documents) < _DOCUMENT_LIMIT:
                ev.documents.add(index)
            before = text[start - 1] if start else ""
            after = text[stop] if stop < len(text) else ""
            if reach >= stop or _bound(term, before, after, text[stop:stop + 2],
                                       coordinations, modifiers):
                ev.nested += 1
            reach = max(reach, stop)
            if before.isalnum():
                ev.left[before] += 1
            if after.isalnum():
                ev.right[after] += 1
            if len(ev.neighbours) < _NEIGHBOUR_LIMIT:
                for window in (text[max(start - 2, 0):start], text[stop:stop + 2]):
                    if len(window) == 2 and window.isalnum():
                        ev.neighbours.add(window)
            if len(ev.contexts) < settings.contexts and not any(
                    c.document == label and c.location == where for c in ev.contexts):
                ev.contexts.append(TermContext(text, label, where))
    return evidence


# --- glossary --------------------------------------------------------------------------

def glossary_terms(glossary: Glossary | None, lang: str = "zh") -> dict[str, list[GlossaryMatch]]:
    """The glossary's terms in ``lang``, without title brackets, with concept and status."""
    found: dict[str, list[GlossaryMatch]] = {}
    if glossary is None:
        return found
    for concept in glossary.concepts:
        for term_lang, term in concept.terms():
            if term_lang.split("-")[0] != lang:
                continue
            key = term.text.replace("《", "").replace("》", "").strip()
            if key:
                found.setdefault(key, []).append(
                    GlossaryMatch(concept.id, term.text, term.status.value))
    return found


# --- the entry point -----------------------------------------------------------------

_REREAD_CHARS = 5_000_000
"""Largest reusable input whose sentences are kept for the second pass."""


def extract_terms(documents: Iterable[Document], *, tokenizer: Segmenter,
                  glossary: Glossary | None = None,
                  settings: ExtractSettings = ExtractSettings(),
                  progress: Callable[[int], None] | None = None) -> ExtractionResult:
    """Rank the Chinese term candidates of ``documents``.

    ``tokenizer`` is any :class:`~termbase.text.segment.Segmenter`; seed it with the
    glossary's terms (``JiebaSegmenter(terms)``) so they stay whole. ``progress`` is
    called with the number of characters counted after each batch. Raises InputError
    when the documents contain no Chinese text.
    """
    reusable = iter(documents) is not documents
    store: list[Unit] = []
    # Whether the store holds every unit: then the second pass reads it instead of
    # reading (and decoding, and cutting into units) the input again. A reusable input
    # is kept only up to _REREAD_CHARS characters, so memory stays bounded.
    complete = True
    stored_chars = 0

    def keep(units: list[Unit]) -> None:
        nonlocal complete, stored_chars
        room = settings.context_store - len(store)
        if reusable and complete:
            stored_chars += sum(len(u[0]) for u in units)
            if len(units) > room or stored_chars > _REREAD_CHARS:
                complete = False
                store.clear()  # the input will be read again: free the memory now
                return
        if room > 0 and (complete or not reusable):
            store.extend(units[:room])

    counts = _count_all(documents, tokenizer, settings, progress, keep)
    if counts.units == 0 or counts.characters == 0:
        raise InputError("no text to extract terms from",
                         hint="give Chinese documents (.txt, .docx) or 'termbase ingest' output")
    if counts.tokens == 0 or not counts.ngrams:
        raise InputError("the documents contain no words to extract terms from",
                         hint="check that the input is Chinese text, not a scan or a table")

    def units_again() -> Iterator[Unit]:
        if complete or not reusable:
            yield from store
            return
        for index, document in enumerate(documents):
            yield from document_units(document, index)

    notes: list[str] = []
    if not any(has_cjk(t) for t in list(counts.titles)[:1]) and not _mostly_chinese(counts):
        raise InputError("the documents are not Chinese (no Chinese words among the most "
                         "frequent ones)", hint="term extraction reads Chinese text only")
    if counts.prune_threshold:
        notes.append(f"large input: n-grams seen up to {counts.prune_threshold} times were "
                     "pruned while counting (lossy counting); their counts may be low")
    drafts = _ngram_drafts(counts, settings, "ngram")
    _add_named(drafts, counts, tokenizer)
    if settings.sentencepiece:
        _add_sentencepiece(drafts, units_again(), counts, settings, notes)
    _score_drafts(drafts)
    _drop_named_entities(drafts, tokenizer)
    ranked = sorted(drafts.values(), key=lambda d: (-d.score, -d.stats.freq, d.text))
    shortlist = ranked[: settings.shortlist]
    evidence = _collect_evidence(units_again(), [d.text for d in shortlist], settings,
                                 {d.text for d in shortlist if has_conjunction(d.words)},
                                 {d.text for d in shortlist if is_coordination(d.words)})
    _rescore_with_characters(shortlist, evidence)
    definition_list = [Definition(f, s, k) for f, s, k in counts.definitions]
    candidates = _assemble(shortlist, evidence, definition_list, glossary_terms(glossary),
                           settings)
    return ExtractionResult(tuple(candidates), settings, tokenizer.fingerprint(),
                            counts.documents, counts.characters, counts.units, tuple(notes))


# jieba's tags for words that are not terms: places and persons (named entities, not
# terminology), and function words, adverbs, adjectives, idioms, verbs.
_NON_TERM_TAGS = frozenset({
    "ns", "nr", "nrt", "nrfg", "ng", "t", "m", "q", "r", "p", "c", "u", "d", "a", "ad", "ag",
    "l", "i", "v", "vd", "e", "y", "o", "f", "s", "z", "zg", "b"})


def _drop_named_entities(drafts: dict[str, _Draft], tokenizer: Segmenter) -> None:
    """Leave out single dictionary words tagged as places, persons or non-nouns."""
    if not isinstance(tokenizer, Tagger):
        return
    singles = [t for t, d in drafts.items() if len(d.words) == 1 and d.sources == {"ngram"}]
    for word, tag in tokenizer.word_tags(singles).items():
        if tag in _NON_TERM_TAGS:
            del drafts[word]


def _mostly_chinese(counts: Counts) -> bool:
    top = [k for k, _ in counts.ngrams.most_common(50) if SEPARATOR not in k]
    return sum(1 for k in top if has_cjk(k)) >= max(1, len(top) // 4)


def _add_sentencepiece(drafts: dict[str, _Draft], units: Iterable[Unit], counts: Counts,
                       settings: ExtractSettings, notes: list[str]) -> None:
    if counts.characters < MIN_SENTENCEPIECE_CHARS:
        notes.append(f"sentencepiece source skipped: {counts.characters:,} characters is "
                     f"too little to train a model (needs {MIN_SENTENCEPIECE_CHARS:,})")
        return
    texts = [u[0] for u in units]
    model = SentencePieceSegmenter.train(texts)
    batch = [[(t, 0, "", "") for t in texts]]
    piece_counts = count_documents(batch, model, settings.max_words)
    piece_counts.doc_freq = counts.doc_freq  # pieces have no document structure here
    for text, draft in _ngram_drafts(piece_counts, settings, "sentencepiece").items():
        known = drafts.get(text)
        if known is None:
            drafts[text] = draft
        else:
            known.sources.add("sentencepiece")


def _assemble(shortlist: Sequence[_Draft], evidence: dict[str, _Evidence],
              definition_list: Sequence[Definition],
              known: dict[str, list[GlossaryMatch]],
              settings: ExtractSettings) -> list[Candidate]:
    inputs = [VariantInput(d.text, d.words, "title" in d.sources,
                           frozenset(evidence[d.text].documents),
                           frozenset(evidence[d.text].neighbours)) for d in shortlist]
    links = find_links(inputs, definition_list)
    roots = group([d.text for d in shortlist], links)
    relation = _relations(links)
    members: dict[str, list[_Draft]] = {}
    for draft in shortlist:
        members.setdefault(roots[draft.text], []).append(draft)
    short_forms = {link.variant for link in links if link.relation == "short form"}
    candidates: list[Candidate] = []
    for drafts in members.values():
        # The full form heads the concept: a short form is listed as its variant.
        heads = [d for d in drafts if d.text not in short_forms] or drafts
        head = max(heads, key=lambda d: (d.score, d.stats.freq))
        ev = evidence[head.text]
        variants = tuple(
            Variant(d.text, relation.get((head.text, d.text), _any_relation(d.text, links)),
                    evidence[d.text].freq or d.stats.freq, tuple(known.get(d.text, ())))
            for d in sorted(drafts, key=lambda d: -d.score) if d is not head)
        sources = sorted({s for d in drafts for s in d.sources})
        contexts = list(ev.contexts)
        for d in drafts:
            for c in evidence[d.text].contexts:
                if len(contexts) < settings.contexts and c not in contexts:
                    contexts.append(c)
        stats = head.stats
        candidate = Candidate(
            term=head.text,
            # The concept's evidence is the evidence for all its forms.
            score=round(sum(d.score for d in drafts), 4),
            freq=max(ev.freq, stats.freq),
            doc_freq=max(len(ev.documents), stats.doc_freq),
            sources=tuple(sources),
            contexts=tuple(contexts),
            variants=variants,
            glossary=tuple(known.get(head.text, ())),
            evidence=(("left_entropy", round(stats.left_entropy, 4)),
                      ("right_entropy", round(stats.right_entropy, 4)),
                      ("association", round(stats.association, 4)),
                      ("c_value", round(head.c_value, 4))),
        )
        if settings.skip_known and not candidate.is_new:
            continue
        candidates.append(candidate)
    candidates.sort(key=lambda c: (-c.score, -c.freq, c.term))
    return candidates


def _relations(links: Sequence[Link]) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for link in links:
        found.setdefault((link.main, link.variant), link.relation)
        found.setdefault((link.variant, link.main), link.relation)
    return found


def _any_relation(text: str, links: Sequence[Link]) -> str:
    for link in links:
        if text in (link.main, link.variant):
            return link.relation
    return "variant"


__all__ = [
    "Candidate",
    "ExtractSettings",
    "ExtractionResult",
    "GlossaryMatch",
    "TermContext",
    "Variant",
    "count_documents",
    "document_units",
    "extract_terms",
    "glossary_terms",
]
