"""XLIFF 1.1, 1.2 and 2.0 bilingual files from CAT tools, read for checking translations.

XLIFF 1.1 and 1.2 (``urn:oasis:names:tc:xliff:document:1.1`` / ``…:1.2``, the same
structure): ``file`` elements carry ``source-language``/``target-language``; each
``trans-unit`` has a ``source`` and usually a ``target``. A file that names no target
language is told by its translations' script (Chinese or English), with a warning.
XLIFF 2.0 (``urn:oasis:names:tc:xliff:document:2.0``): the root
carries ``srcLang``/``trgLang``; ``unit`` elements (possibly inside ``group``) hold
``segment`` elements with ``source`` and ``target``.

The text of a segment is what a reader sees: text inside inline markup (``g``, ``mrk``,
``pc``) is kept, while the native codes that 1.2 keeps inside ``bpt``/``ept``/``ph``/
``it`` are not text and are dropped; 2.0 ``cp`` elements become their characters.
Everything is parsed through :func:`termbase.xmlsafe.parse_xml`.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from termbase.diagnostics import Diagnostic, warning
from termbase.errors import FormatError
from termbase.formats.base import Bitext, BitextFormat, BitextUnit
from termbase.xmlsafe import local_name, namespace, parse_xml

NS_11 = "urn:oasis:names:tc:xliff:document:1.1"
NS_12 = "urn:oasis:names:tc:xliff:document:1.2"
_NS_1X = {NS_11: "1.1", NS_12: "1.2"}
NS_20 = "urn:oasis:names:tc:xliff:document:2.0"

# Inline elements whose content is native code (RTF, HTML tags), not translatable text.
_CODE_ELEMENTS = frozenset({"bpt", "ept", "ph", "it", "sub-code"})
_HINT = "export the file again from the CAT tool as XLIFF 1.2 or 2.0"
_OTHER = {"zh": "en", "en": "zh"}


@dataclass(frozen=True, slots=True)
class XliffSegment:
    """One translatable segment: its id, source and target text, and its line."""

    id: str
    source: str
    target: str | None
    """None when the file has no target for it yet (not translated)."""
    line: int | None


@dataclass(frozen=True, slots=True)
class XliffDocument:
    version: str
    source_lang: str
    target_lang: str
    segments: tuple[XliffSegment, ...]


def _text(element: Any) -> str:
    """The reader-visible text of a source/target element."""
    parts: list[str] = []

    def walk(el: Any) -> None:
        name = local_name(el.tag)
        if name == "cp":
            hex_value = el.get("hex", "")
            # An invalid code point carries no text worth checking.
            with contextlib.suppress(ValueError, OverflowError):
                parts.append(chr(int(hex_value, 16)))
        elif name not in _CODE_ELEMENTS and name:
            if el.text:
                parts.append(el.text)
            for child in el:
                walk(child)
                if child.tail:
                    parts.append(child.tail)
        # comments and processing instructions (name == "") carry no text either

    if element.text:
        parts.append(element.text)
    for child in element:
        walk(child)
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


def _child(el: Any, name: str) -> Any:
    for child in el:
        if local_name(child.tag) == name:
            return child
    return None


def _read_1x(root: Any, source: str, ns: str) -> XliffDocument:
    src_lang = tgt_lang = ""
    segments = []
    for file_el in (e for e in root if local_name(e.tag) == "file"):
        src_lang = src_lang or file_el.get("source-language", "")
        tgt_lang = tgt_lang or file_el.get("target-language", "")
        for unit in file_el.iter(f"{{{ns}}}trans-unit"):
            src = _child(unit, "source")
            if src is None:
                raise FormatError(f"trans-unit '{unit.get('id', '?')}' has no <source>",
                                  path=source, line=unit.sourceline, hint=_HINT)
            tgt = _child(unit, "target")
            segments.append(XliffSegment(unit.get("id", ""), _text(src),
                                         None if tgt is None else _text(tgt),
                                         src.sourceline))
    if not src_lang:
        raise FormatError("no source-language on the <file> element", path=source,
                          line=root.sourceline, hint=_HINT)
    return XliffDocument(_NS_1X[ns], src_lang, tgt_lang, tuple(segments))


def _read_20(root: Any, source: str) -> XliffDocument:
    src_lang = root.get("srcLang", "")
    tgt_lang = root.get("trgLang", "")
    if not src_lang:
        raise FormatError("no srcLang on the <xliff> element", path=source,
                          line=root.sourceline, hint=_HINT)
    segments = []
    for file_el in (e for e in root if local_name(e.tag) == "file"):
        for unit in file_el.iter(f"{{{NS_20}}}unit"):
            for n, seg in enumerate(e for e in unit if local_name(e.tag) == "segment"):
                src = _child(seg, "source")
                if src is None:
                    raise FormatError(f"segment of unit '{unit.get('id', '?')}' has no "
                                      f"<source>", path=source, line=seg.sourceline,
                                      hint=_HINT)
                tgt = _child(seg, "target")
                seg_id = seg.get("id") or f"{unit.get('id', '')}#{n + 1}"
                segments.append(XliffSegment(seg_id, _text(src),
                                             None if tgt is None else _text(tgt),
                                             src.sourceline))
    return XliffDocument("2.0", src_lang, tgt_lang, tuple(segments))


def read_xliff(data: bytes, source: str) -> XliffDocument:
    """Read an XLIFF 1.1, 1.2 or 2.0 file; FormatError with the line when it is not one."""
    root = parse_xml(data, source).getroot()
    if local_name(root.tag) != "xliff":
        raise FormatError(f"the root element is <{local_name(root.tag)}>, not <xliff>",
                          path=source, line=root.sourceline, hint=_HINT)
    ns = namespace(root.tag)
    version = root.get("version", "")
    if ns in _NS_1X or (not ns and version.startswith("1.")):
        if not ns:
            raise FormatError("XLIFF 1.x without the XLIFF 1.1 or 1.2 namespace",
                              path=source, line=root.sourceline,
                              hint=f"declare xmlns=\"{NS_12}\" on <xliff>")
        return _read_1x(root, source, ns)
    if ns == NS_20:
        return _read_20(root, source)
    raise FormatError(f"unsupported XLIFF version '{version or '?'}' (namespace "
                      f"'{ns or 'none'}')", path=source, line=root.sourceline,
                      hint="termbase reads XLIFF 1.1, 1.2 and 2.0; " + _HINT)


# --- as a registered bitext format ------------------------------------------------------

def _target_language(doc: XliffDocument, source: str) -> tuple[str, tuple[Diagnostic, ...]]:
    """The declared target language, else the one its translations are written in (the
    other of Chinese and English when nothing is translated yet), with a warning (TB639).
    FormatError when neither tells."""
    if doc.target_lang:
        return doc.target_lang, ()
    from termbase.text.language import guess_language

    written = guess_language(" ".join(s.target for s in doc.segments if s.target))
    src = doc.source_lang.split("-")[0].split("_")[0].lower()
    guessed = written if written is not None and written != src else _OTHER.get(src)
    if guessed is None or (written is None and any(s.target for s in doc.segments)):
        raise FormatError("the XLIFF file names no target language, and its translations "
                          "do not tell (neither Chinese nor English)", path=source,
                          hint="XLIFF 1.x: target-language on <file>; 2.0: trgLang on "
                               "<xliff>")
        # a file with untranslated units only: the other language of the pair is assumed
    how = "its translations are written in it" if written == guessed else (
        "its translations do not tell, so the other language of the pair is assumed")
    return guessed, (warning("TB639", f"the XLIFF file names no target language; checked "
                                      f"as '{guessed}' ({how})", path=source,
                             hint="XLIFF 1.x: add target-language to <file>; 2.0: trgLang "
                                  "to <xliff>"),)


def read(data: bytes, source: str) -> Bitext:
    """The segments of an XLIFF file; a target with no text counts as not translated
    (None). A target language the file does not name is told by its text (TB639)."""
    doc = read_xliff(data, source)
    target_lang, notes = _target_language(doc, source)
    units = tuple(BitextUnit(seg.source, seg.target if seg.target and seg.target.strip()
                             else None, seg.id, seg.line) for seg in doc.segments)
    return Bitext(doc.source_lang, target_lang, units, f"xliff {doc.version}", notes)


FORMAT = BitextFormat(
    name="xliff",
    suffixes=(".xlf", ".xliff"),
    description="XLIFF 1.1, 1.2 or 2.0 bilingual file from a CAT tool (read only)",
    read=read,
    write=None,
)
