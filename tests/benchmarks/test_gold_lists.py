"""The hand-checked gold term lists in benchmarks/gold/ keep their format and their evidence.

Format: one concept per line, TAB-separated variants (canonical first), ``#`` comments.
Evidence: every seeds term occurs in the seed resolutions; every UNv1 canonical term occurs at
least three times in the Chinese side of the UN Parallel Corpus test set (spaces removed).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

GOLD_FILES = ("extract_seeds.tsv", "extract_unv1.tsv")
SEED_FILES = ("A_RES_61_66.zh.txt", "A_RES_68_48.zh.txt")
UNV1_ZH = Path("corpus/unv1-testset/UNv1.0.testset.zh-segmented")
UNV1_MIN_FREQ = 3

_CJK = re.compile(r"[\u3400-\u9fff]")
# A whitespace run survives only between two ASCII letters or digits ("100 000", "Kara-Kys A").
_SEGMENTER_SPACE = re.compile(r"(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])")
# Footnote markers: a line holding only a digit (61/66) and superscript digits (68/48).
_FOOTNOTE_LINE = re.compile(r"(?m)^\s*\d\s*$")
_SUPERSCRIPT = re.compile(r"[⁰¹²³⁴-⁹]")

Entry = tuple[int, list[str]]


def parse_gold(path: Path) -> list[Entry]:
    """(line number, variants) for every concept line; comment lines are skipped."""
    entries: list[Entry] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("#"):
            continue
        entries.append((number, line.split("\t")))
    return entries


def despace_segmented(text: str) -> str:
    """The UNv1 Chinese side with the segmenter's spaces removed, one sentence per line."""
    return "\n".join(_SEGMENTER_SPACE.sub("", line) for line in text.splitlines())


def deline_seeds(text: str) -> str:
    """A seed resolution read as running text: no line breaks, spaces or footnote markers."""
    return re.sub(r"\s+", "", _SUPERSCRIPT.sub("", _FOOTNOTE_LINE.sub("", text)))


@pytest.fixture(scope="module", params=GOLD_FILES)
def gold(request: pytest.FixtureRequest, repo_root: Path) -> tuple[str, list[Entry]]:
    path = repo_root / "benchmarks" / "gold" / request.param
    return request.param, parse_gold(path)


@pytest.fixture(scope="module")
def seeds_text(seeds_dir: Path) -> str:
    return "".join(
        deline_seeds((seeds_dir / name).read_text(encoding="utf-8")) for name in SEED_FILES
    )


@pytest.fixture(scope="module")
def unv1_text(shared: Path) -> str:
    path = shared / UNV1_ZH
    if not path.is_file():
        pytest.skip(f"UNv1 test set not found at {path}")
    return despace_segmented(path.read_text(encoding="utf-8"))


def test_file_is_strict_utf8_without_blank_lines(repo_root: Path) -> None:
    for name in GOLD_FILES:
        raw = (repo_root / "benchmarks" / "gold" / name).read_bytes()
        text = raw.decode("utf-8")  # raises on invalid UTF-8
        assert not text.startswith("\ufeff"), f"{name}: byte-order mark"
        assert "\r" not in text, f"{name}: CR line ends"
        assert text.endswith("\n") and not text.endswith("\n\n"), f"{name}: one final newline"
        lines = text[:-1].split("\n")
        assert all(lines), f"{name}: blank line at {lines.index('') + 1}"


def test_every_variant_is_a_clean_chinese_term(gold: tuple[str, list[Entry]]) -> None:
    name, entries = gold
    assert entries, f"{name}: no terms"
    for number, variants in entries:
        for term in variants:
            where = f"{name}:{number}: {term!r}"
            assert term, f"{where}: empty field (stray TAB)"
            assert term == term.strip(), f"{where}: surrounding whitespace"
            assert _CJK.search(term), f"{where}: not a Chinese term"
            assert not re.search(r"\s", term), f"{where}: space inside a Chinese term"
            assert "《" not in term and "》" not in term, f"{where}: title brackets"


def test_no_term_is_listed_twice(gold: tuple[str, list[Entry]]) -> None:
    name, entries = gold
    first_seen: dict[str, int] = {}
    for number, variants in entries:
        for term in variants:
            key = term.replace("《", "").replace("》", "")
            assert key not in first_seen, (
                f"{name}:{number}: {key} already on line {first_seen[key]}"
            )
            first_seen[key] = number


def test_seeds_terms_occur_in_the_seed_resolutions(repo_root: Path, seeds_text: str) -> None:
    entries = parse_gold(repo_root / "benchmarks" / "gold" / "extract_seeds.tsv")
    missing = [(n, t) for n, variants in entries for t in variants if t not in seeds_text]
    assert not missing, f"seeds gold terms absent from the seeds: {missing}"


def test_unv1_terms_recur_in_the_test_set(repo_root: Path, unv1_text: str) -> None:
    entries = parse_gold(repo_root / "benchmarks" / "gold" / "extract_unv1.tsv")
    rare = [
        (n, variants[0], unv1_text.count(variants[0]))
        for n, variants in entries
        if unv1_text.count(variants[0]) < UNV1_MIN_FREQ
    ]
    assert not rare, f"canonical terms seen fewer than {UNV1_MIN_FREQ} times: {rare}"
    absent = [(n, t) for n, variants in entries for t in variants[1:] if t not in unv1_text]
    assert not absent, f"variants absent from the test set: {absent}"


def test_despacing_keeps_spaces_between_digits() -> None:
    assert despace_segmented("第 1970 ( 2011 ) 号 决议") == "第1970(2011)号决议"
    assert despace_segmented("共 100 000 人") == "共100 000人"


def test_delining_drops_footnote_markers() -> None:
    assert deline_seeds("通过的《行动纲\n领》，\n1\n  \n欢迎") == "通过的《行动纲领》，欢迎"
    assert deline_seeds("《武器贸易条约》⁵的范围") == "《武器贸易条约》的范围"
