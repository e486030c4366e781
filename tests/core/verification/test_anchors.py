"""Heads kept outside the log: this computer's anchor, written after each commit that
wrote audit entries, and the automatic backups' manifests (``known_anchors``)."""

from __future__ import annotations

import json
import logging
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from logger_app.backup import auto_backup_if_due, automatic_backups
from logger_app.logbook import Logbook
from logger_app.records import AuditHead, ClientDetails
from logger_app.verification import anchors
from logger_app.verification.anchors import (
    ANCHOR_FILENAME,
    anchor_key,
    computer_anchor,
    known_anchors,
    write_anchor,
)

from ...server_home import fresh_logbook_database
from ..backup_support import rewrite

TODAY = datetime(2025, 6, 2, 12, 0, tzinfo=UTC).date()
OTHER_HEAD = AuditHead(7, "ab" * 32)


def anchor_file(logbook: Logbook) -> dict:
    return json.loads((logbook.data_dir / ANCHOR_FILENAME).read_text("utf-8"))


def own_head(logbook: Logbook) -> AuditHead | None:
    found = computer_anchor(logbook.data_dir, logbook.location)
    return None if found is None else found[1]


def test_each_commit_keeps_the_newest_head_it_wrote(logbook: Logbook, monkeypatch) -> None:
    assert not (logbook.data_dir / ANCHOR_FILENAME).exists()
    logbook.add_client(ClientDetails("Ann", "Smith"), today=TODAY)
    assert own_head(logbook) == logbook.audit_head()
    path = logbook.data_dir / ANCHOR_FILENAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list(anchor_file(logbook)["logbooks"]) == [str(logbook.database_path.resolve())]

    writes: list[AuditHead] = []
    real = anchors.write_anchor
    monkeypatch.setattr(anchors, "write_anchor", lambda *a: (writes.append(a[2]), real(*a))[1])
    with logbook.batch():
        for name in ("Bob", "Cy", "Di"):
            logbook.add_client(ClientDetails(name, "Jones"), today=TODAY)
    assert writes == [logbook.audit_head()]  # one write per commit: its newest head
    assert own_head(logbook) == logbook.audit_head()
    assert [p.name for p in logbook.data_dir.iterdir() if p.name.startswith(".audit")] == []


def test_a_write_rolled_back_leaves_the_anchor_as_it_was(logbook: Logbook) -> None:
    logbook.add_client(ClientDetails("Ann", "Smith"), today=TODAY)
    before = own_head(logbook)
    with pytest.raises(RuntimeError), logbook.batch():
        logbook.add_client(ClientDetails("Bob", "Jones"), today=TODAY)
        raise RuntimeError("rolled back")
    assert own_head(logbook) == before == logbook.audit_head()


def test_an_anchor_that_cannot_be_written_never_fails_the_write(
    logbook: Logbook, caplog: pytest.LogCaptureFixture
) -> None:
    (logbook.data_dir / ANCHOR_FILENAME).mkdir()  # os.replace cannot put a file there
    with caplog.at_level(logging.WARNING):
        client = logbook.add_client(ClientDetails("Ann", "Smith"), today=TODAY)
    assert logbook.client(client.id).details.first_name == "Ann"
    assert "audit anchor could not be written" in caplog.text
    assert [p.name for p in logbook.data_dir.iterdir() if p.name.startswith(".audit")] == []


def test_logbooks_sharing_a_data_folder_keep_their_own_anchor(logbook: Logbook) -> None:
    server = "clinic server: logbook on db.example:5432"
    write_anchor(logbook.data_dir, server, OTHER_HEAD)
    logbook.add_client(ClientDetails("Ann", "Smith"), today=TODAY)
    assert own_head(logbook) == logbook.audit_head() != OTHER_HEAD
    other = computer_anchor(logbook.data_dir, server)
    assert other is not None and other[1] == OTHER_HEAD
    # The same file named another way is the same logbook.
    relative = Path(logbook.data_dir, "..", logbook.data_dir.name, "logbook.sqlite3")
    assert anchor_key(str(relative)) == anchor_key(logbook.location)


def test_a_damaged_anchor_file_is_no_source_and_is_written_again(logbook: Logbook) -> None:
    (logbook.data_dir / ANCHOR_FILENAME).write_text("{not json", "utf-8")
    assert known_anchors(logbook.data_dir, logbook.location) == []
    logbook.add_client(ClientDetails("Ann", "Smith"), today=TODAY)
    assert own_head(logbook) == logbook.audit_head()


