"""The data key wrapped per holder, and the recovery key as printed and typed back."""

from __future__ import annotations

import pytest

from logger_app.crypto.data_key import (
    RecoveryKeyFormatError,
    WrongKeyError,
    new_data_key,
    new_recovery_key,
    parse_recovery_text,
    recovery_text,
    recovery_wrapping_key,
    unwrap,
    wrap,
)


def test_a_wrapping_opens_with_its_key_for_its_holder_only() -> None:
    data_key, wrapping = new_data_key(), new_data_key()
    wrapped = wrap(data_key, wrapping, "practitioner:3")
    assert data_key not in wrapped
    assert unwrap(wrapped, wrapping, "practitioner:3") == data_key
    with pytest.raises(WrongKeyError):
        unwrap(wrapped, new_data_key(), "practitioner:3")
    with pytest.raises(WrongKeyError):
        unwrap(wrapped, wrapping, "practitioner:4")  # moved to another holder
    changed = bytearray(wrapped)
    changed[-1] ^= 1
    with pytest.raises(WrongKeyError):
        unwrap(bytes(changed), wrapping, "practitioner:3")


@pytest.mark.parametrize("key", [bytes(32), b"\xff" * 32, None])
def test_the_recovery_text_round_trips(key: bytes | None) -> None:
    key = key if key is not None else new_recovery_key()
    text = recovery_text(key)
    groups = text.split("-")
    assert len(groups) == 14 and all(len(group) == 4 for group in groups)
    assert not set(text) & set("ILOU")
    assert parse_recovery_text(text) == key
    # As a person types it back: lower case, spaces, O for 0 and l for 1.
    typed = text.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert parse_recovery_text(typed) == key


def test_a_mistyped_recovery_text_is_told_apart() -> None:
    text = recovery_text(new_recovery_key())
    for position in (0, 11, len(text) - 1):  # in the key, and in the checksum
        other = "Z" if text[position] != "Z" else "Y"
        slipped = text[:position] + other + text[position + 1 :]
        with pytest.raises(RecoveryKeyFormatError, match="typing mistake"):
            parse_recovery_text(slipped)
    with pytest.raises(RecoveryKeyFormatError, match="14 groups"):
        parse_recovery_text(text[:-5])
    with pytest.raises(RecoveryKeyFormatError, match="only letters and digits"):
        parse_recovery_text(text.replace(text[5], "!", 1))


def test_the_recovery_key_wraps_the_data_key() -> None:
    data_key, recovery = new_data_key(), new_recovery_key()
    wrapped = wrap(data_key, recovery_wrapping_key(recovery), "recovery")
    typed_back = parse_recovery_text(recovery_text(recovery))
    assert unwrap(wrapped, recovery_wrapping_key(typed_back), "recovery") == data_key
    assert recovery_wrapping_key(recovery) != recovery
