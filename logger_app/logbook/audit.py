"""Who is acting, and the audit log: events recorded from outside the database (exports,
backups, restores), reading the log and exporting it."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..integrity import default_actor
from ..records import AuditEntry, AuditFilter
from .context import LogbookContext

if TYPE_CHECKING:
    from ..backup import BackupInfo, RestoreInfo


class AuditTrail:
    def __init__(self, context: LogbookContext) -> None:
        self._c = context

    @property
    def actor(self) -> str:
        return self._c.audit.actor

    def set_actor(self, name: str) -> None:
        self._c.audit.actor = name.strip() or default_actor()

    def record_event(
        self,
        action: str,
        summary: str,
        *,
        entity: str = "logbook",
        entity_id: int | None = None,
        client_id: int | None = None,
        details: dict[str, Any] | None = None,
        actor: str | None = None,
    ) -> int:
        """Record a write that happened outside the database (an export, a backup, a
        restore) in the audit log. ``summary`` must not hold a name (see the README):
        put file names in ``details``. A read-only logbook cannot keep the entry (an
        export from read-only media is not in its audit log): 0, no entry."""
        if self._c.read_only is not None:
            return 0
        with self._c.db.atomic():
            return self._c.audit.record(
                action,
                entity,
                summary,
                entity_id=entity_id,
                client_id=client_id,
                details=details,
                actor=actor,
            )

    def record_backup(
        self, path: Path, backup: BackupInfo | None = None, *, automatic: bool = False
    ) -> int:
        held = f": {backup.clients} clients, {backup.sessions} sessions" if backup else ""
        return self.record_event(
            "backup",
            ("Automatic backup saved" if automatic else "Backup saved") + held,
            details={"path": str(path)},
            actor="system (automatic backup)" if automatic else None,
        )

    def record_restore(self, restored: RestoreInfo) -> int:
        """The heads this computer knew of the history the restore replaced are set
        aside first (an anchor helps verify; it never makes a restore fail)."""
        from ..verification.anchors import mark_restored

        with contextlib.suppress(OSError):
            mark_restored(self._c.data_dir, self._c.location)
        backup = restored.backup
        return self.record_event(
            "restore",
            f"Logbook restored from a backup made {backup.created_at:%Y-%m-%d %H:%M} UTC "
            f"({backup.clients} clients, {backup.sessions} sessions)",
            details={
                "archive": str(backup.path),
                "replaced_logbook_kept_in": str(restored.replaced) if restored.replaced else None,
            },
        )

    def audit_entries(
        self, search: AuditFilter | None = None, limit: int = 5000
    ) -> list[AuditEntry]:
        return self._c.audit.entries(search or AuditFilter(), limit)

    def audit_count(self, search: AuditFilter | None = None) -> int:
        return self._c.audit.count(search)

    def audit_actors(self) -> list[str]:
        return self._c.audit.distinct("actor")

    def audit_actions(self) -> list[str]:
        return self._c.audit.distinct("action")

    def export_audit_csv(self, entries: list[AuditEntry], path: Path) -> Path:
        from ..audit_csv import write_audit_csv

        written = write_audit_csv(entries, Path(path), self._c.data_dir)
        self.record_event(
            "export",
            f"Audit log exported as CSV: {len(entries)} entries",
            details={"path": str(written)},
        )
        return written
