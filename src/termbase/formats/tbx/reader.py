"""TBX v3 and TBX 2008 (martif) in: tolerant where the meaning is clear (with a warning),
refusing what it cannot interpret with the element and line."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, TypeVar

from termbase.diagnostics import Diagnostic, warning
from termbase.errors import FormatError
from termbase.formats.base import ReadPolicy, ReadResult
from termbase.formats.tbx.vocab import (
    BACK_NOT_KEPT,
    HEADER_NOT_KEPT,
    LINK_TEXT_NOT_KEPT,
    MARKER_TYPE,
    SIGNATURE_PREFIX,
    SOURCE_LANG_PREFIX,
    STATUS_SUFFIX,
    TBX_NS,
    XML_LANG,
    is_language,
    is_ncname,
)
from termbase.model import (
    Concept,
    Context,
    Definition,
    Glossary,
    LangSec,
    PartOfSpeech,
    RefItem,
    RefObject,
    RefObjectSec,
    Term,
    TermStatus,
    TermType,
    Transaction,
    TransactionType,
)
from termbase.xmlsafe import XmlStream, checked_utf8, local_name, namespace

if TYPE_CHECKING:
    from lxml import etree


# Data categories as written in DCT style (element name = category) map to DCA elements.
_DCT_KIND = {
    "subjectField": "descrip", "definition": "descrip", "context": "descrip",
    "source": "admin", "customerSubset": "admin", "projectSubset": "admin",
    "partOfSpeech": "termNote", "termType": "termNote", "administrativeStatus": "termNote",
    "grammaticalGender": "termNote", "geographicalUsage": "termNote",
    "termLocation": "termNote", "usageStatus": "termNote",
    "crossReference": "ref", "externalCrossReference": "xref", "xGraphic": "xref",
    "transactionType": "transac", "responsibility": "transacNote",
}
_ALIASES = {"termEntry": "conceptEntry", "langSet": "langSec", "tig": "termSec",
            "ntig": "termSec", "martifHeader": "tbxHeader"}
_USAGE_STATUS = {"preferred": TermStatus.PREFERRED, "admitted": TermStatus.ADMITTED,
                 "deprecated": TermStatus.DEPRECATED, "notRecommended": TermStatus.DEPRECATED,
                 "obsolete": TermStatus.SUPERSEDED, "superseded": TermStatus.SUPERSEDED}
_TRANSACTION_ALIASES = {"creation": TransactionType.ORIGINATION,
                        "origination": TransactionType.ORIGINATION,
                        "modification": TransactionType.MODIFICATION,
                        "update": TransactionType.MODIFICATION}


@dataclass(frozen=True, slots=True)
class _Item:
    """One child element, seen through DCA eyes: kind (element name) and data category."""

    kind: str
    type: str
    el: etree._Element

    @property
    def line(self) -> int | None:
        line: int | None = self.el.sourceline
        return line

    @property
    def text(self) -> str:
        return " ".join("".join(self.el.itertext()).split())


class _BadEntry(Exception):
    """An entry that cannot be interpreted; STRICT turns it into FormatError, SKIP drops it."""

    def __init__(self, message: str, line: int | None, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.hint = hint


@dataclass
class _Reading:
    source: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    _seen: set[tuple[str, str]] = field(default_factory=set)

    def warn(self, code: str, message: str, line: int | None, hint: str | None = None) -> None:
        self.diagnostics.append(warning(code, message, path=self.source, line=line, hint=hint))

    def warn_once(self, key: str, code: str, message: str, line: int | None,
                  hint: str | None = None) -> None:
        """For departures that repeat in every entry: say it once, at the first place."""
        if (code, key) not in self._seen:
            self._seen.add((code, key))
            self.warn(code, message + " (reported once)", line, hint)


def _name(el: etree._Element) -> str:
    name = local_name(el.tag)
    return _ALIASES.get(name, name)


def _items(parent: etree._Element) -> list[_Item]:
    out = []
    for el in parent:
        if not isinstance(el.tag, str):
            continue  # comments, processing instructions
        kind, category = _kind_of(el.tag)
        out.append(_Item(kind, el.get("type", "") if category is None else category, el))
    return out


def _unknown(r: _Reading, item: _Item, level: str, notes: list[str]) -> None:
    """Keep an unknown or misplaced data category as a note when it carries text."""
    label = f"{item.kind} type='{item.type}'" if item.type else f"<{item.kind}>"
    what = (f"{label} has no field in termbase at {level} level"
            if item.type in _DCT_KIND and item.kind == _DCT_KIND[item.type]
            else f"{label} is not a TBX-Basic data category at {level} level")
    if item.text:
        target = item.el.get("target", "")
        extra = f" ({target})" if target and target != item.text else ""
        notes.append(f"{item.type or item.kind}: {item.text}{extra}")
        r.warn_once(f"{label}@{level}", "TB241", f"{what}; kept as a note", item.line)
    else:
        r.warn_once(f"{label}@{level}", "TB242",
                    f"{what} and carries no text; ignored", item.line)


def _read_pair(r: _Reading, item: _Item, kind: str) -> tuple[str, str]:
    """(text, source) of a descrip or a descripGrp."""
    if item.kind == "descrip":
        return item.text, ""
    inner = _items(item.el)
    main = next((i for i in inner if i.kind == "descrip"), None)
    if main is None:
        raise _BadEntry(f"<descripGrp> without a <descrip> ({kind})", item.line,
                        "put the descrip first in the descripGrp")
    sources = [i.text for i in inner if i.kind == "admin" and i.type == "source" and i.text]
    for extra in inner:
        if extra is not main and not (extra.kind == "admin" and extra.type == "source"):
            r.warn_once(f"descripGrp/{extra.kind}", "TB242",
                        f"<{extra.kind}> inside a descripGrp is not kept", extra.line)
    return main.text, "; ".join(sources)


def _grp_type(item: _Item) -> str:
    """The data category of a descripGrp (that of its descrip), or of a plain element."""
    if item.kind == "descripGrp":
        inner = next((i for i in _items(item.el) if i.kind == "descrip"), None)
        return inner.type if inner is not None else ""
    return item.type


def _read_transaction(r: _Reading, item: _Item, notes: list[str]) -> Transaction | None:
    kind_item = None
    date = responsibility = target = ""
    for inner in _items(item.el):
        if inner.kind == "transac":
            kind_item = inner
        elif inner.kind == "date":
            date = inner.text
        elif inner.kind == "transacNote" and inner.type == "responsibility":
            if not responsibility and not target:
                responsibility, target = inner.text, inner.el.get("target", "")
        elif inner.kind == "note" and inner.text.startswith("date: ") and not date:
            date = inner.text.removeprefix("date: ")
        elif inner.kind == "note" and inner.text.startswith("target: ") and not target:
            target = inner.text.removeprefix("target: ")
    if kind_item is None or not kind_item.text:
        r.warn("TB242", "<transacGrp> without a transaction type; ignored", item.line)
        return None
    if kind_item.type not in ("transactionType", ""):
        r.warn_once(kind_item.type, "TB241", f"transac type='{kind_item.type}' read as a "
                    "transactionType", kind_item.line)
    value = kind_item.text
    kind = _TRANSACTION_ALIASES.get(value)
    if kind is None:
        notes.append(f"transaction {value}: {date} {responsibility}".strip())
        r.warn("TB244", f"transaction type '{value}' is not origination or modification; "
               "kept as a note", kind_item.line)
        return None
    if value != kind.value:
        r.warn_once(value, "TB244", f"transaction type '{value}' read as '{kind.value}'",
                    kind_item.line, "TBX-Basic allows only origination and modification")
    return Transaction(kind, date, responsibility, target)


_E = TypeVar("_E", PartOfSpeech, TermType)


def _enum_value(r: _Reading, item: _Item, kind: type[_E], notes: list[str]) -> _E | None:
    try:
        return kind(item.text)
    except ValueError:
        notes.append(f"{item.type}: {item.text}")
        r.warn("TB244", f"{item.type} '{item.text}' is not in the TBX-Basic picklist; "
               "kept as a note", item.line)
        return None


def _status(r: _Reading, item: _Item) -> TermStatus | None:
    value = item.text
    if item.type == "usageStatus":
        status = _USAGE_STATUS.get(value)
        r.warn_once("usageStatus", "TB244", "usageStatus is not a TBX-Basic data category; "
                    "read as administrativeStatus", item.line,
                    "write termNote type='administrativeStatus' with values like "
                    "'preferredTerm-admn-sts'")
        return status
    bare = value.removesuffix(STATUS_SUFFIX)
    try:
        status = TermStatus(bare)
    except ValueError:
        status = _USAGE_STATUS.get(value)
    if status is None or value != f"{bare}{STATUS_SUFFIX}":
        r.warn("TB244", f"administrativeStatus '{value}' is not in the TBX-Basic picklist"
               + (f"; read as '{status.value}'" if status else "; ignored"), item.line)
    return status


def _term_notes_and_body(r: _Reading, sec: _Item) -> tuple[_Item | None, list[_Item]]:
    """The term element and the remaining items of a termSec/tig/ntig, termGrp unwrapped."""
    items: list[_Item] = []
    for item in _items(sec.el):
        if item.kind == "termGrp":  # TBX 2008 ntig
            items.extend(_items(item.el))
        elif item.kind == "termNoteGrp":
            inner = [i for i in _items(item.el) if i.kind == "termNote"]
            items.extend(inner[:1])
        else:
            items.append(item)
    terms = [i for i in items if i.kind == "term"]
    if len(terms) > 1:
        raise _BadEntry(f"<{local_name(sec.el.tag)}> holds {len(terms)} terms", sec.line,
                        "put each term in its own termSec")
    # Order check: term, then termNotes, then the rest (the core structure requires it).
    seen_other = False
    for i, item in enumerate(items):
        if (item.kind == "term" and i != 0) or (item.kind == "termNote" and seen_other):
            r.warn_once("termSec order", "TB243", "elements of a termSec are out of order; "
                        "read anyway", item.line,
                        "TBX wants term, then termNote elements, then the rest")
            break
        if item.kind not in ("term", "termNote"):
            seen_other = True
    return (terms[0] if terms else None), [i for i in items if i.kind != "term"]


def _read_term(r: _Reading, sec: _Item) -> Term | None:
    term_item, items = _term_notes_and_body(r, sec)
    if term_item is None:
        raise _BadEntry(f"<{local_name(sec.el.tag)}> without a term", sec.line,
                        "add a <term> element with the term's text, or remove the section")
    if not term_item.text:
        r.warn("TB242", "empty <term>; left out", term_item.line)
        return None
    status: TermStatus | None = None
    term_type = part_of_speech = None
    gender = geo = location = ""
    contexts: list[Context] = []
    sources: list[str] = []
    notes: list[str] = []
    customers: list[str] = []
    projects: list[str] = []
    transactions: list[Transaction] = []
    for item in items:
        t = _grp_type(item)
        if item.kind == "termNote":
            if t == "partOfSpeech":
                part_of_speech = _enum_value(r, item, PartOfSpeech, notes)
            elif t == "termType":
                term_type = _enum_value(r, item, TermType, notes)
            elif t in ("administrativeStatus", "usageStatus"):
                status = _status(r, item) or status
            elif t == "grammaticalGender":
                gender = item.text
            elif t == "geographicalUsage":
                geo = item.text
            elif t == "termLocation":
                location = item.text
            else:
                _unknown(r, item, "term", notes)
        elif item.kind in ("descrip", "descripGrp") and t == "context":
            text, source = _read_pair(r, item, "context")
            contexts.append(Context(text, source))
        elif item.kind == "admin" and t in ("source", "customerSubset", "projectSubset"):
            target = {"source": sources, "customerSubset": customers,
                      "projectSubset": projects}[t]
            if item.text:
                target.append(item.text)
        elif item.kind == "note":
            text = item.text
            if text.startswith("grammaticalGender: ") and not gender:
                gender = text.removeprefix("grammaticalGender: ")
            elif text.startswith("termLocation: ") and not location:
                location = text.removeprefix("termLocation: ")
            elif text:
                notes.append(text)
        elif item.kind == "transacGrp":
            tr = _read_transaction(r, item, notes)
            if tr is not None:
                transactions.append(tr)
        else:
            _unknown_with_group(r, item, "term", notes)
    return Term(
        text=term_item.text, status=status or TermStatus.PREFERRED, term_type=term_type,
        part_of_speech=part_of_speech, grammatical_gender=gender, geographical_usage=geo,
        term_location=location, contexts=tuple(contexts), sources=tuple(sources),
        notes=tuple(notes), customer_subsets=tuple(customers),
        project_subsets=tuple(projects), transactions=tuple(transactions))


def _unknown_with_group(r: _Reading, item: _Item, level: str, notes: list[str]) -> None:
    """A misplaced or unknown category; a descripGrp counts as its descrip."""
    if item.kind == "descripGrp":
        text, source = _read_pair(r, item, _grp_type(item))
        item = _Item("descrip", _grp_type(item), item.el)
        label = f"descrip type='{item.type}'"
        notes.append(f"{item.type}: {text}" + (f" ({source})" if source else ""))
        r.warn_once(f"{label}@{level}", "TB241", f"{label} is not a TBX-Basic data category "
                    f"at {level} level; kept as a note", item.line)
        return
    _unknown(r, item, level, notes)


def _lang_of(r: _Reading, item: _Item) -> str:
    lang = item.el.get(XML_LANG) or item.el.get("lang") or ""
    if not lang:
        raise _BadEntry(f"<{local_name(item.el.tag)}> without a language (xml:lang)",
                        item.line, "add xml:lang=\"zh\" (or the right language code)")
    if not is_language(lang):
        r.warn("TB246", f"'{lang}' is not a well-formed language tag", item.line)
    return lang


def _read_lang_sec(r: _Reading, item: _Item) -> LangSec | None:
    lang = _lang_of(r, item)
    terms: list[Term] = []
    definitions: list[Definition] = []
    sources: list[str] = []
    notes: list[str] = []
    transactions: list[Transaction] = []
    for child in _items(item.el):
        t = _grp_type(child)
        if child.kind == "termSec":
            term = _read_term(r, child)
            if term is not None:
                terms.append(term)
        elif child.kind in ("descrip", "descripGrp") and t == "definition":
            text, source = _read_pair(r, child, "definition")
            definitions.append(Definition(text, source))
        elif child.kind == "admin" and t == "source":
            if child.text:
                sources.append(child.text)
        elif child.kind == "note":
            if child.text:
                notes.append(child.text)
        elif child.kind == "transacGrp":
            tr = _read_transaction(r, child, notes)
            if tr is not None:
                transactions.append(tr)
        else:
            _unknown_with_group(r, child, "language", notes)
    if not terms:
        r.warn("TB242", f"<{local_name(item.el.tag)} xml:lang='{lang}'> has no terms; "
               "left out", item.line)
        return None
    return LangSec(lang, tuple(terms), tuple(definitions), tuple(notes), tuple(sources),
                   tuple(transactions))


_CONCEPT_FALLBACKS = ("crossReference", "externalCrossReference", "xGraphic")


@functools.lru_cache(maxsize=256)
def _kind_of(tag: str) -> tuple[str, str | None]:
    """What :func:`_items` makes of an element named ``tag``: its kind, and its data
    category when the name says it (DCT style; None: the type attribute says it)."""
    name = local_name(tag)
    if namespace(tag) not in ("", TBX_NS) and name in _DCT_KIND:
        return _DCT_KIND[name], name
    return _ALIASES.get(name, name), None


_STATUS_VALUES = {f"{s.value}{STATUS_SUFFIX}": s for s in TermStatus}


def _plain_concept(entry: etree._Element, concept_id: str) -> Concept | None:
    """``entry`` read as :func:`_read_concept` reads it, when it is only language
    sections of terms, each term alone in its section or followed by an
    administrativeStatus of the picklist (what termbase writes for a glossary of bare
    terms, and most exported termbases are); None for anything else, which the general
    reader then reads. The general reader turns each element into an item, looks for
    every data category it knows and checks the order; such an entry can have none of
    that, and nothing to warn about, so this path builds its concept directly and only
    needs to be sure the entry is one."""
    secs: list[LangSec] = []
    for sec in entry:
        tag = sec.tag
        if not isinstance(tag, str) or _kind_of(tag)[0] != "langSec":
            return None
        lang = sec.get(XML_LANG) or sec.get("lang") or ""
        if not lang or not is_language(lang):
            return None
        terms: list[Term] = []
        for term_sec in sec:
            tag = term_sec.tag
            if (not isinstance(tag, str) or _kind_of(tag)[0] != "termSec"
                    or not 1 <= len(term_sec) <= 2):
                return None
            term_el = term_sec[0]
            tag = term_el.tag
            if not isinstance(tag, str) or _kind_of(tag)[0] != "term" or len(term_el):
                return None
            text = " ".join((term_el.text or "").split())
            if not text:
                return None
            status = TermStatus.PREFERRED
            if len(term_sec) == 2:
                note = term_sec[1]
                tag = note.tag
                if not isinstance(tag, str) or len(note):
                    return None
                kind, dct_type = _kind_of(tag)
                if kind != "termNote" or (dct_type or note.get("type", "")) != \
                        "administrativeStatus":
                    return None
                found = _STATUS_VALUES.get(" ".join((note.text or "").split()))
                if found is None:
                    return None
                status = found
            terms.append(Term(text, status))
        if not terms:
            return None
        secs.append(LangSec(lang, tuple(terms)))
    if not secs:
        return None
    return Concept(concept_id, tuple(secs))


def _read_concept(r: _Reading, entry: etree._Element, concept_id: str) -> Concept | None:
    subject: list[str] = []
    definitions: list[Definition] = []
    notes: list[str] = []
    sources: list[str] = []
    refs: list[str] = []
    links: dict[str, list[str]] = {"externalCrossReference": [], "xGraphic": []}
    transactions: list[Transaction] = []
    secs: list[LangSec] = []
    seen_lang_sec = False
    for item in _items(entry):
        t = _grp_type(item)
        if item.kind == "langSec":
            seen_lang_sec = True
            sec = _read_lang_sec(r, item)
            if sec is not None:
                secs.append(sec)
            continue
        if seen_lang_sec:
            r.warn_once("entry order", "TB243", f"<{item.kind}> after a language section; "
                        "read anyway", item.line,
                        "TBX wants entry-level information before the langSec elements")
        if item.kind == "termSec":
            raise _BadEntry(f"<{local_name(item.el.tag)}> directly in an entry, outside a "
                            "language section", item.line, "wrap it in a langSec with xml:lang")
        elif item.kind == "descrip" and t == "subjectField":
            if item.text:
                subject.append(item.text)
        elif item.kind in ("descrip", "descripGrp") and t == "definition":
            text, source = _read_pair(r, item, "definition")
            definitions.append(Definition(text, source))
        elif item.kind == "admin" and t == "source":
            if item.text:
                sources.append(item.text)
        elif item.kind == "ref" and t == "crossReference":
            target = item.el.get("target", "")
            if target:
                refs.append(target)
            else:
                _unknown(r, item, "concept", notes)
        elif item.kind == "xref" and t in links:
            target = item.el.get("target", "") or item.text
            if target:
                links[t].append(target)
            if item.text and item.text != target:
                r.warn_once(f"xref text {t}", LINK_TEXT_NOT_KEPT,
                            f"the text of <xref type='{t}'> ('{item.text[:40]}') is not "
                            f"kept, only its target '{target[:60]}'", item.line,
                            "a rewritten file links to the target without that label")
        elif item.kind == "note":
            text = item.text
            prefix = next((p for p in _CONCEPT_FALLBACKS if text.startswith(f"{p}: ")), None)
            if prefix == "crossReference":
                refs.append(text.removeprefix("crossReference: "))
            elif prefix is not None:
                links[prefix].append(text.removeprefix(f"{prefix}: "))
            elif text:
                notes.append(text)
        elif item.kind == "transacGrp":
            tr = _read_transaction(r, item, notes)
            if tr is not None:
                transactions.append(tr)
        else:
            _unknown_with_group(r, item, "concept", notes)
    if len(subject) > 1:
        r.warn("TB245", "several subject fields; joined with '; '", entry.sourceline)
    if not secs:
        if seen_lang_sec:  # only empty terms: nothing to look up, nothing lost
            r.warn("TB242", f"entry '{concept_id}' has no terms; left out", entry.sourceline)
            return None
        raise _BadEntry(f"entry '{concept_id}' has no language section", entry.sourceline,
                        "add a langSec with at least one term, or remove the entry")
    return Concept(
        id=concept_id, lang_secs=tuple(secs), subject_field="; ".join(subject),
        definitions=tuple(definitions), notes=tuple(notes), sources=tuple(sources),
        cross_references=tuple(refs),
        external_references=tuple(links["externalCrossReference"]),
        transactions=tuple(transactions), graphics=tuple(links["xGraphic"]))


def _assign_ids(r: _Reading, entries: list[tuple[str, int | None]]
                ) -> tuple[list[str], dict[str, str]]:
    """A valid, unique XML ID per entry (its id attribute and line), and the map from
    the file's ids to them."""
    originals = [original.strip() for original, _ in entries]
    taken = {o for o in originals if is_ncname(o)}
    used: set[str] = set()
    out: list[str] = []
    mapping: dict[str, str] = {}
    counter = 0
    for (_, line), original in zip(entries, originals, strict=True):
        if is_ncname(original) and original not in used:
            new = original
        else:
            candidate = f"c{original}" if original and is_ncname(f"c{original}") else ""
            while not candidate or candidate in taken or candidate in used:
                counter += 1
                candidate = f"c{counter}"
            new = candidate
            reason = ("missing" if not original else "used twice" if original in used
                      else "not a valid XML ID")
            r.warn("TB240", f"entry id '{original}' is {reason}; renamed '{new}'",
                   line, "TBX ids must be unique and start with a letter")
        used.add(new)
        out.append(new)
        mapping.setdefault(original, new)
    return out, mapping


