"""The one safe way termbase parses XML (TBX, TMX and XLIFF).

Glossary drafts are confidential and come from many hands, so parsing must never reach
the network, read a DTD from disk, or expand entities (which could pull in local files
or blow up in memory). Documents whose DOCTYPE carries declarations (entities, elements,
attribute lists, notations) are refused outright: no terminology file needs them, and
refusing is simpler to reason about than expanding them safely.

A declaration must not hide behind an encoding, so the bytes are decoded here, the way
the XML specification (appendix F) tells a parser to find the encoding: byte-order mark,
then the pattern of the first bytes, then the encoding declaration. An encoding we do
not know, or a declaration that contradicts the bytes, is an error. The decoded text is
checked, and lxml then parses exactly that text (re-encoded as UTF-8, with the declared
encoding overridden), so what lxml reads is what was checked; the tree's DTD is checked
again after parsing. Line numbers stay available on every element
(``element.sourceline``).

Writing has one rule here too: the characters XML 1.0 cannot hold at all
(:data:`NOT_XML`). Every writer of an XML-based file (TBX, TMX, xlsx packages) either
drops them (:func:`strip_not_xml`) or refuses the text (:func:`first_not_xml`).
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from termbase.errors import FormatError

if TYPE_CHECKING:  # lxml is heavy; import it only when parsing actually happens
    from lxml import etree

_HINT_NOT_WELL_FORMED = ("the file is not well-formed XML; open it in an XML editor "
                         "to see the error, or re-export it from the tool that made it")
_HINT_ENCODING = ("save the file as UTF-8 (and say encoding=\"UTF-8\" in its first line, "
                  "or nothing)")

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = ((codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF32_LE, "utf-32-le"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_BE, "utf-16-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"))
# Without a mark, the first '<' tells the code unit width and byte order (spec, app. F).
_FIRST_BYTES = ((b"\x00\x00\x00<", "utf-32-be"), (b"<\x00\x00\x00", "utf-32-le"),
                (b"\x00<", "utf-16-be"), (b"<\x00", "utf-16-le"))
_EBCDIC_START = b"\x4c\x6f\xa7\x94"  # '<?xm' in EBCDIC

_DECLARATION = re.compile(
    r"<\?xml\s+version\s*=\s*(?:\"[^\"]*\"|'[^']*')"
    r"(?:\s+encoding\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'))?")
# XML names in declarations are case-sensitive; matching any case is only more careful.
_MARKUP_DECL = re.compile(r"<!\s*(?:ENTITY|ELEMENT|ATTLIST|NOTATION)\b", re.IGNORECASE)
_INTERNAL_SUBSET = re.compile(
    r"<!DOCTYPE\s+[^\s\[>]+"
    r"(?:\s+(?:SYSTEM|PUBLIC\s+(?:\"[^\"]*\"|'[^']*'))\s+(?:\"[^\"]*\"|'[^']*'))?\s*\[",
    re.IGNORECASE)
# Names some tools write that Python spells differently, or a superset that decodes
# every file the narrower encoding would (GB2312 files often hold GBK characters).
_ALIASES = {"ucs-2": "utf-16", "iso-10646-ucs-2": "utf-16", "ucs-4": "utf-32",
            "iso-10646-ucs-4": "utf-32", "gb2312": "gb18030", "gbk": "gb18030",
            "x-gbk": "gb18030", "cp936": "gb18030"}
# libxml2's nesting limit without XML_PARSE_HUGE (which stays off).
MAX_DEPTH = 256

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters no XML 1.0 document can hold, escaped or not: C0 controls other than tab,
line feed and carriage return; U+FFFE and U+FFFF; and lone surrogates (which a Python
string can carry but UTF-8 cannot encode)."""


def strip_not_xml(text: str) -> str:
    """``text`` without the characters XML cannot hold. They carry no meaning in a term or
    a sentence (form feeds and stray controls from PDF extraction), so TBX and TMX
    writers drop them rather than refuse a whole glossary or alignment."""
    return NOT_XML.sub("", text)


def first_not_xml(text: str) -> str | None:
    """The first character of ``text`` that XML cannot hold, or None."""
    found = NOT_XML.search(text)
    return found.group() if found else None


