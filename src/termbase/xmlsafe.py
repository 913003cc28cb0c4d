"""The one safe way termbase parses XML (TBX now, TMX and XLIFF later).

Glossary drafts are confidential and come from many hands, so parsing must never reach
the network, read a DTD from disk, or expand entities (which could pull in local files
or blow up in memory). Documents that declare entities are refused outright: no
terminology file needs them, and refusing is simpler to reason about than expanding
them safely. Line numbers stay available on every element (``element.sourceline``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from termbase.errors import FormatError

if TYPE_CHECKING:  # lxml is heavy; import it only when parsing actually happens
    from lxml import etree

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_HINT_NOT_WELL_FORMED = ("the file is not well-formed XML; open it in an XML editor "
                         "to see the error, or re-export it from the tool that made it")


def _entity_decl_line(data: bytes) -> int | None:
    """Line of the first entity declaration, looking in the raw bytes and as UTF-16."""
    match = _ENTITY_DECL.search(data)
    if match is not None:
        return data[: match.start()].count(b"\n") + 1
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        # UTF-16 puts NUL bytes between the letters, so search the decoded text.
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return None
        pos = text.upper().find("<!ENTITY")
        if pos >= 0:
            return text[:pos].count("\n") + 1
    return None


def parse_xml(data: bytes, source: str) -> etree._ElementTree:
    """Parse ``data`` (the content of ``source``) without entities, DTDs or network.

    Raises :class:`FormatError` with the line number when the document declares
    entities or is not well-formed.
    """
    from lxml import etree

    line = _entity_decl_line(data)
    if line is not None:
        raise FormatError("the document declares XML entities (<!ENTITY …>), which termbase "
                          "refuses for safety", path=source, line=line,
                          hint="remove the DOCTYPE's internal subset (entity declarations) "
                               "and write the characters directly")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=False, remove_comments=False)
    try:
        tree = etree.fromstring(data, parser).getroottree()
    except etree.XMLSyntaxError as exc:
        err_line = exc.lineno if exc.lineno else None
        message = exc.msg or str(exc)
        # lxml appends "(<string>, line N, column M)"; the location is reported separately.
        message = re.sub(r"\s*\(<string>, line \d+, column \d+\)\s*$", "", message)
        raise FormatError(f"not well-formed XML: {message}", path=source, line=err_line,
                          hint=_HINT_NOT_WELL_FORMED) from None
    except ValueError as exc:  # e.g. a str with an encoding declaration; bytes avoid it
        raise FormatError(f"cannot parse XML: {exc}", path=source,
                          hint=_HINT_NOT_WELL_FORMED) from None
    return tree


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
