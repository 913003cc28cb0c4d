"""Glossaries as tables of text cells: the pure core shared by the Excel and CSV formats.

Two layouts:

* **LONG** (lossless, for machines): one row per term. Concept-level columns are filled
  on the first row of a concept and langSec-level columns on the first row of a langSec;
  a reader takes the first non-empty value and warns when a later row disagrees, so files
  that repeat those values on every row read the same. Multi-valued cells hold one value
  per line (model texts are single-line and trimmed). A definition or context carries its
  source inline as ``text ⟦source⟧``; a transaction is ``type | date | responsibility``
  (``responsibility ⟦target⟧`` when it points to a reference object). Two columns appear
  only when needed: "language section" numbers the second and later sections of one
  language in a concept, and "back matter" holds one back-matter section per row, as
  the JSON of :func:`termbase.model.ref_sec_to_dict`. ``from_rows(to_rows(g)).glossary == g``.
* **WIDE** (for people): one row per concept, a term column and an "other terms" column
  per language, abbreviations, definitions, contexts, source and note. Statuses other than
  a column's default are shown after the term, e.g. ``非法经纪活动 (superseded)``.

Reading recognises the headers people write, in Chinese or English (``中文``, ``译名``,
``Definition (EN)``, ``备注`` …), picks the layout (a language column means LONG), and
reports what it ignored or doubted as diagnostics with row and column. Nothing here does
I/O: containers turn files into :class:`Table` values and back.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, NamedTuple, TypeVar

from termbase import jsonsafe
from termbase.diagnostics import Diagnostic, Severity
from termbase.errors import FormatError
from termbase.formats.base import ReadPolicy, ReadResult
from termbase.model import (
    Concept,
    Context,
    Definition,
    Glossary,
    LangSec,
    PartOfSpeech,
    RefObjectSec,
    Term,
    TermStatus,
    TermType,
    Transaction,
    TransactionType,
    make_concept_id,
    ref_sec_from_dict,
    ref_sec_to_dict,
)
from termbase.text.chinese import has_cjk

# Diagnostic codes of tabular readers.
UNKNOWN_COLUMN = "TB210"
EMPTY_ROW = "TB211"
DUPLICATE_ROW = "TB212"
DUPLICATE_TERM = "TB213"
SKIPPED_ROW = "TB214"
CONFLICTING_VALUE = "TB215"
UNUSED_COLUMN = "TB216"
GENERATED_ID = "TB217"
DROPPED_CONCEPT = "TB218"
UNKNOWN_STATUS = "TB219"
CELLS_NOT_READ = "TB233"
COLUMN_NOT_KEPT = "TB234"

NOT_KEPT = frozenset({UNKNOWN_COLUMN, UNUSED_COLUMN, CONFLICTING_VALUE, GENERATED_ID,
                      UNKNOWN_STATUS, SKIPPED_ROW, CELLS_NOT_READ, COLUMN_NOT_KEPT})
"""Codes of the diagnostics saying that something in the table is not in the glossary
read from it, so that writing the glossary over the table would lose it."""


# --- tables ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Row:
    """One record: where it starts in its file (1-based) and its cells as text."""

    number: int
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """The rows of one CSV file or one sheet, as read, before any interpretation."""

    rows: tuple[Row, ...]
    source: str = "<table>"
    sheet: str | None = None
    """The sheet's name for workbooks; messages then say 'sheet X row N'."""

    @classmethod
    def from_lists(cls, rows: Iterable[Sequence[str]], source: str = "<table>",
                   sheet: str | None = None) -> Table:
        return cls(tuple(Row(i, tuple(r)) for i, r in enumerate(rows, start=1)), source, sheet)

    def where(self, number: int) -> str:
        """A message prefix locating a row; CSV messages carry the line in the path already."""
        return f"sheet '{self.sheet}' row {number}: " if self.sheet is not None else ""


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based index (0 → A, 26 → AA), as people see it."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


# --- cells -----------------------------------------------------------------------------

def clean(value: str) -> str:
    """Collapse runs of whitespace and trim: the form every model text is kept in."""
    return " ".join(value.split())


def split_lines(cell: str) -> list[str]:
    """The values of a multi-valued cell: one per line, cleaned, empty lines dropped."""
    return [v for v in (clean(line) for line in _newlines(cell).split("\n")) if v]


def _newlines(cell: str) -> str:
    return cell.replace("\r\n", "\n").replace("\r", "\n")


def join_lines(values: Iterable[str]) -> str:
    return "\n".join(values)


_OPEN, _CLOSE = "⟦", "⟧"


def format_pair(text: str, source: str) -> str:
    """``text ⟦source⟧``; the brackets also appear, empty, when the text itself has one."""
    if source or _OPEN in text or _CLOSE in text:
        return f"{text} {_OPEN}{source}{_CLOSE}"
    return text


def parse_pair(line: str) -> tuple[str, str]:
    """Inverse of :func:`format_pair` (a source may not contain ' ⟦')."""
    if line.endswith(_CLOSE):
        cut = line.rfind(" " + _OPEN)
        if cut > 0:
            return line[:cut].strip(), line[cut + 2:-1].strip()
    return line, ""


def format_transaction(t: Transaction) -> str:
    responsible = format_pair(t.responsibility, t.target)
    parts = [t.type.value, t.date, responsible]
    while not parts[-1]:
        parts.pop()
    return " | ".join(parts)


class _BadCell(ValueError):
    """A cell whose value cannot be interpreted; turned into a row error by the reader."""


def parse_transaction(line: str) -> Transaction:
    # The responsibility comes last so that it alone may contain '|'.
    kind, date, responsibility = ([*line.split("|", 2), "", ""])[:3]
    responsible, target = parse_pair(responsibility.strip())
    return Transaction(_enum(TransactionType, kind.strip(), "transaction type"),
                       date.strip(), responsible, target)


_E = TypeVar("_E", bound=StrEnum)


def _enum(kind: type[_E], raw: str, what: str) -> _E:
    wanted = raw.strip().casefold()
    for member in kind:
        if member.value.casefold() == wanted:
            return member
    allowed = ", ".join(m.value for m in kind)
    raise _BadCell(f"'{raw}' is not a {what} (one of: {allowed})")


