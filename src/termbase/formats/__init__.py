"""Exchange formats, registered in one table per kind: glossaries and bilingual text.

Adding a format means writing one module that defines ``FORMAT`` (a
:class:`~termbase.formats.base.GlossaryFormat` or
:class:`~termbase.formats.base.BitextFormat`) and adding one line to ``_REGISTRY`` (and its
suffixes to ``_SUFFIXES``) or ``_BITEXT_REGISTRY``; ``module:NAME`` names another
attribute when a module defines two variants. Modules are imported on first use so that
importing termbase stays fast. Write-only outputs (check reports, extraction candidates,
pairing sheets) are not registered: they live with the capability that makes them.
"""

from __future__ import annotations

import dataclasses
import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from termbase.errors import FormatError, TermbaseError, UsageError
from termbase.fileio import read_bytes, write_atomic
from termbase.formats.base import (
    Bitext,
    BitextFormat,
    BitextOptions,
    Direction,
    GlossaryFormat,
    ReadPolicy,
    ReadResult,
)
from termbase.model import Glossary
from termbase.signature import Signature, sha256_bytes

if TYPE_CHECKING:
    from termbase.align.model import Alignment

# Glossaries. The order is the store's preference when two files share a name.
_REGISTRY: dict[str, str] = {
    "tbx": "termbase.formats.tbx.format",
    "xlsx": "termbase.formats.xlsx",
    "csv": "termbase.formats.csv",
    "tsv": "termbase.formats.csv:TSV_FORMAT",
    "json": "termbase.formats.json",
    "tbx2008": "termbase.formats.tbx2008",
    "omegat": "termbase.formats.omegat",
}

# Each glossary format's file suffixes, as its module's FORMAT declares them (a test
# holds the two equal): which files are glossaries is asked by every command that reads
# the store, and importing all seven modules to learn it cost more than the check it
# guards (about 40 ms of `termbase check`).
_SUFFIXES: dict[str, tuple[str, ...]] = {
    "tbx": (".tbx",),
    "xlsx": (".xlsx",),
    "csv": (".csv",),
    "tsv": (".tsv", ".tab"),
    "json": (".json",),
    "tbx2008": (".tbx",),
    "omegat": (".utf8",),
}

# Bilingual text: segment pairs read from CAT tools and aligners, alignments written.
_BITEXT_REGISTRY: dict[str, str] = {
    "align": "termbase.formats.beads",
    "tmx": "termbase.formats.tmx",
    "xliff": "termbase.formats.xliff",
    "tsv": "termbase.formats.alignment_tables:TSV_FORMAT",
    "xlsx": "termbase.formats.alignment_tables:XLSX_FORMAT",
}


def _load(registry: dict[str, str], name: str, kind: str) -> Any:
    """The format registered as ``name``, its module imported now (UsageError if none)."""
    spec = registry.get(name)
    if spec is None:
        raise UsageError(f"unknown {kind} format '{name}'",
                         hint=f"choose one of: {', '.join(registry)}")
    module_name, _, attribute = spec.partition(":")
    return getattr(importlib.import_module(module_name), attribute or "FORMAT")


def names() -> tuple[str, ...]:
    return tuple(_REGISTRY)


def get(name: str) -> GlossaryFormat:
    fmt: GlossaryFormat = _load(_REGISTRY, name, "glossary")
    return fmt


def suffixes() -> tuple[str, ...]:
    """Every glossary file suffix, once, in registry order (the store's preference);
    two formats may share one (TBX v3 and TBX 2008 are both .tbx)."""
    return tuple(dict.fromkeys(s for name in _REGISTRY for s in _SUFFIXES[name]))


def detect(path: Path, data: bytes | None = None) -> GlossaryFormat:
    """The format of ``path``: by suffix, or by content when the suffix says nothing.

    Format modules are imported one at a time and only until one claims the file.
    """
    suffix = path.suffix.lower()
    for name in _REGISTRY:
        if suffix in _SUFFIXES[name]:
            return get(name)
    if data is not None:
        for name in _REGISTRY:
            sniff = get(name).sniff
            if sniff is not None and sniff(data):
                return get(name)
    # Read: only import can be told the format (--from-format); --format is elsewhere
    # the report's or the output's.
    raise UsageError(f"cannot tell the glossary format of '{path}'", path=path,
                     hint=f"give the file one of the suffixes {', '.join(suffixes())} "
                          "(termbase import also takes --from-format)")


def read_glossary(path: Path, *, format_name: str | None = None,
                  policy: ReadPolicy = ReadPolicy.STRICT,
                  encoding: str | None = None) -> ReadResult:
    """Read the glossary at ``path``; ``encoding`` applies to plain-text formats only (TBX
    and xlsx declare their own)."""
    data = read_bytes(path)
    fmt = get(format_name) if format_name else detect(path, data)
    try:
        text = data
        if encoding and fmt.plain_text:
            from termbase.text.decode import decode_text

            text = decode_text(data, str(path), encoding).text.encode("utf-8")
        result = fmt.read(text, str(path), policy)
    except TermbaseError as exc:
        raise exc.with_path(path) from None
    return dataclasses.replace(result, source_sha256=sha256_bytes(data))


def require_concepts(glossary: Glossary, path: Path) -> None:
    """Refuse a glossary file that a command was given by name but that holds no concept.

    A table with its header row and nothing under it read as an empty glossary, so
    'import' answered '0 added' and exit 0 (a blank sheet is refused by the table
    reader) and 'lookup -g' searched 0 concepts. The readers themselves still accept an
    empty glossary: written and read back, it is a valid round trip."""
    if not glossary.concepts:
        raise FormatError("the glossary holds no concept: there is no term to read in it",
                          path=path,
                          hint="give a glossary with at least one term (a table: one row "
                               "per term under its header row); if it was exported, check "
                               "that the export finished")


