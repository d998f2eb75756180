"""Where per-file work runs: in this process, in a process pool, or on a Dask cluster.

Every engine yields results in the order of the inputs, so that outputs are identical,
row for row, whichever engine produced them.
"""

from __future__ import annotations

import collections
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from ..errors import UsageError, WorkerDied
from ..options import ENGINES

T = TypeVar("T")
R = TypeVar("R")



def choose_engine(engine: str | None, workers: int) -> str:
    """Default engine: serial for one worker, a process pool otherwise."""
    if engine is None:
        return "serial" if workers <= 1 else "process"
    if engine not in ENGINES:
        raise UsageError(f"unknown engine '{engine}'; choose one of {', '.join(ENGINES)}")
    return engine


def map_ordered(
    func: Callable[[T], R],
    items: Iterable[T],
    engine: str = "serial",
    workers: int = 1,
    scheduler: str | None = None,
    window: int | None = None,
) -> Iterator[R]:
    """Apply FUNC to ITEMS on ENGINE and yield the results in input order.

    At most WINDOW items are in flight at once, so memory stays flat however long ITEMS is.
    """
    engine = choose_engine(engine, workers)
    if engine == "serial":
        yield from map(func, items)
    elif engine == "process":
        yield from _map_process(func, items, workers, window or 4 * max(1, workers))
    else:
        yield from _map_dask(func, items, workers, scheduler, window or 8 * max(1, workers))


def _map_process(func, items, workers, window):
    """A pool of worker processes, WINDOW items in flight. A worker that dies (the system's out-of-memory
    killer, a crash in a library's C code) stops the run with WorkerDied: multiprocessing.Pool waited for
    its lost result forever, a run hung silently."""
    # fork shares the loaded dictionaries and models with the workers at no cost where it exists.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pool = ProcessPoolExecutor(max_workers=max(1, workers), mp_context=multiprocessing.get_context(method),
                               initializer=_leave_interrupts_to_parent)
    finished = False
    try:
        pending: collections.deque = collections.deque()
        for item in items:
            pending.append(pool.submit(func, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
        finished = True
    except BrokenProcessPool as exc:  # a result lost, or a submit to a pool a death already broke
        raise _worker_died() from exc
    finally:
        if not finished:  # stopped (an error, Ctrl-C, SIGTERM): end the workers now, not after their batch
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                process.terminate()
        pool.shutdown(wait=finished, cancel_futures=True)


def _worker_died() -> WorkerDied:
    return WorkerDied("a worker process died while processing files (killed by the system: out of memory? "
                      "try fewer --workers); nothing new was written; the next run reuses the files "
                      "already finished (unless --no-cache)", zh=("cli_text.worker_died", {}))


def _leave_interrupts_to_parent() -> None:
    """Ctrl-C at a terminal signals the whole process group: the parent stops the run (exit 130,
    one line) and terminates the pool, so a worker ignores SIGINT instead of printing its own
    traceback. SIGTERM, which the parent's pool sends to end its workers, ends them as by default, not
    through a handler the command line installed in the parent before the fork."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _map_dask(func, items, workers, scheduler, window):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise UsageError("the dask engine needs 'pip install unionmine[dask]'") from exc

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=max(1, workers),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            # the scheduler serves HTTP (health, metrics) even without a dashboard, on 8787 unless told:
            # with another Dask run on the machine, it warned "Port 8787 is already in use" on stderr
            scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
            # CRITICAL only: at shutdown a worker's heartbeat may race the closing scheduler and log an ERROR
            # ("Failed to communicate with scheduler during heartbeat") with a traceback; a task's own error
            # still reaches the run through its future
            silence_logs=50,
        )
        client = Client(cluster)
    try:
        pending: list = []
        for item in items:
            pending.append(client.submit(func, item, pure=False))
            if len(pending) >= window:
                yield _dask_result(pending.pop(0))
        for future in pending:
            yield _dask_result(future)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_result(future):
    """FUTURE's result; a task whose workers kept dying (distributed's KilledWorker, raised once the
    scheduler's allowed-failures are spent) is the process engine's WorkerDied, not an internal error."""
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker as exc:
        raise _worker_died() from exc
    finally:
        future.release()


def default_workers() -> int:
    """Number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1