# Status words people write, in English (TBX names included) and Chinese.
_STATUS_WORDS: dict[str, TermStatus] = {}
for _status, _words in {
    TermStatus.PREFERRED: ("preferred", "preferredterm", "首选", "推荐", "优选", "规范"),
    TermStatus.ADMITTED: ("admitted", "admittedterm", "许可", "可用", "允许", "可接受"),
    TermStatus.DEPRECATED: ("deprecated", "deprecatedterm", "不推荐", "弃用", "避免",
                            "不宜使用"),
    TermStatus.SUPERSEDED: ("superseded", "supersededterm", "已取代", "已废弃", "废弃",
                            "旧译", "过时"),
}.items():
    for _word in _words:
        _STATUS_WORDS[_word] = _status


def parse_status(raw: str) -> TermStatus | None:
    """A status from a word such as 'Deprecated', 'preferredTerm-admn-sts' or '旧译'."""
    key = re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", raw).casefold())
    return _STATUS_WORDS.get(key.removesuffix("admnsts"))


_STATUS_SUFFIX = re.compile(r"^(?P<text>.+?)\s*[(（](?P<status>[^()（）]+)[)）]$")
_LANG_TAG = re.compile(r"^(?P<text>.+?)\s*\[(?P<lang>[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\]$")


def format_label(term: Term, default: TermStatus, lang_tag: str = "") -> str:
    """A term as shown in a WIDE cell: text, then status and language when not implied."""
    label = term.text
    if term.status is not default:
        label += f" ({term.status.value})"
    if lang_tag:
        label += f" [{lang_tag}]"
    return label


def parse_label(label: str, default: TermStatus) -> tuple[str, TermStatus, str]:
    """(text, status, language tag or '') of a WIDE cell value; see :func:`format_label`."""
    lang = ""
    m = _LANG_TAG.match(label)
    if m:
        label, lang = m["text"], m["lang"]
    m = _STATUS_SUFFIX.match(label)
    if m:
        status = parse_status(m["status"])
        # Only a known status word is a suffix: '小武器（SALW）' stays one term.
        if status is not None:
            return m["text"], status, lang
    return label, default, lang


_LIST_SEPARATORS = re.compile(r"[；;、]")


def split_terms(cell: str) -> list[str]:
    """Terms of an 'other terms' cell: one per line; in a one-line cell also split at ；;、.

    A cell with a line break is taken as one value per line, so a term that itself holds
    '、' survives a round trip (the writer ends such a lone term with a line break).
    """
    cell = _newlines(cell)
    if "\n" in cell:
        return split_lines(cell)
    return [v for v in (clean(p) for p in _LIST_SEPARATORS.split(cell)) if v]


def _join_terms(labels: list[str]) -> str:
    if len(labels) == 1 and _LIST_SEPARATORS.search(labels[0]):
        return labels[0] + "\n"
    return join_lines(labels)


def _guess_lang(text: str) -> str:
    """Language of an abbreviation written without a tag: Chinese script or English."""
    return "zh" if has_cjk(text) else "en"


# --- header recognition ----------------------------------------------------------------

class Col(NamedTuple):
    """What a column holds: a kind (see the ``K_*`` constants) and optionally a language."""

    kind: str
    lang: str | None = None


K_ID, K_SUBJECT, K_LANG, K_TERM, K_OTHER = "id", "subject", "lang", "term", "other"
K_ABBREVIATION, K_STATUS, K_DEFINITION = "abbreviation", "status", "definition"
K_CONTEXT, K_SOURCE, K_NOTE, K_IGNORE = "context", "source", "note", "ignore"
# LONG-only kinds (a few people's files have some of them too).
K_TITLE, K_DESCRIPTION, K_SOURCE_LANG = "title", "description", "source_lang"
K_C_DEFS, K_C_NOTES, K_C_SOURCES = "concept_definitions", "concept_notes", "concept_sources"
K_XREFS, K_EXTREFS, K_C_TRANS = "cross_references", "external_references", "concept_trans"
K_L_DEFS, K_L_NOTES = "lang_definitions", "lang_notes"
K_L_SOURCES, K_L_TRANS, K_GRAPHICS = "lang_sources", "lang_transactions", "graphics"
K_TYPE, K_POS, K_GENDER, K_GEO = "term_type", "part_of_speech", "gender", "geo"
K_LOCATION, K_CUSTOMER, K_PROJECT, K_TRANS = "location", "customer", "project", "transactions"
K_SECTION, K_BACK = "language_section", "back_matter"

# Kinds that a language word in the header qualifies ('定义（英文）', 'zh other terms').
_QUALIFIABLE = {K_TERM, K_OTHER, K_ABBREVIATION, K_STATUS, K_DEFINITION, K_CONTEXT}


def _normal(header: str) -> str:
    """Case-, width- and punctuation-insensitive form: 'Definition (EN)' → 'definition en'."""
    return " ".join(re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", header).casefold())
                    .split())


def _squash(header: str) -> str:
    return _normal(header).replace(" ", "")


