"""Python code run in a fresh interpreter, for tests of what a command imports: the test
process has imported nearly everything already, so only a new one can tell."""

from __future__ import annotations

import subprocess
import sys


def printed(code: str) -> str:
    """What ``code`` prints (stripped), run by ``python -c`` in a new process; an error
    in it fails the test with its traceback."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip()
