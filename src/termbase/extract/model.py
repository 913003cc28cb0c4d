"""What term extraction takes and gives: its settings, and candidates with evidence.

:class:`ExtractSettings` shape a run and are recorded in its signature;
:class:`ExtractionResult` holds the ranked :class:`Candidate` concepts, each with its
variants, contexts (:class:`TermContext`, cited as :mod:`termbase.documents.citations`
cites) and the glossary entries it matches (:class:`GlossaryMatch`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any

from termbase.diagnostics import Diagnostic
from termbase.signature import Signature

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True, slots=True)
class ExtractSettings:
    """Everything that shapes the result; recorded in output signatures."""

    max_words: int = 7
    """Longest word n-gram counted as a candidate (titles may be longer)."""
    min_freq: int = 2
    """n-grams must recur; titles and defined short forms need not."""
    min_single_word_chars: int = 2
    """Single dictionary words shorter than this are not proposed, unless the text names
    them as a title or short form. Two-character words are (大会, 法治, 欧盟): the score
    tells general vocabulary (国家, 会议) from the text's own by its specificity."""
    max_table: int = 1_500_000
    """Most n-grams kept while counting before the rarest are pruned."""
    shortlist: int = 600
    """Candidates that get contexts, variants and glossary status."""
    frequent_words: int = 0
    """When above 0, the shortlist also takes the two-character words used this many
    times or more that only the score's general-word discount keeps below it
    (:func:`termbase.extract.drafts.near_specific_words`): ``mine`` weighs them by their
    English. 0: the shortlist is the best-scored drafts alone."""
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

    def sized_for(self, top: int) -> ExtractSettings:
        """These settings with a shortlist long enough to give ``top`` candidates.

        Grouping variants into concepts merges shortlisted forms, so the shortlist holds
        twice ``top``; memory grows with ``top``, not with the input.
        """
        return replace(self, shortlist=max(self.shortlist, 2 * top))


@dataclass(frozen=True, slots=True)
class TermContext:
    """A sentence using a candidate, and where it is."""

    text: str
    document: str
    """Document symbol (A/RES/68/48), else its file name."""
    location: str
    """Paragraph ('operative para. 3', 'preamble, para. 2', 'footnote 1') or line ('line
    12'), as :func:`termbase.documents.citations.paragraph_location` names it."""


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
    'one-word variant'; from ``mine``, 'synonym' (another term the text renders by the
    same English)."""
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
    """Documents read; a line corpus counts as many chunks of lines (see line_corpora)."""
    characters: int
    sentences: int
    notes: tuple[str, ...] = ()
    """What the caller should know (a source skipped, a table pruned)."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """What the readers of the inputs had to say (filled in by :func:`termbase.extract_terms`)."""
    signature: Signature | None = None
    """Provenance of the run (set by :func:`termbase.extract_terms`, which knows the files)."""
    line_corpora: int = 0
    """Input files read as line corpora, one sentence or paragraph per line (set by
    :func:`termbase.extract_terms`); ``documents`` counts their blocks of lines too."""
    whole_documents: int | None = None
    """Inputs read as documents (None: as many as ``documents``)."""

    def summary(self) -> str:
        """What was read, in the units the inputs have: documents, and the lines of line
        corpora (whose blocks are not documents anyone would recognise)."""
        chars = f"{self.characters:,} characters"
        documents = self.documents if self.whole_documents is None else self.whole_documents
        read = [f"{documents} document{'s' * (documents != 1)}"] if documents else []
        if self.line_corpora:
            plural = "ora" if self.line_corpora > 1 else "us"
            lines = "lines" if not documents else "lines and paragraphs"
            read.append(f"{self.sentences:,} {lines} of {self.line_corpora} line corp{plural}")
        return ", ".join([*read, chars])

    def to_frame(self) -> pd.DataFrame:
        """The candidates as a DataFrame; columns in :func:`termbase.frames.candidates_frame`."""
        from termbase.frames import candidates_frame

        return candidates_frame(self.candidates)


__all__ = ["Candidate", "ExtractSettings", "ExtractionResult", "GlossaryMatch", "TermContext",
           "Variant"]
