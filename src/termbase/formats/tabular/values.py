"""How values are written in cells, both ways: multi-valued cells, ``text ⟦source⟧``
pairs, transactions, status words and the term labels of the WIDE layout."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import TypeVar

from termbase.model import Context, Definition, Term, TermStatus, Transaction, TransactionType
from termbase.text.language import term_language


def clean(value: str) -> str:
    """Collapse runs of whitespace and trim: the form every model text is kept in."""
    return " ".join(value.split())


def split_lines(cell: str) -> list[str]:
    """The values of a multi-valued cell: one per line, cleaned, empty lines dropped."""
    return [v for v in (clean(line) for line in newlines(cell).split("\n")) if v]


def newlines(cell: str) -> str:
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


class BadCell(ValueError):
    """A cell whose value cannot be interpreted; turned into a row error by the reader."""


def parse_transaction(line: str) -> Transaction:
    # The responsibility comes last so that it alone may contain '|'.
    kind, date, responsibility = ([*line.split("|", 2), "", ""])[:3]
    responsible, target = parse_pair(responsibility.strip())
    return Transaction(enum_value(TransactionType, kind.strip(), "transaction type"),
                       date.strip(), responsible, target)


_E = TypeVar("_E", bound=StrEnum)


def enum_value(kind: type[_E], raw: str, what: str) -> _E:
    wanted = raw.strip().casefold()
    for member in kind:
        if member.value.casefold() == wanted:
            return member
    allowed = ", ".join(m.value for m in kind)
    raise BadCell(f"'{raw}' is not a {what} (one of: {allowed})")


# Status words people write, in English (TBX names included) and Chinese.
_STATUS_WORDS: Mapping[str, TermStatus] = MappingProxyType({
    word: status for status, words in {
        TermStatus.PREFERRED: ("preferred", "preferredterm", "首选", "推荐", "优选", "规范"),
        TermStatus.ADMITTED: ("admitted", "admittedterm", "许可", "可用", "允许", "可接受"),
        TermStatus.DEPRECATED: ("deprecated", "deprecatedterm", "不推荐", "弃用", "避免",
                                "不宜使用"),
        TermStatus.SUPERSEDED: ("superseded", "supersededterm", "已取代", "已废弃", "废弃",
                                "旧译", "过时"),
    }.items() for word in words})


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
    cell = newlines(cell)
    if "\n" in cell:
        return split_lines(cell)
    return [v for v in (clean(p) for p in _LIST_SEPARATORS.split(cell)) if v]


def join_terms(labels: list[str]) -> str:
    if len(labels) == 1 and _LIST_SEPARATORS.search(labels[0]):
        return labels[0] + "\n"
    return join_lines(labels)


def guess_lang(text: str) -> str:
    """Language of an abbreviation written without a tag: Chinese script or English."""
    return term_language(text)


def lines(cell: str) -> tuple[str, ...]:
    return tuple(split_lines(cell))


def definitions(cell: str) -> tuple[Definition, ...]:
    return tuple(Definition(*parse_pair(v)) for v in split_lines(cell))


def contexts(cell: str) -> tuple[Context, ...]:
    return tuple(Context(*parse_pair(v)) for v in split_lines(cell))


def transaction_list(cell: str) -> tuple[Transaction, ...]:
    return tuple(parse_transaction(v) for v in split_lines(cell))
