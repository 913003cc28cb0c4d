"""How many processes pairing counts in: one below PARALLEL_PAIRS segment pairs unless
the user names a number, which is always honoured."""

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
from termbase.pair import engines
from termbase.pair.corpus import ConcatCorpus, FilteredCorpus, LineAlignedCorpus, from_pairs
from termbase.pair.counting import LocalEngine
from termbase.pair.sources import PARALLEL_PAIRS, corpus_pairs, default_workers


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


def _files(folder: Path, name: str, pairs: list[tuple[str, str]]) -> tuple[Path, Path]:
    zh, en = folder / f"{name}.zh", folder / f"{name}.en"
    zh.write_text("".join(z + "\n" for z, _ in pairs), encoding="utf-8")
    en.write_text("".join(e + "\n" for _, e in pairs), encoding="utf-8")
    return zh, en


def test_corpus_size_is_known_without_reading_the_corpus_again(tmp_path: Path) -> None:
    # An empty line on both sides is no segment pair.
    files = LineAlignedCorpus.open(*_files(tmp_path, "a", [*PAIRS[:3], ("", ""), *PAIRS[3:5]]))
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
    zh, en = _files(tmp_path, "c", PAIRS)
    terms = tmp_path / "terms.txt"
    terms.write_text("行动纲领\n", encoding="utf-8")
    common = ["pair", "--zh", str(zh), "--en", str(en), "--terms", str(terms),
              "--no-dictionary", "-q"]
    assert main([*common, "-o", str(tmp_path / "default.json")]) == 0
    assert main([*common, "-j", "2", "-o", str(tmp_path / "two.json")]) == 0
    assert opened == [1, 2]
