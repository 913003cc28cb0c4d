"""``python -m termbase`` runs the same command line as the ``termbase`` script."""

from __future__ import annotations

import subprocess
import sys

from termbase import __version__


def test_python_dash_m_runs_the_command_line() -> None:
    done = subprocess.run([sys.executable, "-m", "termbase", "--version"],
                          capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0
    assert done.stdout.strip() == f"termbase, version {__version__}"


def test_python_dash_m_keeps_the_exit_code_of_bad_input() -> None:
    done = subprocess.run([sys.executable, "-m", "termbase", "lookup", "大会", "--glossary",
                           "/nonexistent/g.tbx"],
                          capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "g.tbx" in done.stderr and "Traceback" not in done.stderr
