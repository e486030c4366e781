"""Amend a signed session: choose the field, enter the right value, say why.

The session keeps its signature; the amendment (old value, new value, reason, who, when)
is shown under the record and exported with it. One field per amendment.
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from logger_app.amendments import AmendableField, FieldKind, describe_value
from logger_app.i18n import translate
from logger_app.identity import AMENDED_MEANING
from logger_app.logbook import Logbook
from logger_app.records import Session
from logger_app.vocabulary import MAX_PASSES, Endpoint, ObservedWhen, Severity

from ..common.display import format_datetime, plain_label, rich_label
from ..common.form_support import ErrorLabel, FieldErrors, GuardedForm, save_or_show
from ..common.prompts import Prompter
from .editors import (
    AftercareEditor,
    ChoiceEditor,
    CountEditor,
    DepthEditor,
    Editor,
    NextVisitEditor,
    NotesEditor,
    NumbingEditor,
    ReactionEditor,
    TextEditor,
    cartridge_editor,
    lot_editor,
)
from .signing import signed, signer_name

# Text fields with an editor of their own, as in the session form.
_CARTRIDGE, _LOT = "cartridge", "lot"


def _editors() -> dict[str, Editor]:
    """The editors by the slot they fill (``_slot``)."""
    next_visit = NextVisitEditor("amendDue", "amendDate")
    next_visit.set_day(date.today() + timedelta(weeks=4))  # offered when none was due
    aftercare = AftercareEditor(QWidget(), "amend_")
    aftercare.grid.setContentsMargins(0, 0, 0, 0)
    reaction_names = ("amendReaction", "amendSeverity", "amendObserved", "amendReactionNote")
    numbing_names = (
        "amendNumbing", "amendNumbingAgent", "amendNumbingStrength", "amendNumbingMinutes"
    )  # fmt: skip
    return {
        FieldKind.TEXT: TextEditor("amendText"),
        _CARTRIDGE: cartridge_editor("amendCartridge"),
        _LOT: lot_editor("amendLot"),
        FieldKind.NOTES: NotesEditor("amendNotes"),
        FieldKind.DEPTH: DepthEditor("amendDepth"),
        FieldKind.PASSES: CountEditor("amendPasses", MAX_PASSES, ""),
        FieldKind.DURATION: CountEditor("amendDuration", 600, translate("AmendDialog", " min")),
        FieldKind.ENDPOINT: ChoiceEditor(
            "amendEndpoint", Endpoint, translate("AmendDialog", "Not recorded")
        ),
        FieldKind.SEVERITY: ChoiceEditor("amendSeverityOnly", Severity),
        FieldKind.DATE: next_visit,
        FieldKind.AFTERCARE: aftercare,
        FieldKind.NUMBING: NumbingEditor(numbing_names),
        FieldKind.NEW_REACTION: ReactionEditor(
            reaction_names, ObservedWhen.FOLLOW_UP, labelled=True
        ),
    }


def _slot(field: AmendableField) -> str:
    if field.key == "cartridge":
        return _CARTRIDGE
    if field.key.startswith("products.") and field.key.endswith(".lot"):
        return _LOT
    return field.kind


class AmendDialog(GuardedForm):
    """``amended`` holds the session after the amendment is saved."""

    form_name = "amendment"

    def __init__(
        self,
        logbook: Logbook,
        prompter: Prompter,
        session: Session,
        parent: QWidget | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(prompter, parent)
        self._logbook = logbook
        self._session = session
        self.amended: Session | None = None
        self.fields: list[AmendableField] = logbook.amendable_fields(session.id)
        self.setObjectName("amendDialog")
        self.setWindowTitle(translate("AmendDialog", "Amend a signed session"))
        self.resize(640, 360)
        self._build()
        index = self.field.findData(field) if field else -1
        self.field.setCurrentIndex(index if index >= 0 else 0)
        self._field_chosen()
        self.mark_unchanged()

    def _build(self) -> None:
        s = self._session
        intro = rich_label(
            translate(
                "AmendDialog",
                "<b>Session of {started}</b>, signed by {signer} on {signed}.<br>The record "
                "is read-only: a correction is kept beside it with the value it replaces, the "
                "reason, your name ({name}) and the time, signed with your passphrase: "
                "“{meaning}”",
            ).format(
                started=escape(format_datetime(s.details.started_at)),
                signer=escape(s.signed_by),
                signed=escape(format_datetime(s.signed_at)),
                name=escape(signer_name(self._logbook)),
                meaning=escape(AMENDED_MEANING),
            ),
            objectName="dialogIntro",
        )
        intro.setWordWrap(True)
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("formBanner")
        self.errors = FieldErrors(self.general_error)
        self.field = QComboBox(objectName="amendField")
        group = None
        for item in self.fields:
            if group is not None and item.group != group:
                self.field.insertSeparator(self.field.count())
            group = item.group
            self.field.addItem(item.label, item.key)
        self.field.currentIndexChanged.connect(self._field_chosen)
        self.current = plain_label(objectName="amendCurrent")
        self.current.setWordWrap(True)
        self.editors = _editors()
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        for slot, editor in self.editors.items():
            page = QWidget()  # the editor at its natural height, at the top
            column = QVBoxLayout(page)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(editor.widget)
            column.addStretch(1)
            self._pages[slot] = page
            self.stack.addWidget(page)
        self.reason = QPlainTextEdit(objectName="amendReason")
        self.reason.setPlaceholderText(
            translate(
                "AmendDialog", "Why the record is corrected, e.g. “depth misread from the pen dial”"
            )
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)

        form = QFormLayout()
        form.addRow(translate("AmendDialog", "&Field"), self._with_error(self.field, "field"))
        form.addRow(translate("AmendDialog", "Recorded now"), self.current)
        form.addRow(
            translate("AmendDialog", "&Correct value"), self._with_error(self.stack, "new_value")
        )
        form.addRow(translate("AmendDialog", "&Reason"), self._with_error(self.reason, "reason"))

        self.cancel_button = QPushButton(translate("AmendDialog", "Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(
            translate("AmendDialog", "Save amendment"), objectName="saveAmendment"
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _with_error(self, widget: QWidget, key: str) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(self.errors.register(key, ErrorLabel()))
        return holder

    def chosen_field(self) -> AmendableField:
        key = self.field.currentData()
        return next(item for item in self.fields if item.key == key)

    def editor(self) -> Editor:
        return self.editors[_slot(self.chosen_field())]

    def _field_chosen(self) -> None:
        chosen = self.chosen_field()
        slot = _slot(chosen)
        self.editors[slot].set_value(chosen.current)
        # The stack is as tall as the editor shown, not as the tallest one.
        for shown, page in self._pages.items():
            vertical = QSizePolicy.Policy.Preferred if shown == slot else QSizePolicy.Policy.Ignored
            page.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self.stack.setCurrentWidget(self._pages[slot])
        self.stack.adjustSize()
        self.current.setText(
            translate("AmendDialog", "Not yet recorded: add the reaction as it was observed.")
            if chosen.kind is FieldKind.NEW_REACTION
            else describe_value(chosen.kind, chosen.current)
        )
        self.errors.show({})

    def save(self) -> None:
        chosen = self.chosen_field()

        value, reason = self.editor().value(), self.reason.toPlainText()

        def amend() -> Session:
            return self._logbook.amend_session(self._session.id, chosen.key, value, reason)

        def write() -> None:
            # Every amendment is signed: the passphrase is asked again when it is due.
            self.amended = signed(
                self._logbook, self._prompter, self, amend, meaning=AMENDED_MEANING,
                what=translate("AmendDialog", "this amendment"),
                cancelled=translate(
                    "AmendDialog", "Not saved: the amendment is signed with your passphrase."
                ),

            )  # fmt: skip

        if save_or_show(self.errors, self.general_error, write):
            self.mark_unchanged()
            self.accept()
