"""Where compiled glossaries live, when they may be used, and how they are rebuilt.

One database per set of glossary files (and text encoding), named by a hash of their
resolved paths: ``cache_dir()/glossaries/<hash>.sqlite``. A check compiles the concepts
alone; the lookup tables are written when a lookup first needs them (the database is
then compiled again, whole). It is *fresh* when it was
written by this schema and termbase version, by the same code for the keys it holds (the
folds of :mod:`termbase.text.english`, the index's key rules), and every source file still
has the recorded size and modification time — or, when only the time differs, the recorded
sha256 (then the new time is recorded, so the file is hashed once, not every time).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from termbase import __version__
from termbase.diagnostics import Diagnostic, warning
from termbase.errors import OutputError
from termbase.fileio import exclusive_lock, file_sha256
from termbase.index.compiled import (
    SCHEMA_VERSION,
    CannotCompile,
    CompiledIndex,
    read_meta,
    write_database,
)
from termbase.paths import cache_dir
from termbase.store import LoadedGlossary
from termbase.text.chinese import Simplifier

if TYPE_CHECKING:
    from termbase.lookup import LookupIndex
    from termbase.model import Glossary

FOLDER = "glossaries"
SUFFIX = ".sqlite"
LOCK_TIMEOUT = 600.0
"""Seconds to wait for another process compiling the same glossaries (a large one takes
tens of seconds)."""


_KEY_MODULES = ("termbase.lookup.keys", "termbase.lookup.index", "termbase.text.english",
                "termbase.text.chinese", "termbase.index.compiled")
"""Modules whose code decides the keys a compiled glossary holds: a fold changed in a
working copy (same version number) must not meet keys folded by the old one."""


@functools.cache
def _key_code() -> str:
    # Located, not imported: the warm lookup path imports none of them but the index.
    digest = hashlib.sha256()
    for name in _KEY_MODULES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin:
            digest.update(Path(spec.origin).read_bytes())
    return digest.hexdigest()[:16]


class _State(Enum):
    FRESH = "fresh"
    MISSING = "missing"
    STALE = "stale"
    UNREADABLE = "unreadable"
    NO_LOOKUP = "no lookup"
    """Fresh, but compiled for a check: no lookup tables."""


@dataclass(frozen=True, slots=True)
class Opened:
    """What :func:`open_compiled` found: a database to search, or — when there is none
    to be had — the glossary it had to load (if any), to index in memory instead. When
    it compiled the database just now, ``loaded`` is the glossary read for it, whose
    concepts equal those the database reads back (:func:`~termbase.index.compiled.
    write_database` refuses a glossary they would not): a caller that needs them all
    need not read them back."""

    index: CompiledIndex | None
    loaded: LoadedGlossary | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


@dataclass(frozen=True, slots=True)
class CompiledInfo:
    """A compiled glossary on disk (what ``termbase index`` reports)."""

    path: Path
    size: int
    concepts: int
    rebuilt: bool
    sources: tuple[Path, ...]
    diagnostics: tuple[Diagnostic, ...] = ()


def _folder() -> Path | None:
    root = cache_dir()
    return None if root is None else root / FOLDER


def database_path(paths: Sequence[Path], encoding: str | None = None) -> Path | None:
    """The database for these glossary files, or None when the cache is turned off."""
    folder = _folder()
    if folder is None:
        return None
    names = [str(Path(p).resolve()) for p in paths]
    digest = hashlib.sha256(json.dumps([names, encoding or ""]).encode()).hexdigest()
    return folder / f"{digest[:32]}{SUFFIX}"


# --- freshness -------------------------------------------------------------------------------

def file_stamp(path: Path) -> tuple[int, int]:
    """A source file's (size, modification time in ns): what says it changed."""
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def _connect_read_only(path: Path) -> sqlite3.Connection:
    # An index may be opened on one thread and handed to another, which alone uses it
    # from then on (the web page reindexes a changed glossary on a thread of its own).
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                           check_same_thread=False)


def _sources_state(meta: dict[str, Any], paths: Sequence[Path]) -> tuple[_State, bool]:
    """Whether the recorded sources are ``paths`` unchanged, and whether a recorded
    modification time is out of date although the content is the same."""
    sources = meta.get("sources")
    if not isinstance(sources, list) or [s.get("path") for s in sources] != [
            str(Path(p).resolve()) for p in paths]:
        return _State.STALE, False
    retimed = False
    for source, path in zip(sources, paths, strict=True):
        try:
            size, mtime = file_stamp(Path(path))
        except OSError:
            return _State.STALE, False
        if size != source["size"]:
            return _State.STALE, False
        if mtime != source["mtime_ns"]:
            # Copied, checked out or touched: the same bytes need no rebuild.
            if file_sha256(Path(path)) != source["sha256"]:
                return _State.STALE, False
            source["mtime_ns"] = mtime
            retimed = True
    return _State.FRESH, retimed


