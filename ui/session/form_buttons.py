"""The session form's row of buttons: repeat the last session, keep a local draft,
cancel, save a draft, save and sign. Each says its shortcut."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from logger_app.i18n import translate
from logger_app.records import Session

from ..common.display import format_date

if TYPE_CHECKING:
    from .session_form import SessionDialog

SAVE_AND_SIGN_KEYS = "Ctrl+Shift+S"  # "Save draft" is Ctrl+S
REPEAT_KEYS = "Ctrl+R"  # "Repeat last session"
ADD_REACTION_KEYS = "Alt+R"  # "+ Add reaction" (the areas come from the last session)


def add_buttons(form: SessionDialog, previous: Session | None, *, draft: bool) -> QHBoxLayout:
    """Make the buttons as the form's ``copy_button``, ``keep_local_button``,
    ``cancel_button``, ``save_button`` and ``save_sign_button``; their row."""
    form.copy_button = QPushButton(
        translate("SessionFormButtons", "Repeat last session"), objectName="copyLast"
    )
    form.copy_button.setToolTip(
        translate(
            "SessionFormButtons",
            "Fill device, cartridge, numbing, glide, areas, endpoint and aftercare from the "
            "previous session; lot numbers are left to type from the new vial ({keys})",
        ).format(keys=REPEAT_KEYS)
    )
    form.copy_button.clicked.connect(form.copy_from_last_session)
    form.copy_button.setEnabled(previous is not None)
    if previous is not None:
        when = format_date(previous.details.started_at.astimezone().date())
        form.copy_button.setText(
            translate("SessionFormButtons", "Repeat last session ({day})").format(day=when)
        )
    form.copy_button.setVisible(not draft)
    form.cancel_button = QPushButton(translate("SessionFormButtons", "Cancel"))
    form.cancel_button.clicked.connect(form.reject)
    form.save_button = QPushButton(
        translate("SessionFormButtons", "Save draft"), objectName="saveSession"
    )
    form.save_button.setDefault(True)
    form.save_button.setToolTip(
        translate("SessionFormButtons", "Save as a draft, to finish and sign later (Ctrl+S)")
    )
    form.save_button.clicked.connect(form.save)
    form.save_sign_button = QPushButton(
        translate("SessionFormButtons", "Save and sign"), objectName="saveAndSign"
    )
    form.save_sign_button.setToolTip(
        translate(
            "SessionFormButtons",
            "Save and sign as the current practitioner ({keys}): the record "
            "becomes read-only (a later correction is an amendment, with its reason)",
        ).format(keys=SAVE_AND_SIGN_KEYS)
    )
    form.save_sign_button.clicked.connect(form.save_and_sign)
    # Shown once a save found the server out of reach (the window is blocked by the
    # form, so the choice is offered here, under the window's banner).
    form.keep_local_button = QPushButton(
        translate("SessionFormButtons", "Keep as local draft"), objectName="keepLocal"
    )
    form.keep_local_button.setToolTip(
        translate(
            "SessionFormButtons",
            "Keep this session on this computer; it is offered at the next start",
        )
    )

    form.keep_local_button.clicked.connect(form.keep_as_local_draft)
    form.keep_local_button.hide()

    row = QHBoxLayout()
    row.addWidget(form.copy_button)
    row.addStretch(1)
    for button in (
        form.keep_local_button,
        form.cancel_button,
        form.save_button,
        form.save_sign_button,
    ):
        row.addWidget(button)
    return row
