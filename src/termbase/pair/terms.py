"""Reading the list of terms to pair: a plain list, extraction output, or a glossary.

Accepted, recognised from the file itself:

* a glossary in any registered format (TBX, xlsx, csv, json): its terms in the pairing
  language;
* ``termbase extract`` output as JSON (a list of objects, or an object holding one under
  ``candidates``/``terms``; the term under ``term``, ``zh`` or ``text``) or CSV/TSV with
  a ``term`` or ``zh`` column;
* a plain list, one term per line (blank lines and ``#`` comments skipped).

A list whose entries are not in the pairing language (English terms given for Chinese
pairing) is refused, naming the first offending line: pairing them would silently
answer nothing.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from termbase import jsonsafe
from termbase.errors import FormatError
from termbase.fileio import read_bytes
from termbase.formats.cells import restore
from termbase.text.decode import decode_text, file_lines
from termbase.text.language import term_language

_TERM_KEYS = ("term", "zh", "text", "source")
_EN_KEYS = ("en", "term", "text")
_GLOSSARY_SUFFIXES = (".tbx", ".xlsx")
_MAX_TERM_CHARS = 200


@dataclass(frozen=True, slots=True)
class TermList:
    """The terms a file lists, and how they group into concepts where the file says so."""

    terms: list[str]
    concepts: tuple[tuple[str, ...], ...] = ()
    """A glossary's concepts, each as its forms in the language (stripped, as ``terms``);
    empty for a list, whose entries are each its own concept."""


def _from_glossary(path: Path, lang: str, encoding: str | None = None) -> TermList:
    from termbase.formats import read_glossary

    glossary = read_glossary(path, encoding=encoding).glossary
    concepts = tuple(forms for concept in glossary.concepts
                     if (forms := tuple(t.text.strip() for _, t in concept.terms(lang)
                                        if t.text.strip())))
    terms = check_terms((form for forms in concepts for form in forms), lang, str(path))
    return TermList(terms, concepts)


def _from_json(payload: Any, lang: str, source: str) -> list[str]:
    if isinstance(payload, dict):
        for key in ("candidates", "terms", "pairings"):
            if isinstance(payload.get(key), list):
                payload = payload[key]
                break
        else:
            raise FormatError("JSON term list: expected a list, or an object with a "
                              "'candidates' or 'terms' list", path=source,
                              hint="give one term per line, or 'termbase extract' JSON")
    if not isinstance(payload, list):
        raise FormatError("JSON term list: expected a list of terms", path=source)
    keys = _TERM_KEYS if lang == "zh" else _EN_KEYS
    terms = []
    for i, item in enumerate(payload):
        if isinstance(item, str):
            terms.append(item)
            continue
        if isinstance(item, dict):
            value = next((item[k] for k in ((lang, *keys)) if isinstance(item.get(k), str)),
                         None)
            if value is not None:
                terms.append(value)
                continue
        raise FormatError(f"JSON term list, item {i}: expected a string or an object with "
                          f"a '{lang}' or 'term' field", path=source,
                          hint="give one term per line, or 'termbase extract' JSON")
    return terms


def _from_table(text: str, lang: str) -> list[str] | None:
    """Terms of a CSV/TSV with a recognisable header; None if the text is no such table."""
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first else "," if "," in first else None
    if delimiter is None:
        return None
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header = [cell.strip().lower() for cell in rows[0]]
    for key in (lang, *(_TERM_KEYS if lang == "zh" else _EN_KEYS)):
        if key in header:
            column = header.index(key)
            # Undo the formula guard of termbase's own CSV output (extract, pair).
            return [restore(row[column]) for row in rows[1:] if len(row) > column]
    return None


def _from_lines(text: str) -> list[str]:
    return [line.strip() for line in file_lines(text)
            if line.strip() and not line.lstrip().startswith("#")]


def check_terms(terms: Iterable[str], lang: str, source: str) -> list[str]:
    """The terms, stripped, refused when they are not in ``lang`` or not terms at all."""
    out = []
    for number, term in enumerate(terms, start=1):
        term = term.strip()
        if not term:
            continue
        if len(term) > _MAX_TERM_CHARS:
            raise FormatError(f"entry {number} is {len(term)} characters long, not a term",
                              path=source, line=number,
                              hint="give one term per line (a term list, not a document)")
        if term_language(term) != lang:
            expected = "Chinese" if lang == "zh" else "English"
            other = "--reverse to pair English terms" if lang == "zh" else \
                "leave out --reverse to pair Chinese terms"
            raise FormatError(f"entry {number} {term[:40]!r} is not a {expected} term",
                              path=source, line=number,
                              hint=f"give {expected} terms, or use {other}")
        out.append(term)
    if not out:
        raise FormatError("the term list is empty", path=source,
                          hint="give one term per line, a glossary, or 'termbase extract' "
                               "output")
    return out


def read_terms(path: Path, lang: str = "zh", encoding: str | None = None) -> TermList:
    """The terms in ``lang`` listed in ``path``, with a glossary's concepts."""
    path = Path(path)
    if path.suffix.lower() in _GLOSSARY_SUFFIXES:
        return _from_glossary(path, lang)
    data = read_bytes(path)
    if data.startswith(b"PK"):
        raise FormatError("a zip package (Excel workbook?) without the .xlsx suffix",
                          path=path, hint="rename it to .xlsx, or give a plain term list")
    text = decode_text(data, str(path), encoding).text
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        payload = jsonsafe.loads(text, path, hint="give one term per line, or valid JSON")
        if isinstance(payload, dict) and "concepts" in payload:
            return _from_glossary(path, lang, encoding)
        return TermList(check_terms(_from_json(payload, lang, str(path)), lang, str(path)))
    table = _from_table(text, lang)
    if table is None and path.suffix.lower() in (".csv", ".tsv"):
        # A glossary in the LONG/WIDE layout has its own header; let its reader decide.
        return _from_glossary(path, lang, encoding)
    return TermList(check_terms(table if table is not None else _from_lines(text), lang,
                                str(path)))
