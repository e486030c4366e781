"""Long work off the GUI thread, one way for every feature (after Anki's QueryOp).

    handle = run_job("export", work, data_dir=..., actor=..., on_success=..., on_failure=...)

``work(context)`` runs in a pool thread and touches no widget. With ``data_dir``,
``context.logbook`` is a Logbook opened in that thread and closed after (a SQLite
connection never crosses threads); without it, None. ``database_url`` (the window's
``logbook.database_url``) opens it on the same clinic server as the window's, and
``data_key`` (its ``logbook.data_key``) opens an encrypted logbook. The work
reports progress in one unit, ``context.progress(done, total)``, which also stops the
work by raising once the job is cancelled (``context.report`` only reports;
``context.cancelled()`` asks).

Callbacks run in the GUI thread: ``on_success(result)``, ``on_failure(message)`` with the
message from ``error_message`` (the one place that words errors), ``on_cancelled()``
(without it a cancel is a failure worded by its error), ``on_progress(done, total)``.

The handle is a QObject owned by the application, not by the worker nor by a window: it
outlives the work and its queued signals, and deletes itself in the GUI thread after the
last one. A window being closed calls ``abandon()``: nothing is reported after that.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from logger_app.errors import LogbookError
from logger_app.i18n import translate
from logger_app.logbook import Logbook
from logger_app.logbook.identity import SignedIn

from .changes import ChangeRelay
from .error_handler import report_unexpected

_log = logging.getLogger(__name__)
_log.addHandler(logging.NullHandler())  # the app decides where logs go; never the terminal

# Threads per feature: one export at a time (the automatic backup and a manual one may
# overlap, as before); a few photo workers.
POOL_THREADS = {"backup": 2, "export": 1, "import_csv": 2, "photos": 2, "thumbnails": 4}


class JobCancelled(Exception):
    """Raised in the worker by ``context.progress`` once the job was cancelled."""


def cancellations() -> tuple[type[BaseException], ...]:
    """What the core raises when a cancel stopped it (each leaves nothing half made).
    Imported when needed: the export and the CSV import load no code at start-up."""
    from logger_app.backup import BackupCancelled
    from logger_app.export import ExportCancelled
    from logger_app.import_csv import ImportCancelled

    return (JobCancelled, BackupCancelled, ExportCancelled, ImportCancelled)


class PoolLike(Protocol):
    def start(self, runnable: QRunnable) -> None: ...


_pools: dict[str, QThreadPool] = {}


def wait_for_jobs(timeout_ms: int = 10_000) -> bool:
    """Wait until no background job runs (each pool for at most ``timeout_ms``); True if
    none is left running."""
    pools = [*_pools.values(), QThreadPool.globalInstance()]
    return all(each.waitForDone(timeout_ms) for each in pools)


def pool(feature: str) -> QThreadPool:
    """The feature's own pool: clearing it withdraws only that feature's queued work."""
    found = _pools.get(feature)
    if found is None:
        found = _pools[feature] = QThreadPool()
        found.setObjectName(f"{feature} jobs")
        found.setMaxThreadCount(POOL_THREADS.get(feature, 2))
    return found


def is_expected(error: BaseException) -> bool:
    """The core's refusals and a file's trouble: said in plain words by the feature.
    Anything else is a fault, for the window's error handler too."""
    return isinstance(error, LogbookError | OSError)


def error_message(error: BaseException) -> str:
    """How a job's error is told to the user. The core's errors (busy, disk full,
    read-only, ...) are already in plain words; anything unexpected is logged too."""
    if isinstance(error, LogbookError):
        return str(error) or type(error).__name__
    if isinstance(error, OSError):
        if error.strerror is None:  # raised with a message of its own words
            return str(error) or type(error).__name__
        reason = error.strerror
        if error.filename:
            return translate("CommonJobs", "{file} could not be used: {reason}.").format(
                file=Path(str(error.filename)), reason=reason
            )
        return translate("CommonJobs", "A file could not be read or written: {reason}.").format(
            reason=reason
        )
    _log.error("A background job stopped with an unexpected error", exc_info=error)
    return translate("CommonJobs", "It stopped with an unexpected error: {error}").format(
        error=error or type(error).__name__
    )


