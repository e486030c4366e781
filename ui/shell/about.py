"""Help → About, and how the window says what is encrypted."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from logger_app import __version__
from logger_app.i18n import translate
from logger_app.logbook import Logbook

from ..common.prompts import message_box

DISTRIBUTION = "logger-app"


def encryption_words(logbook: Logbook) -> str:
    """What is encrypted, for the status bar's note and About."""
    if logbook.on_server:
        return translate(
            "ShellAbout", "The photos are encrypted: a practitioner's passphrase opens them."
        )
    return translate(
        "ShellAbout",
        "Encrypted: the logbook file and its photos open only with a practitioner's "
        "passphrase or the recovery sheet.",
    )


def licence() -> str:
    """The licence the package declares (its metadata), or that it is not known."""
    try:
        found = metadata.metadata(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        found = None
    declared = found and (found.get("License-Expression") or found.get("License"))
    return declared or translate("ShellAbout", "not stated")


def about_text(logbook: Logbook) -> str:
    """The version, the licence, where the records are kept (the server, or this
    computer's data folder), the database's schema version, what is encrypted. Plain
    text: a folder's name is shown as typed."""
    lines = [
        translate("ShellAbout", "Microneedling Logbook {version}").format(version=__version__),
        translate("ShellAbout", "Licence: {licence}").format(licence=licence()),
        "",
    ]
    if logbook.on_server:
        lines += [
            translate("ShellAbout", "Treatment records kept on the clinic's own server."),
            translate("ShellAbout", "Logbook: {location}").format(location=logbook.location),
        ]
    else:
        lines.append(translate("ShellAbout", "Treatment records kept on this computer only."))
    lines.append(translate("ShellAbout", "Data folder: {folder}").format(folder=logbook.data_dir))
    lines.append(
        translate("ShellAbout", "Database schema version: {version}").format(
            version=logbook.schema_version
        )
    )
    if logbook.encrypted:
        lines.append(encryption_words(logbook))
    return "\n".join(lines)


def show_about(parent: QWidget, logbook: Logbook) -> QMessageBox:
    """About, not blocking: a text to read (selectable, to copy into a message)."""
    box = message_box(
        QMessageBox.Icon.Information,
        translate("ShellAbout", "About Microneedling Logbook"),
        about_text(logbook),
        parent,
    )
    box.setObjectName("aboutBox")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.open()
    return box
