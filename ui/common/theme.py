"""The app's colours: one table, a light and a dark column. The style sheet
(``resources/style.qss``) names colours as ``@role``; painters and models ask
``color("role")``. Nothing else in ``ui/`` writes a colour literal, so a dark system
palette never puts light text on a light panel."""

from __future__ import annotations

import re
from importlib.resources import files

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from .preferences import APPEARANCE

__all__ = ["APPEARANCE", "THEME", "apply_theme", "color", "hex_color", "theme_notifier"]

APPEARANCES = ("system", "light", "dark")

# role: (light, dark)
THEME: dict[str, tuple[str, str]] = {
    # Surfaces and text
    "window_bg": ("#f7f8fa", "#1e2226"),
    "base": ("#ffffff", "#262b30"),
    "alternate_base": ("#f4f7fa", "#2a3035"),
    "header_bg": ("#eef2f6", "#2d3339"),
    "text_strong": ("#1f2d3a", "#e8edf2"),
    "text": ("#3c4954", "#d0d7de"),
    "text_muted": ("#55606b", "#aab4be"),
    "text_faint": ("#646e78", "#96a1ac"),
    "heading": ("#35506b", "#9cc3e6"),
    "border": ("#dde2e7", "#3a4148"),
    "border_strong": ("#c5ccd3", "#4a525a"),
    "grid": ("#e3e7eb", "#353c43"),
    # The one accent: primary buttons, selection, links
    "accent": ("#2f6fa8", "#3473b0"),
    "accent_hover": ("#285f90", "#3d82c4"),
    "accent_disabled": ("#a9bccd", "#3a4a5a"),
    "on_accent": ("#ffffff", "#ffffff"),
    "link": ("#2f6fa8", "#7fb2e5"),  # the accent as words on a surface (lighter in dark)
    # Alarm: a stop, a failed check, an error message
    "danger": ("#b3261e", "#f47f76"),
    "danger_text": ("#7a1711", "#ffb4ab"),
    "danger_bg": ("#fdecea", "#3b1d1b"),
    "danger_border": ("#f3b8b2", "#7a2f29"),
    "danger_border_strong": ("#e0675c", "#b3453c"),
    # Attention: a draft, a caution, a notice
    "warning_text": ("#9a5b00", "#f0b45a"),
    "caution": ("#b86e00", "#d08a1c"),
    "notice_text": ("#5b4a00", "#f3dc8a"),
    "notice_bg": ("#fff6d6", "#3a3220"),
    "notice_border": ("#ecd88f", "#6d5c25"),
    "pending_bg": ("#fff8ec", "#3a2f1e"),
    "pending_border": ("#e5b567", "#8a6a2d"),
    # The "Stop" and "Caution" badges: white words on a solid colour, in both
    "stop_badge": ("#b3261e", "#b3261e"),
    "caution_badge": ("#9a5b00", "#9a5b00"),
    # Calm: signed, verified, done
    "ok_text": ("#2f5d3a", "#8fd19e"),
    "ok_bg": ("#f1f8f2", "#1f3324"),
    "ok_border": ("#a9d2b0", "#3f6b48"),
    # Severity of a reaction (history, trends, maps): none, mild, moderate, severe
    # (legible as text on a table's rows: the history colours its reaction column so)
    "severity_none": ("#646e78", "#96a1ac"),
    "severity_mild": ("#2f6fa8", "#7fb2e5"),
    "severity_moderate": ("#9a5b00", "#f0b45a"),
    "severity_severe": ("#b3261e", "#f47f76"),
    "archived": ("#646e78", "#96a1ac"),
    "draft_mark": ("#c27c0e", "#e0a82e"),  # the dot before a draft in the history (3:1)
    "chart_line": ("#8a96a3", "#7d8790"),  # the line joining a chart's points
    # The face and body chart: the figure, an untreated zone, and a treated zone's fill
    # by needle depth (up to 0.5, 1.0, 1.5 mm, deeper), light to dark in both themes.
    "silhouette": ("#f1ede8", "#343a40"),
    "zone_idle": ("#e2e8ee", "#46505a"),
    "depth_1": ("#c7e9b4", "#c7e9b4"),
    "depth_2": ("#41b6c4", "#41b6c4"),
    "depth_3": ("#225ea8", "#4f86d8"),
    "depth_4": ("#5b1a8e", "#a77bdc"),
    # Paper-like surfaces that stay light in both (the signature pad: ink on paper)
    "paper": ("#ffffff", "#ffffff"),
    "ink": ("#14213d", "#14213d"),
    "paper_rule": ("#c5ccd3", "#c5ccd3"),  # the pad's frame
    "paper_hint": ("#6b7580", "#6b7580"),  # the line to sign on, and its words
    # Photos are looked at on a dark backdrop in both (a white one glares around skin)
    "photo_backdrop": ("#1e2226", "#15181b"),
    "photo_backdrop_text": ("#f3b8b2", "#f3b8b2"),
    "photo_divider": ("#ffffff", "#ffffff"),
}

