"""The glossary store: where glossaries live and how ``--glossary G`` is resolved.

Glossaries are found in an ordered list of folders, the *search path*:

1. ``$TERMBASE_GLOSSARIES`` — one folder, or several joined by ``os.pathsep``; when it is
   set it *is* the search path (a team's shared store, or a test's private one);
2. otherwise ``./glossaries`` when the current directory has one (a project checkout:
   the canonical glossaries under version control), then the user's own folder
   (``$TERMBASE_USER_GLOSSARIES``, else platformdirs' per-user data folder +
   ``/glossaries``, e.g. ``~/.local/share/termbase/glossaries``), then the glossaries
   shipped with termbase.

A name found in an earlier folder *shadows* the same name further down, so a user can
keep an edited copy of a shipped glossary under the same name. New glossaries created by
name (``import --into NAME``) go to the first folder of ``$TERMBASE_GLOSSARIES``, else
to ``./glossaries``, else to the user's folder — never into the installed package.

Canonical files are TBX-Basic v3 written deterministically (no timestamp, stable
order), so that they diff well.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from termbase.diagnostics import Diagnostic, Severity
from termbase.errors import InputError, UsageError
from termbase.fileio import DEFAULT_LOCK_TIMEOUT, exclusive_lock
from termbase.formats import (
    ReadPolicy,
    read_glossary,
    require_concepts,
    suffixes,
    write_glossary,
)
from termbase.model import Glossary, RefObject, RefObjectSec
from termbase.paths import bundled

_Result = TypeVar("_Result")

CANONICAL_SUFFIX = ".tbx"
STORE_VARIABLE = "TERMBASE_GLOSSARIES"
USER_VARIABLE = "TERMBASE_USER_GLOSSARIES"


@dataclass(frozen=True, slots=True)
class StoreFolder:
    """One folder of the search path and why it is there."""

    origin: str
    """``env`` ($TERMBASE_GLOSSARIES), ``project`` (./glossaries), ``user`` or
    ``shipped`` (installed with termbase)."""
    path: Path


@dataclass(frozen=True, slots=True)
class StoredGlossary:
    """A glossary file found in the store."""

    name: str
    path: Path
    origin: str
    shadowed_by: Path | None = None
    """The file of the same name earlier in the search path that is used instead."""

    def to_dict(self) -> dict[str, object]:
        """The row ``termbase glossaries`` prints as JSON and the frame holds."""
        return {"name": self.name, "origin": self.origin, "path": str(self.path),
                "used": self.shadowed_by is None,
                "hidden by": None if self.shadowed_by is None else str(self.shadowed_by)}


def user_dir() -> Path:
    """The user's own glossary folder (it may not exist yet)."""
    explicit = os.environ.get(USER_VARIABLE)
    if explicit:
        return Path(explicit).expanduser()
    import platformdirs

    return platformdirs.user_data_path("termbase", appauthor=False) / "glossaries"


def search_path() -> list[StoreFolder]:
    """The store's folders, first searched first (see the module docstring)."""
    env = os.environ.get(STORE_VARIABLE)
    if env:
        folders = [StoreFolder("env", Path(part).expanduser())
                   for part in env.split(os.pathsep) if part]
    else:
        folders = []
        local = Path.cwd() / "glossaries"
        if local.is_dir():
            folders.append(StoreFolder("project", local))
        folders += [StoreFolder("user", user_dir()), StoreFolder("shipped", bundled("glossaries"))]
    unique: list[StoreFolder] = []
    seen: set[Path] = set()
    for folder in folders:
        key = folder.path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(folder)
    return unique


def new_glossary_folder() -> Path:
    """Where a glossary created by name goes: $TERMBASE_GLOSSARIES' first folder, else
    ./glossaries, else the user's folder — never the installed package."""
    for folder in search_path():
        if folder.origin in ("env", "project", "user"):
            return folder.path
    return user_dir()  # pragma: no cover - the search path always has a user folder


def _glossary_files(folder: Path) -> Iterator[Path]:
    if not folder.is_dir():
        return
    known = suffixes()
    yield from sorted(p for p in folder.iterdir()
                      if p.is_file() and p.suffix.lower() in known
                      and not p.name.startswith("."))