def _sniff(data: bytes) -> tuple[str, int]:
    """The encoding family the first bytes show, and the length of the byte-order mark."""
    for bom, family in _BOMS:
        if data.startswith(bom):
            return family, len(bom)
    for start, family in _FIRST_BYTES:
        if data.startswith(start):
            return family, 0
    return "utf-8", 0


def _declared(data: bytes, family: str, skip: int) -> tuple[str | None, str]:
    """The encoding named in the XML declaration (None if none) and the declaration."""
    head = data[skip: skip + 1024].decode(family, errors="replace")
    match = _DECLARATION.match(head)
    if match is None:
        return None, ""
    name = match.group("dq") if match.group("dq") is not None else match.group("sq")
    return name, match.group(0)


def _codec(name: str, source: str) -> str:
    """Python's codec for an encoding name from a declaration."""
    wanted = _ALIASES.get(name.lower(), name)
    try:
        # Decoding one byte also refuses codecs that are not text encodings (rot13, hex).
        b"<".decode(wanted, errors="replace")
    except LookupError:
        raise FormatError(f"the XML declaration names an encoding termbase does not know: "
                          f"'{name}'", path=source, line=1, hint=_HINT_ENCODING) from None
    return codecs.lookup(wanted).name


def _unicode_family(codec: str) -> str:
    """'utf-16' or 'utf-32' for the wide Unicode encodings, else ''."""
    for family in ("utf-16", "utf-32"):
        if codec.startswith(family):
            return family
    return ""


def _contradiction(source: str, declared: str, found: str) -> FormatError:
    return FormatError(f"the XML declaration says encoding=\"{declared}\" but the bytes "
                       f"are {found}", path=source, line=1,
                       hint="correct the encoding in the file's first line, or save the "
                            "file again as UTF-8 from the tool that made it")


def _choose_codec(data: bytes, source: str) -> tuple[str, int, bool]:
    """The codec to decode ``data`` with, the number of leading bytes to skip, and
    whether the XML declaration named it.

    Raises FormatError for an encoding termbase cannot read or a declaration that
    contradicts the bytes.
    """
    if data.startswith(_EBCDIC_START):
        raise FormatError("the file is in EBCDIC, which termbase does not read", path=source,
                          line=1, hint=_HINT_ENCODING)
    family, skip = _sniff(data)
    name, declaration = _declared(data, family, skip)
    if name is None:
        return family, skip, False
    codec = _codec(name, source)
    if family == "utf-8":
        # Only an encoding that writes its own declaration in ASCII can follow 8-bit
        # bytes that read '<?xml …'; UTF-16, UTF-32, UTF-7 and EBCDIC cannot.
        raw = data[skip: skip + len(declaration)]
        if _unicode_family(codec) or declaration.encode(codec, errors="replace") != raw:
            raise _contradiction(source, name, "8-bit text (UTF-8 or a legacy encoding)"
                                 if not skip else "UTF-8 (it starts with a UTF-8 mark)")
        if skip and codec != "utf-8":
            raise _contradiction(source, name, "UTF-8 (it starts with a UTF-8 mark)")
        return codec, skip, True
    wide = _unicode_family(family)
    if _unicode_family(codec) != wide or codec not in (wide, family):
        raise _contradiction(source, name, family.upper())
    return family, skip, True


_ZIP_MAGIC = b"PK\x03\x04"
"""How .xlsx and .docx files start: a zip package, whatever its name says."""


def _line_of(data: bytes, codec: str, offset: int) -> int:
    return data[:offset].decode(codec, errors="replace").count("\n") + 1


