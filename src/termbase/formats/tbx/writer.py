"""TBX-Basic v3 (DCA style) out: deterministic, one element per line, valid against the
official core RNG and the TBX-Basic rules; values TBX-Basic cannot hold in their place
become ``category: value`` notes that the reader restores."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from termbase.errors import OutputError
from termbase.formats.tbx.vocab import (
    GRAMMATICAL_GENDERS,
    MARKER_TYPE,
    SIGNATURE_PREFIX,
    SOURCE_LANG_PREFIX,
    STATUS_SUFFIX,
    TBX_NS,
    TERM_LOCATIONS,
    XML_LANG,
    is_http_url,
    is_language,
    is_ncname,
    is_xsd_date,
)
from termbase.model import (
    Concept,
    Context,
    Definition,
    Glossary,
    LangSec,
    RefObjectSec,
    Term,
    Transaction,
)
from termbase.signature import Signature
from termbase.xmlsafe import strip_not_xml

if TYPE_CHECKING:
    from lxml import etree


class _Builder:
    """Appends TBX elements; keeps the writer's code close to the document's shape."""

    def __init__(self, ids: frozenset[str] = frozenset()) -> None:
        from lxml import etree

        self.etree = etree
        self.ids = ids
        """Every id of the document, which IDREF targets may point to."""

    def el(self, parent: etree._Element, name: str, text: str | None = None,
           **attrs: str) -> etree._Element:
        child = self.etree.SubElement(parent, f"{{{TBX_NS}}}{name}")
        for key, value in attrs.items():
            child.set(XML_LANG if key == "lang" else key, value)
        if text is not None:
            # XML 1.0 cannot hold most control characters; they carry no terminology.
            child.text = strip_not_xml(text)
        return child

    def typed(self, parent: etree._Element, name: str, kind: str, text: str,
              **attrs: str) -> etree._Element:
        return self.el(parent, name, text, type=kind, **attrs)


def _fallback_note(category: str, value: str) -> str:
    return f"{category}: {value}"


def _write_pair(b: _Builder, parent: etree._Element, kind: str,
                item: Definition | Context) -> None:
    if item.source:
        grp = b.el(parent, "descripGrp")
        b.typed(grp, "descrip", kind, item.text)
        b.typed(grp, "admin", "source", item.source)
    else:
        b.typed(parent, "descrip", kind, item.text)


def _write_transactions(b: _Builder, parent: etree._Element,
                        transactions: Iterable[Transaction]) -> None:
    for t in transactions:
        grp = b.el(parent, "transacGrp")
        b.typed(grp, "transac", "transactionType", t.type.value)
        if t.date and is_xsd_date(t.date):
            b.el(grp, "date", t.date)
        # A target is an IDREF: only one that resolves in the file goes in the attribute.
        linked = t.target if t.target in b.ids else ""
        if t.responsibility or linked:
            attrs = {"target": linked} if linked else {}
            b.typed(grp, "transacNote", "responsibility", t.responsibility, **attrs)
        if t.date and not is_xsd_date(t.date):
            b.el(grp, "note", _fallback_note("date", t.date))
        if t.target and not linked:
            b.el(grp, "note", _fallback_note("target", t.target))


def _write_term(b: _Builder, parent: etree._Element, term: Term) -> None:
    sec = b.el(parent, "termSec")
    b.el(sec, "term", term.text)
    if term.part_of_speech is not None:
        b.typed(sec, "termNote", "partOfSpeech", term.part_of_speech.value)
    if term.term_type is not None:
        b.typed(sec, "termNote", "termType", term.term_type.value)
    b.typed(sec, "termNote", "administrativeStatus", f"{term.status.value}{STATUS_SUFFIX}")
    fallbacks: list[str] = []
    if term.grammatical_gender in GRAMMATICAL_GENDERS:
        b.typed(sec, "termNote", "grammaticalGender", term.grammatical_gender)
    elif term.grammatical_gender:
        fallbacks.append(_fallback_note("grammaticalGender", term.grammatical_gender))
    if term.geographical_usage:
        b.typed(sec, "termNote", "geographicalUsage", term.geographical_usage)
    if term.term_location in TERM_LOCATIONS:
        b.typed(sec, "termNote", "termLocation", term.term_location)
    elif term.term_location:
        fallbacks.append(_fallback_note("termLocation", term.term_location))
    for context in term.contexts:
        _write_pair(b, sec, "context", context)
    for source in term.sources:
        b.typed(sec, "admin", "source", source)
    for subset in term.customer_subsets:
        b.typed(sec, "admin", "customerSubset", subset)
    for subset in term.project_subsets:
        b.typed(sec, "admin", "projectSubset", subset)
    for note in (*term.notes, *fallbacks):
        b.el(sec, "note", note)
    _write_transactions(b, sec, term.transactions)


def _write_lang_sec(b: _Builder, parent: etree._Element, sec: LangSec, concept_id: str) -> None:
    if not is_language(sec.lang):
        raise OutputError(f"concept '{concept_id}': '{sec.lang}' is not a valid language tag",
                          hint="use a BCP 47 tag such as 'zh', 'en' or 'zh-Hans'")
    if not sec.terms:
        raise OutputError(f"concept '{concept_id}': the '{sec.lang}' section has no terms, "
                          "which TBX does not allow",
                          hint="remove the empty language section or add a term")
    node = b.el(parent, "langSec", lang=sec.lang)
    for definition in sec.definitions:
        _write_pair(b, node, "definition", definition)
    for source in sec.sources:
        b.typed(node, "admin", "source", source)
    for note in sec.notes:
        b.el(node, "note", note)
    _write_transactions(b, node, sec.transactions)
    for term in sec.terms:
        _write_term(b, node, term)


def _write_concept(b: _Builder, body: etree._Element, concept: Concept,
                   ids: frozenset[str]) -> None:
    if not concept.lang_secs:
        raise OutputError(f"concept '{concept.id}' has no terms, which TBX does not allow",
                          hint="remove the concept or add a term to it")
    node = b.el(body, "conceptEntry", id=concept.id)
    if concept.subject_field:
        b.typed(node, "descrip", "subjectField", concept.subject_field)
    for definition in concept.definitions:
        _write_pair(b, node, "definition", definition)
    for source in concept.sources:
        b.typed(node, "admin", "source", source)
    fallbacks: list[str] = []
    for target in concept.cross_references:
        if target in ids:
            b.typed(node, "ref", "crossReference", target, target=target)
        else:  # an IDREF must resolve inside the file
            fallbacks.append(_fallback_note("crossReference", target))
    for url in concept.external_references:
        if is_http_url(url):
            b.typed(node, "xref", "externalCrossReference", url, target=url)
        else:
            fallbacks.append(_fallback_note("externalCrossReference", url))
    for url in concept.graphics:
        if is_http_url(url):
            b.typed(node, "xref", "xGraphic", url, target=url)
        else:
            fallbacks.append(_fallback_note("xGraphic", url))
    for note in (*concept.notes, *fallbacks):
        b.el(node, "note", note)
    _write_transactions(b, node, concept.transactions)
    for sec in concept.lang_secs:
        _write_lang_sec(b, node, sec, concept.id)


def _write_back(b: _Builder, text: etree._Element, back_matter: Iterable[RefObjectSec]) -> None:
    back = None
    for sec in back_matter:
        if not sec.objects or not all(obj.items for obj in sec.objects):
            raise OutputError(f"back matter section '{sec.type}' has a reference object "
                              "without items, or none at all, which TBX does not allow",
                              hint="remove the empty reference objects from the glossary")
        back = back if back is not None else b.el(text, "back")
        node = b.el(back, "refObjectSec", type=sec.type)
        for obj in sec.objects:
            ref = b.el(node, "refObject", **({"id": obj.id} if obj.id else {}))
            for item in obj.items:
                b.el(ref, "item", item.text, **({"type": item.type} if item.type else {}))


def _document_ids(glossary: Glossary) -> frozenset[str]:
    """Concept and reference-object ids, refused unless each is a unique XML ID."""
    ids = [c.id for c in glossary.concepts]
    ids += [o.id for sec in glossary.back_matter for o in sec.objects if o.id]
    for value in ids:
        if not is_ncname(value):
            raise OutputError(f"id '{value}' is not a valid XML ID",
                              hint="ids must start with a letter and hold only letters, "
                                   "digits, '.', '-' and '_' (e.g. 'c1')")
    if len(set(ids)) != len(ids):
        dup = next(i for i in ids if ids.count(i) > 1)
        raise OutputError(f"id '{dup}' is used more than once (concepts and back-matter "
                          "reference objects share one set of ids)",
                          hint="give every concept and reference object its own id")
    return frozenset(ids)


def write(glossary: Glossary, signature: Signature | None) -> bytes:
    """The glossary as TBX-Basic v3 DCA bytes (UTF-8, deterministic, pretty-printed)."""
    from lxml import etree

    b = _Builder(_document_ids(glossary))
    root = etree.Element(f"{{{TBX_NS}}}tbx", nsmap={None: TBX_NS})
    root.set("type", "TBX-Basic")
    root.set("style", "dca")
    root.set(XML_LANG, "en")
    file_desc = b.el(b.el(root, "tbxHeader"), "fileDesc")
    if glossary.title:
        b.el(b.el(file_desc, "titleStmt"), "title", glossary.title)
    source_desc = b.el(file_desc, "sourceDesc")
    for paragraph in glossary.description:
        b.el(source_desc, "p", paragraph)
    if glossary.source_lang != "zh":
        b.el(source_desc, "p", f"{SOURCE_LANG_PREFIX}{glossary.source_lang}", type=MARKER_TYPE)
    # sourceDesc needs one paragraph; the marker also tells the reader the file is ours.
    mark = SIGNATURE_PREFIX + (signature.compact() if signature else "termbase")
    b.el(source_desc, "p", mark, type=MARKER_TYPE)
    text = b.el(root, "text")
    if glossary.concepts:
        body = b.el(text, "body")
        known = frozenset(c.id for c in glossary.concepts)
        for concept in glossary.concepts:
            _write_concept(b, body, concept, known)
    _write_back(b, text, glossary.back_matter)
    return document_bytes(root)


def document_bytes(root: etree._Element) -> bytes:
    """``root`` as a TBX file: UTF-8 with an XML declaration, one element per line."""
    from lxml import etree

    etree.indent(root, space="  ")
    out: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                pretty_print=True)
    return out


