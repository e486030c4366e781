"""How records read on screen: dates in local time, depths, reactions; and text shown
as typed, never as markup."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale, Qt
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

_DATE_FORMAT = "d MMM yyyy"  # the core's English "3 Mar 2026", for date boxes
# strftime's fields of a numeric day (the installed conventions') in Qt's spelling.
_QT_FIELDS = {"%d": "dd", "%m": "MM", "%Y": "yyyy"}


def format_date(value: date | None) -> str:
    """ "3 Mar 2026", "03.03.2026" in German: the installed conventions, as the core's."""
    return date_text(value)


def date_edit_format() -> str:
    """The display format of a date box in the installed language: "d MMM yyyy" in
    English, "dd.MM.yyyy" in German. Asked for when the box is made."""
    numeric = conventions().date_format
    if numeric is None:
        return _DATE_FORMAT
    for field, qt_field in _QT_FIELDS.items():
        numeric = numeric.replace(field, qt_field)
    return numeric


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
    """A date typed as YYYY-MM-DD, in the language's numeric form ("21.03.2026" in
    German), in the locale's short form, as "21.3.2026" or "21 Mar 2026" (English month
    names in any language); None when blank.

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
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    formats = (date_edit_format(), short if "yyyy" in short else short.replace("yy", "yyyy"))
    for reading, fmt in (
        *((locale, fmt) for fmt in formats),
        (locale, "d.M.yyyy"),
        (locale, "d MMM yyyy"),
        (QLocale(QLocale.Language.English), "d MMM yyyy"),
    ):
        parsed = reading.toDate(text, fmt)
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
