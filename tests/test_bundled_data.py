"""The data bundled in data/: UN text only, documented, line-aligned, within its budget."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from termbase.text.chinese import cjk_share

PAIRS = ("unv1-testset", "un2023-peace")
_SPACE_TOUCHING_CJK = re.compile(r"[\u4e00-\u9fff] | [\u4e00-\u9fff]")


def test_everything_bundled_is_documented_and_within_budget(seeds_dir: Path) -> None:
    provenance = (seeds_dir / "PROVENANCE.md").read_text(encoding="utf-8")
    files = [p for p in seeds_dir.rglob("*") if p.is_file() and p.name != "PROVENANCE.md"]
    assert files
    for path in files:
        assert f"`{path.relative_to(seeds_dir).as_posix()}`" in provenance, path
    assert sum(p.stat().st_size for p in files) <= 5 * 1024 * 1024


@pytest.mark.parametrize("name", PAIRS)
def test_parallel_files_are_line_aligned_and_desegmented(seeds_dir: Path, name: str) -> None:
    zh = (seeds_dir / "parallel" / f"{name}.zh").read_text(encoding="utf-8").splitlines()
    en = (seeds_dir / "parallel" / f"{name}.en").read_text(encoding="utf-8").splitlines()
    assert len(zh) == len(en) > 500
    if name == "unv1-testset":  # distributed word-segmented: every such space was removed
        assert not any(_SPACE_TOUCHING_CJK.search(line) for line in zh)
    assert cjk_share("".join(zh)) > 0.8 and cjk_share("".join(en)) < 0.01
