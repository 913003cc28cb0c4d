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

import heapq
from array import array
from dataclasses import dataclass, field
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
from termbase.xmlsafe import XmlStream, checked_utf8, local_name, namespace

if TYPE_CHECKING:
    from lxml import etree

MAX_FINDINGS = 1_000
"""The most findings :func:`check_tbx` holds for its report, the first in document order;
the others are counted. A hostile or badly broken file can have millions (a finding per
element), each an object: memory would grow with them, and nobody reads past the first
ones, from which the file is fixed and validated again."""

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


_IN_TBX = f"{{{TBX_NS}}}"
"""How the tag of an element in the TBX namespace starts."""

# Where a finding stands in the report: the document-order number of the element it was
# found on, and which of that element's checks found it; the id checks come first.
_IDS, _ELEMENTS = 0, 1
_ATTRS, _CHILDREN, _CATEGORY, _DATE, _TARGET = range(5)


@dataclass(slots=True)
class _Open:
    """An element whose end tag is still to come: what its check needs meanwhile."""

    el: etree._Element
    name: str
    order: int
    tbx: bool  # in the TBX namespace
    slots: tuple[_Slot, ...] | None  # its content model, for a structural element
    keeps_children: bool  # its text (or an enclosing element's) is read at its end
    slot: int = 0
    count: int = 0
    stopped: bool = False  # a missing element was reported: its strays are not
    extra: bool = False  # an element out of place was reported (the first only)
    stray_tails: list[tuple[int | None, str]] = field(default_factory=list)  # line, text


def _note_stray_tail(state: _Open, child: etree._Element) -> None:
    tail = child.tail
    if tail and not tail.isspace() and isinstance(child.tag, str) \
            and child.tag.startswith(_IN_TBX):
        state.stray_tails.append((child.sourceline, tail.strip()))


