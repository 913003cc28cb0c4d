"""Opening parallel text from files: a line-aligned corpus whose lines do not pair is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.errors import InputError
from termbase.pair.sources import MIN_CHECKED_PAIRS, open_corpus


def _lines(seeds_dir: Path, lang: str) -> list[str]:
    text = (seeds_dir / "parallel" / f"un2023-peace.{lang}").read_text(encoding="utf-8")
    return text.splitlines()


def _write(folder: Path, zh: list[str], en: list[str]) -> tuple[Path, Path]:
    z, e = folder / "doc.zh", folder / "doc.en"
    z.write_text("\n".join(zh) + "\n", encoding="utf-8")
    e.write_text("\n".join(en) + "\n", encoding="utf-8")
    return z, e


def test_official_line_pairs_open(seeds_dir: Path, tmp_path: Path) -> None:
    z, e = _write(tmp_path, _lines(seeds_dir, "zh"), _lines(seeds_dir, "en"))
    assert len(list(open_corpus([z], [e]).corpus)) > 500


def test_sides_shifted_by_one_line_are_refused(seeds_dir: Path, tmp_path: Path) -> None:
    zh, en = _lines(seeds_dir, "zh"), _lines(seeds_dir, "en")
    # Same number of lines, so only the content can tell: a header on one side only.
    z, e = _write(tmp_path, zh, ["Distr.: General", *en[:-1]])
    with pytest.raises(InputError, match="shifted against each other"):
        open_corpus([z], [e])


def test_unrelated_sides_are_refused(seeds_dir: Path, tmp_path: Path) -> None:
    zh, en = _lines(seeds_dir, "zh"), _lines(seeds_dir, "en")
    z, e = _write(tmp_path, zh[:250], en[300:550])
    with pytest.raises(InputError, match=r"look (not translations|shifted)"):
        open_corpus([z], [e])


def test_a_few_lines_are_not_evidence_enough_to_refuse(seeds_dir: Path, tmp_path: Path) -> None:
    zh, en = _lines(seeds_dir, "zh"), _lines(seeds_dir, "en")
    n = MIN_CHECKED_PAIRS - 1
    z, e = _write(tmp_path, zh[:n], en[1:n + 1])
    assert len(list(open_corpus([z], [e]).corpus)) == n
