"""Worker processes for CPU-bound work, fed from the event loop through pipes.

Why not ``ProcessPoolExecutor``: its feeder and manager threads live in the crawl
process and fight the event loop for the GIL; on a busy machine every hand-over waits
for the OS to schedule the other thread, and the loop (which fetches and stores for
every worker) stalls. Here the crawl process has no extra thread: requests and results
are length-prefixed pickles on two pipes per worker, read and written by the loop.

Each worker holds at most ``PREFETCH`` jobs (one running, the next already in its pipe),
so the jobs left waiting stay in one queue and go to whichever worker frees up first.
A worker that dies fails only the job it was running (``WorkerCrashed``); the job
waiting in its pipe goes back to the queue, and a new worker takes its place.
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import gc
import logging
import multiprocessing
import os
import pickle
import struct
import sys
from collections import deque
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from .errors import WorkerCrashed

log = logging.getLogger(__name__)
_LIBC = ctypes.CDLL(ctypes.util.find_library("c")) if sys.platform == "linux" else None

HEADER = struct.Struct("!Q")  # payload length
PREFETCH = 2
TRIM_EVERY = 4  # jobs between returns of freed heap memory to the system
JOIN_SECONDS = 5.0

Job = tuple[Callable[..., Any], tuple[Any, ...]]


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks: list[bytes] = []
    while size:
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _frame(message: object) -> bytes:
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return HEADER.pack(len(payload)) + payload


def _serve(requests: Connection, results: Connection) -> None:
    """A worker's life: run each job it is sent, send back (job id, ok, value)."""
    # What the forkserver preloaded (modules, the NER model) is shared with it page by
    # page until written to. A full garbage collection writes to every object it visits,
    # so after a few thousand pages each worker held its own copy of those pages (the
    # tree's memory grew by a sixth); frozen, the collector leaves them alone.
    gc.freeze()
    rfd, wfd = requests.fileno(), results.fileno()
    done = 0
    while (header := _read_exactly(rfd, HEADER.size)) is not None:
        body = _read_exactly(rfd, HEADER.unpack(header)[0])
        if body is None:
            return
        job_id, function, args = pickle.loads(body)
        try:
            reply = _frame((job_id, True, function(*args)))
        except Exception as exc:  # sent back and raised in the caller, with its type
            reply = _error_frame(job_id, exc)
        _write_all(wfd, reply)
        done += 1
        if done % TRIM_EVERY == 0:
            _release_freed_memory()


def _release_freed_memory() -> None:
    """Hand the heap that pages' parses left free back to the system (glibc keeps it
    otherwise), so each worker's resident memory stays near its working size. About
    0.2 ms, so every few jobs rather than after each."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _discard(process: multiprocessing.process.BaseProcess, pipes: tuple[Connection, ...]) -> None:
    """Stop a worker nobody will use: closing our ends of its pipes ends its loop."""
    for pipe in pipes:
        pipe.close()
    if process.pid is not None:
        process.join(JOIN_SECONDS)
        if process.is_alive():
            process.kill()
            process.join()


def _error_frame(job_id: int, exc: Exception) -> bytes:
    try:
        return _frame((job_id, False, exc))
    except Exception:  # an exception that does not pickle still reaches the caller
        return _frame((job_id, False, RuntimeError(f"{type(exc).__name__}: {exc}")))


def _pipe_file(connection: Connection, mode: str) -> Any:
    """The connection's pipe as a file object the event loop can own."""
    fd = os.dup(connection.fileno())
    connection.close()
    return os.fdopen(fd, mode, buffering=0)


class _Reader(asyncio.Protocol):
    """Splits a worker's result pipe into messages."""

    def __init__(self, worker: _Worker) -> None:
        self.worker = worker
        self.buffer = bytearray()

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while len(self.buffer) >= HEADER.size:
            (size,) = HEADER.unpack_from(self.buffer)
            if len(self.buffer) < HEADER.size + size:
                return
            message = pickle.loads(self.buffer[HEADER.size : HEADER.size + size])
            del self.buffer[: HEADER.size + size]
            self.worker.pool._result(self.worker, *message)

    def connection_lost(self, exc: Exception | None) -> None:
        self.worker.pool._lost(self.worker)


