"""Progress on a terminal: one line rewritten in place, ended when the work is done;
nothing at all when stderr is a file or a pipe."""

from __future__ import annotations

import io
import sys

import pytest

from logger_app.cli.common import terminal_percent, terminal_progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _on_terminal(monkeypatch: pytest.MonkeyPatch) -> _Terminal:
    # In the test body: pytest puts its own capture in place between setup and call.
    screen = _Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    return screen


def test_counter_with_and_without_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _on_terminal(monkeypatch)
    show = terminal_progress("Importing")
    assert show is not None
    show(1, 2)
    show(2, 2)
    export = terminal_progress("Exporting:", "clients")
    assert export is not None
    export(3, 3)
    assert terminal.getvalue() == (
        "\rImporting 1 of 2…\rImporting 2 of 2…\n\rExporting: 3 of 3 clients…\n"
    )


def test_percentage_is_written_only_when_it_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _on_terminal(monkeypatch)
    show = terminal_percent("Checking")
    assert show is not None
    for done in (0, 1, 2, 500, 1000):
        show(done, 1000)
    assert terminal.getvalue() == "\rChecking… 0%\rChecking… 50%\rChecking… 100%\n"


def test_nothing_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert terminal_progress("Importing") is None
    assert terminal_percent("Checking") is None