@dataclass
class _Validation:
    """One streaming pass over a document: each element checked as its start and end
    tags are read, and its children dropped once checked, so that the tree held is the
    path from the root to the element being read plus the element holding text around
    it, never the whole file. Findings are kept with their place in document order and
    sorted at the end, so the report is the one a whole-tree walk gives. With
    :attr:`keep` set, only that many are held (the first in document order: a heap drops
    the last one held when it overflows), and :attr:`errors` counts them all."""

    source: str
    keep: int | None = None
    # Held findings as a max-heap on their place: (negated place and arrival, finding).
    found: list[tuple[tuple[int, int, int, int], Diagnostic]] = field(default_factory=list)
    errors: int = 0
    ids: set[str] = field(default_factory=set)
    # References to ids not seen yet, which a later id may answer: their targets, and per
    # target two integers (the element's order doubled, plus 1 for an xref; its line or
    # -1). Flat, since a hostile file may hold millions: a tuple per reference cost
    # about four times the memory.
    pending_targets: list[str] = field(default_factory=list)
    pending_refs: array[int] = field(default_factory=lambda: array("q"))
    entries: int = 0

    def error(self, place: tuple[int, int, int], code: str, message: str,
              line: int | None, hint: str | None = None) -> None:
        self.errors += 1
        # Arrival breaks ties between findings of one check: each check's own order kept.
        key = (-place[0], -place[1], -place[2], -self.errors)
        room = self.keep is None or len(self.found) < self.keep
        if not room and not (self.keep and key > self.found[0][0]):  # after the last held
            return
        held = (key, error(code, message, path=self.source, line=line, hint=hint))
        if room:
            heapq.heappush(self.found, held)
        else:
            heapq.heapreplace(self.found, held)

    def report(self) -> list[Diagnostic]:
        refs = self.pending_refs
        for i, target in enumerate(self.pending_targets):
            if target not in self.ids:
                order, line = refs[2 * i], refs[2 * i + 1]
                self._unknown_target((_ELEMENTS, order >> 1, _TARGET), bool(order & 1),
                                     target, None if line < 0 else line)
        self.found.sort(key=lambda pair: pair[0], reverse=True)
        return [finding for _, finding in self.found]

    # --- at the start tag: attributes, ids, level, the parent's content model --------

    def start(self, el: etree._Element, order: int, parent: _Open | None) -> _Open:
        line = el.sourceline
        attrs = dict(el.items())
        value = attrs.get("id")
        if value is not None:
            if not is_ncname(value):
                self.error((_IDS, order, 0), "TBX301", f"id '{value}' is not a valid XML ID",
                           line, "ids start with a letter or '_' (e.g. 'c1', not '1')")
            elif value in self.ids:
                self.error((_IDS, order, 0), "TBX302", f"id '{value}' is used more than once",
                           line, "every id must be unique in the file")
            self.ids.add(value)
        tag = el.tag
        tbx = tag.startswith(_IN_TBX)
        name = tag[len(_IN_TBX):] if tbx else local_name(tag)
        if name == "conceptEntry":
            self.entries += 1
        if parent is not None:
            self._child_started(parent, el, name, tbx)
        inside_text = parent is not None and parent.keeps_children
        if not tbx:
            self.error((_ELEMENTS, order, _ATTRS), "TBX206", f"<{el.tag}> is not a TBX "
                       "element; DCT style and foreign elements are not allowed in DCA", line,
                       "write data categories as <descrip type=...>, <termNote type=...> "
                       "etc.")
            return _Open(el, name, order, False, None, inside_text)
        place = (_ELEMENTS, order, _ATTRS)
        for attr in _REQUIRED_ATTRS.get(name, ()):
            if not attrs.get(attr):
                shown = "xml:lang" if attr == XML_LANG else attr
                self.error(place, "TBX104", f"<{name}> needs a non-empty '{shown}' attribute",
                           line)
        lang = attrs.get(XML_LANG)
        if lang is not None and not is_language(lang):
            self.error(place, "TBX105", f"'{lang}' is not a valid language tag", line,
                       "use a BCP 47 tag such as 'zh', 'en' or 'zh-Hans'")
        if name not in _STRUCTURE and name not in _TEXT:
            self.error((_ELEMENTS, order, _CHILDREN), "TBX102",
                       f"<{name}> is not a TBX element", line)
        kind = attrs.get("type")
        if kind is not None and not kind:
            self.error((_ELEMENTS, order, _CATEGORY), "TBX201", f"<{name}> has an empty type",
                       line)
        elif kind:
            self._category(el, order, name, kind)
        target = attrs.get("target")
        if target is not None:
            self._target(target, line, order, name)
        return _Open(el, name, order, True, _STRUCTURE.get(name),
                     inside_text or name in _TEXT)

    def _child_started(self, parent: _Open, el: etree._Element, name: str,
                       tbx: bool) -> None:
        """The parent's children before ``el`` are done: dropped (their tails noted first)
        unless the parent's text is still to be read, and ``el`` is matched against the
        parent's content model."""
        if not parent.keeps_children:
            self._drop_done_children(parent, el)
        if not parent.tbx:
            return
        if parent.slots is not None:
            if tbx:
                self._match(parent, el, name)
        elif parent.name in _TEXT and (not tbx or name not in _TEXT[parent.name]):
            self.error((_ELEMENTS, parent.order, _CHILDREN), "TBX102",
                       f"<{name}> is not allowed inside <{parent.name}>", el.sourceline,
                       "these elements hold text only")

    @staticmethod
    def _drop_done_children(parent: _Open, until: etree._Element | None) -> None:
        """The children of ``parent`` before ``until`` (all for None) out of the tree;
        for a structural element, the text after each noted first."""
        holder = parent.el
        structural = parent.slots is not None
        if until is None:
            if structural:
                for child in holder:
                    _note_stray_tail(parent, child)
            del holder[:]
            return
        done = until.getprevious()
        while done is not None:  # one element, and any comments after it
            if structural:
                _note_stray_tail(parent, done)
            holder.remove(done)
            done = until.getprevious()

    def _match(self, parent: _Open, el: etree._Element, name: str) -> None:
        """One child against the content model's slots, as a greedy match of the whole
        child list would take it."""
        if parent.stopped or parent.extra or parent.slots is None:
            return
        slots = parent.slots
        while parent.slot < len(slots):
            allowed, low, high = slots[parent.slot]
            if name in allowed and parent.count < high:
                parent.count += 1
                return
            if parent.count < low:
                want = " or ".join(sorted(allowed))
                self.error((_ELEMENTS, parent.order, _CHILDREN), "TBX101",
                           f"<{parent.name}> needs <{want}> here, found <{name}>",
                           el.sourceline, "compare the element order with a valid TBX-Basic "
                                          "file")
                parent.stopped = True  # later slots would only repeat the same problem
                return
            parent.slot += 1
            parent.count = 0
        parent.extra = True
        expected_anywhere = any(name in s[0] for s in slots)
        what = "is out of order" if expected_anywhere else "is not allowed"
        self.error((_ELEMENTS, parent.order, _CHILDREN), "TBX102",
                   f"<{name}> {what} in <{parent.name}>", el.sourceline,
                   "TBX wants term, then termNote, then descrip/admin/note; entry and language "
                   "information before the langSec/termSec elements" if expected_anywhere
                   else "remove the element or move it where TBX allows it")

    def _category(self, el: etree._Element, order: int, name: str, kind: str) -> None:
        allowed = _TYPES.get(name)
        if allowed is None:
            return
        place = (_ELEMENTS, order, _CATEGORY)
        if kind not in allowed:
            self.error(place, "TBX201", f"<{name} type='{kind}'> is not a TBX-Basic data "
                       f"category", el.sourceline, f"allowed types for {name}: "
                       f"{', '.join(sorted(allowed))}; put other information in a <note>")
            return
        if name == "termNote":
            level, group = _level(el)
            if level != _T or group not in ("", "termNoteGrp"):
                self.error(place, "TBX202", f"termNote '{kind}' outside a termSec",
                           el.sourceline, "termNotes belong right after the <term>")
        rule = _LEVELS.get((name, kind))
        if rule is not None:
            levels, wrap = rule
            level, group = _level(el)
            wrap_ok = (group == "" or wrap == "anygrp" or group == wrap
                       or (wrap == "grp" and group != "transacGrp"))
            if level not in levels or not wrap_ok:
                self.error(place, "TBX202", f"{kind} may only appear at level(s): "
                           f"{', '.join(sorted(levels))}", el.sourceline,
                           "move it to the entry, language or term level where TBX-Basic "
                           "allows it")

    def _target(self, target: str, line: int | None, order: int, name: str) -> None:
        if name == "xref":
            if not is_http_url(target) and target not in self.ids:
                self._await_id(target, order, True, line)
            return
        if name in _IDREF_TARGETS:
            if not is_ncname(target):
                self.error((_ELEMENTS, order, _TARGET), "TBX204",
                           f"target '{target}' is not a valid IDREF",
                           line, "targets point to an id in this file, e.g. 'c12'")
            elif target not in self.ids:
                self._await_id(target, order, False, line)

    def _await_id(self, target: str, order: int, xref: bool, line: int | None) -> None:
        self.pending_targets.append(target)
        self.pending_refs.extend((order << 1 | xref, -1 if line is None else line))

    def _unknown_target(self, place: tuple[int, int, int], xref: bool, target: str,
                        line: int | None) -> None:
        if xref:
            self.error(place, "TBX204", f"xref target '{target}' is neither an http(s) URL "
                       "nor an id in this file", line,
                       "give a full URL such as https://undocs.org/A/RES/68/48")
        else:
            self.error(place, "TBX205", f"target '{target}' points to no id in this file",
                       line, "add the referenced entry (or refObject), or remove the "
                             "reference")

    # --- at the end tag: what needs the content ------------------------------------

    def end(self, state: _Open) -> None:
        el, name, order = state.el, state.name, state.order
        if state.tbx and state.slots is not None:
            if state.keeps_children:
                for child in el:
                    _note_stray_tail(state, child)
            else:
                self._drop_done_children(state, None)
            self._model_ended(state)
        if state.tbx:
            kind = el.get("type")
            picklist = _PICKLISTS.get(kind or "")
            if (picklist is not None and kind in _TYPES.get(name, ())
                    and _text_of(el) not in picklist):
                self.error((_ELEMENTS, order, _CATEGORY), "TBX203",
                           f"{kind} '{_text_of(el)}' is not one of: {', '.join(picklist)}",
                           el.sourceline)
            if name == "date" and not is_xsd_date(_text_of(el)):
                self.error((_ELEMENTS, order, _DATE), "TBX106",
                           f"date '{_text_of(el)}' is not an ISO date", el.sourceline,
                           "write dates as YYYY-MM-DD")
        if not state.keeps_children:
            del el[:]

    def _model_ended(self, state: _Open) -> None:
        """The slots no child filled, then the text found directly in the element."""
        slots = state.slots or ()
        if not state.stopped and not state.extra:
            count = state.count
            for allowed, low, _ in slots[state.slot:]:
                if count < low:
                    want = " or ".join(sorted(allowed))
                    self.error((_ELEMENTS, state.order, _CHILDREN), "TBX101",
                               f"<{state.name}> needs <{want}> here, found nothing",
                               state.el.sourceline, "compare the element order with a valid "
                                                    "TBX-Basic file")
                    state.stopped = True
                    break
                count = 0
        if state.stopped:
            return
        # Structural elements hold elements only; stray text is a core-structure error.
        own = (state.el.text or "").strip()
        strays = [(state.el.sourceline, own)] if own else []
        for line, stray in strays + state.stray_tails:
            self.error((_ELEMENTS, state.order, _CHILDREN), "TBX103",
                       f"text '{stray[:40]}' directly in <{state.name}>", line,
                       "put the text inside a <p>, <note> or the right element")