def _try_open(target: Path, paths: Sequence[Path], encoding: str | None,
              lookup: bool = True) -> tuple[CompiledIndex | None, _State]:
    """The database at ``target`` when fresh (``lookup``: with its lookup tables)."""
    if not target.is_file():
        return None, _State.MISSING
    try:
        con = _connect_read_only(target)
    except sqlite3.Error:
        return None, _State.UNREADABLE
    try:
        meta = read_meta(con)
        if not isinstance(meta.get("schema"), int):
            raise ValueError("not a termbase glossary index")
        if (meta["schema"], meta.get("termbase"), meta.get("byteorder"),
                meta.get("encoding"), meta.get("code")) != (
                    SCHEMA_VERSION, __version__, sys.byteorder, encoding or "", _key_code()):
            con.close()
            return None, _State.STALE  # another version's cache: rebuilt without fuss
        state, retimed = _sources_state(meta, paths)
    except (sqlite3.Error, ValueError, KeyError, TypeError, AttributeError):
        con.close()
        return None, _State.UNREADABLE
    if state is _State.FRESH and lookup and not meta.get("lookup"):
        state = _State.NO_LOOKUP
    if state is not _State.FRESH:
        con.close()
        return None, state
    if retimed:
        _record_times(target, meta["sources"])
    return CompiledIndex(target, con, meta, _SimplifierOnFirstUse()), _State.FRESH


class _SimplifierOnFirstUse:
    """A :class:`~termbase.text.chinese.ScriptConverter` made when a lookup first asks:
    checking against the compiled glossary never does, and loading OpenCC costs it some
    milliseconds."""

    def __init__(self) -> None:
        self._converter: Simplifier | None = None

    def to_simplified(self, text: str) -> str:
        if self._converter is None:
            from termbase.text.chinese import ScriptConverter

            self._converter = ScriptConverter()
        return self._converter.to_simplified(text)


def _record_times(target: Path, sources: list[dict[str, Any]]) -> None:
    """Best effort: a read-only cache just hashes again next time."""
    with contextlib.suppress(sqlite3.Error, OSError, OutputError), exclusive_lock(target, 5):
        con = sqlite3.connect(target)
        try:
            with con:
                con.execute("UPDATE meta SET value = ? WHERE name = 'sources'",
                            (json.dumps(sources, ensure_ascii=False),))
        finally:
            con.close()


# --- building --------------------------------------------------------------------------------

class _WriteFailed(Exception):
    """The glossary was read but its database could not be written."""

    def __init__(self, cause: CannotCompile | OSError | sqlite3.Error,
                 loaded: LoadedGlossary) -> None:
        super().__init__(str(cause))
        self.cause = cause
        self.loaded = loaded


def _build(target: Path, paths: Sequence[Path], encoding: str | None,
           lookup: bool = True) -> LoadedGlossary:
    """Read the glossaries and write their database at ``target``, atomically; with
    ``lookup`` its lookup tables too (a check reads only the concepts).

    Reading errors (bad input) propagate as they would without a cache; writing errors
    come out as OSError/sqlite3.Error, :class:`CannotCompile` when the glossary cannot be
    stored exactly — wrapped in :class:`_WriteFailed` with the loaded glossary, so that
    nobody reads the files twice.
    """
    from termbase import store

    # Stamps before reading: if a file changes meanwhile, its recorded time is the older
    # one, and the next open hashes it and compares with the content actually indexed.
    stamps = [file_stamp(Path(p)) for p in paths]
    # The store's own set is layered folder by folder as store.load() layers it (an
    # earlier folder's concept hides a later one's); files named explicitly stay disjoint.
    specs = [] if list(paths) == store.shipped_paths() else [str(p) for p in paths]
    loaded = store.load(specs, encoding=encoding)
    sources = [{"path": str(Path(p).resolve()), "size": size, "mtime_ns": mtime,
                "sha256": sha}
               for p, (size, mtime), (_, sha) in zip(paths, stamps, loaded.hashes, strict=True)]
    meta = {"termbase": __version__, "code": _key_code(), "encoding": encoding or "",
            "sources": sources,
            "hashes": [list(h) for h in loaded.hashes],
            "diagnostics": [d.to_dict() for d in loaded.diagnostics]}
    try:
        if lookup:
            from termbase.lookup import build_index
            from termbase.text.chinese import ScriptConverter

            source: LookupIndex | Glossary = build_index(loaded.glossary,
                                                         simplifier=ScriptConverter())
        else:
            source = loaded.glossary
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                       suffix=".tmp")
        os.close(handle)
        try:
            os.unlink(tmp)  # SQLite creates its own file; we only wanted a unique name
            write_database(Path(tmp), source, meta)
            os.replace(tmp, target)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    except (CannotCompile, OSError, sqlite3.Error) as exc:
        raise _WriteFailed(exc, loaded) from exc
    return loaded


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OutputError):
        return exc.message
    return getattr(exc, "strerror", None) or str(exc)


