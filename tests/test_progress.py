"""The progress helper: shown only on a terminal and without --quiet, exact totals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from termbase.progress import Bar


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_nothing_is_written_to_a_pipe_or_a_file() -> None:
    out = io.StringIO()
    with Bar(100, desc="pair", stream=out) as bar:
        bar.update(40)
        bar.advance_to(100)
    assert not bar.shown
    assert out.getvalue() == ""


def test_quiet_silences_the_bar_on_a_terminal() -> None:
    out = _Terminal()
    with Bar(100, desc="pair", quiet=True, stream=out) as bar:
        bar.update(100)
    assert out.getvalue() == ""


def test_a_terminal_sees_the_bar_with_its_exact_total() -> None:
    out = _Terminal()
    with Bar(3 * 1024 * 1024, desc="align", stream=out) as bar:
        assert bar.shown
        bar.update(1024 * 1024)
        bar.advance_to(3 * 1024 * 1024)
    text = out.getvalue()
    # The total is the exact byte count (redraws are throttled, so only the first shows).
    assert "align" in text and "/3.00M" in text


def test_build_quiet_prints_no_step_lines(tmp_path: Path, repo_root: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    from termbase.cli import main

    assert main(["build", str(repo_root / "data"), "-o", str(tmp_path / "out"),
                 "--quiet"]) == 0
    captured = capsys.readouterr()
    assert "[ingest]" not in captured.err
    assert "ingested 2 documents" in captured.out


def test_pair_and_mine_show_a_bar_per_counting_pass_unless_quiet(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from termbase.cli.pair import progress_bars

    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert progress_bars(quiet=True) is None
    show = progress_bars()
    assert show is not None
    show("pass 1", 0, 8)
    show("pass 1", 8, 8)
    assert "counting: pass 1" in terminal.getvalue() and "/8" in terminal.getvalue()
    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert progress_bars() is None  # not a terminal: no bar, nothing written


def test_check_reports_exact_steps_and_the_cli_bar_shows_on_a_terminal_only(
        tmp_path: Path, repo_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import termbase
    from termbase.cli import main

    draft = tmp_path / "draft.txt"
    draft.write_text("各国应打击非法经纪活动，执行《行动纲领》。\n", encoding="utf-8")
    glossary = str(repo_root / "glossaries" / "small-arms.tbx")
    seen: list[tuple[str, int, int]] = []
    termbase.check_draft(draft, glossary=glossary, checks=["deprecated", "first_mention"],
                         progress=lambda step, done, total: seen.append((step, done, total)))
    assert seen == [("glossary", 1, 4), ("draft", 2, 4), ("deprecated", 3, 4),
                    ("first_mention", 4, 4)]
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["check", str(draft), "--glossary", glossary, "--fail-on", "never"]) == 0
    assert "check" in terminal.getvalue() and "step" in terminal.getvalue()
    quiet = _Terminal()
    monkeypatch.setattr("sys.stderr", quiet)
    assert main(["check", str(draft), "--glossary", glossary, "--fail-on", "never",
                 "--quiet"]) == 0
    assert "step" not in quiet.getvalue()


def test_a_bar_starts_no_thread() -> None:
    # A thread left running (tqdm's monitor) would keep `termbase check` from using its
    # second core for the rest of the process (check.background forks only alone).
    import threading

    before = set(threading.enumerate())
    with Bar(100, desc="check", stream=_Terminal()) as bar:
        assert bar.shown
        bar.update(50)
        started = set(threading.enumerate()) - before
    assert not started
