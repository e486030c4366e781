"""The one handler of unexpected errors in the window: a slot that raised, a thread, a
background job, the start-up. The traceback goes to the log (``logger_app.app_log``),
the user reads one plain message; the open form stays as it was (the message is only
modal), so nothing typed is lost.

    handler = install_error_handler(prompter, log_file)   # at start
    report_unexpected(error, "export job")                # from code that caught one
    handler.uninstall()                                   # when the window is gone

``sys.excepthook`` is chained, not replaced: a hook installed before (or after, such
as the server banner's) still sees what it handles itself.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from logger_app.app_log import scrubbed_traceback
from logger_app.i18n import translate

_log = logging.getLogger(__name__)
_log.addHandler(logging.NullHandler())  # the app decides where logs go; never the terminal

# The same error again within this many seconds is logged, not shown again.
REPEAT_SECONDS = 10.0

_installed: ErrorHandler | None = None


def message_text(log_file: Path | None) -> str:
    """What the user reads, in plain words."""
    if log_file is None:
        return translate(
            "ErrorHandler",
            "Something went wrong. Nothing you had saved is lost. The details could not "
            "be written to a log file.",
        )
    return translate(
        "ErrorHandler",
        "Something went wrong. Nothing you had saved is lost. The details were written "
        "to {log_file}.",
    ).format(log_file=log_file)


def _signature(error: BaseException) -> tuple[str, str]:
    """The error's type and where it was raised: the same fault, whatever its message."""
    trace = error.__traceback__
    while trace is not None and trace.tb_next is not None:
        trace = trace.tb_next
    where = "" if trace is None else f"{trace.tb_frame.f_code.co_filename}:{trace.tb_lineno}"
    return type(error).__qualname__, where


class ErrorHandler(QObject):
    """Logs every unexpected error with its traceback and shows the message, in the GUI
    thread, through the prompter (tests read it there)."""

    # From any thread; delivered in the GUI thread (this object lives there).
    _reported = Signal(object, str)

    def __init__(
        self,
        prompter: Any,
        log_file: Path | None,
        parent_window: Callable[[], QWidget | None] | None = None,
    ) -> None:
        super().__init__(QCoreApplication.instance())
        self.prompter = prompter
        self.log_file = log_file
        self._parent_window = parent_window or QApplication.activeWindow
        self._showing = False
        self._last_shown: dict[tuple[str, str], float] = {}
        self.shown: list[BaseException] = []  # what was shown, for callers and tests
        self._reported.connect(self._show_later)
        self._previous_hook: Callable[..., Any] | None = None
        self._previous_thread_hook: Callable[..., Any] | None = None

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        global _installed
        if sys.excepthook == self._excepthook and self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_excepthook and self._previous_thread_hook:
            threading.excepthook = self._previous_thread_hook
        if _installed is self:
            _installed = None
        self.deleteLater()  # a message still waiting to be shown goes with it

    def report(self, error: BaseException, where: str, *, logged: bool = False) -> None:
        """Log ``error`` (from ``where``: "the window", "a background job", ...; not
        again if ``logged``) and, unless it was just shown, show the message once
        control is back in the event loop. Callable from any thread."""
        if not logged:
            # The log file leaves the message out (``scrubbed_traceback``): the type
            # and the frames find the fault, a message may quote a client's details.
            _log.error("Unexpected error in %s: %s", where, type(error).__qualname__,
                       exc_info=(type(error), error, error.__traceback__))  # fmt: skip
        self._reported.emit(error, where)

    def show_now(self, error: BaseException) -> None:
        """Show the message at once (before the event loop runs: the start-up)."""
        self._show(error)

    def _show_later(self, error: BaseException, _where: str) -> None:
        if QThread.currentThread() is not self.thread():
            return  # never: the signal is queued to this object's thread
        # Not from inside the failing slot's call: once the event loop has unwound it.
        QTimer.singleShot(0, self, lambda: self._show(error))

    def _show(self, error: BaseException) -> None:
        key = _signature(error)
        now = time.monotonic()
        if self._showing or now - self._last_shown.get(key, -REPEAT_SECONDS) < REPEAT_SECONDS:
            return  # one message for a burst of the same error, none over another one
        self._last_shown[key] = now
        self._showing = True
        try:
            self.shown.append(error)
            self.prompter.error(
                self._parent_window(),
                translate("ErrorHandler", "Something went wrong"),
                message_text(self.log_file),
                scrubbed_traceback(error),  # the details, shown on request
            )
        finally:
            self._showing = False

    def _excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit: as before
            if self._previous_hook is not None:
                self._previous_hook(kind, error, trace)
            return
        if error.__traceback__ is None and trace is not None:
            error = error.with_traceback(trace)
        self.report(error, "the window")

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        error = args.exc_value
        if error is None or not isinstance(error, Exception):
            if self._previous_thread_hook is not None:
                self._previous_thread_hook(args)
            return
        self.report(error, f"thread {args.thread.name if args.thread else '?'}")


def install_error_handler(
    prompter: Any,
    log_file: Path | None,
    parent_window: Callable[[], QWidget | None] | None = None,
) -> ErrorHandler:
    """Install the one handler (a previous one is uninstalled first)."""
    global _installed
    if _installed is not None:
        _installed.uninstall()
    handler = ErrorHandler(prompter, log_file, parent_window)
    handler.install()
    _installed = handler
    return handler


def installed_handler() -> ErrorHandler | None:
    return _installed


def report_unexpected(error: BaseException, where: str, *, logged: bool = False) -> bool:
    """Hand an unexpected error to the installed handler (True), if there is one."""
    handler = _installed
    if handler is None:
        return False
    handler.report(error, where, logged=logged)
    return True
