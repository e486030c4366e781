"""Every use case of the Logbook: clients, search as you type, sessions, history,
practitioners, unknown ids, reopening, and batches."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from logger_app.errors import NotFoundError, ValidationError
from logger_app.logbook import Logbook, facade
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    Numbing,
    ProductUse,
    ReactionObservation,
    SessionDetails,
)
from logger_app.store.connection import LogbookDatabase
from logger_app.vocabulary import (
    Aftercare,
    Area,
    Concern,
    Device,
    Endpoint,
    Fitzpatrick,
    ObservedWhen,
    ProductRole,
    Reaction,
    Severity,
    SkinType,
)

from ...screening_data import put_on_file

# A contract of the core: holds on the SQLite file and on the clinic server.
pytestmark = pytest.mark.both_homes

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
TODAY = NOW.date()
# Sessions days apart on the forehead: the short interval was acknowledged.
SOON_AGAIN = ("interval.forehead",)


def at(day: int, hour: int = 10, month: int = 5) -> datetime:
    return datetime(2025, month, day, hour, 0, tzinfo=UTC)


def full_session(client_id: int, acknowledged: tuple[str, ...] = ()) -> SessionDetails:
    """A session with every field filled in."""
    return SessionDetails(
        client_id=client_id,
        started_at=at(20, 14),
        practitioner_name="Dr Jane Doe",
        device=Device.RF,
        areas=(
            AreaTreatment(Area.LEFT_CHEEK, 1.25, passes=3, note="Deeper over the scar"),
            AreaTreatment(Area.RIGHT_CHEEK, 1.0, passes=2),
            AreaTreatment(Area.FOREHEAD, 0.25),
        ),
        cartridge="RF 49-pin",
        duration_minutes=75,
        numbing=Numbing("Lidocaine cream", "23%", 30),
        products=(
            ProductUse("Hyaluronic acid serum", "HA-2025-118", date(2026, 3, 31)),
            ProductUse("Lidocaine cream", "LC-77", date(2025, 12, 1), ProductRole.NUMBING),
            ProductUse("Barrier balm", "", None, ProductRole.OTHER),
        ),
        endpoint=Endpoint.PINPOINT_BLEEDING,
        reactions=(
            ReactionObservation(Reaction.ERYTHEMA, Severity.MODERATE, ObservedWhen.DURING),
            ReactionObservation(Reaction.PINPOINT_BLEEDING, Severity.MILD, note="Expected"),
            ReactionObservation(
                Reaction.ERYTHEMA, Severity.MILD, ObservedWhen.FOLLOW_UP, "Settled"
            ),
        ),
        aftercare=(Aftercare.SPF, Aftercare.NO_MAKEUP, Aftercare.WRITTEN_SHEET),
        next_visit_due=date(2025, 6, 17),
        notes="Client tolerated well. Discussed series of 4.",
        acknowledged=acknowledged,
    )


# Clients


def test_add_client_keeps_every_field(logbook: Logbook) -> None:
    details = ClientDetails(
        first_name="Ann",
        last_name="Smith",
        date_of_birth=date(1985, 3, 14),
        phone="+44 7700 900123",
        email="ann.smith@example.com",
        fitzpatrick=Fitzpatrick.III,
        skin_type=SkinType.COMBINATION,
        concerns=(Concern.ACNE_SCARS, Concern.TEXTURE),
        allergies="Lidocaine (mild rash)",
        medical_notes="No isotretinoin in the last 12 months.",
    )
    client = logbook.add_client(details, today=TODAY)

    assert client.id > 0
    assert client.details == details
    assert client.archived is False
    assert client.created_at == client.updated_at
    assert client.created_at.tzinfo is not None
    assert logbook.client(client.id) == client
    assert logbook.client_count() == 1


def test_add_client_trims_names_and_contact_details(logbook: Logbook) -> None:
    client = logbook.add_client(
        ClientDetails("  Ann ", " Smith  ", phone=" 07700 900123 ", email=" a@b.co "),
        today=TODAY,
    )
    assert (client.details.first_name, client.details.last_name) == ("Ann", "Smith")
    assert client.details.phone == "07700 900123"
    assert client.details.email == "a@b.co"
    digits = logbook._db.execute("SELECT phone_digits FROM clients").fetchone()[0]
    assert digits == "07700900123"


def test_an_invalid_client_is_refused_and_not_saved(logbook: Logbook) -> None:
    with pytest.raises(ValidationError) as raised:
        logbook.add_client(ClientDetails("", "Smith", email="not-an-email"), today=TODAY)
    assert set(raised.value.problems) == {"first_name", "email"}
    assert logbook.client_count() == 0


def test_update_client_changes_the_details_but_not_the_identity(logbook: Logbook, client) -> None:
    new = ClientDetails(
        "Ann",
        "Smith-Jones",
        date_of_birth=date(1985, 3, 14),
        phone="020 7946 0018",
        email="ann@new.example.com",
        fitzpatrick=Fitzpatrick.IV,
        skin_type=SkinType.SENSITIVE,
        concerns=(Concern.LAXITY,),
        allergies="None known",
        medical_notes="Pregnant: postpone treatments.",
    )
    updated = logbook.update_client(client.id, new, today=TODAY)

    assert updated.id == client.id
    assert updated.details == new
    assert updated.created_at == client.created_at
    assert updated.updated_at >= client.updated_at
    assert logbook.client(client.id).details == new
    assert logbook.client_count() == 1


def test_update_client_keeps_the_search_index_in_step(logbook: Logbook, client) -> None:
    renamed = ClientDetails("Annette", "Walker", phone="020 7946 0018")
    logbook.update_client(client.id, renamed, today=TODAY)
    assert [entry.id for entry in logbook.list_clients("walker")] == [client.id]
    assert [entry.id for entry in logbook.list_clients("02079460018")] == [client.id]
    assert logbook.list_clients("smith") == []


def test_update_client_refuses_a_birth_date_after_a_recorded_session(
    logbook: Logbook, client, make_session
) -> None:
    logbook.record_session(make_session(client.id, started_at=at(1)), now=NOW)
    later_birth = ClientDetails("Ann", "Smith", date_of_birth=date(2025, 5, 2))
    with pytest.raises(ValidationError) as raised:
        logbook.update_client(client.id, later_birth, today=TODAY)
    assert list(raised.value.problems) == ["date_of_birth"]
    assert "01 May 2025" in raised.value.problems["date_of_birth"]
    assert logbook.client(client.id).details.date_of_birth == date(1985, 3, 14)
    # The day of the session itself is fine.
    same_day = ClientDetails("Ann", "Smith", date_of_birth=date(2025, 5, 1))
    assert logbook.update_client(client.id, same_day, today=TODAY).details == same_day


def test_list_clients_is_sorted_by_last_then_first_name_ignoring_case(
    logbook: Logbook, add_client
) -> None:
    for first, last in [
        ("Zed", "carter"),
        ("Bea", "Adams"),
        ("amy", "Baker"),
        ("Cal", "adams"),
        ("Abe", "Baker"),
        ("Dee", "Davis"),
    ]:
        add_client(first, last)
    names = [entry.full_name for entry in logbook.list_clients()]
    assert names == [
        "Bea Adams",
        "Cal adams",
        "Abe Baker",
        "amy Baker",
        "Zed carter",
        "Dee Davis",
    ]


def test_archived_clients_are_not_listed_nor_found(logbook: Logbook, add_client) -> None:
    kept = add_client("Ann", "Smith")
    archived = add_client("Anna", "Smithson")
    with logbook._db.atomic():
        logbook._db.execute("UPDATE clients SET archived = 1 WHERE id = ?", [archived.id])
    assert [entry.id for entry in logbook.list_clients()] == [kept.id]
    assert [entry.id for entry in logbook.list_clients("smith")] == [kept.id]
    # Still there, and still readable by id.
    assert logbook.client(archived.id).archived is True


def test_list_entries_show_the_last_session(logbook: Logbook, add_client, make_session) -> None:
    seen = add_client("Ann", "Smith", phone="07700 900123", date_of_birth=date(1985, 3, 14))
    new = add_client("Bob", "Taylor")
    for started in (at(3), at(20, 16), at(10)):
        session = make_session(seen.id, started_at=started, acknowledged=SOON_AGAIN)
        logbook.record_session(session, now=NOW)

    entries = {entry.id: entry for entry in logbook.list_clients()}
    assert entries[seen.id].last_session_at == at(20, 16)
    assert entries[seen.id].date_of_birth == date(1985, 3, 14)
    assert entries[seen.id].phone == "07700 900123"
    assert entries[new.id].last_session_at is None


# Search as you type

PEOPLE = {
    "Ann Smith": {"phone": "+44 7700 900123", "email": "ann.smith@example.com"},
    "Zoë Martin": {"phone": "020 7946 0018", "email": "zoe@studio.co.uk"},
    "Annabel Jones": {"email": "aj@example.org"},
    "Bob Smithers": {"phone": "07700 900456"},
    "Marie-Hélène Dubois": {},
}


@pytest.fixture
def people(logbook: Logbook, add_client) -> dict[str, int]:
    ids = {}
    for name, contact in PEOPLE.items():
        first, last = name.split(" ")
        ids[name] = add_client(first, last, **contact).id
    return ids


def found(logbook: Logbook, text: str) -> list[str]:
    return [entry.full_name for entry in logbook.list_clients(text)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # Prefixes of first and last names, any case
        ("a", ["Annabel Jones", "Ann Smith"]),
        ("ann", ["Annabel Jones", "Ann Smith"]),
        ("ANN", ["Annabel Jones", "Ann Smith"]),
        ("annab", ["Annabel Jones"]),
        ("smi", ["Ann Smith", "Bob Smithers"]),
        ("Smith", ["Ann Smith", "Bob Smithers"]),
        ("smithe", ["Bob Smithers"]),
        ("Dub", ["Marie-Hélène Dubois"]),
        # Two words: both must match, in any order
        ("ann smi", ["Ann Smith"]),
        ("smi ann", ["Ann Smith"]),
        ("  ann   smith  ", ["Ann Smith"]),
        ("bob jones", []),
        # Accents are ignored both ways
        ("Zoe", ["Zoë Martin"]),
        ("zoë", ["Zoë Martin"]),
        ("helene", ["Marie-Hélène Dubois"]),
        ("Hélène", ["Marie-Hélène Dubois"]),
        ("marie-helene", ["Marie-Hélène Dubois"]),
        # Email
        ("studio", ["Zoë Martin"]),
        ("example", ["Annabel Jones", "Ann Smith"]),
        ("aj@example.org", ["Annabel Jones"]),
        ("ann.smith@exa", ["Ann Smith"]),
        # Phone: groups as written, or the digits run together
        ("7700", ["Ann Smith"]),
        ("900123", ["Ann Smith"]),
        ("+44 7700 900123", ["Ann Smith"]),
        ("447700900123", ["Ann Smith"]),
        ("+4477009", ["Ann Smith"]),
        ("07700", ["Bob Smithers"]),
        ("07700900456", ["Bob Smithers"]),
        ("0770090", ["Bob Smithers"]),
        ("020 7946", ["Zoë Martin"]),
        ("(020) 7946-0018", ["Zoë Martin"]),
        ("02079460018", ["Zoë Martin"]),
        # Nothing matches
        ("xyz", []),
        ("ann xyz", []),
        ("12345678", []),
    ],
)
def test_search_as_you_type(logbook: Logbook, people, typed: str, expected: list[str]) -> None:
    assert found(logbook, typed) == expected


@pytest.mark.parametrize("typed", ["", "   ", '"', "*", "(", ")", "-", "'", ":", '"*(-)', "^+"])
def test_typing_only_punctuation_lists_everyone(logbook: Logbook, people, typed: str) -> None:
    assert found(logbook, typed) == found(logbook, "")
    assert len(found(logbook, typed)) == len(PEOPLE)


@pytest.mark.parametrize(
    "typed",
    [
        'ann"',
        '"ann',
        'ann "smith',
        "ann*",
        "*ann",
        "(ann",
        "ann)",
        "ann AND smith",
        "ann OR bob",
        "NOT ann",
        "AND",
        "OR",
        "NEAR(ann smith)",
        "ann -smith",
        "-ann",
        "first_name:ann",
        "last_name : smith",
        "^ann",
        "ann + smith",
        "O'Brien",
        "{ann}",
        "ann\\",
        "ann; DROP TABLE clients; --",
        "ann\x00",
        "ann\u200bsmith",
    ],
)
def test_search_text_with_query_syntax_never_raises(logbook: Logbook, people, typed: str) -> None:
    results = found(logbook, typed)
    assert set(results) <= set(PEOPLE)
    assert logbook.client_count() == len(PEOPLE)


def test_query_syntax_characters_are_taken_as_separators(logbook: Logbook, people) -> None:
    assert found(logbook, 'ann"') == ["Annabel Jones", "Ann Smith"]
    assert found(logbook, "ann*") == ["Annabel Jones", "Ann Smith"]
    assert found(logbook, "(smith)") == ["Ann Smith", "Bob Smithers"]
    assert found(logbook, "ann -smith") == ["Ann Smith"]
    assert found(logbook, "first_name:ann") == []
    # Operators are words like any other: there is no client named "Or".
    assert found(logbook, "ann OR bob") == []


def test_search_finds_a_client_added_or_edited_just_now(logbook: Logbook, people) -> None:
    assert found(logbook, "quinn") == []
    added = logbook.add_client(ClientDetails("Quinn", "Okafor"), today=TODAY)
    assert found(logbook, "quinn") == ["Quinn Okafor"]
    logbook.update_client(added.id, ClientDetails("Quinn", "Adebayo"), today=TODAY)
    assert found(logbook, "okafor") == []
    assert found(logbook, "quinn ade") == ["Quinn Adebayo"]


# Sessions


def test_record_session_keeps_every_field(logbook: Logbook, client) -> None:
    details = full_session(client.id)
    session = logbook.record_session(details, now=NOW)

    assert session.id > 0
    assert session.details == details
    assert session.created_at == session.updated_at
    assert session.created_at.tzinfo is not None
    reread = logbook.session(session.id)
    assert reread == session
    # Order of the repeated parts is kept, and the types are the vocabulary's own.
    assert [item.area for item in reread.details.areas] == [
        Area.LEFT_CHEEK,
        Area.RIGHT_CHEEK,
        Area.FOREHEAD,
    ]
    assert isinstance(reread.details.reactions[0].severity, Severity)
    assert reread.details.numbing is not None
    assert reread.details.numbing.describe() == "Lidocaine cream 23%, 30 min"
    assert reread.details.glide == details.products[0]
    assert logbook.session_count() == 1


def test_a_minimal_session_reads_back_with_its_defaults(
    logbook: Logbook, client, make_session
) -> None:
    details = make_session(client.id)
    stored = logbook.session(logbook.record_session(details, now=NOW).id).details
    assert stored == details
    assert stored.numbing is None
    assert stored.endpoint is None
    assert stored.reactions == stored.products == stored.aftercare == ()
    assert stored.next_visit_due is None
    assert stored.duration_minutes is None


def test_session_times_are_stored_in_utc_and_mean_the_same_moment(
    logbook: Logbook, client, make_session
) -> None:
    paris_summer = timezone(timedelta(hours=2))
    started = datetime(2025, 5, 20, 16, 30, tzinfo=paris_summer)
    session = logbook.record_session(make_session(client.id, started_at=started), now=NOW)

    stored = logbook._db.execute(
        "SELECT started_at FROM sessions WHERE id = ?", [session.id]
    ).fetchone()[0]
    assert stored == "2025-05-20T14:30:00+00:00"
    assert session.details.started_at == started
    assert session.details.started_at.utcoffset() == timedelta(0)


def test_a_session_numbing_without_minutes_or_strength(
    logbook: Logbook, client, make_session
) -> None:
    details = make_session(client.id, numbing=Numbing("EMLA (lidocaine/prilocaine)"))
    stored = logbook.record_session(details, now=NOW).details
    assert stored.numbing == Numbing("EMLA (lidocaine/prilocaine)", "", None)


def test_history_is_newest_first_with_worst_reaction_and_lots(
    logbook: Logbook, client, make_session
) -> None:
    first = logbook.record_session(
        make_session(
            client.id,
            started_at=at(1),
            reactions=(ReactionObservation(Reaction.ERYTHEMA, Severity.MILD),),
            products=(ProductUse("HA serum", "LOT-A"),),
        ),
        now=NOW,
    )
    third = logbook.record_session(full_session(client.id, SOON_AGAIN), now=NOW)  # 20 May
    second = logbook.record_session(
        make_session(
            client.id,
            started_at=at(10),
            acknowledged=SOON_AGAIN,
            device=Device.ROLLER,
            cartridge="Roller 192-needle",
            reactions=(
                ReactionObservation(Reaction.TINGLING, Severity.MILD),
                ReactionObservation(Reaction.BRUISING, Severity.SEVERE, ObservedWhen.FOLLOW_UP),
                ReactionObservation(Reaction.SWELLING, Severity.MODERATE),
            ),
        ),
        now=NOW,
    )

    history = logbook.history(client.id)

    assert [summary.id for summary in history] == [third.id, second.id, first.id]
    assert [summary.started_at for summary in history] == [at(20, 14), at(10), at(1)]
    newest, middle, oldest = history
    assert newest.worst_reaction == ReactionObservation(
        Reaction.ERYTHEMA, Severity.MODERATE, ObservedWhen.DURING
    )
    assert newest.lots == ("HA-2025-118", "LC-77")  # the product without a lot is left out
    assert newest.numbing == Numbing("Lidocaine cream", "23%", 30)
    assert newest.areas == full_session(client.id).areas
    assert newest.practitioner_name == "Dr Jane Doe"
    assert newest.device is Device.RF
    assert newest.cartridge == "RF 49-pin"
    assert middle.worst_reaction is not None
    assert middle.worst_reaction.reaction is Reaction.BRUISING
    assert middle.lots == ()
    assert middle.device is Device.ROLLER
    assert oldest.worst_reaction == ReactionObservation(Reaction.ERYTHEMA, Severity.MILD)
    assert oldest.lots == ("LOT-A",)


def test_history_of_sessions_at_the_same_time_is_newest_recorded_first(
    logbook: Logbook, client, make_session
) -> None:
    ids = [logbook.record_session(make_session(client.id), now=NOW).id for _ in range(3)]
    assert [summary.id for summary in logbook.history(client.id)] == ids[::-1]
    assert logbook.latest_session(client.id).id == ids[-1]


def test_history_without_sessions_and_without_reactions(
    logbook: Logbook, client, add_client, make_session
) -> None:
    assert logbook.history(client.id) == []
    logbook.record_session(make_session(client.id), now=NOW)
    (summary,) = logbook.history(client.id)
    assert summary.worst_reaction is None
    assert summary.lots == ()
    assert summary.numbing is None
    # Only this client's sessions.
    other = add_client("Bob", "Taylor")
    assert logbook.history(other.id) == []


def test_latest_session_is_the_newest_complete_session(
    logbook: Logbook, client, make_session
) -> None:
    assert logbook.latest_session(client.id) is None
    logbook.record_session(make_session(client.id, started_at=at(1)), now=NOW)
    newest = logbook.record_session(full_session(client.id, SOON_AGAIN), now=NOW)
    logbook.record_session(
        make_session(client.id, started_at=at(10), acknowledged=SOON_AGAIN), now=NOW
    )

    latest = logbook.latest_session(client.id)
    assert latest == newest
    assert latest.details == full_session(client.id, SOON_AGAIN)


def test_sessions_of_gives_complete_sessions_newest_first(
    logbook: Logbook, client, make_session
) -> None:
    older = logbook.record_session(make_session(client.id, started_at=at(1)), now=NOW)
    newer = logbook.record_session(full_session(client.id, SOON_AGAIN), now=NOW)
    assert logbook.sessions_of(client.id) == [newer, older]


# Practitioners


def test_a_practitioner_is_added_on_first_use_and_reused(
    logbook: Logbook, client, make_session
) -> None:
    assert logbook.practitioners() == []
    logbook.record_session(make_session(client.id, started_at=at(1)), now=NOW)
    (jane,) = logbook.practitioners()
    assert jane.name == "Dr Jane Doe"
    assert jane.credentials == ""
    assert jane.max_depth_mm is None

    again = logbook.record_session(
        make_session(
            client.id,
            started_at=at(2),
            practitioner_name="  Dr Jane Doe ",
            acknowledged=SOON_AGAIN,
        ),
        now=NOW,
    )
    assert logbook.practitioners() == [jane]
    assert again.details.practitioner_name == "Dr Jane Doe"
    ids = {row[0] for row in logbook._db.execute("SELECT practitioner_id FROM sessions")}
    assert ids == {jane.id}

    logbook.record_session(
        make_session(
            client.id, started_at=at(3), practitioner_name="amy Lee", acknowledged=SOON_AGAIN
        ),
        now=NOW,
    )
    assert [p.name for p in logbook.practitioners()] == ["amy Lee", "Dr Jane Doe"]


# Unknown ids


@pytest.mark.parametrize(
    "use",
    [
        pytest.param(lambda book, details, session: book.client(999), id="client"),
        pytest.param(
            lambda book, details, session: book.update_client(
                999, ClientDetails("Ann", "Smith"), today=TODAY
            ),
            id="update_client",
        ),
        pytest.param(
            lambda book, details, session: book.record_session(session, now=NOW),
            id="record_session",
        ),
        pytest.param(lambda book, details, session: book.history(999), id="history"),
        pytest.param(lambda book, details, session: book.session(999), id="session"),
        pytest.param(lambda book, details, session: book.latest_session(999), id="latest_session"),
        pytest.param(lambda book, details, session: book.sessions_of(999), id="sessions_of"),
    ],
)
def test_unknown_ids_raise_not_found(logbook: Logbook, client, make_session, use) -> None:
    before = logbook.client_count(), logbook.session_count(), len(logbook.practitioners())
    with pytest.raises(NotFoundError, match="999"):
        use(logbook, client.details, make_session(999))
    after = logbook.client_count(), logbook.session_count(), len(logbook.practitioners())
    assert after == before


# Persistence


def test_data_survives_closing_and_reopening(data_dir: Path, make_session) -> None:
    with Logbook.open(data_dir, create=True) as book:
        client = book.add_client(
            ClientDetails("Zoë", "Martin", date_of_birth=date(1990, 1, 2), phone="07700 900123"),
            today=TODAY,
        )
        put_on_file(book, client.id)
        session = book.record_session(full_session(client.id), now=NOW)
        second = book.record_session(make_session(client.id, started_at=at(1)), now=NOW)

    with Logbook.open(str(data_dir)) as book:
        assert book.client(client.id) == client
        assert book.session(session.id) == session
        assert book.session(second.id) == second
        assert [summary.id for summary in book.history(client.id)] == [session.id, second.id]
        assert found(book, "zoe") == ["Zoë Martin"]
        assert [p.name for p in book.practitioners()] == ["Dr Jane Doe"]


def test_the_logbook_is_a_context_manager_that_closes(data_dir: Path) -> None:
    with Logbook.open(data_dir, create=True) as book:
        assert book.client_count() == 0
    with pytest.raises(Exception, match="closed"):
        book.client_count()


def test_an_open_that_fails_once_connected_leaves_no_connection_open(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Work at opening (sealing older signed sessions) may fail, e.g. the server out of
    reach: the connection is closed then, not left to the garbage collector."""
    Logbook.open(data_dir, create=True).close()
    closed, close = [], LogbookDatabase.close
    monkeypatch.setattr(LogbookDatabase, "close", lambda db: closed.append(db) or close(db))

    def broken(*args: object) -> None:
        raise OSError("the disk went away")

    monkeypatch.setattr(facade, "seal_pending_sessions", broken)
    with pytest.raises(OSError, match="went away"):
        Logbook.open(data_dir)
    assert len(closed) == 1


