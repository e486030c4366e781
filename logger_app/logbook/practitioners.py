"""Practitioners' profiles: the names sessions are recorded and signed with."""

from __future__ import annotations

from ..errors import NotAllowedError
from ..i18n import translatable, translate
from ..records import Practitioner, PractitionerDetails
from ..validation import validate_practitioner
from .context import LogbookContext, raise_if
from .identity import Identity


class Practitioners:
    def __init__(self, context: LogbookContext, identity: Identity) -> None:
        self._c = context
        self._identity = identity

    def practitioners(self) -> list[Practitioner]:
        return self._c.practitioners.all()

    def practitioner(self, practitioner_id: int) -> Practitioner:
        return self._c.practitioners.get(practitioner_id)

    def add_practitioner(
        self, details: PractitionerDetails, passphrase: str | None = None
    ) -> Practitioner:
        first = self._c.practitioners.count() == 0
        self._identity.require_admin(translatable("AdminOnly", "add a practitioner"))
        problems = validate_practitioner(details)
        if "name" not in problems and self._c.practitioners.named_like(details.name):
            problems["name"] = f"There is already a practitioner named {details.name.strip()}."
        raise_if(problems)
        with self._c.db.atomic():
            added = self._c.practitioners.add(details)
            self._c.audit.record(
                "create", "practitioner", f"Practitioner {added.id} added", entity_id=added.id
            )
            if passphrase is not None:
                self._identity.give_passphrase(added, passphrase, chosen=first)
        if first and passphrase is not None:  # the logbook's maker, at the keyboard
            return self._identity.sign_in(added.name, passphrase)
        return self._c.practitioners.get(added.id)

    def update_practitioner(
        self, practitioner_id: int, details: PractitionerDetails
    ) -> Practitioner:
        store = self._c.practitioners
        before = store.get(practitioner_id)
        self._check_may_edit(before, details)
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
        self._identity.keyring.settle()  # the sign-in screen lists the new name
        return updated

    def _check_may_edit(self, before: Practitioner, details: PractitionerDetails) -> None:
        """An administrator edits any profile; a practitioner their own name and
        credentials, never their licensed maximum depth."""
        current = self._identity.current()
        if current is not None and current.is_admin:
            return
        if current is None or current.id != before.id:
            raise NotAllowedError(
                translate(
                    "Practitioners",
                    "Only the logbook's administrator can change another practitioner's profile.",
                )
            )
        if details.max_depth_mm != before.max_depth_mm:
            raise NotAllowedError(
                translate(
                    "Practitioners", "Only the logbook's administrator can change a maximum depth."
                )
            )
