"""A TBX-Basic v3 (DCA) validator that needs no schema files.

:func:`validate_tbx` reports every way a file departs from the TBX core structure and
the TBX-Basic dialect rules, each with its line, in one run. It re-states the rules of
the official core RELAX NG schema and TBX-Basic Schematron (which cannot be shipped) as
plain tables, and adds checks the official rules miss: the ``transactionType`` picklist
(the official rule is shadowed by another rule with the same context) and ``target``
values of elements that carry a ``type`` (the official IDREF/URL rule is shadowed by
the rule on ``type``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from termbase.diagnostics import Diagnostic, error, warning
from termbase.formats.tbx.vocab import (
    GRAMMATICAL_GENDERS,
    STATUS_SUFFIX,
    TBX_NS,
    TERM_LOCATIONS,
    XML_LANG,
    is_http_url,
    is_language,
    is_ncname,
    is_xsd_date,
)
from termbase.model import PartOfSpeech, TermStatus, TermType, TransactionType
from termbase.xmlsafe import local_name, namespace, parse_xml

if TYPE_CHECKING:
    from lxml import etree

# --- core structure: content models as (allowed names, min, max) slots, in order ----------

_MANY = 1_000_000
_AUX = frozenset({"admin", "adminGrp", "descrip", "descripGrp", "note", "ref", "transacGrp",
                  "xref"})
_LINK = frozenset({"admin", "adminGrp", "note", "ref", "transacGrp", "xref"})
_Slot = tuple[frozenset[str], int, int]


def _one(name: str) -> _Slot:
    return frozenset({name}), 1, 1


def _opt(name: str) -> _Slot:
    return frozenset({name}), 0, 1


def _any(names: frozenset[str] | set[str]) -> _Slot:
    return frozenset(names), 0, _MANY


def _some(name: str) -> _Slot:
    return frozenset({name}), 1, _MANY


_STRUCTURE: dict[str, tuple[_Slot, ...]] = {
    "tbx": (_one("tbxHeader"), _one("text")),
    "tbxHeader": (_one("fileDesc"), _opt("encodingDesc"), _opt("revisionDesc")),
    "fileDesc": (_opt("publicationStmt"), _opt("titleStmt"), _one("sourceDesc")),
    "titleStmt": (_one("title"), _any({"note"})),
    "publicationStmt": (_some("p"),),
    "sourceDesc": (_some("p"),),
    "encodingDesc": (_some("p"),),
    "revisionDesc": (_some("change"),),
    "change": (_some("p"),),
    "text": (_opt("body"), _opt("back")),
    "body": (_some("conceptEntry"),),
    "back": (_any({"refObjectSec"}),),
    "refObjectSec": (_some("refObject"),),
    "refObject": ((frozenset({"itemSet", "itemGrp", "item"}), 1, _MANY),),
    "itemSet": ((frozenset({"itemGrp", "item"}), 1, _MANY),),
    "itemGrp": (_one("item"), _any(_LINK)),
    "conceptEntry": (_any(_AUX), _some("langSec")),
    "langSec": (_any(_AUX), _some("termSec")),
    "termSec": (_one("term"), _any({"termNote", "termNoteGrp"}), _any(_AUX)),
    "termNoteGrp": (_one("termNote"), _any(_LINK)),
    "descripGrp": (_one("descrip"), _any({"admin", "adminGrp", "descripNote", "note", "ref",
                                          "transacGrp", "xref"})),
    "adminGrp": (_one("admin"), _any({"adminNote", "note", "ref", "xref"})),
    "transacGrp": (_one("transac"), _any({"date", "note", "ref", "transacNote", "xref"})),
}
_INLINE = frozenset({"hi", "foreign", "ph", "sc", "ec"})
# Elements holding text; the value is the inline elements allowed inside.
_TEXT: dict[str, frozenset[str]] = {
    **{name: _INLINE for name in ("admin", "adminNote", "descrip", "descripNote", "note",
                                  "p", "ref", "termNote", "item", "foreign")},
    "term": frozenset({"hi"}), "hi": frozenset(),
    **{name: frozenset() for name in ("title", "date", "transac", "transacNote", "xref",
                                      "ph", "sc", "ec")},
}
_REQUIRED_ATTRS: dict[str, tuple[str, ...]] = {
    "conceptEntry": ("id",), "langSec": (XML_LANG,), "xref": ("target", "type"),
    **{name: ("type",) for name in ("termNote", "transac", "transacNote", "descrip",
                                    "admin", "ref", "adminNote", "descripNote")},
}
_IDREF_TARGETS = frozenset({"admin", "adminNote", "descrip", "descripNote", "ref",
                            "termNote", "transacNote", "transac", "hi"})

# --- TBX-Basic data categories: allowed type values and levels --------------------------

_TYPES: dict[str, frozenset[str]] = {
    "admin": frozenset({"customerSubset", "projectSubset", "source"}),
    "descrip": frozenset({"subjectField", "context", "definition"}),
    "ref": frozenset({"crossReference"}),
    "termNote": frozenset({"administrativeStatus", "partOfSpeech", "geographicalUsage",
                           "grammaticalGender", "termLocation", "termType"}),
    "transac": frozenset({"transactionType"}),
    "transacNote": frozenset({"responsibility"}),
    "xref": frozenset({"externalCrossReference", "xGraphic"}),
}
_C, _L, _T = "conceptEntry", "langSec", "termSec"
# (element, type) -> (levels, how the element may be wrapped: "grp" = any *Grp but
# transacGrp, "anygrp" = any *Grp, a name = that group only, "" = directly only)
_LEVELS: dict[tuple[str, str], tuple[frozenset[str], str]] = {
    ("admin", "customerSubset"): (frozenset({_C, _T}), "grp"),
    ("admin", "projectSubset"): (frozenset({_C, _T}), "grp"),
    ("admin", "source"): (frozenset({_C, _L, _T}), "grp"),
    ("descrip", "subjectField"): (frozenset({_C}), "descripGrp"),
    ("descrip", "context"): (frozenset({_T}), "descripGrp"),
    ("descrip", "definition"): (frozenset({_C, _L}), "descripGrp"),
    ("ref", "crossReference"): (frozenset({_C, _T}), "anygrp"),
    ("transac", "transactionType"): (frozenset({_C, _L, _T}), "transacGrp"),
    ("transacNote", "responsibility"): (frozenset({_C, _L, _T}), "transacGrp"),
    ("xref", "externalCrossReference"): (frozenset({_C, _L, _T}), ""),
    ("xref", "xGraphic"): (frozenset({_C, _L}), ""),
}
_PICKLISTS: dict[str, tuple[str, ...]] = {
    "administrativeStatus": tuple(f"{s.value}{STATUS_SUFFIX}" for s in TermStatus),
    "partOfSpeech": tuple(p.value for p in PartOfSpeech),
    "termType": tuple(t.value for t in TermType),
    "grammaticalGender": GRAMMATICAL_GENDERS,
    "termLocation": TERM_LOCATIONS,
    "transactionType": tuple(t.value for t in TransactionType),
}


@dataclass
class _Checker:
    source: str
    findings: list[Diagnostic]

    def error(self, code: str, message: str, el: etree._Element | None,
              hint: str | None = None) -> None:
        line = el.sourceline if el is not None else None
        self.findings.append(error(code, message, path=self.source, line=line, hint=hint))

    def warning(self, code: str, message: str, el: etree._Element | None,
                hint: str | None = None) -> None:
        line = el.sourceline if el is not None else None
        self.findings.append(warning(code, message, path=self.source, line=line, hint=hint))


def _elements(el: etree._Element) -> Iterator[etree._Element]:
    return (c for c in el if isinstance(c.tag, str))


def _text_of(el: etree._Element) -> str:
    return "".join(el.itertext()).strip()


def _check_children(c: _Checker, el: etree._Element, name: str) -> None:
    """Match the element's children against its content model, reporting each departure."""
    slots = _STRUCTURE[name]
    children = [ch for ch in _elements(el) if namespace(ch.tag) == TBX_NS]
    i = 0
    for allowed, low, high in slots:
        count = 0
        while i < len(children) and count < high and local_name(children[i].tag) in allowed:
            i += 1
            count += 1
        if count < low:
            want = " or ".join(sorted(allowed))
            found = f"<{local_name(children[i].tag)}>" if i < len(children) else "nothing"
            where = children[i] if i < len(children) else el
            c.error("TBX101", f"<{name}> needs <{want}> here, found {found}", where,
                    "compare the element order with a valid TBX-Basic file")
            return  # later slots would only repeat the same problem
    if i < len(children):
        extra = children[i]
        expected_anywhere = any(local_name(extra.tag) in s[0] for s in slots)
        what = "is out of order" if expected_anywhere else "is not allowed"
        c.error("TBX102", f"<{local_name(extra.tag)}> {what} in <{name}>", extra,
                "TBX wants term, then termNote, then descrip/admin/note; entry and language "
                "information before the langSec/termSec elements" if expected_anywhere
                else "remove the element or move it where TBX allows it")
    for text_holder in (el, *children):
        # Structural elements hold elements only; stray text is a core-structure error.
        stray = (el.text if text_holder is el else text_holder.tail) or ""
        if stray.strip():
            c.error("TBX103", f"text '{stray.strip()[:40]}' directly in <{name}>",
                    text_holder, "put the text inside a <p>, <note> or the right element")


