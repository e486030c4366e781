"""Text typed by someone is shown as typed, never as markup: a client named
"<img src='file:///…'>" shows those characters and makes the window load nothing.

Every view that shows the marked names, notes, lots, file names and audit details is
opened and painted; each check reads what the widget shows. A probe picture with an
access time far in the past tells whether anything loaded it (a control label with
deliberate markup proves that such a load would be seen)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtGui import Qt as TextQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QToolTip,
    QWidget,
)

from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    ConsentDetails,
    PhotoDetails,
    PractitionerDetails,
    ProductUse,
    ReactionObservation,
    ScreeningDetails,
    SessionDetails,
)
from logger_app.vocabulary import Area, Device, PhotoAngle, PhotoKind, Reaction, Severity
from ui.common.display import plain_tooltip
from ui.common.prompts import Prompter

from ...signing import sign_in
from ..driving import type_into, work_as

LINK = "<a href='https://example.invalid'>x</a>"
HEADING = "<h1>Big</h1>"
ENTITY = "<b>&amp;</b>"
# What would show only if the text were read as markup, never in the typed text itself.
RAW_TAGS = ("<img", "<h1>", "<a href", "<b>&amp;")
SESSION_DAY = datetime(2026, 3, 3, 10, tzinfo=UTC)


@dataclass
class Probe:
    """A real PNG whose access time tells whether something opened it."""

    path: Path
    img: str  # the markup that would load it

    def set_untouched(self) -> None:
        os.utime(self.path, (1_000_000_000, self.path.stat().st_mtime))  # 2001

    def was_read(self) -> bool:
        return self.path.stat().st_atime > 1_000_000_000

    def check_not_loaded(self, qtbot) -> None:
        """Asserts nothing read the probe; first proves, with a label that does render
        the markup, that a read would be seen (else skips: no access times here)."""
        read = self.was_read()
        control = QLabel(self.img)
        control.setTextFormat(Qt.TextFormat.RichText)
        qtbot.addWidget(control)
        control.show()
        control.grab()
        QApplication.processEvents()
        if not self.was_read():
            pytest.skip("this file system does not update access times (noatime)")
        assert not read, "a view loaded the picture named in typed text"


@pytest.fixture
def probe() -> Iterator[Probe]:
    # A short folder: the markup has to fit in a name (100 characters at most).
    folder = Path(tempfile.mkdtemp(prefix="probe"))
    path = folder / "p.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    saved = image.save(str(path))
    assert saved
    url = QUrl.fromLocalFile(str(path)).toString()
    yield Probe(path, f"<img src='{url}'>")
    shutil.rmtree(folder)


@dataclass
class Marked:
    """The typed values, each holding markup."""

    first_name: str
    last_name: str
    practitioner: str
    credentials: str
    notes: str
    lot: str
    photo_name: str
    audit: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def all_markup(img: str) -> str:
    return f"{img} {LINK} {HEADING} {ENTITY}"


def fill_marked(data_dir: Path, img: str, work: Path) -> Marked:
    marked = Marked(
        first_name=img,
        last_name=f"{HEADING} {ENTITY}",
        practitioner=f"Dr {LINK} {ENTITY}",
        credentials=img,
        notes=all_markup(img),
        lot=f"{ENTITY}{img}",
        # A file name holds no "/": the tags that fit in one.
        photo_name="<h1>Big <b>&amp; <i>front.jpg",
        audit=f"Exported to {all_markup(img)}",
    )
    with Logbook.open(data_dir, create=True) as book:
        book.add_practitioner(PractitionerDetails(marked.practitioner, marked.credentials))
        sign_in(book, marked.practitioner)
        client = book.add_client(
            ClientDetails(
                marked.first_name,
                marked.last_name,
                date(1985, 5, 5),
                allergies=marked.notes,
                medical_notes=marked.notes,
            )
        )
        on = date(2026, 3, 1)
        book.add_screening(
            ScreeningDetails(
                client.id,
                on,
                active_skin_condition=True,
                active_skin_condition_note=marked.notes,
                notes=marked.notes,
            ),
            today=on,
        )
        book.add_consent(ConsentDetails(client.id, "1", on, typed_name=marked.notes), today=on)
        details = SessionDetails(
            client_id=client.id,
            started_at=SESSION_DAY,
            practitioner_name=marked.practitioner,
            device=Device.PEN,
            cartridge=marked.lot,
            areas=(AreaTreatment(Area.LEFT_CHEEK, 0.5, note=marked.notes),),
            reactions=(ReactionObservation(Reaction.ERYTHEMA, Severity.MILD, note=marked.notes),),
            products=(ProductUse(f"Serum {HEADING}", marked.lot),),
            notes=marked.notes,
        )
        signed = book.record_session(details, enforce_safety=False, sign=True)
        book.amend_session(signed.id, "notes", f"{marked.notes} (amended)", marked.notes)
        draft = book.record_session(
            SessionDetails(
                client_id=client.id,
                started_at=SESSION_DAY.replace(month=6),
                practitioner_name=marked.practitioner,
                device=Device.PEN,
                areas=(AreaTreatment(Area.FOREHEAD, 0.5),),
                products=(ProductUse("Serum", marked.lot),),
            ),
            enforce_safety=False,
        )
        for session, shade in ((signed, 60), (draft, 200)):
            picture = work / f"{shade}" / marked.photo_name
            picture.parent.mkdir(parents=True)
            Image.new("RGB", (64, 48), (shade, 120, 100)).save(picture, "JPEG")
            [result] = book.import_photos(
                session.id, [picture], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
            )
            assert result.status == "imported"
        book.record_event("export", marked.audit, client_id=client.id)
    return marked


# Reading what a widget shows ------------------------------------------------------------


class _NoResources(QTextDocument):
    """Renders markup to plain text the way a label would, but loads nothing itself."""

    def loadResource(self, kind: int, name: QUrl) -> object:
        return None


def rendered(html: str) -> str:
    doc = _NoResources()
    doc.setHtml(html)
    return doc.toPlainText().replace("\u2028", "\n").replace("\xa0", " ")


def shown(label: QLabel) -> str:
    """The text a label shows, as the user reads it."""
    text, fmt = label.text(), label.textFormat()
    if fmt == Qt.TextFormat.PlainText:
        return text
    if fmt == Qt.TextFormat.RichText or TextQt.mightBeRichText(text):
        return rendered(text)
    return text


def shown_tooltip(tip: str) -> str:
    return rendered(tip) if TextQt.mightBeRichText(tip) else tip


def assert_shows(label: QLabel, *literals: str) -> None:
    text = " ".join(shown(label).split())
    for literal in literals:
        assert " ".join(literal.split()) in text, f"{label.objectName()}: {shown(label)!r}"


def markup_problems(tops: Iterable[QWidget]) -> list[str]:
    """Labels holding typed markup in a format that renders it; buttons and group boxes
    whose "&" would become a shortcut marker."""
    problems = []
    for top in tops:
        for label in [top, *top.findChildren(QLabel)]:
            if not isinstance(label, QLabel):
                continue
            text = label.text()
            if any(tag in text for tag in RAW_TAGS) and (
                label.textFormat() != Qt.TextFormat.PlainText
            ):
                problems.append(f"{label.objectName() or type(label).__name__}: {text[:80]}")
        for widget in top.findChildren(QAbstractButton) + top.findChildren(QGroupBox):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
            typed = any(tag in text.replace("&&", "&") for tag in RAW_TAGS)
            if typed and "&" in text.replace("&&", ""):  # a lone "&" marks a shortcut
                problems.append(f"{widget.objectName() or type(widget).__name__}: {text[:80]}")
    return problems


def paint_all() -> list[QWidget]:
    """Paints every window shown (loading whatever their labels refer to)."""
    tops = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for top in tops:
        top.grab()
    QApplication.processEvents()
    return tops


def model_tooltips(model) -> list[str]:
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    return [
        model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or ""
        for row in range(model.rowCount(root))
        for column in range(columns)
    ]


def show_tooltips(tips: Iterable[str], over: QWidget) -> None:
    """Shows each tooltip as Qt would on hover, and paints it."""
    for tip in tips:
        if not tip:
            continue
        QToolTip.showText(over.mapToGlobal(QPoint(5, 5)), tip, over)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and type(widget).__name__ == "QTipLabel":
                widget.grab()
    QToolTip.hideText()


# The tests ------------------------------------------------------------------------------


@pytest.fixture
def marked(data_dir: Path, probe: Probe, tmp_path: Path) -> Marked:
    return fill_marked(data_dir, probe.img, tmp_path / "pictures")


def test_every_view_shows_typed_text_literally_and_loads_nothing(
    qtbot, open_window, data_dir, marked: Marked, probe: Probe
) -> None:
    probe.set_untouched()
    window = open_window(data_dir)  # signed in as the administrator: the marked name
    problems: list[str] = []
    tips: list[str] = []

    def look() -> list[QWidget]:
        tops = paint_all()
        problems.extend(markup_problems(tops))
        return tops

    # The client list, the client page and the status bar.
    listed = window.client_model.index(0, 0).data()  # "Last, First"
    assert listed == f"{marked.last_name}, {marked.first_name}"
    tips += model_tooltips(window.client_model)
    window.client_view.selectRow(0)
    page = window.client_page
    assert page.name_label.text() == marked.full_name
    assert page.name_label.textFormat() == Qt.TextFormat.PlainText
    assert_shows(page.summary_label, marked.notes)
    assert_shows(window.practitioner_label, f"Signed in: {marked.practitioner} (administrator)")
    assert marked.practitioner in window.windowTitle()
    # The history and the full record of the signed session.
    tips += model_tooltips(page.history_model)
    signed_row = next(
        row
        for row in range(page.history_model.rowCount())
        if page.history_model.row_record(row).signed_at is not None
    )
    page.history_view.selectRow(signed_row)
    record = " ".join(page.detail_view.toPlainText().split())
    for literal in (marked.notes, marked.lot, marked.practitioner, f"Serum {HEADING}"):
        assert " ".join(literal.split()) in record
    look()

    # Amending the signed session: the intro names who signed it.
    page.session_actions.amend()
    amend = page.session_actions.amend_dialog
    qtbot.waitExposed(amend)
    assert any(marked.practitioner in shown(label) for label in amend.findChildren(QLabel))
    look()
    amend.reject()

    # The session form of the draft: its title, the safety warnings quoting the notes.
    draft_row = next(
        row
        for row in range(page.history_model.rowCount())
        if page.history_model.row_record(row).signed_at is None
    )
    window.edit_draft(page.history_model.row_record(draft_row).id)
    form = window.current_dialog
    qtbot.waitExposed(form)
    texts = [shown(label) for label in form.findChildren(QLabel)]
    assert any(marked.full_name in text for text in texts)
    assert any(" ".join(marked.notes.split()) in " ".join(t.split()) for t in texts)
    look()
    form.reject()
    qtbot.waitUntil(lambda: window.current_dialog is None)

    # Screening and consent forms.
    for kind in ("screening", "consent"):
        window.open_safety_form(kind)
        dialog = window.current_dialog
        qtbot.waitExposed(dialog)
        assert any(marked.full_name in shown(label) for label in dialog.findChildren(QLabel))
        look()
        dialog.reject()
        qtbot.waitUntil(lambda: window.current_dialog is None)

    # Photos: the gallery, the viewer and the comparison.
    page.tabs.setCurrentWidget(page.gallery)
    gallery = page.gallery
    qtbot.waitUntil(lambda: gallery.proxy.rowCount() == 4)
    gallery_tips = model_tooltips(gallery.model)
    assert any(marked.photo_name in shown_tooltip(tip) for tip in gallery_tips)
    tips += gallery_tips
    viewer = gallery.open_viewer(gallery.proxy.index(1, 0))
    qtbot.waitExposed(viewer)
    assert viewer.title.textFormat() == Qt.TextFormat.PlainText
    look()
    viewer.close()
    compare = gallery.open_compare()
    qtbot.waitExposed(compare)
    look()
    compare.close()

    # The photo import, listing a file with a marked name.
    picture = probe.path.parent / marked.photo_name
    Image.new("RGB", (64, 48), (10, 120, 100)).save(picture, "JPEG")
    window.add_photos([picture])
    photo_import = window.current_dialog
    qtbot.waitExposed(photo_import)
    item = photo_import.table.item(0, 0)
    assert item.text() == marked.photo_name
    assert shown_tooltip(item.toolTip()) == str(picture)
    tips.append(item.toolTip())
    look()
    photo_import.reject()
    qtbot.waitUntil(lambda: window.current_dialog is None)

    # The export dialog, named after the client.
    window.export_client()
    export = window.current_dialog
    qtbot.waitExposed(export)
    assert marked.full_name in export.windowTitle()
    look()
    export.reject()
    qtbot.waitUntil(lambda: window.current_dialog is None)

    # The audit log: who (a practitioner) and what (a detail with a file name).
    audit = window.record_actions.open_audit()
    qtbot.waitExposed(audit)
    audit_text = [audit.model.index(r, 5).data() for r in range(audit.model.rowCount())]
    assert marked.audit in audit_text
    tips += model_tooltips(audit.model)
    assert any(marked.audit == shown_tooltip(tip) for tip in tips)
    look()
    audit.close()

    # The sessions review, searched by the marked lot.
    window.review_action.trigger()
    review = window.review_window
    qtbot.waitExposed(review)
    type_into(qtbot, review.lot, marked.lot)
    qtbot.waitUntil(lambda: "went to" in review.summary.text())
    assert review.proxy.rowCount() == 2
    assert_shows(review.summary, f"Lot {marked.lot} went to 1 client.")
    tips += model_tooltips(review.model)
    look()
    review.close()

    # The practitioners' profiles: the list and the profile box.
    window.record_actions.manage_practitioners()
    profiles = window.record_actions.dialog
    qtbot.waitExposed(profiles)
    profiles.table.selectRow(0)
    assert marked.practitioner in profiles.form_box.title().replace("&&", "&")
    tips += model_tooltips(profiles.model)
    look()
    profiles.reject()

    # The lock screen names who it is locked for; the sign-in screen lists them.
    window.lock_action.trigger()
    assert_shows(window.lock.lock_screen.who, marked.practitioner)
    look()
    window.record_actions.switch_practitioner()
    names = window.lock.sign_in_screen.practitioner_list
    assert names.item(0).text() == f"{marked.practitioner}  —  administrator"
    look()
    work_as(window, marked.practitioner)

    # Every tooltip reads as typed, and shows without loading anything.
    for literal in (marked.full_name, marked.practitioner, marked.lot):
        assert any(literal == shown_tooltip(tip) for tip in tips), literal
    show_tooltips(tips, window.client_view)

    assert problems == []
    probe.check_not_loaded(qtbot)


def test_prompts_name_the_client_literally(
    qtbot, open_window, data_dir, marked: Marked, probe: Probe
) -> None:
    """The erase confirmation, the name to type and the refusal, through the real
    message boxes."""
    probe.set_untouched()
    window = open_window(data_dir)
    window.prompter = Prompter()
    window.client_view.selectRow(0)
    seen: list[tuple[str, str]] = []  # (kind, what the box shows)
    problems: list[str] = []

    def answer(kind: str, act: Callable[[QDialog], None]) -> None:
        def run() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QDialog) or not box.isVisible():
                QTimer.singleShot(20, run)
                return
            box.grab()
            problems.extend(markup_problems([box]))
            seen.append((kind, " ".join(shown(lb) for lb in box.findChildren(QLabel))))
            act(box)

        QTimer.singleShot(0, run)

    def accept_message(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        [accept] = [
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        ]
        QTimer.singleShot(0, accept.click)
        answer("typed", type_wrong_name)

    def type_wrong_name(box: QDialog) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue("someone else")
        answer("refused", lambda refusal: refusal.accept())
        box.accept()

    answer("confirm", accept_message)
    window.record_actions.erase_action.trigger()
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5000)

    kinds = [kind for kind, _ in seen]
    assert kinds == ["confirm", "typed", "refused"]
    for _, text in seen:
        assert marked.full_name in text
    assert problems == []
    assert window.logbook.client_count() == 1  # the wrong name erased nothing
    probe.check_not_loaded(qtbot)


def test_tooltips_of_typed_text_read_as_typed(qtbot) -> None:
    for text in (LINK, HEADING, ENTITY, "Tom & Jerry <3", "a\nb", "plain"):
        tip = plain_tooltip(text)
        assert " ".join(shown_tooltip(tip).split()) == " ".join(text.split())
    assert plain_tooltip("plain words") == "plain words"  # no markup added to plain text
