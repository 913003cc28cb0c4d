"""What a glossary file keeps: the checks made before a glossary is written.

Two questions, each answered before anything is written:

* :func:`losses` — does a format give the glossary back whole? The glossary is written
  in the format and read back, and every difference is named in a warning (TB237): the
  glossary's own fields (title, back matter …) and the concepts that come back changed,
  with the first field that differs. Every registered format is meant to be lossless,
  so this is the guard that makes a gap loud instead of silent.
* :func:`check_rewrite` — may a glossary file be rewritten from what termbase read of
  it? A table or workbook whose reader left something out (a column it does not know,
  another sheet, cells outside the table, comments, formulas), or a workbook that
  termbase did not write (its layout and formatting would go), is refused with an error
  naming each part and saying how to proceed. For other formats the reader's warnings,
  which name what it does not keep, are returned for the caller to show.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from termbase.diagnostics import Diagnostic, warning
from termbase.errors import TermbaseError, UsageError
from termbase.fileio import read_bytes
from termbase.formats import detect
from termbase.formats.base import GlossaryFormat, ReadPolicy
from termbase.model import Glossary, concept_to_dict, glossary_to_dict

ROUND_TRIP_LOSS = "TB237"

_GLOSSARY_FIELDS = {"title": "title", "description": "description",
                    "sourceLang": "source language", "backMatter": "back matter"}
_NAMED = 5
"""Concepts named in one warning; the rest are counted."""


def losses(glossary: Glossary, fmt: GlossaryFormat, *,
           path: str | None = None) -> tuple[Diagnostic, ...]:
    """Warnings naming what a ``fmt`` file holding ``glossary`` would not give back.

    A glossary the format cannot write at all yields nothing here: writing it raises
    an error that says why.
    """
    try:
        data = fmt.write(glossary, None)
    except TermbaseError:
        return ()
    try:
        back = fmt.read(data, path or f"<{fmt.name}>", ReadPolicy.STRICT).glossary
    except TermbaseError as exc:
        return (warning(ROUND_TRIP_LOSS, f"the {fmt.name} output cannot be read back: "
                        f"{exc.message}", path=path),)
    return tuple(describe_losses(glossary, back, fmt.name, path=path))


_XML_FORMATS = frozenset({"tbx", "tbx2008"})


def describe_losses(before: Glossary, after: Glossary, format_name: str, *,
                    path: str | None = None) -> list[Diagnostic]:
    """One warning per glossary field, and one for the concepts, that ``after`` lacks."""
    if before == after:
        return []
    # TBX itself loses what XML cannot hold (control characters): then only JSON keeps all.
    hint = ("export as JSON, which keeps everything" if format_name in _XML_FORMATS
            else "export as TBX or JSON, which keep everything")
    found = []
    old, new = glossary_to_dict(before), glossary_to_dict(after)
    for key, label in _GLOSSARY_FIELDS.items():
        if old.get(key) != new.get(key):
            found.append(warning(ROUND_TRIP_LOSS, f"{format_name} does not keep the "
                                 f"glossary's {label}{_size(old.get(key))}", path=path,
                                 hint=hint))
    kept = {c.id: c for c in after.concepts}
    changed = []
    for concept in before.concepts:
        other = kept.get(concept.id)
        if other is None:
            changed.append(f"'{concept.id}' (missing)")
        elif other != concept:
            where = _first_difference(concept_to_dict(concept), concept_to_dict(other))
            changed.append(f"'{concept.id}' ({where})")
    if changed:
        more = f" and {len(changed) - _NAMED} more" if len(changed) > _NAMED else ""
        found.append(warning(ROUND_TRIP_LOSS, f"{format_name} does not keep {len(changed)} "
                             f"concept(s) as they are: {', '.join(changed[:_NAMED])}{more}",
                             path=path, hint=hint))
    return found


def _size(value: Any) -> str:
    if isinstance(value, list) and value:
        return f" ({len(value)} item(s))"
    return ""


def _first_difference(old: Any, new: Any, where: str = "") -> str:
    """The path of the first field where ``new`` differs from ``old`` ('langSecs[1].terms')."""
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        for key in (*old, *(k for k in new if k not in old)):
            if old.get(key) != new.get(key):
                return _first_difference(old.get(key), new.get(key),
                                         f"{where}.{key}" if where else key)
    elif isinstance(old, list) and isinstance(new, list):
        if len(old) != len(new):
            return f"{where}: {len(old)} become {len(new)}"
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            if a != b:
                return _first_difference(a, b, f"{where}[{i}]")
    return where or "value"


def _not_kept_codes(format_name: str) -> frozenset[str]:
    """Codes of the reader diagnostics that mean 'this part of the file is not read'."""
    if format_name in ("csv", "tsv"):
        from termbase.formats.tabular.table import NOT_KEPT

        return NOT_KEPT
    if format_name == "xlsx":
        from termbase.formats.xlsx import WORKBOOK_NOT_KEPT

        return WORKBOOK_NOT_KEPT
    return frozenset()


def check_rewrite(path: Path) -> tuple[Diagnostic, ...]:
    """Refuse to rewrite the glossary file ``path`` when that would lose what its reader
    left out; otherwise return the reader's diagnostics (what it does not keep)."""
    if not path.exists():
        return ()
    data = read_bytes(path)
    fmt = detect(path, data)
    ours = True
    if fmt.name == "xlsx":
        from termbase.formats.xlsx import read_workbook

        try:
            result, ours = read_workbook(data, str(path))
        except TermbaseError as exc:
            raise exc.with_path(path) from None
    else:
        try:
            result = fmt.read(data, str(path), ReadPolicy.STRICT)
        except TermbaseError as exc:
            raise exc.with_path(path) from None
    codes = _not_kept_codes(fmt.name)
    lost = [d.message for d in result.diagnostics if d.code in codes]
    if not ours:
        lost.append("the workbook's own layout and formatting (termbase writes its "
                    "Glossary, Signature and Terms sheets instead)")
    if lost:
        raise UsageError(
            f"will not write into {path.name}: it holds what termbase does not read, "
            "and rewriting it would lose:\n" + "\n".join(f"    - {item}" for item in lost)
            + "\n  nothing was written",
            path=path,
            hint=f"leave {path.name} as it is and merge into a glossary termbase keeps: "
                 f"'termbase import {path.name} --into G.tbx', then 'termbase import FILE "
                 "--into G.tbx' ('termbase export --glossary G.tbx -o new.xlsx' gives a "
                 "workbook again); or pass --into a new file")
    return result.diagnostics
