"""The session form: what a practitioner fills in during a treatment.

Laid out in two columns to fit one screen: the set-up on the left (when, who, device,
numbing, glide), what happened on the right (areas and depths, reactions, aftercare).
"""

from __future__ import annotations

from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from logger_app.errors import LogbookError, ValidationError
from logger_app.logbook import Logbook
from logger_app.records import Client, ProductUse, Session, SessionDetails
from logger_app.vocabulary import (
    CARTRIDGE_SUGGESTIONS,
    DEFAULT_NEXT_VISIT_WEEKS,
    GLIDE_SUGGESTIONS,
    Device,
    Endpoint,
    ProductRole,
)

from ..common.display import format_date, rich_label
from ..common.form_support import (
    ErrorLabel,
    FieldErrors,
    GuardedForm,
    combo_enum,
    show_not_saved,
    with_error_label,
)
from ..common.preferences import CURRENT_PRACTITIONER
from ..common.prompts import Prompter
from ..photos.photo_import import IMAGE_FILTER, dropped_files
from ..safety.safety_panel import SafetyPanel
from .editors import (
    AftercareEditor,
    ChoiceEditor,
    CountEditor,
    NextVisitEditor,
    NotesEditor,
    NumbingEditor,
    editable_combo,
)
from .session_rows import AreaRow, ReactionRow, RowsEditor

# The fields open before the safety warnings are acknowledged.
_BEFORE = ("started_at", "practitioner_name", "duration_minutes")


