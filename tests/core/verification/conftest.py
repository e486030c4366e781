"""The ``scene`` of the attack tests (see ``scene.py``)."""

from __future__ import annotations

import pytest

from logger_app.logbook import Logbook

from .scene import Scene, make_scene


@pytest.fixture
def scene(logbook: Logbook, add_client, make_session) -> Scene:
    return make_scene(logbook, add_client, make_session)