def decode_xml(data: bytes, source: str) -> str:
    """The text of an XML document, decoded as the XML specification says.

    Raises FormatError when the encoding is unknown, contradicts the declaration, or
    the bytes are not valid in it.
    """
    if data.startswith(_ZIP_MAGIC):
        raise FormatError("the file is a zip package (an Excel workbook or a Word "
                          "document?), not XML", path=source,
                          hint="if it is a workbook or a document, name it .xlsx or "
                               ".docx; otherwise give the XML file itself")
    codec, skip, declared = _choose_codec(data, source)
    body = data[skip:]
    if not _unicode_family(codec) and b"\x00" in body:
        raise _nul_error(source, body[: body.index(b"\x00")].count(b"\n") + 1)
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":
            raise FormatError("the file ends in the middle of a character: it was cut "
                              "short", path=source, line=_line_of(body, codec, exc.start),
                              hint="copy, download or export the file again") from None
        if declared:
            why, hint = "as its XML declaration says", (
                "the declared encoding is not the file's real one (GBK bytes in a file "
                "declared UTF-8?): correct encoding=\"…\" in the first line, or save the "
                "file as UTF-8")
        else:
            why, hint = "the XML default when no encoding is declared", (
                "save the file as UTF-8, or declare its real encoding in the first line "
                "(<?xml version=\"1.0\" encoding=\"GB18030\"?>)")
        raise FormatError(f"not valid {codec.upper()} ({why}): byte 0x{body[exc.start]:02x}"
                          f" cannot be read", path=source,
                          line=_line_of(body, codec, exc.start), hint=hint) from None
    if "\x00" in text:
        raise _nul_error(source, text[: text.index("\x00")].count("\n") + 1)
    return text


def _nul_error(source: str, line: int) -> FormatError:
    return FormatError("the file contains NUL characters, which XML does not allow",
                       path=source, line=line,
                       hint="is it UTF-16 or UTF-32 without a byte-order mark or XML "
                            "declaration? " + _HINT_ENCODING)


def _refuse_declarations(text: str, source: str) -> None:
    match = _MARKUP_DECL.search(text) or _INTERNAL_SUBSET.search(text)
    if match is not None:
        raise _declarations_error(source, text[: match.start()].count("\n") + 1)


def _declarations_error(source: str, line: int | None) -> FormatError:
    return FormatError("the document declares XML entities or a DTD (<!ENTITY …>, "
                       "<!ELEMENT …> in its DOCTYPE), which termbase refuses for safety",
                       path=source, line=line,
                       hint="remove the DOCTYPE's internal subset (the part in [ ]) and "
                            "write the characters directly")


def _syntax_error(exc: etree.XMLSyntaxError, source: str) -> FormatError:
    message = exc.msg or str(exc)
    # lxml appends "(<string>, line N, column M)"; the location is reported separately.
    message = re.sub(r"\s*\(<string>, line \d+, column \d+\)\s*$", "", message)
    line = exc.lineno if exc.lineno else None
    if "Excessive depth" in message:
        return FormatError(f"elements are nested more than {MAX_DEPTH} levels deep, which "
                           "termbase refuses (no terminology file needs it)", path=source,
                           line=line, hint="check that the file was not generated by "
                                           "mistake, or flatten its structure")
    if "Resource limit exceeded" in message or "huge" in message.lower():
        reason = re.sub(r",?\s*(?:try|use) XML_PARSE_HUGE.*$", "", message)
        return FormatError(f"the document exceeds the XML parser's safety limits ({reason})",
                           path=source, line=line,
                           hint="split the file, or shorten the offending entry")
    return FormatError(f"not well-formed XML: {message}", path=source, line=line,
                       hint=_HINT_NOT_WELL_FORMED)


def checked_utf8(data: bytes, source: str) -> bytes:
    """``data`` (the content of ``source``) decoded, checked and encoded again as UTF-8,
    ready for lxml: FormatError (with the line) for an unknown or contradicting encoding,
    NUL characters, or entity or DTD declarations.

    A file already in valid UTF-8 is checked where it is and given back as it is (without
    its byte-order mark): decoding it whole would hold the text a second time, at two or
    four bytes a character (a 70 MB Chinese glossary took 280 MB to check)."""
    utf8 = _valid_utf8(data, source)
    if utf8 is None:  # another encoding, or a fault decode_xml reports in its own words
        text = decode_xml(data, source)
        _refuse_declarations(text, source)
        return text.encode("utf-8")
    match = _MARKUP_DECL_UTF8.search(utf8) or _INTERNAL_SUBSET_UTF8.search(utf8)
    if match is not None:
        raise _declarations_error(source, utf8.count(b"\n", 0, match.start()) + 1)
    return utf8


