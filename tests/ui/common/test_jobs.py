"""The one helper for work off the GUI thread: results, words for errors, progress,
cancel, abandon, its own Logbook per job, and a pool per feature."""

from __future__ import annotations

import errno
import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from logger_app.backup import BackupCancelled
from logger_app.errors import (
    BUSY_MESSAGE,
    DiskFullError,
    LogbookBusyError,
    LogbookError,
    ReadOnlyLogbookError,
)
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from ui.common.jobs import JobHandle, error_message, pool, run_job

TIMEOUT_MS = 10_000


class Seen:
    """Every callback of a job, with the thread it ran in."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple]] = []
        self.threads: set[int] = set()

    def __call__(self, name: str):
        def record(*args):
            self.calls.append((name, args))
            self.threads.add(threading.get_ident())

        return record

    def callbacks(self, cancellable: bool = True) -> dict:
        found = {
            "on_success": self("success"),
            "on_failure": self("failure"),
            "on_progress": self("progress"),
        }
        if cancellable:
            found["on_cancelled"] = self("cancelled")
        return found

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


def finish(qtbot, handle: JobHandle) -> None:
    with qtbot.waitSignal(handle.ended, timeout=TIMEOUT_MS):
        pass


def test_a_result_reaches_on_success_in_the_gui_thread(qtbot) -> None:
    seen = Seen()
    worker: list[int] = []

    def work(context):
        worker.append(threading.get_ident())
        for done in range(3):
            context.progress(done + 1, 3)
        return "made"

    handle = run_job("tests", work, **seen.callbacks())
    finish(qtbot, handle)
    assert seen.calls == [
        ("progress", (1, 3)),
        ("progress", (2, 3)),
        ("progress", (3, 3)),
        ("success", ("made",)),
    ]
    assert worker and worker[0] != threading.get_ident()  # the work ran off the GUI thread
    assert seen.threads == {threading.get_ident()}  # every callback ran in it
    assert handle.is_done()


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (LogbookBusyError(), BUSY_MESSAGE),
        (
            DiskFullError("The disk holding the logbook is full."),
            "The disk holding the logbook is full.",
        ),
        (ReadOnlyLogbookError("The logbook is read-only."), "The logbook is read-only."),
        (LogbookError("The client 7 does not exist."), "The client 7 does not exist."),
        (
            PermissionError(errno.EACCES, "Permission denied", "/media/out/history.pdf"),
            "/media/out/history.pdf could not be used: Permission denied.",
        ),
        (
            OSError(errno.EIO, "Input/output error"),
            "A file could not be read or written: Input/output error.",
        ),
        (OSError("photo.jpg is missing"), "photo.jpg is missing"),
        (ValueError("no such colour"), "It stopped with an unexpected error: no such colour"),
    ],
)
def test_each_kind_of_error_is_worded_in_one_place(qtbot, caplog, capfd, error, message) -> None:
    seen = Seen()

    def work(context):
        raise error

    with caplog.at_level(logging.ERROR, logger="ui.common.jobs"):
        finish(qtbot, run_job("tests", work, **seen.callbacks()))
    assert seen.calls == [("failure", (message,))]
    unexpected = not isinstance(error, LogbookError | OSError)
    # The unexpected is logged with its traceback, never printed on the terminal.
    assert [r.exc_info[1] for r in caplog.records if r.exc_info] == ([error] if unexpected else [])
    assert error_message(error) == message
    assert "Traceback" not in capfd.readouterr().err


def test_a_cancel_stops_the_work_at_its_next_progress_report(qtbot) -> None:
    seen = Seen()
    started, steps = threading.Event(), []

    def work(context):
        started.set()
        for step in range(10_000):
            steps.append(step)
            context.progress(step, 10_000)
            if step == 0:
                while not context.cancelled():
                    threading.Event().wait(0.001)
        return "finished anyway"

    handle = run_job("tests", work, **seen.callbacks())
    qtbot.waitUntil(started.is_set, timeout=TIMEOUT_MS)
    handle.cancel()
    finish(qtbot, handle)
    assert seen.names()[-1] == "cancelled" and "success" not in seen.names()
    assert steps == [0, 1]  # stopped at the report after the cancel


def test_without_on_cancelled_a_cancel_is_a_failure_in_the_cores_words(qtbot) -> None:
    seen = Seen()

    def work(context):
        while True:
            context.progress(0, 1)

    handle = run_job("tests", work, cancel_error=BackupCancelled, **seen.callbacks(False))
    handle.cancel()
    finish(qtbot, handle)
    assert seen.calls[-1] == ("failure", ("cancelled",))  # BackupCancelled's own words


def test_an_abandoned_job_stops_and_reports_nothing_more(qtbot) -> None:
    seen = Seen()
    started, release = threading.Event(), threading.Event()
    signals: list[str] = []

    def work(context):
        started.set()
        release.wait(10)
        context.report(1, 2)  # no cancel check: it would go on without abandon's stop
        return "late"

    handle = run_job("tests", work, **seen.callbacks())
    for name in ("progressed", "succeeded", "failed", "cancelled", "ended"):
        getattr(handle, name).connect(lambda *args, name=name: signals.append(name))
    qtbot.waitUntil(started.is_set, timeout=TIMEOUT_MS)
    handle.abandon()
    assert handle.cancel_requested.is_set()
    release.set()
    assert handle.wait(10)
    for _ in range(5):
        QApplication.processEvents()
    assert seen.calls == [] and signals == []


def test_each_job_opens_its_own_logbook_in_its_thread_and_closes_it(
    qtbot, data_dir: Path, monkeypatch
) -> None:
    with Logbook.open(data_dir, create=True) as book:
        book.add_client(ClientDetails("Ann", "Lee"))
    gui_logbook = Logbook.open(data_dir)
    threads: dict[str, list[int]] = {"open": [], "close": []}
    opened, closed = Logbook.open.__func__, Logbook.close

    def open_spy(cls, *args, **kwargs):
        threads["open"].append(threading.get_ident())
        return opened(cls, *args, **kwargs)

    def close_spy(self):
        threads["close"].append(threading.get_ident())
        closed(self)

    monkeypatch.setattr(Logbook, "open", classmethod(open_spy))
    monkeypatch.setattr(Logbook, "close", close_spy)
    used: list[tuple[Logbook, int, str | None]] = []

    def work(context):
        used.append((context.logbook, threading.get_ident(), context.logbook.actor))
        return context.logbook.client_count()

    seen = Seen()
    finish(qtbot, run_job("tests", work, data_dir=data_dir, actor="Maya", **seen.callbacks()))
    assert seen.calls == [("success", (1,))]
    [(logbook, worker, actor)] = used
    assert logbook is not gui_logbook and actor == "Maya" and worker != threading.get_ident()
    assert threads == {"open": [worker], "close": [worker]}  # opened and closed there
    with pytest.raises(Exception, match=r"thread|closed"):
        logbook.client_count()  # its connection is not usable from another thread
    assert gui_logbook.client_count() == 1
    gui_logbook.close()


def test_a_logbook_that_cannot_be_opened_is_a_failure(qtbot, tmp_path: Path) -> None:
    seen = Seen()
    finish(
        qtbot, run_job("tests", lambda context: 1, data_dir=tmp_path / "none", **seen.callbacks())
    )
    [(name, (message,))] = seen.calls
    assert name == "failure" and str(tmp_path / "none") in message


def test_run_here_calls_back_before_returning(qtbot) -> None:
    seen = Seen()
    handle = run_job(None, lambda context: context.progress(1, 1) or 5, **seen.callbacks())
    assert seen.calls == [("progress", (1, 1)), ("success", (5,))]
    assert handle.is_done()


def test_progress_reaches_the_gui_at_most_a_thousand_times_per_total(qtbot) -> None:
    seen = Seen()
    total = 2**40  # bytes of a big backup: more than a C++ int holds
    handle = run_job(
        None, lambda c: [c.progress(d, total) for d in range(0, total, 2**25)], **seen.callbacks()
    )
    assert handle.is_done()
    reports = [args for name, args in seen.calls if name == "progress"]
    assert 900 <= len(reports) <= 1001 and reports[-1][1] == total


def test_each_feature_has_its_own_pool() -> None:
    assert pool("backup") is pool("backup")
    assert pool("backup") is not pool("photos") is not pool("thumbnails")
    assert pool("export").maxThreadCount() == 1 and pool("backup").maxThreadCount() == 2
