"""Sessions signed before verifiable signatures existed: sealed by the audit chain once,
at the first opening after the upgrade (schema step m009 leaves a ``seal_pending``
setting when there are any).

Each gets one "seal" entry naming its record hash and how many amendments it had: a
later change of the record no longer matches the hash, and the entry itself is held by
the chain. Their status reads "signed before verifiable signatures".
"""

from __future__ import annotations

from collections.abc import Callable

from ..store.identity import IdentityStore
from .context import LogbookContext

SEAL_PENDING = "seal_pending"
UPGRADE_ACTOR = "system (upgrade)"


def seal_pending_sessions(context: LogbookContext, record_hash: Callable[[int], str]) -> int:
    """Seal every signed session that has neither a signature nor a seal yet, if the
    upgrade left that to do; returns how many were sealed."""
    settings = IdentityStore(context.db)
    if not settings.setting(SEAL_PENDING, False):
        return 0
    db = context.db
    with db.atomic():
        if not settings.setting(SEAL_PENDING, False):
            return 0  # another workstation did it meanwhile
        context.audit.head(locked=True)
        rows = db.execute(
            "SELECT s.id, s.client_id, "
            "(SELECT count(*) FROM amendments a WHERE a.session_id = s.id) "
            "FROM sessions s WHERE s.signed_at IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM signatures g WHERE g.session_id = s.id) "
            "AND NOT EXISTS (SELECT 1 FROM audit_log e WHERE e.action = 'seal' "
            "AND e.entity = 'session' AND e.entity_id = s.id) ORDER BY s.id"
        ).fetchall()
        for session_id, client_id, amendments in rows:
            context.audit.record(
                "seal",
                "session",
                f"Session {session_id} sealed at the upgrade (signed before verifiable signatures)",
                entity_id=session_id,
                client_id=client_id,
                details={"record_sha256": record_hash(session_id), "amendments": amendments},
                actor=UPGRADE_ACTOR,
            )
        context.audit.record(
            "upgrade",
            "logbook",
            f"{len(rows)} session(s) signed before verifiable signatures sealed by the audit chain",
            details={"sessions_sealed": len(rows)},
            actor=UPGRADE_ACTOR,
        )
        settings.set_setting(SEAL_PENDING, None)
    return len(rows)