def _read_header(r: _Reading, root: etree._Element) -> tuple[str, tuple[str, ...], str]:
    title = ""
    description: list[str] = []
    source_lang = "zh"
    header = next((c for c in root if isinstance(c.tag, str) and _name(c) == "tbxHeader"), None)
    if header is None:
        r.warn("TB247", "no tbxHeader", root.sourceline)
        return title, (), source_lang
    for el in header.iter():
        if not isinstance(el.tag, str):
            continue
        name = local_name(el.tag)
        parent = local_name(getattr(el.getparent(), "tag", ""))
        text = " ".join("".join(el.itertext()).split())
        if name == "title" and not title:
            title = text
        elif name == "p" and parent == "sourceDesc":
            if el.get("type") == MARKER_TYPE or text.startswith(SIGNATURE_PREFIX):
                if text.startswith(SOURCE_LANG_PREFIX):
                    source_lang = text.removeprefix(SOURCE_LANG_PREFIX)
            elif text:
                description.append(text)
        elif name in _HEADER_PARTS_NOT_KEPT and text:
            r.warn_once(f"header {name}", HEADER_NOT_KEPT,
                        f"<{name}> in the header is not kept ('{text[:60]}')", el.sourceline,
                        "a rewritten file has only the title and the source description")
    return title, tuple(description), source_lang


