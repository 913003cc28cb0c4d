"""The two small interfaces exchange formats implement: glossaries and bilingual text.

A glossary format is a pair of pure functions over bytes: ``read`` turns a file's bytes
into a :class:`ReadResult` (a glossary plus the warnings met on the way), ``write`` turns
a glossary into bytes. A bitext format (TMX, XLIFF, bead files, alignment tables) reads
bytes into a :class:`Bitext` (segment pairs with their ids and languages) and writes an
alignment as bytes; either half may be missing (XLIFF is only read). Opening files,
atomic writes and format detection happen once, in :mod:`termbase.formats`, for every
format alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from termbase.diagnostics import Diagnostic
from termbase.errors import UsageError
from termbase.model import Glossary
from termbase.signature import Signature

if TYPE_CHECKING:
    from termbase.align.model import Alignment, Bead


class ReadPolicy(StrEnum):
    """What a reader does with an entry (row, conceptEntry) it cannot interpret.

    Departures from a schema that leave the meaning clear are always read, with a
    warning; this policy only decides about entries whose meaning is lost.
    """

    STRICT = "strict"
    """Refuse the whole file, naming the first such entry (the default)."""
    SKIP = "skip"
    """Leave such entries out, with a warning for each."""


@dataclass(frozen=True, slots=True)
class ReadResult:
    glossary: Glossary
    diagnostics: tuple[Diagnostic, ...] = ()
    source_sha256: str = ""
    """Hash of the file's bytes, for provenance; filled in by ``read_glossary``."""


Reader = Callable[[bytes, str, ReadPolicy], ReadResult]
"""read(data, source_name, policy): source_name is used in messages only."""
Writer = Callable[[Glossary, "Signature | None"], bytes]


@dataclass(frozen=True, slots=True)
class Direction:
    """Which language a CAT tool translates from and into."""

    source: str = "zh"
    target: str = "en"

    @classmethod
    def parse(cls, value: str) -> Direction:
        """'zh-en' or 'en-zh' (any two language tags joined by '-', '>' or '→')."""
        for sep in ("→", ">", "-"):
            source, found, target = value.partition(sep)
            if found and source.strip() and target.strip() and source != target:
                return cls(source.strip().lower(), target.strip().lower())
        raise UsageError(f"direction '{value}' is not two languages",
                         hint="write it as source-target, e.g. zh-en or en-zh")

    def __str__(self) -> str:
        return f"{self.source}-{self.target}"


ZH_EN = Direction()
DirectedWriter = Callable[[Glossary, "Signature | None", Direction], bytes]
"""write(glossary, signature, direction): for formats that pair a source language with a
target language, as CAT tools read them."""


@dataclass(frozen=True, slots=True)
class GlossaryFormat:
    name: str
    suffixes: tuple[str, ...]
    description: str
    read: Reader
    write: Writer
    sniff: Callable[[bytes], bool] | None = None
    """Recognises the format from content, for files whose suffix is ambiguous."""
    plain_text: bool = False
    """The file is plain text in some encoding (so ``--encoding`` applies), not XML or zip."""
    lossless: bool = True
    """Reading the output gives the glossary back whole. CAT-tool glossaries (OmegaT) keep
    only what a translator needs: their contract test checks what they keep instead,
    and an export into them warns about the rest (TB237)."""
    write_directed: DirectedWriter | None = None
    """Writes in a chosen direction (``export --direction``); None for formats that
    carry every language alike."""


# --- bilingual text ----------------------------------------------------------------------

DEFAULT_MIN_SCORE = 0.5
"""Beads scoring below this are left out of a TMX memory and flagged in a review sheet."""


@dataclass(frozen=True, slots=True)
class BitextUnit:
    """One unit of a bilingual file: a translation unit, a segment, a bead or a table row."""

    source: str
    target: str | None
    """None when the file has no translation for the unit yet (an XLIFF segment)."""
    id: str = ""
    """The file's own name for the unit (tuid, trans-unit id, bead number); '' if none."""
    line: int | None = None
    """Line (XML and text files) or row (sheets) of the unit, for messages and citations."""
    bead: Bead | None = None
    """Sentence ids of each side and score, when the file records them: bead files,
    termbase's own TMX, and its alignment tables."""


@dataclass(frozen=True, slots=True)
class Bitext:
    """What reading a bilingual file gave: its languages (source first, as the file says),
    its units in file order, and the warnings met on the way."""

    source_lang: str
    target_lang: str
    units: tuple[BitextUnit, ...]
    kind: str
    """What the file was, for signatures: 'tmx', 'xliff 1.2', 'xlsx two-column' …"""
    diagnostics: tuple[Diagnostic, ...] = ()


@dataclass(frozen=True, slots=True)
class BitextOptions:
    """What an alignment writer may be asked; each format documents what it uses."""

    min_score: float = DEFAULT_MIN_SCORE
    include_one_sided: bool = False


BitextReader = Callable[[bytes, str], Bitext]
"""read(data, source_name): source_name is used in messages and citations only."""
BitextWriter = Callable[["Alignment", "Signature | None", BitextOptions], bytes]


@dataclass(frozen=True, slots=True)
class BitextFormat:
    """A bilingual format: read into a :class:`Bitext`, written from an alignment, or both."""

    name: str
    suffixes: tuple[str, ...]
    description: str
    read: BitextReader | None
    write: BitextWriter | None
    has_text: bool = True
    """False for formats that name sentences by number only (bead files): their units
    carry beads and no text."""
