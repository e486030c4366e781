"""A client's history from beyond this logbook's sessions: other treatments (recorded
here or imported), what imports remember of their sources, and the clinic's time zone
that date-only records are read in."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from ..clinic_time import setting_zone
from ..errors import ValidationError
from ..i18n import translate
from ..other_treatments import validate_other_treatment
from ..records import ImportedFrom, OtherTreatment, OtherTreatmentDetails
from ..store.clinic import ClinicStore
from ..store.import_links import LINK_KINDS, ImportLinkStore
from ..store.other_treatments import OtherTreatmentStore
from .context import LogbookContext, raise_if


class History:
    def __init__(self, context: LogbookContext) -> None:
        self._c = context
        self._store = OtherTreatmentStore(context.db)
        self.links = ImportLinkStore(context.db)

    # The clinic's time zone
    def clinic_zone(self) -> tzinfo:
        """The zone of ``ClinicDetails.time_zone``; this computer's when blank (or when
        this computer's zone database lacks it: reading the logbook never fails on it)."""
        return setting_zone(ClinicStore(self._c.db).details().time_zone)[0]

    def clinic_today(self) -> date:
        return datetime.now(self.clinic_zone()).date()

    # Other treatments
    def add_other_treatment(
        self, details: OtherTreatmentDetails, imported_from: ImportedFrom | None = None
    ) -> OtherTreatment:
        client = self._c.clients.get(details.client_id)
        raise_if(
            validate_other_treatment(details, self.clinic_today(), client.details.date_of_birth)
        )
        source = (f"{imported_from.source}: {imported_from.source_id}" if imported_from else "")[
            :500
        ]
        with self._c.db.atomic():
            treatment = self._store.add(details, self._c.audit.actor, source)
            if imported_from is not None:
                self.remember_link(
                    imported_from, "other_treatment", details.client_id, treatment.id
                )
            self._audit("create", treatment, f"Other treatment {treatment.id} recorded")
        return treatment

    def update_other_treatment(
        self, treatment_id: int, details: OtherTreatmentDetails
    ) -> OtherTreatment:
        before = self._store.get(treatment_id)
        if before.details.client_id != details.client_id:
            raise ValidationError(
                {"client_id": translate("History", "A treatment stays with its client.")}
            )
        client = self._c.clients.get(details.client_id)
        raise_if(
            validate_other_treatment(details, self.clinic_today(), client.details.date_of_birth)
        )
        with self._c.db.atomic():
            treatment = self._store.update(treatment_id, details)
            self._audit("update", treatment, f"Other treatment {treatment_id} changed")
        return treatment

    def delete_other_treatment(self, treatment_id: int) -> None:
        treatment = self._store.get(treatment_id)
        with self._c.db.atomic():
            self._store.delete(treatment_id)
            self._audit("delete", treatment, f"Other treatment {treatment_id} deleted")

    def other_treatment(self, treatment_id: int) -> OtherTreatment:
        return self._store.get(treatment_id)

    def other_treatments_of(self, client_id: int) -> list[OtherTreatment]:
        return self._store.of_client(client_id)

    def other_treatment_count(self) -> int:
        return self._store.count()

    def _audit(self, action: str, treatment: OtherTreatment, summary: str) -> None:
        self._c.audit.record(
            action,
            "other_treatment",
            summary,
            entity_id=treatment.id,
            client_id=treatment.details.client_id,
            details={"kind": treatment.details.kind.value},
        )

    # What imports remember of their sources
    def remember_link(
        self, imported_from: ImportedFrom, kind: str, client_id: int, record_id: int
    ) -> None:
        """Inside the transaction of the record's own save (no audit entry of its own:
        the save's entry is the change)."""
        if kind not in LINK_KINDS:
            raise ValueError(f"kind must be one of {LINK_KINDS}")
        self.links.remember(
            imported_from.source, kind, imported_from.source_id, client_id, record_id
        )

    def import_links(self, source: str, kind: str) -> dict[str, tuple[int, int]]:
        return self.links.links(source, kind)

    def value_mappings(self, source: str) -> dict[str, dict[str, str]]:
        return self.links.value_maps(source)

    def remember_value_mappings(
        self,
        source: str,
        maps: dict[str, dict[str, str]],
        forget: dict[str, set[str]] | None = None,
    ) -> None:
        if not source.strip():
            raise ValidationError(
                {"source": translate("History", "Name the source the values come from.")}
            )
        forget = forget or {}
        count = sum(len(values) for values in maps.values())
        forgotten = sum(len(values) for values in forget.values())
        with self._c.db.atomic():
            self.links.save_value_maps(source, maps)
            self.links.forget_value_maps(source, forget)
            summary = f"{count} value mapping(s) of an import source remembered"
            if forgotten:
                summary += f", {forgotten} forgotten"
            self._c.audit.record(
                "update",
                "import_value_maps",
                summary,
                details={"source": source.strip(), "fields": sorted({*maps, *forget})},
            )
