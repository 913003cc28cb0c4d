"""The counting engines: Dask gives byte-identical output to the local engine, and bad
input (unreachable scheduler, unequal shards, undecodable shards) ends in one clear
message naming the culprit, exit 2, nothing written."""

from __future__ import annotations

import gzip
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from pair.test_counting import TERMS, write_shard
from termbase.cli import EXIT_BAD_INPUT, main
from termbase.errors import UsageError
from termbase.pair.corpus import ConcatCorpus, LineAlignedCorpus
from termbase.pair.counting import Engine
from termbase.pair.engines import (
    EngineMissingError,
    NoWorkersError,
    SchedulerError,
    open_engine,
)
from termbase.pair.pairer import PairSettings, pair_terms_report

pytest.importorskip("distributed", reason="the Dask engine's tests need termbase[dask]")


@pytest.fixture(scope="module")
def dask_engine() -> Iterator[Engine]:
    with open_engine("dask", workers=2) as engine:
        yield engine


def _shards(folder: Path) -> list[str]:
    """Two shards, the second gzip-compressed, as --zh/--en arguments."""
    a = write_shard(folder, "a", 2300)
    b = write_shard(folder, "b", 900, compress=True)
    return ["--zh", str(a[0]), "--en", str(a[1]), "--zh", str(b[0]), "--en", str(b[1])]


def _terms(folder: Path) -> Path:
    path = folder / "terms.txt"
    path.write_text("\n".join(TERMS) + "\n", encoding="utf-8")
    return path


def test_dask_and_local_engines_write_identical_bytes(tmp_path: Path) -> None:
    args = [*_shards(tmp_path), "--terms", str(_terms(tmp_path)), "--no-dictionary",
            "--jobs", "2"]
    outputs = {}
    for engine in ("local", "dask"):
        out = tmp_path / f"{engine}.json"
        assert main(["pair", *args, "--engine", engine, "-o", str(out)]) == 0
        outputs[engine] = out.read_bytes()
    assert outputs["dask"] == outputs["local"]
    assert b"Programme of Action" in outputs["dask"]


def test_dask_engine_counts_many_chunks_like_one_process(tmp_path: Path,
                                                         dask_engine: Engine) -> None:
    shards = ConcatCorpus((LineAlignedCorpus.open(*write_shard(tmp_path, "a", 3100)),
                           LineAlignedCorpus.open(*write_shard(tmp_path, "b", 400,
                                                               compress=True))))
    one = pair_terms_report(TERMS, shards, settings=PairSettings(batch_size=10**6))
    many = pair_terms_report(TERMS, shards, settings=PairSettings(
        workers=2, batch_size=1000, engine=dask_engine))
    assert [p.to_dict() for p in many.pairings] == [p.to_dict() for p in one.pairings]
    assert many.stats == one.stats


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_unreachable_scheduler_is_refused_quickly(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    address = f"tcp://127.0.0.1:{_closed_port()}"
    out = tmp_path / "out.json"
    code = main(["pair", *_shards(tmp_path), "--terms", str(_terms(tmp_path)), "-o",
                 str(out), "--engine", "dask", "--scheduler", address,
                 "--scheduler-timeout", "1"])
    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT and not out.exists()
    assert address in err and "TB660" in err and "dask scheduler" in err
    assert "Traceback" not in err


def test_scheduler_errors_are_input_errors() -> None:
    with pytest.raises(SchedulerError, match="cannot reach"), \
            open_engine("dask", scheduler=f"tcp://127.0.0.1:{_closed_port()}", timeout=0.5):
        pass
    assert NoWorkersError.code == "TB661" and EngineMissingError.code == "TB662"


@pytest.mark.parametrize(("engine", "scheduler", "message"), [
    ("spark", None, "unknown counting engine"),
    ("local", "tcp://127.0.0.1:8786", "needs the Dask engine"),
])
def test_engine_options_that_do_not_fit_are_refused(engine: str, scheduler: str | None,
                                                    message: str) -> None:
    with pytest.raises(UsageError, match=message), open_engine(engine, scheduler=scheduler):
        pass


def test_scheduler_without_dask_engine_exits_2(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.json"
    assert main(["pair", *_shards(tmp_path), "--terms", str(_terms(tmp_path)), "-o",
                 str(out), "--scheduler", "tcp://127.0.0.1:8786"]) == EXIT_BAD_INPUT
    assert "--engine dask" in capsys.readouterr().err and not out.exists()


def test_shards_with_unequal_line_counts_are_named(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    zh, en = write_shard(tmp_path, "b", 900, compress=True)
    en.write_bytes(gzip.compress(gzip.decompress(en.read_bytes()) + b"one more line\n"))
    a = write_shard(tmp_path, "a", 300)
    out = tmp_path / "out.json"
    code = main(["pair", "--zh", str(a[0]), "--en", str(a[1]), "--zh", str(zh), "--en",
                 str(en), "--terms", str(_terms(tmp_path)), "-o", str(out), "--engine",
                 "dask"])
    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT and not out.exists()
    assert "b.en.gz" in err and "900" in err and "901" in err and "Traceback" not in err


def test_a_shard_that_is_not_utf8_is_named_with_its_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh, en = write_shard(tmp_path, "b", 3000, compress=True)
    lines = gzip.decompress(zh.read_bytes()).split(b"\n")
    lines[2500] = b"\xff\xfe broken \x80"
    zh.write_bytes(gzip.compress(b"\n".join(lines)))
    out = tmp_path / "out.json"
    code = main(["pair", "--zh", str(zh), "--en", str(en), "--terms",
                 str(_terms(tmp_path)), "-o", str(out), "--engine", "dask"])
    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT and not out.exists()
    assert "b.zh.gz" in err and "not valid utf-8" in err and "Traceback" not in err


def test_mine_takes_the_engine_options(tmp_path: Path) -> None:
    out = tmp_path / "review.xlsx"
    a = write_shard(tmp_path, "a", 400)
    assert main(["mine", "--zh", str(a[0]), "--en", str(a[1]), "-o", str(out),
                 "--no-dictionary", "--engine", "dask", "--jobs", "1",
                 "--max-terms", "5"]) == 0
    assert out.exists()


def test_dask_leaves_out_the_same_misaligned_pairs_as_one_process(
        dask_engine: Engine) -> None:
    # With the dictionary: the alignment check in pass 1, a filtered corpus whose chunks
    # carry their own positions, and the pass for context words all run on the workers.
    from termbase.align.lexicon import load_default_lexicon
    from termbase.pair.corpus import from_pairs

    bundled = Path(__file__).resolve().parents[2] / "data" / "parallel"
    zh = (bundled / "un2023-peace.zh").read_text(encoding="utf-8").splitlines()
    en = (bundled / "un2023-peace.en").read_text(encoding="utf-8").splitlines()
    en = en[:300] + en[301:] + en[300:301]  # shifted by one from line 301 to the end
    corpus = from_pairs(list(zip(zh, en, strict=True)), "peace.zh")
    terms = ["暴力极端主义", "人道主义行为体", "保障监督协定", "主席团", "恐怖主义"]
    runs = [pair_terms_report(terms, corpus, lexicon=load_default_lexicon(),
                              settings=PairSettings(batch_size=100, engine=engine,
                                                    second_look=True))
            for engine in (None, dask_engine)]
    local, dask = runs
    assert local.stats["misaligned pairs left out"] > 100
    assert dask.stats == local.stats and dask.diagnostics == local.diagnostics
    assert [p.to_dict() for p in dask.pairings] == [p.to_dict() for p in local.pairings]
