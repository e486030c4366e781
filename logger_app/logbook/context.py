"""What every use-case service of a Logbook shares: its database and stores, who is
acting, whether it may write, and the change announcer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..changes import ChangeAnnouncer
from ..crypto.key_file import is_encrypted_folder
from ..errors import ValidationError
from ..integrity import default_actor
from ..store import (
    ClientStore,
    PhotoStore,
    PractitionerStore,
    ScreeningStore,
    SessionStore,
    SettingsStore,
    open_database,
)
from ..store.audit import AuditStore
from ..store.database import DATABASE_FILENAME, ensure_data_folder, read_only_error
from ..store.erasure import ErasureStore
from ..store.folder_upkeep import recover_data_folder
from ..store.session_search import SessionSearch
from ..store.signatures import SignatureStore
from ..store.signing import SigningStore
from ..verification.anchors import SERVER_PREFIX, AnchorKeeper

if TYPE_CHECKING:
    from ..photos.content import PhotoContent


class LogbookContext:
    """One open logbook: one connection, used from the thread that opened it."""

    def __init__(
        self,
        data_dir: Path,
        actor: str | None,
        *,
        create: bool,
        database_url: str | None,
        data_key: bytes | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.database_url = database_url
        # The logbook's data key (None: a plain logbook, or on the server until someone
        # holding it signs in): the file's encryption, the photos'.
        self.data_key = data_key
        # Opened with the recovery sheet (``unlocking.open_with_recovery``): one
        # forgotten passphrase may be replaced (``Identity.recover_passphrase``).
        self.opened_by_recovery = False
        if database_url:
            # The logbook is on the clinic server; the folder keeps this workstation's
            # caches and settings.
            from ..store.server.opening import open_server_database

            ensure_data_folder(self.data_dir)
            # What work of this computer's left when it was killed (a backup's plain
            # temporary copy of the server's records, say) goes, as for the file.
            recover_data_folder(self.data_dir)
            self.db = open_server_database(database_url)
            self.read_only = None
        else:
            self.db = open_database(self.data_dir, create=create, data_key=data_key)
            if not is_encrypted_folder(self.data_dir):
                self.data_key = None
            self.read_only = read_only_error(self.db)
        self.changes = ChangeAnnouncer()
        self.db.commit_listeners.append(self.changes.announce)
        if self.read_only is None:
            # The newest head each commit wrote, kept on this computer (``verify``).
            self.db.commit_listeners.append(AnchorKeeper(self.data_dir, self.location))
        self.audit = AuditStore(self.db, actor or default_actor())
        self.clients = ClientStore(self.db)
        self.practitioners = PractitionerStore(self.db)
        self.sessions = SessionStore(self.db, self.practitioners)
        self.signing = SigningStore(self.db)
        self.signatures = SignatureStore(self.db)
        self.erasure = ErasureStore(self.db)
        self.search = SessionSearch(self.db)
        self.photos = PhotoStore(self.db, self.audit)
        self.screenings = ScreeningStore(self.db)
        self.settings = SettingsStore(self.db)
        self._photo_content: PhotoContent | None = None
        if database_url is not None:
            # Made now, in the thread that opened the logbook: the server's content tells
            # its own connection's thread from worker threads (which connect on their
            # own) by the thread that made it.
            self._photo_content = self.photo_content

    @property
    def location(self) -> str:
        """Where the records are, as a person reads it: the file, or the server (never
        its password)."""
        if self.database_url is None:
            return str(self.data_dir / DATABASE_FILENAME)
        return SERVER_PREFIX + self.db.label

    @property
    def photo_content(self) -> PhotoContent:
        """Where the photo files' bytes are: the data folder, or the clinic server."""
        if self._photo_content is None:
            from ..photos.content import content_for  # Pillow-free, psycopg only for a URL

            self._photo_content = content_for(
                self.db, self.data_dir, self.database_url, lambda: self.data_key
            )
        return self._photo_content

    def check_writable(self) -> None:
        """ReadOnlyLogbookError (DiskFullError on a full disk) before a write starts."""
        if self.read_only is not None:
            raise type(self.read_only)(str(self.read_only))


def raise_if(problems: dict[str, str]) -> None:
    if problems:
        raise ValidationError(problems)
