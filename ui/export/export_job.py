"""An export as work for the job helper (``ui.common.jobs``): it runs in the export
pool on the Logbook the helper opens there, and leaves no file when cancelled.

The PDF is laid out and drawn in the worker too: QTextDocument, QPdfWriter and QPainter
on a paint device that is not a widget are safe there (tests/ui run it so).
"""

from __future__ import annotations

from pathlib import Path

from logger_app.export import ExportCancelled, export_client

from ..common.jobs import JobContext, Work

CANCEL_ERROR = ExportCancelled


def export_history(client_id: int, fmt: str, path: Path, keep_formulas: bool = False) -> Work:
    """Writes ``path``; its result is the path written, as text."""

    def work(context: JobContext) -> str:
        assert context.logbook is not None
        written = export_client(
            context.logbook,
            client_id,
            fmt,
            Path(path),
            context.report,
            context.cancelled,
            keep_formulas=keep_formulas,
        )
        return str(written)

    return work
