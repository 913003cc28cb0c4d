"""The one place where worker processes keep state between tasks.

A process pool runs an initializer once per worker; what it loads there (a tokenizer
with its dictionary, the settings of the run) must outlive the initializer so that each
task does not load it again. Module-level variables scattered over the code would do,
and would be easy to forget about; so every such value lives here, under a name, and
nowhere else:

========================  =========================================================
name                      set by
========================  =========================================================
``extract``               :func:`termbase.extract.counting.count_all` (tokenizer,
                          longest n-gram) for :func:`~termbase.extract.counting.analyse_batch`
========================  =========================================================

Only worker processes call :func:`install`. In the parent process the store stays
empty, so nothing here can leak from one run into another; pairing's worker tasks
(:mod:`termbase.pair.counting`) carry their inputs in the task and need no state.
"""

from __future__ import annotations

from typing import Any

_installed: dict[str, Any] = {}


def install(name: str, value: Any) -> None:
    """Keep ``value`` under ``name`` for the tasks this worker process will run."""
    _installed[name] = value


def installed(name: str) -> Any:
    """The value a worker's initializer installed under ``name``.

    Raises RuntimeError when there is none: a task meant for a worker process ran
    somewhere its initializer did not.
    """
    try:
        return _installed[name]
    except KeyError:
        raise RuntimeError(f"no worker state '{name}': the pool's initializer did not "
                           "run in this process") from None


__all__ = ["install", "installed"]