def _text_of(el: etree._Element) -> str:
    return "".join(el.itertext()).strip()


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


def _root_findings(source: str, root: etree._Element) -> tuple[list[Diagnostic], bool]:
    """The root's departures, and whether it is a TBX v3 root at all."""
    findings: list[Diagnostic] = []

    def add(code: str, message: str, hint: str | None = None) -> None:
        findings.append(error(code, message, path=source, line=root.sourceline, hint=hint))

    name = local_name(root.tag)
    if name != "tbx" or namespace(root.tag) != TBX_NS:
        found = f"<{name}>" + (f" in namespace '{namespace(root.tag)}'"
                               if namespace(root.tag) else " without namespace")
        add("TBX001", f"root element is {found}, expected <tbx> in {TBX_NS}",
            "TBX 2008 (martif) files can be converted with 'termbase import' and "
            "'termbase export'")
        return findings, False
    if root.get("type") != "TBX-Basic":
        add("TBX002", f"dialect (type) is '{root.get('type', '')}', expected 'TBX-Basic'")
    if root.get("style") != "dca":
        add("TBX003", f"style is '{root.get('style', '')}', expected 'dca'")
    lang = root.get(XML_LANG)
    if not lang or not is_language(lang):
        add("TBX004", "the <tbx> element needs a valid xml:lang", "add xml:lang=\"en\"")
    return findings, True


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """What :func:`check_tbx` found: the findings it held, in document order, and how
    many errors and warnings there were in all."""

    findings: list[Diagnostic]
    errors: int
    warnings: int

    @property
    def valid(self) -> bool:
        """No finding is an error (warnings are advice)."""
        return not self.errors

    @property
    def unlisted_errors(self) -> int:
        return self.errors - sum(1 for d in self.findings if d.severity.value == "error")

    @property
    def unlisted_warnings(self) -> int:
        return self.warnings - sum(1 for d in self.findings if d.severity.value != "error")

    @property
    def unlisted(self) -> int:
        """How many findings there were beyond those :attr:`findings` holds."""
        return self.errors + self.warnings - len(self.findings)

    @property
    def truncated(self) -> bool:
        """Whether there were more findings than :attr:`findings` holds."""
        return self.unlisted > 0