def _check_text_element(c: _Checker, el: etree._Element, name: str) -> None:
    allowed = _TEXT[name]
    for child in _elements(el):
        child_name = local_name(child.tag)
        if namespace(child.tag) != TBX_NS or child_name not in allowed:
            c.error("TBX102", f"<{child_name}> is not allowed inside <{name}>", child,
                    "these elements hold text only")


def _level(el: etree._Element) -> tuple[str, str]:
    """(level the element belongs to, name of the group wrapping it or '')."""
    parent = el.getparent()
    if parent is None:
        return "", ""
    pname = local_name(parent.tag)
    if pname.endswith("Grp"):
        grand = parent.getparent()
        return (local_name(grand.tag) if grand is not None else ""), pname
    return pname, ""


def _check_category(c: _Checker, el: etree._Element, name: str, kind: str) -> None:
    allowed = _TYPES.get(name)
    if allowed is None:
        return
    if kind not in allowed:
        c.error("TBX201", f"<{name} type='{kind}'> is not a TBX-Basic data category",
                el, f"allowed types for {name}: {', '.join(sorted(allowed))}; put other "
                "information in a <note>")
        return
    if name == "termNote":
        level, group = _level(el)
        if level != _T or group not in ("", "termNoteGrp"):
            c.error("TBX202", f"termNote '{kind}' outside a termSec", el,
                    "termNotes belong right after the <term>")
    rule = _LEVELS.get((name, kind))
    if rule is not None:
        levels, wrap = rule
        level, group = _level(el)
        wrap_ok = (group == "" or wrap == "anygrp" or group == wrap
                   or (wrap == "grp" and group != "transacGrp"))
        if level not in levels or not wrap_ok:
            c.error("TBX202", f"{kind} may only appear at level(s): "
                    f"{', '.join(sorted(levels))}", el,
                    "move it to the entry, language or term level where TBX-Basic allows it")
    picklist = _PICKLISTS.get(kind)
    if picklist is not None and _text_of(el) not in picklist:
        c.error("TBX203", f"{kind} '{_text_of(el)}' is not one of: {', '.join(picklist)}",
                el)


