"""Practitioners' profiles: the names sessions are recorded and signed with."""

from __future__ import annotations

from ..records import Practitioner, PractitionerDetails
from ..validation import validate_practitioner
from .context import LogbookContext, raise_if


class Practitioners:
    def __init__(self, context: LogbookContext) -> None:
        self._c = context

    def practitioners(self) -> list[Practitioner]:
        return self._c.practitioners.all()

    def practitioner(self, practitioner_id: int) -> Practitioner:
        return self._c.practitioners.get(practitioner_id)

    def add_practitioner(self, details: PractitionerDetails) -> Practitioner:
        problems = validate_practitioner(details)
        if "name" not in problems and self._c.practitioners.named_like(details.name):
            problems["name"] = f"There is already a practitioner named {details.name.strip()}."
        raise_if(problems)
        with self._c.db.atomic():
            added = self._c.practitioners.add(details)
            self._c.audit.record(
                "create", "practitioner", f"Practitioner {added.id} added", entity_id=added.id
            )
        return added

    def update_practitioner(
        self, practitioner_id: int, details: PractitionerDetails
    ) -> Practitioner:
        store = self._c.practitioners
        before = store.get(practitioner_id)
        problems = validate_practitioner(details)
        renamed = details.name.strip() != before.name
        if "name" not in problems and renamed:
            same = store.named_like(details.name)
            if same is not None and same.id != practitioner_id:
                problems["name"] = f"There is already a practitioner named {same.name}."
            elif store.signed_session_count(practitioner_id):
                problems["name"] = (
                    f"{before.name} has signed sessions, which keep the name they were "
                    "signed with. Add a new profile for the new name."
                )
        raise_if(problems)
        changed = [
            label
            for label, old, new in (
                ("name", before.name, details.name.strip()),
                ("credentials", before.credentials, details.credentials.strip()),
                ("maximum depth", before.max_depth_mm, details.max_depth_mm),
            )
            if old != new
        ]
        with self._c.db.atomic():
            updated = store.update(practitioner_id, details)
            self._c.audit.record(
                "update",
                "practitioner",
                f"Practitioner {practitioner_id} changed: {', '.join(changed) or 'nothing'}",
                entity_id=practitioner_id,
                details={"fields": changed},
            )
        return updated
