"""`logger-app photos import` and `logger-app check` as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image

from .test_command_line import DEMO_SIGN_IN, run_app


def test_import_then_check(tmp_path: Path) -> None:
    data_dir = tmp_path / "book"
    assert run_app("demo", "--data-dir", str(data_dir), "--clients", "1").returncode == 0
    photo = tmp_path / "front.png"
    Image.new("RGB", (120, 90), (196, 150, 128)).save(photo)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    imported = run_app(
        "photos", "import", "--data-dir", str(data_dir), "--session", "1", str(photo), str(empty),
        sign_in=DEMO_SIGN_IN,
    )  # fmt: skip
    assert imported.returncode == 1, imported.stderr
    assert imported.stdout.splitlines() == [
        f"imported: {photo} (photo 1)",
        f"refused: {empty}: the file is empty (0 bytes)",
    ]
    assert "Traceback" not in imported.stderr
    checked = run_app("check", "--data-dir", str(data_dir), sign_in=DEMO_SIGN_IN)
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.endswith("All photos are in order.\n")


def test_opening_a_logbook_does_not_load_the_photo_libraries() -> None:
    """Pillow and pillow-heif load on first photo use, not at start-up."""
    code = (
        "import sys, logger_app.logbook, logger_app.cli; "
        "loaded = [m for m in ('PIL', 'pillow_heif') if m in sys.modules]; "
        "print(loaded)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
