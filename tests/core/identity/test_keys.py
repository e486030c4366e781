"""A practitioner's key pair: sealed under the passphrase, opened only by it; signatures
that prove exactly the record they were made over."""

from __future__ import annotations

import pytest

from logger_app.errors import WrongPassphraseError
from logger_app.identity import (
    KdfSettings,
    SealedKey,
    canonical_bytes,
    new_sealed_key,
    passphrase_problem,
    record_hash,
    reseal,
    signature_valid,
    unlock,
)
from logger_app.identity.keys import SEALED_KEY_BYTES

# Cheap settings for most tests: the cost is not their subject.
FAST = KdfSettings(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PASSPHRASE = "orchid lantern velvet"
RECORD = {
    "session": 12,
    "started_at": "2025-05-01T10:00:00+00:00",
    "areas": [{"area": "forehead", "depth_mm": 0.5}, {"area": "chin", "depth_mm": 1.25}],
    "notes": "Zoë — tolerated well",
}


@pytest.fixture(scope="module")
def sealed() -> SealedKey:
    return new_sealed_key(PASSPHRASE, FAST)


def test_the_right_passphrase_opens_the_key_and_signs(sealed: SealedKey) -> None:
    key = unlock(sealed, PASSPHRASE)
    assert key.public_key == sealed.public_key
    signature = key.sign(RECORD)
    assert len(signature) == 64
    assert signature_valid(sealed.public_key, RECORD, signature)


@pytest.mark.parametrize("wrong", ["", "orchid lantern velvet ", "Orchid lantern velvet"])
def test_a_wrong_passphrase_opens_nothing(sealed: SealedKey, wrong: str) -> None:
    with pytest.raises(WrongPassphraseError, match="not right"):
        unlock(sealed, wrong)


def test_the_private_key_is_not_in_the_stored_form(sealed: SealedKey) -> None:
    key = unlock(sealed, PASSPHRASE)
    raw = key._private.private_bytes_raw()
    assert raw not in sealed.data
    assert len(sealed.data) == SEALED_KEY_BYTES
    assert PASSPHRASE.encode() not in sealed.data


@pytest.mark.parametrize("where", [0, 5, 12, 30, 60, 100, SEALED_KEY_BYTES - 1])
def test_any_altered_byte_of_the_stored_key_is_refused(sealed: SealedKey, where: int) -> None:
    data = bytearray(sealed.data)
    data[where] ^= 0x01
    with pytest.raises((WrongPassphraseError, ValueError)):
        unlock(SealedKey(bytes(data)), PASSPHRASE)


def test_a_changed_record_or_another_key_does_not_verify(sealed: SealedKey) -> None:
    signature = unlock(sealed, PASSPHRASE).sign(RECORD)
    changed = RECORD | {"areas": [{"area": "forehead", "depth_mm": 0.5},
                                  {"area": "chin", "depth_mm": 2.75}]}  # fmt: skip
    assert not signature_valid(sealed.public_key, changed, signature)
    other = new_sealed_key(PASSPHRASE, FAST)
    assert not signature_valid(other.public_key, RECORD, signature)
    flipped = signature[:-1] + bytes([signature[-1] ^ 1])  # one bit of it
    assert not signature_valid(sealed.public_key, RECORD, flipped)
    assert not signature_valid(sealed.public_key, RECORD, b"short")


def test_changing_the_passphrase_keeps_the_key_and_old_signatures(sealed: SealedKey) -> None:
    signature = unlock(sealed, PASSPHRASE).sign(RECORD)
    moved = reseal(sealed, PASSPHRASE, "new harbour maple", FAST)
    assert moved.public_key == sealed.public_key and moved.data != sealed.data
    with pytest.raises(WrongPassphraseError):
        unlock(moved, PASSPHRASE)
    assert signature_valid(unlock(moved, "new harbour maple").public_key, RECORD, signature)
    with pytest.raises(WrongPassphraseError):
        reseal(sealed, "not it at all", "whatever else", FAST)


def test_the_settings_travel_with_the_key() -> None:
    assert new_sealed_key(PASSPHRASE, FAST).settings == FAST


def test_canonical_bytes_do_not_depend_on_key_order_or_spacing() -> None:
    shuffled = {key: RECORD[key] for key in reversed(list(RECORD))}
    assert canonical_bytes(shuffled) == canonical_bytes(RECORD)
    assert canonical_bytes({"b": 1, "a": [1.5, "ë"]}) == '{"a":[1.5,"ë"],"b":1}'.encode()
    assert record_hash(RECORD) == record_hash(shuffled)
    assert record_hash(RECORD) != record_hash(RECORD | {"notes": "Zoe — tolerated well"})
    with pytest.raises(ValueError):
        canonical_bytes({"depth": float("nan")})


@pytest.mark.parametrize(
    ("passphrase", "problem"),
    [
        ("short", "at least 10 characters"),
        (" orchid lantern", "starts or ends with a space"),
        ("orchid\x00lantern", "control character"),
        ("x" * 2000, "under 1024"),
        ("orchid lantern velvet", None),
    ],
)
def test_what_a_passphrase_must_be(passphrase: str, problem: str | None) -> None:
    found = passphrase_problem(passphrase)
    assert (found is None) if problem is None else (problem in (found or ""))


def test_the_default_cost_is_argon2ids_recommended_and_quick_enough() -> None:
    """RFC 9106's second recommendation (t=3, 64 MiB); the time is a benchmark's figure."""
    import time

    from logger_app.identity import KDF_SETTINGS

    assert (KDF_SETTINGS.time_cost, KDF_SETTINGS.memory_kib) == (3, 64 * 1024)
    sealed = new_sealed_key(PASSPHRASE)
    started = time.perf_counter()
    unlock(sealed, PASSPHRASE)
    assert time.perf_counter() - started < 2.0  # the budget (0.5 s) is in benchmarks/
