"""Practitioners' profiles (name, credentials, the deepest they are licensed to needle),
and the choice of who is using the app: at start, and with "Switch practitioner…".

The same dialog does both: a list with a form beside it to add a profile or change the
selected one; when choosing, "Continue as …" accepts the selected practitioner.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from logger_app.errors import LogbookError, ValidationError
from logger_app.logbook import Logbook
from logger_app.records import Practitioner, PractitionerDetails
from logger_app.vocabulary import MAX_DEPTH_MM

from ..common.display import button_text, format_depth
from ..common.form_support import ErrorLabel, FieldErrors, show_not_saved, with_error_label
from ..common.models import Column, RecordTableModel
from ..common.prompts import Prompter


class PractitionerModel(RecordTableModel[Practitioner]):
    columns = (
        Column("Name", lambda p: p.name),
        Column("Credentials", lambda p: p.credentials),
        Column(
            "Maximum depth",
            lambda p: format_depth(p.max_depth_mm) if p.max_depth_mm else "No limit recorded",
        ),
    )


class PractitionersDialog(QDialog):
    """``choosing``: ask who is using the app; ``chosen`` holds the name once accepted."""

    def __init__(
        self,
        logbook: Logbook,
        prompter: Prompter,
        parent: QWidget | None = None,
        *,
        choosing: bool = False,
        current: str = "",
    ) -> None:
        super().__init__(parent)
        self._logbook = logbook
        self._prompter = prompter
        self._choosing = choosing
        self.chosen: str | None = None
        self.setObjectName("practitionersDialog")
        self.setWindowTitle("Who is using the logbook?" if choosing else "Practitioners")
        self.resize(860, 440)
        self._build()
        self.refresh(select=current)

    # Building
    def _build(self) -> None:
        intro = QLabel(objectName="dialogIntro")
        intro.setWordWrap(True)
        intro.setText(
            "Choose your name. The sessions you sign and every change you make are recorded "
            "under it. New here? Add your profile on the right."
            if self._choosing
            else "The maximum depth is the deepest a practitioner is licensed to needle; "
            "the session form warns above it."
        )
        self.model = PractitionerModel(self)
        self.table = QTableView(objectName="practitionerList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._double_clicked)

        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self.name = QLineEdit(objectName="practitionerName")
        self.name.setPlaceholderText("Full name, as it appears on your records")
        self.credentials = QLineEdit(objectName="practitionerCredentials")
        for line in (self.name, self.credentials):
            line.setMinimumWidth(240)  # room for the example in the placeholder
        self.credentials.setPlaceholderText("e.g. RN, licensed aesthetician")
        self.max_depth = QDoubleSpinBox(objectName="practitionerMaxDepth")
        self.max_depth.setRange(0.0, MAX_DEPTH_MM)
        self.max_depth.setSingleStep(0.05)
        self.max_depth.setDecimals(2)
        self.max_depth.setSuffix(" mm")
        self.max_depth.setSpecialValueText("No limit recorded")
        self.form_box = QGroupBox("New profile")
        form = QFormLayout(self.form_box)
        form.addRow("&Name", with_error_label(self.name, self.errors, "name"))
        form.addRow("&Credentials", with_error_label(self.credentials, self.errors, "credentials"))
        form.addRow("&Maximum depth", with_error_label(self.max_depth, self.errors, "max_depth_mm"))
        self.new_button = QPushButton("New profile", objectName="newPractitioner")
        self.new_button.clicked.connect(self.new_profile)
        self.save_button = QPushButton("Add practitioner", objectName="savePractitioner")
        self.save_button.clicked.connect(self.save)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.new_button)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.save_button)
        form.addRow(self.general_error)
        form.addRow(form_buttons)

        columns = QHBoxLayout()
        columns.addWidget(self.table, 3)
        columns.addWidget(self.form_box, 2)

        self.continue_button = QPushButton(objectName="continueAs")
        self.continue_button.clicked.connect(self.choose)
        self.close_button = QPushButton("Cancel" if self._choosing else "Close")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.continue_button)
        self.continue_button.setVisible(self._choosing)
        self.continue_button.setDefault(self._choosing)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

    # Reading
    def refresh(self, select: str = "") -> None:
        self.model.set_rows(self._logbook.practitioners())
        row = next(
            (r for r in range(self.model.rowCount()) if self.model.row_record(r).name == select),
            None,
        )
        if row is not None:
            self.table.selectRow(row)
        else:
            self.new_profile()
        if self._choosing and not self.model.rowCount():
            self.name.setFocus()

    def selected(self) -> Practitioner | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_record(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: QItemSelection) -> None:
        practitioner = self.selected()
        self.errors.show({})
        if practitioner is None:
            self.form_box.setTitle("New profile")
            self.save_button.setText("Add practitioner")
        else:
            self.form_box.setTitle(button_text(f"Profile of {practitioner.name}"))
            self.save_button.setText("Save changes")
            self.name.setText(practitioner.name)
            self.credentials.setText(practitioner.credentials)
            self.max_depth.setValue(practitioner.max_depth_mm or 0.0)
        self._update_continue()

    def _update_continue(self) -> None:
        practitioner = self.selected()
        self.continue_button.setEnabled(practitioner is not None)
        self.continue_button.setText(
            button_text(f"Continue as {practitioner.name}") if practitioner else "Continue"
        )

    # Acting
    def new_profile(self) -> None:
        self.table.clearSelection()
        self.name.clear()
        self.credentials.clear()
        self.max_depth.setValue(0.0)
        self.errors.show({})
        self._selection_changed()
        self.name.setFocus()

    def save(self) -> None:
        details = PractitionerDetails(
            name=self.name.text().strip(),
            credentials=self.credentials.text().strip(),
            max_depth_mm=round(self.max_depth.value(), 2) or None,
        )
        chosen = self.selected()
        try:
            if chosen is None:
                saved = self._logbook.add_practitioner(details)
            else:
                saved = self._logbook.update_practitioner(chosen.id, details)
        except ValidationError as error:
            self.errors.show(error.problems)
            return
        except LogbookError as error:  # busy, disk full: nothing saved, all kept
            show_not_saved(self.errors, self.general_error, error)
            return
        self.errors.show({})
        self.refresh(select=saved.name)

    def choose(self) -> None:
        practitioner = self.selected()
        if practitioner is not None:
            self.chosen = practitioner.name
            self.accept()

    def _double_clicked(self) -> None:
        if self._choosing:
            self.choose()

    def keyPressEvent(self, event) -> None:  # Enter in the form saves it, not "Continue"
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.form_box.isAncestorOf(
            self.focusWidget()
        ):
            self.save()
            return
        super().keyPressEvent(event)
