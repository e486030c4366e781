"""What the gallery shows about a photo beside the picture, and how its thumbnail
workers reach the photo files (plain Python: no widget, no SQL)."""

from __future__ import annotations

from html import escape

from logger_app.errors import LogbookError
from logger_app.i18n import translatable, translate
from logger_app.logbook import Logbook
from logger_app.records import Photo, PhotoFileStatus, Session

from ..common.display import format_datetime, format_depth
from ..session.session_detail import added_after_signing_line

# Said through translate("PhotoFiles", ...) where they are raised.
MISSING_TEXT = translatable("PhotoFiles", "Photo file missing — run logger-app check")
ALTERED_TEXT = translatable(
    "PhotoFiles", "Photo file altered on disk — it no longer matches what was saved"
)


def photo_details_html(photo: Photo, session: Session) -> str:
    details = session.details
    depths = "".join(
        f"<tr><td>{escape(a.area.label)}</td><td>{format_depth(a.depth_mm)}</td></tr>"
        for a in details.areas
    )
    taken = (
        format_datetime(photo.taken_at)
        if photo.taken_at
        else translate("PhotoFiles", "not recorded")
    )
    taken_line = translate("PhotoFiles", "Taken {when}").format(when=taken)
    session_line = translate("PhotoFiles", "Session of {started}").format(
        started=format_datetime(details.started_at)
    )
    return (
        f"<p><b>{escape(photo.kind.label)}</b> · {escape(photo.angle.label)}"
        + (f" · {escape(photo.area.label)}" if photo.area else "")
        + f"<br>{escape(taken_line)}<br>{photo.width} × {photo.height} px</p>"
        f"<p><b>{escape(session_line)}</b><br>"
        f"{escape(details.device.label)}"
        + (f", {escape(details.cartridge)}" if details.cartridge else "")
        + f"</p><table>{depths}</table>"
        + (f"<p>{escape(photo.note)}</p>" if photo.note else "")
        + (
            f"<p><b>{escape(added_after_signing_line(photo))}</b></p>"
            if photo.added_after_signing
            else ""
        )
    )


class PhotoFiles:
    """What the thumbnail workers call: plain Python through the logbook's photo use
    cases, no widget. Each call checks the photo's file first (missing, or altered since
    it was stored) so the gallery shows a placeholder instead of a wrong picture.

    The photo use cases are safe from a worker thread: on the file they are file work,
    on the clinic server each worker thread fetches on a connection of its own.
    """

    def __init__(self, logbook: Logbook) -> None:
        self.by_sha: dict[str, Photo] = {}
        self.use_logbook(logbook)

    def use_logbook(self, logbook: Logbook) -> None:
        self._logbook = logbook
        # On the server a status reads and hashes the whole stored file: a verified one
        # is remembered (its bytes, named by their hash, never change; a damaged stored
        # file is `check`'s to find). On the file it is read each time, as a file
        # altered on disk must show at once.
        self._remember = logbook.on_server
        self._verified: set[str] = set()

    def _checked(self, sha256: str) -> Photo:
        photo = self.by_sha[sha256]
        if sha256 in self._verified:
            return photo
        status = self._logbook.photo_status(photo)
        if status is PhotoFileStatus.MISSING:
            raise LogbookError(translate("PhotoFiles", MISSING_TEXT))
        if status is PhotoFileStatus.ALTERED:
            raise LogbookError(translate("PhotoFiles", ALTERED_TEXT))

        if self._remember:
            self._verified.add(sha256)
        return photo

    # The photo modules (Pillow) load on first use, in a worker, not at start-up. Each
    # gives the JPEG's bytes, decrypted in memory in an encrypted logbook.
    def grid(self, sha256: str) -> bytes:
        from logger_app.photos.thumbnails import GRID_SIZE

        return self._logbook.thumbnail_bytes(self._checked(sha256), GRID_SIZE)

    def preview(self, sha256: str) -> bytes:
        from logger_app.photos.thumbnails import PREVIEW_SIZE

        return self._logbook.thumbnail_bytes(self._checked(sha256), PREVIEW_SIZE)

    def full(self, sha256: str) -> bytes:
        return self._logbook.photo_bytes(self._checked(sha256))
