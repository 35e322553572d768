"""The engine: one function over many cases, in this process, in local worker processes, or on Dask.

``run_cases`` is the only way ``batch`` and ``check`` run more than one case. It yields
``(slug, result)`` in the order the tasks were given, whatever engine ran them and in
whatever order they finished, so the output of a run never depends on scheduling. A task
that raises becomes a ``TaskError`` in its place and the other tasks go on; a
``KeyboardInterrupt`` in the caller cancels the pending work, stops the workers and
propagates.

Tasks travel in chunks: starting a task in another process costs a pickle round trip and a
queue hop, which is as much as the pipeline spends on a three-sentence case. Only a bounded
window of chunks is in flight, so a long dataset is never pickled all at once.
"""

from __future__ import annotations

import os
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any, Generic, Protocol, TypeVar

from claimdiff.errors import ClaimdiffError, ConfigError

P = TypeVar("P")
R = TypeVar("R")

# More cases than this and the local engine pays for itself (worker start-up is ~0.2 s).
LARGE_DATASET = 32
# Chunks per worker kept in flight: enough to hide the queue hop, few enough to stay in order.
WINDOW_PER_WORKER = 4
MAX_CHUNK = 32


@dataclass(frozen=True, slots=True)
class TaskError:
    """Why one task failed: a one-line message and the error's class name.

    ``kind`` is the ``ClaimdiffError`` subclass for bad input, or ``"internal"`` for a bug,
    whose traceback is kept in ``trace``.
    """

    message: str
    kind: str
    trace: str | None = None

    def exception(self) -> Exception:
        """The error as an exception, to re-raise where one case must stop a run: the library's
        own class for bad input, a ``RuntimeError`` carrying the worker's traceback for a bug."""
        from claimdiff import errors

        cls = getattr(errors, self.kind, None)
        if isinstance(cls, type) and issubclass(cls, ClaimdiffError):
            return cls(self.message)
        return RuntimeError(f"{self.message}\n{self.trace or ''}".rstrip())


@dataclass(frozen=True, slots=True)
class Outcome(Generic[R]):
    """One task's result, or its error."""

    slug: str
    result: R | None
    error: TaskError | None

    @property
    def ok(self) -> bool:
        return self.error is None


