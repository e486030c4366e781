"""The key file beside an encrypted logbook (``logbook.keys``): the logbook's data key
wrapped once per practitioner and once under the recovery key. Its presence is what
makes a data folder's logbook encrypted.

It sits outside the database because the database cannot be read without the key it
holds. What it shows without a passphrase: who may open the logbook (profile ids and
names, for the sign-in screen) and, in each sealed signing key's header, its public key
and argon2id settings; each wrapping is AES-256-GCM under a key derived from a
passphrase (argon2id) or from the recovery key.

A practitioner's entry carries their sealed signing key as it was when the entry was
made: its salt and settings are those of the derivation that wraps the data key, so
one slow derivation at sign-in both opens the logbook and unlocks the signing key.
During a passphrase change a practitioner briefly has two entries (the new one is
written before the database takes the new seal); whichever the database's seal
matches is kept at the next sign-in (``settle``).
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..identity.keys import SealedKey, UnlockedKey, sealing_key, unlock
from .data_key import KEY_BYTES, WrongKeyError, recovery_wrapping_key, unwrap, wrap

KEY_FILENAME = "logbook.keys"
KEY_FILE_FORMAT = "logger-app logbook keys"
RECOVERY_HOLDER = "recovery"


class KeyFileError(ValueError):
    """The key file is missing, damaged or not this app's: ``str()`` says so plainly."""


@dataclass(frozen=True)
class KeyHolder:
    """One wrapping of the data key: the recovery key's, or a practitioner's."""

    holder: str  # "recovery" or "practitioner:<id>"
    wrapped: bytes
    practitioner_id: int | None = None
    name: str = ""
    sealed_key: bytes = b""  # the practitioner's seal this wrapping belongs to

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"holder": self.holder, "wrapped": _b64(self.wrapped)}
        if self.practitioner_id is not None:
            data |= {
                "practitioner_id": self.practitioner_id,
                "name": self.name,
                "sealed_key": _b64(self.sealed_key),
            }
        return data


@dataclass(frozen=True)
class KeyFile:
    """The whole key file, as read or about to be written."""

    holders: tuple[KeyHolder, ...]

    def practitioners(self) -> list[KeyHolder]:
        return [h for h in self.holders if h.practitioner_id is not None]

    def entries_of(self, practitioner_id: int) -> list[KeyHolder]:
        return [h for h in self.holders if h.practitioner_id == practitioner_id]

    def with_holder(self, holder: KeyHolder) -> KeyFile:
        kept = [
            h
            for h in self.holders
            if not (h.holder == holder.holder and h.sealed_key == holder.sealed_key)
        ]
        return KeyFile((*kept, holder))

    def without(self, drop: Iterable[KeyHolder]) -> KeyFile:
        dropped = set(drop)
        return KeyFile(tuple(h for h in self.holders if h not in dropped))

    def renamed(self, practitioner_id: int, name: str) -> KeyFile:
        return KeyFile(
            tuple(
                replace(h, name=name) if h.practitioner_id == practitioner_id else h
                for h in self.holders
            )
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def practitioner_holder(practitioner_id: int) -> str:
    return f"practitioner:{practitioner_id}"


def _passphrase_wrapping_key(derived: bytes) -> bytes:
    # The seal's own key seals the signing key; the data key is wrapped under a key
    # derived from it for that use alone.
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"logbook data key wrap"
    ).derive(derived)


def key_file_path(data_dir: Path) -> Path:
    return Path(data_dir) / KEY_FILENAME


def is_encrypted_folder(data_dir: Path) -> bool:
    """Whether the data folder's logbook is encrypted (its key file is there)."""
    return key_file_path(data_dir).exists()


