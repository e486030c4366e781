"""The wizard's side of "nothing dropped, nothing mangled": the new fields, the columns
no field takes (kept unless unchecked), the source's name, and the values the logbook
does not know, mapped with a combo each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from logger_app.import_csv import ClientField
from logger_app.logbook import Logbook
from tests.core.import_csv.test_import_values import GERMAN
from tests.core.import_samples import write
from ui.import_csv.import_values import NOT_MAPPED, ValueModel
from ui.import_csv.import_wizard import CsvImportWizard

from ...logbook_template import new_logbook
from ...signing import sign_in
from ..driving import choose, click, type_into
from .test_import_wizard import open_files, to_preview


@pytest.fixture
def logbook(data_dir: Path) -> Iterator[Logbook]:
    book = new_logbook(data_dir)
    sign_in(book)
    yield book
    book.close()


@pytest.fixture
def wizard(qtbot, logbook: Logbook, prompter) -> CsvImportWizard:
    wizard = CsvImportWizard(logbook, prompter)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def replanned(qtbot, wizard: CsvImportWizard) -> None:
    qtbot.waitUntil(lambda: wizard.plan is not None and not wizard.preview_page.checking)


def test_unknown_values_are_mapped_in_the_wizard_and_the_import_goes_through(
    qtbot, qtmodeltester, wizard: CsvImportWizard, logbook: Logbook, tmp_path: Path
) -> None:
    clients = write(tmp_path, "kunden.csv", GERMAN, "cp1252")
    logbook.remember_value_mappings("kunden.csv", {"skin_type": {"fettig": "oily"}})
    assert wizard.files_page.source_edit.text() == ""
    wizard.files_page.clients_edit.setText(str(clients))
    assert wizard.files_page.source_edit.placeholderText() == "kunden.csv"
    open_files(wizard, clients)
    combos = wizard.mapping_page.client_combos
    assert combos[ClientField.ADDRESS].currentText() == "Adresse"
    assert combos[ClientField.TAGS].currentText() == "Schlagwörter"
    assert combos[ClientField.GENERAL_NOTES].currentText() == "Vorlieben"

    to_preview(qtbot, wizard)
    values = wizard.preview_page.values
    qtmodeltester.check(values.model, force_py=True)
    assert values.isVisibleTo(wizard)
    lines = [
        [values.model.index(r, c).data() for c in range(values.model.columnCount())]
        for r in range(values.model.rowCount())
    ]
    # The unknown one first; the source's remembered mapping pre-filled below it.
    assert lines == [["Skin type", "trocken", "2", NOT_MAPPED], ["Skin type", "fettig",
                     "remembered", "Oily"]]  # fmt: skip
    assert values.combo(1).currentText() == "Oily"
    assert wizard.plan.blocked
    choose(values.combo(0), "dry")  # as a user picks it from the list
    replanned(qtbot, wizard)
    plan = wizard.plan
    assert plan.options.value_maps == {"skin_type": {"trocken": "dry", "fettig": "oily"}}
    assert plan.unknown_values == () and not plan.blocked
    assert "3 clients and 0 sessions to add" in wizard.preview_page.counts.text()
    # Still listed, so that the choice can be changed.
    row = next(r for r in range(values.model.rowCount()) if values.model.entry(r).key == "trocken")
    assert values.model.index(row, ValueModel.CHOSEN).data() == "Dry"
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        wizard.next()
    skins = {e.first_name: logbook.client(e.id).details.skin_type for e in logbook.list_clients()}
    assert {name: skin.value for name, skin in skins.items()} == {
        "Jürgen": "dry", "Änne": "dry", "Sören": "oily",
    }  # fmt: skip


def test_choosing_not_mapped_undoes_a_remembered_mapping(
    qtbot, wizard: CsvImportWizard, logbook: Logbook, tmp_path: Path
) -> None:
    clients = write(tmp_path, "kunden.csv", GERMAN, "cp1252")
    logbook.remember_value_mappings(
        "old system", {"skin_type": {"fettig": "oily", "trocken": "dry"}}
    )
    wizard.files_page.clients_edit.setText(str(clients))
    type_into(qtbot, wizard.files_page.source_edit, "old system")
    open_files(wizard, clients)
    to_preview(qtbot, wizard)
    assert not wizard.plan.blocked and wizard.plan.options.source == "old system"
    values = wizard.preview_page.values
    row = next(r for r in range(values.model.rowCount()) if values.model.entry(r).key == "fettig")
    choose(values.combo(row), None)
    replanned(qtbot, wizard)
    assert wizard.plan.options.value_maps == {"skin_type": {"trocken": "dry"}}
    assert wizard.plan.options.forgotten_values == {"skin_type": frozenset({"fettig"})}
    assert [(u.field, u.value) for u in wizard.plan.unknown_values] == [("skin_type", "fettig")]


def test_unmatched_columns_are_kept_unless_unchecked(
    qtbot, wizard: CsvImportWizard, logbook: Logbook, tmp_path: Path
) -> None:
    text = "first name,last name,Referred by,Locker,Loyalty points\nAnn,Lee,Instagram,12,300\n"
    open_files(wizard, write(tmp_path, "clients.csv", text))
    page = wizard.mapping_page
    assert list(page.kept_checks) == ["Referred by", "Locker", "Loyalty points"]
    assert all(check.isChecked() for check in page.kept_checks.values())
    assert page.kept_box.isVisibleTo(wizard)
    click(qtbot, page.kept_checks["Locker"])
    # A column given to a field leaves the list; given back, it returns as it was.
    choose(page.client_combos[ClientField.GENERAL_NOTES], "Referred by")
    assert list(page.kept_checks) == ["Locker", "Loyalty points"]
    choose(page.client_combos[ClientField.GENERAL_NOTES], None)
    assert not page.kept_checks["Locker"].isChecked()
    to_preview(qtbot, wizard)
    notes = wizard.preview_page.notes.text()
    assert "kept in the general notes, one line each: Referred by, Loyalty points" in notes
    assert "columns left out as chosen: Locker" in notes
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        wizard.next()
    (entry,) = logbook.list_clients()
    details = logbook.client(entry.id).details
    assert details.general_notes == "Referred by: Instagram\nLoyalty points: 300"
