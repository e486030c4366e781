"""Clients: adding, changing, finding, archiving, and erasing one at their request."""

from __future__ import annotations

from datetime import date

from ..errors import LogbookError, ValidationError
from ..i18n import translate
from ..records import Client, ClientDetails, ClientListEntry, ErasureReport, ImportedFrom
from ..store.erasure import overwriting_deleted
from ..store.import_links import ImportLinkStore
from ..validation import validate_client
from .context import LogbookContext, raise_if


class Clients:
    def __init__(self, context: LogbookContext) -> None:
        self._c = context

    def add_client(
        self,
        details: ClientDetails,
        today: date | None = None,
        imported_from: ImportedFrom | None = None,
    ) -> Client:
        """``imported_from``: the row of another system the client came from, remembered
        in the same transaction (importing that source again finds the client by it)."""
        raise_if(validate_client(details, today))
        with self._c.db.atomic():
            client = self._c.clients.add(details)
            if imported_from is not None:
                ImportLinkStore(self._c.db).remember(
                    imported_from.source, "client", imported_from.source_id, client.id, client.id
                )
            self._c.audit.record(
                "create", "client", f"Client {client.id} added", entity_id=client.id,
                client_id=client.id,
            )  # fmt: skip
        return client

    def update_client(
        self, client_id: int, details: ClientDetails, today: date | None = None
    ) -> Client:
        problems = validate_client(details, today)
        born = details.date_of_birth
        if born and "date_of_birth" not in problems:
            first = self._c.sessions.first_started_at(client_id)
            if first and born > first.date():
                problems["date_of_birth"] = (
                    f"The client has a session on {first:%d %b %Y}, before this birth date."
                )
        raise_if(problems)
        before = self._c.clients.get(client_id).details
        changed = [
            name for name in ClientDetails.__dataclass_fields__
            if getattr(before, name) != getattr(details, name)
        ]  # fmt: skip
        with self._c.db.atomic():
            client = self._c.clients.update(client_id, details)
            self._c.audit.record(
                "update",
                "client",
                f"Client {client_id} details changed: {', '.join(changed) or 'nothing'}",
                entity_id=client_id,
                client_id=client_id,
                details={"fields": changed},
            )
        return client

    def client(self, client_id: int) -> Client:
        return self._c.clients.get(client_id)

    def list_clients(self, search: str = "", archived: bool = False) -> list[ClientListEntry]:
        return self._c.clients.list_entries(search, archived)

    def matching_client_ids(self, search: str) -> set[int] | None:
        return self._c.clients.matching_ids(search)

    def client_count(self) -> int:
        return self._c.clients.count()

    def client_ids(self) -> list[int]:
        return self._c.clients.all_ids()

    def set_archived(self, client_id: int, archived: bool) -> Client:
        client = self._c.clients.get(client_id)
        if client.archived == archived:
            return client
        action = "archive" if archived else "unarchive"
        with self._c.db.atomic():
            self._c.clients.set_archived(client_id, archived)
            self._c.audit.record(
                action,
                "client",
                f"Client {client_id} {action}d",
                entity_id=client_id,
                client_id=client_id,
            )
        return self._c.clients.get(client_id)

    def erase_client(self, client_id: int, confirm_name: str) -> ErasureReport:
        """Erase a client at their request: every row of theirs (sessions, signed ones
        too, amendments, photos, screenings, consents …) and the photo files no other
        client uses. The audit log keeps one tombstone entry (id, who, when, counts; no
        name) and its earlier entries about the client lose their link to them.
        ``confirm_name`` must be the client's full name (ValidationError otherwise).
        Cannot be undone; backups made before still hold the client."""
        from ..photos.upkeep import delete_rows_and_files

        client = self._c.clients.get(client_id)
        if not _same_name(confirm_name, client.full_name):
            raise ValidationError(
                {
                    "confirm_name": translate(
                        "Clients", "Type the client's full name exactly as it is recorded."
                    )
                }
            )
        if self._c.db.in_transaction:
            raise LogbookError("A client is erased on its own, not inside a batch of changes.")

        def delete_rows():
            rows = self._c.erasure.erase(client_id, self._c.audit)
            return rows, rows.unused_hashes

        with overwriting_deleted(self._c.db):
            rows, files = delete_rows_and_files(self._c.photo_content, self._c.photos, delete_rows)
        return ErasureReport(
            client_id=client_id,
            sessions=rows.sessions,
            photos=rows.photos,
            photo_files=files,
            amendments=rows.amendments,
            other_rows=rows.other_rows,
            tombstone_id=rows.tombstone_id,
        )


def _same_name(typed: str, name: str) -> bool:
    return " ".join(typed.split()).casefold() == " ".join(name.split()).casefold()
