"""Work for the second core: a pure computation run in a forked child while the parent
goes on, its result handed back through a pipe.

The number check reads the draft's text alone and is a third of a large draft's checks;
started before the matching, it is done by the time the checks reach it.
"""

from __future__ import annotations

import os
import pickle
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def in_background(work: Callable[[], T]) -> Callable[[], T]:
    """Start ``work`` in a forked child; the function returned waits for its result.

    Where there is no fork, or other threads run (a server's: a fork copies only this
    one, and a lock another holds would stay locked in the child), ``work`` runs now, in
    this process; when the child fails, it runs here again, so that its error is raised
    here as it would be without the child. The
    function returned must be called once, also when the caller gives up, so that the
    child does not stay behind.
    """
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return _now(work)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: no cleanup of the parent's state, just the result
        status = 1
        try:
            os.close(read_end)
            data = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)

    def result() -> T:
        with os.fdopen(read_end, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        if status != 0:
            return work()
        value: T = pickle.loads(data)
        return value

    return result


def _now(work: Callable[[], T]) -> Callable[[], T]:
    value = work()
    return lambda: value
