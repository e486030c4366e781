"""Guards against Qt binding releases with known reference-count bugs: such a bug does
not fail a short test, it aborts the app after hours of use."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Emitter(QObject):
    happened = Signal(str)


class _Job(QRunnable):
    def __init__(self, emitter: _Emitter) -> None:
        super().__init__()
        self._emitter = emitter

    def run(self) -> None:
        self._emitter.happened.emit("from a worker")


def _counts() -> tuple[int, int, int]:
    gc.collect()
    return sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)


def _no_steady_loss(before: tuple[int, ...], after: tuple[int, ...], operations: int) -> bool:
    """A buggy binding loses a reference per operation; unrelated code moves the counts
    by a few either way."""
    return all(a - b > -operations // 5 for a, b in zip(after, before, strict=True))


def test_emitting_signals_keeps_reference_counts(qapp):
    emitter = _Emitter()
    received = []
    emitter.happened.connect(received.append)
    before = _counts()
    for _ in range(3000):
        emitter.happened.emit("x")
    after = _counts()
    assert len(received) == 3000
    # Each emit may not take references away from the interpreter's singletons.
    assert _no_steady_loss(before, after, 3000), (before, after)


def test_pool_jobs_emitting_to_the_gui_thread_keep_reference_counts(qapp, qtbot):
    emitter = _Emitter()
    received = []
    emitter.happened.connect(received.append)
    pool = QThreadPool()

    def run_jobs(count: int) -> None:
        expected = len(received) + count
        for _ in range(count):
            pool.start(_Job(emitter))
        pool.waitForDone()
        qtbot.waitUntil(lambda: len(received) == expected)

    # What earlier tests of this worker left running (jobs, their threads) finishes
    # first, and a first batch starts this pool's threads: their releases of references
    # are not the binding's.
    from ui.common import jobs

    for running in [QThreadPool.globalInstance(), *jobs._pools.values()]:
        running.waitForDone()
    run_jobs(500)
    before = _counts()
    run_jobs(2000)
    after = _counts()
    assert _no_steady_loss(before, after, 2000), (before, after)
