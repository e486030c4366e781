"""A client with one session, and noise photos to import into it (photo and backup
tests need a logbook with real image files)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from PIL import Image

from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, ClientDetails, Session, SessionDetails
from logger_app.vocabulary import Area, Device


def session_of(book: Logbook, client: ClientDetails) -> Session:
    """A forehead session on 3 Mar 2026 for a new client, recorded without the checks."""
    added = book.add_client(client)
    return book.record_session(
        SessionDetails(
            added.id,
            datetime(2026, 3, 3, 10, tzinfo=UTC),
            "Maya",
            Device.PEN,
            (AreaTreatment(Area.FOREHEAD, 0.5),),
        ),
        enforce_safety=False,
    )


# The sigma of the noise made once per size; each photo rescales it to its own sigma.
_BASE_SIGMA = 64.0


@cache
def _unit_noise(size: tuple[int, int]) -> Image.Image:
    """Gaussian noise around mid-grey, made once per size per run (about ten times
    slower to make than to rescale). Never changed: ``point`` returns a new image."""
    return Image.effect_noise(size, _BASE_SIGMA)


def noise_photos(folder: Path, sigmas: dict[str, float], size: tuple[int, int]) -> list[Path]:
    """One JPEG of random noise per name (``photo-<name>.jpg``), each its own sigma."""
    files = []
    for name, sigma in sigmas.items():
        path = folder / f"photo-{name}.jpg"
        scale = sigma / _BASE_SIGMA
        noise = _unit_noise(size).point(lambda v, s=scale: 128 + (v - 128) * s)
        noise.convert("RGB").save(path, "JPEG")
        files.append(path)
    return files
