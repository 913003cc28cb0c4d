"""The concept model, mirroring TBX v3 (ISO 30042:2019), TBX-Basic dialect.

A :class:`Glossary` holds :class:`Concept` entries (TBX ``conceptEntry``); each concept
holds one :class:`LangSec` per language (``langSec``), which holds :class:`Term` objects
(``termSec``). Every data category of TBX-Basic has a home here, so any TBX-Basic file
round-trips through the model without loss. All objects are immutable; "changing" one
means ``dataclasses.replace``.

A concept may hold several language sections of the same language, as TBX allows
(several ``langSec xml:lang="da"`` in one ``conceptEntry``); they are kept apart, in file
order, and :meth:`Concept.lang_sec` returns the first. The glossary's back matter
(TBX ``<back>``: reference objects such as the responsible persons that transactions
point to) is kept in :attr:`Glossary.back_matter`.

``to_dict``/``from_dict`` give the canonical plain-data form used for hashing, JSON
output and the JSON exchange format. Empty fields are omitted so the form stays small
and diffs well.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import MISSING, dataclass, field, fields, replace
from enum import StrEnum
from operator import attrgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from termbase.errors import FormatError

if TYPE_CHECKING:
    import pandas as pd


class TermStatus(StrEnum):
    """TBX ``administrativeStatus`` (without the ``Term-admn-sts`` suffix)."""

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"
    SUPERSEDED = "superseded"

    @property
    def rank(self) -> int:
        """Sort key: preferred terms first, superseded last."""
        return _STATUS_ORDER.index(self)

    @property
    def approved(self) -> bool:
        return self in (TermStatus.PREFERRED, TermStatus.ADMITTED)


_STATUS_ORDER = [TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED,
                 TermStatus.SUPERSEDED]


class TermType(StrEnum):
    """TBX ``termType`` picklist of TBX-Basic."""

    FULL_FORM = "fullForm"
    SHORT_FORM = "shortForm"
    ABBREVIATION = "abbreviation"
    ACRONYM = "acronym"
    VARIANT = "variant"
    PHRASE = "phrase"

    @property
    def is_abbreviated(self) -> bool:
        return self in (TermType.ABBREVIATION, TermType.ACRONYM)


class PartOfSpeech(StrEnum):
    NOUN = "noun"
    VERB = "verb"
    ADJECTIVE = "adjective"
    ADVERB = "adverb"
    OTHER = "other"


class TransactionType(StrEnum):
    ORIGINATION = "origination"
    MODIFICATION = "modification"


@dataclass(frozen=True, slots=True)
class Context:
    """A sentence showing the term in use, and where it is from ('A/RES/68/48, para. 13')."""

    text: str
    source: str = ""


@dataclass(frozen=True, slots=True)
class Definition:
    text: str
    source: str = ""


@dataclass(frozen=True, slots=True)
class Transaction:
    """TBX ``transacGrp``: who did what to an entry, and when (ISO date string)."""

    type: TransactionType
    date: str = ""
    responsibility: str = ""
    target: str = ""
    """Id of the reference object (back matter) naming the responsible person, if any
    (TBX ``transacNote type="responsibility" target=...``)."""


@dataclass(frozen=True, slots=True)
class Term:
    """One designation of a concept in one language (TBX ``termSec``)."""

    text: str
    status: TermStatus = TermStatus.PREFERRED
    term_type: TermType | None = None
    part_of_speech: PartOfSpeech | None = None
    grammatical_gender: str = ""
    geographical_usage: str = ""
    term_location: str = ""
    contexts: tuple[Context, ...] = ()
    sources: tuple[str, ...] = ()
    """Where the term is attested or decided, e.g. UN document symbols ('A/RES/68/48')."""
    notes: tuple[str, ...] = ()
    customer_subsets: tuple[str, ...] = ()
    project_subsets: tuple[str, ...] = ()
    transactions: tuple[Transaction, ...] = ()


@dataclass(frozen=True, slots=True)
class LangSec:
    """All terms of one concept in one language (TBX ``langSec``)."""

    lang: str
    terms: tuple[Term, ...] = ()
    definitions: tuple[Definition, ...] = ()
    notes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    """TBX ``admin type="source"`` at language level."""
    transactions: tuple[Transaction, ...] = ()
    """TBX ``transacGrp`` at language level."""

    def preferred(self) -> Term | None:
        """The preferred term, or failing that the best-ranked one."""
        if not self.terms:
            return None
        return min(self.terms, key=lambda t: t.status.rank)


@dataclass(frozen=True, slots=True)
class Concept:
    """One concept (TBX ``conceptEntry``); ``id`` is stable and a valid XML ID."""

    id: str
    lang_secs: tuple[LangSec, ...] = ()
    subject_field: str = ""
    definitions: tuple[Definition, ...] = ()
    notes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    cross_references: tuple[str, ...] = ()
    """Ids of related concepts in the same glossary (TBX ``ref type="crossReference"``)."""
    external_references: tuple[str, ...] = ()
    """URLs (TBX ``xref type="externalCrossReference"``)."""
    transactions: tuple[Transaction, ...] = ()
    graphics: tuple[str, ...] = ()
    """URLs of illustrations (TBX ``xref type="xGraphic"``)."""

    def lang_sec(self, lang: str) -> LangSec | None:
        """The first section of ``lang`` (see :meth:`sections` for all of them)."""
        for sec in self.lang_secs:
            if sec.lang == lang:
                return sec
        return None

    def sections(self, lang: str) -> tuple[LangSec, ...]:
        """Every section of ``lang``, in order (TBX allows several per language)."""
        return tuple(sec for sec in self.lang_secs if sec.lang == lang)

    def terms(self, lang: str | None = None) -> Iterator[tuple[str, Term]]:
        """(language, term) pairs, optionally of one language."""
        for sec in self.lang_secs:
            if lang is None or sec.lang == lang:
                for term in sec.terms:
                    yield sec.lang, term

    def all_terms(self) -> list[Term]:
        """Every term, section by section: a term's place in this list is how the compiled
        glossaries (:mod:`termbase.index.compiled`, :mod:`termbase.check.compiled`) name it."""
        return [term for sec in self.lang_secs for term in sec.terms]

    def preferred(self, lang: str) -> Term | None:
        """The best-ranked term of ``lang`` over all its sections (the first on ties)."""
        terms = [term for _, term in self.terms(lang)]
        return min(terms, key=lambda t: t.status.rank) if terms else None

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages of the concept, each once, in order."""
        return tuple(dict.fromkeys(sec.lang for sec in self.lang_secs))


