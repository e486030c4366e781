"""The window opens on the clinic server: from --database-url or the environment, else
the server remembered from the last Connect. A password the keyring lacks is asked
(hidden as typed); an unreachable server is told in plain words, with the choice to try
again or open the logbook file of the data folder."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from logger_app.errors import ServerUnreachableError
from logger_app.logbook import Logbook
from logger_app.server_login import KEYRING_SERVICE
from logger_app.store.database import DATABASE_FILENAME
from logger_app.store.server.url import DATABASE_URL_ENV, server_identity
from ui import launcher
from ui.app import open_main_window, run_gui
from ui.common.preferences import SERVER_URL
from ui.common.prompts import Prompter
from ui.identity.start_window import StartWindow
from ui.server.login import PASSWORD_TITLE, RETRY, UNREACHABLE_TITLE, USE_FILE

UNREACHABLE = "postgresql://logbook@127.0.0.1:1/logbook"


@pytest.fixture
def opened(qtbot):
    """Windows opened by a test, closed with their logbooks after it."""
    windows = []

    def keep(window):
        if window is not None:
            qtbot.addWidget(window)
            windows.append(window)
        return window

    yield keep
    for window in windows:
        window.logbook.close()


@pytest.mark.server_only
def test_the_window_opens_on_the_server_given_at_start(data_dir, prompter, server_url, opened):
    window = opened(open_main_window(data_dir, prompter, database_url=server_url))
    assert window.logbook.on_server and not window.lock.is_open  # at the sign-in screen
    assert window.location_label.text() == f"Logbook: {window.logbook.location}"
    assert prompter.asked == [] and prompter.errors == []


@pytest.mark.server_only
def test_the_remembered_server_is_opened_without_one_given(data_dir, prompter, server_url, opened):
    SERVER_URL.set(server_url)
    window = opened(open_main_window(data_dir, prompter))
    assert window.logbook.on_server


def test_the_launcher_passes_the_option_or_the_environment(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr("ui.app.run_gui", lambda data_dir, **kw: calls.append(kw) or 0)
    monkeypatch.setenv(DATABASE_URL_ENV, "postgresql://a@env-host/logbook")
    launcher.main(["--data-dir", str(tmp_path)])
    launcher.main(["--data-dir", str(tmp_path), "--database-url", "postgresql://a@cli/lb"])
    nobody = {"practitioner": None, "passphrase": None, "verbose": False}  # the sign-in screen
    assert calls == [
        {"database_url": "postgresql://a@env-host/logbook"} | nobody,
        {"database_url": "postgresql://a@cli/lb"} | nobody,
    ]


def test_an_unreachable_server_offers_to_retry_or_open_the_file(data_dir, prompter, qtbot):
    prompter.choice_answers = [RETRY, USE_FILE]
    window = open_main_window(data_dir, prompter, database_url=UNREACHABLE)
    qtbot.addWidget(window)
    # The data folder's file: none yet, so its first start (nothing made behind one's back).
    assert isinstance(window, StartWindow) and window.setup_screen is not None
    assert window.setup_screen.data_dir == data_dir
    assert not (data_dir / DATABASE_FILENAME).exists()
    assert prompter.choices == [(UNREACHABLE_TITLE, [RETRY, USE_FILE])] * 2
    assert "127.0.0.1:1/logbook could not be opened" in prompter.errors[0]
    assert "Traceback" not in prompter.errors[0]


def test_giving_up_on_an_unreachable_server_opens_nothing(data_dir, prompter, qapp):
    prompter.choice_answers = [None]
    assert run_gui(data_dir, prompter, database_url=UNREACHABLE) == 0
    # No file logbook was made behind the user's back.
    assert not (data_dir / DATABASE_FILENAME).exists()


@pytest.mark.server_only
def test_a_password_the_keyring_lacks_is_asked(
    data_dir, prompter, server_url, opened, monkeypatch, memory_keyring
):
    # The test cluster trusts every login: this server wants a password, and takes any.
    opens = []
    real_open = Logbook.open

    def open_wanting_password(folder, actor=None, *, database_url=None, create=False):
        opens.append(database_url)
        if "password=" not in (database_url or ""):
            cause = psycopg.OperationalError("fe_sendauth: no password supplied")
            raise ServerUnreachableError("The clinic server cannot be reached") from cause
        return real_open(folder, actor, database_url=database_url)

    monkeypatch.setattr("ui.server.login.Logbook.open", open_wanting_password)
    prompter.password_answer = None  # cancelled: nothing opens, the choice is offered
    assert open_main_window(data_dir, prompter, database_url=server_url) is None
    assert prompter.asked == [PASSWORD_TITLE]

    prompter.asked.clear()
    prompter.password_answer = "typed-word"
    window = opened(open_main_window(data_dir, prompter, database_url=server_url))
    assert window.logbook.on_server and prompter.asked == [PASSWORD_TITLE]
    assert "typed-word" in opens[-1]

    prompter.asked.clear()
    memory_keyring.set_password(KEYRING_SERVICE, server_identity(server_url), "kept-word")
    opened(open_main_window(data_dir, prompter, database_url=server_url))
    assert prompter.asked == [] and "kept-word" in opens[-1]


def answer_when_shown(kind, act) -> None:
    def run() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, kind):
            QTimer.singleShot(10, run)
            return
        act(box)

    QTimer.singleShot(0, run)


def test_the_real_prompter_hides_the_password_as_it_is_typed(qtbot):
    seen = []

    def type_password(box: QInputDialog) -> None:
        seen.append(box.textEchoMode())
        box.setTextValue("hidden")
        box.accept()

    answer_when_shown(QInputDialog, type_password)
    assert Prompter().ask_password(None, PASSWORD_TITLE, "Password of a@b:") == "hidden"
    assert seen == [QLineEdit.EchoMode.Password]


def test_the_real_prompter_returns_the_button_chosen(qtbot):
    def click_named(text):
        def act(box: QMessageBox) -> None:
            next(b for b in box.buttons() if b.text() == text).click()

        return act

    answer_when_shown(QMessageBox, click_named(USE_FILE))
    assert Prompter().choose(None, UNREACHABLE_TITLE, "Down.", [RETRY, USE_FILE]) == USE_FILE
    answer_when_shown(QMessageBox, click_named("Cancel"))
    assert Prompter().choose(None, UNREACHABLE_TITLE, "Down.", [RETRY, USE_FILE]) is None
