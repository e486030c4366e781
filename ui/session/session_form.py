"""The session form: what a practitioner fills in during a treatment, and its save.

The fields are laid out by ``session_fields``; here are the safety review that opens
them, the photos to import, and saving: the logbook says what saving would meet
(``Logbook.review_session``), the form shows it and asks its questions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from logger_app.errors import LogbookError, ServerUnreachableError, ValidationError
from logger_app.i18n import translate
from logger_app.identity import SIGNED_MEANING
from logger_app.local_drafts import keep_local_draft
from logger_app.logbook import Logbook
from logger_app.records import Client, Session, SessionDetails

from ..common.display import rich_label
from ..common.form_support import ErrorLabel, FieldErrors, GuardedForm, show_not_saved
from ..common.preferences import CURRENT_PRACTITIONER
from ..common.prompts import Prompter
from ..photos.photo_import import dropped_files
from ..safety.safety_panel import SafetyPanel
from .course_start import planned_areas
from .form_buttons import ADD_REACTION_KEYS, REPEAT_KEYS, SAVE_AND_SIGN_KEYS, add_buttons
from .form_focus import chain_form, tab_leaves
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


# Re-checking the warnings while a product or agent is typed waits for a pause.
RECHECK_DELAY_MS = 300


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
            (
                translate("SessionDialog", "Edit draft session – {client}")
                if session
                else translate("SessionDialog", "New session – {client}")
            ).format(client=client.full_name)
        )
        self.resize(1180, 820)
        self._build()
        self._set_defaults()
        if session is not None:
            self.fields.load(session.details)
        else:
            self._start_from_course()
        self._refresh_warnings()
        self.safety.fold_if_done()
        self._follow_the_plan()
        self.first_field().setFocus()
        self.mark_unchanged()

    # Building
    def _build(self) -> None:
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("formBanner")
        self.errors = FieldErrors(self.general_error)
        self.safety = SafetyPanel(self.errors)
        self.safety.changed.connect(self._update_lock)
        self.safety.changed.connect(self._show_field_stops)
        self.safety.folded.connect(self._after_fold)
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
            (
                translate("SessionDialog", "Draft session for <b>{client}</b>")
                if self._session
                else translate("SessionDialog", "New session for <b>{client}</b>")
            ).format(client=escape(self._client.full_name)),
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
        scroll.setAccessibleName(translate("SessionDialog", "Session form"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll = scroll

        buttons = add_buttons(self, self._previous, draft=self._session is not None)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)
        QShortcut(QKeySequence(SAVE_AND_SIGN_KEYS), self, activated=self.save_and_sign)
        QShortcut(QKeySequence(REPEAT_KEYS), self, activated=self._repeat_by_key)
        add_reaction = self.reactions.add_button
        add_reaction.setToolTip(
            translate("SessionDialog", "Add an observed reaction ({keys})").format(
                keys=ADD_REACTION_KEYS
            )
        )
        QShortcut(QKeySequence(ADD_REACTION_KEYS), self, activated=add_reaction.click)

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
        """Fill the form like the last session; the keyboard goes to what is left to
        type (a new vial's lot number)."""
        if self._previous is not None:
            self.fields.repeat(self._previous.details)
            self._refresh_warnings()
            self._fix_tab_order()
            if self.glide_lot.property("newLotNeeded"):
                self.glide_lot.setFocus()

    def _repeat_by_key(self) -> None:
        if self.copy_button.isVisible() and self.copy_button.isEnabled():
            self.copy_from_last_session()

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
        self._recheck.stop()
        self._refresh_warnings()  # what is typed now, without waiting for the pause
        details, problems, rows = self.fields.read(self._client.id, self.safety.acknowledged())
        draft_id = self._session.id if self._session is not None else None
        try:
            review = self._logbook.review_session(
                details, draft_id=draft_id, reasons=self.safety.reasons()
            )
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
            question = "\n".join(q.message for q in review.questions) + translate(
                "SessionDialog", "\n\nSave anyway?"
            )
            if not self._prompter.confirm(
                self,
                translate("SessionDialog", "Depth above the usual range"),
                question,
                translate("SessionDialog", "Save anyway"),
            ):
                self.general_error.show_message(
                    translate(
                        "SessionDialog",
                        "Not saved: change the depth, or save again and confirm it.",
                    )
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
                translate(
                    "SessionDialog", "Nothing was saved: please correct what is marked in red."
                )
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

    def load_kept(self, details: SessionDetails, reasons: Mapping[str, str] | None = None) -> None:
        """Fill the form with a session kept on this computer (its warnings reviewed
        again: what applies may have changed since; the stops' reasons typed then stay)."""
        self.fields.load(details)
        self._refresh_warnings()
        self.safety.fill_reasons(reasons or {})

    def keep_as_local_draft(self) -> Path:
        """Write what the form holds to the data folder's drafts/ and close the form."""
        details, _, _ = self.fields.read(self._client.id, self.safety.acknowledged())
        session_id = self._session.id if self._session is not None else None
        path = keep_local_draft(
            self._logbook.data_dir,
            details,
            session_id,
            self._logbook.data_key,
            reasons=self.safety.reasons(),
        )
        self.mark_unchanged()
        self.done(0)
        return path

    def _warnings_changed(self) -> bool:
        """What applies changed since the form opened: show it, to review; True when
        something is left to acknowledge."""
        self._refresh_warnings()
        return not self.safety.all_acknowledged()

    # Safety: the warnings that apply, acknowledged before the needling data opens
    def _follow_the_plan(self) -> None:
        """Re-check the warnings as the session's areas, numbing and products change."""
        self._recheck = QTimer(self, singleShot=True, interval=RECHECK_DELAY_MS)
        self._recheck.timeout.connect(self._refresh_warnings)
        self.areas.changed.connect(self._rows_changed)
        self.reactions.changed.connect(self._fix_tab_order)
        self.numbing_box.toggled.connect(self._refresh_warnings)
        for combo in (self.numbing_agent, self.glide_product):
            combo.currentTextChanged.connect(self._recheck.start)
            combo.activated.connect(self._refresh_warnings)
            combo.lineEdit().editingFinished.connect(self._refresh_warnings)
        tab_leaves(self.started_at, self.next_visit)
        self._fix_tab_order()

    # Focus and Tab: the first field at opening, Tab in the order shown (added rows too)
    def _fix_tab_order(self) -> None:
        if hasattr(self, "save_sign_button"):  # once built
            chain_form(self)

    def first_field(self) -> QWidget:
        """The first thing to fill in, from the top: a warning to review, else the date."""
        if not self.safety.all_acknowledged() and self.safety.groups:
            return self.safety.first_pending()
        return self.started_at

    def _after_fold(self) -> None:
        """All reviewed: the keyboard goes on to the session's fields."""
        self._fix_tab_order()
        self.started_at.setFocus()

    def _show_field_stops(self) -> None:
        if hasattr(self, "fields"):
            reviewed = set(self.safety.acknowledged())
            reasons = {c: r for c, r in self.safety.reasons().items() if c in reviewed}
            self.fields.show_allergy_stops(self.safety.warnings, reasons)

    def _rows_changed(self) -> None:
        self._refresh_warnings()
        self._fix_tab_order()

    def _refresh_warnings(self) -> None:
        started = self.started_at.dateTime().toPython().astimezone()
        planned, _, _ = self.fields.read(self._client.id, ())
        reviewed: set[tuple[str, str]] = set()
        reasons: dict[str, str] = {}
        draft_id = None
        if self._session is not None:  # a draft: what was acknowledged when it was saved
            draft_id = self._session.id
            reviewed = {(a.code, a.message) for a in self._session.acknowledgements}
            reasons = {a.code: a.reason for a in self._session.acknowledgements}
        warnings = self._logbook.warnings_for_new_session(
            self._client.id, started, planned, draft_id
        )
        self.safety.set_warnings(warnings, reviewed, reasons)
        self._show_field_stops()
        self._fix_tab_order()
        self._update_lock()

    def _refuse_unreviewed(self, problems: dict[str, str] | None = None) -> None:
        """Nothing is saved before every warning is acknowledged: say so next to each."""
        self.safety.unfold()
        self.errors.show((problems or {}) | self.safety.problems())
        self.general_error.show_message(
            translate(
                "SessionDialog",
                "Nothing was saved: review each point under “Before you start” first.",
            )
        )
        self._scroll.ensureWidgetVisible(self.safety)

    def _update_lock(self) -> None:
        ready = self.safety.record_reviewed()
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
        reasons = self.safety.reasons()
        if session is not None:
            # Products the form does not show (another product than the glide) are kept.
            original = session.details
            others = tuple(p for p in original.products if p is not original.glide)
            details = replace(details, products=details.products + others)

        def save() -> Session:
            if session is None:
                return self._logbook.record_session(details, sign=sign_now, reasons=reasons)
            # The version this form read: another room's save since is refused, not lost.
            return self._logbook.update_draft_session(
                session.id, details, sign=sign_now, version=session.version, reasons=reasons
            )

        if not sign_now:
            return save()
        # The core checks the key before it writes: a passphrase not given saves nothing.
        return signed(
            self._logbook, self._prompter, self, save, meaning=SIGNED_MEANING,
            cancelled=translate(
                "SessionDialog",
                "Nothing was saved: signing needs your passphrase. Save and sign "
                "again, or save a draft to sign later.",
            ),

        )  # fmt: skip