# Batches


def test_a_batch_keeps_everything_done_in_it(logbook: Logbook, make_session) -> None:
    with logbook.batch() as book:
        assert book is logbook
        ann = book.add_client(ClientDetails("Ann", "Smith"), today=TODAY)
        bob = book.add_client(ClientDetails("Bob", "Taylor"), today=TODAY)
        put_on_file(book, ann.id)
        put_on_file(book, bob.id)
        book.record_session(make_session(ann.id), now=NOW)
        book.record_session(make_session(bob.id, practitioner_name="Amy Lee"), now=NOW)
        assert logbook._db.in_transaction
    assert not logbook._db.in_transaction
    assert (logbook.client_count(), logbook.session_count()) == (2, 2)
    assert len(logbook.practitioners()) == 2


def test_a_batch_that_fails_keeps_nothing(logbook: Logbook, client, make_session, row_counts):
    before = row_counts()

    with pytest.raises(RuntimeError, match="import aborted"), logbook.batch() as book:
        bob = book.add_client(ClientDetails("Bob", "Taylor"), today=TODAY)
        put_on_file(book, bob.id)
        book.record_session(full_session(bob.id), now=NOW)
        book.record_session(make_session(client.id, practitioner_name="Amy Lee"), now=NOW)
        book.update_client(client.id, ClientDetails("Ann", "Renamed"), today=TODAY)
        assert book.client_count() == 2
        raise RuntimeError("import aborted")

    assert row_counts() == before
    assert not logbook._db.in_transaction
    assert logbook.client(client.id).details.last_name == "Smith"
    assert found(logbook, "bob") == []  # the search index was rolled back too
    assert found(logbook, "renamed") == []


def test_a_refused_record_inside_a_batch_fails_the_batch_if_not_handled(
    logbook: Logbook, row_counts
) -> None:
    before = row_counts()
    with pytest.raises(ValidationError), logbook.batch() as book:
        book.add_client(ClientDetails("Ann", "Smith"), today=TODAY)
        book.add_client(ClientDetails("", "Nobody"), today=TODAY)
    assert row_counts() == before


def test_a_refused_record_handled_inside_a_batch_leaves_the_rest(logbook: Logbook) -> None:
    with logbook.batch() as book:
        book.add_client(ClientDetails("Ann", "Smith"), today=TODAY)
        with pytest.raises(ValidationError):
            book.add_client(ClientDetails("", "Nobody"), today=TODAY)
        book.add_client(ClientDetails("Bob", "Taylor"), today=TODAY)
    assert [entry.full_name for entry in logbook.list_clients()] == ["Ann Smith", "Bob Taylor"]
