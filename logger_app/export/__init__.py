"""Exports of client histories in open formats: PDF, CSV, JSON, and a zip bundle of all.

Every writer works from one read model (``history.ClientHistory``), writes to a
temporary file renamed into place at the end (never a half-written export), reports
``progress(done, total)`` and stops when ``cancel()`` returns True (ExportCancelled).
Qt is imported only for PDFs (and bundles, which hold one).
"""

from __future__ import annotations

import logging
import tempfile
import unicodedata
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

from ..i18n import translate
from ..logbook import Logbook
from .history import ClientHistory, SessionRecord, load_history
from .output import (
    Cancel,
    ExportCancelled,
    ExportError,
    Progress,
    atomic_output,
    check_cancel,
    client_folder,
    name_part,
    name_slug,
    never,
)

_log = logging.getLogger(__name__)
FORMATS: tuple[str, ...] = ("pdf", "csv", "json", "bundle")
# The file name ending of each format; for every client at once, PDFs come as a zip.
SUFFIXES = {"pdf": ".pdf", "csv": ".csv", "json": ".json", "bundle": ".zip"}
ALL_SUFFIXES = SUFFIXES | {"pdf": ".zip"}

__all__ = [
    "ALL_SUFFIXES",
    "FORMATS",
    "SUFFIXES",
    "ClientHistory",
    "ExportCancelled",
    "ExportError",
    "SessionRecord",
    "default_file_name",
    "export_all",
    "export_client",
    "load_history",
]


def default_file_name(full_name: str | None, fmt: str, day: date | None = None) -> str:
    """``Anna-Smith-history-2026-11-21.pdf``; with no name (every client at once)
    ``all-clients-history-2026-11-21.zip`` for PDFs, else the format's own ending."""
    day_text = (day or date.today()).isoformat()
    if full_name is None:
        return f"all-clients-history-{day_text}{ALL_SUFFIXES[fmt]}"
    return f"{_file_name_part(full_name)}-history-{day_text}{SUFFIXES[fmt]}"


def _file_name_part(full_name: str) -> str:
    """Latin names in plain ASCII as before ("Zoe-Angstrom-Nunez": safe on any disk,
    share or mail system); names in other scripts keep their letters ("Иван-Петров"),
    where ASCII would leave nothing of them."""
    part = name_part(full_name)
    unaccented = "".join(
        c for c in unicodedata.normalize("NFKD", part) if not unicodedata.combining(c)
    )
    if unaccented.isascii():
        return name_slug(full_name, lower=False)
    return part


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ExportError(
            translate("Export", "Unknown export format {format}; choose one of {formats}.").format(
                format=repr(fmt), formats=", ".join(FORMATS)
            )
        )


def export_client(
    logbook: Logbook,
    client_id: int,
    fmt: str,
    path: Path,
    progress: Progress | None = None,
    cancel: Cancel = never,
    keep_formulas: bool = False,
) -> Path:
    """Export one client's history to ``path`` (replaced if it exists) in ``fmt``.
    ``keep_formulas``: CSV text cells that start like a formula are written as typed,
    without the ``'`` that keeps spreadsheets from running them (see ``formulas``)."""
    _check_format(fmt)
    history = load_history(logbook, client_id)
    check_cancel(cancel)
    path = Path(path)
    if fmt == "json":
        from .json_export import write_json

        written = write_json(history, path, logbook.data_dir)
    elif fmt == "csv":
        from .csv_export import write_csv

        written = write_csv(history, path, logbook.data_dir, keep_formulas=keep_formulas)
    elif fmt == "pdf":
        from .pdf_report import write_pdf

        written = write_pdf(history, logbook.data_dir, path, progress, cancel, photos=logbook)
    else:
        from .bundle import write_bundle

        written = write_bundle(history, logbook.data_dir, path, progress, cancel, photos=logbook)
    if progress is not None and fmt in ("json", "csv"):
        progress(1, 1)
    # An export is a disclosure of health data: the audit log keeps who, when, what.
    _log.info("Client %d exported as %s", client_id, fmt)
    logbook.record_event(
        "export",
        f"History of client {client_id} exported as {fmt.upper()}",
        entity="client",
        entity_id=client_id,
        client_id=client_id,
        details={"format": fmt, "path": str(written)},
    )
    return written


def export_all(
    logbook: Logbook,
    fmt: str,
    path: Path,
    progress: Progress | None = None,
    cancel: Cancel = never,
    keep_formulas: bool = False,
) -> Path:
    """Export every client (archived ones too) to one file, client by client:
    JSON ``{"clients": [...]}``, one CSV, a zip with a folder per client (bundle), or a
    zip of one PDF per client (pdf). ``progress`` counts clients."""
    _check_format(fmt)
    path = Path(path)
    if fmt == "json":
        from .json_export import export_all_json

        written = export_all_json(logbook, path, progress, cancel)
    elif fmt == "csv":
        from .csv_export import export_all_csv

        written = export_all_csv(logbook, path, progress, cancel, keep_formulas)
    elif fmt == "bundle":
        from .bundle import export_all_bundle

        written = export_all_bundle(logbook, path, progress, cancel)
    else:
        written = _export_all_pdf(logbook, path, progress, cancel)
    count = len(logbook.client_ids())
    _log.info("Every client exported as %s: %d clients", fmt, count)
    logbook.record_event(
        "export",
        f"Every client's history exported as {fmt.upper()} ({count} clients)",
        details={"format": fmt, "path": str(written), "clients": count},
    )
    return written


def _export_all_pdf(
    logbook: Logbook, path: Path, progress: Progress | None, cancel: Cancel
) -> Path:
    from .pdf_report import write_pdf

    generated_at = datetime.now(UTC).replace(microsecond=0)
    client_ids = logbook.client_ids()
    practitioners = logbook.practitioners()
    audit_head = logbook.audit_head()
    with (
        atomic_output(path, logbook.data_dir) as temp,
        zipfile.ZipFile(temp, "w", allowZip64=True) as archive,
        tempfile.TemporaryDirectory(prefix="logger-app-export-") as work,
    ):
        for done, client_id in enumerate(client_ids, start=1):
            check_cancel(cancel)
            history = load_history(
                logbook,
                client_id,
                generated_at=generated_at,
                practitioners=practitioners,
                audit_head=audit_head,
            )
            name = client_folder(client_id, history.client.full_name) + ".pdf"
            pdf = write_pdf(
                history,
                logbook.data_dir,
                Path(work) / "report.pdf",
                None,
                cancel,
                photos=logbook,
            )
            archive.write(pdf, name, compress_type=zipfile.ZIP_DEFLATED)
            if progress is not None:
                progress(done, len(client_ids))
    return path
