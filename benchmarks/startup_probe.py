"""One cold start, timed from inside: run by bench_ui.py in a fresh process per sample.

    python benchmarks/startup_probe.py app DATA_DIR [URL]   # the real app on a logbook
                                                            # (URL: on the clinic server)
    python benchmarks/startup_probe.py bare           # a bare PySide6 window, the baseline

Unattended, as ``logger-app`` is: with $LOGGER_APP_PRACTITIONER and $LOGGER_APP_PASSPHRASE
the window starts signed in (the passphrase's key derivation, and on an encrypted folder
the data key's unwrapping, are part of the start), and the first paint is the usable
window; a refusal ends the probe with an error, never a wait. Without them the first
paint is the sign-in screen's.

Prints one line ``PROBE {json}`` with seconds since this script's first line:
``imported`` (Qt and the app imported), ``shown`` (window built and shown),
``first_paint`` (first Paint event on the window) and ``painted`` (that paint pass done,
children included), then exits at once (os._exit) so that the parent's spawn→exit time
ends at the paint, not after teardown.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()  # before any other import: interpreter start-up is not in here

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

# Whatever goes wrong, never hang the parent.
TIMEOUT_MS = 60_000


def _since_start() -> float:
    return time.perf_counter() - T0


def _watch_first_paint(app, window, marks: dict[str, float]) -> None:
    """On the window's first Paint, note the time; once that paint pass (the whole widget
    tree, then the flush) has returned to the event loop, print and exit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    def finish() -> None:
        marks["painted"] = _since_start()
        print("PROBE " + json.dumps(marks), flush=True)
        os._exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "first_paint" not in marks:
                marks["first_paint"] = _since_start()
                QTimer.singleShot(0, finish)
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(TIMEOUT_MS, lambda: os._exit(3))
    app.exec()
    os._exit(4)  # the event loop ended without a paint


def _fail(code: int, message: str) -> None:
    print(f"PROBE-ERROR {message}", flush=True)
    os._exit(code)


def probe_app(data_dir: Path, database_url: str | None = None) -> None:
    # The repository root, as the installed console script would have it on the path.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    # The same imports and calls as ui.app.run_gui (what `logger-app` runs).
    from logger_app.given_passphrase import given_passphrase
    from ui.app import application, open_main_window
    from ui.identity.start_window import StartWindow

    marks = {"imported": _since_start()}
    # As `logger-app` reads them (cli.sign_in.PRACTITIONER_ENV, given_passphrase).
    practitioner = os.environ.get("LOGGER_APP_PRACTITIONER") or None
    passphrase = given_passphrase() if practitioner else None
    app = application()
    window = open_main_window(
        data_dir, database_url=database_url, practitioner=practitioner, passphrase=passphrase
    )
    if window is None:  # the server out of reach: nothing to show, never wait
        _fail(5, "the logbook could not be opened")
    if isinstance(window, StartWindow):
        # An encrypted (or new) folder: an unattended start opens the main window at
        # once; the start window stays only when nobody could be signed in.
        screen = window.unlock_screen
        message = screen.error.text() if screen is not None else ""
        if not practitioner:
            _fail(6, "the logbook is encrypted: give LOGGER_APP_PRACTITIONER and its passphrase")
        _fail(6, f"{practitioner} was not signed in: {message or 'no reason shown'}")
    if practitioner and not window.lock.is_open:
        message = window.lock.sign_in_screen.error.text() or "no reason shown"
        _fail(6, f"{practitioner} was not signed in: {message}")
    marks["signed_in"] = float(window.lock.is_open)
    marks["shown"] = _since_start()
    _watch_first_paint(app, window, marks)


def probe_bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    marks = {"imported": _since_start()}
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1400, 860)  # the app's default size: same pixels to paint
    window.show()
    marks["shown"] = _since_start()
    _watch_first_paint(app, window, marks)


def main(argv: list[str]) -> None:
    if len(argv) in (2, 3) and argv[0] == "app":
        probe_app(Path(argv[1]), argv[2] if len(argv) == 3 else None)
    elif argv == ["bare"]:
        probe_bare()
    else:
        sys.exit("usage: startup_probe.py app DATA_DIR [URL] | bare")


if __name__ == "__main__":
    main(sys.argv[1:])
