"""The demo data generator: valid, realistic in shape, and repeatable."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from logger_app import demo
from logger_app.cli import main
from logger_app.demo import DEMO_PASSPHRASE, PRACTITIONERS, generate_demo
from logger_app.errors import NotAllowedError
from logger_app.logbook import Logbook
from logger_app.logbook.identity import Identity
from logger_app.records import Client, Session
from logger_app.vocabulary import (
    MAX_DEPTH_MM,
    MIN_DEPTH_MM,
    USUAL_DEPTH_MM,
    Device,
    ProductRole,
)

from ..logbook_template import copy_logbook, new_logbook
from ..signing import sign_in

CLIENTS = 30


def _eighteenth_birthday(born: date) -> date:
    try:
        return born.replace(year=born.year + 18)
    except ValueError:  # 29 February
        return date(born.year + 18, 3, 1)


def _clients_with_sessions(logbook: Logbook) -> list[tuple[Client, list[Session]]]:
    ids = sorted(entry.id for entry in logbook.list_clients())
    return [(logbook.client(i), logbook.sessions_of(i)) for i in ids]


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A logbook of ``CLIENTS`` demo clients, generated once for the module."""
    folder = tmp_path_factory.mktemp("demo") / "logbook-data"
    with new_logbook(folder) as logbook:
        generate_demo(logbook, clients=CLIENTS, seed=11)
    return folder


@pytest.fixture
def logbook(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Logbook]:
    """The new logbook of each test; a copy of the module's demo one for ``filled``."""
    if "filled" in request.fixturenames:
        copy_logbook(request.getfixturevalue("demo_folder"), data_dir)
    with new_logbook(data_dir) as book:
        yield book


@pytest.fixture
def filled(logbook: Logbook) -> list[tuple[Client, list[Session]]]:
    return _clients_with_sessions(logbook)


def test_adds_the_requested_clients_each_with_1_to_12_sessions(
    logbook: Logbook, filled: list[tuple[Client, list[Session]]]
) -> None:
    assert logbook.client_count() == CLIENTS
    assert len(filled) == CLIENTS
    counts = [len(sessions) for _, sessions in filled]
    assert all(1 <= count <= 12 for count in counts)
    assert logbook.session_count() == sum(counts)
    assert len(set(counts)) > 1  # varied, not one fixed series length


def test_sessions_are_past_adult_and_on_the_quarter_hour(
    filled: list[tuple[Client, list[Session]]],
) -> None:
    now = datetime.now(UTC)
    for client, sessions in filled:
        born = client.details.date_of_birth
        assert born is not None
        assert _eighteenth_birthday(born) <= now.date()
        for session in sessions:
            started = session.details.started_at
            assert started.tzinfo is not None
            assert started < now
            assert started.date() >= _eighteenth_birthday(born)
            # Every real UTC offset is a multiple of 15 minutes, so this holds in UTC too.
            assert started.minute in (0, 15, 30, 45) and started.second == 0
            due = session.details.next_visit_due
            assert due is None or due > started.date()


def test_depths_lie_in_each_areas_usual_range(
    filled: list[tuple[Client, list[Session]]],
) -> None:
    devices = set()
    for _, sessions in filled:
        for session in sessions:
            devices.add(session.details.device)
            for item in session.details.areas:
                low, high = USUAL_DEPTH_MM[item.area]
                assert MIN_DEPTH_MM <= item.depth_mm <= MAX_DEPTH_MM
                assert item.depth_mm >= low
                if session.details.device is not Device.RF:  # RF goes deeper, within 3.0
                    assert item.depth_mm <= high
                steps = item.depth_mm / 0.05
                assert abs(steps - round(steps)) < 1e-6
    assert Device.PEN in devices


def test_each_client_has_one_to_three_distinct_concerns(
    filled: list[tuple[Client, list[Session]]],
) -> None:
    for client, _ in filled:
        assert 1 <= len(client.details.concerns) <= 3
        assert len(set(client.details.concerns)) == len(client.details.concerns)
        assert client.details.fitzpatrick is not None


def test_glide_lots_are_shared_so_a_recall_finds_several_clients(
    filled: list[tuple[Client, list[Session]]],
) -> None:
    clients_by_lot: dict[str, set[int]] = {}
    for client, sessions in filled:
        for session in sessions:
            for product in session.details.products:
                if product.role is ProductRole.GLIDE:
                    clients_by_lot.setdefault(product.lot, set()).add(client.id)
    assert max(len(clients) for clients in clients_by_lot.values()) >= 3


