"""The worker pool: jobs run in other processes, results and errors come back, a dead
worker fails only its own job and is replaced, and closing ends the workers."""

import asyncio
import gc
import multiprocessing.forkserver
import os
import time

import pytest

from archiver.errors import WorkerCrashed
from archiver.workers import WorkerPool


def whoami(value: int) -> tuple[int, int]:
    return os.getpid(), value * 2


def fail(message: str) -> None:
    raise ValueError(message)


def die() -> None:
    os._exit(3)


async def _run_jobs(pool: WorkerPool, count: int) -> list[tuple[int, int]]:
    return await asyncio.gather(*(pool.run(whoami, n) for n in range(count)))


def test_jobs_run_in_worker_processes_and_results_come_back_in_order():
    async def scenario():
        pool = WorkerPool(2)
        try:
            return await _run_jobs(pool, 40)
        finally:
            pool.close()

    results = asyncio.run(scenario())
    assert [value for _, value in results] == [n * 2 for n in range(40)]
    pids = {pid for pid, _ in results}
    assert os.getpid() not in pids
    assert 1 <= len(pids) <= 2


def test_workers_leave_what_they_inherit_out_of_garbage_collection():
    """Inherited objects frozen: a full collection in a worker would otherwise write to
    every page it shares with the forkserver, and the copies add up to a model's size."""

    async def scenario():
        pool = WorkerPool(1)
        try:
            return await pool.run(gc.get_freeze_count)
        finally:
            pool.close()

    assert asyncio.run(scenario()) > 1000


def test_an_exception_in_a_job_reaches_the_caller_with_its_type():
    async def scenario():
        pool = WorkerPool(2)
        try:
            with pytest.raises(ValueError, match="bad page"):
                await pool.run(fail, "bad page")
            return await pool.run(whoami, 5)  # the worker is still there
        finally:
            pool.close()

    assert asyncio.run(scenario())[1] == 10


def test_a_dead_worker_fails_only_its_job_and_is_replaced():
    async def scenario():
        pool = WorkerPool(2)
        try:
            before = {pid for pid, _ in await _run_jobs(pool, 10)}
            crash = asyncio.ensure_future(pool.run(die))
            after = await _run_jobs(pool, 20)
            with pytest.raises(WorkerCrashed, match="exit code 3"):
                await crash
            later = await _run_jobs(pool, 20)
            return before, after, later
        finally:
            pool.close()

    before, after, later = asyncio.run(scenario())
    assert [v for _, v in after] == [n * 2 for n in range(20)]
    assert [v for _, v in later] == [n * 2 for n in range(20)]
    assert {pid for pid, _ in later} - before  # a new process took the dead one's place


def test_close_ends_the_workers_cleanly():
    async def scenario():
        pool = WorkerPool(2)
        await _run_jobs(pool, 4)
        workers = [worker.process for worker in pool._workers]
        pool.close()
        return workers

    processes = asyncio.run(scenario())
    assert len(processes) == 2
    # exit code 0: each worker left its loop on end-of-file, it was not killed
    assert [p.exitcode for p in processes] == [0, 0]
    with pytest.raises(RuntimeError, match="closed"):
        asyncio.run(_closed_pool_run())


async def _closed_pool_run() -> None:
    pool = WorkerPool(1)
    pool.close()
    await pool.run(whoami, 1)


def hang() -> None:
    time.sleep(60)


def test_a_job_over_the_time_limit_fails_with_that_reason_and_its_worker_is_replaced():
    async def scenario():
        pool = WorkerPool(2, time_limit=3.0)
        try:
            await _run_jobs(pool, 4)
            with pytest.raises(WorkerCrashed, match=r"took longer than 3 s"):
                await pool.run(hang)
            return await _run_jobs(pool, 10)
        finally:
            pool.close()

    started = time.monotonic()
    after = asyncio.run(scenario())
    assert [v for _, v in after] == [n * 2 for n in range(10)]
    assert time.monotonic() - started < 30  # not the 60 s the job would have taken


def test_workers_started_early_are_ready_before_the_first_job():
    async def scenario():
        pool = WorkerPool(2)
        try:
            pool.start_soon()
            for _ in range(600):  # the forkserver and two workers, on a loaded machine
                if pool.live_workers == 2:
                    break
                await asyncio.sleep(0.05)
            ready = pool.live_workers
            results = await _run_jobs(pool, 4)
            return ready, results
        finally:
            pool.close()

    ready, results = asyncio.run(scenario())
    assert ready == 2
    assert [value for _, value in results] == [0, 2, 4, 6]


def _forkserver_children() -> list[int]:
    """Processes the forkserver forked (our workers) that are still running."""
    server = multiprocessing.forkserver._forkserver._forkserver_pid
    children = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue  # not a process, or one that exited while we looked
        if fields[0] != "Z" and int(fields[1]) == server:
            children.append(int(entry))
    return children


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc")
def test_closing_while_workers_start_leaves_no_worker_running():
    # the forkserver is shared by every pool in this process: workers an earlier test's
    # pool is still shutting down are not this pool's
    before = set(_forkserver_children())

    async def scenario():
        pool = WorkerPool(2)
        pool.start_soon()
        await asyncio.sleep(0)  # the start is under way: the forkserver is booting
        pool.close()
        await asyncio.sleep(2.0)  # longer than a start left running would take here
        for _ in range(300):
            if not set(_forkserver_children()) - before:
                break
            await asyncio.sleep(0.05)
        return sorted(set(_forkserver_children()) - before)

    assert asyncio.run(scenario()) == []
