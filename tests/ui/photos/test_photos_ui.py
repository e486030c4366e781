"""Photos through the real widgets: attach on the session form, import, gallery, viewer,
comparison, a missing file's placeholder, deletion."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from logger_app.logbook import Logbook
from logger_app.records import ClientDetails, PhotoDetails
from logger_app.vocabulary import Area, PhotoAngle, PhotoKind
from tests.screening_data import put_on_file
from ui.common.display import format_date
from ui.photos.photo_compare import CompareDialog
from ui.photos.photo_files import photo_details_html
from ui.photos.photo_gallery_model import IS_HEADER_ROLE, PROBLEM_ROLE, PhotoGalleryModel
from ui.photos.photo_import import PhotoImportDialog
from ui.photos.photo_viewer import PhotoViewer
from ui.session.session_form import SessionDialog

from ...signing import sign_in
from ..driving import choose, click, type_into, wait_closed
from .gallery_data import make_photo, open_gallery


def drop_files(widget, files: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)


def _new_session_form(qtbot, open_window, data_dir):
    """A window on a screened client, and its session form with one area filled in."""
    with Logbook.open(data_dir, create=True) as logbook:
        client = logbook.add_client(ClientDetails("Ines", "Cho", date(1985, 5, 5)))
        put_on_file(logbook, client.id, on=date.today())
    window = open_window(data_dir)
    window.client_view.selectRow(0)
    click(qtbot, window.client_page.new_session_button)
    form = window.current_dialog
    assert isinstance(form, SessionDialog)
    type_into(qtbot, form.practitioner, "Maya Okafor")
    click(qtbot, form.areas.add_button)
    choose(form.areas.rows[0].area, Area.FOREHEAD)
    return window, form, client


def test_photos_attached_on_the_session_form_are_imported_after_saving(
    qtbot, open_window, data_dir, tmp_path
):
    window, form, _client = _new_session_form(qtbot, open_window, data_dir)
    good = make_photo(tmp_path / "front.jpg", 90)
    broken = tmp_path / "notes.jpg"
    broken.write_text("not a photo")
    drop_files(form, [good, broken])
    assert [form.photo_list.item(i).text() for i in range(2)] == ["front.jpg", "notes.jpg"]
    click(qtbot, form.save_button)

    importer = window.current_dialog
    assert isinstance(importer, PhotoImportDialog)
    assert importer.files == [good, broken]
    choose(importer.batch_kind, PhotoKind.AFTER)
    choose(importer.batch_angle, PhotoAngle.LEFT_45)
    click(qtbot, importer.apply_button)
    click(qtbot, importer.import_button)
    qtbot.waitUntil(lambda: bool(importer.results), timeout=10000)
    assert importer.table.item(0, 4).text() == "Imported"
    refused = importer.table.item(1, 4).text()
    assert importer.table.item(1, 0).text() == "notes.jpg"  # the reason is on the file's row
    assert refused == "Refused: it is a text file, not a photo"
    assert "1 imported" in importer.status.text() and "1 refused" in importer.status.text()
    click(qtbot, importer.close_button)
    wait_closed(qtbot, window)

    [photo] = window.logbook.photos_of_client(window.client_page.client.id)
    assert (photo.kind, photo.angle, photo.original_name) == (
        PhotoKind.AFTER,
        PhotoAngle.LEFT_45,
        "front.jpg",
    )
    gallery = window.client_page.gallery
    assert window.client_page.tabs.currentWidget() is gallery
    assert gallery.summary.text() == "1 photo"


def test_gallery_groups_by_session_filters_and_streams_thumbnails(
    qtbot, qtmodeltester, open_window, photo_logbook
):
    window = open_window(photo_logbook)
    gallery = open_gallery(qtbot, window)
    model: PhotoGalleryModel = gallery.model
    qtmodeltester.check(model, force_py=True)
    headers = [r for r in range(model.rowCount()) if model.index(r).data(IS_HEADER_ROLE)]
    assert headers == [0, 2]  # a header before each session's photos
    assert "Left cheek 1.1 mm" in model.index(0).data()  # the latest session first
    assert model.index(1).data() == "Before · Front"

    # Thumbnails arrive from worker threads, and the view is told.
    qtbot.waitUntil(lambda: gallery.grid_loader.pixmap(model.photos()[0].sha256) is not None)
    qtbot.waitUntil(lambda: gallery.grid_loader.pending() == 0)
    thumbnail = gallery.grid_loader.pixmap(model.photos()[0].sha256)
    assert max(thumbnail.width(), thumbnail.height()) == 160  # drawn size, not more
    assert not model.index(1).data(Qt.ItemDataRole.DecorationRole).isNull()

    choose(gallery.angle_filter, PhotoAngle.LEFT_45)
    assert gallery.proxy.rowCount() == 0
    assert gallery.summary.text() == "0 of 2 photos match the filters"
    choose(gallery.angle_filter, PhotoAngle.FRONT)
    assert gallery.proxy.rowCount() == 4
    assert gallery.summary.text() == "2 photos"


def test_viewer_and_comparison_open_from_the_gallery(qtbot, open_window, photo_logbook):
    window = open_window(photo_logbook)
    gallery = open_gallery(qtbot, window)
    gallery.view.setCurrentIndex(gallery.proxy.index(1, 0))
    viewer = gallery.open_viewer(gallery.proxy.index(1, 0))
    assert isinstance(viewer, PhotoViewer)
    qtbot.waitUntil(viewer.view.has_image, timeout=5000)
    assert viewer.position.text() == "1 of 2"
    assert "Left cheek" in viewer.details.toPlainText()
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.position.text() == "2 of 2"
    viewer.close()

    gallery.view.clearSelection()
    compare = gallery.open_compare()
    assert isinstance(compare, CompareDialog)
    first, second = compare.chosen()
    # Default: the same angle, from the first and the latest session.
    assert first.key != second.key and "3 Mar 2026" in first.title
    assert "3 Jun 2026" in second.title
    qtbot.waitUntil(lambda: compare.left_view.has_image() and compare.right_view.has_image())


def test_missing_or_altered_files_show_a_clear_placeholder(qtbot, open_window, photo_logbook):
    with Logbook.open(photo_logbook) as logbook:
        [client] = logbook.list_clients()
        first, second = logbook.photos_of_client(client.id)
        logbook.photo_file(first).unlink()
        altered = logbook.photo_file(second)
        data = bytearray(altered.read_bytes())
        data[len(data) // 2] ^= 0xFF
        altered.write_bytes(bytes(data))
    window = open_window(photo_logbook)
    gallery = open_gallery(qtbot, window)
    model = gallery.model
    qtbot.waitUntil(
        lambda: bool(model.index(1).data(PROBLEM_ROLE) and model.index(3).data(PROBLEM_ROLE)),
        timeout=5000,
    )
    # The latest session's (altered) photo first.
    assert "missing" in model.index(3).data(PROBLEM_ROLE)
    assert "altered" in model.index(1).data(PROBLEM_ROLE)
    assert "missing" in model.index(3).data(Qt.ItemDataRole.ToolTipRole)


def test_deleting_a_photo_asks_first(qtbot, open_window, photo_logbook, prompter):
    window = open_window(photo_logbook)
    gallery = open_gallery(qtbot, window)
    gallery.view.setCurrentIndex(gallery.proxy.index(1, 0))
    [photo] = gallery.selected_photos()
    stored = window.logbook.photo_file(photo)

    prompter.confirm_answer = False
    click(qtbot, gallery.delete_button)
    assert prompter.asked == ["Delete photos?"]
    assert stored.exists() and len(gallery.model.photos()) == 2

    prompter.confirm_answer = True
    gallery.view.setCurrentIndex(gallery.proxy.index(1, 0))
    click(qtbot, gallery.delete_button)
    assert len(gallery.model.photos()) == 1
    assert not stored.exists()
    assert window.logbook.photo_count() == 1


def test_dropping_files_on_the_client_page_opens_the_import(
    qtbot, open_window, photo_logbook, tmp_path
):
    window = open_window(photo_logbook)
    window.client_view.selectRow(0)
    new = make_photo(tmp_path / "new.jpg", 150)
    drop_files(window.client_page, [new])
    importer = window.current_dialog
    assert isinstance(importer, PhotoImportDialog)
    assert importer.files == [new]
    # The ghost: the latest front photo of this client, over the new one.
    assert importer.previous_photo(PhotoAngle.FRONT).original_name == "front-6.jpg"
    qtbot.waitUntil(lambda: "Over it: the Front photo" in importer.ghost_label.text(), timeout=5000)


def test_photos_of_a_signed_session_are_part_of_the_record(
    qtbot, open_window, photo_logbook, prompter
):
    from logger_app.errors import SignedSessionError

    with Logbook.open(photo_logbook) as logbook:
        first = logbook.photos_of_client(logbook.list_clients()[0].id)[0]
        sign_in(logbook, "Maya Okafor")
        logbook.sign_session(first.session_id)
        with pytest.raises(SignedSessionError):
            logbook.delete_photo(first.id)
        assert logbook.photo_file(first).exists()
    window = open_window(photo_logbook)
    gallery = open_gallery(qtbot, window)
    # The signed (first) session's photo: listed second, the latest session first.
    gallery.view.setCurrentIndex(gallery.proxy.index(3, 0))
    click(qtbot, gallery.delete_button)
    assert prompter.asked == []  # not even asked: it cannot be deleted
    assert prompter.errors and "signed session" in prompter.errors[0]
    assert len(gallery.model.photos()) == 2


def test_a_photo_added_after_signing_is_shown_as_such(qtbot, open_window, photo_logbook, tmp_path):
    with Logbook.open(photo_logbook) as logbook:
        client = logbook.list_clients()[0]
        first = logbook.photos_of_client(client.id)[0]  # March's
        sign_in(logbook, "Maya Okafor")
        logbook.sign_session(first.session_id)
        sign_in(logbook, "Lena Berg")
        late = make_photo(tmp_path / "late.jpg", 90)
        [result] = logbook.import_photos(
            first.session_id, [late], PhotoDetails(PhotoKind.AFTER, PhotoAngle.FRONT)
        )
        added = logbook.photo(result.photo_id)
    when = format_date(added.imported_at.astimezone().date())
    line = f"Added after signing on {when} by Lena Berg"

    window = open_window(photo_logbook)
    window.client_view.selectRow(0)
    page = window.client_page
    page.history_view.selectRow(page.history_model.row_of_id(first.session_id))
    record = page.detail_view.toPlainText()
    assert "Photos added after signing" in record
    assert f"After · Front — {line}" in record
    # The other session has none.
    page.history_view.selectRow(page.history_model.row_of_id(first.session_id) ^ 1)
    assert "added after signing" not in page.detail_view.toPlainText()

    gallery = open_gallery(qtbot, window)
    headers = [
        gallery.proxy.index(row, 0).data()
        for row in range(gallery.proxy.rowCount())
        if gallery.proxy.index(row, 0).data(IS_HEADER_ROLE)
    ]
    assert sum("1 photo added after signing" in header for header in headers) == 1
    row = gallery.model.row_of_photo(added.id)
    assert line in gallery.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    # The viewer's panel beside the picture.
    session = window.logbook.session(first.session_id)
    assert line in photo_details_html(window.logbook.photo(added.id), session)


def test_save_and_sign_with_photos_on_the_form_signs_after_they_are_imported(
    qtbot, open_window, data_dir, tmp_path
):
    """Photos chosen on the form are part of the record being signed, not an addition
    after signing: the session is signed once they are imported."""
    window, form, client = _new_session_form(qtbot, open_window, data_dir)
    drop_files(form, [make_photo(tmp_path / "front.jpg", 90)])
    click(qtbot, form.save_sign_button)

    importer = window.current_dialog
    assert isinstance(importer, PhotoImportDialog)
    [session] = window.logbook.sessions_of(client.id)
    assert not session.is_signed  # not yet: its photos come first
    click(qtbot, importer.import_button)
    qtbot.waitUntil(lambda: bool(importer.results), timeout=10000)
    click(qtbot, importer.close_button)
    wait_closed(qtbot, window)

    [session] = window.logbook.sessions_of(client.id)
    assert session.is_signed
    [photo] = window.logbook.photos_of_client(client.id)
    assert not photo.added_after_signing
    assert window.statusBar().currentMessage() == "Session saved and signed."