def _warning_for(exc: BaseException, target: Path) -> Diagnostic:
    if isinstance(exc, CannotCompile):
        return warning("TB152", f"this glossary cannot be compiled ({exc}); it was indexed "
                                f"in memory instead", path=str(target),
                       hint="lookups still work, only slower to start")
    return warning("TB150", f"cannot write the compiled glossary ({_reason(exc)}); the glossary "
                            f"was indexed in memory instead", path=str(target),
                   hint="make the cache folder writable, set TERMBASE_CACHE_DIR to one that "
                        "is, or set TERMBASE_NO_CACHE=1 to stop trying")


def open_compiled(paths: Sequence[Path], *, encoding: str | None = None,
                  lookup: bool = True) -> Opened:
    """The compiled index of these glossary files: reused when fresh, else rebuilt.
    Without ``lookup`` (a check) the database need not hold the lookup tables, and when
    compiled now it does not: :meth:`~CompiledIndex.search` is then not to be called.

    Never fails because of the cache: a database that cannot be read is rebuilt
    (TB151), and when none can be written the result has no index, the glossary it
    loaded and a warning (TB150, TB152), for the caller to index it in memory. With
    the cache turned off the result is simply empty. Errors in the glossary files
    themselves propagate, as they would without a cache.
    """
    target = database_path(paths, encoding)
    if target is None:
        return Opened(None)
    index, state = _try_open(target, paths, encoding, lookup)
    if index is not None:
        return Opened(index)
    notes: list[Diagnostic] = []
    if state is _State.UNREADABLE:
        notes.append(warning("TB151", "the compiled glossary in the cache is unreadable or "
                                      "not termbase's; it is being rebuilt", path=str(target)))
    loaded: LoadedGlossary | None = None
    try:
        with exclusive_lock(target, LOCK_TIMEOUT):
            # Another process may have rebuilt it while this one waited for the lock.
            index, _ = _try_open(target, paths, encoding, lookup)
            if index is None:
                loaded = _build(target, paths, encoding, lookup)
                index, _ = _try_open(target, paths, encoding, lookup)
    except _WriteFailed as failed:
        return Opened(None, failed.loaded, (*notes, _warning_for(failed.cause, target)))
    except (OSError, sqlite3.Error, OutputError) as exc:  # the folder or the lock
        return Opened(None, None, (*notes, _warning_for(exc, target)))
    if index is None:  # written but not readable back (a full disk, a strange file system)
        return Opened(None, loaded, (*notes, warning(
            "TB151", "the compiled glossary could not be read back; the glossary was "
                     "indexed in memory instead", path=str(target))))
    return Opened(index, loaded, tuple(notes))


def rebuild_damaged(target: Path, paths: Sequence[Path], *, encoding: str | None = None
                    ) -> tuple[CompiledIndex | None, tuple[Diagnostic, ...]]:
    """Rebuild the database at ``target`` after a query failed on it, and open it.

    Opening reads only the first pages, so damage further in (a disk error, a page
    scribbled over) is met by the query that reaches it; without this, every later
    lookup met it again and answered from the glossary files, until the cache was cleared
    by hand. Rebuilt under the database's lock, as :func:`open_compiled` builds. When it
    cannot be written (or read back) the result is (None, ()): the caller answers from
    the glossary files, as before. Errors in the glossary files themselves propagate.
    """
    try:
        with exclusive_lock(target, LOCK_TIMEOUT):
            _build(target, paths, encoding)
            index, _ = _try_open(target, paths, encoding)
    except (_WriteFailed, OSError, sqlite3.Error, OutputError):
        return None, ()
    if index is None:
        return None, ()
    return index, (warning("TB151", "the compiled glossary in the cache failed during "
                                    "a lookup (damaged); rebuilt", path=str(target)),)


