from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from .bundle_data import Source, build_source


@pytest.fixture(autouse=True)
def _qt(request: pytest.FixtureRequest) -> None:
    """Bundles hold a PDF: the app's QApplication (which the UI tests later in the run
    need), unless a command line test of this worker made its bare QGuiApplication."""
    if QCoreApplication.instance() is None:
        request.getfixturevalue("qapp")


@pytest.fixture
def source(tmp_path: Path) -> Source:
    return build_source(tmp_path / "source-data", tmp_path / "work")
