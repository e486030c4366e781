"""The item models pass Qt's model tester, and show what the records say."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt

from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    ReactionObservation,
    SessionDetails,
)
from logger_app.vocabulary import Area, Device, Reaction, Severity
from tests.screening_data import put_on_file
from ui.common.display import format_datetime
from ui.common.models import RECORD_ID_ROLE, ClientListModel, HistoryModel

from ...logbook_template import new_logbook


def _filled_logbook(data_dir) -> Logbook:
    logbook = new_logbook(data_dir)
    anna = logbook.add_client(ClientDetails("Anna", "Smith", date(1990, 1, 2)))
    logbook.add_client(ClientDetails("Ben", "Adams"))
    put_on_file(logbook, anna.id, on=date(2026, 9, 1))
    for weeks in (10, 5, 0):
        logbook.record_session(
            SessionDetails(
                client_id=anna.id,
                started_at=datetime(2026, 9, 1, 10, tzinfo=UTC) + timedelta(weeks=weeks),
                practitioner_name="Maya Okafor",
                device=Device.PEN,
                cartridge="16-pin",
                areas=(
                    AreaTreatment(Area.FOREHEAD, 0.5),
                    AreaTreatment(Area.CHIN, 1.0 + weeks / 10),
                ),
                reactions=(
                    ReactionObservation(Reaction.ERYTHEMA, Severity.MILD),
                    ReactionObservation(Reaction.BRUISING, Severity(weeks // 5 + 1)),
                ),
            )
        )
    return logbook


def test_client_list_model(qtmodeltester, data_dir):
    with _filled_logbook(data_dir) as logbook:
        model = ClientListModel()
        model.set_rows(logbook.list_clients())
        qtmodeltester.check(model, force_py=True)
        assert model.rowCount() == 2
        assert [model.index(r, 0).data() for r in range(2)] == ["Adams, Ben", "Smith, Anna"]
        assert model.index(0, 2).data() == "No session yet"
        assert model.index(1, 1).data() == "2 Jan 1990"
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
        assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
        model.set_rows([])
        qtmodeltester.check(model, force_py=True)


def test_history_model(qtmodeltester, data_dir):
    with _filled_logbook(data_dir) as logbook:
        [_, anna] = logbook.list_clients()
        model = HistoryModel()
        model.set_rows(logbook.history(anna.id))
        qtmodeltester.check(model, force_py=True)
        assert model.rowCount() == 3
        assert model.columnCount(QModelIndex()) == 8  # the last: Draft / Signed
        newest = model.index(0, 1).data()
        assert newest == "Forehead 0.5 mm, Chin 2 mm"
        assert model.index(2, 1).data() == "Forehead 0.5 mm, Chin 1 mm"
        # The worst reaction is the most severe one, and an adverse one is shown in red.
        assert model.index(0, 4).data() == "Bruising (severe)"
        assert model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
        dates = [model.row_record(r).started_at for r in range(3)]
        assert dates == sorted(dates, reverse=True)
        assert model.index(0, 0).data() == format_datetime(dates[0])
        ids = [model.index(r, 0).data(RECORD_ID_ROLE) for r in range(3)]
        assert ids == [s.id for s in logbook.history(anna.id)]
        assert model.row_of_id(ids[1]) == 1