def for_output(path: Path, format_name: str | None = None) -> GlossaryFormat:
    """The format to write ``path`` in: ``format_name``, else the one its suffix names.

    A format the suffix contradicts ('--format json -o g.tbx') is refused: every reader
    goes by the suffix, and a stored glossary that is not what its name says stops
    every command that reads the store.
    """
    if not format_name:
        named = [get(n) for n in _REGISTRY if path.suffix.lower() in _SUFFIXES[n]]
        if not named:
            raise UsageError(f"cannot tell the glossary format of '{path}'", path=path,
                             hint=f"name the output with one of the suffixes "
                                  f"{', '.join(suffixes())}, or pass --format")
        return named[0]
    fmt = get(format_name)
    suffix = path.suffix.lower()
    if suffix in suffixes() and suffix not in fmt.suffixes:
        raise UsageError(f"the output's suffix {suffix} names {detect(path).name}, not "
                         f"{fmt.name}", path=path,
                         hint=f"name the output *{fmt.suffixes[0]}, or leave out --format")
    return fmt


def write_glossary(glossary: Glossary, path: Path, *, format_name: str | None = None,
                   signature: Signature | None = None,
                   direction: Direction | None = None) -> GlossaryFormat:
    """Write ``glossary`` to ``path`` atomically; ``direction`` for the formats that pair
    a source language with a target language (CAT-tool glossaries)."""
    fmt = for_output(path, format_name)
    if direction is not None and fmt.write_directed is None:
        directed = [n for n in _REGISTRY if get(n).write_directed is not None]
        raise UsageError(f"{fmt.name} keeps every language alike: it has no direction",
                         hint="leave out --direction, or export as one of: "
                              + ", ".join(directed))
    if direction is not None:
        _refuse_absent_languages(glossary, direction)
    try:
        data = (fmt.write(glossary, signature) if direction is None or fmt.write_directed
                is None else fmt.write_directed(glossary, signature, direction))
    except TermbaseError as exc:
        # A writer sees only the glossary ("sheet 'Glossary' row 2: text holds a control
        # character …"): say which file could not be written.
        raise exc.with_path(path) from None
    write_atomic(path, data)
    return fmt


def _refuse_absent_languages(glossary: Glossary, direction: Direction) -> None:
    """A direction naming a language the glossary lacks would write a CAT-tool glossary
    without a single entry, which the tool loads without complaint."""
    held = glossary.languages
    for lang in (direction.source, direction.target):
        if lang not in held:
            raise UsageError(f"the glossary has no '{lang}' terms, so a {direction} "
                             "glossary would be empty",
                             hint="choose a direction between its languages: "
                                  + ", ".join(held))


# --- bilingual text ----------------------------------------------------------------------

def bitext_names(*, readable: bool = False, writable: bool = False) -> tuple[str, ...]:
    """Names of the bitext formats (only those with a reader or a writer, when asked)."""
    return tuple(name for name in _BITEXT_REGISTRY
                 if (not readable or get_bitext(name).read is not None)
                 and (not writable or get_bitext(name).write is not None))


def get_bitext(name: str) -> BitextFormat:
    fmt: BitextFormat = _load(_BITEXT_REGISTRY, name, "bilingual")
    return fmt


def find_bitext(path: Path) -> BitextFormat | None:
    """The bitext format whose suffix ``path`` has, or None."""
    suffix = path.suffix.lower()
    return next((get_bitext(n) for n in _BITEXT_REGISTRY
                 if suffix in get_bitext(n).suffixes), None)


def detect_bitext(path: Path) -> BitextFormat:
    """The bitext format of ``path``, by its suffix; UsageError naming the known ones."""
    fmt = find_bitext(path)
    if fmt is None:
        known = ", ".join(s for n in _BITEXT_REGISTRY for s in get_bitext(n).suffixes)
        raise UsageError(f"cannot tell the bilingual format of '{path}'", path=path,
                         hint=f"use one of the suffixes {known}, or pass --format")
    return fmt


def read_bitext(path: Path, *, format_name: str | None = None) -> Bitext:
    """Read the bilingual file at ``path``, in ``format_name`` or the format its suffix
    names."""
    fmt = get_bitext(format_name) if format_name else detect_bitext(path)
    if fmt.read is None:
        raise UsageError(f"termbase writes {fmt.name} files but does not read them",
                         path=path, hint="read one of: "
                                         + ", ".join(bitext_names(readable=True)))
    data = read_bytes(path)
    try:
        return fmt.read(data, str(path))
    except TermbaseError as exc:
        raise exc.with_path(path) from None


def render_alignment(alignment: Alignment, format_name: str,
                     signature: Signature | None = None,
                     options: BitextOptions | None = None) -> bytes:
    """``alignment`` as the bytes of the bitext format ``format_name``."""
    fmt = get_bitext(format_name)
    if fmt.write is None:
        raise UsageError(f"termbase reads {format_name} files but does not write them",
                         hint="write one of: " + ", ".join(bitext_names(writable=True)))
    return fmt.write(alignment, signature, options or BitextOptions())


__all__ = ["Bitext", "BitextFormat", "BitextOptions", "Direction", "GlossaryFormat", "ReadPolicy",
           "ReadResult", "bitext_names", "detect", "detect_bitext", "find_bitext", "for_output",
           "get", "get_bitext", "names", "read_bitext", "read_glossary", "render_alignment",
           "suffixes", "write_glossary"]
