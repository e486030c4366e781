"""The chart and the area rows kept in step, both ways.

A zone clicked (or toggled from the keyboard) adds its area as a row at the area's
suggested depth, filling a row still waiting for its area first; clicked again it
removes that area's rows, whatever their depth: the chart is a toggle, and a row
removed by mistake is one click away. A row added, changed or removed in the list
lights or clears its zone, in the depth's colour."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from logger_app.i18n import translate
from logger_app.vocabulary import Area

from ..common.form_support import combo_enum
from .area_chart import CHART_SHOWN, AreaChart
from .session_rows import AreaRow, RowsEditor


class AreaChartLink(QObject):
    def __init__(self, chart: AreaChart, rows: RowsEditor) -> None:
        super().__init__(chart)
        self._chart = chart
        self._rows = rows
        self._watched: list[AreaRow] = []
        chart.area_toggled.connect(self.toggle)
        chart.preset_chosen.connect(self.add_missing)
        rows.changed.connect(self._rows_changed)
        self._rows_changed()

    def _area_rows(self) -> list[AreaRow]:
        return [row for row in self._rows.rows if isinstance(row, AreaRow)]

    def depths(self) -> dict[Area, float]:
        """Each area in the list with its depth (the deepest, if listed twice)."""
        result: dict[Area, float] = {}
        for row in self._area_rows():
            area = combo_enum(row.area, Area)
            if area is not None:
                result[area] = max(result.get(area, 0.0), row.depth_editor.value())
        return result

    def toggle(self, area: Area) -> None:
        listed = [row for row in self._area_rows() if combo_enum(row.area, Area) == area]
        with self._focus_kept():
            if listed:
                for row in listed:
                    row.removed.emit(row)
            else:
                self._add(area)

    def add_missing(self, areas: tuple[Area, ...]) -> None:
        present = self.depths()
        with self._focus_kept():
            for area in areas:
                if area not in present:
                    self._add(area)

    def _add(self, area: Area) -> None:
        blank = [row for row in self._area_rows() if combo_enum(row.area, Area) is None]
        row = blank[0] if blank else self._rows.add_row()
        assert isinstance(row, AreaRow)
        row.area.setCurrentIndex(row.area.findData(area))  # its suggested depth follows

    def _focus_kept(self) -> _KeepFocus:
        return _KeepFocus(self._chart.canvas)

    def _rows_changed(self) -> None:
        rows = self._area_rows()
        self._watched = [row for row in self._watched if row in rows]
        for row in rows:
            if row not in self._watched:
                row.area.currentIndexChanged.connect(self._refresh)
                row.depth.valueChanged.connect(self._refresh)
                self._watched.append(row)
        self._refresh()

    def _refresh(self) -> None:
        self._chart.show_areas(self.depths())


class _KeepFocus:
    """A row added for a zone takes the focus; give it back to the chart if it had it,
    so that the next zone is one key away."""

    def __init__(self, widget: QWidget) -> None:
        self._widget = widget
        self._had = False

    def __enter__(self) -> None:
        self._had = self._widget.hasFocus()

    def __exit__(self, *_exc: object) -> None:
        if self._had:
            self._widget.setFocus()


class AreasPanel(QWidget):
    """The area chart linked to ``rows``, above them. The chart folds away (remembered)
    to leave the list alone, with a button to bring it back."""

    def __init__(self, rows: RowsEditor) -> None:
        super().__init__(objectName="areasWithChart")
        self.chart = AreaChart()
        self.link = AreaChartLink(self.chart, rows)
        self.show_button = QToolButton(objectName="chartShow")
        self.show_button.setText(translate("AreasPanel", "Show face and body chart"))
        self.show_button.setToolTip(
            translate("AreasPanel", "Choose the areas on a face and body chart")
        )

        self.show_button.setAutoRaise(True)
        self.show_button.clicked.connect(lambda: self.show_chart(True))
        self.chart.hide_button.clicked.connect(lambda: self.show_chart(False))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addStretch(1)
        top.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.chart)
        layout.addWidget(rows)
        self.show_chart(bool(CHART_SHOWN.get()), remember=False)

    def show_chart(self, shown: bool, remember: bool = True) -> None:
        focus = QApplication.focusWidget()
        moving_focus = focus is self.show_button or (
            focus is not None and self.chart.isAncestorOf(focus)
        )
        self.chart.setVisible(shown)
        self.show_button.setVisible(not shown)
        if moving_focus:  # the button pressed is gone: focus what replaced it
            (self.chart.canvas if shown else self.show_button).setFocus()
        if remember:
            CHART_SHOWN.set(int(shown))