_ALIASES: dict[str, Col] = {}
for _col, _names in {
    Col(K_TERM, "zh"): ("中文", "汉语", "chinese", "zh", "zh-CN", "zh-Hans", "中文术语",
                        "术语", "汉语术语", "中文名称", "词条", "Chinese term"),
    Col(K_TERM, "en"): ("英文", "英语", "english", "en", "英文术语", "译名", "equivalent",
                        "English term", "英文译名", "translation", "译文", "英文名称"),
    Col(K_TERM): ("term", "terms"),
    Col(K_OTHER): ("other terms", "other", "synonyms", "同义词", "其他术语", "variants",
                   "变体"),
    Col(K_OTHER, "zh"): ("其他中文术语", "中文其他术语", "中文同义词"),
    Col(K_OTHER, "en"): ("其他译名", "其他英文术语", "英文其他术语", "other equivalents"),
    Col(K_DEFINITION): ("definition", "definitions", "定义", "释义"),
    Col(K_CONTEXT): ("context", "contexts", "语境", "例句", "上下文", "example", "examples",
                     "用例"),
    Col(K_SOURCE): ("source", "sources", "出处", "来源", "document symbol", "文号", "文件号",
                    "symbol", "reference", "references"),
    Col(K_NOTE): ("note", "notes", "备注", "注释", "remarks", "remark", "comment",
                  "comments", "说明"),
    Col(K_ABBREVIATION): ("abbreviation", "abbreviations", "abbr", "acronym", "acronyms",
                          "缩写", "缩略语", "简称"),
    Col(K_STATUS): ("status", "状态", "term status"),
    Col(K_SUBJECT): ("subject field", "subject", "domain", "领域", "专业领域", "学科"),
    Col(K_ID): ("id", "concept id", "编号", "概念编号", "entry id"),
    Col(K_IGNORE): ("序号", "no", "number"),
    Col(K_LANG): ("lang", "language", "语言", "语种", "language code"),
    Col(K_TITLE): ("glossary title",),
    Col(K_DESCRIPTION): ("glossary description",),
    Col(K_SOURCE_LANG): ("source language",),
    Col(K_C_DEFS): ("concept definitions",),
    Col(K_C_NOTES): ("concept notes",),
    Col(K_C_SOURCES): ("concept sources",),
    Col(K_XREFS): ("cross references",),
    Col(K_EXTREFS): ("external references",),
    Col(K_C_TRANS): ("concept transactions",),
    Col(K_L_DEFS): ("language definitions",),
    Col(K_L_NOTES): ("language notes",),
    Col(K_L_SOURCES): ("language sources",),
    Col(K_L_TRANS): ("language transactions",),
    Col(K_GRAPHICS): ("graphics",),
    Col(K_TYPE): ("term type", "术语类型"),
    Col(K_POS): ("part of speech", "词性"),
    Col(K_GENDER): ("gender", "grammatical gender"),
    Col(K_GEO): ("geographical usage",),
    Col(K_LOCATION): ("term location",),
    Col(K_CUSTOMER): ("customer subsets",),
    Col(K_PROJECT): ("project subsets",),
    Col(K_TRANS): ("transactions",),
    Col(K_SECTION): ("language section",),
    Col(K_BACK): ("back matter",),
}.items():
    for _name in _names:
        _ALIASES[_squash(_name)] = _col

_LANG_WORDS = {
    "zh": "zh", "chinese": "zh", "中文": "zh", "汉语": "zh", "en": "en", "english": "en",
    "英文": "en", "英语": "en", "fr": "fr", "french": "fr", "法文": "fr", "法语": "fr",
    "es": "es", "spanish": "es", "西班牙文": "es", "西班牙语": "es", "ru": "ru",
    "russian": "ru", "俄文": "ru", "俄语": "ru", "ar": "ar", "arabic": "ar",
    "阿拉伯文": "ar", "阿拉伯语": "ar",
}
_CJK_LANG_WORDS = [(w, lang) for w, lang in _LANG_WORDS.items() if has_cjk(w)]

# The forms this module writes, for any language tag, case preserved ('pt-BR').
_TAG = r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*"
_WRITTEN_TERM = re.compile(r"^(?P<lang>[A-Za-z]{2}(?:-[A-Za-z0-9]{1,8})*)"
                           r"(?P<other> other terms)?$")
_WRITTEN_OTHER = re.compile(rf"^(?P<lang>{_TAG}) other terms$")
_WRITTEN_QUALIFIED = re.compile(rf"^(?P<kind>definition|context) \((?P<lang>{_TAG})\)$")


def recognise(header: str) -> Col | None:
    """What a column holds, from its header as people write it; None if unknown."""
    raw = header.strip()
    key = _squash(raw)
    if not key:
        return None
    if key in _ALIASES:
        return _ALIASES[key]
    m = _WRITTEN_TERM.match(raw) or _WRITTEN_OTHER.match(raw)
    if m:
        return Col(K_OTHER if m["other"] else K_TERM, m["lang"])
    m = _WRITTEN_QUALIFIED.match(raw)
    if m:
        return Col(m["kind"], m["lang"])
    candidates: list[tuple[str | None, str]] = []
    tokens = _normal(raw).split()
    if len(tokens) > 1:
        candidates += [(_LANG_WORDS.get(tokens[0]), "".join(tokens[1:])),
                       (_LANG_WORDS.get(tokens[-1]), "".join(tokens[:-1]))]
    for word, code in _CJK_LANG_WORDS:
        if key.startswith(word):
            candidates.append((code, key[len(word):]))
        if key.endswith(word):
            candidates.append((code, key[: -len(word)]))
    for lang, rest in candidates:
        base = _ALIASES.get(rest) if lang else None
        if base is not None and base.kind in _QUALIFIABLE:
            return Col(base.kind, lang)
    return None


# --- writing ---------------------------------------------------------------------------

LONG_HEADER: tuple[str, ...] = (
    "concept id", "subject field", "concept definitions", "concept notes",
    "concept sources", "cross references", "external references", "concept transactions",
    "graphics", "lang", "language definitions", "language notes", "language sources",
    "language transactions",
    "term", "status", "term type", "part of speech", "gender", "geographical usage",
    "term location", "contexts", "sources", "notes", "customer subsets", "project subsets",
    "transactions",
    "glossary title", "glossary description", "source language",
)
_CONCEPT_WIDTH, _LANG_WIDTH, _TERM_WIDTH, _META_WIDTH = 8, 4, 13, 3
SECTION_HEADER, BACK_HEADER = "language section", "back matter"


def _pairs(items: Iterable[Context | Definition]) -> str:
    return join_lines(format_pair(i.text, i.source) for i in items)


def _transactions(items: Iterable[Transaction]) -> str:
    return join_lines(format_transaction(t) for t in items)


def _concept_cells(c: Concept) -> list[str]:
    return [c.subject_field, _pairs(c.definitions), join_lines(c.notes),
            join_lines(c.sources), join_lines(c.cross_references),
            join_lines(c.external_references), _transactions(c.transactions),
            join_lines(c.graphics)]


def _term_cells(t: Term) -> list[str]:
    return [t.text, t.status.value, t.term_type.value if t.term_type else "",
            t.part_of_speech.value if t.part_of_speech else "", t.grammatical_gender,
            t.geographical_usage, t.term_location, _pairs(t.contexts), join_lines(t.sources),
            join_lines(t.notes), join_lines(t.customer_subsets),
            join_lines(t.project_subsets), _transactions(t.transactions)]


def _has_repeated_languages(glossary: Glossary) -> bool:
    return any(len(c.languages) != len(c.lang_secs) for c in glossary.concepts)


def _back_cell(sec: RefObjectSec) -> str:
    return json.dumps(ref_sec_to_dict(sec), ensure_ascii=False, separators=(",", ":"))


