"""Printing with a preview: the one place the app meets QtPrintSupport.

What is printed is drawn by the core (``logger_app.export``) on the printer it is
given; this module only offers the preview dialog around it. The Prompter shows it, so
that tests print to a PDF file instead of a dialog that waits for a click.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from logger_app.i18n import translate

# Draws the document on the printer it is given (the preview's, then the real one).
Paint = Callable[[QPrinter], None]


def new_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    return printer


def preview_dialog(parent: QWidget | None, title: str, paint: Paint) -> QPrintPreviewDialog:
    """The preview of what ``paint`` draws, with the print and page-setup buttons."""
    printer = new_printer(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_kept = printer  # the dialog does not own it: kept as long as it lives
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(
        translate("CommonPrinting", "Print preview — {title}").format(title=title)
    )
    dialog.paintRequested.connect(paint)
    if parent is not None:
        screen = parent.screen().availableGeometry()
        dialog.resize(min(1100, screen.width() - 80), screen.height() - 80)
    return dialog
