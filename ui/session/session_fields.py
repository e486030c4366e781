"""The session form's fields, in two columns to fit one screen: the set-up on the left
(when, who, device, numbing, glide, outcome), what happened on the right (areas and
depths, reactions, aftercare, notes). Filled from a draft or from the last session, and
read back as the details to save."""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translate
from logger_app.records import SafetyWarning, SessionDetails
from logger_app.vocabulary import (
    CARTRIDGE_SUGGESTIONS,
    DEFAULT_NEXT_VISIT_WEEKS,
    Device,
    Endpoint,
    suggestions,
)

from ..common.display import date_edit_format, plain_label
from ..common.form_support import ErrorLabel, FieldErrors, with_error_label
from .area_chart_link import AreasPanel
from .editors import (
    AftercareEditor,
    ChoiceEditor,
    CountEditor,
    GlideEditor,
    NextVisitEditor,
    NotesEditor,
    NumbingEditor,
    editable_combo,
)
from .session_rows import AreaRow, ReactionRow, RowsEditor


def _stop_label(box: QWidget, what: str) -> QLabel:
    """A line at the end of ``box``'s form, hidden until there is a stop to say."""
    label = plain_label(objectName="fieldStop")
    label.setAccessibleName(translate("SessionFields", "Allergy stop: {what}").format(what=what))
    label.setWordWrap(True)
    label.hide()
    box.layout().addRow(label)
    return label


# Where the details' rows show on screen: {"areas": {index in details: row}, ...}
RowMap = dict[str, dict[int, int]]


