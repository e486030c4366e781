"""Help → About, and how the window says what is encrypted."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QMessageBox, QWidget

from logger_app import __version__
from logger_app.logbook import Logbook


def encryption_words(logbook: Logbook) -> str:
    """What is encrypted, for the status bar's note and About."""
    if logbook.on_server:
        return "The photos are encrypted: a practitioner's passphrase opens them."
    return (
        "Encrypted: the logbook file and its photos open only with a practitioner's "
        "passphrase or the recovery sheet."
    )


def show_about(parent: QWidget, logbook: Logbook) -> None:
    """Where the records are kept, whether encrypted, and the data folder (escaped: a
    folder's name is shown as typed)."""
    QMessageBox.about(
        parent,
        "About Microneedling Logbook",
        f"<b>Microneedling Logbook</b> {__version__}<br>"
        + (
            "Treatment records kept on the clinic's own server.<br>"
            f"Logbook: {escape(logbook.location)}<br>"
            if logbook.on_server
            else "Treatment records kept on this computer only.<br>"
        )
        + (f"{escape(encryption_words(logbook))}<br>" if logbook.encrypted else "")
        + f"Data folder: {escape(str(logbook.data_dir))}",
    )