@dataclass(frozen=True, slots=True)
class RefItem:
    """One field of a reference object (TBX ``item``), e.g. type 'fn', text 'Jane Doe'."""

    type: str
    text: str


@dataclass(frozen=True, slots=True)
class RefObject:
    """A person, organisation or other thing entries refer to (TBX ``refObject``)."""

    id: str
    items: tuple[RefItem, ...] = ()


@dataclass(frozen=True, slots=True)
class RefObjectSec:
    """A list of reference objects of one kind (TBX ``refObjectSec``, e.g. 'respPerson')."""

    type: str
    objects: tuple[RefObject, ...] = ()


@dataclass(frozen=True, slots=True)
class Glossary:
    """A termbase: header information and concepts in a stable order."""

    concepts: tuple[Concept, ...] = ()
    title: str = ""
    description: tuple[str, ...] = ()
    """Free-text source description paragraphs (TBX ``sourceDesc/p``)."""
    source_lang: str = "zh"
    back_matter: tuple[RefObjectSec, ...] = ()
    """TBX ``<back>``: the reference objects (responsible persons …) of the glossary."""
    _index: dict[str, int] = field(default_factory=dict, init=False, repr=False,
                                   compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {c.id: i for i, c in enumerate(self.concepts)})

    def __len__(self) -> int:
        return len(self.concepts)

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts)

    def get(self, concept_id: str) -> Concept | None:
        i = self._index.get(concept_id)
        return None if i is None else self.concepts[i]

    def with_concepts(self, concepts: Sequence[Concept]) -> Glossary:
        return replace(self, concepts=tuple(concepts))

    @property
    def languages(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for concept in self.concepts:
            for lang in concept.languages:
                seen.setdefault(lang, None)
        return tuple(seen)

    def term_count(self) -> int:
        return sum(len(sec.terms) for c in self.concepts for sec in c.lang_secs)

    def to_dict(self) -> dict[str, Any]:
        return glossary_to_dict(self)

    def to_frame(self) -> pd.DataFrame:
        """One row per term in the LONG layout of CSV/Excel exports (lossless); columns
        in :func:`termbase.frames.glossary_frame`."""
        from termbase.frames import glossary_frame

        return glossary_frame(self)

    @classmethod
    def from_frame(cls, frame: pd.DataFrame, source: str = "<DataFrame>") -> Glossary:
        """The glossary in ``frame``: the LONG layout of :meth:`to_frame`, or a WIDE
        table as people make them (中文 / English / 定义 / 备注 … columns)."""
        from termbase.frames import glossary_from_frame

        return glossary_from_frame(frame, source=source)

    def content_hash(self, concept_data: Sequence[dict[str, Any]] | None = None) -> str:
        """sha256 of the canonical form: equal for equal content, whatever the file format.
        ``concept_data``: :func:`concept_to_dict` of every concept, in order, when the
        caller has made them already (compiling does, for its rows)."""
        canonical = json.dumps(glossary_to_dict(self, concept_data), ensure_ascii=False,
                               sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def make_concept_id(lang: str, text: str) -> str:
    """A stable id for a new concept, derived from its first term (an XML NCName)."""
    digest = hashlib.sha1(f"{lang}\x00{text}".encode()).hexdigest()
    return f"c{digest[:10]}"


# --- canonical plain-data form -------------------------------------------------------

def _drop_empty(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v not in ("", (), [], None, {})}


def _pair_to_dict(obj: Context | Definition) -> dict[str, Any]:
    return _drop_empty({"text": obj.text, "source": obj.source})


def _transaction_to_dict(t: Transaction) -> dict[str, Any]:
    return _drop_empty({"type": t.type.value, "date": t.date,
                        "responsibility": t.responsibility, "target": t.target})


def ref_sec_to_dict(sec: RefObjectSec) -> dict[str, Any]:
    """One back-matter section as plain data (also the cell form of the LONG table)."""
    return {"type": sec.type, "refObjects": [
        {"id": obj.id, "items": [{"type": i.type, "text": i.text} for i in obj.items]}
        for obj in sec.objects]}


class OtherFields(NamedTuple):
    """The fields of a model class but its plain ones: an object whose other fields are
    empty is its plain fields alone, written out as them (:func:`concept_to_dict`) and
    built back from them (:func:`termbase.index.compiled.decode_concept`). Taken from
    :func:`dataclasses.fields`, so that a field added later is asked too."""

    get: attrgetter[tuple[Any, ...]]
    """A getter of those fields' values, in order."""
    defaults: tuple[Any, ...]
    """Their default values, in the same order: what an object built from its plain
    fields alone holds in them."""

    @classmethod
    def of(cls, model: type, *plain: str) -> OtherFields:
        others = [f for f in fields(model) if f.name not in plain]
        defaults = []
        for f in others:
            if f.default is MISSING and f.default_factory is MISSING:
                raise TypeError(f"{model.__name__}.{f.name} has no default")
            defaults.append(f.default if f.default is not MISSING
                            else f.default_factory())  # type: ignore[operator]
        return cls(attrgetter(*(f.name for f in others)), tuple(defaults))


TERM_OTHERS = OtherFields.of(Term, "text", "status")
LANG_SEC_OTHERS = OtherFields.of(LangSec, "lang", "terms")
CONCEPT_OTHERS = OtherFields.of(Concept, "id", "lang_secs")


def term_to_dict(term: Term) -> dict[str, Any]:
    # Nearly every term is its text and status alone: said so directly, the dict is the
    # one _drop_empty would leave (compiling and hashing a glossary make one per term).
    if term.text and not any(TERM_OTHERS.get(term)):
        return {"text": term.text, "status": term.status.value}
    return _drop_empty({
        "text": term.text,
        "status": term.status.value,
        "termType": term.term_type.value if term.term_type else None,
        "partOfSpeech": term.part_of_speech.value if term.part_of_speech else None,
        "grammaticalGender": term.grammatical_gender,
        "geographicalUsage": term.geographical_usage,
        "termLocation": term.term_location,
        "contexts": [_pair_to_dict(c) for c in term.contexts],
        "sources": list(term.sources),
        "notes": list(term.notes),
        "customerSubsets": list(term.customer_subsets),
        "projectSubsets": list(term.project_subsets),
        "transactions": [_transaction_to_dict(t) for t in term.transactions],
    })


def _lang_sec_to_dict(sec: LangSec) -> dict[str, Any]:
    terms = [term_to_dict(t) for t in sec.terms]
    if sec.lang and terms and not any(LANG_SEC_OTHERS.get(sec)):
        return {"lang": sec.lang, "terms": terms}
    return _drop_empty({
        "lang": sec.lang,
        "definitions": [_pair_to_dict(d) for d in sec.definitions],
        "notes": list(sec.notes),
        "sources": list(sec.sources),
        "transactions": [_transaction_to_dict(t) for t in sec.transactions],
        "terms": terms,
    })


def concept_to_dict(concept: Concept) -> dict[str, Any]:
    secs = [_lang_sec_to_dict(sec) for sec in concept.lang_secs]
    if concept.id and secs and not any(CONCEPT_OTHERS.get(concept)):
        return {"id": concept.id, "langSecs": secs}
    return _drop_empty({
        "id": concept.id,
        "subjectField": concept.subject_field,
        "definitions": [_pair_to_dict(d) for d in concept.definitions],
        "notes": list(concept.notes),
        "sources": list(concept.sources),
        "crossReferences": list(concept.cross_references),
        "externalReferences": list(concept.external_references),
        "transactions": [_transaction_to_dict(t) for t in concept.transactions],
        "graphics": list(concept.graphics),
        "langSecs": secs,
    })


def glossary_to_dict(glossary: Glossary,
                     concept_data: Sequence[dict[str, Any]] | None = None) -> dict[str, Any]:
    """``glossary`` as plain data; ``concept_data``, when given, is taken for
    :func:`concept_to_dict` of its concepts (the caller made them already)."""
    data = _drop_empty({
        "title": glossary.title,
        "description": list(glossary.description),
        "sourceLang": glossary.source_lang,
    })
    # Kept when empty: the list is what marks the data as a glossary when it is read back.
    data["concepts"] = ([concept_to_dict(c) for c in glossary.concepts] if concept_data is None
                        else list(concept_data))
    return data | _drop_empty({"backMatter": [ref_sec_to_dict(s) for s in glossary.back_matter]})


class _Reader:
    """Walks untrusted plain data, raising FormatError with a JSON-path-like location."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, message: str) -> FormatError:
        return FormatError(f"{where}: {message}", path=self.source,
                           hint="compare with the output of 'termbase export --format json'")

    def obj(self, value: Any, where: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(where, f"expected an object, found {type(value).__name__}")
        return value

    def text(self, d: Mapping[str, Any], key: str, where: str, *, required: bool = False) -> str:
        value = d.get(key, "")
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key}", f"expected a string, found {type(value).__name__}")
        if required and not value.strip():
            raise self.fail(f"{where}.{key}", "is missing or empty")
        return value

    def items(self, d: Mapping[str, Any], key: str, where: str) -> list[Any]:
        value = d.get(key, [])
        if not isinstance(value, list):
            raise self.fail(f"{where}.{key}", "expected a list")
        return value

    def texts(self, d: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        out = []
        for i, v in enumerate(self.items(d, key, where)):
            if not isinstance(v, str):
                raise self.fail(f"{where}.{key}[{i}]", "expected a string")
            out.append(v)
        return tuple(out)

    def enum(self, d: Mapping[str, Any], key: str, where: str, kind: type[StrEnum],
             default: Any = None) -> Any:
        raw = d.get(key)
        if raw is None:
            return default
        try:
            return kind(raw)
        except ValueError:
            allowed = ", ".join(m.value for m in kind)
            raise self.fail(f"{where}.{key}", f"'{raw}' is not one of: {allowed}") from None

    def pairs(self, d: Mapping[str, Any], key: str, where: str,
              kind: type[Context] | type[Definition]) -> tuple[Any, ...]:
        out = []
        for i, v in enumerate(self.items(d, key, where)):
            w = f"{where}.{key}[{i}]"
            o = self.obj(v, w)
            out.append(kind(self.text(o, "text", w, required=True), self.text(o, "source", w)))
        return tuple(out)

    def transactions(self, d: Mapping[str, Any], where: str) -> tuple[Transaction, ...]:
        out = []
        for i, v in enumerate(self.items(d, "transactions", where)):
            w = f"{where}.transactions[{i}]"
            o = self.obj(v, w)
            kind = self.enum(o, "type", w, TransactionType)
            if kind is None:
                raise self.fail(f"{w}.type", "is missing")
            out.append(Transaction(kind, self.text(o, "date", w),
                                   self.text(o, "responsibility", w),
                                   self.text(o, "target", w)))
        return tuple(out)

    def ref_sec(self, value: Any, where: str) -> RefObjectSec:
        d = self.obj(value, where)
        objects = []
        for oi, raw in enumerate(self.items(d, "refObjects", where)):
            wo = f"{where}.refObjects[{oi}]"
            o = self.obj(raw, wo)
            items = []
            for ii, raw_item in enumerate(self.items(o, "items", wo)):
                wi = f"{wo}.items[{ii}]"
                i = self.obj(raw_item, wi)
                items.append(RefItem(self.text(i, "type", wi), self.text(i, "text", wi)))
            objects.append(RefObject(self.text(o, "id", wo), tuple(items)))
        return RefObjectSec(self.text(d, "type", where), tuple(objects))


def glossary_from_dict(data: Any, source: str = "<data>") -> Glossary:
    """Inverse of :func:`glossary_to_dict`; raises FormatError naming the bad field."""
    r = _Reader(source)
    root = r.obj(data, "$")
    concepts = []
    for ci, raw_concept in enumerate(r.items(root, "concepts", "$")):
        w = f"$.concepts[{ci}]"
        c = r.obj(raw_concept, w)
        secs = []
        for si, raw_sec in enumerate(r.items(c, "langSecs", w)):
            ws = f"{w}.langSecs[{si}]"
            s = r.obj(raw_sec, ws)
            terms = []
            for ti, raw_term in enumerate(r.items(s, "terms", ws)):
                wt = f"{ws}.terms[{ti}]"
                t = r.obj(raw_term, wt)
                terms.append(Term(
                    text=r.text(t, "text", wt, required=True),
                    status=r.enum(t, "status", wt, TermStatus, TermStatus.PREFERRED),
                    term_type=r.enum(t, "termType", wt, TermType),
                    part_of_speech=r.enum(t, "partOfSpeech", wt, PartOfSpeech),
                    grammatical_gender=r.text(t, "grammaticalGender", wt),
                    geographical_usage=r.text(t, "geographicalUsage", wt),
                    term_location=r.text(t, "termLocation", wt),
                    contexts=r.pairs(t, "contexts", wt, Context),
                    sources=r.texts(t, "sources", wt),
                    notes=r.texts(t, "notes", wt),
                    customer_subsets=r.texts(t, "customerSubsets", wt),
                    project_subsets=r.texts(t, "projectSubsets", wt),
                    transactions=r.transactions(t, wt),
                ))
            secs.append(LangSec(
                lang=r.text(s, "lang", ws, required=True),
                terms=tuple(terms),
                definitions=r.pairs(s, "definitions", ws, Definition),
                notes=r.texts(s, "notes", ws),
                sources=r.texts(s, "sources", ws),
                transactions=r.transactions(s, ws),
            ))
        concepts.append(Concept(
            id=r.text(c, "id", w, required=True),
            lang_secs=tuple(secs),
            subject_field=r.text(c, "subjectField", w),
            definitions=r.pairs(c, "definitions", w, Definition),
            notes=r.texts(c, "notes", w),
            sources=r.texts(c, "sources", w),
            cross_references=r.texts(c, "crossReferences", w),
            external_references=r.texts(c, "externalReferences", w),
            transactions=r.transactions(c, w),
            graphics=r.texts(c, "graphics", w),
        ))
    return Glossary(
        concepts=tuple(concepts),
        title=r.text(root, "title", "$"),
        description=r.texts(root, "description", "$"),
        source_lang=r.text(root, "sourceLang", "$") or "zh",
        back_matter=tuple(r.ref_sec(v, f"$.backMatter[{i}]")
                          for i, v in enumerate(r.items(root, "backMatter", "$"))),
    )


def ref_sec_from_dict(data: Any, source: str, where: str) -> RefObjectSec:
    """Inverse of :func:`ref_sec_to_dict`; raises FormatError naming the bad field."""
    return _Reader(source).ref_sec(data, where)
