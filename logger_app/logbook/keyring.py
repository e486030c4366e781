"""Who holds the logbook's data key, kept in step with the profiles' passphrases.

On a file the wrappings live in the key file beside the database (it cannot be read
without them); on the clinic server, in the logbook's settings (the server's disk
encryption protects the database; the data key encrypts the photo blobs). The rules are
the same for both:

- a new seal (a passphrase set, changed or reset) gets its wrapping *before* the
  database takes the seal, so a crash between the two leaves a passphrase that opens;
- once the database holds it, ``settle`` drops every wrapping whose seal no profile has
  any more (the old passphrase stops opening the logbook) and follows renamed profiles;
- a practitioner who signs in while the logbook is open (a handover, the lock screen)
  and has no wrapping yet gets one: that is how the other profiles of a logbook that
  was just encrypted come to open it themselves.
"""

from __future__ import annotations

import json
from typing import Protocol

from ..crypto.data_key import new_data_key, new_recovery_key
from ..crypto.key_file import (
    RECOVERY_HOLDER,
    KeyFile,
    KeyFileError,
    key_file_text,
    parse_key_file,
    practitioner_entry,
    read_key_file,
    recovery_entry,
    write_key_file,
)
from ..errors import LogbookError
from ..i18n import translate
from ..identity.keys import UnlockedKey
from ..records import Practitioner
from ..store.identity import IdentityStore
from .context import LogbookContext

SERVER_HOLDERS_SETTING = "data_key_holders"


class _HolderPlace(Protocol):
    def load(self) -> KeyFile | None: ...

    def save(self, keys: KeyFile) -> None: ...


class _FolderHolders:
    def __init__(self, context: LogbookContext) -> None:
        self._c = context

    def load(self) -> KeyFile | None:
        if self._c.data_key is None:
            return None
        return read_key_file(self._c.data_dir)

    def save(self, keys: KeyFile) -> None:
        write_key_file(self._c.data_dir, keys)


class _ServerHolders:
    def __init__(self, context: LogbookContext) -> None:
        self._c = context
        self._store = IdentityStore(context.db)

    def load(self) -> KeyFile | None:
        value = self._store.setting(SERVER_HOLDERS_SETTING)
        if value is None:
            return None
        return parse_key_file(value, "the clinic server's key holders")

    def save(self, keys: KeyFile) -> None:
        with self._c.db.atomic():
            self._store.set_setting(SERVER_HOLDERS_SETTING, json.loads(key_file_text(keys)))


class Keyring:
    def __init__(self, context: LogbookContext) -> None:
        self._c = context
        self._store = IdentityStore(context.db)
        self._place: _HolderPlace = (
            _ServerHolders(context) if context.database_url is not None else _FolderHolders(context)
        )

    @property
    def encrypted(self) -> bool:
        return self._c.data_key is not None

    def holders(self) -> KeyFile | None:
        """The wrappings (None for a plain logbook, or a server logbook without a key)."""
        return self._place.load()

    def start(self, holder: tuple[Practitioner, UnlockedKey] | None) -> tuple[bytes, bytes]:
        """A clinic-server logbook gets its data key (the photo files are encrypted with
        it from now on): the holders setting with the recovery wrapping and ``holder``'s
        (the signed-in administrator, with their open key; None while no profile
        exists), written and audited in one transaction. Returns (data key, recovery
        key). A file is encrypted by ``logger-app encrypt`` instead."""
        if self._c.database_url is None:
            raise LogbookError(
                "A logbook file is encrypted with `logger-app encrypt`, not from here."
            )
        if self._c.data_key is not None or self._place.load() is not None:
            raise LogbookError("This logbook has its data key already.")
        data_key, recovery_key = new_data_key(), new_recovery_key()
        entries = [recovery_entry(data_key, recovery_key)]
        if holder is not None:
            practitioner, opened = holder
            entries.append(practitioner_entry(data_key, practitioner.id, practitioner.name, opened))
        with self._c.db.atomic():
            self._place.save(KeyFile(tuple(entries)))
            self._c.audit.record(
                "update",
                "logbook",
                "Photo files encrypted from now on: the logbook's data key was made",
                details={"holders": len(entries) - 1},
            )
        self._c.data_key = data_key
        return data_key, recovery_key

    def new_recovery(self) -> bytes:
        """A new recovery key in place of the old (a sheet lost, seen, or never kept):
        the old sheet opens nothing from now on. Returns the new key, for its sheet."""
        keys = self._loaded()
        if keys is None or self._c.data_key is None:
            raise LogbookError(
                translate("Keyring", "This logbook is not encrypted: it has no recovery sheet.")
            )
        self._c.check_writable()
        recovery_key = new_recovery_key()
        kept = [entry for entry in keys.holders if entry.holder != RECOVERY_HOLDER]
        renewed = KeyFile((recovery_entry(self._c.data_key, recovery_key), *kept))
        # The wrapping first, then its audit entry: on a file they are two writes, and a
        # crash between them leaves the new sheet working (the one just shown).
        with self._c.db.atomic():
            self._place.save(renewed)
            self._c.audit.record(
                "update",
                "logbook",
                "A new recovery sheet replaced the old one (which opens nothing now)",
            )
        return recovery_key

    def new_seal(self, practitioner: Practitioner, opened: UnlockedKey) -> None:
        """Before the database takes ``opened``'s seal: its wrapping of the data key."""
        keys = self._loaded()
        if keys is None or self._c.data_key is None or self._c.read_only is not None:
            return
        entry = practitioner_entry(self._c.data_key, practitioner.id, practitioner.name, opened)
        self._place.save(keys.with_holder(entry))

    def signed_in(self, practitioner: Practitioner, opened: UnlockedKey) -> None:
        """``practitioner`` opened their key: on the server, the data key comes from
        their wrapping; a missing wrapping of theirs is made; stale ones go."""
        keys = self._loaded()
        if keys is None or self._c.read_only is not None:
            return
        if self._c.data_key is None:
            self._c.data_key = _unwrap_for(keys, practitioner, opened)
            if self._c.data_key is None:
                return
        if opened.sealed is not None and not any(
            entry.sealed_key == opened.sealed.data for entry in keys.entries_of(practitioner.id)
        ):
            self.new_seal(practitioner, opened)
        self.settle()

    def settle(self) -> None:
        """Drop wrappings whose seal no profile holds now; names follow the profiles."""
        keys = self._loaded()
        if keys is None or self._c.read_only is not None:
            return
        settled = keys
        for entry in keys.practitioners():
            assert entry.practitioner_id is not None
            current = self._store.sealed_key(entry.practitioner_id)
            if current != entry.sealed_key:
                settled = settled.without([entry])
                continue
            name = self._c.practitioners.get(entry.practitioner_id).name
            if name != entry.name:
                settled = settled.renamed(entry.practitioner_id, name)
        if settled != keys:
            self._place.save(settled)

    def _loaded(self) -> KeyFile | None:
        try:
            return self._place.load()
        except KeyFileError:
            if self._c.data_key is not None:
                raise
            return None


def _unwrap_for(keys: KeyFile, practitioner: Practitioner, opened: UnlockedKey) -> bytes | None:
    from ..crypto.key_file import unlock_with_sealing_key

    for entry in keys.entries_of(practitioner.id):
        data_key = unlock_with_sealing_key(entry, opened)
        if data_key is not None:
            return data_key
    return None
