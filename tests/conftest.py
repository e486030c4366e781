"""Shared fixtures. Qt runs offscreen, and every data path points into a temp folder."""

from __future__ import annotations

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Qt caches the settings folder for the whole process at first use: point it at a temp
# folder before anything can read the real one.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="logger-app-test-config-")

from pathlib import Path

import pytest

from . import logbook_template


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "real_creation: every new logbook is made by the real opening path, not copied "
        "from the run's template (tests of making, opening and upgrading a logbook)",
    )


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """Nothing a test does may touch the real user's data or settings folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("LOGGER_APP_DATA_DIR", raising=False)


@pytest.fixture(autouse=True)
def _logbook_template(request: pytest.FixtureRequest):
    """``new_logbook`` copies the run's template, except in tests marked real_creation."""
    logbook_template.use_template(request.node.get_closest_marker("real_creation") is None)
    yield
    logbook_template.use_template(True)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty data folder for a logbook."""
    return tmp_path / "logbook-data"
