"""Spreadsheet formulas in CSV cells ("CSV injection", as OWASP describes it).

A spreadsheet program that opens a CSV file runs a cell starting with ``=``, ``+``,
``-`` or ``@`` (or a tab or carriage return followed by one) as a formula:
``=HYPERLINK("http://…", "Click")`` typed into a note becomes a live link, and worse.
The app's CSV files therefore put a ``'`` before such a cell of text typed by a person
(names, notes, products, lots …), as OWASP recommends; spreadsheet programs show the
cell as text. A cell that starts with ``'`` gets one more, so every ``'`` the export
added can be told from a typed one: ``restore_cell`` removes exactly the one added, and
``import-csv`` does the same when it reads a file, so an export read back does not
grow quotes. Cells of machine values (ids, dates, depths, counts, names from the app's
own vocabulary) are never changed: ``-0.5`` stays a number.
"""

from __future__ import annotations

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
MARK = "'"


def neutralise(cell: str) -> str:
    """``=1+1`` -> ``'=1+1``; ``'a`` -> ``''a``; anything else as it is."""
    return MARK + cell if cell.startswith((*TRIGGERS, MARK)) else cell


def restore_cell(cell: str) -> str:
    """The inverse of ``neutralise``: the one ``'`` it added, removed."""
    if cell.startswith(MARK) and cell[1:].startswith((*TRIGGERS, MARK)):
        return cell[1:]
    return cell


def neutralise_row(row: dict[str, str], text_columns: frozenset[str]) -> dict[str, str]:
    """``row`` with its text cells neutralised (a new dict; the others unchanged)."""
    return {key: neutralise(value) if key in text_columns else value for key, value in row.items()}
