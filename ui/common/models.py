"""Item models of the main window: the client list and a client's session history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap

from logger_app.i18n import translatable, translate
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


def header_title(model: QAbstractTableModel, title: str) -> str:
    """A column's title in the window's language: titles are marked where the columns
    are defined with ``translatable(<that class's name>, "Title")``, which may be a base
    class of the model shown (HistoryModel's columns in ClientHistoryModel)."""
    for cls in type(model).__mro__:
        if cls is QAbstractTableModel:
            break
        translated = translate(cls.__name__, title)
        if translated != title:
            return translated
    return title


class TitledTableModel(QAbstractTableModel):
    """A table whose columns are named by ``TITLES``: the header and the column count
    from them, for the small tables of a dialog (the rows are the subclass's). Titles
    are marked ``translatable("<the subclass's name>", "Title")``."""

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
            return header_title(self, self.TITLES[section])
        return None


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over immutable records, with named columns; ``set_rows`` swaps
    the whole content (the records come fresh from the logbook). Column titles are
    marked ``translatable("<the subclass's name>", "Title")``."""

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
            return header_title(self, self.columns[section].title)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _born(entry: ClientListEntry) -> str:
    return format_date(entry.date_of_birth)


def _last_visit(entry: ClientListEntry) -> str:
    if entry.archived:
        return translate("ClientListModel", "Archived")
    if entry.last_session_at is None:
        return translate("ClientListModel", "No session yet")
    return format_date(entry.last_session_at.astimezone().date())


def _archived(entry: ClientListEntry) -> QColor | None:
    return color("archived") if entry.archived else None


class ClientListModel(RecordTableModel[ClientListEntry]):
    columns = (
        Column(
            translatable("ClientListModel", "Name"),
            lambda e: f"{e.last_name}, {e.first_name}",
            lambda e: (
                translate("ClientListModel", "{name} — archived: not listed unless shown").format(
                    name=e.full_name
                )
                if e.archived
                else e.full_name
            ),
            foreground=_archived,
        ),
        Column(translatable("ClientListModel", "Born"), _born),
        Column(translatable("ClientListModel", "Last session"), _last_visit, foreground=_archived),
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
        return translate("HistoryModel", "Draft")
    if summary.amendment_count:
        return translate("HistoryModel", "Signed, amended {count}×").format(
            count=summary.amendment_count
        )
    return translate("HistoryModel", "Signed")


def _record_tooltip(summary: SessionSummary) -> str:
    if summary.signed_at is None:
        return translate("HistoryModel", "Draft: not signed yet, still editable")
    signed = format_datetime(summary.signed_at)
    if summary.amendment_count == 1:
        return translate("HistoryModel", "Signed {when}; read-only, 1 amendment").format(
            when=signed
        )
    if summary.amendment_count:
        return translate("HistoryModel", "Signed {when}; read-only, {count} amendments").format(
            when=signed, count=summary.amendment_count
        )
    return translate("HistoryModel", "Signed {when}; read-only").format(when=signed)


class HistoryModel(RecordTableModel[SessionSummary]):
    AREAS_COLUMN = 1
    NUMBING_COLUMN = 3
    columns = (
        Column(
            translatable("HistoryModel", "Date"),
            lambda s: format_datetime(s.started_at),
            lambda s: (
                translate("HistoryModel", "{when} — draft, not signed yet").format(
                    when=format_datetime(s.started_at)
                )
                if s.signed_at is None
                else format_datetime(s.started_at)
            ),
            decoration=lambda s: _draft_mark() if s.signed_at is None else None,
        ),
        Column(
            translatable("HistoryModel", "Areas and depths"),
            lambda s: format_areas(s.areas),
            lambda s: "\n".join(format_areas((a,)) for a in s.areas),
        ),
        Column(translatable("HistoryModel", "Device"), _device),
        Column(translatable("HistoryModel", "Numbing"), lambda s: format_numbing(s.numbing)),
        Column(
            translatable("HistoryModel", "Worst reaction"),
            lambda s: format_reaction(s.worst_reaction),
            foreground=_reaction_color,
        ),
        Column(translatable("HistoryModel", "Lots"), lambda s: ", ".join(s.lots)),
        Column(translatable("HistoryModel", "Practitioner"), lambda s: s.practitioner_name),
        Column(
            translatable("HistoryModel", "Record"),
            _record_state,
            _record_tooltip,
            foreground=lambda s: color("warning_text") if s.signed_at is None else None,
        ),
    )
