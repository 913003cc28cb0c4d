"""File access at the edges: reading inputs with clear errors, writing outputs atomically."""

from __future__ import annotations

import contextlib
import glob
import hashlib
import importlib.util
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from termbase.errors import InputError, LockError, OutputError, OverwriteError, UsageError


def open_input(path: Path) -> BinaryIO:
    """Open an input file for reading (or streaming), turning OS errors into InputError."""
    try:
        return Path(path).open("rb")
    except FileNotFoundError:
        raise InputError("file not found", path=path,
                         hint="check the path and the current directory") from None
    except IsADirectoryError:
        raise InputError("is a directory, expected a file", path=path) from None
    except PermissionError:
        raise InputError("permission denied", path=path,
                         hint="check the file's permissions") from None
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror}", path=path) from None


def file_sha256(path: Path, chunk: int = 1 << 20) -> str:
    """sha256 of a file read in chunks, for provenance of inputs too large to hold."""
    digest = hashlib.sha256()
    with open_input(path) as handle:
        try:
            while block := handle.read(chunk):
                digest.update(block)
        except OSError as exc:
            raise InputError(f"cannot read file: {exc.strerror}", path=path) from None
    return digest.hexdigest()


def read_bytes(path: Path) -> bytes:
    """Read a whole input file; an empty one is refused (nothing to work on)."""
    with open_input(path) as handle:
        try:
            data = handle.read()
        except OSError as exc:
            raise InputError(f"cannot read file: {exc.strerror}", path=path) from None
    if not data.strip():
        raise InputError("file is empty", path=path,
                         hint="give a file with content, or check that the export finished")
    return data


def ensure_folder(directory: Path) -> None:
    """Create ``directory`` (and its parents) unless it exists; OutputError saying why not."""
    try:
        Path(directory).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create directory: {exc.strerror}", path=directory) from None


def _refuse_write_protected(path: Path) -> None:
    """A file its owner made read-only (no write bit, or none for this user) is refused.

    The rename that makes a write atomic needs only the folder to be writable, so it
    replaced a write-protected glossary (and as another user's file) without a word.
    The write bits are read as well as os.access because root may write anything."""
    try:
        status = path.stat()
    except OSError:
        return  # missing (a new file), or the write below says why not
    if stat.S_ISREG(status.st_mode) and (
            not status.st_mode & 0o222 or not os.access(path, os.W_OK)):
        raise OutputError("the file is write-protected; it was left as it is", path=path,
                          hint="make it writable (chmod u+w, or uncheck read-only) if it "
                               "should change, or write to another file")


def _existing_ancestor(folder: Path) -> Path:
    """``folder`` itself, or the nearest of its parents that exists (the one the missing
    folders of an output will be created in)."""
    while not os.path.lexists(folder) and folder.parent != folder:
        folder = folder.parent
    return folder


def _refuse_unwritable_place(target: Path) -> None:
    """``target`` (a file, or a folder replaced whole) is created by a rename in its
    folder, and missing folders are created in their nearest existing parent: that one
    must be a folder this user may write in. os.access answers for this user, root
    included, and says no on a read-only file system."""
    parent = target.parent if str(target.parent) else Path(".")
    place = _existing_ancestor(parent)
    if not place.is_dir():
        raise OutputError(f"{place} is a file, so no folder can be made in it", path=target,
                          hint="give an output in an existing folder, or remove the file "
                               "that stands in the way; nothing was done")
    if not os.access(place, os.W_OK | os.X_OK):
        raise OutputError(f"this user may not write in the folder {place} (write-protected "
                          "or a read-only file system)", path=target,
                          hint="choose an output in a folder you can write to, or make it "
                               "writable; nothing was done")