def to_rows(glossary: Glossary) -> list[list[str]]:
    """The LONG layout: header, then one row per term (lossless)."""
    sections = _has_repeated_languages(glossary)
    rows: list[list[str]] = [[*LONG_HEADER, *([SECTION_HEADER] if sections else []),
                              *([BACK_HEADER] if glossary.back_matter else [])]]
    meta = [glossary.title, join_lines(glossary.description), glossary.source_lang]
    for concept in glossary.concepts:
        concept_cells: list[str] | None = _concept_cells(concept)
        ordinal: dict[str, int] = {}
        # A concept without languages, or a language without terms, still gets a row.
        for sec in concept.lang_secs or (None,):
            sec_cells = [_pairs(sec.definitions), join_lines(sec.notes),
                         join_lines(sec.sources), _transactions(sec.transactions)
                         ] if sec else None
            n = 0
            if sec is not None:
                n = ordinal[sec.lang] = ordinal.get(sec.lang, 0) + 1
            for term in (sec.terms if sec else ()) or (None,):
                rows.append([
                    concept.id, *(concept_cells or [""] * _CONCEPT_WIDTH),
                    sec.lang if sec else "", *(sec_cells or [""] * _LANG_WIDTH),
                    *(_term_cells(term) if term else [""] * _TERM_WIDTH),
                    *(meta if len(rows) == 1 else [""] * _META_WIDTH),
                    *([str(n) if n > 1 else ""] if sections else []),
                ])
                concept_cells = sec_cells = None
    width = len(rows[0]) - (1 if glossary.back_matter else 0)
    if len(rows) == 1:
        rows.append([*[""] * (len(LONG_HEADER) - _META_WIDTH), *meta,
                     *([""] * (width - len(LONG_HEADER)))])
    # One back-matter section per row, on the rows of the concepts and below them.
    for i, ref_sec in enumerate(glossary.back_matter, start=1):
        if i == len(rows):
            rows.append([""] * width)
        rows[i].append(_back_cell(ref_sec))
    for row in rows[len(glossary.back_matter) + 1:] if glossary.back_matter else ():
        row.append("")
    return rows


def _wide_languages(glossary: Glossary) -> list[str]:
    return ["zh", "en", *(lang for lang in glossary.languages if lang not in ("zh", "en"))]


def wide_columns(glossary: Glossary) -> list[tuple[str, Col]]:
    """Header names and meanings of the WIDE layout for ``glossary``."""
    langs = _wide_languages(glossary)
    cols = [("ID", Col(K_ID)), ("subject field", Col(K_SUBJECT))]
    for lang in langs:
        cols += [(lang, Col(K_TERM, lang)), (f"{lang} other terms", Col(K_OTHER, lang))]
    cols.append(("abbreviations", Col(K_ABBREVIATION)))
    cols += [(f"definition ({lang})", Col(K_DEFINITION, lang)) for lang in langs]
    if any(c.definitions for c in glossary.concepts):
        cols.append(("definition", Col(K_DEFINITION)))
    cols += [(f"context ({lang})", Col(K_CONTEXT, lang)) for lang in langs]
    cols += [("source", Col(K_SOURCE)), ("note", Col(K_NOTE))]
    return cols


def wide_cells(concept: Concept) -> dict[Col, str]:
    """The WIDE cells of one concept, by column meaning (empty cells left out)."""
    cells: dict[Col, str] = {Col(K_ID): concept.id, Col(K_SUBJECT): concept.subject_field,
                             Col(K_DEFINITION): _pairs(concept.definitions),
                             Col(K_SOURCE): join_lines(concept.sources),
                             Col(K_NOTE): join_lines(concept.notes)}
    abbreviations: list[str] = []
    # Several sections of one language show as one: a person sees every term.
    for lang in concept.languages:
        secs = concept.sections(lang)
        main = concept.preferred(lang)
        others = []
        for _, term in concept.terms(lang):
            if term is main:
                continue
            if term.term_type is not None and term.term_type.is_abbreviated:
                tag = lang if _guess_lang(term.text) != lang else ""
                abbreviations.append(format_label(term, TermStatus.PREFERRED, tag))
            else:
                others.append(format_label(term, TermStatus.ADMITTED))
        cells[Col(K_TERM, lang)] = format_label(main, TermStatus.PREFERRED) if main else ""
        cells[Col(K_OTHER, lang)] = _join_terms(others)
        cells[Col(K_DEFINITION, lang)] = _pairs(d for sec in secs for d in sec.definitions)
        cells[Col(K_CONTEXT, lang)] = _pairs(main.contexts) if main else ""
    cells[Col(K_ABBREVIATION)] = _join_terms(abbreviations)
    return {k: v for k, v in cells.items() if v}


def to_wide_rows(glossary: Glossary) -> list[list[str]]:
    """The WIDE layout: header, then one row per concept (for people; not lossless)."""
    cols = wide_columns(glossary)
    rows = [[name for name, _ in cols]]
    for concept in glossary.concepts:
        cells = wide_cells(concept)
        rows.append([cells.get(col, "") for _, col in cols])
    return rows


# --- reading: shared machinery ---------------------------------------------------------

class _Reading:
    """Diagnostics and the read policy for one table."""

    def __init__(self, table: Table, policy: ReadPolicy) -> None:
        self.table = table
        self.policy = policy
        self.diagnostics: list[Diagnostic] = []

    def note(self, code: str, row: int | None, message: str, hint: str | None = None,
             severity: Severity = Severity.WARNING) -> None:
        prefix = self.table.where(row) if row is not None else ""
        self.diagnostics.append(Diagnostic(severity, code, prefix + message,
                                           self.table.source, row, hint))

    def bad(self, row: Row, message: str, hint: str) -> None:
        """An uninterpretable row: refuse the file (STRICT) or leave the row out (SKIP)."""
        if self.policy is ReadPolicy.STRICT:
            raise FormatError(self.table.where(row.number) + message, path=self.table.source,
                              line=row.number,
                              hint=f"{hint}; or read with --on-bad-entry skip to leave "
                                   "such rows out")
        self.note(SKIPPED_ROW, row.number, f"{message}; row left out", hint)


@dataclass(frozen=True, slots=True)
class _Header:
    index: int
    """Position of the header row in ``Table.rows``."""
    names: tuple[str, ...]


def _cell(row: Row, index: int | None) -> str:
    if index is None or index >= len(row.cells):
        return ""
    return _newlines(row.cells[index])


_TERM_KINDS = {K_TERM, K_OTHER, K_ABBREVIATION}
_HEADER_SEARCH = 10


