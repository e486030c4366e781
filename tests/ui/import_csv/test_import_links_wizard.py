"""The wizard with a booking system's one file (clients and appointments together), its
other treatments, and a second import of the same file that adds nothing twice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from logger_app.import_csv import TreatmentField
from logger_app.logbook import Logbook
from tests.core.import_csv.link_samples import ONE_FILE_WITH_IDS
from tests.core.import_samples import write
from ui.import_csv.import_wizard import CsvImportWizard

from . import test_import_wizard as base
from .test_import_wizard import choose_defaults, open_files, to_preview, wait_committed

logbook = base.logbook  # the fixtures of the wizard's tests
wizard = base.wizard

Button = QWizard.WizardButton


def test_the_same_file_as_clients_and_treatments_imports_one_file_of_appointments(
    qtbot, wizard: CsvImportWizard, logbook: Logbook, tmp_path: Path, prompter
) -> None:
    bookings = write(tmp_path, "bookings.csv", ONE_FILE_WITH_IDS)
    open_files(wizard, bookings, bookings)
    choose_defaults(wizard)
    to_preview(qtbot, wizard)
    preview = wizard.preview_page
    assert "3 clients, 2 sessions and 3 other treatments to add" in preview.counts.text()
    assert wizard.plan is not None and wizard.plan.one_file
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        wizard.next()
    wait_committed(qtbot, wizard)
    assert "Imported 3 clients, 2 sessions and 3 other treatments." in (
        wizard.commit_page.status.text()
    )
    assert (logbook.client_count(), logbook.other_treatment_count()) == (3, 3)

    again = CsvImportWizard(logbook, prompter)
    qtbot.addWidget(again)
    again.show()
    open_files(again, bookings, bookings)
    # The optional fields show where the file has them: no appointment id here.
    assert TreatmentField.SOURCE_ID not in again.mapping_page.treatment_combos
    choose_defaults(again)
    to_preview(qtbot, again)
    assert "0 clients and 0 sessions to add" in again.preview_page.counts.text()
    assert "3 clients and 5 treatment rows already imported" in again.preview_page.counts.text()
