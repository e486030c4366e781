"""Practitioners' profiles (name, credentials, the deepest they are licensed to needle,
who administers the logbook, whose passphrase is set): a list with a form beside it to
add a profile or change the selected one. (Who is using the app is the sign-in screen's
question, ``ui.identity``.) The administrator adds profiles (with an optional temporary
passphrase), edits any, makes administrators and resets forgotten passphrases; anyone
else sees the profiles and changes only their own name and credentials.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
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
from logger_app.i18n import translate
from logger_app.logbook import Logbook
from logger_app.records import Practitioner, PractitionerDetails
from logger_app.validation import validate_practitioner
from logger_app.vocabulary import MAX_DEPTH_MM

from ..common.decimal_box import DecimalSpinBox
from ..common.display import button_text
from ..common.form_support import ErrorLabel, FieldErrors, show_not_saved, with_error_label
from ..common.prompts import Prompter
from .passphrase_dialogs import (
    DIFFERENT,
    ChangePassphraseDialog,
    ResetPassphraseDialog,
    passphrase_field,
)
from .practitioner_list import (
    ONLY_ADMIN_ADDS,
    ONLY_ADMIN_DEPTH,
    ONLY_ADMIN_OTHERS,
    PractitionerModel,
    intro_text,
    unprotected_text,
)

__all__ = ["PractitionerModel", "PractitionersDialog"]


class PractitionersDialog(QDialog):
    def __init__(
        self,
        logbook: Logbook,
        prompter: Prompter,
        parent: QWidget | None = None,
        *,
        current: str = "",
    ) -> None:
        super().__init__(parent)
        self._logbook = logbook
        self._prompter = prompter
        self.passphrase_dialog: QDialog | None = None  # reset or change, while open
        self.setObjectName("practitionersDialog")
        self.setWindowTitle(translate("PractitionersDialog", "Practitioners"))
        self.resize(1120, 500)
        self._build()
        signed_in = logbook.signed_in
        self.refresh(select=current or (signed_in.name if signed_in else ""))

    # Building
    def _build(self) -> None:
        self.intro = QLabel(objectName="dialogIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.unprotected_note = QLabel(objectName="unprotectedProfiles")
        self.unprotected_note.setTextFormat(Qt.TextFormat.PlainText)  # it names people
        self.unprotected_note.setWordWrap(True)
        self.unprotected_note.hide()
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
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self.name = QLineEdit(objectName="practitionerName")
        self.name.setPlaceholderText(
            translate("PractitionersDialog", "Full name, as it appears on your records")
        )
        self.credentials = QLineEdit(objectName="practitionerCredentials")
        for line in (self.name, self.credentials):
            line.setMinimumWidth(240)  # room for the example in the placeholder
        self.credentials.setPlaceholderText("e.g. RN, licensed aesthetician")
        self.max_depth = DecimalSpinBox(objectName="practitionerMaxDepth")
        self.max_depth.setRange(0.0, MAX_DEPTH_MM)
        self.max_depth.setSingleStep(0.05)
        self.max_depth.setDecimals(2)
        self.max_depth.setSuffix(" mm")
        self.max_depth.setSpecialValueText(translate("PractitionersDialog", "No limit recorded"))
        self.credentials.setPlaceholderText(
            translate("PractitionersDialog", "e.g. RN, licensed aesthetician")
        )
        self.is_admin = QCheckBox(
            translate("PractitionersDialog", "Administrator"), objectName="practitionerAdmin"
        )
        self.is_admin.setToolTip(
            translate(
                "PractitionersDialog",
                "Administers the logbook: profiles, maximum depths, safety rules, erasure, "
                "settings, passphrase resets",
            )
        )
        self.passphrase = passphrase_field(
            "newPassphrase", translate("PractitionersDialog", "Optional")
        )
        self.passphrase_repeat = passphrase_field("repeatPassphrase")
        self.passphrase_hint = QLabel(objectName="fieldHint")
        self.passphrase_hint.setWordWrap(True)
        self.form_box = QGroupBox(translate("PractitionersDialog", "New profile"))
        form = QFormLayout(self.form_box)
        form.addRow(
            translate("PractitionersDialog", "&Name"),
            with_error_label(self.name, self.errors, "name"),
        )
        form.addRow(
            translate("PractitionersDialog", "&Credentials"),
            with_error_label(self.credentials, self.errors, "credentials"),
        )
        form.addRow(
            translate("PractitionersDialog", "&Maximum depth"),
            with_error_label(self.max_depth, self.errors, "max_depth_mm"),
        )
        form.addRow("", with_error_label(self.is_admin, self.errors, "is_admin"))
        self._passphrase_rows = [
            (
                translate("PractitionersDialog", "&Temporary passphrase"),
                with_error_label(self.passphrase, self.errors, "passphrase"),
            ),
            (
                translate("PractitionersDialog", "&Repeat it"),
                with_error_label(self.passphrase_repeat, self.errors, "repeat"),
            ),
            ("", self.passphrase_hint),
        ]
        for label, field in self._passphrase_rows:
            form.addRow(label, field)
        self._form = form
        self.new_button = QPushButton(
            translate("PractitionersDialog", "New profile"), objectName="newPractitioner"
        )
        self.new_button.clicked.connect(self.new_profile)
        self.save_button = QPushButton(
            translate("PractitionersDialog", "Add practitioner"), objectName="savePractitioner"
        )
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(
            translate("PractitionersDialog", "Reset passphrase…"), objectName="resetPassphrase"
        )
        self._reset_tip = translate(
            "PractitionersDialog",
            "A forgotten passphrase: give a temporary one, to change at the next sign-in",
        )
        self.reset_button.clicked.connect(self.reset_passphrase)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.new_button)
        form_buttons.addWidget(self.reset_button)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.save_button)
        form.addRow(self.general_error)
        form.addRow(form_buttons)

        columns = QHBoxLayout()
        columns.addWidget(self.table, 3)
        columns.addWidget(self.form_box, 2)

        self.change_own_button = QPushButton(
            translate("PractitionersDialog", "Change my passphrase…"),
            objectName="changeOwnPassphrase",
        )
        self.change_own_button.clicked.connect(self.change_own_passphrase)
        self.close_button = QPushButton(translate("PractitionersDialog", "Close"))
        self.close_button.clicked.connect(self.reject)
        self.notice = QLabel(objectName="practitionersNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_own_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.unprotected_note)
        layout.addLayout(columns, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)

    # Who may do what
    def administering(self) -> bool:
        """The signed-in practitioner administers the logbook (or it has no profile yet:
        its first is added by whoever opens it)."""
        me = self._logbook.signed_in
        return (me is not None and me.is_admin) or self.model.rowCount() == 0

    def _is_me(self, practitioner: Practitioner | None) -> bool:
        me = self._logbook.signed_in
        return practitioner is not None and me is not None and me.id == practitioner.id

    # Reading
    def refresh(self, select: str = "") -> None:
        self.model.set_rows(self._logbook.practitioners())
        self._show_intro()
        row = next(
            (r for r in range(self.model.rowCount()) if self.model.row_record(r).name == select),
            None,
        )
        if row is not None:
            self.table.selectRow(row)
        else:
            self.new_profile()

    def _show_intro(self) -> None:
        text = intro_text(self.administering())
        self.intro.setText(text)
        unprotected = [p.name for p in self.model_rows() if not p.protected]
        show = bool(unprotected) and self.administering()
        self.unprotected_note.setText(unprotected_text(unprotected) if show else "")
        self.unprotected_note.setVisible(show)
        self.change_own_button.setVisible(self._logbook.signed_in is not None)

    def model_rows(self) -> list[Practitioner]:
        return [self.model.row_record(row) for row in range(self.model.rowCount())]

    def selected(self) -> Practitioner | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_record(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: QItemSelection) -> None:
        practitioner = self.selected()
        self.errors.show({})
        if practitioner is None:
            self.form_box.setTitle(translate("PractitionersDialog", "New profile"))
            self.save_button.setText(translate("PractitionersDialog", "Add practitioner"))
        else:
            self.form_box.setTitle(
                button_text(
                    translate("PractitionersDialog", "Profile of {name}").format(
                        name=practitioner.name
                    )
                )
            )
            self.save_button.setText(translate("PractitionersDialog", "Save changes"))
            self.name.setText(practitioner.name)
            self.credentials.setText(practitioner.credentials)
            self.max_depth.setValue(practitioner.max_depth_mm or 0.0)
            self.is_admin.setChecked(practitioner.is_admin)
        self._update_editing(practitioner)

    def _update_editing(self, practitioner: Practitioner | None) -> None:
        """What the signed-in practitioner may change of the profile shown."""
        admin = self.administering()
        new = practitioner is None
        own = self._is_me(practitioner)
        may_edit = admin or own  # a logbook with no profile yet: anyone adds the first
        for field in (self.name, self.credentials):
            field.setEnabled(may_edit)
        self.max_depth.setEnabled(admin)
        self.is_admin.setEnabled(admin and self.model.rowCount() > 0)
        self.save_button.setEnabled(may_edit)
        self.new_button.setEnabled(admin)
        self.reset_button.setVisible(admin)
        self.reset_button.setEnabled(admin and practitioner is not None and not own)
        self.reset_button.setToolTip(
            translate("PractitionersDialog", "Your own: Change my passphrase…")
            if own
            else self._reset_tip
        )
        first = self.model.rowCount() == 0
        for _label, field in self._passphrase_rows:
            self._form.setRowVisible(field, new and (admin or first))
        self._form.labelForField(self._passphrase_rows[0][1]).setText(
            translate("PractitionersDialog", "&Passphrase")
            if first
            else translate("PractitionersDialog", "&Temporary passphrase")
        )
        self.passphrase_hint.setText(
            translate(
                "PractitionersDialog",
                "Yours, to sign in and sign with: a few words you will remember.",
            )
            if first
            else translate(
                "PractitionersDialog",
                "Optional. Give it to them: they choose their own at their first sign-in. "
                "Without one, anyone can sign in as them until they choose a passphrase.",
            )
        )
        refused = translate("PractitionersDialog", ONLY_ADMIN_ADDS if new else ONLY_ADMIN_OTHERS)
        only_admin_adds = translate("PractitionersDialog", ONLY_ADMIN_ADDS)
        for field in (self.name, self.credentials, self.save_button):
            field.setToolTip("" if may_edit else refused)
        self.max_depth.setToolTip(
            "" if admin else translate("PractitionersDialog", ONLY_ADMIN_DEPTH)
        )
        self.new_button.setToolTip("" if admin else only_admin_adds)

    # Acting
    def new_profile(self) -> None:
        self.table.clearSelection()
        self.name.clear()
        self.credentials.clear()
        self.max_depth.setValue(0.0)
        self.is_admin.setChecked(False)
        self.passphrase.clear()
        self.passphrase_repeat.clear()
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
        problems = validate_practitioner(details)  # said at once, before any other refusal
        if problems:
            self.errors.show(problems)
            return
        try:
            saved = self._add(details) if chosen is None else self._update(chosen, details)
        except ValidationError as error:
            self.errors.show(error.problems)
            return
        except LogbookError as error:  # busy, disk full, not allowed: nothing saved
            show_not_saved(self.errors, self.general_error, error)
            return
        if saved is None:
            return
        self.errors.show({})
        self.refresh(select=saved.name)

    def _add(self, details: PractitionerDetails) -> Practitioner | None:
        passphrase = self.passphrase.text()
        if passphrase != self.passphrase_repeat.text():
            self.errors.show({"repeat": translate("PassphraseDialog", DIFFERENT)})
            return None
        added = self._logbook.add_practitioner(details, passphrase or None)
        self.passphrase.clear()
        self.passphrase_repeat.clear()
        if self.is_admin.isChecked() and not added.is_admin:
            added = self._logbook.set_admin(added.id, True)
        return added

    def _update(self, before: Practitioner, details: PractitionerDetails) -> Practitioner:
        saved = before
        unchanged = PractitionerDetails(before.name, before.credentials, before.max_depth_mm)
        if details != unchanged:  # only what changed is recorded
            saved = self._logbook.update_practitioner(before.id, details)
        if self.is_admin.isEnabled() and self.is_admin.isChecked() != before.is_admin:
            saved = self._logbook.set_admin(before.id, self.is_admin.isChecked())
        return saved

    def reset_passphrase(self) -> None:
        practitioner = self.selected()
        if practitioner is None or not self.administering():
            return
        dialog = ResetPassphraseDialog(self._logbook, practitioner, self)
        done = translate(
            "PractitionersDialog",
            "The passphrase of {name} was reset: give them the temporary one. They choose "
            "their own at their next sign-in; their signatures stay valid.",
        ).format(name=practitioner.name)
        self._open_passphrase_dialog(dialog, practitioner.name, done)

    def change_own_passphrase(self) -> None:
        me = self._logbook.signed_in
        if me is None:
            return
        dialog = ChangePassphraseDialog(self._logbook, me.name, self)
        shown = self.selected()
        done = translate(
            "PractitionersDialog", "Your passphrase was changed: use the new one from now on."
        )
        self._open_passphrase_dialog(dialog, shown.name if shown else "", done)

    def _open_passphrase_dialog(self, dialog: QDialog, select: str, done: str) -> None:
        self.notice.clear()
        # A child of this dialog, gone with it: not deleted on close (with PySide 6.11
        # that crashed once its Python reference was dropped); it clears what was typed.
        dialog.accepted.connect(lambda: self._passphrase_saved(select, done))
        dialog.finished.connect(self._passphrase_dialog_closed)
        self.passphrase_dialog = dialog
        dialog.open()

    def _passphrase_saved(self, select: str, done: str) -> None:
        self.refresh(select=select)
        self.notice.setText(done)

    def _passphrase_dialog_closed(self) -> None:
        self.passphrase_dialog = None

    def keyPressEvent(self, event) -> None:  # Enter in the form saves it, not "Close"
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.form_box.isAncestorOf(
            self.focusWidget()
        ):
            self.save()
            return
        super().keyPressEvent(event)