class SessionFields:
    """Every field of a session. ``when_and_who`` stays open; ``setup_part`` and
    ``treatment_part`` hold the needling data, closed until the safety review is done."""

    def __init__(self, errors: FieldErrors, practitioners: tuple[str, ...]) -> None:
        self.errors = errors
        self._next_visit_touched = False
        self.when_and_who = QGroupBox(translate("SessionFields", "Session"))
        form = QFormLayout(self.when_and_who)
        self.started_at = QDateTimeEdit(objectName="started_at")
        self.started_at.setCalendarPopup(True)
        self.started_at.setDisplayFormat(f"{date_edit_format()}  HH:mm")
        self.started_at.dateTimeChanged.connect(self._follow_session_date)
        self.practitioner = editable_combo(
            "practitioner", practitioners, translate("SessionFields", "Your name")
        )
        self.duration_editor = CountEditor(
            "duration", 600, translate("SessionFields", " min"), step=5
        )
        self.duration = self.duration_editor.spin
        self._row(form, translate("SessionFields", "Date and &time"), self.started_at, "started_at")
        self._row(
            form,
            translate("SessionFields", "&Practitioner"),
            self.practitioner,
            "practitioner_name",
        )
        self._row(form, translate("SessionFields", "D&uration"), self.duration, "duration_minutes")

        self.setup_part = QWidget(objectName="setupPart")
        setup = QVBoxLayout(self.setup_part)
        setup.setContentsMargins(0, 0, 0, 0)
        setup.addWidget(self._device_group())
        names = ("numbing", "numbing_agent", "numbing_strength", "numbing_minutes")
        self.numbing = NumbingEditor(names, errors)
        self.numbing_box = self.numbing.box
        self.numbing_agent = self.numbing.agent
        self.numbing_strength = self.numbing.strength
        self.numbing_minutes = self.numbing.minutes
        setup.addWidget(self.numbing_box)
        self.glide = GlideEditor(("glide_product", "glide_lot"), errors)
        self.glide_product, self.glide_lot = self.glide.product, self.glide.lot
        setup.addWidget(self.glide.widget)
        # An allergy on file named by what is chosen: said at the field itself.
        self.allergy_stops = {
            "allergy_match.numbing": _stop_label(
                self.numbing_box, translate("SessionFields", "the numbing agent")
            ),
            "allergy_match.products.0": _stop_label(
                self.glide.widget, translate("SessionFields", "the product")
            ),
        }
        setup.addWidget(self._outcome_group())

        self.treatment_part = QWidget(objectName="treatmentPart")
        right = QVBoxLayout(self.treatment_part)
        right.setContentsMargins(0, 0, 0, 0)
        self.areas = RowsEditor(
            "areas",
            [
                translate("SessionFields", "Area"),
                translate("SessionFields", "Depth"),
                translate("SessionFields", "Passes"),
                translate("SessionFields", "Note"),
                "",
            ],
            AreaRow,
            translate("SessionFields", "+ Add area"),
            errors,
            translate("SessionFields", "No area yet: add each treated area with its needle depth."),
        )
        self.reactions = RowsEditor(
            "reactions",
            [
                translate("SessionFields", "Reaction"),
                translate("SessionFields", "Severity"),
                translate("SessionFields", "When"),
                translate("SessionFields", "Note"),
                "",
            ],
            ReactionRow,
            translate("SessionFields", "+ Add reaction"),
            errors,
            translate("SessionFields", "No reaction recorded."),
        )
        self.areas_panel = AreasPanel(self.areas)  # the face and body chart above the rows
        self.area_chart = self.areas_panel.chart
        right.addWidget(self._boxed(translate("SessionFields", "Areas treated"), self.areas_panel))
        right.addWidget(self._boxed(translate("SessionFields", "Skin reactions"), self.reactions))
        self.aftercare = AftercareEditor(
            QGroupBox(translate("SessionFields", "Aftercare given")), "aftercare_"
        )
        self.aftercare_boxes = self.aftercare.boxes
        self.aftercare.grid.addWidget(errors.register("aftercare", ErrorLabel()), 99, 0, 1, 2)
        right.addWidget(self.aftercare.widget)
        self.notes_editor = NotesEditor(
            "notes", translate("SessionFields", "Anything else worth keeping")
        )
        self.notes = self.notes_editor.edit
        self.notes.setMinimumHeight(70)
        right.addWidget(self._boxed(translate("SessionFields", "Notes"), self.notes, "notes"))

    def show_allergy_stops(
        self, warnings: list[SafetyWarning], reasons: dict[str, str] | None = None
    ) -> None:
        """A stop next to the numbing agent or product that matches an allergy on file;
        ``reasons``: those gone on past, with their reason."""
        messages = {w.code: w.message for w in warnings}
        for code, label in self.allergy_stops.items():
            message = messages.get(code)
            if message and code in (reasons or {}):
                label.setText(
                    translate(
                        "SessionFields", "STOP — {message} Gone on with your reason: {reason}"
                    ).format(message=message, reason=reasons[code])
                )
                label.setVisible(True)
                continue
            label.setText(
                translate(
                    "SessionFields",
                    "STOP — {message} Review it under “Before you start”, with your reason.",
                ).format(message=message)
                if message
                else ""
            )
            label.setVisible(bool(message))

    def tab_widgets(self) -> list[QWidget]:
        """Every input in the order shown: the left column down, then the right one."""
        left = [
            self.started_at, self.practitioner, self.duration, self.device, self.cartridge,
            self.numbing_box, self.numbing_agent, self.numbing_strength, self.numbing_minutes,
            self.glide_product, self.glide_lot, self.endpoint, self.book_next, self.next_visit,
        ]  # fmt: skip
        # The chart is one stop before the area rows (arrows move inside it); folded, its
        # "Show chart" button stands in (Qt skips whichever is hidden).
        right: list[QWidget] = [self.area_chart.canvas, self.areas_panel.show_button]
        for editor in (self.areas, self.reactions):
            for row in editor.rows:
                right += row.widgets()
            right.append(editor.add_button)
        right += list(self.aftercare_boxes.values())  # row by row, as laid out
        return left + right + [self.notes]

    def _boxed(self, title: str, widget: QWidget, key: str | None = None) -> QGroupBox:
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        column.addWidget(widget)
        if key:
            column.addWidget(self.errors.register(key, ErrorLabel()))
        return box

    def _row(self, form: QFormLayout, label: str, widget: QWidget, key: str) -> None:
        form.addRow(label, with_error_label(widget, self.errors, key))

    def _device_group(self) -> QGroupBox:
        box = QGroupBox(translate("SessionFields", "Device"))
        form = QFormLayout(box)
        self.device_editor = ChoiceEditor("device", Device)
        self.device = self.device_editor.combo
        self.cartridge = editable_combo(
            "cartridge",
            suggestions(CARTRIDGE_SUGGESTIONS),
            translate("SessionFields", "e.g. 16-pin"),
        )
        self._row(form, translate("SessionFields", "&Device"), self.device, "device")
        self._row(form, translate("SessionFields", "&Cartridge"), self.cartridge, "cartridge")
        return box

    def _outcome_group(self) -> QGroupBox:
        box = QGroupBox(translate("SessionFields", "Outcome"))
        form = QFormLayout(box)
        self.endpoint_editor = ChoiceEditor(
            "endpoint", Endpoint, translate("SessionFields", "Not recorded")
        )
        self.endpoint = self.endpoint_editor.combo
        self.next_visit_editor = NextVisitEditor("book_next", "next_visit_due")
        self.book_next = self.next_visit_editor.due
        self.next_visit = self.next_visit_editor.edit
        self.next_visit.dateChanged.connect(self._mark_next_visit_touched)
        self._row(form, translate("SessionFields", "&Endpoint reached"), self.endpoint, "endpoint")
        self._row(
            form,
            translate("SessionFields", "&Next visit"),
            self.next_visit_editor.widget,
            "next_visit_due",
        )
        return box

    # Filling
    def start_now(self, practitioner: str) -> None:
        """A new session: now, by ``practitioner``; next visit four weeks on."""
        self.started_at.setDateTime(QDateTime.currentDateTime())
        self._next_visit_touched = False
        self._follow_session_date()
        self.practitioner.setCurrentText(practitioner)

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

    def load(self, details: SessionDetails) -> None:
        """Fill every field with a draft's values, to edit it."""
        self._next_visit_touched = True  # kept as recorded, not moved with the date
        self.started_at.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(details.started_at.timestamp()))
        )
        self.practitioner.setCurrentText(details.practitioner_name)
        self.duration_editor.set_value(details.duration_minutes)
        self.copy_settings(details)
        self.endpoint_editor.set_value(details.endpoint)
        self.next_visit_editor.set_value(details.next_visit_due)
        self.aftercare.set_value(details.aftercare)
        self.notes_editor.set_value(details.notes)
        self.reactions.clear()
        for reaction in details.reactions:
            self.reactions.add_row().set_value(reaction)

    def repeat(self, details: SessionDetails) -> None:
        """A follow-up like ``details``: its settings and areas, endpoint and aftercare;
        every lot number left empty and marked, to be typed from the new vial."""
        self.copy_settings(details)
        self.endpoint_editor.set_value(details.endpoint)
        self.aftercare.set_value(details.aftercare)
        self.glide.ask_new_lot()

    def copy_settings(self, details: SessionDetails) -> None:
        """Device, cartridge, numbing, glide and areas as in ``details``."""
        self.device_editor.set_value(details.device)
        self.cartridge.setCurrentText(details.cartridge)
        self.numbing.set_value(details.numbing)
        self.glide.set_value(details.glide)
        self.areas.clear()
        for area in details.areas:
            self.areas.add_row().set_value(area)

    # Reading
    def read(
        self, client_id: int, acknowledged: tuple[str, ...]
    ) -> tuple[SessionDetails, dict[str, str], RowMap]:
        """The details as entered, problems only the form can see (a row left without
        its area or reaction), and where each complete row of the details shows."""
        problems: dict[str, str] = {}
        areas, area_rows = [], {}
        for row_index, row in enumerate(self.areas.rows):
            value = row.value()
            if value is None:
                problems[f"areas.{row_index}.area"] = translate(
                    "SessionFields", "Choose the area, or remove the row."
                )
            else:
                area_rows[len(areas)] = row_index
                areas.append(value)
        reactions, reaction_rows = [], {}
        for row_index, row in enumerate(self.reactions.rows):
            value = row.value()
            if value is None:
                problems[f"reactions.{row_index}.reaction"] = translate(
                    "SessionFields", "Choose the reaction, or remove the row."
                )
            else:
                reaction_rows[len(reactions)] = row_index
                reactions.append(value)
        details = SessionDetails(
            client_id=client_id,
            started_at=self.started_at.dateTime().toPython().astimezone(),
            practitioner_name=self.practitioner.currentText().strip(),
            device=self.device_editor.value(),
            areas=tuple(areas),
            cartridge=self.cartridge.currentText().strip(),
            duration_minutes=self.duration_editor.value(),
            numbing=self.numbing.value(),
            products=self.glide.value(),
            endpoint=self.endpoint_editor.value(),
            reactions=tuple(reactions),
            aftercare=self.aftercare.value(),
            next_visit_due=self.next_visit_editor.value(),
            notes=self.notes_editor.value().strip(),
            acknowledged=acknowledged,
        )
        if not self.areas.rows:
            problems["areas"] = translate("SessionFields", "Add at least one treated area.")

        return details, problems, {"areas": area_rows, "reactions": reaction_rows}