def refuse_unwritable(outputs: Iterable[Path] = (), *, folders: Iterable[Path] = ()) -> None:
    """Raise before any work when an output could not be written at the end.

    ``outputs`` are files a command will write (atomically, by :func:`write_atomic`),
    ``folders`` folders it replaces whole (:func:`replace_folder`). Without this a long
    job (a build, a mine) ran to the end and only then failed on its final write, with
    its work lost: an output named by an existing folder, a write-protected file, a
    folder that may not be written in, a missing folder under a file. The atomic write
    at the end still reports what only it can see (a full disk)."""
    for out in map(Path, outputs):
        if out.is_dir():
            raise UsageError("the output is a folder, not a file", path=out,
                             hint="name the file to write (it may go inside that folder), "
                                  "with the suffix of the format you want")
        _refuse_write_protected(out)
        _refuse_unwritable_place(out)
    for folder in map(Path, folders):
        _refuse_unwritable_place(folder)
        # Moving a folder to another parent rewrites its '..': it must be writable too.
        if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
            raise OutputError("this user may not replace the folder (write-protected or on "
                              "a read-only file system)", path=folder,
                              hint="choose another output folder, or make it writable; "
                                   "nothing was done")


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new, never a mix.

    The bytes go to a temporary file in the same directory (same file system), are
    flushed to disk, and then renamed over the target; on any failure the temporary
    file is removed and the previous file stays as it was. The temporary file is locked
    while it is written, so that a later write of the same name can tell one a killed
    writer left (see :func:`_remove_dead_writers_temps`) from one being written now.
    """
    path = Path(path)
    _refuse_write_protected(path)
    directory = path.parent if str(path.parent) else Path(".")
    ensure_folder(directory)
    tmp_name = None
    held = None
    try:
        with tempfile.NamedTemporaryFile(dir=directory, prefix=f".{path.name}.",
                                         suffix=".tmp", delete=False) as handle:
            tmp_name = handle.name
            held = _hold(tmp_name)
            _remove_dead_writers_temps(path, Path(os.path.abspath(tmp_name)))
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp_name, path.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        raise OutputError(f"cannot write file: {exc.strerror}", path=path,
                          hint="check free disk space and permissions; "
                               "the previous file, if any, is unchanged") from None
    finally:
        if held is not None:
            os.close(held)
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


_JUST_CREATED_NS = 10 * 10**9
"""A temporary file this young may belong to a writer that has created it and not yet
locked it (an instant), or to a termbase older than the lock: it is never deleted."""


def _hold(tmp_name: str) -> int | None:
    """An exclusive ``flock`` on the temporary file, held (on its own descriptor, through
    the rename) until the write ends. The OS drops it when the writer dies, however it
    dies: a temporary file that can be locked has no writer. None where there is no
    flock (Windows: there an open file cannot be deleted, and nothing is cleaned)."""
    try:
        import fcntl
    except ImportError:
        return None
    descriptor = os.open(tmp_name, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # a file system without locks: write, and clean nothing
        os.close(descriptor)
        return None
    return descriptor


_TEMP_NAME = re.compile(r"^\.(?P<target>.+)\.[^.]+\.tmp$")
_leftovers: dict[Path, dict[str, list[Path]]] = {}
"""Per folder written in by this process, the temporary files found there the first time,
by target name: a folder is listed once, not once per file written (an ingest or an
alignment batch writes thousands of files into one folder)."""


def _remove_dead_writers_temps(path: Path, own: Path) -> None:
    """Delete the temporary files of earlier writes of ``path`` whose writer is gone.

    A writer killed between creating its ``.NAME.*.tmp`` and renaming it (SIGKILL, a
    power cut) left it for good: an export or a report that takes no lock had no way to
    tell it from one being written now by another process. Every write holds a lock on
    its own temporary file (:func:`_hold`), which the OS releases when the writer dies;
    one that can be locked, and is older than ``own`` by more than an instant (the same
    file-system clock), is an orphan. Only the temporary files of ``path``'s name are
    judged, never another program's. Best effort: one that cannot be judged stays."""
    if importlib.util.find_spec("fcntl") is None:
        return  # no flock (Windows): no writer can be told dead, so nothing is deleted
    folder = own.parent
    if folder not in _leftovers:
        found: dict[str, list[Path]] = {}
        with contextlib.suppress(OSError):
            for entry in os.scandir(folder):
                if (match := _TEMP_NAME.match(entry.name)) is not None:
                    found.setdefault(match["target"], []).append(Path(entry.path))
        _leftovers[folder] = found
    candidates = [p for p in _leftovers[folder].pop(path.name, []) if p != own]
    if not candidates:
        return
    try:
        now = own.stat().st_mtime_ns
    except OSError:
        return
    for leftover in candidates:
        _delete_if_orphaned(leftover, now - _JUST_CREATED_NS)