def _find_header(r: _Reading) -> _Header:
    """The first row (among the first few non-empty ones) that names a term column."""
    rows = r.table.rows
    candidates = [i for i, row in enumerate(rows) if any(c.strip() for c in row.cells)]
    if not candidates:
        raise FormatError(f"{r.table.where(1)}no rows: the table is empty",
                          path=r.table.source,
                          hint="give a table with a header row and one row per term")
    for i in candidates[:_HEADER_SEARCH]:
        if any(col is not None and col.kind in _TERM_KINDS
               for col in map(recognise, rows[i].cells)):
            return _Header(i, tuple(c.strip() for c in rows[i].cells))
    first = rows[candidates[0]]
    found = ", ".join(f"'{c.strip()}'" for c in first.cells if c.strip())
    raise FormatError(
        f"{r.table.where(first.number)}no term column: the header row has {found}",
        path=r.table.source, line=first.number,
        hint="name a column 中文/Chinese/zh or 英文/English/en (or 术语/term beside a "
             "语言/lang column)")


_LONG_KINDS = {K_ID, K_SUBJECT, K_LANG, K_TERM, K_STATUS, K_CONTEXT, K_SOURCE, K_NOTE,
               K_IGNORE, K_TITLE, K_DESCRIPTION, K_SOURCE_LANG, K_C_DEFS, K_C_NOTES,
               K_C_SOURCES, K_XREFS, K_EXTREFS, K_C_TRANS, K_GRAPHICS, K_L_DEFS, K_L_NOTES,
               K_L_SOURCES, K_L_TRANS, K_TYPE,
               K_POS, K_GENDER, K_GEO, K_LOCATION, K_CUSTOMER, K_PROJECT, K_TRANS,
               K_SECTION, K_BACK}
_WIDE_KINDS = {K_ID, K_SUBJECT, K_TERM, K_OTHER, K_ABBREVIATION, K_STATUS, K_DEFINITION,
               K_CONTEXT, K_SOURCE, K_NOTE, K_IGNORE}


def _map_columns(r: _Reading, header: _Header, long: bool) -> dict[Col, int]:
    """Column meanings for the layout, with a warning for each column left unused."""
    number = r.table.rows[header.index].number
    columns: dict[Col, int] = {}
    for index, name in enumerate(header.names):
        if not name:
            continue
        label = f"column {column_letter(index)} '{name}'"
        col = recognise(name)
        if col is None:
            r.note(UNKNOWN_COLUMN, number, f"{label} is not a known column; ignored",
                   "rename it (e.g. 中文, 英文, 定义, 语境, 出处, 备注) if it should be read")
            continue
        if long and col == Col(K_DEFINITION):
            col = Col(K_L_DEFS)  # in a LONG table a plain definition belongs to its language
        # A LONG table names the language in its own column, never in a header.
        qualified = long and col.kind in _QUALIFIABLE and col.lang is not None
        if qualified or col.kind not in (_LONG_KINDS if long else _WIDE_KINDS):
            layout = "with" if long else "without"
            r.note(UNUSED_COLUMN, number,
                   f"{label} is not used in a table {layout} a language column; ignored")
            continue
        if col in columns:
            r.note(UNUSED_COLUMN, number,
                   f"{label} repeats column {column_letter(columns[col])}; ignored")
            continue
        if col.kind == K_IGNORE:
            r.note(COLUMN_NOT_KEPT, number, f"{label} is read as row numbers, not kept",
                   severity=Severity.INFO)
        columns[col] = index
    return columns


def _report_outside(r: _Reading, header: _Header) -> None:
    """Name the non-empty cells no column reads: above the header, or under no header."""
    rows = r.table.rows
    above = [row for row in rows[:header.index] if any(c.strip() for c in row.cells)]
    if above:
        first = next(c for c in above[0].cells if c.strip())
        r.note(CELLS_NOT_READ, above[0].number,
               f"{len(above)} row(s) above the header row are not read "
               f"(first: '{clean(first)[:40]}')")
    unnamed: dict[int, list[Row]] = {}
    for row in rows[header.index + 1:]:
        for i, cell in enumerate(row.cells):
            if cell.strip() and (i >= len(header.names) or not header.names[i]):
                unnamed.setdefault(i, []).append(row)
    for i, found in sorted(unnamed.items()):
        letter = column_letter(i)
        r.note(CELLS_NOT_READ, found[0].number,
               f"column {letter} has no header; its {len(found)} cell(s) are not read "
               f"(first: {letter}{found[0].number} '{clean(found[0].cells[i])[:40]}')",
               "give the column a header termbase knows, or move the cells")


def _data_rows(r: _Reading, header: _Header) -> list[Row]:
    """Rows below the header, without empty ones and exact repeats (both reported)."""
    rows = r.table.rows[header.index + 1:]
    last = max((i for i, row in enumerate(rows) if any(c.strip() for c in row.cells)),
               default=-1)
    seen: dict[tuple[str, ...], int] = {}
    out = []
    for row in rows[: last + 1]:
        cells = tuple(clean(c) for c in row.cells)
        while cells and not cells[-1]:
            cells = cells[:-1]
        if not cells:
            r.note(EMPTY_ROW, row.number, "empty row skipped", severity=Severity.INFO)
            continue
        if cells in seen:
            r.note(DUPLICATE_ROW, row.number,
                   f"row repeats row {seen[cells]} exactly; skipped")
            continue
        seen[cells] = row.number
        out.append(row)
    return out


def read_table(table: Table, policy: ReadPolicy = ReadPolicy.STRICT,
               known_ids: frozenset[str] = frozenset()) -> ReadResult:
    """Read a table made by termbase or by a person: LONG if it has a language column."""
    r = _Reading(table, policy)
    header = _find_header(r)
    _report_outside(r, header)
    if Col(K_LANG) in {recognise(n) for n in header.names}:
        glossary = _read_long(r, header)
    else:
        glossary = Glossary(tuple(e.concept for e in _read_wide(r, header, known_ids)))
    return ReadResult(glossary, tuple(r.diagnostics))


def from_rows(rows: Iterable[Sequence[str]], source: str = "<rows>",
              policy: ReadPolicy = ReadPolicy.STRICT) -> ReadResult:
    """Read rows given as lists of strings (the inverse of :func:`to_rows`)."""
    return read_table(Table.from_lists(rows, source), policy)


# --- reading LONG ----------------------------------------------------------------------

