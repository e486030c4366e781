"""The clinic's own texts: its name and phone for what the client takes home, and its
consent text, a new version each time (every version kept as the client read it)."""

from __future__ import annotations

from dataclasses import replace

from ..records import ClinicDetails, ConsentText
from ..store.clinic import ClinicStore
from ..validation_clinic import validate_clinic_details, validate_consent_text
from .context import LogbookContext, raise_if


class Clinic:
    def __init__(self, context: LogbookContext) -> None:
        self._c = context
        self._store = ClinicStore(context.db)

    def clinic_details(self) -> ClinicDetails:
        return self._store.details()

    def save_clinic_details(self, details: ClinicDetails) -> ClinicDetails:
        raise_if(validate_clinic_details(details))
        before = self._store.details()
        changed = [
            name
            for name in ("name", "phone", "time_zone")
            if getattr(before, name) != getattr(details, name).strip()
        ]
        with self._c.db.atomic():
            saved = self._store.save_details(details)
            self._c.audit.record(
                "update",
                "clinic_details",
                f"Clinic details changed: {', '.join(changed) or 'nothing'}",
                details={"fields": changed},
            )
        return saved

    def consent_texts(self) -> list[ConsentText]:
        return self._store.consent_texts()

    def consent_text(self, version: str) -> ConsentText | None:
        return self._store.consent_text(version)

    def current_consent_text(self) -> ConsentText | None:
        """The text of the version the safety settings ask for (None: no text of it
        saved, or no version set)."""
        version = self._c.settings.safety().consent_version.strip()
        return self._store.consent_text(version) if version else None

    def save_consent_text(self, version: str, body: str) -> ConsentText:
        taken = {text.version for text in self._store.consent_texts()}
        raise_if(validate_consent_text(version, body, taken))
        with self._c.db.atomic():
            saved = self._store.add_consent_text(version, body, self._c.audit.actor)
            # The settings name the version clients must have signed: consent on an
            # older one is then flagged by the existing check.
            settings = self._c.settings.safety()
            self._c.settings.save_safety(replace(settings, consent_version=saved.version))
            self._c.audit.record(
                "create",
                "consent_text",
                f"Consent text {saved.id} saved as the current version",
                entity_id=saved.id,
                details={"version": saved.version},
            )
        return saved
