"""One table of diagnostic codes: every code used is listed, and defined in one module."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from termbase.codes import CODES

SRC = Path(__file__).resolve().parents[1] / "src" / "termbase"
_CODE = re.compile(r'"(TB\d{3})"')


def _uses() -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for path in SRC.rglob("*.py"):
        if path.name == "codes.py":
            continue
        for code in _CODE.findall(path.read_text(encoding="utf-8")):
            found[code].add(str(path.relative_to(SRC)))
    return found


def test_every_code_used_is_in_the_table() -> None:
    missing = sorted(set(_uses()) - set(CODES))
    assert not missing, f"add these codes to src/termbase/codes.py with their meaning: {missing}"


def test_each_code_is_defined_in_one_module() -> None:
    shared = {code: sorted(paths) for code, paths in _uses().items() if len(paths) > 1}
    assert not shared, f"one code, one meaning, one home: {shared}"


def test_the_table_lists_no_code_nobody_uses() -> None:
    assert sorted(set(CODES) - set(_uses())) == []


def test_codes_are_well_formed_with_a_meaning() -> None:
    assert all(re.fullmatch(r"TB\d{3}", code) and text for code, text in CODES.items())


def test_readme_lists_every_code() -> None:
    readme = (SRC.parents[1] / "README.md").read_text(encoding="utf-8")
    assert [c for c in CODES if f"| {c} | {CODES[c]} |" not in readme] == []