def _lines(cell: str) -> tuple[str, ...]:
    return tuple(split_lines(cell))


def _definitions(cell: str) -> tuple[Definition, ...]:
    return tuple(Definition(*parse_pair(v)) for v in split_lines(cell))


def _contexts(cell: str) -> tuple[Context, ...]:
    return tuple(Context(*parse_pair(v)) for v in split_lines(cell))


def _transaction_list(cell: str) -> tuple[Transaction, ...]:
    return tuple(parse_transaction(v) for v in split_lines(cell))


_CONCEPT_FIELDS: tuple[tuple[str, str, Callable[[str], object]], ...] = (
    (K_SUBJECT, "subject_field", clean), (K_C_DEFS, "definitions", _definitions),
    (K_C_NOTES, "notes", _lines), (K_C_SOURCES, "sources", _lines),
    (K_XREFS, "cross_references", _lines), (K_EXTREFS, "external_references", _lines),
    (K_C_TRANS, "transactions", _transaction_list), (K_GRAPHICS, "graphics", _lines),
)
_LANG_FIELDS: tuple[tuple[str, str, Callable[[str], object]], ...] = (
    (K_L_DEFS, "definitions", _definitions), (K_L_NOTES, "notes", _lines),
    (K_L_SOURCES, "sources", _lines), (K_L_TRANS, "transactions", _transaction_list),
)


@dataclass
class _Group:
    """Values gathered for one concept or langSec: first non-empty cell of each column."""

    # Any: each value comes from the parser listed beside its model attribute.
    values: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, tuple[tuple[str, ...], int]] = field(default_factory=dict)
    secs: dict[tuple[str, int], _Group] = field(default_factory=dict)
    """Language sections by (language, its number among the concept's sections of it)."""
    terms: list[Term] = field(default_factory=list)
    term_rows: dict[str, int] = field(default_factory=dict)


def _optional_enum(kind: type[_E], cell: str, what: str) -> _E | None:
    return _enum(kind, cell, what) if clean(cell) else None


def _read_long(r: _Reading, header: _Header) -> Glossary:
    cols = _map_columns(r, header, long=True)

    def get(row: Row, kind: str) -> str:
        return _cell(row, cols.get(Col(kind)))

    concepts: dict[str, _Group] = {}
    meta = _Group()
    back: list[RefObjectSec] = []
    current: str | None = None
    for row in _data_rows(r, header):
        try:
            _gather(r, row, get, meta, ((K_TITLE, "title", clean),
                                        (K_DESCRIPTION, "description", _lines),
                                        (K_SOURCE_LANG, "source_lang", clean)))
            _back_matter(r, row, get(row, K_BACK), back)
            text, lang = clean(get(row, K_TERM)), clean(get(row, K_LANG))
            term = _long_term(row, get) if text else None
        except _BadCell as exc:
            r.bad(row, str(exc), "correct the cell, or leave it empty")
            continue
        if text and not lang:
            r.bad(row, f"term '{text}' has no language code",
                  "fill the language column (zh, en, fr …)")
            continue
        cid = clean(get(row, K_ID))
        if not cid:
            # A blank id continues the concept above (as merged cells read); a table
            # without an id column has one concept per row.
            if Col(K_ID) in cols and current is not None:
                cid = current
            elif text:
                cid = _unique_id(lang, text, concepts.keys())
            else:
                continue  # the glossary's own row, or a row with nothing to attach
        current = cid
        group = concepts.setdefault(cid, _Group())
        try:
            _gather(r, row, get, group, _CONCEPT_FIELDS)
            if lang:
                sec = group.secs.setdefault((lang, _section(get(row, K_SECTION))), _Group())
                _gather(r, row, get, sec, _LANG_FIELDS)
                if term is not None:
                    _add_term(r, row, sec, term, lang)
        except _BadCell as exc:
            r.bad(row, str(exc), "correct the cell, or leave it empty")
    # Values are set only from non-empty cells, so the model's defaults stand otherwise.
    return replace(Glossary(tuple(_build_concept(cid, g) for cid, g in concepts.items()),
                            back_matter=tuple(back)), **meta.values)


def _gather(r: _Reading, row: Row, get: Callable[[Row, str], str], group: _Group,
            fields: Iterable[tuple[str, str, Callable[[str], object]]]) -> None:
    for kind, attr, parse in fields:
        raw = get(row, kind)
        key = tuple(split_lines(raw))
        if not key:
            continue
        if attr not in group.values:
            group.values[attr] = parse(raw)
            group.raw[attr] = (key, row.number)
        elif group.raw[attr][0] != key:
            r.note(CONFLICTING_VALUE, row.number,
                   f"'{kind.replace('_', ' ')}' differs from row {group.raw[attr][1]}; "
                   "kept the first value",
                   "fill concept and language columns once per concept, or identically")


def _long_term(row: Row, get: Callable[[Row, str], str]) -> Term:
    status = TermStatus.PREFERRED
    if clean(get(row, K_STATUS)):
        found = parse_status(get(row, K_STATUS))
        if found is None:
            raise _BadCell(f"'{clean(get(row, K_STATUS))}' is not a term status (one of: "
                           + ", ".join(s.value for s in TermStatus) + ")")
        status = found
    return Term(
        text=clean(get(row, K_TERM)),
        status=status,
        term_type=_optional_enum(TermType, get(row, K_TYPE), "term type"),
        part_of_speech=_optional_enum(PartOfSpeech, get(row, K_POS), "part of speech"),
        grammatical_gender=clean(get(row, K_GENDER)),
        geographical_usage=clean(get(row, K_GEO)),
        term_location=clean(get(row, K_LOCATION)),
        contexts=_contexts(get(row, K_CONTEXT)),
        sources=_lines(get(row, K_SOURCE)),
        notes=_lines(get(row, K_NOTE)),
        customer_subsets=_lines(get(row, K_CUSTOMER)),
        project_subsets=_lines(get(row, K_PROJECT)),
        transactions=_transaction_list(get(row, K_TRANS)),
    )


def _add_term(r: _Reading, row: Row, sec: _Group, term: Term, lang: str) -> None:
    first = sec.term_rows.get(term.text)
    if first is not None:
        r.note(DUPLICATE_TERM, row.number,
               f"the {lang} term '{term.text}' is in row {first} and row {row.number} "
               "of the same concept")
    else:
        sec.term_rows[term.text] = row.number
    sec.terms.append(term)