def read_key_file(data_dir: Path) -> KeyFile:
    path = key_file_path(data_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KeyFileError(
            f"The logbook in {data_dir} is encrypted but its key file {KEY_FILENAME} is "
            "missing: put it back (every backup holds it) to open the logbook."
        ) from None
    except (OSError, ValueError) as error:
        raise KeyFileError(f"{path} cannot be read: {error}.") from error
    return parse_key_file(data, path)


def parse_key_file(data: Any, where: Path | str) -> KeyFile:
    damaged = KeyFileError(f"{where} is not a key file of this app, or it is damaged.")
    if not isinstance(data, Mapping) or data.get("format") != KEY_FILE_FORMAT:
        raise damaged
    holders = []
    try:
        for entry in data["holders"]:
            practitioner_id = entry.get("practitioner_id")
            holders.append(
                KeyHolder(
                    holder=str(entry["holder"]),
                    wrapped=base64.b64decode(entry["wrapped"], validate=True),
                    practitioner_id=int(practitioner_id) if practitioner_id is not None else None,
                    name=str(entry.get("name", "")),
                    sealed_key=base64.b64decode(entry.get("sealed_key", ""), validate=True),
                )
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise damaged from None
    return KeyFile(tuple(holders))


def key_file_text(keys: KeyFile) -> str:
    return json.dumps(
        {
            "format": KEY_FILE_FORMAT,
            "version": 1,
            "holders": [holder.as_json() for holder in keys.holders],
        },
        indent=1,
    )


def write_key_file(data_dir: Path, keys: KeyFile) -> None:
    """Replace the key file whole (owner-only, on disk before it counts)."""
    folder = Path(data_dir)
    handle, temp = tempfile.mkstemp(prefix=".logbook-keys-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(key_file_text(keys))
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, key_file_path(folder))
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# Wrapping and unwrapping
def recovery_entry(data_key: bytes, recovery_key: bytes) -> KeyHolder:
    return KeyHolder(
        RECOVERY_HOLDER, wrap(data_key, recovery_wrapping_key(recovery_key), RECOVERY_HOLDER)
    )


def practitioner_entry(
    data_key: bytes, practitioner_id: int, name: str, opened: UnlockedKey
) -> KeyHolder:
    """The data key wrapped for a practitioner under their open key's seal."""
    if opened.sealed is None or not opened.sealing_key:
        raise ValueError("an opened key with its seal is needed")
    holder = practitioner_holder(practitioner_id)
    wrapping = _passphrase_wrapping_key(opened.sealing_key)
    return KeyHolder(
        holder,
        wrap(data_key, wrapping, holder),
        practitioner_id=practitioner_id,
        name=name,
        sealed_key=opened.sealed.data,
    )


@dataclass(frozen=True)
class Unlocked:
    """What a passphrase opened: the data key, and the signing key of the same seal
    (handed to the sign-in so that it needs no second derivation)."""

    data_key: bytes
    opened: UnlockedKey


def unlock_with_passphrase(entries: Iterable[KeyHolder], passphrase: str) -> Unlocked:
    """Try a practitioner's entries (newest first); WrongKeyError if none opens."""
    for entry in reversed(list(entries)):
        try:
            sealed = SealedKey(entry.sealed_key)
        except ValueError:
            continue
        derived = sealing_key(sealed, passphrase)
        try:
            data_key = unwrap(entry.wrapped, _passphrase_wrapping_key(derived), entry.holder)
        except WrongKeyError:
            continue
        return Unlocked(data_key, unlock(sealed, passphrase, derived=derived))
    raise WrongKeyError("this passphrase opens none of the practitioner's keys")


def unlock_with_recovery(keys: KeyFile, recovery_key: bytes) -> bytes:
    wrapping = recovery_wrapping_key(recovery_key)
    for entry in keys.holders:
        if entry.holder == RECOVERY_HOLDER:
            try:
                return unwrap(entry.wrapped, wrapping, RECOVERY_HOLDER)
            except WrongKeyError:
                continue
    raise WrongKeyError("this recovery key is not the one of this logbook")


def unlock_with_sealing_key(entry: KeyHolder, opened: UnlockedKey) -> bytes | None:
    """The data key from ``entry`` if it belongs to ``opened``'s seal (no derivation)."""
    if opened.sealed is None or entry.sealed_key != opened.sealed.data:
        return None
    try:
        return unwrap(entry.wrapped, _passphrase_wrapping_key(opened.sealing_key), entry.holder)
    except WrongKeyError:
        return None
