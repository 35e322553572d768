"""The engine: ordered outcomes, errors in their place, the same results on every engine."""

from __future__ import annotations

import multiprocessing
import sys
import time

import pytest

from claimdiff.engine import LARGE_DATASET, MAX_CHUNK, Outcome, TaskError, chunk_size, cpu_count, run_cases
from claimdiff.errors import ConfigError, DatasetError, InputError


def square(x: int) -> int:
    """A task: top level, so worker processes can import it."""
    if x == 3:
        raise InputError("three is a bad input", path="data.jsonl", line=3)
    if x == 5:
        raise ValueError("five\nsecond line")
    return x * x


def interrupt_at_two(x: int) -> int:
    if x == 2:
        raise KeyboardInterrupt
    return x


TASKS = [(f"t{i}", i) for i in range(12)]


def _plain(outcomes: list[Outcome[int]]) -> list[tuple[str, int | None, str | None]]:
    return [(o.slug, o.result, o.error.message if o.error else None) for o in outcomes]


def test_results_come_in_task_order_with_errors_in_their_place():
    outcomes = list(run_cases(TASKS, square, workers=1))
    assert [o.slug for o in outcomes] == [s for s, _ in TASKS]
    assert outcomes[4].result == 16 and outcomes[4].ok
    bad = outcomes[3]
    assert not bad.ok and bad.result is None
    assert bad.error == TaskError("data.jsonl:3: three is a bad input", "InputError")


def test_a_bug_in_one_task_is_an_internal_error_with_its_traceback():
    error = list(run_cases(TASKS, square, workers=1))[5].error
    assert error is not None
    assert error.kind == "internal"
    assert error.message == "internal error: ValueError: five"  # one line
    assert error.trace is not None and "ValueError: five" in error.trace


def test_task_errors_turn_back_into_exceptions():
    assert isinstance(TaskError("x: bad", "DatasetError").exception(), DatasetError)
    assert str(TaskError("x: bad", "InputError").exception()) == "x: bad"
    crash = TaskError("internal error: ValueError: five", "internal", "Traceback ...").exception()
    assert isinstance(crash, RuntimeError) and "Traceback" in str(crash)


@pytest.mark.parametrize("chunksize", [None, 1, 5])
def test_two_worker_processes_give_what_one_process_gives(chunksize):
    here = _plain(list(run_cases(TASKS, square, workers=1)))
    there = _plain(list(run_cases(TASKS, square, workers=2, chunksize=chunksize)))
    assert there == here


def test_an_interrupt_in_this_process_propagates():
    seen = []
    with pytest.raises(KeyboardInterrupt):
        for outcome in run_cases([(str(i), i) for i in range(5)], interrupt_at_two, workers=1):
            seen.append(outcome.result)
    assert seen == [0, 1]


def slow_after_first(x: int) -> int:
    if x:
        time.sleep(30)
    return x


def test_stopping_early_stops_the_workers_at_once():
    outcomes = run_cases([(str(i), i) for i in range(20)], slow_after_first, workers=2, chunksize=1)
    assert next(outcomes).result == 0
    outcomes.close()  # must not wait for the running 30-second tasks, nor run the others
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []


def test_no_tasks_no_outcomes():
    assert list(run_cases([], square, workers=4)) == []


def test_workers_must_be_positive():
    with pytest.raises(ConfigError, match="at least 1"):
        list(run_cases(TASKS, square, workers=0))


def test_chunks_amortise_the_per_task_cost_but_keep_every_worker_busy():
    assert chunk_size(10, 2) == 1
    assert chunk_size(10_000, 2) == MAX_CHUNK
    assert chunk_size(400, 2) == 25  # eight chunks per worker
    assert cpu_count() >= 1
    assert LARGE_DATASET > 1


def test_scheduler_without_dask_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    with pytest.raises(ConfigError, match=r"claimdiff\[dask\]"):
        list(run_cases(TASKS, square, scheduler="tcp://127.0.0.1:8786"))


def test_dask_cluster_gives_what_one_process_gives():
    distributed = pytest.importorskip(
        "distributed", reason="the Dask engine needs the extra: pip install 'claimdiff[dask]'"
    )
    with distributed.LocalCluster(processes=False, n_workers=1, dashboard_address=None) as cluster:
        there = _plain(list(run_cases(TASKS, square, scheduler=cluster.scheduler_address, chunksize=5)))
    assert there == _plain(list(run_cases(TASKS, square, workers=1)))