# Header elements the model has no place for; the title and sourceDesc are kept.
_HEADER_PARTS_NOT_KEPT = frozenset({"publicationStmt", "encodingDesc", "revisionDesc", "note"})


def _read_ref_object(r: _Reading, el: etree._Element) -> RefObject:
    items: list[RefItem] = []
    for child in _items(el):
        if child.kind == "item":
            items.append(RefItem(child.type, child.text))
        elif child.kind in ("itemSet", "itemGrp"):
            # Groupings flatten to their items; what only the group carried is named.
            for inner in _items(child.el):
                if inner.kind == "item":
                    items.append(RefItem(inner.type, inner.text))
                elif inner.kind == "itemGrp":
                    items.extend(RefItem(i.type, i.text) for i in _items(inner.el)
                                 if i.kind == "item")
            r.warn_once(f"back {child.kind}", BACK_NOT_KEPT,
                        f"<{child.kind}> in a back-matter refObject is kept as its plain "
                        "items; the grouping and any notes or links in it are not",
                        child.line)
        else:
            r.warn_once(f"back {child.kind}", BACK_NOT_KEPT,
                        f"<{child.kind}> in a back-matter refObject is not kept", child.line)
    return RefObject(el.get("id", ""), tuple(items))


def _read_back(r: _Reading, text: etree._Element | None) -> tuple[RefObjectSec, ...]:
    """The reference objects of ``<back>`` (TBX 2008: ``refObjectList``)."""
    back = None if text is None else next(
        (c for c in text if isinstance(c.tag, str) and _name(c) == "back"), None)
    if back is None:
        return ()
    secs = []
    for item in _items(back):
        if item.kind not in ("refObjectSec", "refObjectList"):
            r.warn_once(f"back {item.kind}", BACK_NOT_KEPT,
                        f"<{item.kind}> in <back> is not kept", item.line)
            continue
        objects = []
        for child in _items(item.el):
            if child.kind == "refObject":
                objects.append(_read_ref_object(r, child.el))
            else:
                r.warn_once(f"back {child.kind}", BACK_NOT_KEPT,
                            f"<{child.kind}> in <{item.kind}> is not kept", child.line)
        if objects:
            secs.append(RefObjectSec(item.el.get("type", ""), tuple(objects)))
    return tuple(secs)


