"""Every control a practitioner can reach with the keyboard has a name a screen reader
can say: its own accessible name, its words (a button's text, a box's title), or a label
whose buddy it is. A symbol is not a name ("✕", "◀", "+"). Walked: the main window on a
client, the session form with an area and a reaction added, the photo viewer and the
comparison, and the CSV import wizard's pages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)

from logger_app.logbook import Logbook
from logger_app.vocabulary import Area, Reaction
from tests.core.import_samples import eu_files
from ui.import_csv.import_wizard import CsvImportWizard
from ui.photos.photo_compare import CompareDialog
from ui.photos.photo_viewer import PhotoViewer, ViewerItem
from ui.session.session_form import SessionDialog

from ...logbook_template import new_logbook
from ...signing import sign_in
from ..clients.test_history_columns import a_client
from ..driving import choose, click
from ..photos.test_photo_widgets import images, loader_for  # noqa: F401  (a fixture)

WORDS = re.compile(r"[^\W\d_]{2,}")  # a name says something: at least one word


def spoken_name(widget: QWidget, labels: dict[int, str]) -> str:
    """What a screen reader says for ``widget``: its accessible name, its own words, or
    its label's."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    if isinstance(widget, QGroupBox):
        return widget.title().replace("&", "")
    if isinstance(widget, QLabel):  # selectable text reads itself
        return widget.text()
    if isinstance(widget, QTabBar):
        return " ".join(widget.tabText(i) for i in range(widget.count()))
    return labels.get(id(widget), "")


def unnamed(root: QWidget) -> list[str]:
    """The focusable, visible widgets under ``root`` that have no name to say."""
    labels = {
        id(label.buddy()): label.text().replace("&", "")
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(root)
    }
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        # Reached with the keyboard; a button also by a screen reader's own navigation.
        reachable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        if not (reachable or isinstance(widget, QAbstractButton)) or not widget.isVisibleTo(root):
            continue
        parent = widget.parent()
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            continue  # the text field inside a combo or a spin box: part of it
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
            continue  # a view's viewport: the view is named
        if not WORDS.search(spoken_name(widget, labels)):
            shown = widget.text() if isinstance(widget, QAbstractButton) else ""
            found.append(
                f"{type(widget).__name__} {widget.objectName()!r} {shown!r} in "
                f"{type(parent).__name__} {parent.objectName()!r}"
            )
    return found


def assert_all_named(root: QWidget, where: str) -> None:
    offenders = unnamed(root)
    assert not offenders, f"without a name in {where}:\n" + "\n".join(offenders)


def test_the_check_sees_a_symbol_button_and_an_unlabelled_field(qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit, QToolButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    column = QVBoxLayout(root)
    symbol, field, named = QToolButton(text="✕"), QLineEdit(), QLineEdit()
    label = QLabel("&Lot")
    label.setBuddy(named)
    for widget in (symbol, field, label, named):
        column.addWidget(widget)
    assert len(unnamed(root)) == 2
    symbol.setAccessibleName("Remove Left cheek")
    field.setAccessibleName("Search clients")
    assert unnamed(root) == []


def test_the_main_window_and_the_session_form_name_every_control(qtbot, window) -> None:
    client_id = a_client(window)
    window.resize(1280, 720)
    window.show_client(client_id)
    qtbot.waitUntil(lambda: window.client_page.history_model.rowCount() == 3)
    assert_all_named(window, "the main window")
    window.client_page.tabs.setCurrentIndex(2)  # Trends: its charts
    qtbot.waitUntil(lambda: window.client_page.trends is not None)
    assert_all_named(window.client_page, "the Trends tab")
    window.client_page.tabs.setCurrentIndex(1)  # Photos: the gallery
    assert_all_named(window.client_page, "the Photos tab")

    click(qtbot, window.client_page.new_session_button)
    form = window.current_dialog
    assert isinstance(form, SessionDialog)
    qtbot.waitExposed(form)
    for check in form.safety.checks.values():
        click(qtbot, check)
    form.areas.clear()
    click(qtbot, form.areas.add_button)
    click(qtbot, form.reactions.add_button)
    [area], [reaction] = form.areas.rows, form.reactions.rows
    choose(area.area, Area.LEFT_CHEEK)
    choose(reaction.reaction, Reaction.BRUISING)
    form.numbing_box.setChecked(True)
    assert_all_named(form, "the session form")
    # The row's boxes say which area and which reaction they are for.
    assert area.depth.accessibleName() == "Depth for Left cheek (mm)"
    assert area.remove.accessibleName() == "Remove Left cheek"
    assert reaction.severity.accessibleName() == "Severity of Bruising"
    assert reaction.remove.accessibleName() == "Remove Bruising"
    # A form field's name is its label's words.
    assert form.started_at.accessibleName() == "Date and time"
    assert form.device.accessibleName() == "Device"
    form.mark_unchanged()
    form.reject()


def test_the_photo_viewer_and_comparison_name_every_control(qtbot, images) -> None:  # noqa: F811
    items = [
        ViewerItem("red", "Front, 3 Mar 2026", "<p>Forehead 0.5 mm</p>"),
        ViewerItem("blue", "Front, 7 Apr 2026", "<p>Forehead 0.75 mm</p>"),
    ]
    viewer = PhotoViewer(items, 0, loader_for(images), loader_for(images))
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    assert_all_named(viewer, "the photo viewer")

    compare = CompareDialog(items, 0, 1, loader_for(images))
    qtbot.addWidget(compare)
    compare.show()
    qtbot.waitExposed(compare)
    assert_all_named(compare, "the comparison")


@pytest.fixture
def logbook_for_import(data_dir: Path) -> Iterator[Logbook]:
    book = new_logbook(data_dir)
    sign_in(book)  # the imported sessions are signed by who imports them
    yield book
    book.close()


def test_the_import_wizard_names_every_control(qtbot, logbook_for_import, prompter, tmp_path):
    wizard = CsvImportWizard(logbook_for_import, prompter)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert_all_named(wizard, "the import wizard's files page")
    clients, treatments = eu_files(tmp_path)
    wizard.files_page.clients_edit.setText(str(clients))
    wizard.files_page.treatments_edit.setText(str(treatments))
    wizard.next()
    assert wizard.currentId() == CsvImportWizard.MAPPING_PAGE
    assert_all_named(wizard, "the import wizard's mapping page")
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.preview_page.checking, timeout=10000)
    assert_all_named(wizard, "the import wizard's preview page")
