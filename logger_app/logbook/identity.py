"""Who is at the keyboard: signing in with a passphrase, the administrator, passphrase
changes and resets, and the unlocked key that signatures are made with.

The private key stays sealed in the profile (``identity.keys``); opening it is the
passphrase check. Once opened it is kept in memory for ``SIGNING_WINDOW_SECONDS`` only:
signing after that asks for the passphrase again (PassphraseNeededError).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..errors import (
    MustChangePassphraseError,
    NotAllowedError,
    NotFoundError,
    NotSignedInError,
    PassphraseNeededError,
    PassphraseNotSetError,
    SignInThrottledError,
    ValidationError,
    WrongPassphraseError,
)
from ..i18n import translatable, translate
from ..identity.keys import SealedKey, UnlockedKey, new_opened_key, reseal_opened, unlock
from ..identity.passphrases import passphrase_problem
from ..integrity import default_actor
from ..records import Practitioner, PractitionerKey
from ..store.identity import IdentityStore
from ..store.timestamps import utc_now
from .context import LogbookContext
from .keyring import Keyring

SIGNING_WINDOW_SECONDS = 120.0
FREE_TRIES = 3  # wrong passphrases in a row before each try must wait
MAX_WAIT_SECONDS = 300
AUTO_LOCK_SETTING = "auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 5
AUTO_LOCK_RANGE = (1, 120)


def wait_after(failures: int) -> int:
    """Seconds before the next try after ``failures`` wrong passphrases in a row: none
    for the first few (typing slips), then 5 s doubling to 5 minutes."""
    if failures < FREE_TRIES:
        return 0
    return min(MAX_WAIT_SECONDS, 5 * 2 ** (failures - FREE_TRIES))


@dataclass
class SignedIn:
    """The practitioner at the keyboard and, while fresh, their opened key. Handed to a
    background job's own Logbook (``Logbook.adopt_sign_in``) to sign there."""

    practitioner: Practitioner
    key_id: int
    key: UnlockedKey | None = field(repr=False)
    opened_at: float  # time.monotonic() when the passphrase was last given
    held: int = 0  # batches under way that began inside the signing window

    def fresh_key(self, now: float) -> UnlockedKey | None:
        expired = now - self.opened_at > SIGNING_WINDOW_SECONDS
        if self.key is not None and expired and not self.held:
            self.key = None  # not kept in memory longer than it may be used
        return self.key


