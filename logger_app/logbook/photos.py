"""Photos of sessions: importing, reading, deleting a draft's, checking the folder. The
pipeline (Pillow, pillow-heif: ~80 ms to import) loads on first use, not at start-up."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import LogbookLockedError, SignedSessionError
from ..records import Photo, PhotoCheckReport, PhotoDetails, PhotoFileStatus, PhotoImportResult
from ..validation import validate_photo_details
from .audit import AuditTrail
from .context import LogbookContext, raise_if

if TYPE_CHECKING:
    from ..photos.content import PhotoContent


class Photos:
    def __init__(self, context: LogbookContext, audit: AuditTrail) -> None:
        self._c = context
        self._audit = audit

    @property
    def content(self) -> PhotoContent:
        return self._c.photo_content

    def encrypt_older_photos(self, progress: Callable[[int, int], None] | None = None) -> int:
        """On the clinic server, once the logbook has its data key: the photo files
        stored before, encrypted in place (each in its own transaction, so the work can
        stop and start again); one audit entry. Returns how many."""
        from ..errors import LogbookError
        from ..photos.server_content import ServerContent

        content = self._c.photo_content
        if not isinstance(content, ServerContent) or content.data_key is None:
            raise LogbookError(
                "Only a clinic-server logbook with its data key encrypts its older photos."
            )
        plain = content.plain_files()
        for done, sha256 in enumerate(plain, start=1):
            content.seal(sha256)
            if progress is not None:
                progress(done, len(plain))
        if plain:
            with self._c.db.atomic():
                self._c.audit.record(
                    "update",
                    "logbook",
                    f"{len(plain)} photo files stored before the data key encrypted",
                    details={"photo_files": len(plain)},
                )
        return len(plain)

    def import_photos(
        self,
        session_id: int,
        files: Sequence[Path],
        defaults: PhotoDetails,
        per_file: Mapping[Path, PhotoDetails] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[PhotoImportResult]:
        """Attach photo files to a session: one result per file, in order. Each photo
        is committed on its own as soon as its file is safely stored; a refused file
        does not stop the others. ``per_file`` overrides ``defaults`` for some files."""
        from ..photos.importer import ImportTarget, import_batch

        session = self._c.sessions.get(session_id)
        raise_if(validate_photo_details(defaults))
        self._check_key_known()
        target = ImportTarget(
            self._c.data_dir, self._c.photos, session.details.client_id, session.id, self.content
        )
        return import_batch(target, files, defaults, per_file, progress)

    def _check_key_known(self) -> None:
        """On the clinic server the data key is known once a holder signs in: until
        then a photo of an encrypted logbook must not be stored in plain."""
        if self._c.database_url is None or self._c.data_key is not None:
            return
        from .keyring import Keyring

        if Keyring(self._c).holders() is not None:
            raise LogbookLockedError(
                "The photos of this logbook are encrypted: sign in with a profile that "
                "holds its key to add photos."
            )

    def photo(self, photo_id: int) -> Photo:
        return self._c.photos.get(photo_id)

    def photos_of_session(self, session_id: int) -> list[Photo]:
        self._c.sessions.get(session_id)
        return self._c.photos.for_session(session_id)

    def photos_of_client(self, client_id: int) -> list[Photo]:
        self._c.clients.get(client_id)
        return self._c.photos.for_client(client_id)

    def photo_count(self) -> int:
        return self._c.photos.count()

    def photo_file(self, photo: Photo) -> Path:
        return self.content.local_path(photo.sha256)

    def photo_thumbnail(self, photo: Photo, size: int = 256) -> Path:
        return self.content.thumbnail(photo.sha256, size)

    def photo_status(self, photo: Photo) -> PhotoFileStatus:
        return self.content.status(photo.sha256)

    def delete_photo(self, photo_id: int) -> None:
        """Delete a photo of a draft session; its file goes too unless another photo row
        uses it. A signed session's photos are part of the record and stay."""
        from ..photos.upkeep import delete_photo

        photo = self._c.photos.get(photo_id)
        if self._c.sessions.get(photo.session_id).signed_at is not None:
            raise SignedSessionError(
                "This photo belongs to a signed session: it is part of the clinical record "
                "and cannot be deleted."
            )

        def audited(photo: Photo) -> None:
            self._c.audit.record(
                "delete",
                "photo",
                f"Photo {photo.id} of session {photo.session_id} deleted",
                entity_id=photo.id,
                client_id=photo.client_id,
                session_id=photo.session_id,
                details={"original_name": photo.original_name},
            )

        delete_photo(self.content, self._c.photos, photo_id, audited)

    def check_photos(
        self,
        remove_orphans: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> PhotoCheckReport:
        """Photo rows against photo files: missing or altered files, and files no row
        uses (removed only with ``remove_orphans``). Reads and hashes every photo."""
        from ..photos.upkeep import check_photos

        if remove_orphans:
            self._c.check_writable()
        report = check_photos(self.content, self._c.photos, remove_orphans, progress)
        if report.fixed:  # files only: recorded once they are gone
            self._audit.record_event(
                "repair",
                f"Photo check removed {len(report.removed)} unused file(s) and put back "
                f"{len(report.restored)}",
                entity="photo_files",
                details={
                    "removed": [path.name for path in report.removed],
                    "restored": [path.name for path in report.restored],
                },
            )
        return report