def _check_targets(c: _Checker, el: etree._Element, name: str, ids: set[str]) -> None:
    target = el.get("target")
    if target is None:
        return
    if name == "xref":
        if not is_http_url(target) and target not in ids:
            c.error("TBX204", f"xref target '{target}' is neither an http(s) URL nor an id in "
                    "this file", el, "give a full URL such as https://undocs.org/A/RES/68/48")
        return
    if name in _IDREF_TARGETS:
        if not is_ncname(target):
            c.error("TBX204", f"target '{target}' is not a valid IDREF", el,
                    "targets point to an id in this file, e.g. 'c12'")
        elif target not in ids:
            c.error("TBX205", f"target '{target}' points to no id in this file", el,
                    "add the referenced entry (or refObject), or remove the reference")


def _check_root(c: _Checker, root: etree._Element) -> bool:
    name = local_name(root.tag)
    if name != "tbx" or namespace(root.tag) != TBX_NS:
        found = f"<{name}>" + (f" in namespace '{namespace(root.tag)}'"
                               if namespace(root.tag) else " without namespace")
        c.error("TBX001", f"root element is {found}, expected <tbx> in {TBX_NS}", root,
                "TBX 2008 (martif) files can be converted with 'termbase import' and "
                "'termbase export'")
        return False
    if root.get("type") != "TBX-Basic":
        c.error("TBX002", f"dialect (type) is '{root.get('type', '')}', expected 'TBX-Basic'",
                root)
    if root.get("style") != "dca":
        c.error("TBX003", f"style is '{root.get('style', '')}', expected 'dca'", root)
    lang = root.get(XML_LANG)
    if not lang or not is_language(lang):
        c.error("TBX004", "the <tbx> element needs a valid xml:lang", root,
                "add xml:lang=\"en\"")
    return True