def test_known_anchors_name_this_computer_and_each_automatic_backup(logbook: Logbook) -> None:
    heads = []
    first = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
    for day, name in enumerate(("Ann", "Bob")):
        logbook.add_client(ClientDetails(name, "Smith"), today=TODAY)
        heads.append(logbook.audit_head())
        auto_backup_if_due(logbook.data_dir, now=first + timedelta(days=day))
    logbook.add_client(ClientDetails("Cy", "Smith"), today=TODAY)

    found = known_anchors(logbook.data_dir, logbook.location)

    made = [when for when, _ in automatic_backups(logbook.data_dir)]  # newest first
    assert [head for _, head in found] == [logbook.audit_head(), heads[1], heads[0]]
    assert found[0][0].startswith("this computer's last write (")
    assert [source for source, _ in found[1:]] == [
        f"automatic backup {when.astimezone():%Y-%m-%d %H:%M}" for when in made
    ]
    assert logbook.verify_records(anchors=found).anchors_checked >= 3
    assert logbook.verify_records(anchors=found).ok


def test_a_backup_is_read_for_its_manifest_alone(logbook: Logbook, tmp_path: Path) -> None:
    """The archive's other members are not read: a damaged database inside still gives
    the head its manifest names (verifying the backup is what finds the damage)."""
    logbook.add_client(ClientDetails("Ann", "Smith"), today=TODAY)
    made = auto_backup_if_due(logbook.data_dir, now=datetime(2026, 11, 29, 9, 0, tzinfo=UTC))
    assert made is not None
    damaged = rewrite(
        made,
        tmp_path / "damaged.zip",
        lambda name, data: b"garbage" if name == "logbook.sqlite3" else data,
    )
    damaged.replace(made)
    (made.parent / "logbook-20261130-090000.zip").write_bytes(b"not a zip at all")
    found = known_anchors(logbook.data_dir, logbook.location)
    assert [head for _, head in found[1:]] == [logbook.audit_head()]


def test_backups_in_the_folder_are_the_file_logbooks_not_the_servers(logbook: Logbook) -> None:
    logbook.add_client(ClientDetails("Ann", "Smith"), today=TODAY)
    auto_backup_if_due(logbook.data_dir, now=datetime(2026, 11, 29, 9, 0, tzinfo=UTC))
    server = "clinic server: logbook on db.example:5432"
    assert known_anchors(logbook.data_dir, server) == []
    write_anchor(logbook.data_dir, server, OTHER_HEAD)
    assert [head for _, head in known_anchors(logbook.data_dir, server)] == [OTHER_HEAD]
    assert len(known_anchors(logbook.data_dir, logbook.location)) == 2


@pytest.mark.server_only
def test_a_server_and_a_file_logbook_in_one_data_folder_keep_apart(logbook: Logbook) -> None:
    logbook.add_client(ClientDetails("Ann", "Smith"), today=TODAY)
    auto_backup_if_due(logbook.data_dir, now=datetime(2026, 11, 29, 9, 0, tzinfo=UTC))
    with (
        fresh_logbook_database() as url,
        Logbook.open(logbook.data_dir, database_url=url) as server,
    ):
        for name in ("Bob", "Cy", "Di"):
            server.add_client(ClientDetails(name, "Jones"), today=TODAY)
        on_server = known_anchors(server.data_dir, server.location)
        assert [head for _, head in on_server] == [server.audit_head()]  # no file backup
        assert server.verify_records(anchors=on_server).ok
        assert server.location.startswith("clinic server: ")
    on_file = known_anchors(logbook.data_dir, logbook.location)
    assert [head for _, head in on_file] == [logbook.audit_head()] * 2
    assert logbook.verify_records(anchors=on_file).ok


def test_after_a_restore_the_replaced_history_is_no_anchor(logbook: Logbook) -> None:
    """Backups made between the restored one and the restore name entries of a history
    the restore replaced: verify does not hold the restored log against them."""
    from logger_app.backup import restore_backup

    data_dir = logbook.data_dir
    first = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)  # both before the restore
    logbook.add_client(ClientDetails("Ann", "Smith"), today=TODAY)
    auto_backup_if_due(data_dir, now=first)
    for name in ("Bob", "Cy"):
        logbook.add_client(ClientDetails(name, "Smith"), today=TODAY)
    auto_backup_if_due(data_dir, now=first + timedelta(days=1))  # the later history
    logbook.close()
    newer, older = automatic_backups(data_dir)
    restored = restore_backup(older[1], data_dir)
    with Logbook.open(data_dir) as again:
        assert len(again.list_clients()) == 1
        before = known_anchors(data_dir, again.location)
        again.record_restore(restored)
        found = known_anchors(data_dir, again.location)
        assert any("automatic backup" in source for source, _ in before)  # would alarm
        assert not any("automatic backup" in source for source, _ in found)
        assert again.verify_records(anchors=found).ok
        assert not again.verify_records(anchors=before).ok  # what it would have said
    assert newer[1].exists()  # still there: it only no longer counts