def compile_paths(paths: Sequence[Path], *, encoding: str | None = None,
                  force: bool = False) -> CompiledInfo:
    """Compile these glossary files now (``force``: even when the database is fresh).

    Unlike :func:`open_compiled`, failing to write is an error: this is what the user
    asked for.
    """
    target = database_path(paths, encoding)
    if target is None:
        from termbase.errors import UsageError
        from termbase.paths import NO_CACHE_VARIABLE

        raise UsageError(f"the cache is turned off ({NO_CACHE_VARIABLE} is set), so there is "
                         "nowhere to keep a compiled glossary",
                         hint=f"unset {NO_CACHE_VARIABLE}, or let lookups index in memory")
    notes: list[Diagnostic] = []
    try:
        with exclusive_lock(target, LOCK_TIMEOUT):
            index, state = (None, _State.MISSING) if force else _try_open(target, paths,
                                                                          encoding)
            # Opening reads the first pages only: a file damaged further in (a disk
            # error, a copy cut short) passed for up to date here, and every lookup then
            # failed on it and fell back to the glossary files. The explicit compile can
            # afford to read it all.
            if index is not None and not index.intact():
                index.close()
                index, state = None, _State.UNREADABLE
            rebuilt = index is None
            if rebuilt:
                if state is _State.UNREADABLE:
                    notes.append(warning("TB151", "the compiled glossary in the cache was "
                                         "unreadable or not termbase's; rebuilt",
                                         path=str(target)))
                _build(target, paths, encoding)
                index, _ = _try_open(target, paths, encoding)
    except _WriteFailed as failed:
        if isinstance(failed.cause, CannotCompile):
            raise OutputError(f"this glossary cannot be compiled: {failed.cause}",
                              path=target, hint="lookups still work from memory") from None
        raise OutputError(f"cannot write the compiled glossary: {_reason(failed.cause)}",
                          path=target, hint="make the cache folder writable or set "
                                            "TERMBASE_CACHE_DIR") from None
    except (OSError, sqlite3.Error) as exc:
        raise OutputError(f"cannot write the compiled glossary: {_reason(exc)}", path=target,
                          hint="make the cache folder writable or set TERMBASE_CACHE_DIR") \
            from None
    if index is None:
        raise OutputError("the compiled glossary could not be read back", path=target)
    try:
        stored = tuple(Diagnostic.from_dict(d) for d in index.meta.get("diagnostics", []))
        return CompiledInfo(target, target.stat().st_size, index.concept_count, rebuilt,
                            tuple(paths), (*notes, *stored))
    finally:
        index.close()


# --- files derived from a database --------------------------------------------------------

DERIVED_SUFFIX = ".derived"


def derived_path(index: CompiledIndex, name: str) -> Path:
    """Where data derived from ``index`` under ``name`` is kept (e.g. check's matchers for
    one set of options): beside the database, named by what it was derived from — the
    sources' content, the schema and termbase versions — so that a rebuilt database never
    meets data derived from its predecessor."""
    identity = json.dumps([index.meta.get("hashes"), index.meta.get("schema"),
                           index.meta.get("termbase"), name])
    digest = hashlib.sha256(identity.encode()).hexdigest()[:24]
    label = hashlib.sha256(name.encode()).hexdigest()[:12]
    return index.path.with_name(f"{index.path.stem}.{label}.{digest}{DERIVED_SUFFIX}")


def open_derived(index: CompiledIndex, name: str) -> BinaryIO | None:
    """The data derived from ``index`` under ``name``, opened for reading (the caller
    closes it), or None when there is none yet. Opened, not read: a reader that streams
    it (an unpickler) then never holds the whole file as well as what it builds from it,
    which for check's 20 MB English matcher was as many pages again to fault in."""
    try:
        return derived_path(index, name).open("rb")
    except OSError:
        return None


def write_derived(index: CompiledIndex, name: str, data: bytes) -> bool:
    """Keep ``data`` as derived from ``index`` under ``name`` (atomically), and drop what
    was derived under that name from an older database. Best effort: a cache that cannot
    be written means deriving again next time, so False is returned, never an error."""
    from termbase.fileio import write_atomic

    target = derived_path(index, name)
    try:
        write_atomic(target, data)
        prefix = target.name.rsplit(".", 2)[0] + "."
        for old in target.parent.glob(f"{prefix}*{DERIVED_SUFFIX}"):
            if old != target:
                old.unlink(missing_ok=True)
    except (OSError, OutputError):
        return False
    return True


def clear_cache() -> list[Path]:
    """Delete every compiled glossary (and its lock and temporary files); returns the
    databases deleted. Nothing happens when the cache is off or empty."""
    folder = _folder()
    if folder is None or not folder.is_dir():
        return []
    removed = []
    for path in sorted(folder.iterdir()):
        if path.name.endswith(SUFFIX):
            path.unlink(missing_ok=True)
            removed.append(path)
        elif path.name.endswith(DERIVED_SUFFIX):
            path.unlink(missing_ok=True)
        elif path.name.startswith(".") and path.name.endswith((".tmp", ".lock")):
            with contextlib.suppress(OSError):
                path.unlink()
    return removed
