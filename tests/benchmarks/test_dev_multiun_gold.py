"""The MultiUN development list (benchmarks/gold/dev_multiun.tsv, issue 12) parses with the
loader that scores dev_peace.tsv and is true to its corpus: the rules of
benchmarks/gold/DEV_MULTIUN.md, checked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmark_script import load_benchmark

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "benchmarks" / "gold"
HEADER = ["zh", "variants", "en", "alternatives", "count"]


def _rows(name: str) -> list[dict[str, str]]:
    lines = [line for line in (GOLD / name).read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    assert lines[0].split("\t") == HEADER
    return [dict(zip(HEADER, line.split("\t"), strict=True)) for line in lines[1:]]


def _forms(row: dict[str, str]) -> list[str]:
    return [row["zh"], *(v for v in row["variants"].split(" | ") if v)]


def _english(row: dict[str, str]) -> list[str]:
    return [row["en"], *(a for a in row["alternatives"].split(" | ") if a)]


def test_format_and_uniqueness() -> None:
    rows = _rows("dev_multiun.tsv")
    assert len(rows) >= 120
    forms = [f for row in rows for f in _forms(row)]
    assert len(forms) == len(set(forms))
    assert all(re.fullmatch(r"[\u3400-\u9fff0-9]+", f) for f in forms)
    for row in rows:
        assert row["en"].strip() and row["count"].isdigit(), row["zh"]
        # MultiUN's English is lower-cased: the gold English is written as the text has it.
        assert all(e == e.lower() == e.strip() for e in _english(row)), row["zh"]


@pytest.mark.parametrize("name", ["dev_peace.tsv", "dev_multiun.tsv"])
def test_the_scoring_loader_reads_every_row(name: str) -> None:
    corpus = load_benchmark("mine_quality")._listed_corpus(name, [("", "")], GOLD / name)
    rows = _rows(name)
    assert [c.forms for c in corpus.gold] == [tuple(_forms(r)) for r in rows]
    assert all(c.english == frozenset(e.casefold() for e in _english(r))
               for c, r in zip(corpus.gold, rows, strict=True) if r["en"])


@pytest.fixture(scope="module")
def pairs(shared: Path) -> list[tuple[str, str]]:
    corpus = load_benchmark("mine_quality").multiun_corpus(shared)
    assert len(corpus.gold) == len(_rows("dev_multiun.tsv"))
    return list(corpus.pairs)


def test_counts_threshold_and_english_attested(pairs: list[tuple[str, str]]) -> None:
    text = "\n".join(zh for zh, _ in pairs)
    rows = _rows("dev_multiun.tsv")
    every_form = [f for row in rows for f in _forms(row)]
    for row in rows:
        assert text.count(row["zh"]) == int(row["count"]), row["zh"]
        # A term nested in a longer listed term needs 3 uses of its own outside it.
        own = text
        for longer in sorted((f for f in every_form if row["zh"] in f and f != row["zh"]),
                             key=len, reverse=True):
            own = own.replace(longer, "□")
        assert own.count(row["zh"]) >= 3, row["zh"]
        patterns = [re.compile(r"(?<!\w)" + re.escape(e) + r"(?!\w)", re.IGNORECASE)
                    for e in _english(row)]
        for form in _forms(row):
            assert any(form in zh and any(p.search(en) for p in patterns)
                       for zh, en in pairs), (form, row["en"])
