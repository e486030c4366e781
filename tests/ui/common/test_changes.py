"""The one change signal: after each commit the core announces what changed, the window
relays it, and every view refreshes itself — no view is refreshed by hand by another."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, ClientDetails, SessionDetails
from logger_app.vocabulary import Area, Device
from tests.screening_data import put_on_file
from ui.common.jobs import run_job

STARTED = datetime(2025, 3, 3, 10, tzinfo=UTC)


def _session(client_id: int) -> SessionDetails:
    return SessionDetails(
        client_id=client_id,
        started_at=STARTED,
        practitioner_name="Maya",
        device=Device.PEN,
        areas=(AreaTreatment(Area.FOREHEAD, 0.5),),
    )


def test_the_audit_log_shows_a_write_made_while_it_is_open(window):
    audit = window.record_actions.open_audit()
    before = audit.model.rowCount()
    window.logbook.add_client(ClientDetails("Ann", "Lee"))  # not through any form
    assert audit.model.rowCount() == before + 1
    assert audit.entries[0].summary.startswith("Client ")


def test_the_client_list_and_the_sessions_review_follow_the_logbook(window):
    review = window.open_review()
    client = window.logbook.add_client(ClientDetails("Ann", "Lee"))
    assert window.client_model.rowCount() == 1
    put_on_file(window.logbook, client.id)
    window.show_client(client.id)
    window.logbook.record_session(_session(client.id))
    assert review.model.rowCount() == 1
    assert window.client_page.history_model.rowCount() == 1  # the page shown follows too
    assert window.client_model.index(0, 2).data() != "No session yet"


def test_a_batch_refreshes_each_view_once(window):
    audit = window.record_actions.open_audit()
    resets: list[int] = []  # each refresh resets the model once
    audit.model.modelReset.connect(lambda: resets.append(1))
    with window.logbook.batch():
        for number in range(20):
            window.logbook.add_client(ClientDetails("Client", f"Number {number}"))
    assert len(resets) == 1
    assert audit.model.rowCount() >= 20


def test_changes_written_on_another_thread_arrive_in_the_gui_thread(qtbot, window, data_dir):
    heard: list[tuple[str, bool]] = []
    gui_thread = threading.get_ident()
    window.changes.changed.connect(
        lambda change: heard.append((change.kind, threading.get_ident() == gui_thread))
    )

    def work() -> None:  # a background job's own connection, watched by the window
        with Logbook.open(data_dir) as logbook:
            window.changes.watch(logbook)
            logbook.add_client(ClientDetails("Ben", "Park"))
            window.changes.forget(logbook)

    thread = threading.Thread(target=work)
    with qtbot.waitSignal(window.changes.changed, timeout=5000):
        thread.start()
    thread.join()
    assert heard == [("client", True)]
    qtbot.waitUntil(lambda: window.client_model.rowCount() == 1)


def test_a_background_job_s_writes_reach_the_window(qtbot, window, data_dir):
    """A job writes through its own connection, in a pool thread: given the window's
    relay, what it writes refreshes the window's views like any other write."""
    audit = window.record_actions.open_audit()
    before = audit.model.rowCount()
    handle = run_job(
        "import_csv",
        lambda context: context.logbook.add_client(ClientDetails("Cleo", "Ortiz")).id,
        data_dir=data_dir,
        changes=window.changes,
    )
    qtbot.waitUntil(handle.is_done, timeout=10_000)
    qtbot.waitUntil(lambda: window.client_model.rowCount() == 1)
    qtbot.waitUntil(lambda: audit.model.rowCount() == before + 1)