def validate_tbx(data: bytes, source: str) -> list[Diagnostic]:
    """Every departure of TBX bytes from TBX-Basic v3 DCA, in document order; raises
    FormatError when they are not well-formed XML (or not safe to parse). Every finding
    is held: :func:`check_tbx` holds the first ones of a file that may have millions."""
    return check_tbx(data, source, keep=None).findings


def check_tbx(data: bytes, source: str, keep: int | None = MAX_FINDINGS
              ) -> ValidationReport:
    """The departures of TBX bytes from TBX-Basic v3 DCA: the first ``keep`` in
    document order (all with None), and how many errors and warnings there are in all;
    raises FormatError when they are not well-formed XML (or not safe to parse).

    The document is read as a stream, each element checked as it is read and dropped
    once its parent has seen it: memory is bounded by the largest entry, not the file
    (a 70 MB file built a tree of about 500 MB), and by ``keep`` findings. Only the ids
    and the references to ids not yet seen are kept to the end, since a reference may
    point forward."""
    stream = XmlStream(checked_utf8(data, source), source, ("start", "end"))
    v = _Validation(source)
    root_findings: list[Diagnostic] = []
    is_tbx = True
    open_elements: list[_Open] = []
    order = 0
    for event, el in stream:
        if order == 0:
            root_findings, is_tbx = _root_findings(source, el)
            v.keep = None if keep is None else max(0, keep - len(root_findings))
        if not is_tbx:  # nothing else is checked; the rest is only parsed (for its errors)
            if event == "end":
                del el[:]
            elif (parent_el := el.getparent()) is not None:
                while parent_el[0] is not el:
                    del parent_el[0]
            order += 1
            continue
        if event == "start":
            parent = open_elements[-1] if open_elements else None
            open_elements.append(v.start(el, order, parent))
            order += 1
        else:
            v.end(open_elements.pop())
    if not is_tbx:
        return ValidationReport(root_findings[:keep], len(root_findings), 0)
    findings = root_findings[:keep] + v.report()
    warnings = 0
    if not v.entries:
        warnings = 1
        if keep is None or len(findings) < keep:
            findings.append(warning("TBX107", "the file has no entries", path=source,
                                    line=stream.root.sourceline))
    return ValidationReport(findings, len(root_findings) + v.errors, warnings)


def is_valid(findings: list[Diagnostic]) -> bool:
    """A file is valid when no finding is an error (warnings are advice)."""
    return not any(d.severity.value == "error" for d in findings)


__all__ = ["MAX_FINDINGS", "ValidationReport", "check_tbx", "is_valid", "validate_tbx"]
