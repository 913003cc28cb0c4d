"""Where the benchmarks find the shared reference data (never part of the repository).

``$TERMBASE_SHARED`` if set, else ``../shared`` beside the checkout, as the tests look.
"""

from __future__ import annotations

import json
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


UN2023_SHIFTED_THEMES = ("development", "environment", "human_rights", "health", "culture")


def un2023_shifted_pairs(shared: Path) -> list[tuple[str, str]]:
    """The 2023 sample's five themes other than ``peace`` as (Chinese, English) pairs.

    In these themes English record i + 1 translates Chinese record i (the sample's known
    off-by-one, measured in benchmarks/gold/HELDOUT.md), so each theme's last Chinese
    record has no partner and is dropped; records in file order, line breaks as spaces.
    """
    records = json.loads((shared / "corpus" / "un-2023-sample" / "corpus.json")
                         .read_text(encoding="utf-8"))["data"]
    pairs = []
    for theme in UN2023_SHIFTED_THEMES:
        rows = [r for r in records if r["theme"] == theme]
        pairs += [(rows[i]["zh"].replace("\n", " "), rows[i + 1]["en"].replace("\n", " "))
                  for i in range(len(rows) - 1)]
    return pairs