_ROLE = re.compile(r"@([a-z_]+)")


class ThemeNotifier(QObject):
    """``changed`` after ``apply_theme``: what paints with ``color()`` outside the style
    sheet (an HTML document's CSS, a chart) paints again."""

    changed = Signal()


_NOTIFIER: list[ThemeNotifier] = []


def theme_notifier() -> ThemeNotifier:
    if not _NOTIFIER:
        _NOTIFIER.append(ThemeNotifier())
    return _NOTIFIER[0]


def dark_chosen(app: QGuiApplication | None = None) -> bool:
    """Whether the window is dark: the preference, or the desktop's own scheme."""
    choice = APPEARANCE.get()
    if choice in ("light", "dark"):
        return choice == "dark"
    app = app or QGuiApplication.instance()  # type: ignore[assignment]
    if app is None:
        return False
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark() -> bool:
    """Whether the theme in use is the dark one (set by ``apply_theme``)."""
    app = QApplication.instance()
    return bool(app is not None and app.property("logbook_dark"))


def color(role: str) -> QColor:
    """The colour of ``role`` in the theme in use (KeyError for an unknown role)."""
    light, dark = THEME[role]
    return QColor(dark if is_dark() else light)


def hex_color(role: str) -> str:
    """``color(role)`` as ``#rrggbb``, for the style sheet of an HTML document."""
    return color(role).name()


def tinted(html: str, role: str) -> str:
    """``html`` (already escaped) in a span of ``role``'s colour now."""
    return f"<span style='color:{hex_color(role)}'>{html}</span>"


def style_sheet(dark: bool) -> str:
    """``resources/style.qss`` with each ``@role`` replaced by its colour."""
    template = files("resources").joinpath("style.qss").read_text(encoding="utf-8")
    column = 1 if dark else 0
    return _ROLE.sub(lambda match: THEME[match.group(1)][column], template)


def palette(dark: bool) -> QPalette:
    """Qt's palette from the same table, so plain widgets match the styled ones."""
    column = 1 if dark else 0

    def of(role: str) -> QColor:
        return QColor(THEME[role][column])

    result = QPalette()
    group = QPalette.ColorGroup
    roles = QPalette.ColorRole
    for colour_group in (group.Active, group.Inactive, group.Disabled):
        for palette_role, theme_role in (
            (roles.Window, "window_bg"),
            (roles.WindowText, "text_strong"),
            (roles.Base, "base"),
            (roles.AlternateBase, "alternate_base"),
            (roles.Text, "text_strong"),
            (roles.Button, "header_bg"),
            (roles.ButtonText, "text_strong"),
            (roles.BrightText, "on_accent"),
            (roles.Highlight, "accent"),
            (roles.HighlightedText, "on_accent"),
            (roles.ToolTipBase, "base"),
            (roles.ToolTipText, "text_strong"),
            (roles.PlaceholderText, "text_faint"),
            (roles.Link, "link"),
            (roles.Light, "border"),
            (roles.Midlight, "border"),
            (roles.Mid, "border_strong"),
            (roles.Dark, "border_strong"),
            (roles.Shadow, "border_strong"),
        ):
            result.setColor(colour_group, palette_role, of(theme_role))
    for disabled_role in (roles.WindowText, roles.Text, roles.ButtonText):
        result.setColor(group.Disabled, disabled_role, of("text_faint"))
    return result


def apply_theme(app: QApplication, dark: bool | None = None) -> None:
    """Style ``app`` light or dark (None: as chosen, see ``dark_chosen``)."""
    dark = dark_chosen(app) if dark is None else dark
    app.setProperty("logbook_dark", dark)
    app.setPalette(palette(dark))
    app.setStyleSheet(style_sheet(dark))
    theme_notifier().changed.emit()


def severity_color(severity: int) -> QColor:
    """The colour of a reaction's severity (0 none … 3 severe): one mapping for the
    history, the trends and the maps, so a severity reads the same everywhere."""
    return color(_SEVERITY_ROLES[int(severity)])


_SEVERITY_ROLES = ("severity_none", "severity_mild", "severity_moderate", "severity_severe")


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2's contrast ratio of two colours, 1 (same) to 21 (black on white); text
    wants at least 4.5."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(c) for c in colour.getRgbF()[:3])
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
