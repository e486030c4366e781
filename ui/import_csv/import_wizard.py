"""Import from another system: a wizard over ``logger_app.import_csv``.

Pages: 1) the files, 2) which column is which field (auto-mapped) and the defaults for
what the source does not record, 3) the dry run's problems, 4) the all-or-nothing
commit, off the GUI thread. The wizard holds the state the pages share.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from logger_app.i18n import translate
from logger_app.import_csv import (
    ColumnMapping,
    CsvReadError,
    CsvTable,
    ImportOptions,
    ImportPlan,
    ImportSummary,
    known_links,
    map_files,
    read_csv,
)
from logger_app.import_csv.translation import merged_maps, source_of
from logger_app.logbook import Logbook

from ..common.accessible import name_from_labels
from ..common.changes import ChangeRelay
from ..common.display import plain_label
from ..common.form_support import ErrorLabel


def csv_filter() -> str:
    return translate("FilesPage", "CSV files (*.csv *.txt *.tsv);;All files (*)")


class CsvImportWizard(QWizard):
    """``imported`` is emitted once the commit succeeded (the client list may refresh)."""

    imported = Signal(object)  # ImportSummary

    FILES_PAGE, MAPPING_PAGE, PREVIEW_PAGE, COMMIT_PAGE = range(4)

    def __init__(
        self,
        logbook: Logbook,
        prompter,
        parent: QWidget | None = None,
        changes: ChangeRelay | None = None,
    ) -> None:
        from .import_commit import CommitPage
        from .import_mapping_page import MappingPage
        from .import_preview import PreviewPage

        super().__init__(parent)
        self.setObjectName("csvImportWizard")
        self.setWindowTitle(translate("CsvImportWizard", "Import from another system"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.logbook = logbook
        self.prompter = prompter
        self.changes = changes  # the commit's own connection is heard by the window
        self.clients_table: CsvTable | None = None
        self.treatments_table: CsvTable | None = None
        self.mapping = ColumnMapping()
        self.plan: ImportPlan | None = None
        self.summary: ImportSummary | None = None
        # Value mappings: the source's remembered ones, overridden by those chosen here.
        self.source = ""
        self.remembered_maps: dict[str, dict[str, str]] = {}
        self.chosen_maps: dict[str, dict[str, str | None]] = {}
        self.files_page = FilesPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.commit_page = CommitPage(self)
        for page_id, page in enumerate(
            (self.files_page, self.mapping_page, self.preview_page, self.commit_page)
        ):
            self.setPage(page_id, page)
        self.resize(fitting_size(self, 1180, 680))

    def load_files(self, clients: Path, treatments: Path | None) -> None:
        """Read the files (raises ``CsvReadError``); a new pair resets the mapping."""
        clients_table = read_csv(clients)
        treatments_table = read_csv(treatments) if treatments else None
        same = (
            self.clients_table is not None
            and self.clients_table.path == clients_table.path
            and (self.treatments_table.path if self.treatments_table else None)
            == (treatments_table.path if treatments_table else None)
        )
        self.clients_table, self.treatments_table = clients_table, treatments_table
        if not same:
            self.mapping = map_files(clients_table, treatments_table)  # one file: see there
            self.mapping_page.forget()

    def options(self) -> ImportOptions:
        options = self.mapping_page.options(self.preview_page.choices())
        return replace(
            options,
            source=self.source,
            value_maps=self.value_maps(),
            forgotten_values=self.forgotten_values(),
        )

    def source_name(self) -> str:
        """The name rows and value mappings are remembered under."""
        return source_of(self.source, self.clients_table.name if self.clients_table else "")

    def set_source(self, source: str) -> None:
        """Name the source (blank: the clients file's name); its remembered value
        mappings are loaded, under the ones chosen in this wizard."""
        self.source = source.strip()
        name = self.source_name()
        self.remembered_maps = self.logbook.value_mappings(name) if name else {}

    def value_maps(self) -> dict[str, dict[str, str]]:
        maps = merged_maps(self.remembered_maps)
        for field, values in self.chosen_maps.items():
            for key, value in values.items():
                if value is None:  # chosen "not mapped": a remembered one is undone too
                    maps.get(field, {}).pop(key, None)
                else:
                    maps.setdefault(field, {})[key] = value
        return {field: values for field, values in maps.items() if values}

    def forgotten_values(self) -> dict[str, frozenset[str]]:
        """The remembered mappings chosen "not mapped" here: forgotten once imported."""
        forgotten = {
            field: frozenset(
                key
                for key, value in values.items()
                if value is None and key in self.remembered_maps.get(field, {})
            )
            for field, values in self.chosen_maps.items()
        }
        return {field: keys for field, keys in forgotten.items() if keys}

    def choose_value(self, field: str, key: str, value: str | None) -> None:
        self.chosen_maps.setdefault(field, {})[key] = value

    def plan_inputs(self) -> tuple:
        """``plan_import``'s arguments as the pages stand, safe to hand to a worker
        thread: the tables are not changed after reading, the mapping is copied, and
        the logbook's clients are read here, on the logbook's own thread."""
        assert self.clients_table is not None
        mapping = ColumnMapping(
            dict(self.mapping.clients), dict(self.mapping.treatments), set(self.mapping.dropped)
        )
        # Dates in the clinic's zone; rows imported from this source before are left out.
        options = replace(self.options(), timezone=self.logbook.clinic_zone())
        links = known_links(self.logbook, options.source.strip() or self.clients_table.name)
        return (
            self.clients_table,
            self.treatments_table,
            mapping,
            options,
            self.logbook.list_clients(),
            links,
        )

    def reject(self) -> None:
        if not self.commit_page.may_close():
            return
        super().reject()


class FilesPage(QWizardPage):
    def __init__(self, wizard: CsvImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("FilesPage", "Choose the files"))
        self.setSubTitle(
            translate(
                "FilesPage",
                "CSV files exported by your previous software: the clients, and optionally "
                "their treatments (one row per session, with the client's id and the date).",
            )
        )
        self.clients_edit = QLineEdit(objectName="clientsFile")
        self.treatments_edit = QLineEdit(objectName="treatmentsFile")
        self.treatments_edit.setPlaceholderText(translate("FilesPage", "optional"))
        self.error = ErrorLabel()
        form = QFormLayout(self)
        for label, edit, title in (
            (
                translate("FilesPage", "Clients file:"),
                self.clients_edit,
                translate("FilesPage", "Choose the clients file"),
            ),
            (
                translate("FilesPage", "Treatments file:"),
                self.treatments_edit,
                translate("FilesPage", "Choose the treatments file"),
            ),
        ):
            form.addRow(label, self._with_browse(edit, title))
            edit.textChanged.connect(self.completeChanged)
        # The source: what imported rows and mapped values are remembered under.
        self.source_edit = QLineEdit(objectName="importSource")
        self.clients_edit.textChanged.connect(self._propose_source)
        form.addRow(translate("FilesPage", "Source name:"), self.source_edit)
        form.addRow(
            caption(
                translate(
                    "FilesPage",
                    "The rows imported and the values you map are remembered under this name "
                    "(blank: the clients file's name): importing from the same source again "
                    "adds only what is missing, and reads its values the same way.",
                )
            )
        )
        form.addRow(self.error)
        name_from_labels(self)

    def _with_browse(self, edit: QLineEdit, title: str) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        browse = QPushButton(translate("FilesPage", "Browse…"))
        browse.clicked.connect(lambda: self._browse(edit, title))
        row.addWidget(browse)
        holder.setFocusProxy(edit)  # the label names the file's field
        return holder

    def _browse(self, edit: QLineEdit, title: str) -> None:
        start = edit.text() or str(Path.home())
        path = self.wizard().prompter.open_file(self, title, start, csv_filter())
        if path is not None:
            edit.setText(str(path))

    def _propose_source(self, text: str) -> None:
        self.source_edit.setPlaceholderText(Path(text.strip()).name if text.strip() else "")

    def isComplete(self) -> bool:
        return bool(self.clients_edit.text().strip())

    def validatePage(self) -> bool:
        clients = Path(self.clients_edit.text().strip())
        treatments_text = self.treatments_edit.text().strip()
        try:
            self._wizard.load_files(clients, Path(treatments_text) if treatments_text else None)
        except CsvReadError as error:
            self.error.show_message(str(error))
            return False
        self._wizard.set_source(self.source_edit.text())
        self.error.show_message(None)
        return True


def sample_values(table: CsvTable, header: str, count: int = 3) -> str:
    """The first few values of a column (from the first rows), to recognise it by."""
    if header not in table.headers:
        return ""
    column = table.headers.index(header)
    values: list[str] = []
    for _, cells in table.sample:
        value = cells[column].strip() if column < len(cells) else ""
        if value and value not in values:
            values.append(value if len(value) <= 30 else value[:29] + "…")
        if len(values) == count:
            break
    return ", ".join(values)


def fitting_size(widget: QWidget, width: int, height: int) -> QSize:
    """``width``×``height``, or less on a smaller screen (room left for the title bar)."""
    screen = widget.screen().availableGeometry()
    return QSize(min(width, screen.width() - 40), min(height, screen.height() - 40))


def caption(text: str) -> QLabel:
    label = plain_label(text)  # it may name a file or show a cell's value
    label.setWordWrap(True)
    return label
