"""Where termbase keeps files of its own outside the user's folders: the cache; and where
it finds the folders it ships (``glossaries``, ``data``: :func:`bundled`).

The cache holds what is costly to make and safe to lose: CC-CEDICT parsed into the
aligner's lexicon and into pairing's whole-phrase glosses (pickles, read and written
only by :func:`read_cached_dict` and :func:`write_cached`), the SQLite table of glosses
``check`` reads (:mod:`termbase.check.glosses`) with the sum of jieba's dictionary
counts, and the compiled glossaries under ``glossaries/`` (:mod:`termbase.index.cache`).
The folder is, first found:

1. ``$TERMBASE_CACHE_DIR``;
2. ``$XDG_CACHE_HOME/termbase``;
3. ``%LOCALAPPDATA%\\termbase\\cache`` on Windows;
4. ``~/.cache/termbase``.

Setting ``TERMBASE_NO_CACHE`` to anything but ``""`` or ``0`` turns the cache off: nothing
is read from or written to it, and every process makes what it needs again.
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path
from typing import Any

CACHE_DIR_VARIABLE = "TERMBASE_CACHE_DIR"


def bundled(name: str) -> Path:
    """A folder shipped with termbase: ``glossaries`` or ``data``.

    In a checkout or an editable install it is the repository's own folder; in an
    installed wheel, the copy packaged under ``termbase/_bundled/`` (pyproject's
    force-include), so that the main job and lookup work from any directory.
    """
    package = Path(__file__).resolve().parent
    checkout = package.parents[1] / name
    return checkout if checkout.is_dir() else package / "_bundled" / name


def inside_installed_package(path: Path) -> bool:
    """Whether ``path`` is one of the bundled files of an installed wheel (which
    termbase must never modify: an upgrade would silently discard the change)."""
    installed = Path(__file__).resolve().parent / "_bundled"
    try:
        path.resolve().relative_to(installed)
    except ValueError:
        return False
    return True

NO_CACHE_VARIABLE = "TERMBASE_NO_CACHE"


def cache_disabled() -> bool:
    """Whether the user has turned the cache off (``TERMBASE_NO_CACHE``)."""
    return os.environ.get(NO_CACHE_VARIABLE, "").strip() not in ("", "0")


def cache_dir() -> Path | None:
    """The folder for termbase's cache files, or None when the cache is turned off.

    The folder may not exist yet; whoever writes creates it, and treats a failure to
    write as a cache miss, never as an error.
    """
    if cache_disabled():
        return None
    explicit = os.environ.get(CACHE_DIR_VARIABLE)
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "termbase"
    local = os.environ.get("LOCALAPPDATA")
    if sys.platform == "win32" and local:
        return Path(local) / "termbase" / "cache"
    return Path.home() / ".cache" / "termbase"


def cache_file(name: str) -> Path | None:
    """The path of cache file ``name``, or None when the cache is turned off."""
    folder = cache_dir()
    return None if folder is None else folder / name


def read_cached_dict(cache: Path) -> dict[Any, Any] | None:
    """The dict pickled in cache file ``cache``, or None when there is none yet or it
    cannot be read (the caller parses its source again: a cache miss, never an error)."""
    try:
        with cache.open("rb") as handle:
            found = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None
    return found if isinstance(found, dict) else None


def write_cached(cache: Path, value: object) -> None:
    """Pickle ``value`` into cache file ``cache``, whole or not at all (a temporary file
    renamed over it: a concurrent reader never sees half a pickle). A folder that cannot
    be written only costs the parse next time."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, cache)
    except OSError:
        pass


__all__ = ["CACHE_DIR_VARIABLE", "NO_CACHE_VARIABLE", "bundled", "cache_dir", "cache_disabled",
           "cache_file", "inside_installed_package", "read_cached_dict", "write_cached"]
