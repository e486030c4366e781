"""Work off the GUI thread opens its own Logbook in the window's home: on the clinic
server when the window is there, never the file in the data folder."""

from __future__ import annotations

import pytest

from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from tests.server_home import server_database
from ui.common.jobs import run_job

pytestmark = pytest.mark.server_only


def test_a_job_opens_the_logbook_on_the_same_server(data_dir):
    with server_database() as url:
        with Logbook.open(data_dir, database_url=url) as other:
            other.add_client(ClientDetails("Ann", "Lee"))
        seen: list[object] = []

        def work(context):
            return context.logbook.on_server, [e.last_name for e in context.logbook.list_clients()]

        run_job(
            None,
            work,
            data_dir=data_dir,
            database_url=url,
            on_success=seen.append,
            on_failure=seen.append,
        )
        assert seen == [(True, ["Lee"])]
