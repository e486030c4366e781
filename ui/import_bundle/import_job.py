"""The import of a bundle as work for the job helper (``ui.common.jobs``): it runs in
its own pool on the Logbook the helper opens there; a cancel or a failure leaves the
logbook as it was."""

from __future__ import annotations

from pathlib import Path

from logger_app.bundle_import import BundleImportCancelled, BundleImportSummary, import_bundle

from ..common.jobs import JobCancelled, JobContext, Work


def import_bundle_work(path: Path, all_clients: bool, as_new: bool) -> Work:
    """Its result: the BundleImportSummary."""

    def work(context: JobContext) -> BundleImportSummary:
        assert context.logbook is not None
        try:
            return import_bundle(
                context.logbook,
                Path(path),
                all_clients=all_clients,
                as_new=as_new,
                progress=context.report,
                cancel=context.cancelled,
            )
        except BundleImportCancelled:
            raise JobCancelled() from None

    return work
