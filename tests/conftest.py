"""Shared fixtures. Qt runs offscreen, and every data path points into a temp folder."""

from __future__ import annotations

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Qt caches the settings folder for the whole process at first use: point it at a temp
# folder before anything can read the real one.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="logger-app-test-config-")

from collections.abc import Iterator
from pathlib import Path

import pytest

from logger_app.identity import keys

from . import logbook_template
from .server_home import REQUIRE_ENV, SERVER_ENV, SKIP_REASON, fresh_logbook_database
from .signing import QUICK_KDF

# Where a logbook lives: the SQLite file in the data folder, or the clinic server.
HOMES = ("file", "server")


@pytest.fixture(autouse=True, scope="session")
def _one_qt_application(qapp) -> None:
    """The app's QApplication in every test process, made before any test runs. A core
    test that writes a PDF would otherwise make a bare QGuiApplication (the headless
    path), which the UI tests run later by the same worker cannot use."""
    from ui.app import application

    application()


@pytest.fixture(autouse=True)
def _english(_one_qt_application, qapp) -> None:
    """Every test starts in English, whatever language this machine's system speaks or a
    test before it installed: tests read the English texts and numbers."""
    from ui.common.language import ENGLISH, install_language, installed_language

    # Only when it changed: QLocale.setDefault is not safe while a job thread that a test
    # before left finishing reads the locale.
    if installed_language() != ENGLISH:
        install_language(qapp, ENGLISH)


@pytest.fixture
def german(_english, qapp) -> Iterator[None]:
    """German installed for a test (build the widgets after it), English again after."""
    from ui.common.language import ENGLISH, GERMAN, install_language

    install_language(qapp, GERMAN)
    try:
        yield
    finally:
        install_language(qapp, ENGLISH)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "real_creation: every new logbook is made by the real opening path, not copied "
        "from the run's template (tests of making, opening and upgrading a logbook)",
    )
    config.addinivalue_line(
        "markers",
        "both_homes: a contract test, run against the SQLite file and the clinic server "
        "(the ``home`` fixture; the ``logbook`` fixture opens it there)",
    )

    config.addinivalue_line(
        "markers", "server_only: needs the PostgreSQL test cluster (the clinic-server half)"
    )


def _server_half_off() -> bool:
    """No test cluster, and CI did not require one: the server half is left out."""
    return not os.environ.get(SERVER_ENV, "").strip() and os.environ.get(REQUIRE_ENV) != "1"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _server_half_off():
        terminalreporter.write_line(SKIP_REASON, yellow=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without a cluster, the server half is deselected: said once, in the header."""
    if not _server_half_off():
        return
    server, kept = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_server = callspec is not None and callspec.params.get("home") == "server"
        (server if on_server or item.get_closest_marker("server_only") else kept).append(item)
    if server:
        config.hook.pytest_deselected(items=server)
        items[:] = kept


def _names(parametrize: pytest.Mark) -> list[str]:
    names = parametrize.args[0]
    return [name.strip() for name in names.split(",")] if isinstance(names, str) else names


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "home" in metafunc.fixturenames:
        # A test may name its homes itself, e.g. the file alone for SQLite's own subject.
        if any("home" in _names(mark) for mark in metafunc.definition.iter_markers("parametrize")):
            return
        both = metafunc.definition.get_closest_marker("both_homes") is not None
        metafunc.parametrize("home", HOMES if both else HOMES[:1])


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """Nothing a test does may touch the real user's data or settings folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("LOGGER_APP_DATA_DIR", raising=False)


@pytest.fixture(autouse=True)
def _quick_key_derivation(monkeypatch):
    """argon2id at its real cost takes a quarter of a second per key: tests seal keys
    with the cheapest settings (the real ones are measured by benchmarks/bench_identity.py
    and used by tests/core/identity's own checks of them)."""
    monkeypatch.setattr(keys, "KDF_SETTINGS", QUICK_KDF)


@pytest.fixture(autouse=True)
def _logbook_template(request: pytest.FixtureRequest):
    """``new_logbook`` copies the run's template, except in tests marked real_creation."""
    logbook_template.use_template(request.node.get_closest_marker("real_creation") is None)
    yield
    logbook_template.use_template(True)


@pytest.fixture
def database_url(home: str) -> Iterator[str | None]:
    """None for the file; for the server, the URL of a new logbook database."""
    if home == "file":
        yield None
        return
    with fresh_logbook_database() as url:
        yield url


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty data folder for a logbook."""
    return tmp_path / "logbook-data"
