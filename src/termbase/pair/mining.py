"""One-step mining: extract Chinese terms from the zh side of a corpus, then pair them.

The Chinese side of the parallel corpus is handed to term extraction
(:func:`termbase.extract.extract_terms`) as documents of consecutive lines, one group
per source document, so that extraction's evidence keeps the corpus' line numbers; the
best-ranked candidates are then paired with :func:`termbase.pair.pairer.pair_terms_report`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import groupby
from typing import TYPE_CHECKING

from termbase.pair.corpus import Corpus
from termbase.pair.dictionary import Dictionary
from termbase.pair.pairer import PairingReport, PairSettings, pair_terms_report
from termbase.signature import Signature

if TYPE_CHECKING:
    import pandas as pd

    from termbase.documents.model import Document
    from termbase.extract import ExtractionResult, ExtractSettings
    from termbase.text.segment import Segmenter


@dataclass(frozen=True, slots=True)
class ChineseSide:
    """The zh side of a corpus as extraction documents; re-iterable, read lazily."""

    corpus: Corpus

    def __iter__(self) -> Iterator[Document]:
        from termbase.extract.lines import line_documents

        for name, pairs in groupby(self.corpus, key=lambda p: p.document):
            yield from line_documents(((p.line, p.zh) for p in pairs), name)


@dataclass(frozen=True, slots=True)
class MiningResult:
    report: PairingReport
    extraction: ExtractionResult
    signature: Signature | None = None
    """Provenance of the run (filled in by :func:`termbase.mine_terms`, which knows the files)."""

    def to_frame(self) -> pd.DataFrame:
        """The pairings of the extracted terms; columns in
        :func:`termbase.frames.pairings_frame`."""
        return self.report.to_frame()


DEFAULT_MAX_TERMS = 1000
"""Terms mined by default: on the held-out gold list 300 found 60 % of the expected pairs
and 1,000 found 78 %, at about the same accuracy, 0.90 and 0.91 (benchmarks/README.md,
issue 12); a longer review sheet is the cheaper miss for a terminologist."""


def mine(corpus: Corpus, *, tokenizer: Segmenter, lexicon: Dictionary | None = None,
         max_terms: int = DEFAULT_MAX_TERMS, extract_settings: ExtractSettings | None = None,
         pair_settings: PairSettings | None = None) -> MiningResult:
    """Extract up to ``max_terms`` Chinese terms from ``corpus`` and pair each of them."""
    from termbase.extract import ExtractSettings, extract_terms

    # The extractor's list holds phrases around its terms: they get the second look.
    pair_settings = replace(pair_settings or PairSettings(), second_look=True)
    # Extraction runs in this process: its worker mode is its own business to tune.
    settings = (extract_settings or ExtractSettings()).sized_for(max_terms)
    extraction = extract_terms(ChineseSide(corpus), tokenizer=tokenizer, settings=settings)
    # Every form of a concept is paired on its own: a short form (开发署) is rendered by
    # its own English (UNDP), which the full form's pairing would never show.
    terms = list(dict.fromkeys(form for candidate in extraction.candidates[:max_terms]
                               for form in candidate.forms()))
    report = pair_terms_report(terms, corpus, lexicon=lexicon, settings=pair_settings)
    return MiningResult(report, extraction)
