"""The main window in German: menus, toolbar, status bar, start page, client list and the
dialogs it opens read German; the keys still work; names typed by hand stay as typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QToolBar

from logger_app.records import ClientDetails
from ui.app import application
from ui.clients.client_form import ClientDialog
from ui.common.language import install_language
from ui.export.export_dialog import ExportDialog
from ui.server.connect_dialog import ConnectServerDialog
from ui.verification.verify_dialog import VerifyDialog

# Typed by hand: markup-like, accented, with an ampersand. Shown exactly so.
TYPED_FIRST = "Zoë <b>Jörg</b>"
TYPED_LAST = "Müller & Søn"


@pytest.fixture
def german() -> Iterator[None]:
    app = application()
    install_language(app, "de")
    try:
        yield
    finally:
        install_language(app, "en")


def _texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def _accelerator(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return None if at < 0 else text.replace("&&", "")[at + 1].lower()


def test_the_menus_toolbar_and_status_bar_read_german(qtbot, german, open_window, data_dir):
    window = open_window(data_dir)
    bar = window.menuBar()
    titles = [action.text() for action in bar.actions()]
    assert titles[:5] == ["&Datei", "&Kunde", "&Logbuch", "&Ansicht", "Aus&wertung"]
    file_menu = bar.actions()[0].menu()
    assert _texts(file_menu)[:2] == ["&Neuer Kunde…", "Neue Sit&zung…"]
    assert "&Beenden" in _texts(file_menu)
    review = bar.actions()[4].menu()
    assert _texts(review) == [
        "&Sitzungen aller Kunden…",
        "&Fällige Folgetermine…",
        "&Audit-Protokoll…",
    ]
    # Within each menu, every accelerator is its own.
    for action in bar.actions()[:5]:
        keys = [_accelerator(text) for text in _texts(action.menu())]
        keys = [key for key in keys if key is not None]
        assert len(keys) == len(set(keys)), _texts(action.menu())
    appearance = window.appearance_menu
    assert appearance.title() == "Dar&stellung"
    assert [a.text() for a in appearance.actions()] == ["Dem &System folgen", "&Hell", "&Dunkel"]

    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar.windowTitle() == "Hauptleiste"
    shown = [action.text() for action in toolbar.actions() if not action.isSeparator()]
    assert shown == ["S&tartseite", "&Neuer Kunde…", "Neue Sit&zung…", "&Sitzungen aller Kunden…"]
    assert window.new_client_action.statusTip() == "Einen Kunden anlegen"
    assert window.new_client_action.toolTip().startswith("Einen Kunden anlegen (")

    # The signed-in name is the practitioner's own, never translated.
    name = window.logbook.signed_in.name
    assert window.practitioner_label.text() == f"Angemeldet: {name} (Administrator)"
    assert window.windowTitle() == f"Microneedling-Logbuch — {name}"
    assert window.location_label.text().startswith("Logbuch: ")
    assert window.start_page.text().startswith("Das Logbuch ist leer.")
    assert window.start_page.today_section.title.text() == "Heute"
    assert window.client_count.text() == "0 Kunden"


def test_a_shortcut_still_opens_its_form_in_german(qtbot, german, open_window, data_dir):
    window = open_window(data_dir)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.client_view.setFocus()
    qtbot.keyClick(window.client_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()  # Find client
    qtbot.keyClick(window.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_dialog, ClientDialog)  # New client
    window.current_dialog.reject()


def test_a_typed_client_name_stays_as_typed_in_german(qtbot, german, open_window, data_dir):
    window = open_window(data_dir)
    window.logbook.add_client(ClientDetails(TYPED_FIRST, TYPED_LAST))
    qtbot.waitUntil(lambda: window.client_count.text() == "1 Kunde")
    qtbot.keyClicks(window.search, "Zo")
    qtbot.waitUntil(lambda: window.client_count.text() == "1 von 1 Kunden passt")
    model = window.client_model
    assert TYPED_FIRST in model.index(0, 0).data() and TYPED_LAST in model.index(0, 0).data()
    window.client_list.open_first_match()
    client = window.client_page.client
    assert client is not None

    export = ExportDialog(window.logbook, client, window.prompter, window)
    qtbot.addWidget(export)
    assert export.windowTitle() == f"Verlauf von {client.full_name} exportieren"
    assert export.format_buttons["pdf"].text().startswith("PDF-Bericht — ")
    assert export.export_button.text() == "Exportieren"
    assert export.cancel_button.text() == "Schließen"


def test_the_server_and_verify_dialogs_read_german(qtbot, german, open_window, data_dir):
    window = open_window(data_dir)
    connect = ConnectServerDialog(data_dir, None, window)
    qtbot.addWidget(connect)
    assert connect.windowTitle() == "Mit Klinikserver verbinden"
    assert connect.test_button.text() == "Verbindung testen"
    assert connect.tls.itemText(0) == "Verschlüsselung bevorzugen (prefer)"
    assert connect.tls.currentData() == "prefer"  # the mode itself is not translated

    window.record_actions.verify_action.trigger()
    dialog = window.record_actions.verify_window
    assert isinstance(dialog, VerifyDialog)
    assert dialog.windowTitle() == "Einträge prüfen"
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.headline.text() == "Alle Signaturen und das Audit-Protokoll sind intakt."
    assert dialog.summary.text().startswith("0 signierte Sitzungen geprüft; ")
    assert dialog.close_button.text() == "Schließen"
    dialog.close()