def _section(cell: str) -> int:
    value = clean(cell)
    if not value:
        return 1
    if not value.isdigit() or int(value) < 1:
        raise _BadCell(f"language section '{value}' is not a number from 1 up")
    return int(value)


def _back_matter(r: _Reading, row: Row, cell: str, found: list[RefObjectSec]) -> None:
    """A 'back matter' cell: the JSON of one back-matter section."""
    if not cell.strip():
        return
    where = f"{r.table.where(row.number)}back matter"
    try:
        found.append(ref_sec_from_dict(jsonsafe.loads(cell, r.table.source), r.table.source,
                                       where))
    except FormatError as exc:
        raise _BadCell(f"back matter: {exc.message}") from None


def _build_concept(cid: str, g: _Group) -> Concept:
    secs = tuple(replace(LangSec(lang, tuple(s.terms)), **s.values)
                 for (lang, _), s in g.secs.items())
    return replace(Concept(cid, secs), **g.values)


def _unique_id(lang: str, text: str, taken: Iterable[str]) -> str:
    """make_concept_id, made unique in file order when two rows share a first term."""
    used = set(taken)
    cid, n = make_concept_id(lang, text), 1
    while cid in used:
        n += 1
        cid = make_concept_id(lang, f"{text}#{n}")
    return cid


# --- reading WIDE ----------------------------------------------------------------------

_VALID_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")


@dataclass(frozen=True, slots=True)
class WideEntry:
    """One concept read from a WIDE row, with the row's cells by column meaning."""

    concept: Concept
    row: int
    cells: dict[Col, str]


def _read_wide(r: _Reading, header: _Header, known_ids: frozenset[str]) -> list[WideEntry]:
    cols = _map_columns(r, header, long=False)
    entries: list[WideEntry] = []
    used: set[str] = set()
    first_seen: dict[str, int] = {}
    bad_ids: list[str] = []
    for row in _data_rows(r, header):
        cells = {col: _cell(row, i) for col, i in cols.items() if _cell(row, i).strip()}
        if not cells:
            continue  # filled only in columns that are not read, which are reported
        try:
            entry = _wide_entry(r, row, cells, known_ids, used, bad_ids)
        except _BadCell as exc:
            r.bad(row, str(exc), "correct the cell, or leave it empty")
            continue
        if entry is None:
            continue
        used.add(entry.concept.id)
        for lang, term in entry.concept.terms("zh"):
            if term.text in first_seen:
                r.note(DUPLICATE_TERM, row.number,
                       f"the {lang} term '{term.text}' is in row {first_seen[term.text]} "
                       f"and row {row.number}",
                       "merge the two rows if they are one concept")
            else:
                first_seen[term.text] = row.number
        entries.append(entry)
    if bad_ids:
        r.note(GENERATED_ID, None,
               f"{len(bad_ids)} ID value(s) such as '{bad_ids[0]}' are not valid XML ids; "
               "gave those concepts generated ids", severity=Severity.INFO)
    return entries


def _wide_entry(r: _Reading, row: Row, cells: dict[Col, str], known_ids: frozenset[str],
                used: set[str], bad_ids: list[str]) -> WideEntry | None:
    secs: dict[str, list[Term]] = {}

    def add(lang: str, term: Term) -> None:
        terms = secs.setdefault(lang, [])
        if any(t.text == term.text for t in terms):
            r.note(DUPLICATE_TERM, row.number,
                   f"the {lang} term '{term.text}' appears twice in the row; kept once")
        else:
            terms.append(term)

    for col, cell in sorted(cells.items(), key=lambda kv: kv[0].kind != K_TERM):
        lang = col.lang or "zh"
        if col.kind == K_TERM:
            for n, label in enumerate(split_lines(cell)):
                text, status, _ = parse_label(label, TermStatus.PREFERRED if n == 0
                                              else TermStatus.ADMITTED)
                add(lang, Term(text, status))
        elif col.kind == K_OTHER:
            for label in split_terms(cell):
                text, status, _ = parse_label(label, TermStatus.ADMITTED)
                add(lang, Term(text, status))
        elif col.kind == K_ABBREVIATION:
            for label in split_terms(cell):
                text, status, tag = parse_label(label, TermStatus.PREFERRED)
                add(col.lang or tag or _guess_lang(text),
                    Term(text, status, TermType.ABBREVIATION))
    for col, cell in cells.items():
        if col.kind == K_STATUS:
            _apply_status(r, row, secs, col.lang or "zh", cell)

    raw_id = clean(cells.get(Col(K_ID), ""))
    if not secs and raw_id not in known_ids:
        r.bad(row, "no term in any language", "fill a term column, or delete the row")
        return None
    cid = raw_id if raw_id in known_ids or _VALID_ID.match(raw_id) else ""
    if raw_id and not cid:
        bad_ids.append(raw_id)
    if cid in used:
        r.bad(row, f"ID '{cid}' is already used by an earlier row",
              "give each concept its own ID, or leave the ID empty for a new one")
        return None
    if not cid:
        lang = "zh" if "zh" in secs else next(iter(secs))
        cid = _unique_id(lang, secs[lang][0].text, used)

    sources = _lines(cells.get(Col(K_SOURCE), ""))
    lang_defs: dict[str, tuple[Definition, ...]] = {}
    for col, cell in cells.items():
        if col.kind == K_DEFINITION and col.lang is not None:
            lang_defs[col.lang] = _definitions(cell)
        elif col.kind == K_CONTEXT:
            _attach_contexts(r, row, secs, col.lang, _contexts(cell), sources)
    for lang in lang_defs:
        secs.setdefault(lang, [])
    concept = Concept(
        id=cid,
        lang_secs=tuple(LangSec(lang, tuple(terms), lang_defs.get(lang, ()))
                        for lang, terms in secs.items()),
        subject_field=clean(cells.get(Col(K_SUBJECT), "")),
        definitions=_definitions(cells.get(Col(K_DEFINITION), "")),
        notes=_lines(cells.get(Col(K_NOTE), "")),
        sources=sources,
    )
    return WideEntry(concept, row.number, cells)


def _apply_status(r: _Reading, row: Row, secs: dict[str, list[Term]], lang: str,
                  cell: str) -> None:
    status = parse_status(cell)
    terms = secs.get(lang)
    if status is None or not terms:
        r.note(UNKNOWN_STATUS, row.number,
               f"status '{clean(cell)}' is not a term status or has no {lang} term; ignored",
               "use preferred/admitted/deprecated/superseded (首选/许可/不推荐/已取代)")
        return
    terms[0] = replace(terms[0], status=status)