def test_same_seed_gives_the_same_clients_and_series(tmp_path: Path) -> None:
    def names_and_counts(folder: Path, seed: int) -> list[tuple[str, int]]:
        with new_logbook(folder) as logbook:
            generate_demo(logbook, clients=12, seed=seed)
            return [
                (client.full_name, len(sessions))
                for client, sessions in _clients_with_sessions(logbook)
            ]

    first = names_and_counts(tmp_path / "a", seed=5)
    assert names_and_counts(tmp_path / "b", seed=5) == first
    assert names_and_counts(tmp_path / "c", seed=6) != first


def test_sessions_per_client_sets_the_series_length(logbook: Logbook) -> None:
    generate_demo(logbook, clients=5, sessions_per_client=(10, 10))
    assert logbook.session_count() == 50


def test_progress_is_reported_after_each_chunk(
    logbook: Logbook, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "CHUNK_CLIENTS", 10)
    calls: list[tuple[int, int]] = []
    generate_demo(logbook, clients=25, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(10, 25), (20, 25), (25, 25)]


@pytest.mark.parametrize("bad", [{"clients": -1}, {"sessions_per_client": (0, 3)},
                                 {"sessions_per_client": (5, 2)}])  # fmt: skip
def test_refuses_impossible_requests(logbook: Logbook, bad: dict) -> None:
    arguments = {"clients": 1} | bad
    with pytest.raises(ValueError):
        generate_demo(logbook, **arguments)
    assert logbook.client_count() == 0


def test_cli_demo_adds_clients_and_reports_the_counts(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--plain", "--data-dir", str(data_dir), "--clients", "5"]) == 0
    output = capsys.readouterr().out
    with Logbook.open(data_dir) as logbook:
        clients, sessions = logbook.client_count(), logbook.session_count()
    assert clients == 5
    assert f"Added 5 clients and {sessions} sessions" in output


def test_most_clients_are_screened_and_consented_as_their_notes_say(
    logbook: Logbook, filled: list[tuple[Client, list[Session]]]
) -> None:
    on_file = 0
    for client, _sessions in filled:
        screening = logbook.latest_screening(client.id)
        consent = logbook.latest_consent(client.id)
        assert (screening is None) == (consent is None)
        if screening is None:
            continue
        on_file += 1
        notes = client.details.medical_notes.lower()
        assert screening.details.herpes_history == ("cold sores" in notes)
        assert screening.details.anticoagulants_or_bleeding == ("aspirin" in notes)
        assert consent.details.typed_name == client.full_name
    assert on_file >= CLIENTS * 0.8


def test_every_signed_session_is_signed_by_its_series_practitioner_with_their_key(
    logbook: Logbook, filled: list[tuple[Client, list[Session]]]
) -> None:
    report = logbook.verify_records()
    assert report.ok, report.findings
    signed = [s for _, sessions in filled for s in sessions if s.is_signed]
    assert report.sessions_verified == report.signatures_checked == len(signed)
    assert {s.signed_by for s in signed} == set(PRACTITIONERS)
    keys = logbook.practitioner_keys()
    assert sorted(key.practitioner_name for key in keys) == sorted(PRACTITIONERS)
    admin, *others = [logbook.sign_in(name, DEMO_PASSPHRASE) for name in PRACTITIONERS]
    assert admin.is_admin and not any(p.is_admin for p in others)


def test_a_demo_longer_than_the_signing_window_gives_the_passphrase_again(
    logbook: Logbook, monkeypatch: pytest.MonkeyPatch
) -> None:
    ticks = iter(range(0, 10**9, 45))  # every look at the clock: 45 seconds later
    monkeypatch.setattr(Identity, "clock", staticmethod(lambda: float(next(ticks))))
    generate_demo(logbook, clients=4, seed=5)
    report = logbook.verify_records()
    assert report.ok and report.sessions_verified > 4


def test_demo_profiles_in_a_logbook_of_others_are_added_by_its_administrator(
    logbook: Logbook,
) -> None:
    admin = sign_in(logbook, "Dr Own")  # the logbook's first: its administrator
    logbook.sign_out()
    with pytest.raises(NotAllowedError):
        generate_demo(logbook, clients=1)
    assert logbook.client_count() == 0
    sign_in(logbook, admin.name)
    generate_demo(logbook, clients=1)
    assert logbook.signed_in == admin  # the keyboard is theirs again
    assert {p.name for p in logbook.practitioners()} == {admin.name, *PRACTITIONERS}
    assert logbook.verify_records().ok