def permille(done: int, total: int) -> int:
    """(done, total) as a value for a progress bar ranging 0..1000."""
    return max(0, min(1000, done * 1000 // max(total, 1)))


class _State:
    """What the worker and the GUI thread share: plain flags, no QObject."""

    def __init__(self) -> None:
        self.cancel_requested = threading.Event()
        self.ended = threading.Event()
        self.abandoned = False


class JobContext:
    """Given to ``work``, in the worker thread."""

    def __init__(
        self,
        state: _State,
        report: Callable[[int, int], None],
        cancel_error: type[BaseException],
    ) -> None:
        self.logbook: Logbook | None = None
        self._state = state
        self._report = report
        self._cancel_error = cancel_error
        self._shown: tuple[int, int] | None = None

    def cancelled(self) -> bool:
        return self._state.cancel_requested.is_set()

    def check_cancel(self) -> None:
        if self.cancelled():
            raise self._cancel_error()

    def report(self, done: int, total: int) -> None:
        """Report progress; at most about a thousand reports reach the GUI per total."""
        shown = (permille(done, total), total)
        if shown != self._shown or total <= 1000:
            self._shown = shown
            self._report(done, total)

    def progress(self, done: int, total: int) -> None:
        """Report progress, then stop here if the job was cancelled."""
        self.report(done, total)
        self.check_cancel()


Work = Callable[[JobContext], Any]


class JobHandle(QObject):
    """The GUI side of one job. Its signals follow the callbacks, for those who wait."""

    progressed = Signal(object, object)  # done, total (Python ints: byte counts overflow C++)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()  # however it ended, after the callback; never after abandon()

    # Emitted by the worker; delivered in the GUI thread (this object lives there).
    _progress = Signal(object, object)
    _success = Signal(object)
    _failure = Signal(str, object)  # the message, and the error if it was unexpected
    _cancel = Signal()
    _end = Signal()

    _live: ClassVar[set[JobHandle]] = set()

    def __init__(
        self,
        on_success: Callable[[Any], object] | None,
        on_failure: Callable[[str], object] | None,
        on_cancelled: Callable[[], object] | None,
        on_progress: Callable[[int, int], object] | None,
    ) -> None:
        super().__init__(QCoreApplication.instance())
        self.state = _State()
        self._on_success, self._on_failure = on_success, on_failure
        self._on_cancelled, self._on_progress = on_cancelled, on_progress
        self._progress.connect(self._deliver_progress)
        self._success.connect(self._deliver_success)
        self._failure.connect(self._deliver_failure)
        self._cancel.connect(self._deliver_cancel)
        self._end.connect(self._deliver_end)
        self._queued_in: tuple[QThreadPool, Job] | None = None
        JobHandle._live.add(self)  # until the last signal is delivered

    @property
    def cancel_requested(self) -> threading.Event:
        return self.state.cancel_requested

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report; it reports how it ended."""
        self.state.cancel_requested.set()

    def abandon(self) -> None:
        """Stop, and report nothing more: nobody is listening any more."""
        self.state.abandoned = True
        self.state.cancel_requested.set()
        self._on_success = self._on_failure = self._on_cancelled = self._on_progress = None

    def withdraw(self) -> None:
        """Abandon, and take the work out of its pool if it has not started yet."""
        self.abandon()
        pool_and_job, self._queued_in = self._queued_in, None
        if pool_and_job is not None and pool_and_job[0].tryTake(pool_and_job[1]):
            self.state.ended.set()  # it never runs: it ends here
            self._deliver_end()

    def wait(self, seconds: float) -> bool:
        """Wait until the work has ended (True), at most ``seconds``."""
        return self.state.ended.wait(seconds)

    def is_done(self) -> bool:
        return self.state.ended.is_set()

    def _deliver_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)
        if not self.state.abandoned:
            self.progressed.emit(done, total)

    def _deliver_success(self, result: object) -> None:
        if self._on_success is not None:
            self._on_success(result)
        if not self.state.abandoned:
            self.succeeded.emit(result)

    def _deliver_failure(self, message: str, unexpected: BaseException | None = None) -> None:
        if self._on_failure is not None:
            self._on_failure(message)  # the feature ends its work as for any failure
        if not self.state.abandoned:
            self.failed.emit(message)
        if unexpected is not None:  # a fault: the window's handler says so (logged already)
            report_unexpected(unexpected, "a background job", logged=True)

    def _deliver_cancel(self) -> None:
        if self._on_cancelled is not None:
            self._on_cancelled()
        if not self.state.abandoned:
            self.cancelled.emit()

    def _deliver_end(self) -> None:
        JobHandle._live.discard(self)
        self._queued_in = None
        if not self.state.abandoned:
            self.ended.emit()
        self._on_success = self._on_failure = self._on_cancelled = self._on_progress = None
        self.deleteLater()


class Job(QRunnable):
    """The worker side. A QRunnable subclass, not a plain callable: PySide6 mishandles
    the reference count of a callable's return value, and leaks ``start(callable)``."""

    def __init__(
        self,
        handle: JobHandle,
        work: Work,
        data_dir: Path | None,
        actor: str | None,
        cancel_error: type[BaseException],
        cancellable: bool,
        changes: ChangeRelay | None = None,
        database_url: str | None = None,
        signed_in: SignedIn | None = None,
        data_key: bytes | None = None,
    ) -> None:
        super().__init__()
        self._database_url = database_url
        self._data_key = data_key
        self._signed_in = signed_in
        self._changes = changes
        self._handle = handle
        self._state = handle.state
        self._work = work
        self._data_dir = data_dir
        self._actor = actor
        self._cancel_error = cancel_error
        self._cancellable = cancellable  # without on_cancelled, a cancel is a failure

    def run(self) -> None:
        try:
            self._run()
        finally:
            self._state.ended.set()
            self._emit("_end")
            self._handle = None  # type: ignore[assignment]

    def _run(self) -> None:
        context = JobContext(
            self._state,
            lambda done, total: self._emit("_progress", done, total),
            self._cancel_error,
        )
        try:
            if self._data_dir is None:
                result = self._work(context)
            else:
                with Logbook.open(
                    self._data_dir,
                    actor=self._actor,
                    database_url=self._database_url,
                    data_key=self._data_key,
                ) as logbook:
                    context.logbook = logbook
                    if self._signed_in is not None:  # signs as the window's practitioner
                        logbook.adopt_sign_in(self._signed_in)
                    if self._changes is not None:  # its writes reach the window's views
                        self._changes.watch(logbook)
                    try:
                        result = self._work(context)
                    finally:
                        context.logbook = None
                        if self._changes is not None:
                            self._changes.forget(logbook)
        except Exception as error:  # worded for the user, never swallowed
            if self._cancellable and isinstance(error, cancellations()):
                self._emit("_cancel")
            else:
                cancel = isinstance(error, cancellations())  # one without on_cancelled
                fault = None if is_expected(error) or cancel else error
                self._emit("_failure", error_message(error), fault)
        else:
            self._emit("_success", result)

    def _emit(self, name: str, *args: object) -> None:
        if self._state.abandoned:
            return
        # RuntimeError: the application is gone while the work ended; no one to tell.
        with contextlib.suppress(RuntimeError):
            getattr(self._handle, name).emit(*args)


def run_job(
    where: str | PoolLike | None,
    work: Work,
    *,
    data_dir: Path | None = None,
    database_url: str | None = None,
    data_key: bytes | None = None,
    actor: str | None = None,
    on_success: Callable[[Any], object] | None = None,
    on_failure: Callable[[str], object] | None = None,
    on_cancelled: Callable[[], object] | None = None,
    on_progress: Callable[[int, int], object] | None = None,
    cancel_error: type[BaseException] = JobCancelled,
    parent: QObject | None = None,
    changes: ChangeRelay | None = None,
    signed_in: SignedIn | None = None,
) -> JobHandle:
    """Start ``work`` in the pool of the feature named ``where`` (or in a given pool).
    ``where=None`` runs it here and now, its callbacks called before this returns (for
    scripts and tests). ``cancel_error`` is what ``context.progress`` raises once
    cancelled: the core's own (BackupCancelled, ...) makes it clean up after itself.
    ``parent``: the widget the callbacks belong to; its deletion abandons the job.
    ``changes``: the window's change relay, told of what the job's logbook writes.
    ``database_url``: the logbook is on that clinic server (``data_dir`` its caches).
    ``data_key``: the window's ``logbook.data_key``, without which an encrypted logbook
    does not open (kept in memory only).
    ``signed_in``: the window's sign-in (``Logbook.sign_in_handle``), for work that
    signs: the job's logbook acts and signs as that practitioner."""
    handle = JobHandle(on_success, on_failure, on_cancelled, on_progress)
    if parent is not None:
        parent.destroyed.connect(handle.abandon)
    job = Job(
        handle,
        work,
        Path(data_dir) if data_dir is not None else None,
        actor,
        cancel_error,
        cancellable=on_cancelled is not None,
        changes=changes,
        database_url=database_url,
        signed_in=signed_in,
        data_key=data_key,
    )
    if where is None:
        job.run()
        return handle
    target = pool(where) if isinstance(where, str) else where
    if isinstance(target, QThreadPool):
        handle._queued_in = (target, job)  # so that it can be withdrawn
    target.start(job)
    return handle
