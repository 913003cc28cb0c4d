"""The Dask engine: counting tasks on a ``distributed`` cluster.

Every chunk is one task (:func:`termbase.pair.counting.run_chunk`), the pass's
arguments (terms, candidates, scores) are sent to each worker once, and the partial
results are merged on the workers in the tree of :func:`~termbase.pair.counting.merge_tree`
— the tree the local engine uses — so only the pass's final counts travel back. Workers
read their chunks from the corpus files themselves: on a cluster of several machines the
files must be at the same path on each (a shared file system).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from distributed import Client, Future, LocalCluster, as_completed

from termbase.pair.corpus import Chunk
from termbase.pair.counting import Progress, merge_tree, pass_name, run_chunk
from termbase.pair.engines import NoWorkersError, SchedulerError

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class DaskEngine:
    """Counting passes as tasks of ``client``."""

    client: Client
    progress: Progress | None = None

    def fold(self, task: Callable[..., R], chunks: Iterable[Chunk], args: tuple[Any, ...],
             merge: Callable[[R, R], R]) -> R:
        client = self.client
        [shared] = client.scatter([args], broadcast=True, hash=False)
        pending = [client.submit(run_chunk, task, chunk, shared, pure=False)
                   for chunk in chunks]
        total = len(pending)

        def merged(left: Future[R], right: Future[R]) -> Future[R]:
            return client.submit(merge, left, right, pure=False)

        final = merge_tree(pending, merged)
        # Only the futures still referenced keep their results on the workers: drop each
        # chunk's as it finishes (the merge task that needs it holds it until then).
        finished = as_completed(pending)
        del pending
        label = pass_name(task)
        for done, future in enumerate(finished, start=1):
            del future
            if self.progress is not None:
                self.progress(label, done, total)
        result: R = final.result()
        return result


@contextmanager
def dask_engine(*, workers: int, scheduler: str | None, progress: Progress | None,
                timeout: float) -> Iterator[DaskEngine]:
    """A client of the scheduler at ``scheduler``, or of a new local cluster of
    ``workers`` single-threaded worker processes (closed on exit)."""
    with ExitStack() as stack:
        if scheduler is None:
            cluster = stack.enter_context(LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True,
                dashboard_address=":0", silence_logs=logging.ERROR))
            client = stack.enter_context(Client(cluster))
        else:
            client = stack.enter_context(_connect(scheduler, timeout))
        yield DaskEngine(client, progress)


def _connect(address: str, timeout: float) -> Client:
    try:
        client = Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SchedulerError(
            f"cannot reach the Dask scheduler at {address} within {timeout:g} s "
            f"({type(exc).__name__}: {exc})", path=address,
            hint="start one with 'dask scheduler' and 'dask worker ADDRESS', check the "
                 "address (tcp://HOST:8786), or leave out --scheduler for a local "
                 "cluster") from None
    try:
        client.wait_for_workers(1, timeout=timeout)
    except (OSError, TimeoutError) as exc:
        client.close()
        raise NoWorkersError(
            f"the Dask scheduler at {address} has no worker ({type(exc).__name__})",
            path=address, hint=f"start one: dask worker {address}") from None
    return client
