"""Where the benchmarks find the shared reference data (never part of the repository).

``$TERMBASE_SHARED`` if set, else ``../shared`` beside the checkout, as the tests look.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def find_shared(explicit: str | None = None) -> Path | None:
    """The shared folder — ``explicit``, else ``$TERMBASE_SHARED``, else ../shared; a
    folder named but missing is not replaced by the default — or None when absent."""
    chosen = explicit or os.environ.get("TERMBASE_SHARED") or str(ROOT.parent / "shared")
    return Path(chosen) if Path(chosen).is_dir() else None


def shared_dir(needs: str = "") -> Path:
    """The shared folder holding ``needs`` (a path inside it); exits with the reason when
    it is missing, since a benchmark without its data has nothing to measure."""
    found = find_shared()
    if found is None or (needs and not (found / needs).exists()):
        where = found or os.environ.get("TERMBASE_SHARED") or ROOT.parent / "shared"
        sys.exit(f"shared data{' ' + needs if needs else ''} not found under {where}; set "
                 "TERMBASE_SHARED to the folder that holds it (see shared/README.md)")
    return found