def validate_tree(tree: etree._ElementTree, source: str) -> list[Diagnostic]:
    """Every departure of a parsed document from TBX-Basic v3 DCA, in document order."""
    c = _Checker(source, [])
    root = tree.getroot()
    if not _check_root(c, root):
        return c.findings
    ids: set[str] = set()
    for el in root.iter():
        if not isinstance(el.tag, str) or el.get("id") is None:
            continue
        value = el.get("id", "")
        if not is_ncname(value):
            c.error("TBX301", f"id '{value}' is not a valid XML ID", el,
                    "ids start with a letter or '_' (e.g. 'c1', not '1')")
        elif value in ids:
            c.error("TBX302", f"id '{value}' is used more than once", el,
                    "every id must be unique in the file")
        ids.add(value)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        name = local_name(el.tag)
        if namespace(el.tag) != TBX_NS:
            c.error("TBX206", f"<{el.tag}> is not a TBX element; DCT "
                    "style and foreign elements are not allowed in DCA", el,
                    "write data categories as <descrip type=...>, <termNote type=...> etc.")
            continue
        for attr in _REQUIRED_ATTRS.get(name, ()):
            if not el.get(attr):
                shown = "xml:lang" if attr == XML_LANG else attr
                c.error("TBX104", f"<{name}> needs a non-empty '{shown}' attribute", el)
        lang = el.get(XML_LANG)
        if lang is not None and not is_language(lang):
            c.error("TBX105", f"'{lang}' is not a valid language tag", el,
                    "use a BCP 47 tag such as 'zh', 'en' or 'zh-Hans'")
        if name in _STRUCTURE:
            _check_children(c, el, name)
        elif name in _TEXT:
            _check_text_element(c, el, name)
        else:
            c.error("TBX102", f"<{name}> is not a TBX element", el)
        kind = el.get("type")
        if kind is not None and not kind:
            c.error("TBX201", f"<{name}> has an empty type", el)
        elif kind:
            _check_category(c, el, name, kind)
        if name == "date" and not is_xsd_date(_text_of(el)):
            c.error("TBX106", f"date '{_text_of(el)}' is not an ISO date", el,
                    "write dates as YYYY-MM-DD")
        _check_targets(c, el, name, ids)
    if not any(local_name(e.tag) == "conceptEntry" for e in root.iter() if
               isinstance(e.tag, str)):
        c.warning("TBX107", "the file has no entries", root)
    return c.findings


def validate_tbx(data: bytes, source: str) -> list[Diagnostic]:
    """Parse and validate TBX bytes; raises FormatError when they are not well-formed XML."""
    return validate_tree(parse_xml(data, source), source)


def is_valid(findings: list[Diagnostic]) -> bool:
    """A file is valid when no finding is an error (warnings are advice)."""
    return not any(d.severity.value == "error" for d in findings)


__all__ = ["is_valid", "validate_tbx", "validate_tree"]
