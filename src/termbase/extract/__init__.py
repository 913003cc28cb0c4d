"""Chinese term extraction: candidates, statistics, filters, variants, ranking.

``extract_terms(documents, tokenizer=...)`` is the entry point; everything here is pure
(documents and a tokenizer in, values out), and the CLI (``termbase extract``) is its edge.
"""

from __future__ import annotations

from termbase.extract.extractor import extract_terms
from termbase.extract.model import (
    Candidate,
    ExtractionResult,
    ExtractSettings,
    GlossaryMatch,
    TermContext,
    Variant,
)

__all__ = [
    "Candidate",
    "ExtractSettings",
    "ExtractionResult",
    "GlossaryMatch",
    "TermContext",
    "Variant",
    "extract_terms",
]
