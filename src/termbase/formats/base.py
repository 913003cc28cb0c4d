"""The one small interface every glossary exchange format implements.

A format is a pair of pure functions over bytes: ``read`` turns a file's bytes into a
:class:`ReadResult` (a glossary plus the warnings met on the way), ``write`` turns a
glossary into bytes. Opening files, atomic writes and format detection happen once, in
:mod:`termbase.formats`, for every format alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from termbase.diagnostics import Diagnostic
from termbase.model import Glossary
from termbase.signature import Signature


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
