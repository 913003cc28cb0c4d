"""The glossary store: where glossaries live and how ``--glossary G`` is resolved.

``glossaries/`` holds the canonical glossaries under version control, as TBX-Basic v3
files written deterministically (no timestamp, stable order) so that they diff well.
The folder is found at ``$TERMBASE_GLOSSARIES``, else ``./glossaries`` when the current
directory has one, else beside the source tree (an editable install or a checkout).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from termbase.diagnostics import Diagnostic
from termbase.errors import InputError, UsageError
from termbase.fileio import DEFAULT_LOCK_TIMEOUT, exclusive_lock
from termbase.formats import ReadPolicy, read_glossary, suffixes, write_glossary
from termbase.model import Glossary, RefObject, RefObjectSec
from termbase.paths import bundled

_Result = TypeVar("_Result")

CANONICAL_SUFFIX = ".tbx"


def shipped_dir() -> Path:
    env = os.environ.get("TERMBASE_GLOSSARIES")
    if env:
        return Path(env)
    local = Path.cwd() / "glossaries"
    if local.is_dir():
        return local
    return bundled("glossaries")


def shipped_paths() -> list[Path]:
    directory = shipped_dir()
    if not directory.is_dir():
        return []
    known = suffixes()
    return sorted(p for p in directory.iterdir()
                  if p.suffix.lower() in known and not p.name.startswith("."))


@dataclass(frozen=True, slots=True)
class LoadedGlossary:
    """A glossary with the files it came from and what the readers had to say."""

    glossary: Glossary
    paths: tuple[Path, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    hashes: tuple[tuple[str, str], ...] = ()
    """(file name, sha256) of every file read, for output signatures."""


def resolve(spec: str) -> Path:
    """A path for ``spec``: an existing file, or the name of a glossary in the store."""
    as_path = Path(spec)
    if as_path.is_file():
        return as_path
    directory = shipped_dir()
    for candidate in (directory / spec, *(directory / f"{spec}{s}" for s in suffixes())):
        if candidate.is_file():
            return candidate
    names = ", ".join(p.stem for p in shipped_paths()) or "none"
    raise InputError(f"no glossary file or stored glossary named '{spec}'", path=spec,
                     hint=f"give a path to a .tbx/.xlsx/.csv/.json file, or one of the "
                          f"glossaries in {directory}: {names}")


def input_paths(specs: Sequence[str] = ()) -> list[Path]:
    """The files ``load(specs)`` would read, without reading them (none when none exist)."""
    return [resolve(s) for s in specs] if specs else shipped_paths()


def merge_disjoint(glossaries: Sequence[Glossary], paths: Sequence[Path]) -> Glossary:
    """Put several glossaries side by side; concept and reference-object ids must not
    collide (a collision would silently join two different things)."""
    if len(glossaries) == 1:
        return glossaries[0]
    seen: dict[str, Path] = {}
    concepts = []
    for glossary, path in zip(glossaries, paths, strict=True):
        for concept in glossary.concepts:
            if concept.id in seen:
                raise InputError(
                    f"concept id '{concept.id}' is used in both {seen[concept.id]} and {path}",
                    path=path, hint="give the glossaries one at a time, or rename the id")
            seen[concept.id] = path
            concepts.append(concept)
    title = " + ".join(g.title for g in glossaries if g.title)
    return replace(glossaries[0], concepts=tuple(concepts), title=title,
                   description=tuple(p for g in glossaries for p in g.description),
                   back_matter=_joined_back_matter(glossaries, paths))


def _joined_back_matter(glossaries: Sequence[Glossary],
                        paths: Sequence[Path]) -> tuple[RefObjectSec, ...]:
    """Back-matter sections of the same type joined; an object id defined differently
    in two files is refused, the same object in both is kept once."""
    sections: dict[str, dict[str, tuple[RefObject, Path]]] = {}
    for glossary, path in zip(glossaries, paths, strict=True):
        for sec in glossary.back_matter:
            objects = sections.setdefault(sec.type, {})
            for obj in sec.objects:
                if obj.id in objects and objects[obj.id][0] != obj:
                    raise InputError(
                        f"back-matter id '{obj.id}' names different {sec.type} entries in "
                        f"{objects[obj.id][1]} and {path}", path=path,
                        hint="give the glossaries one at a time, or rename the id")
                objects.setdefault(obj.id, (obj, path))
    return tuple(RefObjectSec(kind, tuple(obj for obj, _ in objects.values()))
                 for kind, objects in sections.items())


def load(specs: Sequence[str] = (), *, policy: ReadPolicy = ReadPolicy.STRICT,
         encoding: str | None = None) -> LoadedGlossary:
    """Load the glossaries named by ``specs``, or every shipped glossary when empty;
    ``encoding`` is that of CSV/TSV/JSON glossaries (default: detected)."""
    paths = input_paths(specs)
    if not paths:
        raise UsageError(f"no glossary given and none found in {shipped_dir()}",
                         hint="pass --glossary FILE, or set TERMBASE_GLOSSARIES")
    results = [read_glossary(p, policy=policy, encoding=encoding) for p in paths]
    diagnostics = tuple(d for r in results for d in r.diagnostics)
    merged = merge_disjoint([r.glossary for r in results], paths)
    hashes = tuple((p.name, r.source_sha256) for p, r in zip(paths, results, strict=True))
    return LoadedGlossary(merged, tuple(paths), diagnostics, hashes)


def update(path: Path, change: Callable[[Glossary], tuple[Glossary, _Result]], *,
           dry_run: bool = False,
           lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> tuple[_Result, bool]:
    """Read-modify-write the glossary file ``path`` under an exclusive lock.

    ``change`` gets the glossary as it is on disk *after* the lock is taken (an empty
    one when the file does not exist yet) and returns the new glossary and a report.
    The file is rewritten, atomically, only when the glossary changed and this is not a
    dry run. Returns the report and whether the glossary changed (was written, or would
    be in a dry run). Concurrent updates of the same file therefore serialise: none is
    lost.
    """
    # A dry run writes nothing, so it needs no lock (nor a writable folder for one).
    lock = contextlib.nullcontext() if dry_run else exclusive_lock(path, lock_timeout)
    with lock:
        base = read_glossary(path).glossary if path.exists() else Glossary()
        new, report = change(base)
        changed = new != base
        if changed and not dry_run:
            write_glossary(new, path)
    return report, changed
