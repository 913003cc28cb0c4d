"""The units extraction reads: each sentence of a document, with where it is."""

from __future__ import annotations

from termbase.documents.citations import cited_sentences, document_label
from termbase.documents.model import Document, ParagraphKind

Unit = tuple[str, int, str, str]
"""(text, document index, document label, location) of one sentence."""

# The "大会，" header holds no terms.
_SKIPPED_KINDS = frozenset({ParagraphKind.HEADER})


def document_units(document: Document, index: int) -> list[Unit]:
    """The sentences of ``document`` worth extracting from, cited as
    :func:`termbase.documents.citations.cited_sentences` cites them.

    The committee named in the document's header furniture ([根据第一委员会的报告
    (A/68/411)通过]) is kept as a unit of its own, located at the 'header'.
    """
    units: list[Unit] = []
    if document.metadata.committee:
        units.append((document.metadata.committee, index, document_label(document), "header"))
    units.extend((s.text, index, s.document, s.location)
                 for s in cited_sentences(document, skip=_SKIPPED_KINDS))
    return units


__all__ = ["Unit", "document_units"]
