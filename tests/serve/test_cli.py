"""``termbase serve``: a port that is not a port, or is taken, ends in exit 2 with one
clear message and before the glossary is read."""

from __future__ import annotations

import socket

import pytest

from termbase.cli import EXIT_BAD_INPUT, main


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
