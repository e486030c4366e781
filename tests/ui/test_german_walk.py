"""German everywhere: the main window, the session form and the PDF report are walked in
English and then in German over the same demo logbook; a text the German walk shows
exactly as the English one did is untranslated, unless it is data (names, notes, lots,
numbers, days: taken from the demo logbook itself) or a word German spells the same."""

from __future__ import annotations

import re
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from logger_app import vocabulary
from logger_app.demo import generate_demo
from logger_app.export import export_client, load_history
from logger_app.export.json_export import json_document
from logger_app.logbook import Logbook
from ui.common.language import ENGLISH, GERMAN, install_language
from ui.session.session_form import SessionDialog
from ui.shell.main_window import MainWindow

from ..core.export_data import pdf_text
from ..logbook_template import new_logbook
from ..signing import sign_in, sign_in_admin

# Words German writes exactly as English: kept small, each said why.
SAME_IN_GERMAN = {
    "OK",  # Qt's own button, the same in German
    "Name",  # "der Name"
    "Status",  # "der Status"
    "E-Mail",  # the German spelling of email
    "PDF",  # file formats
    "CSV",
    "JSON",
    "mm",  # units
    "min",
    "English",  # a language is offered in its own name (View → Language)
    "Deutsch",
    "PRP",  # platelet-rich plasma: the abbreviation German clinics use
    "RF",  # radio frequency, likewise
    "Nano",  # a cartridge's name
    "Pen",  # the microneedling pen: German clinics say "Pen" too
    "Roller",  # the dermaroller, likewise
    "Trends",  # "die Trends" (the client page's tab)
    *("I", "II", "III", "IV", "V", "VI"),  # Fitzpatrick skin types, Roman numerals
}
ROWS_READ = 20  # cells of the first rows of each table: enough to meet every column
TEXT = re.compile(r"[^\W\d_]")  # a letter
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")  # "E-Mail", "O'Brien"


# ------------------------------------------------------------------ what is shown
def _lines(text: str) -> Iterator[str]:
    """A shown text as its reader sees it: markup dropped, the accelerator "&" dropped
    ("&&" is an ampersand), one text per line."""
    if "<" in text and ">" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    for line in text.splitlines():
        if line.strip():
            yield " ".join(line.split())


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        yield action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def shown_texts(root: QWidget) -> set[str]:
    """Every text ``root`` shows now: titles, labels, buttons, tabs, group boxes, combo
    items, placeholders, table headers (and the first rows' cells), its menus."""
    found: list[str] = [root.windowTitle()]
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            found.append(action.text())
            if action.menu() is not None:
                found.extend(_menu_texts(action.menu()))
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QTabBar):
            found.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            found.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = range(model.columnCount())
            found.extend(str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns)
            for row in range(min(model.rowCount(), ROWS_READ)):
                found.extend(str(model.index(row, c).data() or "") for c in columns)
    return {line for text in found for line in _lines(text)}


def pdf_lines(path: Path, data: list[str]) -> set[str]:
    """The report's lines, its data taken out first (the report wraps a long note over
    lines), ligatures spelled out ("ﬀ" as "ff")."""
    return {
        pdf_text(line)
        for page in PdfReader(path).pages
        for line in without_data(page.extract_text(), data).splitlines()
        if line.strip()
    }


# ------------------------------------------------------------------ what is data
_VOCABULARY_VALUES = {
    member.value
    for item in vars(vocabulary).values()
    if isinstance(item, type) and issubclass(item, Enum)
    for member in item
    if isinstance(member.value, str)
}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def logbook_data(logbook: Logbook, data_dir: Path) -> list[str]:
    """Every text the logbook holds (its clients' histories as exported: names, notes,
    lots, products; the practitioners' names), never a vocabulary value; longest first."""
    found = {str(data_dir), data_dir.name}
    for client_id in logbook.client_ids():
        found.update(_strings(json_document(load_history(logbook, client_id))))
    found.update(p.name for p in logbook.practitioners())
    data = {line for text in found for line in text.splitlines() if TEXT.search(line)}
    return sorted(data - _VOCABULARY_VALUES, key=len, reverse=True)


def without_data(text: str, data: list[str]) -> str:
    """``text`` with each data value taken out, wherever lines break it."""
    for value in data:
        words = value.split()
        if words and words[0] in text:
            text = re.sub(r"\s+".join(map(re.escape, words)), " ", text)
    return text


def is_data(text: str, data: list[str]) -> bool:
    """Nothing but data, numbers, days, punctuation and words German spells the same."""
    rest = without_data(text, data)
    return all(word in SAME_IN_GERMAN for word in WORD.findall(rest))


# ------------------------------------------------------------------ the walk
@pytest.fixture
def demo_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "demo-logbook"
    with new_logbook(folder) as book:
        sign_in(book)  # who signs the demo's sessions
        generate_demo(book, clients=2, seed=7, sessions_per_client=(3, 3))
    return folder


def walk(qtbot, prompter, folder: Path, print_to: Path, data: list[str]) -> set[str]:
    """The texts of the main window (start page, a client's page), of a new session's
    form and of that client's PDF report, in the language installed now."""
    logbook = new_logbook(folder)
    sign_in_admin(logbook)
    window = MainWindow(logbook, prompter)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        texts = shown_texts(window)
        window.client_view.selectRow(0)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.client_page)
        texts |= shown_texts(window)
        window.new_session_action.trigger()
        form = window.current_dialog
        assert isinstance(form, SessionDialog)
        texts |= shown_texts(form)
        form.reject()
        client_id = window.client_page.client.id
        export_client(logbook, client_id, "pdf", print_to)
        return texts | pdf_lines(print_to, data)
    finally:
        window.close()
        logbook.close()


def test_german_walk_finds_no_english(qtbot, qapp, prompter, demo_folder, tmp_path) -> None:
    with Logbook.open(demo_folder) as logbook:
        data = logbook_data(logbook, demo_folder)
    english = walk(qtbot, prompter, demo_folder, tmp_path / "english.pdf", data)
    install_language(qapp, GERMAN)
    try:
        german = walk(qtbot, prompter, demo_folder, tmp_path / "german.pdf", data)
    finally:
        install_language(qapp, ENGLISH)
    # The walk saw something: the menus, the form and the report in both languages.
    assert len(english) > 100 and len(german) > 100
    assert "&File".replace("&", "") in english and "New session" in " ".join(english)
    untranslated = sorted(t for t in german & english if not is_data(t, data))
    assert untranslated == [], f"{len(untranslated)} texts read English in German:\n" + "\n".join(
        untranslated
    )


def test_data_and_same_words_are_not_reported_but_english_is() -> None:
    data = sorted(["Ngozi Nwosu", "Rosacea on cheeks, currently calm.", "LOT-2291"], key=len)[::-1]
    assert is_data("Ngozi Nwosu", data)
    assert is_data("Ngozi Nwosu, LOT-2291, 0,5 mm, 21.03.2026", data)
    wrapped = "Medical notes: Rosacea on cheeks,\ncurrently calm.\nAllergies: LOT-2291"
    assert without_data(wrapped, data).splitlines() == ["Medical notes:  ", "Allergies:  "]
    assert is_data("OK", data) and is_data("IV", data)
    assert not is_data("New session for Ngozi Nwosu", data)
    assert not is_data("Medical notes: Rosacea on cheeks, currently calm.", data)
    assert not is_data("Practitioner", ["Test Practitioner"])  # a label, not a name's end
    assert not is_data("Cancel", data)