def _attach_contexts(r: _Reading, row: Row, secs: dict[str, list[Term]], lang: str | None,
                     contexts: tuple[Context, ...], sources: tuple[str, ...]) -> None:
    """Contexts go to the main term of their language (the source language by default)."""
    if lang is None:
        lang = "zh" if secs.get("zh") else next((k for k, v in secs.items() if v), "zh")
    terms = secs.get(lang)
    if not terms:
        r.note(UNUSED_COLUMN, row.number, f"context given but no {lang} term; ignored")
        return
    if len(sources) == 1:
        # A person's 语境 + 出处 pair: the row's one source is where the context comes from.
        contexts = tuple(c if c.source else Context(c.text, sources[0]) for c in contexts)
    terms[0] = replace(terms[0], contexts=contexts)


# --- a WIDE sheet enriched by its LONG twin -------------------------------------------

def _comparable(rows: Iterable[Sequence[str]]) -> list[list[str]]:
    out = []
    for row in rows:
        cells = [_newlines(c) for c in row]
        while cells and not cells[-1]:
            cells.pop()
        out.append(cells)
    while out and not out[-1]:
        out.pop()
    return out


def read_with_detail(wide: Table, detail: Table,
                     policy: ReadPolicy = ReadPolicy.STRICT) -> ReadResult:
    """Read a WIDE table that a person may have edited, with the LONG table written beside it.

    The WIDE table decides which concepts and terms exist, their text and status, and any
    visible field a person changed; everything else comes from the LONG table, matched
    by (concept id, language, term text). An unedited pair reads back exactly.
    """
    long_result = read_table(detail, policy)
    detail_glossary = long_result.glossary
    known = frozenset(c.id for c in detail_glossary.concepts)
    r = _Reading(wide, policy)
    header = _find_header(r)
    _report_outside(r, header)
    entries = _read_wide(r, header, known)
    if _comparable(row.cells for row in wide.rows) == _comparable(
            to_wide_rows(detail_glossary)):
        return ReadResult(detail_glossary, (*long_result.diagnostics, *r.diagnostics))
    concepts = []
    for entry in entries:
        base = detail_glossary.get(entry.concept.id)
        concepts.append(entry.concept if base is None else _merge(base, entry))
    kept = {c.id for c in concepts}
    for concept in detail_glossary.concepts:
        if concept.id not in kept:
            r.note(DROPPED_CONCEPT, None,
                   f"concept '{concept.id}' is in sheet '{detail.sheet}' but not in sheet "
                   f"'{wide.sheet}'; left out", severity=Severity.INFO)
    glossary = replace(detail_glossary, concepts=tuple(concepts))
    return ReadResult(glossary, (*long_result.diagnostics, *r.diagnostics))


def _merge(base: Concept, entry: WideEntry) -> Concept:
    rendered = wide_cells(base)
    changed = {col for col in {*rendered, *entry.cells}
               if col.kind != K_IGNORE and split_lines(rendered.get(col, ""))
               != split_lines(entry.cells.get(col, ""))}
    new = entry.concept
    merged_secs: dict[int, LangSec | None] = {}
    for lang in base.languages:
        old_secs = [i for i, sec in enumerate(base.lang_secs) if sec.lang == lang]
        new_sec = new.lang_sec(lang)
        if new_sec is None:
            for i in old_secs:  # a language with no terms cannot show in WIDE
                merged_secs[i] = base.lang_secs[i] if not base.lang_secs[i].terms else None
            continue
        merged_secs.update(zip(old_secs, _merge_sections(
            [base.lang_secs[i] for i in old_secs], new_sec, changed), strict=True))
    secs = [sec for _, sec in sorted(merged_secs.items()) if sec is not None]
    secs += [sec for sec in new.lang_secs if sec.lang not in base.languages]
    merged = replace(base, lang_secs=tuple(secs))
    for col, attr in ((Col(K_SUBJECT), "subject_field"), (Col(K_DEFINITION), "definitions"),
                      (Col(K_SOURCE), "sources"), (Col(K_NOTE), "notes")):
        if col in changed:
            merged = replace(merged, **{attr: getattr(new, attr)})
    return merged


def _merge_sections(old: list[LangSec], new: LangSec, changed: set[Col]) -> list[LangSec | None]:
    """The sections ``old`` of one language after the edit shown by ``new`` (its WIDE
    reading): each keeps its own terms that are still there, the first gets the new ones,
    the definitions and the main term's contexts as edited. None for a section emptied."""
    lang = new.lang
    out: list[LangSec] = []
    claimed: set[str] = set()
    for sec in old:
        own = {t.text for t in sec.terms}
        mine = tuple(t for t in new.terms if t.text in own and t.text not in claimed)
        claimed.update(t.text for t in mine)
        out.append(replace(sec, terms=_merge_terms(sec.terms, mine)))
    fresh = tuple(t for t in new.terms if t.text not in claimed)
    out[0] = replace(out[0], terms=(*out[0].terms, *fresh))
    if Col(K_DEFINITION, lang) in changed:
        out = [replace(sec, definitions=new.definitions if i == 0 else ())
               for i, sec in enumerate(out)]
    if Col(K_CONTEXT, lang) in changed:
        group = Concept("", tuple(out))
        main, new_main = group.preferred(lang), new.preferred()
        contexts = new_main.contexts if new_main else ()
        out = [replace(sec, terms=tuple(replace(t, contexts=contexts) if t is main else t
                                        for t in sec.terms)) for sec in out]
    return [sec if sec.terms or i == 0 else None for i, sec in enumerate(out)]


def _merge_terms(old: tuple[Term, ...], new: tuple[Term, ...]) -> tuple[Term, ...]:
    """Terms of ``new`` (text, status) with the details of the same text in ``old``."""
    by_text = {t.text: t for t in new}
    out = []
    for term in old:
        seen = by_text.pop(term.text, None)
        if seen is None:
            continue
        detail = replace(term, status=seen.status)
        if seen.term_type is TermType.ABBREVIATION and not (
                term.term_type is not None and term.term_type.is_abbreviated):
            detail = replace(detail, term_type=TermType.ABBREVIATION)
        out.append(detail)
    return (*out, *by_text.values())
