"""Progress bars for the command line: on standard error, only when it is a terminal,
never with ``--quiet``; the library itself only calls back (``progress=`` arguments).

One helper for every command, so that bars look alike and a pipe or a log file never
receives carriage-return noise. Totals are exact where they can be known (bytes of the
input files, pairs of a batch); tqdm draws the bar.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any, TextIO


class Bar:
    """A progress bar, or nothing at all when it must not be shown (every method is then
    a no-op). Use as a context manager so the line is cleared however the work ends."""

    def __init__(self, total: int | None, *, desc: str, unit: str = "B",
                 quiet: bool = False, stream: TextIO | None = None) -> None:
        out = sys.stderr if stream is None else stream
        self._bar: Any = None
        if quiet or not _is_terminal(out):
            return
        from tqdm import tqdm

        # No monitor thread: tqdm's would outlive the bar, and a process with another
        # thread does not fork (`termbase check` runs its number check in a forked
        # child, :mod:`termbase.check.background`). Our bars are updated often enough.
        tqdm.monitor_interval = 0
        as_bytes = unit == "B"
        self._bar = tqdm(total=total, desc=desc, unit=unit, unit_scale=as_bytes,
                         unit_divisor=1024 if as_bytes else 1000, file=out, leave=False,
                         dynamic_ncols=True)

    @property
    def shown(self) -> bool:
        return self._bar is not None

    def update(self, amount: int) -> None:
        """``amount`` more units done."""
        if self._bar is not None:
            self._bar.update(amount)

    def advance_to(self, done: int, total: int | None = None) -> None:
        """``done`` units done in all (of ``total``, when it has changed)."""
        if self._bar is None:
            return
        if total is not None and total != self._bar.total:
            self._bar.total = total
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Bar:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or not a real stream
        return False

