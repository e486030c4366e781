from __future__ import annotations

from pathlib import Path

import pytest

from .bundle_data import Source, build_source


@pytest.fixture
def source(tmp_path: Path) -> Source:
    return build_source(tmp_path / "source-data", tmp_path / "work")
