"""Where the logbook keeps its data."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "MicroneedlingLogbook"
DATA_DIR_ENV = "LOGGER_APP_DATA_DIR"


def default_data_dir() -> Path:
    """``$LOGGER_APP_DATA_DIR`` if set, else the platform's per-user data folder."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None) -> Path:
    """``--data-dir`` wins over the environment, which wins over the platform default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    return default_data_dir().resolve()
