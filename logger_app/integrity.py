"""The Logbook's record-integrity use cases: who is acting, practitioners' profiles,
drafts and signing, amendments, archiving and erasing clients, and the audit log.

Mixed into ``Logbook`` (the one entry point): these methods use its stores and follow
its rule of one transaction per use case, the audit entry inside it.
"""

from __future__ import annotations

import contextlib
import getpass
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .amendments import AmendableField, amendable_fields, check_amendment
from .errors import LogbookError, SignedSessionError, ValidationError
from .records import (
    AuditEntry,
    AuditFilter,
    Client,
    ErasureReport,
    Practitioner,
    PractitionerDetails,
    Session,
    SessionDetails,
)
from .validation import validate_practitioner

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .backup import BackupInfo, RestoreInfo
    from .store import ClientStore, PhotoStore, PractitionerStore, SessionStore
    from .store.audit import AuditStore
    from .store.erasure import ErasureStore
    from .store.signing import SigningStore


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in this environment
        return "unknown user"


def default_actor() -> str:
    """Who an entry is recorded for when nobody said: the computer's user."""
    return f"system ({os_user()})"


def command_line_actor() -> str:
    return f"command line ({os_user()})"


def _same_name(typed: str, name: str) -> bool:
    return " ".join(typed.split()).casefold() == " ".join(name.split()).casefold()


