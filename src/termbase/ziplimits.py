"""Limits on zip packages (.xlsx, .docx) before any library unpacks them.

A few kilobytes of zip can hold gigabytes of zeros or XML (a "zip bomb"); openpyxl and
python-docx would inflate and parse all of it. So before their turn, the package's
central directory is read and the package refused when it holds too many members,
too much data once unpacked, or a large member compressed beyond what real content
allows. The limits sit far above real glossaries and documents: a 100,000-row
glossary sheet is a few tens of megabytes of XML and compresses 5 to 20 times.

The central directory can lie about sizes, but Python's zipfile (used by openpyxl,
python-docx and by us) never returns more than the size the directory declares for a
member, and fails its CRC check if the data is longer; so the declared sizes checked
here bound what is actually inflated. :func:`read_member` bounds our own reads too.
"""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass

from termbase.errors import LimitError

_MB = 1024 * 1024
_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"
_MAX_COMMENT = 0xFFFF


@dataclass(frozen=True, slots=True)
class ZipLimits:
    """What a package may hold once unpacked."""

    max_members: int = 10_000
    max_total: int = 200 * _MB
    max_member: int = 100 * _MB
    max_ratio: float = 100.0
    ratio_from: int = 1 * _MB
    """Only members at least this large once unpacked are held to ``max_ratio``: small
    repetitive parts (styles, empty sheets) legitimately compress far more."""


DEFAULT_LIMITS = ZipLimits()

_HINT = ("this is not an ordinary workbook or Word document (a 'zip bomb'?); if it is "
         "real, open it in Excel or Word and save it again, or split it")


def _megabytes(size: int) -> str:
    return f"{size / _MB:,.0f} MB" if size >= _MB else f"{size:,} bytes"


def _declared_members(data: bytes) -> int | None:
    """The member count the end-of-central-directory record declares (None if unreadable).

    Read by hand so that a directory of millions of entries is refused before zipfile
    builds an object for each of them.
    """
    at = data.rfind(_EOCD, max(0, len(data) - 22 - _MAX_COMMENT))
    if at < 0 or len(data) < at + 22:
        return None
    count: int = struct.unpack_from("<H", data, at + 10)[0]
    if count != 0xFFFF or at < 20 or data[at - 20: at - 16] != _EOCD64_LOCATOR:
        return count
    (offset,) = struct.unpack_from("<Q", data, at - 20 + 8)
    if data[offset: offset + 4] != _EOCD64 or len(data) < offset + 40:
        return None
    (count64,) = struct.unpack_from("<Q", data, offset + 32)
    return int(count64)


def check_zip(data: bytes, source: str, limits: ZipLimits | None = None) -> None:
    """Refuse ``data`` (the zip package ``source``) with LimitError if it exceeds ``limits``.

    A package zipfile cannot read at all is let through: the reader that follows reports
    the damage in its own words.
    """
    limits = limits or DEFAULT_LIMITS
    declared = _declared_members(data)
    if declared is not None and declared > limits.max_members:
        raise _too_many(source, declared, limits)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return
    if len(members) > limits.max_members:
        raise _too_many(source, len(members), limits)
    for info in members:
        _check_member(info, source, limits)
    total = sum(info.file_size for info in members)
    if total > limits.max_total:
        raise LimitError(f"the package unpacks to {_megabytes(total)}, more than the "
                         f"{_megabytes(limits.max_total)} allowed", path=source, hint=_HINT)


def check_xml_parts(data: bytes, source: str, *, hint: str) -> None:
    """Every XML part of the package ``source`` through :func:`termbase.xmlsafe.parse_xml`,
    before openpyxl or python-docx parse it with their own settings: a damaged part is a
    FormatError naming the part and its line (in a lazily read sheet their XML error
    escaped as an internal error), and an entity declaration is refused as in every XML
    file (openpyxl expanded entities; python-docx dropped them with their text).
    ``hint`` says how to repair the package. A package zipfile cannot read is let
    through, as by :func:`check_zip`."""
    from termbase.errors import FormatError
    from termbase.xmlsafe import parse_xml

    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return
    with package:
        for name in package.namelist():
            if not name.endswith((".xml", ".rels")):
                continue
            try:
                parse_xml(read_member(package, name, source), source)
            except FormatError as exc:
                where = f"part {name}" + (f" line {exc.line}" if exc.line else "")
                raise FormatError(f"inside the package, {where}: {exc.message}",
                                  path=source, hint=hint) from None


def _too_many(source: str, count: int, limits: ZipLimits) -> LimitError:
    return LimitError(f"the package holds {count:,} files, more than the "
                      f"{limits.max_members:,} allowed", path=source, hint=_HINT)


def _check_member(info: zipfile.ZipInfo, source: str, limits: ZipLimits) -> None:
    size = info.file_size
    if size > limits.max_member:
        raise LimitError(f"'{info.filename}' in the package unpacks to {_megabytes(size)}, "
                         f"more than the {_megabytes(limits.max_member)} allowed for one "
                         f"part", path=source, hint=_HINT)
    if size >= limits.ratio_from:
        ratio = size / max(info.compress_size, 1)
        if ratio > limits.max_ratio:
            raise LimitError(f"'{info.filename}' in the package is compressed {ratio:,.0f} "
                             f"to 1 ({_megabytes(size)} from "
                             f"{_megabytes(info.compress_size)}), more than the "
                             f"{limits.max_ratio:,.0f} to 1 real content reaches",
                             path=source, hint=_HINT)


def read_member(package: zipfile.ZipFile, name: str, source: str,
                limit: int | None = None) -> bytes:
    """The bytes of member ``name``, never more than ``limit`` (LimitError beyond it).

    Reads by the data, not by the size the directory claims.
    """
    limit = DEFAULT_LIMITS.max_member if limit is None else limit
    with package.open(name) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise LimitError(f"'{name}' in the package is larger than {_megabytes(limit)}",
                         path=source, hint=_HINT)
    return data