def _check_root(r: _Reading, root: etree._Element) -> None:
    name = local_name(root.tag)
    if name not in ("tbx", "martif"):
        raise FormatError(f"root element is <{name}>, not <tbx> or <martif>", path=r.source,
                          line=root.sourceline, hint="give a TBX file (TBX v3 or TBX 2008)")
    if name == "martif":
        r.warn("TB247", "TBX 2008 (martif) file; read as TBX v3", root.sourceline,
               "export again with 'termbase export' to get TBX-Basic v3")
        return
    if namespace(root.tag) != TBX_NS:
        r.warn("TB247", f"root is not in the TBX v3 namespace {TBX_NS}", root.sourceline)
    dialect, style = root.get("type", ""), root.get("style", "")
    if dialect != "TBX-Basic":
        r.warn("TB247", f"dialect '{dialect}', not TBX-Basic; read what TBX-Basic knows",
               root.sourceline)
    if style != "dca":
        r.warn("TB247", f"style '{style}', not dca; read anyway", root.sourceline)


def _text_of(root: etree._Element) -> etree._Element | None:
    """The first ``<text>``, which holds the body and the back matter."""
    return next((c for c in root if isinstance(c.tag, str) and _name(c) == "text"), None)


def _body_of(root: etree._Element) -> etree._Element | None:
    """The ``<body>`` of the first ``<text>``, where the entries are (None if none yet)."""
    text = _text_of(root)
    return None if text is None else next(
        (c for c in text if isinstance(c.tag, str) and _name(c) == "body"), None)


