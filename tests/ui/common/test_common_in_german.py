"""The shared widgets, the sign-in screen and the CSV import read German once German is
installed; what a person typed stays exactly as typed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard

from logger_app.logbook import Logbook
from tests.core.import_samples import write
from ui.app import application
from ui.common.date_range import DateRange
from ui.common.display import format_date, format_reaction
from ui.common.form_support import GuardedForm, date_edit
from ui.common.language import install_language
from ui.common.models import HistoryModel
from ui.common.passphrase_prompt import PassphraseDialog, Refusal
from ui.common.zone_canvas import DepthLegend
from ui.import_csv.import_wizard import CsvImportWizard

from ...logbook_template import new_logbook
from ...signing import sign_in
from ..driving import click, type_into

TYPED_NAME = "<b>Meyer & Co</b>"  # typed: markup and an ampersand, shown as such


@pytest.fixture
def german() -> Iterator[None]:
    """German for the test, English again after it whatever happens."""
    app = application()
    install_language(app, "de")
    try:
        yield
    finally:
        install_language(app, "en")


def texts_of(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def test_the_sign_in_screen_reads_german(qtbot, german, open_window, data_dir) -> None:
    window = open_window(data_dir, None)
    screen = window.lock.sign_in_screen
    assert screen.current_page() is screen.first_page
    assert window.windowTitle() == "Microneedling-Logbuch — Anmelden"
    shown = texts_of(screen)
    assert "Microneedling-Logbuch" in shown
    assert any(text.startswith("Dieses Logbuch hat noch keine Behandler.") for text in shown)
    assert "Mindestens 10 Zeichen" in " ".join(shown)
    assert screen.create_button.text() == "Profil anlegen und anmelden"
    assert screen.first_credentials.placeholderText().startswith("z. B.")
    type_into(qtbot, screen.first_name, TYPED_NAME)
    type_into(qtbot, screen.first_passphrase, "lavender kettle morning")
    type_into(qtbot, screen.first_repeat, "lavender kettle evening")
    click(qtbot, screen.create_button)
    assert screen.first_error.text() == (
        "Die beiden Passphrasen stimmen nicht überein: Geben Sie sie noch einmal zweimal ein."
    )
    assert screen.first_name.text() == TYPED_NAME  # as typed, markup and all
    assert window.logbook.practitioners() == []


def test_the_shared_pieces_read_german(qtbot, german, prompter) -> None:
    assert format_reaction(None) == "Keine erfasst"
    assert format_date(date(2026, 3, 21)) == "21.03.2026"
    assert date_edit("day").displayFormat() == "dd.MM.yyyy"
    holder = QWidget()
    qtbot.addWidget(holder)
    days = DateRange(holder, QDate(2026, 3, 1), QDate(2026, 3, 21))
    days.place(QGridLayout(holder), 0, 0)
    assert (days.use_from.text(), days.use_to.text()) == ("Von", "Bis")
    assert days.date_to.text() == "21.03.2026"
    history = HistoryModel()
    headers = [history.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Datum", "Areale und Nadeltiefen", "Gerät"]
    legend = DepthLegend()
    assert legend.accessibleName().startswith("Farben der Nadeltiefe: bis 0,5 mm")

    dialog = PassphraseDialog("Signieren", TYPED_NAME, lambda typed: Refusal("Falsch", 3))
    qtbot.addWidget(dialog)
    assert dialog.intro.text() == TYPED_NAME and dialog.intro.textFormat() == (
        Qt.TextFormat.PlainText
    )
    assert dialog.accept_button.text() == "OK"
    assert dialog.passphrase.placeholderText() == "Ihre Passphrase"
    type_into(qtbot, dialog.passphrase, "wrong one")
    dialog.try_passphrase()
    assert dialog.error.text() == (
        "Zu viele falsche Passphrasen. Versuchen Sie es in 3 Sekunden erneut."
    )

    class Form(GuardedForm):
        form_name = "session"

    form = Form(prompter)
    qtbot.addWidget(form)
    QVBoxLayout(form).addWidget(QLineEdit(objectName="notes"))
    form.mark_unchanged()
    form.findChild(QLineEdit, "notes").setText(TYPED_NAME)
    prompter.discard_answer = False
    form.reject()
    assert prompter.asked == ["discard Sitzung"]


@pytest.fixture
def logbook(data_dir: Path) -> Iterator[Logbook]:
    book = new_logbook(data_dir)
    sign_in(book)
    yield book
    book.close()


def test_the_import_wizard_reads_german(qtbot, german, logbook, prompter, tmp_path) -> None:
    wizard = CsvImportWizard(logbook, prompter)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.windowTitle() == "Aus einem anderen System importieren"
    page = wizard.files_page
    assert page.title() == "Dateien auswählen"
    assert {"Kundendatei:", "Behandlungsdatei:", "Name der Quelle:"} <= set(texts_of(page))
    assert page.treatments_edit.placeholderText() == "optional"
    clients = write(tmp_path, "kunden.csv", "Vorname,Nachname\nAnna,Schmidt\nBen,Meyer\n")
    type_into(qtbot, page.clients_edit, str(clients))
    type_into(qtbot, page.source_edit, TYPED_NAME)
    wizard.next()
    assert wizard.currentId() == CsvImportWizard.MAPPING_PAGE
    mapping = wizard.mapping_page
    assert mapping.title() == "Spalten zuordnen"
    assert mapping.clients_box.title() == "Kundendatei"
    assert "kunden.csv: 2 Zeilen" in texts_of(mapping)
    assert "(nicht in der Datei)" in {combo.itemText(0) for combo in mapping.client_combos.values()}
    assert wizard.source == TYPED_NAME  # the source's name kept as typed
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Abbrechen"
