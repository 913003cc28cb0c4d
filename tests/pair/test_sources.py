"""Opening parallel text from files: a line-aligned corpus whose lines do not pair is refused;
the corpus's size and the worker processes it gets."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pair._fixtures import PAIRS
from termbase import api
from termbase.cli import main
from termbase.errors import InputError
from termbase.pair import engines
from termbase.pair.corpus import ConcatCorpus, FilteredCorpus, LineAlignedCorpus, from_pairs
from termbase.pair.counting import LocalEngine
from termbase.pair.sources import (
    MIN_CHECKED_PAIRS,
    PARALLEL_PAIRS,
    corpus_pairs,
    default_workers,
    open_corpus,
)


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


# How many processes pairing counts in: one below PARALLEL_PAIRS segment pairs unless
# the user names a number, which is always honoured.
@pytest.fixture
def four_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 4)


@pytest.mark.usefixtures("four_cores")
def test_a_corpus_just_below_the_threshold_counts_in_this_process() -> None:
    assert default_workers(PARALLEL_PAIRS - 1) == 1
    assert default_workers(0) == 1


@pytest.mark.usefixtures("four_cores")
def test_a_corpus_at_the_threshold_or_of_unknown_size_gets_two_workers() -> None:
    assert default_workers(PARALLEL_PAIRS) == 2
    assert default_workers(10 * PARALLEL_PAIRS) == 2
    assert default_workers(None) == 2


def test_a_single_core_never_gets_a_second_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert default_workers(PARALLEL_PAIRS) == 1
    assert default_workers(None) == 1


def _write_pairs(folder: Path, pairs: list[tuple[str, str]]) -> tuple[Path, Path]:
    return _write(folder, [zh for zh, _ in pairs], [en for _, en in pairs])


def test_corpus_size_is_known_without_reading_the_corpus_again(tmp_path: Path) -> None:
    # An empty line on both sides is no segment pair.
    files = LineAlignedCorpus.open(*_write_pairs(tmp_path, [*PAIRS[:3], ("", ""), *PAIRS[3:5]]))
    memory = from_pairs(PAIRS)
    assert corpus_pairs(files) == 5
    assert corpus_pairs(memory) == len(PAIRS)
    assert corpus_pairs(ConcatCorpus((files, memory))) == 5 + len(PAIRS)
    # A corpus whose size only reading tells counts as large (two workers, as before).
    assert corpus_pairs(FilteredCorpus(memory, [0])) is None
    assert corpus_pairs(ConcatCorpus((files, FilteredCorpus(memory, [0])))) is None


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The worker counts pairing's engines are opened with."""
    seen: list[int] = []

    @contextlib.contextmanager
    def recording(name: str = "local", *, workers: int = 1, **_: Any) -> Iterator[LocalEngine]:
        seen.append(workers)
        yield LocalEngine(workers)

    monkeypatch.setattr(engines, "open_engine", recording)
    return seen


def test_the_api_counts_a_small_corpus_in_one_process_unless_told(opened: list[int]) -> None:
    api.pair_terms(["行动纲领"], PAIRS, dictionary=False)
    api.pair_terms(["行动纲领"], PAIRS, dictionary=False, workers=2)
    api.pair_terms(["行动纲领"], PAIRS, dictionary=False, workers=3)
    assert opened == [1, 2, 3]


def test_the_dask_engine_keeps_its_two_workers_on_a_small_corpus(opened: list[int]) -> None:
    api.pair_terms(["行动纲领"], PAIRS, dictionary=False, engine="dask")
    assert opened == [min(2, os.cpu_count() or 1)]


def test_the_command_line_honours_jobs(tmp_path: Path, opened: list[int]) -> None:
    zh, en = _write_pairs(tmp_path, PAIRS)
    terms = tmp_path / "terms.txt"
    terms.write_text("行动纲领\n", encoding="utf-8")
    common = ["pair", "--zh", str(zh), "--en", str(en), "--terms", str(terms),
              "--no-dictionary", "-q"]
    assert main([*common, "-o", str(tmp_path / "default.json")]) == 0
    assert main([*common, "-j", "2", "-o", str(tmp_path / "two.json")]) == 0
    assert opened == [1, 2]
