"""How records read on screen: dates in local time, depths, reactions; and text shown
as typed, never as markup."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import Qt as TextQt  # Qt's text functions live in QtGui's namespace
from PySide6.QtWidgets import QLabel, QWidget

from logger_app.records import AreaTreatment, Numbing, ReactionObservation

_DATE_FORMAT = "d MMM yyyy"


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), _DATE_FORMAT)


def format_datetime(value: datetime | None) -> str:
    """A stored (UTC) time shown in the practitioner's local time."""
    if value is None:
        return ""
    local = value.astimezone()
    return f"{format_date(local.date())}, {local:%H:%M}"


def format_depth(depth_mm: float) -> str:
    return f"{depth_mm:.2f}".rstrip("0").rstrip(".") + " mm"


def format_areas(areas: tuple[AreaTreatment, ...]) -> str:
    return ", ".join(f"{a.area.label} {format_depth(a.depth_mm)}" for a in areas)


def format_numbing(numbing: Numbing | None) -> str:
    return numbing.describe() if numbing else "None"


def format_reaction(observation: ReactionObservation | None) -> str:
    if observation is None:
        return "None recorded"
    return f"{observation.reaction.label} ({observation.severity.label.lower()})"


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


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
    raise ValueError("Enter the date as YYYY-MM-DD, for example 1988-04-23.")


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
