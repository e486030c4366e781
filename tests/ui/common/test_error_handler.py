"""Unexpected errors reach the user in plain words and are kept in the log: a slot that
raises on a real click, a background job, a thread, the start-up. The open form stays;
the log holds the traceback, never the client's details."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QToolBar

from logger_app.app_log import configure_logging, log_file, stop_logging
from ui.app import run_gui
from ui.common.error_handler import install_error_handler, report_unexpected
from ui.common.jobs import run_job

from ..driving import click, type_into

# Built, so that no source line a traceback quotes holds them.
FIRST, LAST = "".join(["Ottil", "ine"]), "".join(["Vasque", "ztrand"])
SAID = "Something went wrong: Something went wrong. Nothing you had saved is lost."


@pytest.fixture
def handler(prompter, tmp_path):
    """The window's handler, logging into a data folder's logs/ as the app does."""
    logs_home = tmp_path / "logs-home"
    logs_home.mkdir()
    installed = install_error_handler(prompter, configure_logging(logs_home))
    yield installed
    installed.uninstall()
    stop_logging()


def logged(handler) -> str:
    return handler.log_file.read_text()


def test_the_message_says_where_the_details_are(handler, prompter, qtbot):
    assert report_unexpected(KeyError("x"), "a test")
    qtbot.waitUntil(lambda: prompter.errors != [])
    [message] = prompter.errors
    assert message.startswith(SAID)
    assert f"The details were written to {handler.log_file}." in message
    assert handler.log_file == log_file(handler.log_file.parent.parent)


@pytest.mark.qt_no_exception_capture
def test_a_slot_raising_on_a_click_in_the_window_is_said_and_logged(
    handler, prompter, qtbot, window
):
    def broken() -> None:
        raise ValueError(f"no room for {FIRST} {LAST}")

    window.flows.new_client = broken
    toolbar = window.findChild(QToolBar, "mainToolbar")
    click(qtbot, toolbar.widgetForAction(window.new_client_action))
    qtbot.waitUntil(lambda: prompter.errors != [])
    [message] = prompter.errors
    assert message.startswith(SAID) and str(handler.log_file) in message
    [details] = prompter.error_details
    assert "builtins.ValueError" in details and "in broken" in details
    text = logged(handler)
    assert "ERROR ui.common.error_handler: Unexpected error in the window: ValueError" in text
    assert "Traceback (most recent call last)" in text and "in broken" in text
    assert FIRST not in text and LAST not in text
    assert window.isVisible()  # the window carries on


@pytest.mark.qt_no_exception_capture
def test_the_open_form_is_kept_as_typed(handler, prompter, qtbot, window, monkeypatch):
    window.new_client()
    form = window.current_dialog
    type_into(qtbot, form.first_name, FIRST)
    type_into(qtbot, form.last_name, LAST)

    def add_client(details, *args, **kwargs):
        raise RuntimeError(f"the store refused {details.first_name} {details.last_name}")

    monkeypatch.setattr(window.logbook, "add_client", add_client)
    click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: prompter.errors != [])
    assert prompter.errors[0].startswith(SAID)
    assert window.current_dialog is form and form.isVisible()
    assert (form.first_name.text(), form.last_name.text()) == (FIRST, LAST)
    text = logged(handler)
    assert "builtins.RuntimeError" in text and "in save" in text
    assert FIRST not in text and LAST not in text


def test_a_job_failing_unexpectedly_is_said_and_logged(handler, prompter, qtbot):
    failures: list[str] = []

    def work(context):
        raise LookupError(f"{FIRST} {LAST} not found")

    job = run_job("tests", work, on_failure=failures.append)
    qtbot.waitUntil(lambda: prompter.errors != [], timeout=10_000)
    assert failures and failures[0].startswith("It stopped with an unexpected error")
    [message] = prompter.errors
    assert message.startswith(SAID)
    text = logged(handler)
    assert "builtins.LookupError" in text and "in work" in text
    assert text.count("builtins.LookupError") == 1  # logged once, by the job
    assert FIRST not in text and LAST not in text
    assert job.wait(5)


def test_an_expected_refusal_of_a_job_is_left_to_the_feature(handler, prompter, qtbot):
    from logger_app.errors import LogbookBusyError

    failures: list[str] = []

    def work(context):
        raise LogbookBusyError("The logbook is busy")

    handle = run_job("tests", work, on_failure=failures.append)
    qtbot.waitSignal(handle.ended, timeout=10_000)
    qtbot.waitUntil(lambda: failures != [])
    assert failures == ["The logbook is busy"] and prompter.errors == []


def test_a_thread_raising_is_said(handler, prompter, qtbot):
    def run() -> None:
        raise ArithmeticError("lost")

    thread = threading.Thread(target=run, name="counting")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: prompter.errors != [])
    assert prompter.errors[0].startswith(SAID)
    assert "Unexpected error in thread counting: ArithmeticError" in logged(handler)


def test_the_same_error_again_and_again_is_said_once(handler, prompter, qtbot):
    def fail() -> None:
        raise TypeError("again")

    for _ in range(5):
        try:
            fail()
        except TypeError as error:
            handler.report(error, "a test")
    qtbot.waitUntil(lambda: prompter.errors != [])
    qtbot.wait(50)  # the four others had their turn in the event loop too
    assert len(prompter.errors) == 1
    assert logged(handler).count("builtins.TypeError") == 5  # every one is kept


def test_a_start_up_error_is_said_and_logged(qapp, prompter, data_dir, monkeypatch, capsys):
    data_dir.mkdir()

    def broken_start(*args, **kwargs):
        raise RuntimeError(f"cannot start for {FIRST}")

    monkeypatch.setattr("ui.app.open_main_window", broken_start)
    assert run_gui(data_dir, prompter) == 1
    [message] = prompter.errors
    path = log_file(data_dir)
    assert message.startswith(SAID) and str(path) in message
    text = path.read_text()
    assert "The window could not start" in text and "in broken_start" in text
    assert FIRST not in text
    assert "RuntimeError" in capsys.readouterr().err


def test_a_hook_installed_after_it_still_sees_its_own_errors(handler, prompter, qtbot):
    import sys

    from logger_app.errors import ServerUnreachableError

    seen: list[BaseException] = []
    previous = sys.excepthook

    def banner_hook(kind, error, trace):  # as the server banner chains
        if isinstance(error, ServerUnreachableError):
            seen.append(error)
            return
        previous(kind, error, trace)

    sys.excepthook = banner_hook
    try:
        sys.excepthook(ServerUnreachableError, ServerUnreachableError("out"), None)
        sys.excepthook(ValueError, ValueError("other"), None)
    finally:
        sys.excepthook = previous
    qtbot.waitUntil(lambda: prompter.errors != [])
    assert len(seen) == 1 and len(prompter.errors) == 1
    assert "ValueError" in logged(handler) and "ServerUnreachable" not in logged(handler)


def test_uninstalled_the_hooks_are_as_before(prompter, tmp_path):
    import sys

    before, thread_before = sys.excepthook, threading.excepthook
    installed = install_error_handler(prompter, None)
    assert sys.excepthook != before
    installed.uninstall()
    assert sys.excepthook == before and threading.excepthook == thread_before
    assert not report_unexpected(ValueError(), "nobody")


def test_no_log_file_is_said_too(prompter, qtbot):
    installed = install_error_handler(prompter, None)
    try:
        installed.report(ValueError("x"), "a test")
        qtbot.waitUntil(lambda: prompter.errors != [])
    finally:
        installed.uninstall()
    assert "could not be written to a log file" in prompter.errors[0]


def test_verbose_reaches_the_window_and_shows_its_log_on_stderr(
    qapp, prompter, data_dir, monkeypatch, capsys
):
    from ui import launcher

    calls = []
    monkeypatch.setattr("ui.app.run_gui", lambda data_dir, **kw: calls.append(kw) or 0)
    launcher.main(["--verbose", "--data-dir", str(data_dir)])
    launcher.main(["--data-dir", str(data_dir)])
    assert [kw["verbose"] for kw in calls] == [True, False]
    monkeypatch.undo()

    data_dir.mkdir()
    monkeypatch.setattr("ui.app.open_main_window", lambda *a, **kw: None)  # gave up
    assert run_gui(data_dir, prompter, verbose=True) == 0
    err = capsys.readouterr().err
    assert "INFO ui.app: The window starts" in err and "INFO ui.app: The window ends" in err