_ENTRY_TAGS = ("{*}conceptEntry", "{*}termEntry")
"""What an element of ``<body>`` should be (TBX v3, TBX 2008), in any namespace."""


def _body_children(events: Iterable[tuple[str, etree._Element]]
                   ) -> Iterator[etree._Element]:
    """Each element of ``<body>``, in order, once parsed whole; removed from the tree
    once the caller is done with it, so a large file is never held as one tree. The
    stream gives only entries' ends; anything else found in ``<body>`` comes out when
    the next entry (or the end) shows it there."""
    body = None
    for event, el in events:
        if event != "end":
            continue
        if body is None:
            body = _body_of(el.getroottree().getroot())
        if body is None or el.getparent() is not body:
            continue  # an entry nested in something else: read as part of that
        yield from _strays_before(body, el)
        yield el
        el.clear()
        del body[0]  # el: everything before it was taken out
    if body is not None:
        yield from _strays_before(body, None)


def _strays_before(body: etree._Element, entry: etree._Element | None
                   ) -> Iterator[etree._Element]:
    """The elements of ``body`` before ``entry`` (all of them for None): not entries,
    since those before it were taken out as they were read; each is removed in turn."""
    while len(body) and body[0] is not entry:
        stray = body[0]
        if isinstance(stray.tag, str):
            yield stray
        del body[0]


