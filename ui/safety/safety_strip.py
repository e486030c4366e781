"""The client page's "Screening & consent" line: what is on file, at a glance, with the
buttons to record a new screening or consent."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from logger_app.i18n import translate
from logger_app.logbook import Logbook
from logger_app.records import Client, Consent, SafetySettings, Screening
from logger_app.screening import add_months

from ..common.display import format_date
from ..common.theme import hex_color
from .screening_form import flagged

# Theme roles: what needs attention (missing, out of date), what the screening found.
AMBER = "warning_text"
RED = "danger"


def _coloured(text: str, role: str) -> str:
    return f"<span style='color:{hex_color(role)}'>{escape(text)}</span>"


def safety_summary_html(
    screening: Screening | None,
    consent: Consent | None,
    settings: SafetySettings,
    today: date,
) -> str:
    """The line "Screened 3 Mar 2026 · consent v2 signed 3 Mar 2026", with what needs
    attention in amber (missing, out of date) and what the screening found in red."""
    if screening is None:
        parts = [_coloured(translate("SafetyStrip", "No screening on file"), AMBER)]
    else:
        on = screening.details.screened_on
        text = escape(translate("SafetyStrip", "Screened {date}").format(date=format_date(on)))
        months = settings.screening_valid_months
        if today > add_months(on, months):
            late = (
                translate("SafetyStrip", "Screened {date}, over 1 month ago")
                if months == 1
                else translate("SafetyStrip", "Screened {date}, over {count} months ago")
            )
            text = _coloured(late.format(date=format_date(on), count=months), AMBER)
        found = flagged(screening.details)
        if found:
            text += " — " + _coloured(", ".join(found), RED)
        parts = [text]
    if consent is None:
        parts.append(_coloured(translate("SafetyStrip", "no consent on file"), AMBER))
    else:
        d = consent.details
        text = escape(
            translate("SafetyStrip", "consent v{version} signed {date}").format(
                version=d.consent_version, date=format_date(d.signed_on)
            )
        )
        current = settings.consent_version.strip()
        if current and d.consent_version.strip() != current:
            text += " " + _coloured(
                translate("SafetyStrip", "(current text: v{version})").format(version=current),
                AMBER,
            )
        parts.append(text)
    return " · ".join(parts)


class SafetyStrip(QWidget):
    screening_requested = Signal()
    consent_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(
            translate("SafetyStrip", "Screening & consent:"), objectName="safetyTitle"
        )
        self.summary = QLabel(objectName="safetySummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.screening_button = QPushButton(
            translate("SafetyStrip", "New screening…"), objectName="newScreening"
        )
        self.screening_button.setToolTip(
            translate("SafetyStrip", "Ask the contraindication questions and record them")
        )
        self.screening_button.clicked.connect(self.screening_requested)
        self.consent_button = QPushButton(
            translate("SafetyStrip", "Consent…"), objectName="newConsent"
        )
        self.consent_button.setToolTip(
            translate("SafetyStrip", "Record the client's signed consent to treatment")
        )
        self.consent_button.clicked.connect(self.consent_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.title)
        row.addWidget(self.summary, 1)
        row.addWidget(self.screening_button)
        row.addWidget(self.consent_button)

    def show_client(self, logbook: Logbook, client: Client, today: date) -> None:
        self.summary.setText(
            safety_summary_html(
                logbook.latest_screening(client.id, today),
                logbook.latest_consent(client.id, today),
                logbook.safety_settings(),
                today,
            )
        )