def stored_glossaries() -> list[StoredGlossary]:
    """Every glossary file in the search path, in search order, with what shadows what."""
    found: list[StoredGlossary] = []
    first: dict[str, Path] = {}
    for folder in search_path():
        for path in _glossary_files(folder.path):
            shadow = first.get(path.stem)
            found.append(StoredGlossary(path.stem, path, folder.origin, shadow))
            first.setdefault(path.stem, path)
    return found


def shipped_paths() -> list[Path]:
    """The glossary files a command uses when given none: every stored glossary that no
    earlier one of the same name shadows."""
    return [g.path for g in stored_glossaries() if g.shadowed_by is None]


def store_folders() -> list[Path]:
    """Every folder of the search path (outputs must never replace one)."""
    return [folder.path for folder in search_path()]


def _describe_search_path() -> str:
    return "; ".join(f"{f.path} ({f.origin})" for f in search_path())


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
    for stored in stored_glossaries():
        if stored.shadowed_by is None and spec in (stored.name, stored.path.name):
            return stored.path
    if as_path.is_dir():
        # 'check draft.docx -g glossaries/' was answered 'no glossary file … named'.
        raise InputError("is a folder, not a glossary file", path=spec,
                         hint=f"give a glossary file in it (repeat --glossary for several), "
                              f"or read every glossary in it with {STORE_VARIABLE}={spec}")
    names = ", ".join(p.stem for p in shipped_paths()) or "none"
    raise InputError(f"no glossary file or stored glossary named '{spec}'", path=spec,
                     hint=f"give a path to a .tbx/.xlsx/.csv/.json file, or the name of a "
                          f"stored glossary ({names}); `termbase glossaries` lists them")


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
    """Load the glossaries named by ``specs``, or every stored glossary when empty;
    ``encoding`` is that of CSV/TSV/JSON glossaries (default: detected).

    Glossaries named explicitly, or in one store folder, must not share concept ids.
    Across store folders an earlier folder's concept wins (a user's edited copy of a
    shipped concept) and the one it hides is reported (TB420).
    """
    paths = input_paths(specs)
    if not paths:
        raise UsageError(f"no glossary given and none found in the store "
                         f"({_describe_search_path()})",
                         hint="pass --glossary FILE, put a glossary in one of those folders "
                              "(`termbase import FILE --into NAME`), or set "
                              f"{STORE_VARIABLE}")
    results = [read_glossary(p, policy=policy, encoding=encoding) for p in paths]
    diagnostics = [d for r in results for d in r.diagnostics]
    glossaries = [r.glossary for r in results]
    if specs:
        for glossary, path in zip(glossaries, paths, strict=True):
            require_concepts(glossary, path)  # named by the user: an empty one is a mistake
        merged = merge_disjoint(glossaries, paths)
    else:
        merged, hidden = _layered(glossaries, paths)
        diagnostics += hidden
    hashes = tuple((p.name, r.source_sha256) for p, r in zip(paths, results, strict=True))
    return LoadedGlossary(merged, tuple(paths), tuple(diagnostics), hashes)


def _layered(glossaries: Sequence[Glossary],
             paths: Sequence[Path]) -> tuple[Glossary, list[Diagnostic]]:
    """The store's glossaries folder by folder: disjoint within a folder, an earlier
    folder's concept hiding a later one's of the same id."""
    layers: list[tuple[Glossary, Path]] = []
    for folder in dict.fromkeys(p.parent for p in paths):
        members = [(g, p) for g, p in zip(glossaries, paths, strict=True) if p.parent == folder]
        layers.append((merge_disjoint([g for g, _ in members], [p for _, p in members]),
                       members[0][1]))
    origin: dict[str, Path] = {}
    for glossary, path in zip(glossaries, paths, strict=True):
        for concept in glossary.concepts:
            origin.setdefault(concept.id, path)
    seen: set[str] = set()
    kept: list[Glossary] = []
    hidden: list[Diagnostic] = []
    for glossary, path in layers:
        visible = []
        for concept in glossary.concepts:
            if concept.id in seen:
                hidden.append(Diagnostic(
                    Severity.WARNING, "TB160",
                    f"concept '{concept.id}' of {path.parent} is hidden by the concept of "
                    f"the same id in {origin[concept.id]}", path=str(path.parent),
                    hint="`termbase glossaries` shows the search path; rename the id to "
                         "keep both"))
            else:
                visible.append(concept)
        seen.update(c.id for c in visible)
        kept.append(replace(glossary, concepts=tuple(visible)))
    return merge_disjoint(kept, [path for _, path in layers]), hidden


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
