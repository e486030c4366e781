"""In the dark theme every text the practitioner reads is readable: the window is opened
on a client with sessions and the session form with its warnings, painted dark, and the
rendered pixels of the history, the session record, the warnings and the form's labels
are measured: text against its background at a contrast ratio of 4.5 or more (WCAG AA).

(The light style sheet of before, under a dark palette, fails this: white on white.)"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QTextBrowser, QWidget

from logger_app.records import AreaTreatment, ClientDetails, ReactionObservation, SessionDetails
from logger_app.vocabulary import Area, Device, ObservedWhen, Reaction, Severity
from ui.common.models import HistoryModel
from ui.common.theme import apply_theme, contrast_ratio
from ui.session.session_form import SessionDialog

from ..driving import click

MINIMUM = 4.5


@pytest.fixture
def dark():
    app = QApplication.instance()
    apply_theme(app, True)
    yield
    apply_theme(app, False)


def a_client_with_sessions(window) -> int:
    logbook = window.logbook
    client = logbook.add_client(ClientDetails("Anna", "Smith", allergies="Lidocaine"))
    for month, depth, reaction in (
        (2, 1.0, None),
        (4, 1.25, ReactionObservation(Reaction.BRUISING, Severity.MODERATE, ObservedWhen.DURING)),
    ):
        logbook.record_session(
            SessionDetails(
                client_id=client.id,
                started_at=datetime(2026, month, 3, 10, tzinfo=UTC),
                practitioner_name=logbook.signed_in.name,
                device=Device.PEN,
                cartridge="16-pin",
                areas=(AreaTreatment(Area.LEFT_CHEEK, depth, 4), AreaTreatment(Area.FOREHEAD, 0.5)),
                reactions=(reaction,) if reaction else (),
                notes="Tolerated well.",
                acknowledged=("no_screening", "consent_missing", "allergies"),
            ),
            sign=month == 2,
            reasons={"no_screening": "Screened on paper", "consent_missing": "Signed on paper"},
        )
    window.reload_clients()
    return client.id


def text_contrast(image: QImage, rect: QRect) -> float:
    """The contrast of the text drawn in ``rect`` of ``image`` with its background: the
    background is the commonest colour there, the text the pixel that differs most."""
    rect = rect.intersected(image.rect())
    assert rect.width() > 2 and rect.height() > 2, "nothing to measure"
    pixels = Counter(
        image.pixel(x, y)
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    ink = max((QColor.fromRgb(p) for p in pixels), key=lambda c: contrast_ratio(c, background))
    return contrast_ratio(ink, background)


def in_window(widget: QWidget, rect: QRect | None = None) -> QRect:
    """``rect`` of ``widget`` (all of it by default) in its window's coordinates."""
    rect = rect if rect is not None else widget.rect()
    return QRect(widget.mapTo(widget.window(), rect.topLeft()), rect.size())


def word_rect(view: QTextBrowser, word: str) -> QRect:
    """Where ``word`` is painted in a text view's viewport."""
    found = view.document().find(word)
    assert not found.isNull(), f"{word!r} is not in the record"
    start = QTextCursor(found)
    start.setPosition(found.selectionStart())
    left, right = view.cursorRect(start), view.cursorRect(found)
    return QRect(left.topLeft(), QPoint(right.right(), left.bottom())).adjusted(-2, -1, 2, 1)


def low_contrast(image: QImage, places: dict[str, QRect]) -> list[str]:
    measured = {name: text_contrast(image, rect) for name, rect in places.items()}
    return [f"{name}: {ratio:.2f}" for name, ratio in measured.items() if ratio < MINIMUM]


def test_dark_window_history_record_warnings_and_form_labels_are_readable(
    qtbot, window, dark
) -> None:
    client_id = a_client_with_sessions(window)
    window.resize(1280, 720)
    window.show_client(client_id)
    page = window.client_page
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 2)
    history, record = page.history_view, page.detail_view
    history.selectRow(0)  # the draft, with its moderate bruising

    places: dict[str, QRect] = {}
    for column in range(HistoryModel.AREAS_COLUMN, history.model().columnCount()):
        for row in (0, 1):
            cell = history.visualRect(history.model().index(row, column))
            if cell.isValid() and history.viewport().rect().contains(cell.center()):
                text = history.model().index(row, column).data()
                if text:
                    places[f"history row {row} {text!r}"] = in_window(history.viewport(), cell)
    header = history.horizontalHeader()
    places["history header"] = in_window(
        header, QRect(0, 0, header.sectionSize(0), header.height())
    )
    places["client name"] = in_window(page.name_label)
    places["client summary"] = in_window(page.summary_label)
    offenders = low_contrast(window.grab().toImage(), places)
    # The record, each part scrolled into view: headings, facts, the grid's header row.
    for word in ("Session of", "Practitioner", "Draft", "Areas treated", "Depth", "Left cheek"):
        cursor = record.document().find(word)
        cursor.clearSelection()  # in view, but not highlighted
        record.setTextCursor(cursor)
        record.ensureCursorVisible()
        rect = in_window(record.viewport(), word_rect(record, word))
        offenders += low_contrast(window.grab().toImage(), {f"record {word!r}": rect})
    assert len(places) > 10
    assert not offenders, "text that does not read in the dark window:\n" + "\n".join(offenders)

    # The session form: its warnings (no screening, no consent) and its labels.
    click(qtbot, page.new_session_button)
    form = window.current_dialog
    assert isinstance(form, SessionDialog)
    form.resize(1280, 1200)  # every field in view, to be measured
    qtbot.waitExposed(form)
    assert form.safety.warnings
    image = form.grab().toImage()
    places = {}
    for label in form.safety.findChildren(QLabel):
        if label.isVisible() and label.text().strip() and label.width() > 2:
            places[f"warnings {label.objectName()} {label.text()[:30]!r}"] = in_window(label)
    for check in form.safety.checks.values():
        if check.isVisible():
            places[f"tick {check.text()!r}"] = in_window(check)
    assert sum(name.startswith("warnings") for name in places) >= 3
    for box in form.findChildren(QGroupBox):
        if box.isVisible() and box.title():
            title = QRect(0, 0, box.fontMetrics().horizontalAdvance(box.title()) + 24, 18)
            if image.rect().contains(in_window(box, title)):  # the form scrolls below
                places[f"group {box.title()!r}"] = in_window(box, title)
    for label in form.findChildren(QLabel):
        if label.isVisible() and label.text() and label.buddy() is not None:
            places[f"label {label.text()!r}"] = in_window(label)
    assert sum(name.startswith("label") for name in places) >= 5
    offenders = low_contrast(image, places)
    assert not offenders, "text that does not read in the dark form:\n" + "\n".join(offenders)
    form.reject()


def test_a_window_whose_logbook_closed_repaints_nothing_from_it_when_the_theme_changes(
    qtbot, window
) -> None:
    # The client page and its record repaint in the new colours from the logbook; a
    # window whose logbook has closed (switched away, a test torn down) must not read it.
    window.show_client(a_client_with_sessions(window))
    window.logbook.close()
    app = QApplication.instance()
    with qtbot.captureExceptions() as raised:
        apply_theme(app, True)
        apply_theme(app, False)
    assert raised == []
