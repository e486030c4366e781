"""The import's memory is reckoned from the header: a picture whose import would pass
the limit is refused before it is decoded, and the libraries' warnings never reach the
terminal. (Measured figures: benchmarks/bench_photo_memory.py.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from logger_app.photos.decode import import_memory, load_photo
from logger_app.photos.memory import MEMORY_LIMIT, PhotoHeader, import_peak

from ..photo_files import deep_tiff, flat_png, one_bit_png

ROOT = Path(__file__).resolve().parents[3]
MP = 1_000_000

# (width, height, mode, format, file size, transparency, turned), accepted?
HEADERS = {
    "12 MP phone JPEG": ((4000, 3000, "RGB", "JPEG", 4 << 20, False, False), True),
    "12 MP phone JPEG, portrait": ((4000, 3000, "RGB", "JPEG", 4 << 20, False, True), True),
    "50 MP phone JPEG, portrait": ((8160, 6120, "RGB", "JPEG", 20 << 20, False, True), True),
    "89 MP JPEG": ((10000, 8900, "RGB", "JPEG", 40 << 20, False, False), True),
    "89 MP JPEG to be turned": ((10000, 8900, "RGB", "JPEG", 40 << 20, False, True), False),
    "88 MP RGBA PNG": ((11000, 8000, "RGBA", "PNG", 360 << 10, True, False), False),
    "60 MP RGBA PNG": ((8000, 7500, "RGBA", "PNG", 360 << 10, True, False), True),
    "89 MP 16-bit grey TIFF, compressed": (
        (10000, 8900, "I;16", "TIFF", 20 << 20, False, False),
        True,
    ),
    # The file's bytes are held while the picture is converted.
    "89 MP 16-bit grey TIFF, uncompressed": (
        (10000, 8900, "I;16", "TIFF", 170 << 20, False, False),
        False,
    ),
    "89 MP 16-bit RGB TIFF, 131 MB": ((10000, 8900, "RGB", "TIFF", 131 << 20, False, False), True),
    "40 MP WebP": ((8000, 5000, "RGB", "WEBP", 8 << 20, False, False), False),
    "24 MP WebP": ((6000, 4000, "RGB", "WEBP", 8 << 20, False, False), True),
    "24 MP HEIC": ((6000, 4000, "RGB", "HEIF", 4 << 20, False, False), True),
}


@pytest.mark.parametrize("case", list(HEADERS))
def test_the_reckoning_accepts_what_phones_make_and_refuses_what_would_not_fit(
    case: str,
) -> None:
    fields, accepted = HEADERS[case]
    width, height, mode, format, file_bytes, transparency, turned = fields
    header = PhotoHeader(width, height, mode, format, file_bytes, transparency, turned)
    assert (import_peak(header) <= MEMORY_LIMIT) is accepted


def test_the_reckoning_counts_what_each_pipeline_step_holds() -> None:
    """More copies, more memory: transparency, turning, deep data and WebP each cost."""
    plain = PhotoHeader(5000, 4000, "RGB", "JPEG", 5 << 20)
    assert import_peak(plain) > 4 * plain.pixels
    for costlier in (
        PhotoHeader(5000, 4000, "RGB", "JPEG", 5 << 20, turned=True),
        PhotoHeader(5000, 4000, "RGBA", "PNG", 5 << 20, transparency=True),
        PhotoHeader(5000, 4000, "RGB", "WEBP", 5 << 20),
        PhotoHeader(5000, 4000, "RGB", "JPEG", 200 << 20),
    ):
        assert import_peak(costlier) > import_peak(plain), costlier


def test_the_reckoning_reads_the_header_of_a_real_file(tmp_path: Path) -> None:
    path = flat_png(tmp_path / "huge.png", 11000, 8000)
    assert import_memory(path) > MEMORY_LIMIT
    assert 0 < import_memory(flat_png(tmp_path / "small.png", 400, 300)) < MEMORY_LIMIT


_PEAK = r"""
import re, sys
from logger_app.errors import PhotoRefused
from logger_app.photos.decode import load_photo
try:
    load_photo(sys.argv[1])
    outcome = "accepted"
except PhotoRefused as refusal:
    outcome = refusal.reason
status = open("/proc/self/status").read()
peak = int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) // 1024
print(peak, outcome)
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_a_picture_too_large_to_process_is_refused_before_it_is_decoded(
    tmp_path: Path,
) -> None:
    """11000×8000 RGBA: 360 KB on disk, 350 MB decoded, 1.7 GB to import before."""
    path = flat_png(tmp_path / "huge.png", 11000, 8000)
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        check=True,
    )
    peak, outcome = done.stdout.split(" ", 1)
    assert outcome.startswith("the picture is too large: 11000 × 8000 pixels with transparency")
    assert int(peak) < 150  # MB: the program and the file, no picture


def run_with_default_warnings(path: Path) -> subprocess.CompletedProcess[str]:
    script = (
        "import sys\nfrom logger_app.errors import PhotoRefused\n"
        "from logger_app.photos.decode import load_photo\n"
        "try:\n    load_photo(sys.argv[1])\nexcept PhotoRefused:\n    pass\n"
    )
    return subprocess.run(
        [sys.executable, "-W", "default", "-c", script, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        check=True,
    )


def broken_tag_tiff(path: Path) -> Path:
    """A TIFF whose description tag points past the end of the file: Pillow warns and
    skips the tag; the picture itself is sound."""
    return deep_tiff(path, 60, 40, bands=1, extra_tags=((270, 2, 5000, 0x7FFFFF00),))


def test_library_warnings_never_reach_the_terminal(tmp_path: Path) -> None:
    # Over Pillow's own warning threshold (89.5 MP), refused by ours.
    bomb = one_bit_png(tmp_path / "90mp.png", 9500, 9500)
    for path in (bomb, broken_tag_tiff(tmp_path / "tags.tif")):
        assert run_with_default_warnings(path).stderr == "", path.name


def test_a_sound_picture_with_a_warned_about_tag_is_accepted(tmp_path: Path) -> None:
    """Under warnings-as-errors (as here) a warning must not turn into a refusal."""
    photo = load_photo(broken_tag_tiff(tmp_path / "tags.tif"))
    assert photo.image.size == (60, 40)
