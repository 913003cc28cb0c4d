"""The gold list of UN zh–en term pairs (benchmarks/gold/pairs.tsv) is well formed and honest.

The support columns are recounted from the shared corpora with the counting rule stated in
benchmarks/gold/PAIRS.md: a sentence pair supports a row when the Chinese term occurs in the
Chinese line with all whitespace removed, and the main English term occurs in the English line
case-insensitively, not preceded or followed by a word character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

HEADER = ["zh", "en", "alternatives", "support_unv1", "support_multiun", "note"]
MIN_ROWS = 100
MIN_SUPPORTED_ROWS = 80
SUPPORT_THRESHOLD = 3
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class GoldPair:
    line: int
    zh: str
    en: str
    alternatives: tuple[str, ...]
    support_unv1: int
    support_multiun: int
    note: str

    @property
    def support(self) -> int:
        return self.support_unv1 + self.support_multiun


def _parse(path: Path) -> list[GoldPair]:
    rows: list[GoldPair] = []
    header_seen = False
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not raw or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if not header_seen:
            assert fields == HEADER, f"line {number}: header must be {HEADER}, found {fields}"
            header_seen = True
            continue
        assert len(fields) == len(HEADER), (
            f"line {number}: expected 6 tab-separated fields, found {len(fields)}"
        )
        zh, en, alternatives, unv1, multiun, note = fields
        assert zh and zh == zh.strip() and not _WHITESPACE.search(zh), (
            f"line {number}: bad zh term {zh!r}"
        )
        assert en and en == en.strip(), f"line {number}: bad en term {en!r}"
        assert unv1.isdigit() and multiun.isdigit(), (
            f"line {number}: support columns must be integers"
        )
        alts = tuple(a.strip() for a in alternatives.split(" | ")) if alternatives else ()
        assert all(alts), f"line {number}: empty alternative in {alternatives!r}"
        assert en.casefold() not in {a.casefold() for a in alts}, (
            f"line {number}: alternative repeats en"
        )
        rows.append(GoldPair(number, zh, en, alts, int(unv1), int(multiun), note))
    assert header_seen, "no header line"
    return rows


@pytest.fixture(scope="module")
def gold(repo_root: Path) -> list[GoldPair]:
    return _parse(repo_root / "benchmarks" / "gold" / "pairs.tsv")


def _lines(path: Path) -> list[str]:
    # split on "\n" only: str.splitlines would also break on U+2028, U+0085 etc. and misalign
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _aligned(en_path: Path, zh_path: Path) -> list[tuple[str, str]]:
    en, zh = _lines(en_path), _lines(zh_path)
    assert len(en) == len(zh), f"{en_path.name} and {zh_path.name} differ in length"
    return [(e, _WHITESPACE.sub("", z)) for e, z in zip(en, zh, strict=True)]


@pytest.fixture(scope="module")
def corpora(shared: Path) -> dict[str, list[tuple[str, str]]]:
    corpus = shared / "corpus"
    unv1 = corpus / "unv1-testset"
    multiun = corpus / "multiun-sample"
    if not unv1.is_dir() or not multiun.is_dir():
        pytest.skip("corpora unv1-testset and multiun-sample not found under the shared folder")
    pairs_multiun: list[tuple[str, str]] = []
    for split in ("train", "valid", "test"):
        pairs_multiun += _aligned(multiun / f"{split}.en-zh.en", multiun / f"{split}.en-zh.zh")
    return {
        "unv1": _aligned(unv1 / "UNv1.0.testset.en", unv1 / "UNv1.0.testset.zh-segmented"),
        "multiun": pairs_multiun,
    }


def _support(pairs: list[tuple[str, str]], zh: str, en: str) -> int:
    pattern = re.compile(r"(?<!\w)" + re.escape(en) + r"(?!\w)", re.IGNORECASE)
    return sum(1 for e, z in pairs if zh in z and pattern.search(e))


def test_format_and_no_duplicates(gold: list[GoldPair]) -> None:
    seen: dict[str, int] = {}
    for pair in gold:
        assert pair.zh not in seen, f"zh {pair.zh!r} on lines {seen[pair.zh]} and {pair.line}"
        seen[pair.zh] = pair.line


def test_size_and_well_supported_rows(gold: list[GoldPair]) -> None:
    assert len(gold) >= MIN_ROWS
    supported = [p for p in gold if p.support >= SUPPORT_THRESHOLD]
    assert len(supported) >= MIN_SUPPORTED_ROWS
    assert all(p.support >= 1 for p in gold), "every pair must be attested in the corpora"


def test_recorded_support_matches_corpora(
    gold: list[GoldPair], corpora: dict[str, list[tuple[str, str]]]
) -> None:
    assert len(corpora["unv1"]) == 4000
    assert len(corpora["multiun"]) == 7000
    wrong = []
    for pair in gold:
        counted = (
            _support(corpora["unv1"], pair.zh, pair.en),
            _support(corpora["multiun"], pair.zh, pair.en),
        )
        if counted != (pair.support_unv1, pair.support_multiun):
            wrong.append(
                f"line {pair.line} {pair.zh} -> {pair.en}: recorded "
                f"{(pair.support_unv1, pair.support_multiun)}, counted {counted}"
            )
    assert not wrong, "\n".join(wrong)


def _concept_forms(repo_root: Path) -> dict[str, tuple[str, ...]]:
    """Each Chinese form of the tuning extraction list → every form of its concept (a line
    of extract_unv1.tsv holds a term with its full or short forms)."""
    forms: dict[str, tuple[str, ...]] = {}
    path = repo_root / "benchmarks" / "gold" / "extract_unv1.tsv"
    for raw in path.read_text(encoding="utf-8").split("\n"):
        if raw and not raw.startswith("#"):
            line = tuple(f.strip() for f in raw.split("\t") if f.strip())
            forms.update((form, line) for form in line)
    return forms


def test_alternatives_are_attested(
    gold: list[GoldPair], corpora: dict[str, list[tuple[str, str]]], repo_root: Path
) -> None:
    # An alternative may be the English a concept's other form is given (UNODC beside
    # 毒品和犯罪问题办公室 for the row of 联合国毒品和犯罪问题办公室): seen with any form.
    all_pairs = corpora["unv1"] + corpora["multiun"]
    forms = _concept_forms(repo_root)
    unattested = [
        f"{p.zh} -> {alt}"
        for p in gold
        for alt in p.alternatives
        if not any(_support(all_pairs, form, alt) for form in forms.get(p.zh, (p.zh,)))
    ]
    assert not unattested, "alternatives never seen with a Chinese form of their concept: " + (
        ", ".join(unattested)
    )