class RecordIntegrity:
    # Provided by Logbook.
    data_dir: Path
    _db: Database
    _audit: AuditStore
    _clients: ClientStore
    _sessions: SessionStore
    _practitioners: PractitionerStore
    _photos: PhotoStore
    _signing: SigningStore
    _erasure: ErasureStore

    # Who is acting
    @property
    def actor(self) -> str:
        """Who the audit log records for every write from now on."""
        return self._audit.actor

    def set_actor(self, name: str) -> None:
        """The practitioner (or program) making the changes: recorded with each write,
        and the name a session is signed or amended by."""
        self._audit.actor = name.strip() or default_actor()

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
        put file names in ``details``."""
        with self._db.atomic():
            return self._audit.record(
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
        """A backup of this logbook was saved at ``path`` (``backup``: what it holds);
        an ``automatic`` one is recorded as the system's."""
        held = f": {backup.clients} clients, {backup.sessions} sessions" if backup else ""
        return self.record_event(
            "backup",
            ("Automatic backup saved" if automatic else "Backup saved") + held,
            details={"path": str(path)},
            actor="system (automatic backup)" if automatic else None,
        )

    def record_restore(self, restored: RestoreInfo) -> int:
        """This logbook was just restored from a backup (recorded in the restored one)."""
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

    # Practitioners
    def practitioner(self, practitioner_id: int) -> Practitioner:
        return self._practitioners.get(practitioner_id)

    def add_practitioner(self, details: PractitionerDetails) -> Practitioner:
        problems = validate_practitioner(details)
        if "name" not in problems and self._practitioners.named_like(details.name):
            problems["name"] = f"There is already a practitioner named {details.name.strip()}."
        _raise_if(problems)
        with self._db.atomic():
            added = self._practitioners.add(details)
            self._audit.record(
                "create", "practitioner", f"Practitioner {added.id} added", entity_id=added.id
            )
        return added

    def update_practitioner(
        self, practitioner_id: int, details: PractitionerDetails
    ) -> Practitioner:
        """Change a profile. A practitioner who signed sessions keeps their name (it is
        on those records): add a new profile for a new name."""
        before = self._practitioners.get(practitioner_id)
        problems = validate_practitioner(details)
        renamed = details.name.strip() != before.name
        if "name" not in problems and renamed:
            same = self._practitioners.named_like(details.name)
            if same is not None and same.id != practitioner_id:
                problems["name"] = f"There is already a practitioner named {same.name}."
            elif self._practitioners.signed_session_count(practitioner_id):
                problems["name"] = (
                    f"{before.name} has signed sessions, which keep the name they were "
                    "signed with. Add a new profile for the new name."
                )
        _raise_if(problems)
        changed = [
            label
            for label, old, new in (
                ("name", before.name, details.name.strip()),
                ("credentials", before.credentials, details.credentials.strip()),
                ("maximum depth", before.max_depth_mm, details.max_depth_mm),
            )
            if old != new
        ]
        with self._db.atomic():
            updated = self._practitioners.update(practitioner_id, details)
            self._audit.record(
                "update",
                "practitioner",
                f"Practitioner {practitioner_id} changed: {', '.join(changed) or 'nothing'}",
                entity_id=practitioner_id,
                details={"fields": changed},
            )
        return updated

    # Drafts and signing
    def _session_to_change(self, session_id: int, signed: bool) -> Session:
        session = self._sessions.get(session_id)
        if session.is_signed and not signed:
            raise SignedSessionError(
                f"Session {session_id} is signed: its record cannot be changed or deleted. "
                "Correct it with an amendment (with the reason)."
            )
        if signed and not session.is_signed:
            raise SignedSessionError(
                f"Session {session_id} is a draft: edit it directly; only a signed session "
                "is amended."
            )
        return session

    def update_draft_session(
        self,
        session_id: int,
        details: SessionDetails,
        now: datetime | None = None,
        enforce_safety: bool = True,
    ) -> Session:
        """Rewrite a draft session whole (validated like a new one). A signed session
        is refused (SignedSessionError): amend it instead."""
        before = self._session_to_change(session_id, signed=False)
        if details.client_id != before.details.client_id:
            raise ValidationError({"client_id": "A session stays with its client."})
        acknowledgements = self._checked_session(details, now, enforce_safety, session_id)
        changed = _changed_fields(before.details, details)
        with self._db.atomic():
            self._signing.rewrite_draft(session_id, details, acknowledgements)
            self._audit.record(
                "update",
                "session",
                f"Draft session {session_id} edited: {', '.join(changed) or 'nothing changed'}",
                entity_id=session_id,
                client_id=details.client_id,
                details={"fields": changed},
            )
        return self._sessions.get(session_id)

    def sign_session(self, session_id: int) -> Session:
        """Sign a draft as the current actor: from now on it is read-only."""
        session = self._session_to_change(session_id, signed=False)
        with self._db.atomic():
            self._sign(session)
        return self._sessions.get(session_id)

    def _sign(self, session: Session) -> None:
        self._signing.sign(session.id, self.actor)
        self._audit.record(
            "sign",
            "session",
            f"Session {session.id} signed",
            entity_id=session.id,
            client_id=session.details.client_id,
        )

    def delete_draft_session(self, session_id: int) -> None:
        """Delete a draft, its parts and its photos (their files too, unless another
        photo uses them). A signed session is never deleted (SignedSessionError)."""
        from .photos.upkeep import delete_rows_and_files

        session = self._session_to_change(session_id, signed=False)
        photos = self._photos.for_session(session_id)

        def delete_rows() -> tuple[None, list[str]]:
            for photo in photos:
                self._photos.delete(photo.id)
            self._signing.delete_draft(session_id)
            self._audit.record(
                "delete",
                "session",
                f"Draft session {session_id} deleted with its {len(photos)} photo(s)",
                entity_id=session_id,
                client_id=session.details.client_id,
                details={"photo_ids": [photo.id for photo in photos]},
            )
            return None, [photo.sha256 for photo in photos]

        delete_rows_and_files(self.data_dir, self._photos, delete_rows)

    def amendable_fields(self, session_id: int) -> list[AmendableField]:
        """What of a signed session may be amended, with the current values."""
        return amendable_fields(self._session_to_change(session_id, signed=True))

    def amend_session(self, session_id: int, field: str, new_value: Any, reason: str) -> Session:
        """Correct one field of a signed session (see ``amendable_fields``): the session
        shows the new value, and the amendment keeps the old one, the reason, who and
        when. ValidationError keys: ``field``, ``new_value``, ``reason``."""
        session = self._session_to_change(session_id, signed=True)
        checked = check_amendment(session, field, new_value, reason)
        with self._db.atomic():
            amendment_id = self._signing.amend(
                session_id,
                checked.key,
                checked.label,
                checked.old_json,
                checked.new_json,
                reason,
                self.actor,
            )
            self._audit.record(
                "amend",
                "session",
                f"Session {session_id} amended: {checked.label}",
                entity_id=session_id,
                client_id=session.details.client_id,
                details={"amendment_id": amendment_id, "field": checked.key},
            )
        return self._sessions.get(session_id)

    # Archive and erasure
    def archive_client(self, client_id: int) -> Client:
        """Hide a client from the client list; nothing is deleted (``unarchive_client``)."""
        return self._set_archived(client_id, True)

    def unarchive_client(self, client_id: int) -> Client:
        return self._set_archived(client_id, False)

    def _set_archived(self, client_id: int, archived: bool) -> Client:
        client = self._clients.get(client_id)
        if client.archived == archived:
            return client
        action = "archive" if archived else "unarchive"
        with self._db.atomic():
            self._clients.set_archived(client_id, archived)
            self._audit.record(
                action,
                "client",
                f"Client {client_id} {action}d",
                entity_id=client_id,
                client_id=client_id,
            )
        return self._clients.get(client_id)

    def erase_client(self, client_id: int, confirm_name: str) -> ErasureReport:
        """Erase a client at their request: every row of theirs (sessions, signed ones
        too, amendments, photos, screenings, consents …) and the photo files no other
        client uses. The audit log keeps one tombstone entry (id, who, when, counts; no
        name) and its earlier entries about the client lose their link to them.
        ``confirm_name`` must be the client's full name (ValidationError otherwise).
        Cannot be undone; backups made before still hold the client."""
        from .photos.upkeep import delete_rows_and_files

        client = self._clients.get(client_id)
        if not _same_name(confirm_name, client.full_name):
            raise ValidationError(
                {"confirm_name": "Type the client's full name exactly as it is recorded."}
            )
        if self._db.conn.in_transaction:
            raise LogbookError("A client is erased on its own, not inside a batch of changes.")
        conn = self._db.conn
        # Deleted content is overwritten, not left in free pages of the file.
        conn.execute("PRAGMA secure_delete = ON")
        try:

            def delete_rows():
                rows = self._erasure.erase(client_id, self._audit)
                return rows, rows.unused_hashes

            rows, files = delete_rows_and_files(self.data_dir, self._photos, delete_rows)
        finally:
            conn.execute("PRAGMA secure_delete = OFF")
        # Fold the write-ahead log (which held the client's pages) into the main file.
        with contextlib.suppress(sqlite3.Error):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return ErasureReport(
            client_id=client_id,
            sessions=rows.sessions,
            photos=rows.photos,
            photo_files=files,
            amendments=rows.amendments,
            other_rows=rows.other_rows,
            tombstone_id=rows.tombstone_id,
        )

    # The audit log
    def audit_entries(
        self, search: AuditFilter | None = None, limit: int = 5000
    ) -> list[AuditEntry]:
        """Newest first, at most ``limit``."""
        return self._audit.entries(search or AuditFilter(), limit)

    def audit_count(self, search: AuditFilter | None = None) -> int:
        return self._audit.count(search)

    def audit_actors(self) -> list[str]:
        return self._audit.distinct("actor")

    def audit_actions(self) -> list[str]:
        return self._audit.distinct("action")

    def export_audit_csv(self, entries: list[AuditEntry], path: Path) -> Path:
        """Write ``entries`` as CSV (written whole or not at all), and record it."""
        from .audit_csv import write_audit_csv

        written = write_audit_csv(entries, Path(path), self.data_dir)
        self.record_event(
            "export",
            f"Audit log exported as CSV: {len(entries)} entries",
            details={"path": str(written)},
        )
        return written

    # Provided by Logbook
    def _checked_session(
        self,
        details: SessionDetails,
        now: datetime | None,
        enforce_safety: bool,
        replacing: int | None = None,
    ) -> list[tuple[str, str]]:
        raise NotImplementedError


def _changed_fields(before: SessionDetails, after: SessionDetails) -> list[str]:
    return [
        name
        for name in SessionDetails.__dataclass_fields__
        if getattr(before, name) != getattr(after, name)
    ]


def _raise_if(problems: dict[str, str]) -> None:
    if problems:
        raise ValidationError(problems)