def _delete_if_orphaned(leftover: Path, before_ns: int) -> None:
    """Delete the temporary file ``leftover`` if it was last modified before ``before_ns``
    (the file-system clock) and no live writer holds it (:func:`_hold`). Best effort: one
    that cannot be judged or deleted stays. Where there is no ``flock`` its age alone
    decides (only the glossary store's locked clean-up judges there)."""
    with contextlib.suppress(OSError):
        status = leftover.lstat()
        # replace_folder's staging folders share the pattern; they are its to remove.
        if not stat.S_ISREG(status.st_mode) or status.st_mtime_ns >= before_ns:
            return
        try:
            import fcntl
        except ImportError:
            leftover.unlink()
            return
        descriptor = os.open(leftover, os.O_RDONLY | os.O_NOFOLLOW)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # raises if alive
            leftover.unlink()
        finally:
            os.close(descriptor)


# --- Locks ------------------------------------------------------------------------------

DEFAULT_LOCK_TIMEOUT = 60.0
"""Seconds a read-modify-write waits for another termbase process on the same file."""


def lock_path(target: Path) -> Path:
    """The sidecar lock file of ``target``: hidden, beside it, on the same file system."""
    target = Path(target)
    return target.with_name(f".{target.name}.lock")


def _probe_lock_file(sidecar: Path, target: Path) -> None:
    """Create (or open) the lock file once, so that a folder where it cannot exist fails
    at once: filelock takes some of these errors (no such entry in a read-only or virtual
    file system) for a lock held by someone else and waits out the whole timeout."""
    try:
        os.close(os.open(sidecar, os.O_RDWR | os.O_CREAT, 0o644))
    except OSError as exc:
        raise OutputError(f"cannot create the lock file {sidecar}: {exc.strerror}",
                          path=target, hint="check that the folder exists and is writable; "
                                            "nothing was written") from None


def _remove_orphaned_temps(target: Path, sidecar: Path) -> None:
    """Delete the temporary files of ``target``'s atomic writes whose writer is gone.

    Called with the lock held. Every locked writer of ``target`` (a glossary import, a
    cache rebuild) keeps its ``.NAME.*.tmp`` only while it holds this lock, so one that
    is there when the lock is taken was left by a writer killed mid-write (SIGKILL, a
    power cut), and nothing else ever deletes it: a 10 MB glossary left 10 MB behind
    per kill. Only files last modified before this lock was taken go (the lock file is
    touched now and the times compared on the same file-system clock), and none that a
    live writer holds (:func:`_delete_if_orphaned`): the temporary file of a write that
    does not take the lock (an export given the same name) and is under way now is left
    alone."""
    try:
        os.utime(sidecar)
        taken = sidecar.stat().st_mtime_ns
    except OSError:
        return
    directory = target.parent if str(target.parent) else Path(".")
    for leftover in directory.glob(f".{glob.escape(target.name)}.*.tmp"):
        _delete_if_orphaned(leftover, taken)


