"""Tests of termbase.cli.serve."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from termbase.cli import EXIT_BAD_INPUT, main

# ``termbase serve``: a port that is not a port, or is taken, ends in exit 2 with one
# clear message and before the glossary is read.

def test_a_port_out_of_range_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--port", "99999"]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "port 99999 is not a TCP port [TB320]" in err and "Traceback" not in err


def test_a_port_in_use_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        # A glossary that does not exist: the port is checked first, so this is not read.
        assert main(["serve", "--port", str(port), "-g", "no-such.tbx"]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert f"port {port} on 127.0.0.1 is already in use [TB321]" in err


def test_a_missing_glossary_is_refused_after_the_port_is_free(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--port", "0", "-g", "no-such.tbx"]) == EXIT_BAD_INPUT
    assert "no-such.tbx" in capsys.readouterr().err


def test_what_reading_the_glossary_noticed_is_printed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # The page's glossary warnings were dropped: a guessed encoding went unsaid.
    from termbase.serve import server

    def serve_once(make_app: Callable[[], Any], host: str, port: int,
                   on_ready: Callable[[str], None] | None) -> None:
        make_app()  # what the server does first; then it would listen

    monkeypatch.setattr(server, "serve", serve_once)
    glossary = tmp_path / "legacy.csv"
    glossary.write_bytes("中文,英文\n世界海关组织,World Customs Organization\n"
                         .encode("gb18030"))
    assert main(["serve", "--port", "0", "-g", str(glossary)]) == 0
    assert "[TB102]" in capsys.readouterr().err


def test_the_encoding_the_refusal_asks_for_is_taken(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # A Western code page is never guessed, and the refusal says "pass --encoding", which
    # serve did not have (every other command that reads glossaries does).
    from termbase.serve import server
    from termbase.serve.catalog import Catalog

    apps: list[Any] = []

    def serve_once(make_app: Callable[[], Any], host: str, port: int,
                   on_ready: Callable[[str], None] | None) -> None:
        apps.append(make_app())

    monkeypatch.setattr(server, "serve", serve_once)
    glossary = tmp_path / "western.csv"
    glossary.write_bytes("English\ncafé society\n".encode("cp1252"))
    assert main(["serve", "--port", "0", "-g", str(glossary)]) == EXIT_BAD_INPUT
    assert "--encoding" in capsys.readouterr().err and not apps
    assert main(["serve", "--port", "0", "-g", str(glossary), "--encoding", "cp1252"]) == 0
    assert len(apps) == 1
    catalog = Catalog.open(str(glossary), "cp1252")
    try:
        assert [hit["id"] for hit in catalog.search("café society")["hits"]]
    finally:
        catalog.close()
