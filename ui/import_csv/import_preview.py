"""The wizard's third page: the dry run. Counts, how the files were read, and a table
of every problem, row by row; the import can go on only when nothing blocks it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from logger_app.i18n import translatable, translate
from logger_app.import_csv import ImportPlan, RowProblem, plan_import

from ..common.display import plain_tooltip, rich_label
from ..common.jobs import JobHandle, run_job
from ..common.models import TitledTableModel
from ..common.theme import color, tinted
from .import_values import ValuesBox
from .import_wizard import caption

if TYPE_CHECKING:
    from .import_wizard import CsvImportWizard

AnyIndex = QModelIndex | QPersistentModelIndex


def blocks(problem: RowProblem, skip_rows: bool) -> bool:
    """The problem stops the whole import (a skipped row's does not)."""
    return problem.blocking and (problem.row == 0 or not skip_rows)


def outcome(problem: RowProblem, skip_rows: bool) -> str:
    if not problem.blocking:
        return translate("ProblemModel", "Note")
    if blocks(problem, skip_rows):
        return translate("ProblemModel", "Blocks the import")
    return translate("ProblemModel", "Row skipped")


class ProblemModel(TitledTableModel):
    """One line per problem: file, row, column, message, and what happens to the row."""

    FILE, ROW, COLUMN, PROBLEM, OUTCOME = range(5)
    TITLES = (
        translatable("ProblemModel", "File"),
        translatable("ProblemModel", "Row"),
        translatable("ProblemModel", "Column"),
        translatable("ProblemModel", "Problem"),
        translatable("ProblemModel", "Outcome"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._problems: list[RowProblem] = []
        self._skip_rows = False

    def set_problems(self, problems: Sequence[RowProblem], skip_rows: bool) -> None:
        self.beginResetModel()
        self._problems = sorted(problems, key=lambda p: (p.row != 0, p.file, p.row))
        self._skip_rows = skip_rows
        self.endResetModel()

    def problem(self, row: int) -> RowProblem:
        return self._problems[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = (
                problem.file or translate("ProblemModel", "(both files)"),
                str(problem.row) if problem.row else "—",
                problem.column,
                problem.message,
                outcome(problem, self._skip_rows),
            )[index.column()]
            return text if role == Qt.ItemDataRole.DisplayRole else plain_tooltip(text)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == self.OUTCOME
            and blocks(problem, self._skip_rows)
        ):
            return QBrush(color("danger"))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class PreviewPage(QWizardPage):
    def __init__(self, wizard: CsvImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("PreviewPage", "Check before importing"))
        self.setSubTitle(
            translate(
                "PreviewPage",
                "Nothing has been written yet. The import adds all of this, or nothing.",
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("PreviewPage", "Import"))
        self.counts = rich_label(objectName="importCounts")
        self.counts.setWordWrap(True)
        self.date_order = caption("")
        self.notes = caption("")
        self.notes.setObjectName("importNotes")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)  # they quote cells of the files
        self.values = ValuesBox()
        self.values.model.mapped.connect(self._value_chosen)
        self.model = ProblemModel(self)
        self.table = QTableView(objectName="importProblems")
        self.table.setAccessibleName(translate("PreviewPage", "Problems found in the files"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            ProblemModel.PROBLEM, QHeaderView.ResizeMode.Stretch
        )
        self.table.setWordWrap(True)
        # Sizing columns reads this many rows, not all of a list of thousands.
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.skip_rows = QCheckBox(
            translate("PreviewPage", "Skip the rows with problems and import the others")
        )
        self.skip_rows.setObjectName("skipProblemRows")
        self.import_duplicates = QCheckBox(
            translate(
                "PreviewPage",
                "Also add clients already in the logbook (same name and date of birth)",
            )
        )
        self.import_duplicates.setObjectName("importDuplicates")
        self.verdict = rich_label(objectName="importVerdict")
        self.verdict.setWordWrap(True)
        self._generation = 0  # results of an older dry run are ignored
        self._job: JobHandle | None = None
        self.skip_rows.toggled.connect(self._skip_changed)
        self.import_duplicates.toggled.connect(self.refresh)
        layout = QVBoxLayout(self)
        for widget in (self.counts, self.date_order, self.notes, self.values):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        for widget in (self.skip_rows, self.import_duplicates, self.verdict):
            layout.addWidget(widget)

    def choices(self) -> dict[str, bool]:
        return {
            "skip_problem_rows": self.skip_rows.isChecked(),
            "import_existing_duplicates": self.import_duplicates.isChecked(),
        }

    def initializePage(self) -> None:
        self.refresh()

    @property
    def checking(self) -> bool:
        return self._job is not None

    def refresh(self) -> None:
        """Start a dry run with the current choices; the page shows it when done."""
        self._generation += 1
        self._wizard.plan = None
        self.completeChanged.emit()
        checking = translate("PreviewPage", "Checking every row…")
        self.counts.setText(f"<b>{escape(checking)}</b>")
        self.verdict.setText("")
        # The dry run: tens of thousands of rows take seconds. Pure computation over the
        # files read; no database.
        inputs, generation = self._wizard.plan_inputs(), self._generation
        self._job = run_job(
            "import_csv",
            lambda context: plan_import(*inputs),
            on_success=lambda plan: self._planned(generation, plan),
            on_failure=lambda message: self._failed(generation, message),
            parent=self,
        )

    def _value_chosen(self, field: str, key: str, value: str | None) -> None:
        self._wizard.choose_value(field, key, value)
        self.refresh()

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._job = None
            self.counts.setText(tinted(escape(message), "danger"))

    def _skip_changed(self, skip: bool) -> None:
        # Skipping changes what the commit accepts, not the rows: no new dry run.
        plan = self._wizard.plan
        if plan is not None:
            self._show(replace(plan, options=replace(plan.options, skip_problem_rows=skip)))

    def _planned(self, generation: int, plan: ImportPlan) -> None:
        if generation != self._generation:
            return
        self._job = None
        self._show(plan)

    def _show(self, plan: ImportPlan) -> None:
        self._wizard.plan = plan
        self.counts.setText(f"<b>{escape(plan.counts_line())}</b>")
        self.date_order.setText(plan.date_order)
        # Past the examples listed in the table, how many more rows share each problem.
        self.notes.setText("\n".join([*plan.notes, *(u.describe() for u in plan.unlisted)]))
        self.values.show_plan(plan, plan.options.value_maps)
        self.model.set_problems(plan.problems, plan.options.skip_problem_rows)
        self.table.resizeColumnsToContents()
        self.verdict.setText(_verdict(plan))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        plan = self._wizard.plan
        return plan is not None and not plan.blocked


def _verdict(plan: ImportPlan) -> str:
    red = tinted("{}", "danger")
    if plan.fatal:
        return red.format(
            escape(
                translate(
                    "PreviewPage",
                    "The problems of the whole import (row “—”) must be fixed first: go back to "
                    "choose the columns or the date order.",
                )
            )
        )
    if plan.blocked:
        return red.format(
            escape(
                translate(
                    "PreviewPage",
                    "Some rows have problems: skip them, or go back to change the columns or "
                    "the defaults, or fix the files and start again.",
                )
            )
        )
    if plan.nothing_to_import:
        return escape(translate("PreviewPage", "There is nothing to import."))
    return escape(
        translate("PreviewPage", "Ready: click Import to add everything listed above in one go.")
    )