_PROVISIONAL = "\x00"
"""Starts the provisional id of an entry whose own id must be replaced (no XML text can
hold the character, so no message of the file's own can)."""


@dataclass
class _Entries:
    """The entries as the stream gives them: each one's id attribute and line (for the
    ids assigned at the end), the concepts read, and the first entry a strict reading
    refuses (raised once the whole file is known to be well formed and to hold entries)."""

    originals: list[tuple[str, int | None]] = field(default_factory=list)
    kept: set[str] = field(default_factory=set)
    concepts: list[Concept] = field(default_factory=list)
    refused: _BadEntry | None = None
    root_notes: int = 0
    """How many of the reading's diagnostics are the root's (said before any entry's)."""

    def id_for(self, entry: etree._Element) -> str:
        """The entry's id if it keeps its own (a valid id not used before: what
        :func:`_assign_ids` decides for it whatever follows), else a provisional one."""
        original = entry.get("id") or ""
        self.originals.append((original, entry.sourceline))
        original = original.strip()
        if is_ncname(original) and original not in self.kept:
            self.kept.add(original)
            return original
        return f"{_PROVISIONAL}{len(self.originals) - 1}"


def _read_entries(r: _Reading, utf8: bytes, policy: ReadPolicy
                  ) -> tuple[etree._Element, _Entries]:
    """The one reading: the root checked as soon as it is seen, each entry read as soon
    as it is parsed whole and then dropped, and the document without its entries (header
    and back matter whole) left."""
    stream = XmlStream(utf8, r.source, ("start", "end"),
                       ("{*}tbx", "{*}martif", *_ENTRY_TAGS))
    seen: list[etree._Element] = []

    def root_checked() -> Iterator[tuple[str, etree._Element]]:
        for event, el in stream:
            if not seen:
                seen.append(el.getroottree().getroot())
                _check_root(r, seen[0])
                found.root_notes = len(r.diagnostics)
            yield event, el

    found = _Entries()
    for entry in _body_children(root_checked()):
        is_entry = _name(entry) == "conceptEntry"
        concept_id = found.id_for(entry) if is_entry else ""
        if found.refused is not None:
            continue  # a strict reading stops reading at the first refusal
        try:
            if not is_entry:
                raise _BadEntry(f"<{local_name(entry.tag)}> directly in <body>, outside an "
                                "entry", entry.sourceline,
                                "every element of <body> must be a conceptEntry; check for a "
                                "missing <conceptEntry> tag")
            concept = (_plain_concept(entry, concept_id)
                       or _read_concept(r, entry, concept_id))
            if concept is not None:
                found.concepts.append(concept)
        except _BadEntry as exc:
            if policy is ReadPolicy.STRICT:
                found.refused = exc
                continue
            r.warn("TB248", f"entry left out: {exc.message}", exc.line, exc.hint)
    if not seen:  # neither a TBX root nor an entry anywhere
        _check_root(r, stream.root)
        found.root_notes = len(r.diagnostics)
    return stream.root, found


