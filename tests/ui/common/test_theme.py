"""Every colour comes from the one theme table: no literal in ``ui/`` nor in the style
sheet, every role named there exists, each text role reads on its background in both
columns, and View → Appearance restyles the app at once and is remembered."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from ui.common.preferences import APPEARANCE
from ui.common.theme import THEME, apply_theme, color, contrast_ratio, is_dark, style_sheet

UI = Path(__file__).resolve().parents[3] / "ui"
THEME_MODULE = UI / "common" / "theme.py"

# What a colour literal looks like in Python, Qt or CSS.
LITERALS = (
    re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b"),  # #b3261e, #fff
    re.compile(r"\bQColor\(\s*(?:[\"'\d]|Qt\.)"),  # QColor("white"), QColor(255, 0, 0)
    re.compile(r"\bQt\.GlobalColor\.(?!transparent\b)\w+"),  # Qt.GlobalColor.red
    re.compile(  # "white", 'black'
        r"[\"']\s*(?:white|black|red|green|blue|gr[ae]y|yellow|orange|silver|navy)\s*[\"']",
        re.IGNORECASE,
    ),
    # color: red / background: #fff in a style string (a role's value goes in {…} or @…)
    re.compile(r"\b(?:color|background(?:-color)?)\s*:\s*(?![{@]|transparent\b|none\b)[#\w]"),
)


def colour_literals(text: str) -> list[tuple[int, str]]:
    return [
        (number, line.strip())
        for number, line in enumerate(text.splitlines(), 1)
        if any(pattern.search(line) for pattern in LITERALS)
    ]


def test_the_check_sees_each_kind_of_literal() -> None:
    for line in (
        'QColor("#b3261e")',
        "painter.fillRect(rect, QColor('white'))",
        "item.setForeground(Qt.GlobalColor.red)",
        "label.setStyleSheet('color: #9a5b00;')",
        "<span style='color:red'>",
        "QColor(255, 0, 0)",
    ):
        assert colour_literals(line), line
    for line in (
        "color('danger')",
        "f\"color: {c('heading')}\"",
        "pixmap.fill(Qt.GlobalColor.transparent)",
    ):
        assert not colour_literals(line), line


def test_no_colour_literal_in_ui_outside_the_theme_table() -> None:
    found = [
        f"{path.relative_to(UI.parent)}:{number}: {line}"
        for path in sorted(UI.rglob("*.py"))
        if path != THEME_MODULE
        for number, line in colour_literals(path.read_text(encoding="utf-8"))
    ]
    assert not found, "colour literals outside ui/common/theme.py:\n" + "\n".join(found)


def test_the_style_sheet_names_roles_only_and_each_role_exists() -> None:
    template = files("resources").joinpath("style.qss").read_text(encoding="utf-8")
    assert not re.search(r"#[0-9a-fA-F]{3,6}\b", template)
    unknown = set(re.findall(r"@([a-z_]+)", template)) - set(THEME)
    assert not unknown
    for dark in (False, True):
        assert "@" not in style_sheet(dark)


# Text roles and the surfaces they are written on.
READABLE = [
    (text, background)
    for background in ("window_bg", "base", "alternate_base", "header_bg")
    for text in (
        "text_strong",
        "text",
        "text_muted",
        "text_faint",
        "heading",
        "warning_text",
        "danger",
        "link",
        "archived",
    )
] + [
    ("danger_text", "danger_bg"),
    ("notice_text", "notice_bg"),
    ("ok_text", "ok_bg"),
    ("warning_text", "pending_bg"),
    ("on_accent", "accent"),
    ("on_accent", "stop_badge"),
    ("on_accent", "caution_badge"),
    ("ink", "paper"),
    ("paper_hint", "paper"),
    ("photo_backdrop_text", "photo_backdrop"),
]


@pytest.mark.parametrize("column", [0, 1], ids=["light", "dark"])
@pytest.mark.parametrize(("text", "background"), READABLE, ids=[f"{t}-on-{b}" for t, b in READABLE])
def test_each_text_role_reads_on_its_background(text: str, background: str, column: int) -> None:
    ratio = contrast_ratio(QColor(THEME[text][column]), QColor(THEME[background][column]))
    assert ratio >= 4.5, f"{text} on {background}: {ratio:.2f}"


def test_the_contrast_ratio_is_wcags() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


@pytest.fixture
def restore_light():
    yield
    apply_theme(QApplication.instance(), False)


def test_view_appearance_applies_at_once_and_is_remembered(qtbot, window, restore_light) -> None:
    menu = window.appearance_menu
    assert [a.text() for a in menu.actions()] == ["Follow the &system", "&Light", "&Dark"]
    assert menu.choices["system"].isChecked()
    assert not is_dark()
    light_base = color("base")

    menu.choices["dark"].trigger()
    assert APPEARANCE.get() == "dark"
    assert is_dark()
    assert color("base") != light_base
    assert window.palette().color(window.palette().ColorRole.Window) == QColor(
        THEME["window_bg"][1]
    )
    menu.choices["light"].trigger()
    assert APPEARANCE.get() == "light" and not is_dark()
    # A window opened later shows the remembered choice ticked.
    menu.choices["dark"].trigger()
    from ui.shell.appearance import appearance_menu

    assert appearance_menu(window).choices["dark"].isChecked()


def test_the_session_record_takes_the_new_colours_when_the_theme_changes(
    qtbot, restore_light
) -> None:
    from ui.session.session_detail import SessionDetailView

    view = SessionDetailView()
    qtbot.addWidget(view)
    light_heading, dark_heading = THEME["heading"]
    assert light_heading in view.document().defaultStyleSheet()
    apply_theme(QApplication.instance(), True)
    assert dark_heading in view.document().defaultStyleSheet()
    assert light_heading not in view.document().defaultStyleSheet()
    # Shown again under the new style: its words painted in the dark theme's faint text.
    shown = view.document().findBlockByNumber(0).charFormat().foreground().color().name()
    assert shown == THEME["text_faint"][1]


def test_the_client_pages_coloured_words_follow_the_theme(qtbot, window, restore_light) -> None:
    from logger_app.records import ClientDetails

    client = window.logbook.add_client(ClientDetails("Anna", "Smith", allergies="Latex"))
    window.reload_clients()
    window.show_client(client.id)
    page = window.client_page
    light_red, dark_red = THEME["danger"]
    light_amber, dark_amber = THEME["warning_text"]
    assert light_red in page.summary_label.text()  # the allergies
    assert light_amber in page.safety_strip.summary.text()  # no screening on file
    window.appearance_menu.choices["dark"].trigger()
    assert dark_red in page.summary_label.text() and light_red not in page.summary_label.text()
    assert dark_amber in page.safety_strip.summary.text()
