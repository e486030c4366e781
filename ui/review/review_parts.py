"""What the review windows (sessions across clients, the audit log) build alike: a
filter field, the labelled filters in a grid, the results table."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from logger_app.i18n import conventions

from ..common.models import Column


def filter_field(name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit(objectName=name)
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    return field


def place_filters(
    grid: QGridLayout, row: int, first_column: int, filters: Iterable[tuple[str, QWidget]]
) -> None:
    """Each filter after its label, side by side from ``first_column``."""
    for column, (label, widget) in enumerate(filters):
        grid.addWidget(QLabel(label), row, first_column + column * 2)
        grid.addWidget(widget, row, first_column + 1 + column * 2)


def results_table(table: QTableView, widths: Iterable[int]) -> None:
    """Whole rows selected, rows striped, one line each, columns sized by hand from
    ``widths``, the last one stretched."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)


def titled(columns: Sequence[Column], title: Callable[[str], str]) -> tuple[Column, ...]:
    """Copies of a model's ``columns`` with each title through ``title`` (the titles are
    marked with ``translatable`` in the class, and said in the user's language when the
    table is made)."""
    copies = []
    for column in columns:
        shown = copy.copy(column)
        shown.title = title(column.title)
        copies.append(shown)
    return tuple(copies)


def thousands(number: int) -> str:
    """2,400 (2.400 in German)."""
    return f"{number:,}".replace(",", conventions().thousands_separator)
