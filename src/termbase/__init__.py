"""termbase: Chinese–English terminology toolkit for United Nations documents.

The public API (see :mod:`termbase.api` and the README's "Using termbase from Python")::

    import termbase
    glossary = termbase.load_glossary()                   # the glossaries in the store
    termbase.lookup_term("行动纲领", glossary).to_frame()
    result = termbase.extract_terms(["data/A_RES_68_48.zh.txt"], top=50)
    report = termbase.pair_terms(["小武器"], termbase.open_corpus(zh=["a.zh"], en=["a.en"]))

Importing the package is cheap: the API and the heavy dependencies (jieba, lxml,
openpyxl, OpenCC, pandas) are imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from termbase.lazy import exports

__version__ = "0.1.0"

if TYPE_CHECKING:
    from termbase.api import (
        CorpusSource,
        ExportResult,
        GlossaryListing,
        GlossarySource,
        ImportResult,
        LookupIndex,
        LookupResult,
        align_batch,
        align_texts,
        alignment_lexicon,
        build_glossary,
        check_draft,
        check_kinds,
        clear_index_cache,
        export_glossary,
        extract_terms,
        import_glossary,
        index_glossary,
        ingest_document,
        list_glossaries,
        load_glossary,
        lookup_index,
        lookup_term,
        make_web_app,
        mine_terms,
        open_corpus,
        pair_terms,
        serve_glossary,
        write_accepted,
    )
    from termbase.model import Concept, Glossary, LangSec, Term, TermStatus, TermType

__all__ = [
    "Concept",
    "CorpusSource",
    "ExportResult",
    "Glossary",
    "GlossaryListing",
    "GlossarySource",
    "ImportResult",
    "LangSec",
    "LookupIndex",
    "LookupResult",
    "Term",
    "TermStatus",
    "TermType",
    "__version__",
    "align_batch",
    "align_texts",
    "alignment_lexicon",
    "build_glossary",
    "check_draft",
    "check_kinds",
    "clear_index_cache",
    "export_glossary",
    "extract_terms",
    "import_glossary",
    "index_glossary",
    "ingest_document",
    "list_glossaries",
    "load_glossary",
    "lookup_index",
    "lookup_term",
    "make_web_app",
    "mine_terms",
    "open_corpus",
    "pair_terms",
    "serve_glossary",
    "write_accepted",
]

_MODEL_NAMES = frozenset({"Concept", "Glossary", "LangSec", "Term", "TermStatus", "TermType"})
# name → module that defines it; resolved on first attribute access (PEP 562). The
# names differ from the subpackages' (align_texts, not align): importing termbase.align
# sets the package attribute 'align' to that module, which would hide a function.
_PUBLIC: dict[str, str] = {
    name: "termbase.model" if name in _MODEL_NAMES else "termbase.api"
    for name in __all__ if name != "__version__"
}


__getattr__, __dir__ = exports(__name__, _PUBLIC, __all__)
