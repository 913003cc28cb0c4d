"""Where pairing's counting runs: worker processes of this machine, or a Dask cluster.

:func:`open_engine` gives the :class:`~termbase.pair.counting.Engine` that the three
counting passes of a run share: ``"local"`` (a process pool per pass, the default) or
``"dask"`` (a ``distributed.LocalCluster`` with one single-threaded worker process per
job, or the cluster of the scheduler at ``scheduler``). Both run the same tasks over the
same chunks and merge the partial counts in the same tree, so they give identical
results. Dask is an optional extra (``pip install 'termbase[dask]'``) and is imported
only here, only when asked for.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from termbase.errors import InputError, UsageError
from termbase.pair.counting import Engine, LocalEngine, Progress

ENGINES = ("local", "dask")

CONNECT_TIMEOUT = 10.0
"""Seconds to wait for a scheduler to answer, and for it to have a worker."""

class SchedulerError(InputError):
    """The Dask scheduler given cannot be reached."""

    code = "TB660"


class NoWorkersError(InputError):
    """The Dask scheduler answers but has no worker to run tasks."""

    code = "TB661"


class EngineMissingError(UsageError):
    """The Dask engine was asked for but Dask is not installed."""

    code = "TB662"


@contextmanager
def open_engine(name: str = "local", *, workers: int = 1, scheduler: str | None = None,
                progress: Progress | None = None,
                timeout: float = CONNECT_TIMEOUT) -> Iterator[Engine]:
    """The engine ``name`` for the duration of a run; a local Dask cluster is shut down
    afterwards, a remote one is only disconnected from."""
    if name not in ENGINES:
        raise UsageError(f"unknown counting engine {name!r}",
                         hint=f"choose one of: {', '.join(ENGINES)}")
    if scheduler and name != "dask":
        raise UsageError("a scheduler address needs the Dask engine",
                         hint="add --engine dask, or leave out --scheduler")
    if workers < 1:
        raise UsageError("workers must be at least 1")
    if name == "local":
        yield LocalEngine(workers, progress)
        return
    try:
        from termbase.pair.engines.dask_cluster import dask_engine
    except ImportError as exc:
        raise EngineMissingError(
            f"the Dask engine needs Dask, which is not installed ({exc.name})",
            hint="pip install 'termbase[dask]', or use --engine local") from None
    with dask_engine(workers=workers, scheduler=scheduler, progress=progress,
                     timeout=timeout) as engine:
        yield engine


__all__ = ["ENGINES", "EngineMissingError", "NoWorkersError", "Progress", "SchedulerError",
           "open_engine"]