def _final_ids(text: str, ids: list[str]) -> str:
    """``text`` naming each entry's final id where it named a provisional one."""
    return re.sub(f"{_PROVISIONAL}(\\d+)", lambda m: ids[int(m.group(1))], text)


def read(data: bytes, source: str, policy: ReadPolicy) -> ReadResult:
    """A glossary from TBX v3 or TBX 2008 bytes, with warnings for every tolerated departure.

    Read in one streaming pass holding one entry's tree at a time. An entry keeps its own
    id when it is a valid one not used before; one that must be given another (missing,
    invalid, used twice) is read under a provisional id, replaced once every id of the
    file is known (a new id must not be one a later entry has), as are cross-references
    to renamed ids. Warnings come in the order of a reading that knew every id first:
    the root's, the header's, the renamings, the entries', the references', the back
    matter's."""
    utf8 = checked_utf8(data, source)
    r = _Reading(source)
    root, found = _read_entries(r, utf8, policy)
    said_of_entries = r.diagnostics[found.root_notes:]
    del r.diagnostics[found.root_notes:]
    title, description, source_lang = _read_header(r, root)
    text = _text_of(root)
    body = _body_of(root)
    ours = any(p.get("type") == MARKER_TYPE for p in root.iter(f"{{{TBX_NS}}}p"))
    if not found.originals and not (ours and body is None):
        raise FormatError("the file has no entries (conceptEntry or termEntry)", path=source,
                          line=(body if body is not None else root).sourceline,
                          hint="check that this is a terminology file and that the export "
                               "was not empty")
    ids, mapping = _assign_ids(r, found.originals)
    if found.refused is not None:
        exc = found.refused
        raise FormatError(_final_ids(exc.message, ids), path=source, line=exc.line,
                          hint=f"{exc.hint}; or read with --on-bad-entry skip to leave such "
                               "entries out") from None
    r.diagnostics.extend(replace(d, message=_final_ids(d.message, ids))
                         if _PROVISIONAL in d.message else d for d in said_of_entries)
    concepts = [replace(c, id=ids[int(c.id[1:])]) if c.id.startswith(_PROVISIONAL) else c
                for c in found.concepts]
    concepts = _fix_references(r, concepts, mapping)
    glossary = Glossary(tuple(concepts), title, description, source_lang,
                        _read_back(r, text))
    return ReadResult(glossary, tuple(r.diagnostics))


def _fix_references(r: _Reading, concepts: list[Concept],
                    mapping: dict[str, str]) -> list[Concept]:
    """Point cross-references at renamed ids; report those that point nowhere."""
    present = {c.id for c in concepts}
    out = []
    for concept in concepts:
        refs = tuple(mapping.get(t, t) for t in concept.cross_references)
        for target in refs:
            if target not in present:
                r.warn("TB249", f"entry '{concept.id}' refers to '{target}', which is not "
                       "an entry of this file", None)
        out.append(replace(concept, cross_references=refs) if refs != concept.cross_references
                   else concept)
    return out


