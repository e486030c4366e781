"""What can be done with the selected session, above its record: a draft is edited,
signed or deleted; a signed session is only amended (it has no edit path at all). Under
the buttons, a red banner when the session's seal fails (``session_seal``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from logger_app.errors import LogbookError
from logger_app.i18n import translate
from logger_app.identity import SIGNED_MEANING
from logger_app.logbook import Logbook
from logger_app.records import Session
from logger_app.verification import SessionSeal

from ..common.display import format_datetime, plain_label
from ..common.prompts import Prompter
from .session_seal import SealBanner
from .signing import SigningCancelled, signature_words, signed


class SessionActionsBar(QWidget):
    edit_requested = Signal(int)  # a draft's id: open it in the session form
    changed = Signal(int)  # signed or amended: show it again
    deleted = Signal(int)

    def __init__(self, logbook: Logbook, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sessionActions")
        self._logbook = logbook
        self._prompter = prompter
        self.session: Session | None = None
        self.seal: SessionSeal | None = None  # the shown session's, for its record view
        self.amend_dialog = None
        self.state = plain_label(objectName="sessionState")
        self.edit_button = QPushButton(
            translate("SessionActionsBar", "Edit draft…"), objectName="editDraft"
        )
        self.edit_button.setToolTip(
            translate("SessionActionsBar", "Change this draft in the session form")
        )
        self.sign_button = QPushButton(
            translate("SessionActionsBar", "Sign…"), objectName="signSession"
        )
        self.sign_button.setToolTip(
            translate("SessionActionsBar", "Sign the record: it becomes read-only")
        )
        self.delete_button = QPushButton(
            translate("SessionActionsBar", "Delete draft…"), objectName="deleteDraft"
        )
        self.amend_button = QPushButton(
            translate("SessionActionsBar", "Amend…"), objectName="amendSession"
        )
        self.amend_button.setToolTip(
            translate("SessionActionsBar", "Correct a field of the signed record, with the reason")
        )
        self.edit_button.clicked.connect(self._edit)
        self.sign_button.clicked.connect(self.sign)
        self.delete_button.clicked.connect(self.delete)
        self.amend_button.clicked.connect(self.amend)
        # Its menu (the record, the aftercare sheet) is the window's print actions'.
        self.print_button = QPushButton(
            translate("SessionActionsBar", "Print"), objectName="printButton"
        )
        self.print_button.setToolTip(
            translate(
                "SessionActionsBar", "Print this session's record or the client's aftercare sheet"
            )
        )
        self.seal_banner = SealBanner()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state, 1)
        for button in (self.delete_button, self.edit_button, self.sign_button, self.amend_button):
            row.addWidget(button)
        row.addWidget(self.print_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 2)
        column.addLayout(row)
        column.addWidget(self.seal_banner)
        self.show_session(None)

    def use_logbook(self, logbook: Logbook) -> None:
        self._logbook = logbook
        self.show_session(None)

    def show_session(self, session: Session | None) -> None:
        self.session = session
        self.seal = self._seal_of(session)
        self.seal_banner.show_seal(self.seal)
        draft = session is not None and not session.is_signed
        is_signed = session is not None and session.is_signed
        for button in (self.edit_button, self.sign_button, self.delete_button):
            button.setVisible(draft)
        self.amend_button.setVisible(is_signed)
        self.print_button.setVisible(session is not None)
        if session is None:
            self.state.setText("")
            self.state.setProperty("state", "")
        elif draft:
            self.state.setText(translate("SessionActionsBar", "Draft — not signed yet"))
            self.state.setProperty("state", "draft")
        else:
            amended = len(session.amendments)
            self.state.setText(
                translate("SessionActionsBar", "Signed — read-only; a correction is an amendment")
                if not amended
                else translate(
                    "SessionActionsBar",
                    "Signed — read-only; a correction is an amendment (amended {count}×)",
                ).format(count=amended)
            )
            self.state.setProperty("state", "signed")
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)

    def _seal_of(self, session: Session | None) -> SessionSeal | None:
        """Checked each time the session is shown: one session, inline (0.1 ms; about
        20 ms in a logbook of 25,000 sessions sealed at the upgrade, measured)."""
        if session is None:
            return None
        try:
            return self._logbook.session_seal(session.id)
        except LogbookError:  # busy or gone: the record shows as it reads, unsealed
            return None

    def _edit(self) -> None:
        if self.session is not None and not self.session.is_signed:
            self.edit_requested.emit(self.session.id)

    def sign(self) -> None:
        session = self.session
        if session is None or session.is_signed:
            return
        if not self._prompter.confirm(
            self,
            translate("SessionActionsBar", "Sign this session?"),
            translate(
                "SessionActionsBar",
                "Sign the session of {started}.\n\n{signature}\n\n"
                "Once signed the record is read-only: a correction is then an amendment, kept "
                "beside the record with the reason, your name and the time.",
            ).format(
                started=format_datetime(session.details.started_at),
                signature=signature_words(self._logbook, SIGNED_MEANING),
            ),
            translate("SessionActionsBar", "Sign"),
        ):
            return
        try:
            signed(
                self._logbook, self._prompter, self.window(),
                lambda: self._logbook.sign_session(session.id, version=session.version),
                meaning=SIGNED_MEANING,
            )  # fmt: skip
        except SigningCancelled:
            return  # the user said no: nothing to tell them
        except LogbookError as error:
            self._prompter.error(self, translate("SessionActionsBar", "Not signed"), str(error))
        self.changed.emit(session.id)

    def delete(self) -> None:
        session = self.session
        if session is None or session.is_signed:
            return
        photos = len(self._logbook.photos_of_session(session.id))
        started = format_datetime(session.details.started_at)
        if not photos:
            text = translate(
                "SessionActionsBar",
                "The draft session of {started} will be deleted. This cannot be undone.",
            )
        elif photos == 1:
            text = translate(
                "SessionActionsBar",
                "The draft session of {started} and its 1 photo will be deleted. "
                "This cannot be undone.",
            )
        else:
            text = translate(
                "SessionActionsBar",
                "The draft session of {started} and its {count} photos will be deleted. "
                "This cannot be undone.",
            )
        if not self._prompter.confirm(
            self,
            translate("SessionActionsBar", "Delete this draft?"),
            text.format(started=started, count=photos),
            translate("SessionActionsBar", "Delete draft"),
        ):
            return
        try:
            self._logbook.delete_draft_session(session.id)
        except LogbookError as error:
            self._prompter.error(self, translate("SessionActionsBar", "Not deleted"), str(error))

            self.changed.emit(session.id)
            return
        self.deleted.emit(session.id)

    def amend(self) -> None:
        from .amend_dialog import AmendDialog

        session = self.session
        if session is None or not session.is_signed:
            return
        dialog = AmendDialog(self._logbook, self._prompter, session, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.changed.emit(session.id))
        dialog.finished.connect(self._amend_finished)
        self.amend_dialog = dialog
        dialog.open()

    def _amend_finished(self) -> None:
        self.amend_dialog = None
