"""Immutable model of an ingested document: metadata, paragraphs, sentences, footnotes.

Offsets are character offsets into the paragraph's ``text`` (after cleaning and
normalisation), so ``paragraph.text[s.start:s.end] == s.text`` for every sentence and a
footnote reference's ``offset`` is where its marker stood in that text.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ParagraphKind(StrEnum):
    """The role of a paragraph in a UN resolution."""

    TITLE = "title"
    """The resolution's title ("小武器和轻武器非法贸易的各方面问题")."""
    HEADER = "header"
    """The line that heads the body: "大会，" (The General Assembly,)."""
    PREAMBULAR = "preambular"
    OPERATIVE = "operative"
    CLOSING = "closing"
    """Adoption date and plenary meeting lines at the end."""


@dataclass(frozen=True, slots=True)
class FootnoteRef:
    """A footnote marker taken out of the running text."""

    number: int
    offset: int
    """Where the marker stood in the paragraph text (the index of the next character)."""


@dataclass(frozen=True, slots=True)
class Sentence:
    id: str
    """Stable within the document: "p7.s2" is the second sentence of paragraph p7."""
    text: str
    start: int
    end: int
    footnote_refs: tuple[int, ...] = ()
    """Numbers of the footnotes whose markers fall in this sentence, in order."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    id: str
    kind: ParagraphKind
    text: str
    sentences: tuple[Sentence, ...] = ()
    number: int | None = None
    """The paragraph number of an operative paragraph ("3." → 3); None otherwise."""
    footnote_refs: tuple[FootnoteRef, ...] = ()
    line: int | None = None
    """The source line the paragraph starts on, for messages; None when unknown."""


@dataclass(frozen=True, slots=True)
class Footnote:
    number: int
    text: str
    referenced_in: tuple[str, ...] = ()
    """Ids of the paragraphs that carry a marker for this footnote, in document order."""


@dataclass(frozen=True, slots=True)
class DocumentMetadata:
    """What the document says about itself; None where it does not say."""

    source_name: str
    source_sha256: str = ""
    language: str = "zh"
    symbol: str | None = None
    """Document symbol, e.g. "A/RES/68/48"."""
    title: str | None = None
    adoption_date: str | None = None
    """ISO 8601 date, e.g. "2013-12-05"."""
    session: int | None = None
    """General Assembly session number (第六十八届会议 → 68)."""
    meeting: int | None = None
    """Number of the plenary meeting that adopted it (第60次全体会议 → 60)."""
    agenda_item: str | None = None
    """As printed, e.g. "99(y)"."""
    committee: str | None = None
    """Main committee whose report the resolution was adopted on, e.g. "第一委员会"."""
    committee_report: str | None = None
    """Symbol of that report, e.g. "A/68/411"."""


@dataclass(frozen=True, slots=True)
class Document:
    metadata: DocumentMetadata
    paragraphs: tuple[Paragraph, ...] = ()
    footnotes: tuple[Footnote, ...] = ()

    def of_kind(self, kind: ParagraphKind) -> tuple[Paragraph, ...]:
        """The paragraphs of one kind, in document order."""
        return tuple(p for p in self.paragraphs if p.kind is kind)

    def footnote(self, number: int) -> Footnote | None:
        """The footnote with this number, if the document has it."""
        return next((f for f in self.footnotes if f.number == number), None)