@contextlib.contextmanager
def exclusive_lock(target: Path, timeout: float = DEFAULT_LOCK_TIMEOUT) -> Iterator[None]:
    """Hold an exclusive OS lock on ``target``'s sidecar lock file while the block runs.

    Every read-modify-write of a glossary runs inside this lock, so two imports into the
    same file serialise instead of one silently losing the other's concepts. The lock is
    an OS advisory lock (``flock`` on POSIX, ``LockFileEx`` on Windows, via filelock):
    the operating system releases it when the holder exits, even on a crash or a kill,
    so a left-over lock file never blocks anyone. The lock file itself is left in place,
    empty, as flock-style locks are (deleting it would race with a process that has just
    opened it, and two processes could then hold "the" lock on two different files).
    A temporary file that a killed writer left beside ``target`` is deleted once the
    lock is taken (see :func:`_remove_orphaned_temps`).
    """
    from filelock import FileLock, Timeout

    target = Path(target)
    sidecar = lock_path(target)
    ensure_folder(sidecar.parent)
    _probe_lock_file(sidecar, target)
    lock = FileLock(str(sidecar), timeout=timeout, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        raise LockError(
            f"another termbase process is updating this file (waited {timeout:g} s for "
            f"the lock {sidecar.name})", path=target,
            hint="wait for the other import to finish and run the command again, or raise "
                 "the wait with --lock-timeout; nothing was written") from None
    except OSError as exc:
        raise OutputError(f"cannot take the lock {sidecar}: {exc.strerror}", path=target,
                          hint="check that the folder is writable") from None
    try:
        _remove_orphaned_temps(target, sidecar)
        yield
    finally:
        lock.release()


# --- Inputs are never outputs -------------------------------------------------------------


def _same_file(a: Path, b: Path) -> bool:
    """True when both names reach the same file: same path, symlink or hard link."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): it cannot be the other
        return False


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def refuse_overwriting_inputs(outputs: Iterable[Path], inputs: Iterable[Path], *,
                              folders: Iterable[Path] = ()) -> None:
    """Raise before any work when an output would replace one of the inputs.

    ``outputs`` are files the command will write; ``folders`` are output folders the
    command replaces as a whole, so no input may live inside them. Identity is decided
    by the file system (device and inode), so symlinks and hard links are caught too.
    """
    inputs = [Path(p) for p in inputs]
    for out in outputs:
        for source in inputs:
            if _same_file(Path(out), source):
                same = "" if Path(out) == source else f" (the same file as {source})"
                raise OverwriteError(
                    f"the output is one of this command's inputs{same}", path=out,
                    hint="choose another output name; termbase never writes over its "
                         "inputs")
    for folder in folders:
        for source in inputs:
            if _inside(source, Path(folder)):
                raise OverwriteError(
                    f"the output folder holds an input ({source}) and would be replaced",
                    path=folder, hint="choose an output folder that holds none of the "
                                      "inputs or glossaries in use")


def refuse_overwriting_glossaries(outputs: Iterable[Path], glossaries: Iterable[Path]) -> None:
    """Raise before any work when an output would replace a stored glossary, whether or
    not the command reads it: a stored glossary changes only through ``import``, under
    its lock, never by another command's output given its name by mistake."""
    glossaries = [Path(p) for p in glossaries]
    for out in outputs:
        for glossary in glossaries:
            if _same_file(Path(out), glossary):
                raise OverwriteError(
                    f"the output would replace the stored glossary {glossary}", path=out,
                    hint="choose another output name; a stored glossary changes only "
                         "through 'termbase import … --into'")


# --- Whole output folders ------------------------------------------------------------------


def replace_folder(target: Path, files: Mapping[Path, bytes]) -> None:
    """Make ``target`` a folder holding exactly ``files`` (relative path → bytes).

    Everything is written into a hidden temporary sibling folder first; only when all
    of it is on disk does the sibling take ``target``'s place. A failure before that
    leaves the previous folder exactly as it was, and no file of an earlier run survives
    the swap. The swap is two renames (POSIX cannot rename over a non-empty folder): if
    the machine dies between them, the previous folder is in ``.NAME.old-*`` beside it.
    """
    target = Path(target)
    parent = target.parent if str(target.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=parent, prefix=f".{target.name}.", suffix=".tmp"))
    except OSError as exc:
        raise OutputError(f"cannot create a folder beside the output: {exc.strerror}",
                          path=parent) from None
    old: Path | None = None
    try:
        for relative, data in files.items():
            if Path(relative).is_absolute() or ".." in Path(relative).parts:
                raise OutputError(f"refusing to write outside the output folder: {relative}",
                                  path=target)
            write_atomic(staging / relative, data)
        os.chmod(staging, 0o755)
        if target.exists():
            old = Path(tempfile.mkdtemp(dir=parent, prefix=f".{target.name}.old-"))
            os.rename(target, old / target.name)
            os.rename(staging, target)
        else:
            os.rename(staging, target)
    except OSError as exc:
        raise OutputError(f"cannot write the output folder: {exc.strerror}", path=target,
                          hint="check free disk space and permissions; the previous folder, "
                               "if any, is unchanged") from None
    finally:
        # Whatever stopped the swap between its two renames (an error, Ctrl-C), the
        # previous folder goes back before anything is removed.
        if old is not None and (old / target.name).exists() and not target.exists():
            with contextlib.suppress(OSError):
                os.rename(old / target.name, target)
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
        if old is not None and old.exists() and target.exists():
            shutil.rmtree(old, ignore_errors=True)  # else it holds the only previous copy