def cpu_count() -> int:
    """The CPUs this process may run on (a container's quota, not the host's)."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def chunk_size(tasks: int, workers: int) -> int:
    """Tasks per chunk: about eight chunks per worker, never more than ``MAX_CHUNK`` tasks."""
    return max(1, min(MAX_CHUNK, tasks // (workers * 8)))


def local_processes(workers: int | None, tasks: int) -> int:
    """How many local processes ``run_cases`` runs ``tasks`` on (1: in this process)."""
    return min(workers or cpu_count(), max(1, tasks))


def run_cases(
    tasks: Sequence[tuple[str, P]],
    fn: Callable[[P], R],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    chunksize: int | None = None,
) -> Generator[Outcome[R], None, None]:
    """Run ``fn`` on every task's payload; yield an ``Outcome`` per task, in task order.

    ``workers`` is the number of local processes (default: the CPU count; 1 runs here, in
    this process). ``scheduler`` is a Dask distributed scheduler address
    (``tcp://host:8786``); its workers need claimdiff installed. ``fn`` must be a top-level
    function (or a ``functools.partial`` of one) so that it pickles by reference.
    """
    if workers is not None and workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {workers}")
    slugs = [slug for slug, _ in tasks]
    payloads = [payload for _, payload in tasks]
    results: Generator[R | TaskError, None, None]
    if scheduler is not None:
        results = _dask(payloads, fn, scheduler, chunksize)
    else:
        n = local_processes(workers, len(payloads))
        size = chunksize or chunk_size(len(payloads), n)
        if n == 1:
            results = (_call(fn, p) for p in payloads)
        else:
            results = _local(payloads, fn, n, size)
    try:
        for slug, value in zip(slugs, results, strict=True):
            if isinstance(value, TaskError):
                yield Outcome(slug, None, value)
            else:
                yield Outcome(slug, value, None)
    finally:
        # Closing the inner generator now, not at garbage collection, stops the workers at once.
        results.close()


# ---------------------------------------------------------------------------
# What runs in a worker: top-level functions, so any start method (fork, spawn) can find them


def _call(fn: Callable[[P], R], payload: P) -> R | TaskError:
    try:
        return fn(payload)
    except ClaimdiffError as exc:
        return TaskError(str(exc), type(exc).__name__)
    except Exception as exc:  # noqa: BLE001 - one broken case must not stop thousands of others
        first = str(exc).splitlines()[0] if str(exc) else ""
        return TaskError(
            f"internal error: {type(exc).__name__}: {first}".rstrip(": "),
            "internal",
            traceback.format_exc(),
        )


def _run_chunk(fn: Callable[[P], R], chunk: list[P]) -> list[R | TaskError]:
    return [_call(fn, p) for p in chunk]


def _worker_init() -> None:
    import signal

    # Ctrl-C reaches the whole process group; only the parent decides what to do with it,
    # so a worker never dies half-way through a chunk with a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import claimdiff.pipeline  # noqa: F401 - pay the import once, not inside the first chunk


# ---------------------------------------------------------------------------
# Engines


class _Future(Protocol):
    def result(self) -> Any: ...

    def cancel(self) -> Any: ...


def _chunks(payloads: list[P], size: int) -> Iterator[list[P]]:
    it = iter(payloads)
    while chunk := list(islice(it, size)):
        yield chunk


def _in_order(
    chunks: Iterable[list[P]],
    submit: Callable[[list[P]], _Future],
    window: int,
    cancel: Callable[[list[_Future]], None] | None = None,
) -> Generator[Any, None, None]:
    """Submit chunks with at most ``window`` in flight; yield their results in submission order.

    ``cancel`` gets the futures still in flight when the caller stops early (Ctrl-C, an error).
    """
    pending: deque[_Future] = deque()
    it = iter(chunks)
    try:
        for chunk in islice(it, window):
            pending.append(submit(chunk))
        while pending:
            done = pending.popleft().result()
            for chunk in islice(it, 1):
                pending.append(submit(chunk))
            yield from done
    finally:
        if pending and cancel is not None:
            cancel(list(pending))


def _local(
    payloads: list[P], fn: Callable[[P], R], workers: int, size: int
) -> Generator[R | TaskError, None, None]:
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)
    finished = False
    try:
        yield from _in_order(
            _chunks(payloads, size), lambda c: pool.submit(_run_chunk, fn, c), workers * WINDOW_PER_WORKER
        )
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            _stop(pool)


def _stop(pool: Any) -> None:
    """Stop a process pool now: end the chunks that are running and drop the queued ones."""
    if hasattr(pool, "terminate_workers"):  # Python 3.14+
        pool.terminate_workers()
        return
    # NOTE: before 3.14 the executor has no public way to stop a running task, and waiting for
    # a 20,000-statement case to end after Ctrl-C is worse than reaching into its process table
    # (taken before shutdown(), which forgets it). The pool then finds its workers dead and
    # fails every queued future with BrokenProcessPool, which nobody waits for. Futures must
    # not be cancelled first: 3.11's clean-up raises on a cancelled one and never closes the
    # call queue, whose feeder thread then blocks the interpreter's exit (3.10 never closes it:
    # hence cancel_join_thread). Waiting for that clean-up to end keeps it from racing the
    # executor's own exit hook.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    call_queue = getattr(pool, "_call_queue", None)
    if call_queue is not None:
        call_queue.cancel_join_thread()  # its feeder may be stuck writing to dead workers
    pool.shutdown(wait=False)
    for proc in processes:
        proc.terminate()
    if manager is not None:
        manager.join(timeout=10)


def _dask(
    payloads: list[P], fn: Callable[[P], R], scheduler: str, chunksize: int | None
) -> Generator[R | TaskError, None, None]:
    try:
        from distributed import Client
    except ImportError:
        raise ConfigError("--scheduler needs Dask distributed: pip install 'claimdiff[dask]'") from None
    try:
        client = Client(scheduler, set_as_default=False, timeout="20s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        threads = max(1, sum(client.nthreads().values()))
        size = chunksize or chunk_size(len(payloads), threads)
        yield from _in_order(
            _chunks(payloads, size),
            # pure=False: two equal chunks are still two tasks, never one cached result.
            lambda c: client.submit(_run_chunk, fn, c, pure=False),
            threads * WINDOW_PER_WORKER,
            cancel=lambda futures: client.cancel(futures),
        )
    finally:
        client.close()
