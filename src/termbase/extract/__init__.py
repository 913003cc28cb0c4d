"""Chinese term extraction: candidates, statistics, filters, variants, ranking.

``extract_terms(documents, tokenizer=...)`` is the entry point; everything here is pure
(documents and a tokenizer in, values out), and the CLI (``termbase extract``) is its edge.

The names below are imported on first use: the checker reads one word list from
:mod:`termbase.extract.filters`, and importing a submodule runs this file, which would
otherwise load the whole extractor (documents, statistics, drafts) on every `check`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from termbase.lazy import exports

if TYPE_CHECKING:
    from termbase.extract.extractor import extract_terms
    from termbase.extract.model import (
        Candidate,
        ExtractionResult,
        ExtractSettings,
        GlossaryMatch,
        TermContext,
        Variant,
    )

_HOMES = {
    "extract_terms": "termbase.extract.extractor",
    **dict.fromkeys(("Candidate", "ExtractionResult", "ExtractSettings", "GlossaryMatch",
                     "TermContext", "Variant"), "termbase.extract.model"),
}

__all__ = [
    "Candidate",
    "ExtractSettings",
    "ExtractionResult",
    "GlossaryMatch",
    "TermContext",
    "Variant",
    "extract_terms",
]


__getattr__, __dir__ = exports(__name__, _HOMES, __all__)