class Identity:
    # The clock of the signing window (a test moves it).
    clock = staticmethod(time.monotonic)

    def __init__(self, context: LogbookContext) -> None:
        self._c = context
        self._store = IdentityStore(context.db)
        self.keyring = Keyring(context)
        self.signed_in: SignedIn | None = None

    # Reading
    def practitioner_named(self, name: str) -> Practitioner:
        found = self._c.practitioners.named_like(name)
        if found is None:
            raise NotFoundError(
                translate("Identity", "There is no practitioner named {name}.").format(
                    name=name.strip()
                )
            )
        return found

    def current(self) -> Practitioner | None:
        """The signed-in practitioner as their profile reads now."""
        if self.signed_in is None:
            return None
        return self._c.practitioners.get(self.signed_in.practitioner.id)

    def unprotected(self) -> list[Practitioner]:
        """Profiles without a passphrase: anyone could sign in as them."""
        return [p for p in self._c.practitioners.all() if not p.protected]

    def keys(self, practitioner_id: int | None = None) -> list[PractitionerKey]:
        return self._store.keys(practitioner_id)

    # Signing in
    def sign_in(
        self, name: str, passphrase: str, *, opened: UnlockedKey | None = None
    ) -> Practitioner:
        """Sign ``name`` in with their passphrase. PassphraseNotSetError: they have none
        yet (``set_first_passphrase``); MustChangePassphraseError: right, but set by an
        administrator (``change_passphrase``); WrongPassphraseError,
        SignInThrottledError: not signed in. ``opened``: their key as the same
        passphrase opened it from the key file (no second slow derivation)."""
        practitioner = self.practitioner_named(name)
        if not practitioner.protected:
            raise PassphraseNotSetError(
                translate(
                    "Identity", "{name} has no passphrase yet: choose one to sign in."
                ).format(name=practitioner.name)
            )
        opened = self._open(practitioner, passphrase, opened)
        if practitioner.must_change_passphrase:
            raise MustChangePassphraseError(
                translate(
                    "Identity",
                    "The passphrase of {name} was reset by an administrator: "
                    "choose your own to sign in.",
                ).format(name=practitioner.name)
            )
        return self._signed_in(practitioner, opened, "Signed in")

    def set_first_passphrase(self, name: str, new: str) -> Practitioner:
        """An unprotected profile gets its passphrase and key pair, and is signed in."""
        practitioner = self.practitioner_named(name)
        if practitioner.protected:
            raise ValidationError(
                {
                    "passphrase": translate("Identity", "{name} has a passphrase already.").format(
                        name=practitioner.name
                    )
                }
            )
        _check_new(new)
        opened = new_opened_key(new)
        self.keyring.new_seal(practitioner, opened)
        with self._c.db.atomic():
            # Their own act, whoever was signed in at this computer before.
            self._new_key(
                practitioner, _seal_of(opened), "passphrase_set", must_change=False,
                actor=practitioner.name,
            )  # fmt: skip
        return self._signed_in(self._c.practitioners.get(practitioner.id), opened, "Signed in")

    def change_passphrase(self, name: str, old: str, new: str) -> Practitioner:
        """A practitioner's own new passphrase (the same key pair, sealed anew: their
        signatures stay valid); signs them in."""
        practitioner = self.practitioner_named(name)
        if not practitioner.protected:
            raise PassphraseNotSetError(_no_passphrase_yet(practitioner))
        _check_new(new)
        if new == old:
            raise ValidationError(
                {
                    "new_passphrase": translate(
                        "Identity", "Choose a passphrase other than the old one."
                    )
                }
            )
        opened = reseal_opened(self._open(practitioner, old), new)
        self.keyring.new_seal(practitioner, opened)
        with self._c.db.atomic():
            self._store.set_sealed_key(practitioner.id, _seal_of(opened).data, must_change=False)
            self._c.audit.record(
                "update",
                "practitioner",
                f"Practitioner {practitioner.id} changed their passphrase",
                entity_id=practitioner.id,
                actor=practitioner.name,
            )
        updated = self._c.practitioners.get(practitioner.id)
        return self._signed_in(updated, opened, "Signed in")

    def confirm_passphrase(self, passphrase: str) -> None:
        """The signed-in practitioner gives their passphrase again (to sign, or to
        unlock the window): their key is open for the next signing window."""
        if self.signed_in is None:
            raise NotSignedInError()
        practitioner = self._c.practitioners.get(self.signed_in.practitioner.id)
        opened = self._open(practitioner, passphrase)
        self.signed_in.key, self.signed_in.opened_at = opened, self.clock()

    def sign_out(self) -> None:
        self.signed_in = None
        self._c.audit.actor = default_actor()

    def adopt(self, signed_in: SignedIn) -> None:
        """Act as the practitioner signed in at another Logbook of the same logbook."""
        self.signed_in = signed_in
        self._c.audit.actor = signed_in.practitioner.name

    @contextmanager
    def key_held(self) -> Iterator[None]:
        """One act signing many records (an import's batch): a key open when it begins
        stays open to its end, however long it takes; the window applies again after."""
        signed_in = self.signed_in
        if signed_in is None or signed_in.fresh_key(self.clock()) is None:
            yield  # nothing to hold: a signature in it asks for the passphrase
            return
        signed_in.held += 1
        try:
            yield
        finally:
            signed_in.held -= 1

    def signer(self) -> tuple[Practitioner, UnlockedKey, int]:
        """Who signs now, with their open key and its id. NotSignedInError, or
        PassphraseNeededError when the passphrase was given too long ago."""
        if self.signed_in is None:
            raise NotSignedInError(
                translate("Identity", "Sign in to sign: a signature is made with your passphrase.")
            )
        key = self.signed_in.fresh_key(self.clock())
        if key is None:
            raise PassphraseNeededError()
        return self.signed_in.practitioner, key, self.signed_in.key_id

    # The administrator
    def require_admin(self, doing: str) -> None:
        """NotAllowedError unless an administrator is signed in (or the logbook has no
        profile yet: whoever makes the first one administers it)."""
        if self._c.practitioners.count() == 0:
            return
        current = self.current()
        if current is None or not current.is_admin:
            raise NotAllowedError(
                translate("Identity", "Only the logbook's administrator can {doing}.").format(
                    doing=translate("AdminOnly", doing)
                )
            )

    def set_admin(self, practitioner_id: int, is_admin: bool) -> Practitioner:
        self.require_admin(translatable("AdminOnly", "choose administrators"))
        target = self._c.practitioners.get(practitioner_id)
        if not is_admin and target.is_admin and self._store.admin_count() == 1:
            raise ValidationError(
                {"is_admin": translate("Identity", "The logbook needs at least one administrator.")}
            )
        with self._c.db.atomic():
            self._store.set_admin(practitioner_id, is_admin)
            self._c.audit.record(
                "update",
                "practitioner",
                f"Practitioner {practitioner_id} "
                + ("made an administrator" if is_admin else "no longer an administrator"),
                entity_id=practitioner_id,
            )
        return self._c.practitioners.get(practitioner_id)

    def reset_passphrase(self, practitioner_id: int, temporary: str) -> Practitioner:
        """A forgotten passphrase: the administrator gives a temporary one, which the
        practitioner replaces at their next sign-in. A new key pair: the old public key
        is kept (retired now), so every earlier signature stays verifiable."""
        self.require_admin(translatable("AdminOnly", "reset a passphrase"))
        target = self._c.practitioners.get(practitioner_id)
        _check_new(temporary)
        opened = new_opened_key(temporary)
        self.keyring.new_seal(target, opened)
        with self._c.db.atomic():
            self._new_key(target, _seal_of(opened), "reset", must_change=True)
        self.keyring.settle()  # the forgotten passphrase no longer opens the logbook
        return self._c.practitioners.get(practitioner_id)

    def recover_passphrase(self, name: str, new: str) -> Practitioner:
        """A forgotten passphrase replaced by its practitioner, on a logbook opened
        with its recovery sheet (once per opening): a new key pair as at a reset (the old
        public key retired, earlier signatures still verifiable), wrapped in the key
        file; the forgotten passphrase no longer opens the logbook. Signs them in."""
        if not self._c.opened_by_recovery:
            raise NotAllowedError(
                "A passphrase is replaced so only on a logbook opened with its recovery sheet."
            )
        practitioner = self.practitioner_named(name)
        _check_new(new)
        opened = new_opened_key(new)
        self.keyring.new_seal(practitioner, opened)
        with self._c.db.atomic():
            # A reset (the keys' reasons are a fixed set), by the recovery sheet.
            self._new_key(
                practitioner, _seal_of(opened), "reset", must_change=False,
                actor=practitioner.name, by="recovery sheet",
            )  # fmt: skip
            self._store.clear_failures(practitioner.id)  # the wrong tries were theirs
        self._c.opened_by_recovery = False
        self.keyring.settle()
        return self._signed_in(self._c.practitioners.get(practitioner.id), opened, "Signed in")

    def give_passphrase(self, practitioner: Practitioner, passphrase: str, *, chosen: bool) -> None:
        """A new profile's passphrase (inside the caller's transaction): ``chosen`` by
        its practitioner (the logbook's first), else a temporary one to replace."""
        _check_new(passphrase)
        opened = new_opened_key(passphrase)
        self.keyring.new_seal(practitioner, opened)
        self._new_key(practitioner, _seal_of(opened), "passphrase_set",
                      must_change=not chosen)  # fmt: skip

    # The logbook's settings
    def auto_lock_minutes(self) -> int:
        value = self._store.setting(AUTO_LOCK_SETTING, DEFAULT_AUTO_LOCK_MINUTES)
        return value if isinstance(value, int) else DEFAULT_AUTO_LOCK_MINUTES

    def set_auto_lock_minutes(self, minutes: int) -> int:
        self.require_admin(translatable("AdminOnly", "change the logbook's settings"))
        low, high = AUTO_LOCK_RANGE
        if not isinstance(minutes, int) or not low <= minutes <= high:
            raise ValidationError(
                {
                    "auto_lock_minutes": translate(
                        "Identity", "Lock after {low} to {high} idle minutes."
                    ).format(low=low, high=high)
                }
            )
        with self._c.db.atomic():
            self._store.set_setting(AUTO_LOCK_SETTING, minutes)
            self._c.audit.record("update", "logbook", f"Auto-lock set to {minutes} idle minutes")
        return minutes

    # Inside
    def _sealed(self, practitioner: Practitioner) -> SealedKey:
        data = self._store.sealed_key(practitioner.id)
        if data is None:
            raise PassphraseNotSetError(_no_passphrase_yet(practitioner))
        try:
            return SealedKey(data)
        except ValueError:
            raise WrongPassphraseError(
                translate(
                    "Identity",
                    "The key of {name} is damaged: an administrator can reset the passphrase.",
                ).format(name=practitioner.name)
            ) from None

    def _open(
        self, practitioner: Practitioner, passphrase: str, opened: UnlockedKey | None = None
    ) -> UnlockedKey:
        """The practitioner's key opened with ``passphrase``, throttled: each wrong one
        counts (in the logbook, for every workstation) and makes the next wait."""
        now = utc_now()
        failures, blocked_until = self._store.throttle(practitioner.id)
        if blocked_until is not None and blocked_until > now:
            raise SignInThrottledError(max(1, int((blocked_until - now).total_seconds() + 0.999)))
        sealed = self._sealed(practitioner)
        try:
            if opened is not None and opened.sealed == sealed:
                return self._cleared(practitioner, failures, opened)
            opened = unlock(sealed, passphrase)
        except WrongPassphraseError:
            self._count_failure(practitioner, failures + 1, now)
            raise
        return self._cleared(practitioner, failures, opened)

    def _cleared(
        self, practitioner: Practitioner, failures: int, opened: UnlockedKey
    ) -> UnlockedKey:
        if failures and self._c.read_only is None:
            with self._c.db.atomic():
                self._store.clear_failures(practitioner.id)
        return opened

    def _count_failure(self, practitioner: Practitioner, failures: int, now: datetime) -> None:
        wait = wait_after(failures)
        if self._c.read_only is None:
            with self._c.db.atomic():
                self._store.record_failure(
                    practitioner.id, now + timedelta(seconds=wait) if wait else None
                )
                self._c.audit.record(
                    "sign_in_failed",
                    "practitioner",
                    f"Wrong passphrase for practitioner {practitioner.id} ({failures} in a row)",
                    entity_id=practitioner.id,
                    actor=practitioner.name,
                )
        if wait:
            raise WrongPassphraseError(
                translate(
                    "Identity",
                    "That passphrase is not right. Wait {wait} seconds before the next try.",
                ).format(wait=wait)
            )

    def _new_key(
        self,
        practitioner: Practitioner,
        sealed: SealedKey,
        reason: str,
        *,
        must_change: bool,
        actor: str | None = None,
        by: str = "",
    ) -> None:
        key_id = self._store.add_key(practitioner.id, sealed.public_key, reason, utc_now())
        self._store.set_sealed_key(practitioner.id, sealed.data, must_change=must_change)
        what = "reset by an administrator" if reason == "reset" else "passphrase set"
        if by:
            what = f"reset with the {by}"
        self._c.audit.record(
            "key",
            "practitioner",
            f"Practitioner {practitioner.id}: new signing key {key_id} ({what})",
            entity_id=practitioner.id,
            details={
                "key_id": key_id,
                "public_key_sha256": hashlib.sha256(sealed.public_key).hexdigest(),
                "reason": reason,
                **({"by": by} if by else {}),
            },
            actor=actor,
        )

    def _signed_in(self, practitioner: Practitioner, key: UnlockedKey, what: str) -> Practitioner:
        current = self._store.current_key(practitioner.id)
        if current is None or current.public_key != key.public_key:
            raise WrongPassphraseError(
                translate(
                    "Identity",
                    "The key of {name} does not match their profile's public key: "
                    "an administrator can reset the passphrase.",
                ).format(name=practitioner.name)
            )
        self.signed_in = SignedIn(practitioner, current.id, key, self.clock())
        self._c.audit.actor = practitioner.name
        self.keyring.signed_in(practitioner, key)
        if self._c.read_only is None:
            self._c.audit.record(
                "sign_in",
                "practitioner",
                f"{what}: practitioner {practitioner.id}",
                entity_id=practitioner.id,
            )
        return practitioner


def _no_passphrase_yet(practitioner: Practitioner) -> str:
    return translate("Identity", "{name} has no passphrase yet.").format(name=practitioner.name)


def _check_new(passphrase: str) -> None:
    problem = passphrase_problem(passphrase)
    if problem:
        raise ValidationError({"passphrase": problem})


def _seal_of(opened: UnlockedKey) -> SealedKey:
    assert opened.sealed is not None  # a key made or resealed here always has its seal
    return opened.sealed
