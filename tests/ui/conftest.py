"""Fixtures of the UI tests: a main window on a temp logbook, and scripted answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.app import application
from ui.common.preferences import app_settings
from ui.common.theme import apply_theme, is_dark
from ui.shell.main_window import MainWindow

from ..logbook_template import new_logbook
from ..signing import sign_in, sign_in_admin


class ScriptedPrompter:
    """Answers the app's questions as the test says, and remembers what was asked."""

    def __init__(self, print_folder: Path | None = None) -> None:
        self.discard_answer = True
        self.confirm_answer = True
        self.text_answer: str | None = None  # what the user types when asked (None: cancel)
        self.int_answer: int | None = None  # the number the user sets (None: cancel)
        self.password_answer: str | None = None  # the password typed when asked (None: cancel)
        # Passphrases typed in turn into a passphrase dialog (then it is cancelled), and
        # what the dialog said of each refused one.
        self.passphrase_answers: list[str] = []
        self.passphrase_refusals: list[str] = []
        self.passphrase_texts: list[str] = []  # each passphrase dialog's text
        self.choice_answers: list[str | None] = []  # each choice made in turn (None: cancel)
        self.choices: list[tuple[str, list[str]]] = []  # each choice offered: title, choices
        # The file dialogs' answers (None or []: the user cancels), and each file dialog
        # shown: its title and the folder or suggested file it opened on.
        self.open_answer: Path | None = None
        self.open_many_answer: list[Path] = []
        self.save_answer: Path | None = None
        self.file_dialogs: list[tuple[str, Path]] = []
        self.asked: list[str] = []
        self.errors: list[str] = []
        self.error_details: list[str | None] = []  # each error's technical details, if any
        # Print previews: drawn to PDF files in ``print_folder`` (see ``print_preview``).
        self.print_folder = print_folder
        self.print_answer = True
        self.printed: list[tuple[str, Path]] = []

    def confirm(self, parent, title: str, text: str, accept: str) -> bool:
        self.asked.append(title)
        return self.confirm_answer

    def discard_changes(self, parent, what: str) -> bool:
        self.asked.append(f"discard {what}")
        return self.discard_answer

    def error(self, parent, title: str, text: str, details: str | None = None) -> None:
        self.errors.append(f"{title}: {text}")
        self.error_details.append(details)

    def ask_text(self, parent, title: str, text: str) -> str | None:
        self.asked.append(title)
        return self.text_answer

    def ask_password(self, parent, title: str, text: str) -> str | None:
        self.asked.append(title)
        return self.password_answer

    def ask_passphrase(self, parent, title: str, text: str, check, accept: str = "OK") -> bool:
        self.asked.append(title)
        self.passphrase_texts.append(text)
        while self.passphrase_answers:
            refusal = check(self.passphrase_answers.pop(0))
            if refusal is None:
                return True
            self.passphrase_refusals.append(refusal.message)
        return False

    def choose(self, parent, title: str, text: str, choices) -> str | None:
        self.choices.append((title, list(choices)))
        self.errors.append(f"{title}: {text}")  # shown like an error message
        answer = self.choice_answers.pop(0) if self.choice_answers else None
        assert answer is None or answer in choices, "the message offers no such button"
        return answer

    def ask_int(
        self, parent, title: str, text: str, value: int, minimum: int, maximum: int
    ) -> int | None:
        self.asked.append(title)
        assert minimum <= value <= maximum
        if self.int_answer is not None:
            assert minimum <= self.int_answer <= maximum, "the dialog would not allow it"
        return self.int_answer

    def open_file(self, parent, title: str, start, filters: str) -> Path | None:
        self.file_dialogs.append((title, Path(start)))
        return self.open_answer

    def open_files(self, parent, title: str, start, filters: str) -> list[Path]:
        self.file_dialogs.append((title, Path(start)))
        return list(self.open_many_answer)

    def save_file(self, parent, title: str, start, filters: str) -> Path | None:
        self.file_dialogs.append((title, Path(start)))
        return self.save_answer

    def print_preview(self, parent, title: str, paint) -> bool:
        """Print to a PDF file instead (``printed``: each title and file, in turn), as
        the preview would draw it; ``print_answer``: the user printed (True) or closed
        the preview."""
        from PySide6.QtPrintSupport import QPrinter

        assert self.print_folder is not None, "give the prompter a folder to print into"
        path = self.print_folder / f"printed-{len(self.printed) + 1}.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        paint(printer)
        del printer  # the file is complete once the printer goes
        self.printed.append((title, path))
        return self.print_answer


@pytest.fixture(autouse=True)
def _application():
    """The app's QApplication exists in every UI test, as in production: a model that
    paints an icon or a widget made first must not depend on which test ran before.
    A test that turned the window dark leaves it light again for the next one."""
    app = application()
    yield app
    if is_dark():
        apply_theme(app, False)


@pytest.fixture(autouse=True)
def _fresh_settings():
    """Each test starts with no remembered preferences (last practitioner, layout)."""
    settings = app_settings()
    settings.clear()
    settings.sync()
    yield
    settings.clear()
    settings.sync()


@pytest.fixture
def prompter(tmp_path: Path) -> ScriptedPrompter:
    folder = tmp_path / "printed"
    folder.mkdir()
    return ScriptedPrompter(folder)


ADMINISTRATOR = "the logbook's administrator"


@pytest.fixture
def open_window(qtbot, prompter):
    """Open a main window on a data folder, as the app does, signed in: as the logbook's
    administrator (made if there is none), as ``practitioner`` (see ``tests.signing``),
    or nobody (None: at the sign-in screen). Closed after the test."""
    opened: list[MainWindow] = []
    application()  # the app's style sheet and names, as in production

    def opener(data_dir: Path, practitioner: str | None = ADMINISTRATOR) -> MainWindow:
        logbook = new_logbook(data_dir)
        if practitioner == ADMINISTRATOR:
            sign_in_admin(logbook)
        elif practitioner is not None:
            sign_in(logbook, practitioner)
        window = MainWindow(logbook, prompter)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield opener
    for window in opened:
        window.logbook.close()


@pytest.fixture
def window(open_window, data_dir) -> Iterator[MainWindow]:
    return open_window(data_dir)
