"""The face and body chart of the session form: click a zone to add or remove that area;
presets add a set; the legend gives the depth colours (see ``common.zone_canvas`` for the
keys). The rows below stay the way to do the same by list (``area_chart_link``)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translatable, translate
from logger_app.vocabulary import Area

from ..common.display import plain_label
from ..common.preferences import Preference
from ..common.wording import noun_in_sentence
from ..common.zone_canvas import DepthLegend, ZoneCanvas
from ..common.zone_shapes import VIEW_LABELS, VIEWS, view_of, zone_text, zones

# Whether the session form shows the chart above its rows (1) or only the rows (0).
CHART_SHOWN = Preference("session/area_chart_shown", 1, int)

# A set is added from the keyboard too: its key pressed while the chart has focus.
# The sets' names (English, the keys here) are shown through translate("AreaChart", name).
FULL_FACE = translatable("AreaChart", "Full face")
BOTH_CHEEKS = translatable("AreaChart", "Both cheeks")
NECK = translatable("AreaChart", "Neck and décolletage")
PRESET_KEYS = {FULL_FACE: "F", BOTH_CHEEKS: "C", NECK: "N"}

PRESETS: dict[str, tuple[Area, ...]] = {
    FULL_FACE: (
        Area.FOREHEAD, Area.GLABELLA, Area.PERIORBITAL, Area.NOSE, Area.RIGHT_CHEEK,
        Area.LEFT_CHEEK, Area.UPPER_LIP, Area.PERIORAL, Area.CHIN, Area.JAWLINE,
    ),
    BOTH_CHEEKS: (Area.RIGHT_CHEEK, Area.LEFT_CHEEK),
    NECK: (Area.NECK, Area.DECOLLETAGE),
}  # fmt: skip

# The chart is one stop in the form's Tab order: its buttons are for the mouse (the
# canvas's own keys switch views and add the sets, see PRESET_KEYS), so that
# Tab from the set-up to the area rows costs one key, not seven.
_NOT_A_TAB_STOP = Qt.FocusPolicy.NoFocus


class AreaChart(QWidget):
    """The chart above the area rows: a face or a body view, presets, the legend and a
    line that names the zone under the pointer or in focus. ``area_toggled`` and
    ``preset_chosen`` say what the user asked; ``show_areas`` shows what the rows hold."""

    area_toggled = Signal(object)  # Area
    preset_chosen = Signal(tuple)  # the preset's areas

    def __init__(self) -> None:
        super().__init__(objectName="areaChart")
        self.canvas = ZoneCanvas(("face",), name=translate("AreaChart", "Face and body chart"))
        self.canvas.toggled.connect(self.area_toggled)
        self.canvas.page_requested.connect(self._page)
        self.canvas.letter_pressed.connect(self._preset_key)
        self.canvas.setAccessibleDescription(
            self.canvas.accessibleDescription()
            + translate(
                "AreaChart", " F adds the full face, C both cheeks, N the neck and décolletage."
            )
        )
        self.canvas.setMinimumSize(180, 234)
        self.canvas.setMaximumSize(250, 325)
        self.view_buttons: dict[str, QToolButton] = {}
        views = QButtonGroup(self)
        view_row = QHBoxLayout()
        view_row.setSpacing(0)
        for view in VIEWS:
            button = QToolButton(objectName=f"chartView_{view}", checkable=True)
            button.setText(VIEW_LABELS[view])
            button.setToolTip(
                translate("AreaChart", "Show the {view} chart").format(
                    view=noun_in_sentence(VIEW_LABELS[view])
                )
            )
            button.setChecked(view == "face")
            button.setFocusPolicy(_NOT_A_TAB_STOP)
            button.clicked.connect(lambda _=False, v=view: self.show_view(v))
            views.addButton(button)
            view_row.addWidget(button)
            self.view_buttons[view] = button
        view_row.addStretch(1)
        self.hide_button = QToolButton(objectName="chartHide")
        self.hide_button.setText(translate("AreaChart", "Hide chart"))
        self.hide_button.setToolTip(
            translate("AreaChart", "Fold the chart away: the list below does the same")
        )
        self.hide_button.setAutoRaise(True)
        self.hide_button.setFocusPolicy(_NOT_A_TAB_STOP)
        view_row.addWidget(self.hide_button)
        self.preset_buttons: dict[str, QPushButton] = {}
        presets = QVBoxLayout()
        presets.setSpacing(3)
        presets.addWidget(
            plain_label(translate("AreaChart", "Add a set"), objectName="columnHeader")
        )
        for name, areas in PRESETS.items():
            button = QPushButton(translate("AreaChart", name), objectName="chartPreset")
            listed = ", ".join(noun_in_sentence(a.label) for a in areas)
            button.setToolTip(
                translate(
                    "AreaChart",
                    "Add {areas} (those not in the list yet). Key {key} on the chart does it too.",
                ).format(areas=listed, key=PRESET_KEYS[name])
            )
            button.clicked.connect(lambda _=False, a=areas: self._preset(a))
            button.setFocusPolicy(_NOT_A_TAB_STOP)
            presets.addWidget(button)
            self.preset_buttons[name] = button
        self.legend = DepthLegend()
        self.status = plain_label(objectName="chartStatus")
        self.status.setWordWrap(True)
        self.status.setMinimumWidth(150)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(view_row)
        side.addLayout(presets)
        side.addSpacing(4)
        side.addWidget(
            plain_label(translate("AreaChart", "Needle depth"), objectName="columnHeader")
        )
        side.addWidget(self.legend)
        side.addWidget(self.status)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        layout.addLayout(side)
        layout.addStretch(1)
        self.canvas.pointing.connect(self._say_where)
        self._say_where()

    def show_view(self, view: str) -> None:
        self.view_buttons[view].setChecked(True)
        self.canvas.set_views((view,))

    def _page(self, step: int) -> None:
        index = VIEWS.index(self.canvas.views[0]) + step
        self.show_view(VIEWS[max(0, min(len(VIEWS) - 1, index))])

    def show_areas(self, depths: Mapping[Area, float]) -> None:
        """Light the zones of the areas in the list, with their depths."""
        self.canvas.set_depths(depths)
        for view, button in self.view_buttons.items():
            count = sum(1 for zone in zones(view) if zone.area in depths)
            button.setText(VIEW_LABELS[view] + (f" ({count})" if count else ""))
        self._say_where()

    def _preset_key(self, letter: str) -> None:
        for name, key in PRESET_KEYS.items():
            if key == letter.upper():
                self._preset(PRESETS[name])

    def _preset(self, areas: tuple[Area, ...]) -> None:
        self.show_view(view_of(areas[0]))
        self.preset_chosen.emit(areas)

    def _say_where(self) -> None:
        """The line under the legend: the zone under the pointer, else the focused one."""
        area = self.canvas.pointed()
        if area is None:
            self.status.setText(translate("AreaChart", "Click a zone to add or remove its area."))

        else:
            self.status.setText(zone_text(area, self.canvas.depths.get(area)))
