"""The built app's smoke test starts the window with ``--quit-after-start``: it opens the
window as a start does, then quits, its status saying whether a window was shown."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ui import launcher
from ui.identity.start_window import StartWindow


def _close_start_windows() -> None:
    for window in QApplication.topLevelWidgets():
        if isinstance(window, StartWindow):
            window.close()
            window.deleteLater()


def test_a_new_folder_shows_the_start_window_then_quits_with_0(qapp, tmp_path, capsys):
    try:
        status = launcher.main(["--data-dir", str(tmp_path / "new"), "--quit-after-start"])
    finally:
        _close_start_windows()  # gone already with the start's last reference, else here
    assert status == 0
    assert capsys.readouterr().out == "logger-app: started, shown: StartWindow\n"
    assert (tmp_path / "new").is_dir()  # the start window's first-profile screen, on it


def test_no_window_shown_quits_with_1(qapp, capsys):
    _close_start_windows()
    launcher.quit_once_shown(qapp)
    assert qapp.exec() == 1
    assert capsys.readouterr().out == "logger-app: started, shown: no window\n"


def test_the_option_is_hidden_from_the_help(capsys):
    with pytest.raises(SystemExit) as exit_info:
        launcher.main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "--data-dir" in out and "--quit-after-start" not in out
