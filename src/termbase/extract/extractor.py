"""The public entry of term extraction: documents in, ranked candidates with evidence out.

:func:`extract_terms` works in two passes over the documents:

1. **Counting** (:mod:`~termbase.extract.counting`, streaming, in worker processes for
   large inputs): word n-grams, titles, names and short-form definitions of every
   sentence (:mod:`~termbase.extract.units`); candidates are drafted and scored from the
   counts (:mod:`~termbase.extract.drafts`), and what jieba's dictionary says of their
   words leaves some out (:mod:`~termbase.extract.tag_filters`).
2. **Evidence** (:mod:`~termbase.extract.evidence`): the best-scored candidates are
   searched in the text again, collecting contexts, documents and neighbouring
   characters; the shortlist is rescored, and variants are grouped into concepts with
   their glossary status (:mod:`~termbase.extract.assembly`).

The first ``settings.context_store`` sentences are kept while counting. When they are
all the sentences, or when ``documents`` is a one-shot iterator (it cannot be read
twice), the second pass runs over them; otherwise it reads the documents again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from termbase.documents.model import Document
from termbase.errors import InputError
from termbase.extract.assembly import assemble, glossary_terms
from termbase.extract.candidates import SEPARATOR, Definition
from termbase.extract.counting import count_all
from termbase.extract.drafts import (
    add_named,
    add_sentencepiece,
    coordinated_places,
    mark_specificity,
    near_specific_words,
    ngram_drafts,
    rescore_with_characters,
    score_drafts,
    word_pairs,
)
from termbase.extract.evidence import collect_evidence
from termbase.extract.filters import has_conjunction, is_coordination
from termbase.extract.model import ExtractionResult, ExtractSettings
from termbase.extract.statistics import Counts
from termbase.extract.tag_filters import drop_by_tags, drop_fixed_clauses, drop_verb_phrases
from termbase.extract.units import Unit, document_units
from termbase.gcpause import cycle_collection_paused
from termbase.model import Glossary
from termbase.text.chinese import has_cjk
from termbase.text.segment import Segmenter

_REREAD_CHARS = 5_000_000
"""Largest reusable input whose sentences are kept for the second pass."""
_DEFAULTS = ExtractSettings()


def extract_terms(documents: Iterable[Document], *, tokenizer: Segmenter,
                  glossary: Glossary | None = None,
                  settings: ExtractSettings = _DEFAULTS,
                  progress: Callable[[int], None] | None = None) -> ExtractionResult:
    """Rank the Chinese term candidates of ``documents``.

    ``tokenizer`` is any :class:`~termbase.text.segment.Segmenter`; seed it with the
    glossary's terms (``JiebaSegmenter(terms)``) so they stay whole. ``progress`` is
    called with the number of characters counted after each batch. Raises InputError
    when the documents contain no Chinese text.
    """
    # Loading the segmenter imports modules whose import raises and catches exceptions;
    # a traceback kept in a reference cycle holds the frames that were running then,
    # with their locals. Loaded here, those are this frame's, not the extraction's.
    tokenizer.cut("预热")
    # Its tables (jieba's dictionary, the n-gram counts) are large and acyclic: five full
    # collections were a tenth of the main process's time on the speed benchmark.
    with cycle_collection_paused():
        return _extract(documents, tokenizer, glossary, settings, progress)


def _extract(documents: Iterable[Document], tokenizer: Segmenter, glossary: Glossary | None,
             settings: ExtractSettings,
             progress: Callable[[int], None] | None) -> ExtractionResult:
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

    counts = count_all(documents, tokenizer, settings, progress, keep)
    tokenizer = counts.tokenizer or tokenizer
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
    drafts = ngram_drafts(counts, settings, "ngram")
    add_named(drafts, counts, tokenizer)
    if settings.sentencepiece:
        add_sentencepiece(drafts, units_again(), counts, settings, notes)
    mark_specificity(drafts, counts, tokenizer)
    # The drops read words only, and a single word contains no other draft, so they go
    # first: the scoring then knows how many drafts the shortlist takes from those left.
    refused = drop_by_tags(drafts, tokenizer, counts)
    refused |= drop_fixed_clauses(drafts, tokenizer)
    refused |= drop_verb_phrases(drafts, counts, tokenizer)
    score_drafts(drafts, keep=settings.shortlist, refused=refused, documents=counts.documents,
                 places=coordinated_places(drafts, tokenizer))
    ranked = sorted(drafts.values(), key=lambda d: (-d.score, -d.stats.freq, d.text))
    shortlist = ranked[: settings.shortlist]
    if settings.frequent_words > 0:
        shortlist += near_specific_words(ranked[settings.shortlist:], settings.frequent_words)
    # A name is one unit whatever its words (联合国毒品和犯罪问题办公室): the score never
    # weighs it as a coordination, and no occurrence of it is a coordination's.
    phrases = [d for d in shortlist if "name" not in d.sources]
    evidence = collect_evidence(units_again(), [d.text for d in shortlist], settings,
                                {d.text for d in phrases if has_conjunction(d.words)},
                                {d.text for d in phrases if is_coordination(d.words)
                                 and not d.fixed_coordination},
                                word_pairs(shortlist))
    rescore_with_characters(shortlist, evidence)
    definition_list = [Definition(f, s, k) for f, s, k in counts.definitions]
    candidates = assemble(shortlist, evidence, definition_list, glossary_terms(glossary),
                          settings)
    return ExtractionResult(tuple(candidates), settings, tokenizer.fingerprint(),
                            counts.documents, counts.characters, counts.units, tuple(notes))


def _mostly_chinese(counts: Counts) -> bool:
    """Whether a fair share of the most frequent words are Chinese."""
    top = [k for k, _ in counts.ngrams.most_common(50) if SEPARATOR not in k]
    return sum(1 for k in top if has_cjk(k)) >= max(1, len(top) // 4)


__all__ = ["extract_terms"]
