"""Attacks on the audit log itself, and ``verify`` naming each: rows cut in the middle
or at the end (caught by this computer's anchor, by a later signature's head, by an
export's), rows swapped, an entry changed, the whole chain computed again."""

from __future__ import annotations

import json

import pytest

from logger_app.export import export_client
from logger_app.records import AuditHead, ClientDetails

from .scene import NOW, Scene, head_id, messages, one_message, verify
from .tampering import raw_connection

pytestmark = pytest.mark.both_homes


def test_audit_rows_deleted_in_the_middle(scene: Scene) -> None:
    with raw_connection(scene.logbook) as raw, raw.triggers_off("audit_log"):
        raw.run("DELETE FROM audit_log WHERE id BETWEEN 4 AND 6")
    assert messages(verify(scene)) == ["audit entries 4–6 missing or altered"]


def test_the_newest_audit_rows_deleted_are_caught_by_this_computers_anchor(
    scene: Scene,
) -> None:
    for name in ("Bob", "Cy"):  # the two newest entries: clients added
        scene.logbook.add_client(ClientDetails(name, "Jones"), today=NOW.date())
    newest = head_id(scene)
    with raw_connection(scene.logbook) as raw, raw.triggers_off("audit_log"):
        raw.run("DELETE FROM audit_log WHERE id > ?", [newest - 2])
    assert scene.logbook.verify_records().ok  # the chain alone cannot tell
    message = one_message(verify(scene, anchors=True), "this computer's last write")
    assert message.startswith(f"audit entries {newest - 1}–{newest} missing (")
    assert message.endswith(f"names entry {newest})")


def test_the_newest_audit_rows_deleted_are_caught_by_an_exports_head(
    scene: Scene, tmp_path
) -> None:
    """A JSON export (a backup, a bundle alike) names the head it was made at:
    ``verify --expect-head`` holds the logbook against it."""
    book = scene.logbook
    exported = export_client(book, 1, "json", tmp_path / "history.json")
    named = AuditHead.from_text(json.loads(exported.read_text("utf-8"))["audit_head"])
    with raw_connection(book) as raw, raw.triggers_off("audit_log"):
        raw.run("DELETE FROM audit_log WHERE id >= ?", [named.entry_id])
    report = book.verify_records(anchors=[("the export history.json", named)])
    message = one_message(report, "the export history.json")
    assert message.startswith(f"audit entry {named.entry_id} missing (")


def test_the_newest_audit_rows_deleted_are_caught_by_a_later_signature(scene: Scene) -> None:
    book = scene.logbook
    named = head_id(scene)  # the draft's signature will name this head
    book.sign_session(scene.draft)
    with raw_connection(book) as raw, raw.triggers_off("audit_log"):
        raw.run("DELETE FROM audit_log WHERE id >= ?", [named])
    message = one_message(book.verify_records(), f"the signature of session {scene.draft} by ")
    assert message.startswith(f"audit entry {named} missing (")


def test_two_audit_rows_swapped(scene: Scene) -> None:
    columns = "at, actor, action, entity, entity_id, client_id, summary, details, " + (
        "subject_salt, subject_sha256, entry_sha256"
    )
    with raw_connection(scene.logbook) as raw, raw.triggers_off("audit_log"):
        first = raw.run(f"SELECT {columns} FROM audit_log WHERE id = 5")[0]
        second = raw.run(f"SELECT {columns} FROM audit_log WHERE id = 6")[0]
        assignments = ", ".join(f"{c} = ?" for c in columns.split(", "))
        # Through a free hash first: entry_sha256 is unique.
        raw.run("UPDATE audit_log SET entry_sha256 = ? WHERE id = 5", ["0" * 64])
        raw.run(f"UPDATE audit_log SET {assignments} WHERE id = 6", [*first])
        raw.run(f"UPDATE audit_log SET {assignments} WHERE id = 5", [*second])
    report = verify(scene)
    assert one_message(report, "audit entry 5 altered or out of order")


def test_an_entrys_summary_changed(scene: Scene) -> None:
    with raw_connection(scene.logbook) as raw, raw.triggers_off("audit_log"):
        raw.run("UPDATE audit_log SET summary = 'Nothing happened' WHERE id = 4")
    assert messages(verify(scene)) == ["audit entry 4 altered"]


def test_the_whole_chain_recomputed_after_a_change(scene: Scene) -> None:
    """A forger who chains the log again leaves a sound chain: the heads named by the
    signatures and by this computer's anchor no longer match it."""
    book = scene.logbook
    named = head_id(scene)
    book.sign_session(scene.draft)  # its signature names entry ``named``
    with raw_connection(book) as raw:
        with raw.triggers_off("audit_log"):
            raw.run("UPDATE audit_log SET actor = 'Someone else' WHERE id = 2")
        raw.rechain()
    report = book.verify_records()
    assert not any(finding.message.endswith("altered") for finding in report.findings)
    assert one_message(report, f"audit entries up to {named} rewritten (the signature of ")
    anchored = verify(scene, anchors=True)
    assert one_message(anchored, "rewritten (this computer's last write")
