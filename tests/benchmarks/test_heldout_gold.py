"""The held-out gold list (benchmarks/gold/heldout_2023.tsv, issue 12) is well formed and
true to its corpus: the rules of benchmarks/gold/HELDOUT.md, checked."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

THEMES = ("development", "environment", "human_rights", "health", "culture")


def _rows(repo_root: Path) -> list[dict[str, str]]:
    lines = [line for line in (repo_root / "benchmarks" / "gold" / "heldout_2023.tsv")
             .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    assert header == ["zh", "variants", "en", "alternatives", "count"]
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def test_format_and_uniqueness(repo_root: Path) -> None:
    rows = _rows(repo_root)
    assert len(rows) >= 150
    forms = [f for r in rows for f in (r["zh"], *r["variants"].split(" | ")) if f]
    assert len(forms) == len(set(forms))
    assert all(r["en"].strip() and r["count"].isdigit() for r in rows)


@pytest.fixture(scope="module")
def pairs(shared: Path) -> list[tuple[str, str]]:
    records = json.loads((shared / "corpus" / "un-2023-sample" / "corpus.json")
                         .read_text(encoding="utf-8"))["data"]
    found = []
    for theme in THEMES:
        rows = [r for r in records if r["theme"] == theme]
        found += [(rows[i]["zh"], rows[i + 1]["en"]) for i in range(len(rows) - 1)]
    return found


def test_counts_threshold_and_english_attested(repo_root: Path,
                                               pairs: list[tuple[str, str]]) -> None:
    text = "\n".join(zh for zh, _ in pairs)
    for row in _rows(repo_root):
        assert text.count(row["zh"]) == int(row["count"]) >= 3, row["zh"]
        english = [row["en"], *(a for a in row["alternatives"].split(" | ") if a)]
        patterns = [re.compile(r"(?<!\w)" + re.escape(e) + r"(?!\w)", re.IGNORECASE)
                    for e in english]
        for form in (row["zh"], *(v for v in row["variants"].split(" | ") if v)):
            assert any(form in zh and any(p.search(en) for p in patterns)
                       for zh, en in pairs), (form, row["en"])
