"""Citing a document: every sentence with the place it stands, one way for every output.

The glossary's contexts (``termbase build``), extraction's evidence (``termbase
extract``, and ``termbase mine`` through it) cite a sentence as its document's symbol
(or file name, when the document has no symbol) and a location in UN style:

==============================  ================================================
paragraph                       location
==============================  ================================================
operative, numbered 13          ``operative para. 13``
the 4th preambular              ``preamble, para. 4``
footnote 2                      ``footnote 2``
title, header, closing          ``title``, ``header``, ``closing``
unnumbered, from line 12        ``line 12`` (a line of a corpus, or a paragraph
                                the document does not number)
unnumbered, line unknown        ``operative``
==============================  ================================================
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from termbase.documents.model import Document, Paragraph, ParagraphKind


@dataclass(frozen=True, slots=True)
class CitedSentence:
    """A sentence of a document and where it is."""

    text: str
    document: str
    """The document's symbol (A/RES/68/48), else its file name."""
    location: str
    """Where in the document: 'operative para. 13', 'footnote 2', 'line 12'."""
    kind: ParagraphKind | None
    """The kind of paragraph the sentence is in; None for a footnote."""


def document_label(document: Document) -> str:
    """How a document is named in citations: its symbol, else its file name."""
    return document.metadata.symbol or document.metadata.source_name


def paragraph_location(paragraph: Paragraph, preambular: int) -> str:
    """Where ``paragraph`` is, for people; ``preambular`` is its number among the
    preambular paragraphs (used only for those)."""
    if paragraph.kind is ParagraphKind.OPERATIVE and paragraph.number is not None:
        return f"operative para. {paragraph.number}"
    if paragraph.kind is ParagraphKind.PREAMBULAR:
        return f"preamble, para. {preambular}"
    if paragraph.kind is not ParagraphKind.OPERATIVE or paragraph.line is None:
        return paragraph.kind.value  # 'title', 'header', 'closing'
    return f"line {paragraph.line}"


def cited_sentences(document: Document, *,
                    skip: AbstractSet[ParagraphKind] = frozenset()) -> Iterator[CitedSentence]:
    """Every sentence of ``document`` in order, then its footnotes, each with its place.

    A paragraph without sentences (line corpora are not split) counts as one sentence.
    Paragraphs of a kind in ``skip`` are left out.
    """
    label = document_label(document)
    preambular = 0
    for paragraph in document.paragraphs:
        if paragraph.kind is ParagraphKind.PREAMBULAR:
            preambular += 1
        if paragraph.kind in skip:
            continue
        where = paragraph_location(paragraph, preambular)
        if paragraph.sentences:
            for sentence in paragraph.sentences:
                yield CitedSentence(sentence.text, label, where, paragraph.kind)
        elif paragraph.text:
            yield CitedSentence(paragraph.text, label, where, paragraph.kind)
    # Footnotes are text of the document too: titles of reports are often cited only there.
    for footnote in document.footnotes:
        yield CitedSentence(footnote.text, label, f"footnote {footnote.number}", None)


__all__ = ["CitedSentence", "cited_sentences", "document_label", "paragraph_location"]