class SessionDialog(GuardedForm):
    """Record a new session for ``client``, or with ``session`` edit that draft (a signed
    session is never edited: it is amended). ``saved_session`` holds the result."""

    form_name = "session"

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
        self.pending_photos: list[Path] = []
        self.sign_after_photos = False  # "Save and sign" with photos: sign after the import
        self.setAcceptDrops(True)
        self._next_visit_touched = False
        self.setWindowTitle(
            f"{'Edit draft session' if session else 'New session'} – {client.full_name}"
        )
        self.resize(1180, 820)
        self._build()
        self._set_defaults()
        if session is not None:
            self._load(session.details)
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

        title = rich_label(
            f"{'Draft session' if self._session else 'New session'} for "
            f"<b>{escape(self._client.full_name)}</b>",
            objectName="formTitle",
        )
        columns = QHBoxLayout()
        columns.setSpacing(18)
        left = QVBoxLayout()
        right = QVBoxLayout()
        # The needling data stays closed until every safety warning is acknowledged.
        self.setup_part = QWidget(objectName="setupPart")
        setup = QVBoxLayout(self.setup_part)
        setup.setContentsMargins(0, 0, 0, 0)
        self.treatment_part = QWidget(objectName="treatmentPart")
        right = QVBoxLayout(self.treatment_part)
        right.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 2)
        columns.addWidget(self.treatment_part, 3)

        left.addWidget(self._when_and_who())
        self.started_at.dateTimeChanged.connect(self._refresh_warnings)
        setup.addWidget(self._device_group())
        setup.addWidget(self._numbing_group())
        setup.addWidget(self._glide_group())
        setup.addWidget(self._outcome_group())
        left.addWidget(self.setup_part)
        left.addStretch(1)

        self.areas = RowsEditor(
            "areas",
            ["Area", "Depth", "Passes", "Note", ""],
            AreaRow,
            "+ Add area",
            self.errors,
            "No area yet: add each treated area with its needle depth.",
        )
        self.reactions = RowsEditor(
            "reactions",
            ["Reaction", "Severity", "When", "Note", ""],
            ReactionRow,
            "+ Add reaction",
            self.errors,
            "No reaction recorded.",
        )
        right.addWidget(self._boxed("Areas treated", self.areas))
        right.addWidget(self._boxed("Skin reactions", self.reactions))
        right.addWidget(self._aftercare_group())
        self.notes_editor = NotesEditor("notes", "Anything else worth keeping")
        self.notes = self.notes_editor.edit
        self.notes.setMinimumHeight(70)
        right.addWidget(self._boxed("Notes", self.notes, "notes"))
        right.addWidget(self._photos_group())
        right.addStretch(1)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(title)
        content_layout.addWidget(self.general_error)
        content_layout.addWidget(self.safety)
        content_layout.addLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll = scroll

        self.copy_button = QPushButton("Copy settings from last session", objectName="copyLast")
        self.copy_button.setToolTip(
            "Fill device, cartridge, numbing, glide and areas from the previous session"
        )
        self.copy_button.clicked.connect(self.copy_from_last_session)
        self.copy_button.setEnabled(self._previous is not None)
        if self._previous is not None:
            when = format_date(self._previous.details.started_at.astimezone().date())
            self.copy_button.setText(f"Copy settings from last session ({when})")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton("Save draft", objectName="saveSession")
        self.save_button.setDefault(True)
        self.save_button.setToolTip("Save as a draft, to finish and sign later (Ctrl+S)")
        self.save_button.clicked.connect(self.save)
        self.save_sign_button = QPushButton("Save and sign", objectName="saveAndSign")
        self.save_sign_button.setToolTip(
            "Save and sign as the current practitioner: the record becomes read-only "
            "(a later correction is an amendment, with its reason)"
        )
        self.save_sign_button.clicked.connect(self.save_and_sign)
        self.copy_button.setVisible(self._session is None)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_sign_button)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def _boxed(self, title: str, widget: QWidget, key: str | None = None) -> QGroupBox:
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        column.addWidget(widget)
        if key:
            column.addWidget(self.errors.register(key, ErrorLabel()))
        return box

    def _row(self, form: QFormLayout, label: str, widget: QWidget, key: str) -> None:
        form.addRow(label, with_error_label(widget, self.errors, key))

    def _when_and_who(self) -> QGroupBox:
        box = QGroupBox("Session")
        form = QFormLayout(box)
        self.started_at = QDateTimeEdit(objectName="started_at")
        self.started_at.setCalendarPopup(True)
        self.started_at.setDisplayFormat("d MMM yyyy  HH:mm")
        self.started_at.dateTimeChanged.connect(self._follow_session_date)
        self.practitioner = editable_combo(
            "practitioner", tuple(p.name for p in self._logbook.practitioners()), "Your name"
        )
        self.duration_editor = CountEditor("duration", 600, " min", step=5)
        self.duration = self.duration_editor.spin
        self._row(form, "Date and &time", self.started_at, "started_at")
        self._row(form, "&Practitioner", self.practitioner, "practitioner_name")
        self._row(form, "D&uration", self.duration, "duration_minutes")
        return box

    def _device_group(self) -> QGroupBox:
        box = QGroupBox("Device")
        form = QFormLayout(box)
        self.device = QComboBox(objectName="device")
        for device in Device:
            self.device.addItem(device.label, device)
        self.cartridge = editable_combo("cartridge", CARTRIDGE_SUGGESTIONS, "e.g. 16-pin")
        self._row(form, "&Device", self.device, "device")
        self._row(form, "&Cartridge", self.cartridge, "cartridge")
        return box

    def _numbing_group(self) -> QGroupBox:
        names = ("numbing", "numbing_agent", "numbing_strength", "numbing_minutes")
        self.numbing = NumbingEditor(names, self.errors)
        self.numbing_box = self.numbing.box
        self.numbing_agent = self.numbing.agent
        self.numbing_strength = self.numbing.strength
        self.numbing_minutes = self.numbing.minutes
        return self.numbing_box

    def _glide_group(self) -> QGroupBox:
        box = QGroupBox("Glide / serum")
        form = QFormLayout(box)
        self.glide_product = editable_combo("glide_product", GLIDE_SUGGESTIONS, "Product")
        self.glide_lot = QLineEdit(objectName="glide_lot")
        self.glide_lot.setPlaceholderText("Lot number from the vial")
        self._row(form, "Pr&oduct", self.glide_product, "products.0.product")
        self._row(form, "&Lot", self.glide_lot, "products.0.lot")
        return box

    def _outcome_group(self) -> QGroupBox:
        box = QGroupBox("Outcome")
        form = QFormLayout(box)
        self.endpoint_editor = ChoiceEditor("endpoint", Endpoint, "Not recorded")
        self.endpoint = self.endpoint_editor.combo
        self.next_visit_editor = NextVisitEditor("book_next", "next_visit_due")
        self.book_next = self.next_visit_editor.due
        self.next_visit = self.next_visit_editor.edit
        self.next_visit.dateChanged.connect(self._mark_next_visit_touched)
        self._row(form, "&Endpoint reached", self.endpoint, "endpoint")
        self._row(form, "&Next visit", self.next_visit_editor.widget, "next_visit_due")
        return box

    def _aftercare_group(self) -> QGroupBox:
        self.aftercare = AftercareEditor(QGroupBox("Aftercare given"), "aftercare_")
        self.aftercare_boxes = self.aftercare.boxes
        error = self.errors.register("aftercare", ErrorLabel())
        self.aftercare.grid.addWidget(error, 99, 0, 1, 2)
        return self.aftercare.widget

    def _photos_group(self) -> QGroupBox:
        box = QGroupBox("Photos")
        column = QVBoxLayout(box)
        self.photo_list = QListWidget(objectName="pendingPhotos")
        self.photo_list.setMaximumHeight(90)
        self.photo_hint = QLabel(
            "Drop photo files here, or add them: after saving you say what each shows.",
            objectName="emptyHint",
        )
        self.photo_hint.setWordWrap(True)
        add = QPushButton("Add photos…", objectName="attachPhotos")
        add.clicked.connect(self.choose_photos)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        column.addWidget(self.photo_hint)
        column.addWidget(self.photo_list)
        column.addLayout(row)
        self.photo_list.hide()
        return box

    def choose_photos(self) -> None:
        self.attach_photos(self._prompter.open_files(self, "Choose photos", "", IMAGE_FILTER))

    def attach_photos(self, files: list[Path]) -> None:
        for path in files:
            if path not in self.pending_photos:
                self.pending_photos.append(path)
                self.photo_list.addItem(path.name)
        self.photo_list.setVisible(bool(self.pending_photos))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.attach_photos(dropped_files(event))
        event.acceptProposedAction()

    # Defaults and copying
    def _set_defaults(self) -> None:
        self.started_at.setDateTime(QDateTime.currentDateTime())
        self._next_visit_touched = False
        self._follow_session_date()
        remembered = CURRENT_PRACTITIONER.get()
        if any(p.name == self._logbook.actor for p in self._logbook.practitioners()):
            remembered = self._logbook.actor  # who is working now
        if not remembered and self._previous is not None:
            remembered = self._previous.details.practitioner_name
        self.practitioner.setCurrentText(remembered)

    def _follow_session_date(self) -> None:
        """Keep "next visit" four weeks after the session until it is set by hand."""
        if self._next_visit_touched:
            return
        due = self.started_at.date().addDays(7 * DEFAULT_NEXT_VISIT_WEEKS)
        self.next_visit.blockSignals(True)
        self.next_visit.setDate(due)
        self.next_visit.blockSignals(False)

    def _mark_next_visit_touched(self) -> None:
        self._next_visit_touched = True

    def _load(self, details: SessionDetails) -> None:
        """Fill the form with a draft's values, to edit it."""
        self._next_visit_touched = True  # kept as recorded, not moved with the date
        self.started_at.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(details.started_at.timestamp()))
        )
        self.practitioner.setCurrentText(details.practitioner_name)
        self.duration_editor.set_value(details.duration_minutes)
        self.device.setCurrentIndex(self.device.findData(details.device))
        self.cartridge.setCurrentText(details.cartridge)
        self.numbing.set_value(details.numbing)
        glide = details.glide
        self.glide_product.setCurrentText(glide.product if glide else "")
        self.glide_lot.setText(glide.lot if glide else "")
        self.endpoint_editor.set_value(details.endpoint)
        self.next_visit_editor.set_value(details.next_visit_due)
        self.aftercare.set_value(details.aftercare)
        self.notes_editor.set_value(details.notes)
        self.areas.clear()
        for area in details.areas:
            self.areas.add_row().set_value(area)
        self.reactions.clear()
        for reaction in details.reactions:
            self.reactions.add_row().set_value(reaction)

    def copy_from_last_session(self) -> None:
        previous = self._previous
        if previous is None:
            return
        details = previous.details
        self.device.setCurrentIndex(self.device.findData(details.device))
        self.cartridge.setCurrentText(details.cartridge)
        self.numbing.set_value(details.numbing)
        glide = details.glide
        self.glide_product.setCurrentText(glide.product if glide else "")
        self.glide_lot.setText(glide.lot if glide else "")
        self.areas.clear()
        for area in details.areas:
            self.areas.add_row().set_value(area)

    # Reading and checking
    def _collect(self) -> tuple[SessionDetails, dict[str, str], dict[int, int]]:
        """The details as entered, problems only the form can see, and the map from the
        index of each complete area row in the details to its row on screen."""
        problems: dict[str, str] = {}
        areas, area_rows = [], {}
        for row_index, row in enumerate(self.areas.rows):
            value = row.value()
            if value is None:
                problems[f"areas.{row_index}.area"] = "Choose the area, or remove the row."
            else:
                area_rows[len(areas)] = row_index
                areas.append(value)
        reactions = []
        for row_index, row in enumerate(self.reactions.rows):
            value = row.value()
            if value is None:
                problems[f"reactions.{row_index}.reaction"] = (
                    "Choose the reaction, or remove the row."
                )
            else:
                reactions.append((row_index, value))
        products = ()
        product, lot = self.glide_product.currentText().strip(), self.glide_lot.text().strip()
        if product or lot:
            products = (ProductUse(product=product, lot=lot, role=ProductRole.GLIDE),)
        details = SessionDetails(
            client_id=self._client.id,
            started_at=self.started_at.dateTime().toPython().astimezone(),
            practitioner_name=self.practitioner.currentText().strip(),
            device=combo_enum(self.device, Device),
            areas=tuple(areas),
            cartridge=self.cartridge.currentText().strip(),
            duration_minutes=self.duration_editor.value(),
            numbing=self.numbing.value(),
            products=products,
            endpoint=self.endpoint_editor.value(),
            reactions=tuple(value for _, value in reactions),
            aftercare=self.aftercare.value(),
            next_visit_due=self.next_visit_editor.value(),
            notes=self.notes_editor.value().strip(),
            acknowledged=self.safety.acknowledged(),
        )
        reaction_rows = {index: row_index for index, (row_index, _) in enumerate(reactions)}
        if not self.areas.rows:
            problems["areas"] = "Add at least one treated area."
        return details, problems, {"areas": area_rows, "reactions": reaction_rows}

    @staticmethod
    def _on_screen(problems: dict[str, str], rows: dict[str, dict[int, int]]) -> dict[str, str]:
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
        details, problems, rows = self._collect()
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
        if self._session is None:
            return self._logbook.record_session(details, sign=sign_now)
        # Products the form does not show (another product than the glide) are kept.
        original = self._session.details
        others = tuple(p for p in original.products if p is not original.glide)
        details = replace(details, products=details.products + others)
        return self._logbook.update_draft_session(self._session.id, details, sign=sign_now)
