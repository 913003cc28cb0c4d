"""Glossary exchange formats, registered in exactly one table.

Adding a format means writing one module that defines ``FORMAT`` (a
:class:`~termbase.formats.base.GlossaryFormat`) and adding one line to ``_REGISTRY``;
``module:NAME`` names another attribute when a module defines two variants.
Modules are imported on first use so that importing termbase stays fast.
"""

from __future__ import annotations

import dataclasses
import importlib
from pathlib import Path

from termbase.errors import TermbaseError, UsageError
from termbase.fileio import read_bytes, write_atomic
from termbase.formats.base import GlossaryFormat, ReadPolicy, ReadResult
from termbase.model import Glossary
from termbase.signature import Signature, sha256_bytes

_REGISTRY: dict[str, str] = {
    "tbx": "termbase.formats.tbx.format",
    "json": "termbase.formats.json",
    "csv": "termbase.formats.csv",
    "tsv": "termbase.formats.csv:TSV_FORMAT",
    "xlsx": "termbase.formats.xlsx",
}


def names() -> tuple[str, ...]:
    return tuple(_REGISTRY)


def get(name: str) -> GlossaryFormat:
    module = _REGISTRY.get(name)
    if module is None:
        raise UsageError(f"unknown glossary format '{name}'",
                         hint=f"choose one of: {', '.join(_REGISTRY)}")
    module_name, _, attribute = module.partition(":")
    fmt: GlossaryFormat = getattr(importlib.import_module(module_name), attribute or "FORMAT")
    return fmt


def detect(path: Path, data: bytes | None = None) -> GlossaryFormat:
    """The format of ``path``: by suffix, or by content when the suffix says nothing.

    Format modules are imported one at a time and only until one claims the file.
    """
    suffix = path.suffix.lower()
    for name in _REGISTRY:
        if suffix in get(name).suffixes:
            return get(name)
    if data is not None:
        for name in _REGISTRY:
            sniff = get(name).sniff
            if sniff is not None and sniff(data):
                return get(name)
    known = ", ".join(s for n in _REGISTRY for s in get(n).suffixes)
    raise UsageError(f"cannot tell the glossary format of '{path}'",
                     path=path, hint=f"use one of the suffixes {known}, or pass --format")


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


def write_glossary(glossary: Glossary, path: Path, *, format_name: str | None = None,
                   signature: Signature | None = None) -> GlossaryFormat:
    fmt = get(format_name) if format_name else detect(path)
    write_atomic(path, fmt.write(glossary, signature))
    return fmt


__all__ = ["GlossaryFormat", "ReadPolicy", "ReadResult", "detect", "get", "names",
           "read_glossary", "write_glossary"]
