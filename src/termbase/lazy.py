"""A package's public names, imported on first use (PEP 562).

``termbase``, ``termbase.documents`` and ``termbase.extract`` export names from their
modules without importing those modules with the package: importing any submodule runs
its package's ``__init__``, and ``termbase check`` (the latency that matters) would
otherwise load the extractor, the document readers and pandas it never uses.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any


def exports(package: str, homes: Mapping[str, str], public: Sequence[str],
            ) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``, whose public names are
    ``public`` and each defined in the module ``homes`` names. A name is imported when
    first asked for and then set on the package, so later lookups are plain attributes."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module '{package}' has no attribute '{name}'")
        value = getattr(importlib.import_module(home), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return list(public)

    return __getattr__, __dir__
