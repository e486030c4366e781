"""``logger-app verify``: prove the records. Every signature, every signed record against
what was signed, the photos of signed records and the audit log's hash chain, the chain
also against heads known from elsewhere (``--expect-head``, and those the data folder
keeps). Exit status 0 when everything holds, 1 with findings, 2 when it cannot run.

Registered by ``logger_app.cli`` (listed in its ``COMMAND_MODULES``).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import LogbookError
from .common import add_data_dir, count, open_logbook, terminal_percent

if TYPE_CHECKING:
    from ..records import AuditHead
    from ..verification import VerificationReport

EXIT_FINDINGS = 1
EXIT_CANNOT_RUN = 2
_ANCHORS_MODULE = "logger_app.verification.anchors"


def register(commands: argparse._SubParsersAction) -> None:
    verify = commands.add_parser(
        "verify",
        help="check every signature, signed record and the audit log's chain",
        description=(
            "Check that every signed session is what its practitioner signed (each "
            "signature and amendment, the photos of signed records) and that the audit "
            "log is whole: no entry missing, altered or out of order. Each failure is "
            "printed on its own line, then a summary with the log's head (ID:SHA256, "
            "to keep and give to --expect-head later). Exit status 0 when everything "
            "holds, 1 when anything does not, 2 when the check cannot run. Changes nothing."
        ),
    )
    add_data_dir(verify)
    verify.add_argument(
        "--no-photos",
        action="store_true",
        help="leave out the photo files (quicker: the records and signatures still count)",
    )
    verify.add_argument(
        "--expect-head",
        action="append",
        default=[],
        type=_head,
        metavar="ID:SHA256",
        help=(
            "an audit head written down earlier (printed by verify, in backup manifests "
            "and exports): the log must still hold that entry unchanged (repeatable)"
        ),
    )
    verify.set_defaults(run=run_verify)


def _head(text: str) -> AuditHead:
    from ..records import AuditHead

    try:
        return AuditHead.from_text(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an audit head: ID:SHA256, e.g. 1234:9f86d0…"
        ) from None


def folder_anchors(data_dir: Path, location: str) -> list[tuple[str, AuditHead]]:
    """Audit heads this computer's data folder knows of the logbook at ``location``
    (``Logbook.location``): its own last write, its automatic backups; with where each
    was read. The one place ``logger_app.verification.anchors`` plugs in; none in a
    version without it."""
    if importlib.util.find_spec(_ANCHORS_MODULE) is None:
        return []
    anchors = importlib.import_module(_ANCHORS_MODULE)
    return list(anchors.known_anchors(data_dir, location))


def run_verify(args: argparse.Namespace) -> int:
    given = [("--expect-head", head) for head in args.expect_head]
    try:
        with open_logbook(args) as logbook:
            anchors = given + folder_anchors(logbook.data_dir, logbook.location)
            report = logbook.verify_records(
                anchors=anchors,
                check_photos=not args.no_photos,
                progress=terminal_percent("Verifying"),
            )
    except LogbookError:
        raise  # one line and exit status 2 (``run_command``)
    except Exception as error:  # a crash must not read as "findings"
        print(f"logger-app: the records could not be verified: {error}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    for finding in report.findings:
        print(finding.message)
    _print_summary(report, photos=not args.no_photos)
    return EXIT_FINDINGS if report.findings else 0


def _print_summary(report: VerificationReport, *, photos: bool) -> None:
    print(
        f"Signed sessions: {report.sessions_verified} verified, "
        f"{report.sessions_sealed - report.sessions_sealed_at_import} "
        "sealed at the upgrade (signed before verifiable signatures)"
    )
    if report.sessions_sealed_at_import:
        print(
            f"Imported:        {report.sessions_sealed_at_import} sealed at their import, "
            f"{report.imported_verified} with their signatures there holding "
            f"({report.imported_known_keys} with keys this logbook knows)"
        )
    print(f"Signatures:      {report.signatures_checked}")
    print(f"Audit entries:   {report.entries_checked}")
    print(f"Photos:          {report.photos_checked if photos else 'not checked (--no-photos)'}")
    print(f"Anchors:         {report.anchors_checked}")
    print(f"Audit head:      {report.head.as_text() if report.head else '(empty log)'}")
    if report.findings:
        print(f"{count(len(report.findings), 'finding')}: the records above do not hold.")
    else:
        print("Every signature, record and audit entry holds.")