class _Worker:
    def __init__(self, pool: WorkerPool, process: multiprocessing.process.BaseProcess) -> None:
        self.pool = pool
        self.process = process
        self.jobs: set[int] = set()
        self.sent: dict[int, Job] = {}  # kept until done, to resend if the worker dies
        self.writer: asyncio.WriteTransport | None = None
        self.reader: asyncio.ReadTransport | None = None
        self.alive = True
        self.busy_since = 0.0  # when its current job started (loop time), 0 when idle
        self.stopped_because: str | None = None  # why we stopped it, if we did


class WorkerPool:
    """``await pool.run(function, *args)`` runs a picklable function in a worker process."""

    def __init__(
        self, size: int, preload: tuple[str, ...] = (), time_limit: float | None = None
    ) -> None:
        self.size = max(1, size)
        self.time_limit = time_limit  # seconds one job may run before its worker is stopped
        # forkserver, not fork: the caller may have threads (the demo serves from one),
        # and a forked child can inherit a lock some thread held at that moment.
        self._context = multiprocessing.get_context("forkserver")
        if preload:
            # "__main__" is multiprocessing's own default, kept: the main script is then
            # imported once by the forkserver rather than again by every worker
            self._context.set_forkserver_preload(["__main__", *preload])
        self._workers: list[_Worker] = []
        self._queue: deque[tuple[int, Job]] = deque()
        self._futures: dict[int, asyncio.Future[Any]] = {}
        self._next_id = 0
        self._closed = False
        self._start_lock: asyncio.Lock | None = None
        self._starting: asyncio.Task[None] | None = None
        self._watchdog: asyncio.Task[None] | None = None

    async def run(self, function: Callable[..., Any], *args: Any) -> Any:
        if self._closed:
            raise RuntimeError("worker pool is closed")
        await self._ensure_started()
        loop = asyncio.get_running_loop()
        self._next_id += 1
        job_id = self._next_id
        future: asyncio.Future[Any] = loop.create_future()
        self._futures[job_id] = future
        self._queue.append((job_id, (function, args)))
        self._dispatch()
        return await future

    @property
    def live_workers(self) -> int:
        return sum(1 for worker in self._workers if worker.alive)

    def start_soon(self) -> None:
        """Start the workers in the background (the forkserver's imports and model take
        seconds), so they are ready by the time the first page is fetched."""
        if self._starting is None and not self._closed:
            self._starting = asyncio.ensure_future(self._ensure_started())
            # a failure is raised again by the first run(); never left unretrieved
            self._starting.add_done_callback(lambda task: task.cancelled() or task.exception())

    # ------------------------------------------------------------ workers

    async def _ensure_started(self) -> None:
        if len(self._workers) >= self.size:
            return
        if self._start_lock is None:
            self._start_lock = asyncio.Lock()
        async with self._start_lock:
            while len(self._workers) < self.size and not self._closed:
                self._workers.append(await self._spawn())
        if self.time_limit and self._watchdog is None:
            self._watchdog = asyncio.ensure_future(self._watch())

    async def _watch(self) -> None:
        """Stop a worker whose job has run past the time limit (a page that sends the
        extractor into a near-endless loop): the job fails with the reason, the worker
        is replaced, and the crawl goes on."""
        assert self.time_limit
        loop = asyncio.get_running_loop()
        while not self._closed:
            await asyncio.sleep(min(1.0, self.time_limit / 4))
            for worker in list(self._workers):
                running = loop.time() - worker.busy_since if worker.busy_since else 0.0
                if worker.alive and running > self.time_limit:
                    worker.stopped_because = f"took longer than {self.time_limit:g} s"
                    worker.process.kill()

    async def _spawn(self) -> _Worker:
        requests_in, requests_out = self._context.Pipe(duplex=False)
        results_in, results_out = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=_serve, args=(requests_in, results_out), daemon=True, name="archiver-worker"
        )
        # starting a forkserver child blocks on the server's reply: off the loop
        starting = asyncio.ensure_future(asyncio.to_thread(process.start))
        ours = (requests_out, results_in)
        try:
            await asyncio.shield(starting)
        except asyncio.CancelledError:
            # the thread starts the process anyway: stop it once it has started
            starting.add_done_callback(lambda _: _discard(process, ours))
            raise
        finally:
            requests_in.close()  # the child's ends: it has its own copies once started
            results_out.close()
        if self._closed:  # the pool closed while this worker was starting
            _discard(process, ours)
            raise WorkerCrashed("the worker pool closed while a worker was starting")
        worker = _Worker(self, process)
        loop = asyncio.get_running_loop()
        worker.writer, _ = await loop.connect_write_pipe(
            asyncio.Protocol, _pipe_file(requests_out, "wb")
        )
        worker.reader, _ = await loop.connect_read_pipe(
            lambda: _Reader(worker), _pipe_file(results_in, "rb")
        )
        return worker

    def _dispatch(self) -> None:
        for worker in self._workers:
            while self._queue and worker.alive and len(worker.jobs) < PREFETCH:
                job_id, job = self._queue.popleft()
                if self._futures[job_id].cancelled():
                    del self._futures[job_id]
                    continue
                if not worker.jobs:
                    worker.busy_since = asyncio.get_running_loop().time()
                worker.jobs.add(job_id)
                worker.sent[job_id] = job
                assert worker.writer is not None
                worker.writer.write(_frame((job_id, *job)))

    def _result(self, worker: _Worker, job_id: int, ok: bool, value: Any) -> None:
        worker.jobs.discard(job_id)
        worker.sent.pop(job_id, None)
        # its next job (already in its pipe) starts now
        worker.busy_since = asyncio.get_running_loop().time() if worker.jobs else 0.0
        future = self._futures.pop(job_id, None)
        if future is not None and not future.done():
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
        self._dispatch()

    def _lost(self, worker: _Worker) -> None:
        """A worker's result pipe closed: it exited. Fail its jobs, start a replacement."""
        if not worker.alive:
            return
        worker.alive = False
        worker.process.join(timeout=1.0)
        reason = worker.stopped_because or (
            f"extraction worker exited (exit code {worker.process.exitcode})"
        )
        if worker.jobs:
            # a worker runs its jobs in the order sent: the oldest was running, the
            # others were still waiting in its pipe and go back to the front of the queue
            running, *waiting = sorted(worker.jobs)
            future = self._futures.pop(running, None)
            if future is not None and not future.done():
                future.set_exception(WorkerCrashed(reason))
            for job_id in reversed(waiting):
                self._queue.appendleft((job_id, worker.sent[job_id]))
        worker.jobs.clear()
        worker.sent.clear()
        if worker.writer is not None:
            worker.writer.close()
        if worker in self._workers:
            self._workers.remove(worker)
        if self._closed:
            return
        log.warning("%s; starting another", reason)
        replacement = asyncio.ensure_future(self._replace())
        replacement.add_done_callback(self._replaced)

    async def _replace(self) -> None:
        await self._ensure_started()
        self._dispatch()

    def _replaced(self, task: asyncio.Future[None]) -> None:
        if not task.cancelled() and task.exception() is not None:
            error = WorkerCrashed(f"cannot start an extraction worker: {task.exception()}")
            for future in self._futures.values():
                if not future.done():
                    future.set_exception(error)

    def close(self) -> None:
        """Stop the workers: closing their request pipes ends their loops."""
        self._closed = True  # a worker still starting stops itself once started
        if self._watchdog is not None:
            self._watchdog.cancel()
        for worker in self._workers:
            worker.alive = False
            if worker.writer is not None:
                # the transport closes its pipe only on the loop's next turn; the worker
                # must see end-of-file now, before we wait for it to exit
                pipe = worker.writer.get_extra_info("pipe")
                worker.writer.abort()
                pipe.close()
        for worker in self._workers:
            worker.process.join(JOIN_SECONDS)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            if worker.reader is not None:
                worker.reader.close()
        self._workers.clear()
        for future in self._futures.values():
            if not future.done():
                future.cancel()
        self._futures.clear()