# The declarations' patterns on UTF-8 bytes. Only ASCII spaces and letters make a
# declaration for the parser, so the bytes' ASCII-only \s and case are enough.
_MARKUP_DECL_UTF8 = re.compile(_MARKUP_DECL.pattern.encode(), re.IGNORECASE)
_INTERNAL_SUBSET_UTF8 = re.compile(_INTERNAL_SUBSET.pattern.encode(), re.IGNORECASE)
_CHECK_CHUNK = 1 << 20


def _valid_utf8(data: bytes, source: str) -> bytes | None:
    """The document's bytes when it is valid UTF-8 (and says nothing else) without NUL
    characters, decoded a chunk at a time to check it; None otherwise."""
    if data.startswith(_ZIP_MAGIC):
        return None
    codec, skip, _ = _choose_codec(data, source)
    if codec != "utf-8":
        return None
    body = data[skip:] if skip else data
    if b"\x00" in body:
        return None
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for start in range(0, len(body), _CHECK_CHUNK):
            decoder.decode(body[start: start + _CHECK_CHUNK])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return None
    return body


def _parser_options() -> dict[str, object]:
    # lxml reads the checked text, never the original bytes under some other encoding.
    return {"encoding": "utf-8", "resolve_entities": False, "no_network": True,
            "load_dtd": False, "dtd_validation": False, "huge_tree": False,
            "remove_comments": False}


def _refuse_internal_dtd(tree: etree._ElementTree, source: str) -> None:
    dtd = tree.docinfo.internalDTD
    if dtd is not None and (any(dtd.iterentities()) or any(dtd.iterelements())):
        raise _declarations_error(source, None)


def parse_xml(data: bytes, source: str) -> etree._ElementTree:
    """Parse ``data`` (the content of ``source``) without entities, DTDs or network.

    Raises :class:`FormatError` with the line number when the document declares
    entities or a DTD, is in an encoding that is unknown or contradicts its
    declaration, is nested too deeply, or is not well-formed.
    """
    from lxml import etree

    utf8 = checked_utf8(data, source)
    parser = etree.XMLParser(**_parser_options())
    with _parse_errors(source):
        tree = etree.fromstring(utf8, parser).getroottree()
    _refuse_internal_dtd(tree, source)
    return tree


@contextmanager
def _parse_errors(source: str) -> Iterator[None]:
    """lxml's parse errors as FormatErrors naming ``source`` and the line."""
    from lxml import etree

    try:
        yield
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc, source) from None
    except ValueError as exc:
        raise FormatError(f"cannot parse XML: {exc}", path=source,
                          hint=_HINT_NOT_WELL_FORMED) from None


class XmlStream:
    """The (event, element) pairs of :func:`checked_utf8`'s ``utf8``, parsed as
    :func:`parse_xml` parses (no entities, DTDs or network; the same errors), but as a
    stream: a reader that removes each record once read holds one record's tree at a
    time, not the whole file's (a 70 MB TBX builds a tree of about 500 MB). ``tag``
    limits the events to those elements, as lxml's iterparse does ("{*}name": in any
    namespace), which spares a call per element of the file; :attr:`root` is the
    document's root once the stream has been read."""

    def __init__(self, utf8: bytes, source: str, events: tuple[str, ...] = ("end",),
                 tag: Sequence[str] | None = None) -> None:
        from lxml import etree

        self._source = source
        self._context = etree.iterparse(io.BytesIO(utf8), events=events, tag=tag,
                                        **_parser_options())

    def __iter__(self) -> Iterator[tuple[str, etree._Element]]:
        with _parse_errors(self._source):
            yield from self._context
        _refuse_internal_dtd(self._context.root.getroottree(), self._source)

    @property
    def root(self) -> etree._Element:
        return self._context.root


def local_name(tag: object) -> str:
    """The element name without namespace; '' for comments and processing instructions."""
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def namespace(tag: object) -> str:
    """The namespace URI of an element tag, '' when it has none."""
    if isinstance(tag, str) and tag.startswith("{"):
        return tag[1:].partition("}")[0]
    return ""
