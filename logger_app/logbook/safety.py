"""Clinical safety: screenings, consent, the clinic's settings, and the warnings that
apply to a new session."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from ..records import (
    Client,
    Consent,
    ConsentDetails,
    SafetySettings,
    SafetyWarning,
    Screening,
    ScreeningDetails,
    SessionDetails,
)
from ..screening import warnings_for_new_session
from ..screening.timing import WASHOUT_KINDS, washout_weeks_needed
from ..store.other_treatments import OtherTreatmentStore
from ..validation import validate_consent, validate_safety_settings, validate_screening
from .context import LogbookContext, raise_if


class Safety:
    def __init__(self, context: LogbookContext) -> None:
        self._c = context

    def add_screening(self, details: ScreeningDetails, today: date | None = None) -> Screening:
        client = self._c.clients.get(details.client_id)
        raise_if(validate_screening(details, client.details.date_of_birth, today))
        with self._c.db.atomic():
            screening = self._c.screenings.add_screening(details)
            self._c.audit.record(
                "create",
                "screening",
                f"Screening {screening.id} recorded",
                entity_id=screening.id,
                client_id=details.client_id,
            )
        return screening

    def screenings_of(self, client_id: int) -> list[Screening]:
        self._c.clients.get(client_id)
        return self._c.screenings.screenings_of(client_id)

    def latest_screening(
        self, client_id: int, on_or_before: date | None = None
    ) -> Screening | None:
        self._c.clients.get(client_id)
        return self._c.screenings.latest_screening(client_id, on_or_before)

    def add_consent(self, details: ConsentDetails, today: date | None = None) -> Consent:
        client = self._c.clients.get(details.client_id)
        raise_if(validate_consent(details, client.details.date_of_birth, today))
        with self._c.db.atomic():
            consent = self._c.screenings.add_consent(details)
            self._c.audit.record(
                "create",
                "consent",
                f"Consent {consent.id} recorded (version {details.consent_version.strip()})",
                entity_id=consent.id,
                client_id=details.client_id,
            )
        return consent

    def consents_of(self, client_id: int) -> list[Consent]:
        self._c.clients.get(client_id)
        return self._c.screenings.consents_of(client_id)

    def latest_consent(self, client_id: int, on_or_before: date | None = None) -> Consent | None:
        self._c.clients.get(client_id)
        return self._c.screenings.latest_consent(client_id, on_or_before)

    def safety_settings(self) -> SafetySettings:
        return self._c.settings.safety()

    def save_safety_settings(self, settings: SafetySettings) -> SafetySettings:
        raise_if(validate_safety_settings(settings))
        before = self._c.settings.safety()
        changed = [
            name
            for name in SafetySettings.__dataclass_fields__
            if getattr(before, name) != getattr(settings, name)
        ]
        with self._c.db.atomic():
            saved = self._c.settings.save_safety(settings)
            self._c.audit.record(
                "update",
                "safety_settings",
                f"Safety settings changed: {', '.join(changed) or 'nothing'}",
                details={"fields": changed},
            )
        return saved

    def warnings_for_new_session(
        self,
        client_id: int,
        today: date | datetime | None = None,
        session: SessionDetails | None = None,
        exclude: int | None = None,
    ) -> list[SafetyWarning]:
        client = self._c.clients.get(client_id)
        if today is None or not isinstance(today, datetime):
            local = datetime.now().astimezone().tzinfo
            day = today or datetime.now(local).date()
            moment = datetime.combine(day + timedelta(days=1), time.min, tzinfo=local)
            return self.warnings_at(client, moment, day, exclude, session)
        return self.warnings_at(client, today, exclude=exclude, session=session)

    def warnings_at(
        self,
        client: Client,
        moment: datetime,
        day: date | None = None,
        exclude: int | None = None,
        session: SessionDetails | None = None,
    ) -> list[SafetyWarning]:
        """The warnings for a session starting at ``moment`` (its day: ``day``, or the
        moment's own date in its time zone); ``exclude``: a draft being rewritten;
        ``session``: the session as planned (its areas' intervals only, the allergy
        cross-check of what it uses)."""
        day = day or moment.date()
        settings = self._c.settings.safety()
        screening = self._c.screenings.latest_screening(client.id, day)
        consent = self._c.screenings.latest_consent(client.id, day)
        # Only recent sessions can be too recent: a day of slack for time zones.
        since = moment - timedelta(weeks=settings.min_interval_same_area_weeks, days=1)
        previous = [
            session
            for session in self._c.sessions.for_client_between(client.id, since, moment)
            if session.id != exclude  # a draft being rewritten is not its own predecessor
        ]
        # Other treatments recent enough to start a wash-out (the longest one's weeks).
        treatments = OtherTreatmentStore(self._c.db).of_kinds_since(
            client.id, WASHOUT_KINDS, day - timedelta(weeks=washout_weeks_needed(settings))
        )
        return warnings_for_new_session(
            client.details,
            screening.details if screening else None,
            consent.details if consent else None,
            [session.details for session in previous],
            settings,
            day,
            moment.tzinfo,
            session,
            [treatment.details for treatment in treatments],
        )
