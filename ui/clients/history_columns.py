"""The history's columns sized by importance, to the width there is: the date whole, the
practitioner and the record's state always in view, the lesser columns (numbing, lots,
device) elided first on a narrow screen, and the areas and depths taking what is left,
so a 1280-pixel laptop needs no sideways scrolling and a wide screen leaves no column
with empty space (the areas column stretches, not the last).

Columns are found by their (English) titles, so a column added later is sized too (as a
lesser one). The full texts stay in each cell's tooltip and in the record below."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

AREAS = "Areas and depths"
AREAS_MINIMUM = 180  # px: the areas column gets this much before lesser columns show
AREAS_LEAST = 80  # px: never narrower


@dataclass(frozen=True)
class Fit:
    cap: int  # px: wider content is elided while the areas need the room
    minimum: int  # px: never narrower, however little room there is
    shrink_order: int = 0  # the lower, the sooner it gives up room (0: never)
    hide_order: int = 0  # when shrinking is not enough: hidden, lowest first (0: never)


FITS: dict[str, Fit] = {
    "Date": Fit(cap=10_000, minimum=0),  # always whole
    "Worst reaction": Fit(cap=200, minimum=0),  # the severity is never cut off
    "Practitioner": Fit(cap=180, minimum=110),
    "Record": Fit(cap=160, minimum=0),
    "Device": Fit(cap=140, minimum=80, shrink_order=3, hide_order=3),
    "Numbing": Fit(cap=170, minimum=90, shrink_order=1, hide_order=2),
    "Lots": Fit(cap=110, minimum=70, shrink_order=2, hide_order=1),
}
OTHER = Fit(cap=140, minimum=60, shrink_order=2, hide_order=4)


def column_widths(titles: list[str], content: list[int], available: int) -> dict[int, int]:
    """Widths for columns of these ``titles`` whose content wants ``content`` px, in
    ``available`` px; 0 for a column to hide. Pure, to be tested without a view."""
    fits = [FITS.get(title, OTHER) for title in titles]
    hidden: set[int] = set()
    hideable = sorted(
        (c for c in range(len(titles)) if fits[c].hide_order), key=lambda c: fits[c].hide_order
    )
    while True:
        widths = _fitted(titles, content, available, fits, hidden)
        areas = titles.index(AREAS) if AREAS in titles else None
        if areas is None or widths[areas] >= AREAS_MINIMUM or not hideable:
            return widths
        hidden.add(hideable.pop(0))


def _fitted(
    titles: list[str], content: list[int], available: int, fits: list[Fit], hidden: set[int]
) -> dict[int, int]:
    areas = titles.index(AREAS) if AREAS in titles else None
    widths = {
        column: max(min(content[column], fits[column].cap), fits[column].minimum)
        for column in range(len(titles))
        if column != areas and column not in hidden
    }
    if areas is None:
        return widths
    rest = available - sum(widths.values())
    if rest < AREAS_MINIMUM:  # the lesser columns give up room, least important first
        for column in sorted(
            (c for c in widths if fits[c].shrink_order), key=lambda c: fits[c].shrink_order
        ):
            give = max(0, min(widths[column] - fits[column].minimum, AREAS_MINIMUM - rest))
            widths[column] -= give
            rest += give
            if rest >= AREAS_MINIMUM:
                break
    elif rest > content[areas]:  # room to spare: the capped columns shown whole first
        for column in widths:
            more = min(content[column] - widths[column], rest - content[areas])
            if more > 0:
                widths[column] += more
                rest -= more
    widths[areas] = max(rest, AREAS_LEAST)  # on a very narrow pane: scrolled sideways
    return {**widths, **dict.fromkeys(hidden, 0)}


class HistoryColumns(QObject):
    """Keeps ``view``'s columns fitted: when its width changes and when rows come."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)
        self._width = -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._view.viewport().width() != self._width:
            self.fit()
        return False

    def fit(self) -> None:
        view, model = self._view, self._view.model()
        header = view.horizontalHeader()
        # The English titles the fits are keyed by, whatever language the header shows.
        columns = getattr(model, "columns", None)
        titles = (
            [column.title for column in columns]
            if columns is not None and len(columns) == model.columnCount()
            else [
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            ]
        )
        content = [
            max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(len(titles))
        ]
        self._width = view.viewport().width()
        for column, width in column_widths(titles, content, self._width).items():
            header.setSectionHidden(column, width == 0)
            if width:
                header.resizeSection(column, width)
