"""The session form: what a practitioner fills in during a treatment, and its save.

The fields are laid out by ``session_fields``; here are the safety review that opens
them, the photos to import, and saving: the logbook says what saving would meet
(``Logbook.review_session``), the form shows it and asks its questions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from logger_app.errors import LogbookError, ServerUnreachableError, ValidationError
from logger_app.identity import SIGNED_MEANING
from logger_app.local_drafts import keep_local_draft
from logger_app.logbook import Logbook
from logger_app.records import Client, Session, SessionDetails

from ..common.display import format_date, rich_label
from ..common.form_support import ErrorLabel, FieldErrors, GuardedForm, show_not_saved
from ..common.preferences import CURRENT_PRACTITIONER
from ..common.prompts import Prompter
from ..photos.photo_import import dropped_files
from ..safety.safety_panel import SafetyPanel
from .course_start import planned_areas
from .photo_drop import PhotoDrop
from .session_fields import RowMap, SessionFields
from .signing import signed

# The fields open before the safety warnings are acknowledged.
_BEFORE = ("started_at", "practitioner_name", "duration_minutes")
# The fields the form shows under their own names (the window and the tests reach them).
# fmt: off
_SHOWN = (
    "started_at", "practitioner", "duration", "device", "cartridge", "numbing", "numbing_box",
    "numbing_agent", "numbing_strength", "numbing_minutes", "glide_product", "glide_lot",
    "endpoint", "book_next", "next_visit", "aftercare", "aftercare_boxes", "notes", "areas",
    "reactions", "setup_part", "treatment_part",
)
# fmt: on


SAVE_AND_SIGN_KEYS = "Ctrl+Shift+S"  # "Save draft" is Ctrl+S


class SessionDialog(GuardedForm):
    """Record a new session for ``client``, or with ``session`` edit that draft (a signed
    session is never edited: it is amended). ``saved_session`` holds the result."""

    form_name = "session"
    # A save found the clinic server out of reach: the window shows its banner.
    server_unreachable = Signal()

    def __init__(
        self,
        logbook: Logbook,
        prompter: Prompter,
        client: Client,
        parent: QWidget | None = None,
        session: Session | None = None,
    ) -> None:
        super().__init__(prompter, parent)
        if session is not None and session.is_signed:
            raise ValueError("a signed session is amended, not edited")
        self._logbook = logbook
        self._client = client
        self._session = session  # the draft being edited, or None for a new session
        self._sign_on_save = False
        self._previous = logbook.latest_session(client.id)
        self.saved_session: Session | None = None
        # Photos dropped or chosen here are imported once the session exists.
        self.sign_after_photos = False  # "Save and sign" with photos: sign after the import
        self.setAcceptDrops(True)
        self.setWindowTitle(
            f"{'Edit draft session' if session else 'New session'} – {client.full_name}"
        )
        self.resize(1180, 820)
        self._build()
        self._set_defaults()
        if session is not None:
            self.fields.load(session.details)
        else:
            self._start_from_course()
        self._refresh_warnings()
        self.mark_unchanged()

    # Building
    def _build(self) -> None:
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("formBanner")
        self.errors = FieldErrors(self.general_error)
        self.safety = SafetyPanel(self.errors)
        self.safety.changed.connect(self._update_lock)
        self.safety.screening_requested.connect(lambda: self._open_safety_form("screening"))
        self.safety.consent_requested.connect(lambda: self._open_safety_form("consent"))
        names = tuple(p.name for p in self._logbook.practitioners())
        self.fields = SessionFields(self.errors, names)
        for name in _SHOWN:  # reached by name, as the form's own
            setattr(self, name, getattr(self.fields, name))
        self.started_at.dateTimeChanged.connect(self._refresh_warnings)
        self.photos = PhotoDrop(self._prompter)
        self.photo_list, self.photo_hint = self.photos.photo_list, self.photos.hint
        self.pending_photos = self.photos.pending

        title = rich_label(
            f"{'Draft session' if self._session else 'New session'} for "
            f"<b>{escape(self._client.full_name)}</b>",
            objectName="formTitle",
        )
        left = QVBoxLayout()
        left.addWidget(self.fields.when_and_who)
        left.addWidget(self.setup_part)
        left.addStretch(1)
        right = self.treatment_part.layout()
        right.addWidget(self.photos)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(left, 2)
        columns.addWidget(self.treatment_part, 3)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(title)
        content_layout.addWidget(self.general_error)
        content_layout.addWidget(self.safety)
        content_layout.addLayout(columns)
        scroll = QScrollArea()
        scroll.setAccessibleName("Session form")
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll = scroll

        self.copy_button = QPushButton("Repeat last session", objectName="copyLast")
        self.copy_button.setToolTip(
            "Fill device, cartridge, numbing, glide, areas, endpoint and aftercare from the "
            "previous session; lot numbers are left to type from the new vial"
        )
        self.copy_button.clicked.connect(self.copy_from_last_session)
        self.copy_button.setEnabled(self._previous is not None)
        if self._previous is not None:
            when = format_date(self._previous.details.started_at.astimezone().date())
            self.copy_button.setText(f"Repeat last session ({when})")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton("Save draft", objectName="saveSession")
        self.save_button.setDefault(True)
        self.save_button.setToolTip("Save as a draft, to finish and sign later (Ctrl+S)")
        self.save_button.clicked.connect(self.save)
        self.save_sign_button = QPushButton("Save and sign", objectName="saveAndSign")
        self.save_sign_button.setToolTip(
            f"Save and sign as the current practitioner ({SAVE_AND_SIGN_KEYS}): the record "
            "becomes read-only (a later correction is an amendment, with its reason)"
        )
        self.save_sign_button.clicked.connect(self.save_and_sign)
        # Shown once a save found the server out of reach (the window is blocked by the
        # form, so the choice is offered here, under the window's banner).
        self.keep_local_button = QPushButton("Keep as local draft", objectName="keepLocal")
        self.keep_local_button.setToolTip(
            "Keep this session on this computer; it is offered at the next start"
        )
        self.keep_local_button.clicked.connect(self.keep_as_local_draft)
        self.keep_local_button.hide()
        self.copy_button.setVisible(self._session is None)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)
        QShortcut(QKeySequence(SAVE_AND_SIGN_KEYS), self, activated=self.save_and_sign)

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_local_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_sign_button)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    # Photos, imported once the session exists
    def choose_photos(self) -> None:
        self.photos.choose()

    def attach_photos(self, files: list[Path]) -> None:
        self.photos.attach(files)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.photos.attach(dropped_files(event))
        event.acceptProposedAction()

    # Filling
    def _set_defaults(self) -> None:
        remembered = CURRENT_PRACTITIONER.get()
        if any(p.name == self._logbook.actor for p in self._logbook.practitioners()):
            remembered = self._logbook.actor  # who is working now
        if not remembered and self._previous is not None:
            remembered = self._previous.details.practitioner_name
        self.fields.start_now(remembered)

    def _start_from_course(self) -> None:
        """A course under way: its areas, at their suggested depths (Repeat last session
        still replaces them with the last session's)."""
        for area in planned_areas(self._logbook, self._client.id, date.today()):
            self.areas.add_row().set_value(area)

    def copy_from_last_session(self) -> None:
        if self._previous is not None:
            self.fields.repeat(self._previous.details)

    @staticmethod
    def _on_screen(problems: dict[str, str], rows: RowMap) -> dict[str, str]:
        """Re-key row problems from the index in the details to the row on screen."""
        result = {}
        for key, message in problems.items():
            group, _, rest = key.partition(".")
            index, _, field = rest.partition(".")
            if group in rows and index.isdigit():
                screen_row = rows[group].get(int(index), int(index))
                key = f"{group}.{screen_row}" + (f".{field}" if field else "")
            result[key] = message
        return result

    def save(self) -> None:
        details, problems, rows = self.fields.read(self._client.id, self.safety.acknowledged())
        draft_id = self._session.id if self._session is not None else None
        try:
            review = self._logbook.review_session(details, draft_id=draft_id)
        except LogbookError as error:  # busy: nothing saved, all kept
            return self._not_saved(error)
        if not self.safety.all_acknowledged():
            # Only the session's time and practitioner can be changed before the review.
            before = {k: v for k, v in review.problems.items() if k in _BEFORE}
            return self._refuse_unreviewed(before)
        core = dict(review.problems)
        if self.areas.rows:
            core.pop("areas", None)  # rows exist; the incomplete ones are marked already
        problems = problems | self._on_screen(core, rows)
        if any(key.startswith("acknowledged") for key in problems) and self._warnings_changed():
            return self._refuse_unreviewed()
        if not problems and review.questions:
            self.errors.show({})
            question = "\n".join(q.message for q in review.questions) + "\n\nSave anyway?"
            if not self._prompter.confirm(
                self, "Depth above the usual range", question, "Save anyway"
            ):
                self.general_error.show_message(
                    "Not saved: change the depth, or save again and confirm it."
                )
                return
            details = review.confirmed(details)
        if not problems:
            try:
                self.saved_session = self._saved(details)
            except ValidationError as error:
                problems = self._on_screen(error.problems, rows)
                acknowledged = any(key.startswith("acknowledged") for key in problems)
                if acknowledged and self._warnings_changed():
                    return self._refuse_unreviewed()
            except LogbookError as error:  # busy, disk full: nothing saved, all kept
                return self._not_saved(error)
        self.errors.show(problems)
        if problems:
            self.general_error.show_message(
                "Nothing was saved: please correct what is marked in red."
            )
            self._scroll.ensureWidgetVisible(self.errors.first_visible() or self.general_error)
            return
        self.mark_unchanged()
        self.accept()

    def _not_saved(self, error: LogbookError) -> None:
        show_not_saved(self.errors, self.general_error, error)
        self._scroll.ensureWidgetVisible(self.general_error)
        if isinstance(error, ServerUnreachableError):
            self.keep_local_button.show()
            self.server_unreachable.emit()

    def load_kept(self, details: SessionDetails) -> None:
        """Fill the form with a session kept on this computer (its warnings reviewed
        again: what applies may have changed since)."""
        self.fields.load(details)
        self._refresh_warnings()

    def keep_as_local_draft(self) -> Path:
        """Write what the form holds to the data folder's drafts/ and close the form."""
        details, _, _ = self.fields.read(self._client.id, self.safety.acknowledged())
        session_id = self._session.id if self._session is not None else None
        path = keep_local_draft(self._logbook.data_dir, details, session_id, self._logbook.data_key)
        self.mark_unchanged()
        self.done(0)
        return path

    def _warnings_changed(self) -> bool:
        """What applies changed since the form opened: show it, to review; True when
        something is left to acknowledge."""
        self._refresh_warnings()
        return not self.safety.all_acknowledged()

    # Safety: the warnings that apply, acknowledged before the needling data opens
    def _refresh_warnings(self) -> None:
        started = self.started_at.dateTime().toPython().astimezone()
        reviewed: set[tuple[str, str]] = set()
        if self._session is not None:  # a draft: what was acknowledged when it was saved
            reviewed = {(a.code, a.message) for a in self._session.acknowledgements}
        self.safety.set_warnings(
            self._logbook.warnings_for_new_session(self._client.id, started), reviewed
        )
        self._update_lock()

    def _refuse_unreviewed(self, problems: dict[str, str] | None = None) -> None:
        """Nothing is saved before every warning is acknowledged: say so next to each."""
        self.errors.show((problems or {}) | self.safety.problems())
        self.general_error.show_message(
            "Nothing was saved: review each point under “Before you start” first."
        )
        self._scroll.ensureWidgetVisible(self.safety)

    def _update_lock(self) -> None:
        ready = self.safety.all_acknowledged()
        self.setup_part.setEnabled(ready)
        self.treatment_part.setEnabled(ready)
        self.copy_button.setEnabled(ready and self._previous is not None)

    def _open_safety_form(self, kind: str) -> None:
        """A screening or consent recorded from here: the warnings follow at once."""
        from ..safety.consent_dialog import ConsentDialog
        from ..safety.screening_form import ScreeningDialog

        form = ScreeningDialog if kind == "screening" else ConsentDialog
        self.safety_form = form(self._logbook, self._prompter, self._client, parent=self)
        self.safety_form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.safety_form.accepted.connect(self._refresh_warnings)
        self.safety_form.open()

    def save_and_sign(self) -> None:
        self._sign_on_save = True
        try:
            self.save()
        finally:
            self._sign_on_save = False

    def _saved(self, details: SessionDetails) -> Session:
        """Record the session (or rewrite the draft), signed if asked. Photos chosen on
        the form belong to the record being signed: with photos, the session is saved
        as a draft and signed once they are imported (``sign_after_photos``), so that
        they are not recorded as added after signing."""
        self.sign_after_photos = self._sign_on_save and bool(self.pending_photos)
        sign_now = self._sign_on_save and not self.sign_after_photos
        session = self._session
        if session is not None:
            # Products the form does not show (another product than the glide) are kept.
            original = session.details
            others = tuple(p for p in original.products if p is not original.glide)
            details = replace(details, products=details.products + others)

        def save() -> Session:
            if session is None:
                return self._logbook.record_session(details, sign=sign_now)
            # The version this form read: another room's save since is refused, not lost.
            return self._logbook.update_draft_session(
                session.id, details, sign=sign_now, version=session.version
            )

        if not sign_now:
            return save()
        # The core checks the key before it writes: a passphrase not given saves nothing.
        return signed(
            self._logbook, self._prompter, self, save, meaning=SIGNED_MEANING,
            cancelled="Nothing was saved: signing needs your passphrase. Save and sign "
            "again, or save a draft to sign later.",
        )  # fmt: skip
