"""Item models of the main window: the client list and a client's session history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap

from logger_app.records import ClientListEntry, SessionSummary
from logger_app.vocabulary import ADVERSE_REACTIONS, Severity

from .display import (
    format_areas,
    format_date,
    format_datetime,
    format_numbing,
    format_reaction,
    plain_tooltip,
)
from .theme import color, severity_color

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex
# The record's id, for views and tests to find the row's record.
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# What a sorting proxy compares: the raw value (a date, a number), not the shown text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(Generic[Row]):
    def __init__(
        self,
        title: str,
        text: Callable[[Row], str],
        tooltip: Callable[[Row], str] | None = None,
        foreground: Callable[[Row], QColor | None] | None = None,
        sort_key: Callable[[Row], object] | None = None,
        decoration: Callable[[Row], object] | None = None,
    ) -> None:
        self.title = title
        self.text = text
        self.tooltip = tooltip
        self.foreground = foreground
        self.sort_key = sort_key
        self.decoration = decoration  # an icon or pixmap before the text


class TitledTableModel(QAbstractTableModel):
    """A table whose columns are named by ``TITLES``: the header and the column count
    from them, for the small tables of a dialog (the rows are the subclass's)."""

    TITLES: tuple[str, ...] = ()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.TITLES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.TITLES)
        ):
            return self.TITLES[section]
        return None


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over immutable records, with named columns; ``set_rows`` swaps
    the whole content (the records come fresh from the logbook)."""

    columns: Sequence[Column[Row]] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_record(self, row: int) -> Row:
        return self._rows[row]

    def row_of_id(self, record_id: int) -> int | None:
        return next(
            (i for i, record in enumerate(self._rows) if self.record_id(record) == record_id),
            None,
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(column.tooltip(record) if column.tooltip else column.text(record))
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            color = column.foreground(record)
            return QBrush(color) if color else None
        if role == Qt.ItemDataRole.DecorationRole and column.decoration:
            return column.decoration(record)
        if role == RECORD_ID_ROLE:
            return self.record_id(record)
        if role == SORT_ROLE:
            return column.sort_key(record) if column.sort_key else column.text(record)
        return None

    def record_id(self, record: Row) -> int:
        return record.id  # type: ignore[attr-defined]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].title
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _born(entry: ClientListEntry) -> str:
    return format_date(entry.date_of_birth)


def _last_visit(entry: ClientListEntry) -> str:
    if entry.archived:
        return "Archived"
    if entry.last_session_at is None:
        return "No session yet"
    return format_date(entry.last_session_at.astimezone().date())


def _archived(entry: ClientListEntry) -> QColor | None:
    return color("archived") if entry.archived else None


class ClientListModel(RecordTableModel[ClientListEntry]):
    columns = (
        Column(
            "Name",
            lambda e: f"{e.last_name}, {e.first_name}",
            lambda e: (
                f"{e.full_name} — archived: not listed unless shown" if e.archived else e.full_name
            ),
            foreground=_archived,
        ),
        Column("Born", _born),
        Column("Last session", _last_visit, foreground=_archived),
    )


def _reaction_color(summary: SessionSummary) -> QColor | None:
    """The worst reaction in its severity's colour (the trends use the same); an adverse
    reaction in the severe colour whatever its grade: it needs attention."""
    worst = summary.worst_reaction
    if worst is None:
        return None
    if worst.reaction in ADVERSE_REACTIONS:
        return severity_color(Severity.SEVERE)
    return severity_color(worst.severity)


def _device(summary: SessionSummary) -> str:
    return (
        f"{summary.device.label}, {summary.cartridge}"
        if summary.cartridge
        else (summary.device.label)
    )


_DRAFT_MARK: dict[str, QPixmap] = {}


def _draft_mark() -> QPixmap:
    """An amber dot: the session is a draft (made on first use: needs the application;
    one per theme)."""
    key = color("draft_mark").name()
    if key not in _DRAFT_MARK:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color("draft_mark"))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _DRAFT_MARK[key] = pixmap
    return _DRAFT_MARK[key]


def _record_state(summary: SessionSummary) -> str:
    if summary.signed_at is None:
        return "Draft"
    return f"Signed, amended {summary.amendment_count}×" if summary.amendment_count else "Signed"


class HistoryModel(RecordTableModel[SessionSummary]):
    AREAS_COLUMN = 1
    NUMBING_COLUMN = 3
    columns = (
        Column(
            "Date",
            lambda s: format_datetime(s.started_at),
            lambda s: (
                format_datetime(s.started_at)
                + (" — draft, not signed yet" if s.signed_at is None else "")
            ),
            decoration=lambda s: _draft_mark() if s.signed_at is None else None,
        ),
        Column(
            "Areas and depths",
            lambda s: format_areas(s.areas),
            lambda s: "\n".join(format_areas((a,)) for a in s.areas),
        ),
        Column("Device", _device),
        Column("Numbing", lambda s: format_numbing(s.numbing)),
        Column(
            "Worst reaction",
            lambda s: format_reaction(s.worst_reaction),
            foreground=_reaction_color,
        ),
        Column("Lots", lambda s: ", ".join(s.lots)),
        Column("Practitioner", lambda s: s.practitioner_name),
        Column(
            "Record",
            _record_state,
            lambda s: (
                "Draft: not signed yet, still editable"
                if s.signed_at is None
                else f"Signed {format_datetime(s.signed_at)}; read-only"
                + (f", {s.amendment_count} amendment(s)" if s.amendment_count else "")
            ),
            foreground=lambda s: color("warning_text") if s.signed_at is None else None,
        ),
    )
