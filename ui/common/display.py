"""How records read on screen: dates in local time, depths, reactions; and text shown
as typed, never as markup."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import Qt as TextQt  # Qt's text functions live in QtGui's namespace
from PySide6.QtWidgets import QLabel, QWidget

from logger_app.i18n import conventions, translate
from logger_app.records import AreaTreatment, Numbing, ReactionObservation
from logger_app.text import age_on, date_text, datetime_text, depth_text

__all__ = [
    "age_on",
    "button_text",
    "date_edit_format",
    "format_areas",
    "format_date",
    "format_datetime",
    "format_depth",
    "format_number",
    "format_numbing",
    "format_reaction",
    "parse_date_text",
    "plain_label",
    "plain_tooltip",
    "rich_label",
]

_DATE_FORMAT = "d MMM yyyy"  # the core's "3 Mar 2026", in the locale's month names and digits
# strftime's fields as Qt's date formats write them (a language's numeric day format).
_QT_FIELDS = {"%d": "dd", "%m": "MM", "%Y": "yyyy", "%y": "yy"}


def date_edit_format() -> str:
    """The display format of a date box: "3 Mar 2026", or the language's numeric one
    ("03.03.2026" in German), as the records write days."""
    numeric = conventions().date_format
    if numeric is None:
        return _DATE_FORMAT
    for field, qt_field in _QT_FIELDS.items():
        numeric = numeric.replace(field, qt_field)
    return numeric


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    if conventions().date_format is not None:
        return date_text(value)  # the language's numeric form, as the core writes it
    return QLocale().toString(QDate(value.year, value.month, value.day), _DATE_FORMAT)


def format_datetime(value: datetime | None) -> str:
    """A stored (UTC) time shown in the practitioner's local time."""
    return datetime_text(value, format_date)


format_depth = depth_text


def format_number(number: int) -> str:
    """A whole number with the language's thousands separator: "2,400", "2.400"."""
    return f"{number:,}".replace(",", conventions().thousands_separator)


def format_areas(areas: tuple[AreaTreatment, ...]) -> str:
    return ", ".join(f"{a.area.label} {format_depth(a.depth_mm)}" for a in areas)


def format_numbing(numbing: Numbing | None) -> str:
    return numbing.describe() if numbing else translate("CommonDisplay", "None")


def format_reaction(observation: ReactionObservation | None) -> str:
    if observation is None:
        return translate("CommonDisplay", "None recorded")
    return translate("CommonDisplay", "{reaction} ({severity})").format(
        reaction=observation.reaction.label, severity=observation.severity.label.lower()
    )


def parse_date_text(text: str) -> date | None:
    """A date typed as YYYY-MM-DD or in the locale's short form; None when blank.

    Raises ValueError with a message fit to show next to the field.
    """
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    locale = QLocale()
    for fmt in (locale.dateFormat(QLocale.FormatType.ShortFormat), "d.M.yyyy", "d MMM yyyy"):
        parsed = locale.toDate(text, fmt.replace("yy", "yyyy") if "yyyy" not in fmt else fmt)
        if parsed.isValid():
            return parsed.toPython()
    raise ValueError(
        translate("CommonDisplay", "Enter the date as YYYY-MM-DD, for example 1988-04-23.")
    )


# Text typed by someone (names, notes, lots, file names, audit details) is shown as typed.
# Qt renders a label's or a tooltip's text as HTML whenever it looks like HTML: a client
# named "<img src='file:///…'>" would make the window load that file. Labels showing data
# are plain text; deliberate markup escapes (html.escape) every piece of data it holds.


def plain_label(text: str = "", parent: QWidget | None = None, **properties: object) -> QLabel:
    """A label that shows its text literally, whatever it is set to later."""
    label = QLabel(text, parent, **properties)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def rich_label(html: str = "", parent: QWidget | None = None, **properties: object) -> QLabel:
    """A label of deliberate markup: every piece of data in it must be escaped. Rich
    always, so that escaped data (``&lt;``) never shows as its entity."""
    label = QLabel(html, parent, **properties)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def plain_tooltip(text: str) -> str:
    """Tooltip text that shows as typed (Qt renders a tooltip as HTML when it looks like
    HTML): such text is escaped into a paragraph, anything else is left as it is."""
    if not TextQt.mightBeRichText(text):
        return text
    return TextQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def button_text(text: str) -> str:
    """Data on a button, check box or group box title: "&" stays an ampersand instead
    of marking the shortcut letter."""
    return text.replace("&", "&&")
