"""Heads of the audit log kept outside the log, for ``verify`` to hold the chain against.

The chain alone shows a change in the middle of the log; it cannot show that the newest
entries were cut off, or that the whole chain was computed again after a change. A head
named somewhere the log's writer cannot reach as easily can:

- this computer's anchor: after each commit that wrote audit entries, the Logbook
  records the newest head it wrote in ``audit-anchor.json`` in the data folder (owner
  only, replaced whole), one per logbook, keyed by where its records are (the file's
  path, or the clinic server's label): a server and a file logbook using one data
  folder keep apart;
- the manifests of the automatic backups in the data folder (of the file logbook only:
  they are made of the data folder's own file), read alone, not the whole archive.

A backup or export carried elsewhere names its head too: ``verify --expect-head``.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..records import AuditHead

ANCHOR_FILENAME = "audit-anchor.json"
ANCHOR_FORMAT = "logger-app-audit-anchor"
SERVER_PREFIX = "clinic server: "
_log = logging.getLogger(__name__)

__all__ = [
    "ANCHOR_FILENAME",
    "AnchorKeeper",
    "anchor_key",
    "computer_anchor",
    "known_anchors",
    "mark_restored",
    "write_anchor",
]


def anchor_key(location: str) -> str:
    """The anchor file's key for a logbook's ``location`` (``Logbook.location``: the
    file's path, or ``"clinic server: <label>"``); a path is made absolute."""
    if location.startswith(SERVER_PREFIX):
        return location
    return str(Path(location).expanduser().resolve())


def _read(path: Path) -> dict[str, Any]:
    """The anchors in the file by key ({} if there is none, or it is not ours)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != ANCHOR_FORMAT:
        return {}
    logbooks = data.get("logbooks")
    return logbooks if isinstance(logbooks, dict) else {}


def write_anchor(data_dir: Path, location: str, head: AuditHead) -> None:
    """Record ``head`` as this computer's newest write to the logbook at ``location``:
    the file is written beside itself and renamed over it (never half written; no
    fsync: a head lost in a crash leaves the one before, still true)."""
    _update(Path(data_dir), location, {
        "audit_head": head.as_text(),
        "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
    })  # fmt: skip


def mark_restored(data_dir: Path, location: str) -> None:
    """The logbook at ``location`` was just replaced by a restore: its log is the
    backup's now, so the heads of backups made before this moment (and this computer's
    writes before it) name another history and are no longer held against it."""
    _update(Path(data_dir), location, {
        "audit_head": None,
        "restored_at": datetime.now(UTC).isoformat(timespec="seconds"),
    })  # fmt: skip


def _restored_at(data_dir: Path, location: str) -> datetime | None:
    entry = _read(Path(data_dir) / ANCHOR_FILENAME).get(anchor_key(location))
    try:
        return datetime.fromisoformat(str(entry["restored_at"])) if entry else None
    except (KeyError, ValueError):
        return None


def _update(data_dir: Path, location: str, values: dict[str, Any]) -> None:
    path = data_dir / ANCHOR_FILENAME
    logbooks = _read(path)
    key = anchor_key(location)
    entry = logbooks.get(key)
    logbooks[key] = (entry if isinstance(entry, dict) else {}) | values
    text = json.dumps({"format": ANCHOR_FORMAT, "version": 1, "logbooks": logbooks}, indent=1)
    # mkstemp: owner-only (0600), a name of its own for each writer.
    handle, temp = tempfile.mkstemp(prefix=".audit-anchor-", suffix=".tmp", dir=data_dir)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class AnchorKeeper:
    """A commit listener (``db.commit_listeners``): the last audit head among what a
    commit kept (``AuditStore.record`` hands each one over) becomes the anchor. A
    failure to write it is logged, never raised: the commit is made whatever happens."""

    def __init__(self, data_dir: Path, location: str) -> None:
        self._data_dir = Path(data_dir)
        self._location = location

    def __call__(self, committed: Iterable[object]) -> None:
        head = None
        for item in committed:
            if isinstance(item, AuditHead):
                head = item
        if head is None:
            return
        try:
            write_anchor(self._data_dir, self._location, head)
        except OSError:
            _log.warning("This computer's audit anchor could not be written", exc_info=True)


def computer_anchor(data_dir: Path, location: str) -> tuple[str, AuditHead] | None:
    """(source, head) of this computer's last write to the logbook at ``location``."""
    entry = _read(Path(data_dir) / ANCHOR_FILENAME).get(anchor_key(location))
    if not isinstance(entry, dict):
        return None
    try:
        head = AuditHead.from_text(str(entry.get("audit_head", "")))
    except ValueError:
        return None
    source = "this computer's last write"
    try:
        written = datetime.fromisoformat(str(entry.get("written_at")))
        source += f" ({written.astimezone():%Y-%m-%d %H:%M})"
    except ValueError:
        pass
    return source, head


def _backup_anchors(data_dir: Path, since: datetime | None) -> list[tuple[str, AuditHead]]:
    from ..backup.automatic import automatic_backups
    from ..backup.manifest import BackupError, read_manifest

    anchors = []
    for made, path in automatic_backups(data_dir):
        if since is not None and made < since:
            continue  # of the history a restore replaced
        try:
            manifest = read_manifest(path)
        except BackupError:
            continue  # not readable: not a source; verifying the backup says why
        if manifest.audit_head is not None:
            source = f"automatic backup {made.astimezone():%Y-%m-%d %H:%M}"
            anchors.append((source, manifest.audit_head))
    return anchors


def known_anchors(data_dir: Path, location: str) -> list[tuple[str, AuditHead]]:
    """Every head this computer knows of the logbook at ``location`` (see the module):
    this computer's last write first, then its automatic backups, newest first. Each
    source is named for a person ("automatic backup 2026-11-30 10:00")."""
    data_dir = Path(data_dir)
    anchors = []
    own = computer_anchor(data_dir, location)
    if own is not None:
        anchors.append(own)
    from ..store.database import DATABASE_FILENAME

    if anchor_key(location) == anchor_key(str(data_dir / DATABASE_FILENAME)):
        anchors.extend(_backup_anchors(data_dir, _restored_at(data_dir, location)))
    return anchors
