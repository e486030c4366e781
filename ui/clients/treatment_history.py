"""A client's history as a practitioner reads it: the microneedling sessions and the other
treatments (peels, laser, filler…) in one list, newest first. An other treatment reads
as what it is: its kind and notes where a session has its areas, its lots, who performed
it, in italics and marked "Other treatment"; never a session row with areas or depths."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from logger_app.i18n import translate
from logger_app.records import OtherTreatment, SessionSummary

from ..common.display import format_date, format_datetime, plain_label, plain_tooltip
from ..common.models import RECORD_ID_ROLE, SORT_ROLE, AnyIndex, HistoryModel
from ..common.theme import theme_notifier
from ..session.session_detail import record_style

# The id of an other treatment's row (RECORD_ID_ROLE: a session's id, None on these).
OTHER_TREATMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 3
HistoryRow = SessionSummary | OtherTreatment


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def products_text(treatment: OtherTreatment) -> str:
    return ", ".join(
        translate("ClientHistoryModel", "{product} (lot {lot})").format(
            product=used.product, lot=used.lot
        )
        if used.lot
        else used.product
        for used in treatment.details.products
    )


def _cells(treatment: OtherTreatment) -> list[tuple[str, str]]:
    """(text, tooltip) per column of ``HistoryModel``, by its titles."""
    d = treatment.details
    note = _first_line(d.notes)
    what = f"{d.kind_text} — {note}" if note else d.kind_text
    lots = ", ".join(used.lot for used in d.products if used.lot)
    if treatment.source:
        state = translate("ClientHistoryModel", "Imported")
        state_tip = translate(
            "ClientHistoryModel", "Other treatment, imported from {source}"
        ).format(source=treatment.source)
    else:
        state = translate("ClientHistoryModel", "Other treatment")
        state_tip = translate(
            "ClientHistoryModel", "Other treatment recorded here; not a microneedling session"
        )
    day = format_date(d.performed_on)
    # Keyed by the columns' English titles (``HistoryModel.columns``).
    by_title = {
        "Date": (day, translate("ClientHistoryModel", "{date} — other treatment").format(date=day)),
        "Areas and depths": (what, "\n".join(x for x in (d.kind_text, d.notes.strip()) if x)),
        "Device": ("", ""),
        "Numbing": ("", ""),
        "Worst reaction": ("", ""),
        "Lots": (lots, products_text(treatment)),
        "Practitioner": (d.practitioner_name, d.practitioner_name),
        "Record": (state, state_tip),
    }
    return [by_title.get(column.title, ("", "")) for column in HistoryModel.columns]


def _day(row: HistoryRow) -> tuple[date, int, float]:
    if isinstance(row, OtherTreatment):
        return (row.details.performed_on, 0, float(row.id))
    return (row.started_at.astimezone().date(), 1, row.started_at.timestamp())


def merged_history(
    sessions: Sequence[SessionSummary], treatments: Sequence[OtherTreatment]
) -> list[HistoryRow]:
    """Newest first; on one day, the sessions (they have a time) above the treatments."""
    return sorted([*sessions, *treatments], key=_day, reverse=True)


class ClientHistoryModel(HistoryModel):
    """``HistoryModel`` over sessions and other treatments (``merged_history``)."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if not isinstance(record, OtherTreatment):
            if role == OTHER_TREATMENT_ID_ROLE:
                return None
            return super().data(index, role)
        text, tip = _cells(record)[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(tip) if tip else None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == OTHER_TREATMENT_ID_ROLE:
            return record.id
        if role == RECORD_ID_ROLE:
            return None
        return None

    def record_id(self, record: HistoryRow) -> int:  # type: ignore[override]
        # Sessions are found by their id; an other treatment never matches one.
        return record.id if isinstance(record, SessionSummary) else -1

    def row_of_treatment(self, treatment_id: int) -> int | None:
        return next(
            (
                i
                for i, record in enumerate(self._rows)
                if isinstance(record, OtherTreatment) and record.id == treatment_id
            ),
            None,
        )

    def session_count(self) -> int:
        return sum(isinstance(record, SessionSummary) for record in self._rows)


def treatment_html(treatment: OtherTreatment) -> str:
    """The treatment's record, laid out like a session's; every piece of user text
    escaped."""
    d = treatment.details
    products = "<br>".join(
        escape(used.product)
        + (
            escape(translate("OtherTreatmentView", " — lot {lot}").format(lot=used.lot))
            if used.lot
            else ""
        )
        for used in d.products
    )
    when = format_datetime(treatment.created_at)
    recorded = escape(
        translate("OtherTreatmentView", "{when} by {name}").format(
            when=when, name=treatment.created_by
        )
        if treatment.created_by
        else when
    )
    facts = [
        (translate("OtherTreatmentView", "Kind"), escape(d.kind.label)),
        (
            translate("OtherTreatmentView", "Practitioner"),
            escape(d.practitioner_name) or escape(translate("OtherTreatmentView", "Not recorded")),
        ),
        (
            translate("OtherTreatmentView", "Products"),
            products or escape(translate("OtherTreatmentView", "None recorded")),
        ),
        (translate("OtherTreatmentView", "Recorded"), recorded),
    ]
    if treatment.source:
        facts.append((translate("OtherTreatmentView", "Imported from"), escape(treatment.source)))
    rows = "".join(
        f"<tr><th valign='top'>{escape(label)}</th><td>{value}</td></tr>" for label, value in facts
    )
    notes = "<br>".join(escape(line) for line in d.notes.splitlines())
    heading = translate("OtherTreatmentView", "{treatment} of {date}").format(
        treatment=d.kind_text, date=format_date(d.performed_on)
    )
    muted = translate(
        "OtherTreatmentView",
        "Another treatment in the client's history: not a microneedling session.",
    )
    notes_title = escape(translate("OtherTreatmentView", "Notes"))
    return (
        f"<h2>{escape(heading)}</h2><p class='muted'>{escape(muted)}</p>"
        f"<table class='facts'>{rows}</table>"
        + (f"<h3>{notes_title}</h3><p>{notes}</p>" if notes else "")
    )


class OtherTreatmentView(QWidget):
    """The selected other treatment's record under a line with Edit… and Delete…, as a
    session's record is under its actions."""

    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.treatment: OtherTreatment | None = None
        self.title = plain_label(objectName="otherTreatmentTitle")
        self.body = QTextBrowser(objectName="otherTreatmentBody")
        self.body.setAccessibleName(translate("OtherTreatmentView", "Other treatment record"))
        self.body.setOpenLinks(False)
        self.edit_button = QPushButton(
            translate("OtherTreatmentView", "Edit…"), objectName="editOtherTreatment"
        )
        self.edit_button.setToolTip(
            translate("OtherTreatmentView", "Change this treatment's record")
        )
        self.delete_button = QPushButton(
            translate("OtherTreatmentView", "Delete…"), objectName="deleteOtherTreatment"
        )
        self.delete_button.setToolTip(
            translate("OtherTreatmentView", "Delete this treatment from the client's history")
        )
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        # A bound method, not a lambda: the connection goes with the view.
        theme_notifier().changed.connect(self._theme_changed)

    def _theme_changed(self) -> None:
        self.show_treatment(self.treatment)

    def _emit(self, signal) -> None:
        if self.treatment is not None:
            signal.emit(self.treatment.id)

    def show_treatment(self, treatment: OtherTreatment | None) -> None:
        self.treatment = treatment
        self.body.document().setDefaultStyleSheet(record_style())
        if treatment is None:
            self.title.setText("")
            self.body.setHtml("")
            return
        # Not signed like a session: it can be changed; the audit log keeps each change.
        self.title.setText(
            translate("OtherTreatmentView", "Other treatment (imported)")
            if treatment.source
            else translate("OtherTreatmentView", "Other treatment")
        )
        self.body.setHtml(treatment_html(treatment))
