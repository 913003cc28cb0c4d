"""File access at the edges: reading inputs with clear errors, writing outputs atomically."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

from termbase.errors import InputError, OutputError


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


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new, never a mix.

    The bytes go to a temporary file in the same directory (same file system), are
    flushed to disk, and then renamed over the target; on any failure the temporary
    file is removed and the previous file stays as it was.
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create directory: {exc.strerror}", path=directory) from None
    tmp_name = None
    try:
        with tempfile.NamedTemporaryFile(dir=directory, prefix=f".{path.name}.",
                                         suffix=".tmp", delete=False) as handle:
            tmp_name = handle.name
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
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
