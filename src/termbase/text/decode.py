"""Turn the bytes of a text file into str, with the legacy encodings UN users meet.

UTF-8 (with or without BOM) is the norm. UTF-16 is recognised by its BOM, or without one
by the zero bytes of mostly-ASCII/CJK text. Files that are not valid UTF-8 are tried as
GB18030 (a superset of GBK and GB2312), accepted only when the result is plausibly
Chinese text, and reported with a warning. Anything else is refused with a clear message.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from termbase.diagnostics import Diagnostic, warning
from termbase.errors import InputError


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str
    diagnostics: tuple[Diagnostic, ...] = ()


_ENCODING_HINT = ("save the file as UTF-8 (in Excel: 'CSV UTF-8'; in Notepad: Save as, "
                  "Encoding UTF-8), or pass --encoding")


def _cjk_ratio(text: str) -> float:
    letters = [c for c in text if not c.isspace() and not c.isascii()]
    if not letters:
        return 1.0
    cjk = sum(1 for c in letters if "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef")
    return cjk / len(letters)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zero = sample[0::2].count(0) / (len(sample) / 2)
    odd_zero = sample[1::2].count(0) / (len(sample) / 2)
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _first_bad_line(data: bytes, exc: UnicodeDecodeError) -> int:
    return data[: exc.start].count(b"\n") + 1


_CONTROL = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v") | {"\x7f"}


def _refuse_binary(decoded: DecodedText, source: str) -> DecodedText:
    """Bytes that decode (UTF-16 accepts almost anything) but hold control characters
    are not text: refuse them rather than ingest garbage."""
    sample = decoded.text[:20_000]
    controls = sum(1 for c in sample if c in _CONTROL)
    if controls and controls / len(sample) > 0.01:
        raise InputError("binary file (control characters), not text", path=source,
                         hint="give a plain-text file; for Word documents use .docx")
    return decoded


def decode_text(data: bytes, source: str, encoding: str | None = None) -> DecodedText:
    """Decode ``data`` (the content of ``source``) or raise InputError saying why not."""
    return _refuse_binary(_decode(data, source, encoding), source)


def _decode(data: bytes, source: str, encoding: str | None) -> DecodedText:
    if encoding:
        try:
            return DecodedText(data.decode(encoding).lstrip("\ufeff"), encoding)
        except LookupError:
            raise InputError(f"unknown encoding '{encoding}'", path=source,
                             hint="use a codec name such as utf-8, gb18030, utf-16") from None
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid {encoding}: byte 0x{data[exc.start]:02x} "
                             f"at offset {exc.start}", path=source,
                             line=_first_bad_line(data, exc), hint=_ENCODING_HINT) from None

    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise InputError(f"file starts with a {name} byte-order mark but is not "
                                 f"valid {name}", path=source,
                                 line=_first_bad_line(data, exc), hint=_ENCODING_HINT) from None
            notes = () if name == "utf-8-sig" else (warning(
                "TB101", "file is UTF-16; read it as such", path=source),)
            return DecodedText(text.lstrip("\ufeff"), name, notes)

    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return DecodedText(data.decode(utf16), utf16, (warning(
                "TB101", f"file is {utf16.upper()} without byte-order mark; read it as such",
                path=source),))
        except UnicodeDecodeError:
            pass

    if b"\x00" in data[:8000]:
        raise InputError("binary file (contains NUL bytes), not text", path=source,
                         hint="give a plain-text file; for Word documents use .docx")

    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError(
                f"not UTF-8, UTF-16 or GB18030/GBK text (byte 0x{data[utf8_error.start]:02x} "
                f"at offset {utf8_error.start})", path=source,
                line=_first_bad_line(data, utf8_error), hint=_ENCODING_HINT) from None
        if _cjk_ratio(text) < 0.8:
            raise InputError(
                "not valid UTF-8, and reading it as GB18030/GBK does not give Chinese text",
                path=source, line=_first_bad_line(data, utf8_error), hint=_ENCODING_HINT,
            ) from None
        return DecodedText(text, "gb18030", (warning(
            "TB102", "file is not UTF-8; read it as GB18030 (GBK)", path=source,
            hint="convert legacy files to UTF-8 to avoid ambiguity"),))
