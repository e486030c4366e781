"""Which use cases write: on a read-only logbook each of them raises before it starts."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T", bound=type)

# Every use case that changes the logbook or its files. Reading use cases are listed in
# the tests, so that a new use case has to be put on one side or the other.
WRITE_USE_CASES = (
    "add_client",
    "update_client",
    "archive_client",
    "unarchive_client",
    "erase_client",
    "add_practitioner",
    "update_practitioner",
    "set_first_passphrase",
    "change_passphrase",
    "reset_passphrase",
    "recover_passphrase",
    "set_admin",
    "set_auto_lock_minutes",
    "record_session",
    "update_draft_session",
    "sign_session",
    "amend_session",
    "delete_draft_session",
    "add_screening",
    "add_consent",
    "save_safety_settings",
    "start_course",
    "update_course",
    "end_course",
    "save_clinic_details",
    "save_consent_text",
    "add_other_treatment",
    "update_other_treatment",
    "delete_other_treatment",
    "remember_value_mappings",
    "import_client_history",
    "import_photos",
    "delete_photo",
    "start_encryption",
    "encrypt_older_photos",
    "new_recovery_key",
    "batch",
)


def _guarded(use_case: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(use_case)
    def guarded(self: Any, *args: Any, **kwargs: Any) -> Any:
        self._check_writable()
        return use_case(self, *args, **kwargs)

    return guarded


def guard_writes(cls: T) -> T:
    """Make each of ``cls``'s write use cases check ``_check_writable()`` first."""
    for name in WRITE_USE_CASES:
        setattr(cls, name, _guarded(getattr(cls, name)))
    return cls
