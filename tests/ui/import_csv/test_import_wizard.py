"""The "Import from another system" wizard, driven page by page; its "Match the
columns" page fits a 1280×720 screen whole."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard

from logger_app.import_csv import ClientField, TreatmentField
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from tests.core.import_samples import eu_files, us_files, write
from ui.import_csv.import_mapping_page import NOT_IN_FILE
from ui.import_csv.import_wizard import CsvImportWizard, fitting_size

from ...logbook_template import new_logbook
from ...signing import sign_in
from ..driving import choose

Button = QWizard.WizardButton


@pytest.fixture
def logbook(data_dir: Path) -> Iterator[Logbook]:
    book = new_logbook(data_dir)
    sign_in(book)  # the imported sessions are signed by who imports them
    yield book
    book.close()


@pytest.fixture
def wizard(qtbot, logbook: Logbook, prompter) -> CsvImportWizard:
    wizard = CsvImportWizard(logbook, prompter)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def open_files(wizard: CsvImportWizard, clients: Path, treatments: Path | None = None) -> None:
    wizard.files_page.clients_edit.setText(str(clients))
    wizard.files_page.treatments_edit.setText(str(treatments) if treatments else "")
    wizard.next()
    assert wizard.currentId() == CsvImportWizard.MAPPING_PAGE


def choose_defaults(wizard: CsvImportWizard) -> None:
    page = wizard.mapping_page
    choose(page.default_area, "forehead")
    assert page.default_depth.value() == 0.25  # the area's conservative depth, proposed
    page.default_depth.setValue(0.5)
    choose(page.default_device, "pen")


def to_preview(qtbot, wizard: CsvImportWizard) -> None:
    """Next (or a changed choice) starts the dry run in the pool: wait for it."""
    if wizard.currentId() != CsvImportWizard.PREVIEW_PAGE:
        wizard.next()
    assert wizard.currentId() == CsvImportWizard.PREVIEW_PAGE
    qtbot.waitUntil(lambda: not wizard.preview_page.checking, timeout=10000)
    assert wizard.plan is not None


def wait_committed(qtbot, wizard: CsvImportWizard) -> None:
    qtbot.waitUntil(lambda: wizard.commit_page.isComplete(), timeout=10000)
    assert wizard.button(Button.FinishButton).isEnabled()


def test_the_whole_import_from_files_to_finish(
    qtbot, qtmodeltester, wizard: CsvImportWizard, logbook: Logbook, tmp_path: Path
) -> None:
    assert not wizard.button(Button.NextButton).isEnabled()
    open_files(wizard, *eu_files(tmp_path))
    mapping = wizard.mapping_page
    assert mapping.client_combos[ClientField.FIRST_NAME].currentText() == "First Name"
    assert mapping.client_combos[ClientField.FULL_NAME].currentText() == NOT_IN_FILE
    assert mapping.treatment_combos[TreatmentField.DATE].currentText() == "Service Date"
    assert mapping.treatments_box.isVisibleTo(wizard)

    to_preview(qtbot, wizard)  # no defaults chosen: one row cannot be imported
    preview = wizard.preview_page
    # Checked now, and watched from here on: every later reset is checked too.
    qtmodeltester.check(preview.model, force_py=True)
    assert preview.model.rowCount() == 1
    texts = [preview.model.index(0, c).data() for c in range(preview.model.columnCount())]
    assert texts[:3] == ["treatments.csv", "4", "Area"]
    assert texts[4] == "Blocks the import"
    assert "1 row with problems" in preview.counts.text()
    assert "detected from 25/03/1985" in preview.date_order.text()
    assert not wizard.button(Button.CommitButton).isEnabled()
    preview.skip_rows.setChecked(True)
    assert preview.model.index(0, 4).data() == "Row skipped"
    assert wizard.button(Button.CommitButton).isEnabled()

    preview.skip_rows.setChecked(False)
    wizard.back()
    choose_defaults(wizard)
    to_preview(qtbot, wizard)
    assert preview.model.rowCount() == 0
    assert "3 clients and 4 sessions to add" in preview.counts.text()
    assert (logbook.client_count(), logbook.session_count()) == (0, 0)  # a dry run

    with qtbot.waitSignal(wizard.imported, timeout=10000) as imported:
        wizard.next()
    wait_committed(qtbot, wizard)
    assert imported.args[0].sessions_added == 4
    assert "Imported 3 clients and 4 sessions." in wizard.commit_page.status.text()
    assert (logbook.client_count(), logbook.session_count()) == (3, 4)
    names = {entry.full_name for entry in logbook.list_clients()}
    assert names == {"Zoë Müller", "José Núñez", "Renée Dubois"}
    wizard.button(Button.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_an_unreadable_file_keeps_the_first_page_with_the_reason(
    wizard: CsvImportWizard, tmp_path: Path
) -> None:
    wizard.files_page.clients_edit.setText(str(write(tmp_path, "empty.csv", "")))
    wizard.next()
    assert wizard.currentId() == CsvImportWizard.FILES_PAGE
    assert wizard.files_page.error.text() == "empty.csv is empty."


def test_mapping_and_date_order_choices_reach_the_preview(
    qtbot, qtmodeltester, wizard: CsvImportWizard, tmp_path: Path
) -> None:
    clients = write(tmp_path, "c.csv", "Given,Family,Born\nAnn,Lee,03/04/1990\n")
    open_files(wizard, clients)
    assert not wizard.mapping_page.treatments_box.isVisibleTo(wizard)
    to_preview(qtbot, wizard)
    assert wizard.plan is not None and wizard.plan.fatal
    assert not wizard.button(Button.CommitButton).isEnabled()
    assert wizard.preview_page.model.index(0, 1).data() == "—"
    qtmodeltester.check(wizard.preview_page.model, force_py=True)

    wizard.back()
    page = wizard.mapping_page
    page.choose(ClientField.FIRST_NAME, "Given")
    page.choose(ClientField.LAST_NAME, "Family")
    page.choose(ClientField.DATE_OF_BIRTH, "Born")
    assert "e.g. 03/04/1990" in page._samples[page.client_combos[ClientField.DATE_OF_BIRTH]].text()
    to_preview(qtbot, wizard)
    assert "choose the date order" in wizard.plan.fatal[0].message
    wizard.back()
    choose(page.date_order, False)
    to_preview(qtbot, wizard)
    assert wizard.plan.fatal == ()
    assert str(next(wizard.plan.planned_clients()).details.date_of_birth) == "1990-03-04"
    assert wizard.button(Button.CommitButton).isEnabled()


def test_nothing_to_import_finishes_at_once(
    qtbot, wizard: CsvImportWizard, logbook: Logbook, tmp_path: Path
) -> None:
    logbook.add_client(ClientDetails("Ann", "Smith", date(1984, 12, 31)))
    logbook.add_client(ClientDetails("Mary Ellen", "van der Berg", date(1992, 4, 15)))
    clients, _ = us_files(tmp_path)
    open_files(wizard, clients)
    to_preview(qtbot, wizard)
    preview = wizard.preview_page
    assert "0 clients and 0 sessions to add" in preview.counts.text()
    assert "2 clients already in the logbook skipped" in preview.counts.text()
    assert [preview.model.index(0, c).data() for c in (1, 4)] == ["2", "Note"]
    preview.import_duplicates.setChecked(True)
    assert "Checking every row" in preview.counts.text()
    assert not wizard.button(Button.CommitButton).isEnabled()  # until checked again
    to_preview(qtbot, wizard)
    assert "2 clients and 0 sessions to add" in preview.counts.text()
    preview.import_duplicates.setChecked(False)
    to_preview(qtbot, wizard)
    assert "There is nothing to import." in preview.verdict.text()
    wizard.next()
    assert wizard.commit_page.isComplete()  # no job to wait for
    assert wizard.button(Button.FinishButton).isEnabled()
    assert "Nothing was imported: there was nothing to add." in wizard.commit_page.status.text()
    assert logbook.client_count() == 2


def test_a_failed_commit_keeps_nothing_and_offers_to_try_again(
    qtbot, wizard: CsvImportWizard, logbook: Logbook, tmp_path: Path, monkeypatch
) -> None:
    original = Logbook.record_session
    fail = [True]

    def flaky(self, details, now=None, **options):
        if fail[0]:
            raise OSError("database is locked")
        return original(self, details, now, **options)

    monkeypatch.setattr(Logbook, "record_session", flaky)
    open_files(wizard, *eu_files(tmp_path))
    choose_defaults(wizard)
    to_preview(qtbot, wizard)
    wizard.next()
    page = wizard.commit_page
    qtbot.waitUntil(lambda: page.retry.isVisibleTo(wizard), timeout=10000)
    assert "Nothing was imported: treatments.csv row 2: database is locked" in page.status.text()
    assert not wizard.button(Button.FinishButton).isEnabled()
    assert (logbook.client_count(), logbook.session_count()) == (0, 0)
    fail[0] = False
    page.retry.click()
    wait_committed(qtbot, wizard)
    assert (logbook.client_count(), logbook.session_count()) == (3, 4)


def test_closing_during_the_commit_stops_it_and_keeps_nothing(
    qtbot, wizard: CsvImportWizard, logbook: Logbook, prompter, tmp_path: Path, monkeypatch
) -> None:
    original, started, release = Logbook.record_session, threading.Event(), threading.Event()

    def slow(self, details, now=None, **options):
        started.set()
        release.wait(5)
        return original(self, details, now, **options)

    monkeypatch.setattr(Logbook, "record_session", slow)
    open_files(wizard, *eu_files(tmp_path))
    choose_defaults(wizard)
    to_preview(qtbot, wizard)
    wizard.next()
    assert started.wait(5)
    wizard.reject()
    assert prompter.asked == ["Stop the import?"]
    assert wizard.isVisible()  # until the job has rolled back
    release.set()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10000)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert (logbook.client_count(), logbook.session_count()) == (0, 0)


def test_the_preview_lists_examples_of_a_frequent_problem_and_counts_the_rest(
    qtbot, qtmodeltester, wizard: CsvImportWizard, tmp_path: Path
) -> None:
    from logger_app.import_csv.problems import EXAMPLES_PER_KIND

    rows = "".join(f"Ann{n},Lee,<b>{n}</b>.example.com\n" for n in range(EXAMPLES_PER_KIND + 30))
    open_files(wizard, write(tmp_path, "c.csv", "First name,Last name,Email\n" + rows))
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    assert page.model.rowCount() == EXAMPLES_PER_KIND
    qtmodeltester.check(page.model, force_py=True)
    assert page.notes.text().splitlines()[-1] == (
        "… and 30 more rows with the same problem as c.csv row 2, Email: "
        "'<b>0</b>.example.com': Enter an email address like name@example.com."
    )
    assert page.notes.textFormat() == Qt.TextFormat.PlainText  # cells quoted, not markup
    assert (
        page.counts.text()
        == f"<b>0 clients and 0 sessions to add; {EXAMPLES_PER_KIND + 30} rows with problems.</b>"
    )


# The wizard on a 1280×720 screen, less a title bar and a task bar.
LAPTOP = (1240, 660)


def test_the_mapping_page_shows_every_field_without_scrolling_at_1280_by_720(
    qtbot,
    logbook,
    prompter,
    tmp_path: Path,
) -> None:
    wizard = CsvImportWizard(logbook, prompter)
    qtbot.addWidget(wizard)
    wizard.resize(*LAPTOP)
    wizard.show()
    qtbot.waitExposed(wizard)
    open_files(wizard, *eu_files(tmp_path))
    page = wizard.mapping_page
    assert page.treatments_box.isVisible() and page.defaults_box.isVisible()
    content = page.scroll.widget()
    viewport = page.scroll.viewport().size()
    # As tall as the page wants at the width it has (long field names wrap).
    needed = content.heightForWidth(viewport.width())
    needed = needed if needed > 0 else content.sizeHint().height()
    assert needed <= viewport.height(), (needed, viewport)
    assert content.minimumSizeHint().width() <= viewport.width(), (content.sizeHint(), viewport)
    # Once laid out (the rows were built after the page was shown): no scroll bar.
    qtbot.waitUntil(lambda: not page.scroll.verticalScrollBar().isVisible(), timeout=2000)
    assert not page.scroll.horizontalScrollBar().isVisible()
    # Every combo of the page is named by its label.
    labelled = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
    combos = [*page.client_combos.values(), *page.treatment_combos.values()]
    assert all(combo in labelled for combo in combos)


def test_the_wizard_opens_as_large_as_the_page_wants_but_within_the_screen(
    qtbot,
    logbook,
    prompter,
) -> None:
    wizard = CsvImportWizard(logbook, prompter)
    qtbot.addWidget(wizard)
    screen = wizard.screen().availableGeometry()
    assert wizard.width() <= min(1180, screen.width())
    assert wizard.height() <= min(680, screen.height())
    size = fitting_size(wizard, 1180, 680)
    assert (size.width(), size.height()) == (wizard.width(), wizard.height())
