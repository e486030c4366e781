"""The scene every attack starts from, and how its findings are read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment
from logger_app.verification import VerificationReport
from logger_app.verification.anchors import known_anchors
from logger_app.vocabulary import Area

from ...signing import sign_in

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
MAYA = "Maya Okafor"
BOB = "Bob Reyes"


@dataclass(frozen=True)
class Scene:
    """A signed session, amended once (its forehead 0.5 → 0.75 mm), and a draft."""

    logbook: Logbook
    signed: int
    amendment: int
    draft: int


def make_scene(logbook: Logbook, add_client, make_session) -> Scene:
    sign_in(logbook, MAYA)
    client = add_client()
    areas = (AreaTreatment(Area.FOREHEAD, 0.5), AreaTreatment(Area.LEFT_CHEEK, 1.0, 4))
    signed = logbook.record_session(
        make_session(client.id, practitioner_name=MAYA, areas=areas), now=NOW, sign=True
    )
    amended = logbook.amend_session(signed.id, "areas.forehead.depth_mm", 0.75, "typed 0.5")
    draft = logbook.record_session(
        make_session(client.id, practitioner_name=MAYA, started_at=NOW), now=NOW
    )
    assert logbook.verify_records().ok
    return Scene(logbook, signed.id, amended.amendments[-1].id, draft.id)


def messages(report: VerificationReport) -> list[str]:
    assert not report.ok
    return [finding.message for finding in report.findings]


def one_message(report: VerificationReport, part: str) -> str:
    found = [message for message in messages(report) if part in message]
    assert found, f"no finding says {part!r}: {messages(report)}"
    return found[0]


def verify(scene: Scene, *, anchors: bool = False) -> VerificationReport:
    book = scene.logbook
    known = known_anchors(book.data_dir, book.location) if anchors else []
    return book.verify_records(anchors=known)


def head_id(scene: Scene) -> int:
    head = scene.logbook.audit_head()
    assert head is not None
    return head.entry_id
