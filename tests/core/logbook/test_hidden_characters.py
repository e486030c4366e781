"""A NUL character (from pasted or imported binary text) is refused next to its field on
both homes: the clinic server cannot store it, and nobody means it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from logger_app.errors import ValidationError
from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, Client, ClientDetails, SessionDetails
from logger_app.validation import HIDDEN_CHARACTER_MESSAGE
from logger_app.vocabulary import Area

from ...signing import sign_in
from ..conftest import FIXED_NOW

pytestmark = pytest.mark.both_homes


@pytest.mark.parametrize("field", ["first_name", "last_name", "allergies", "medical_notes"])
def test_a_client_field_with_nul_is_refused_next_to_it(logbook: Logbook, field: str) -> None:
    details = replace(ClientDetails(first_name="Ann", last_name="Smith"), **{field: "Ann\x00x"})
    with pytest.raises(ValidationError) as refused:
        logbook.add_client(details)
    assert refused.value.problems[field] == HIDDEN_CHARACTER_MESSAGE
    assert logbook.client_count() == 0


def test_a_nul_in_a_session_row_names_the_row(
    logbook: Logbook, client: Client, make_session: Callable[..., SessionDetails]
) -> None:
    details = make_session(
        client.id,
        areas=(AreaTreatment(Area.FOREHEAD, 0.5), AreaTreatment(Area.CHIN, 0.5, note="a\x00")),
        notes="fine",
    )
    with pytest.raises(ValidationError) as refused:
        logbook.record_session(details, now=FIXED_NOW)
    assert set(refused.value.problems) == {"areas.1.note"}
    assert logbook.session_count() == 0


def test_an_amendment_reason_or_value_with_nul_is_refused(
    logbook: Logbook, client: Client, make_session: Callable[..., SessionDetails]
) -> None:
    sign_in(logbook, "Dr Jane Doe")
    session = logbook.record_session(make_session(client.id), now=FIXED_NOW, sign=True)
    with pytest.raises(ValidationError) as refused:
        logbook.amend_session(session.id, "notes", "new\x00", "typo\x00")
    assert set(refused.value.problems) == {"new_value", "reason"}
    assert logbook.session(session.id).details.notes == session.details.notes
