"""The demo clinic's practitioners at the keyboard: each has a profile protected by the
demo's one passphrase and signs their own sessions with their own key.

Each is signed in once (a key derivation or two, a quarter of a second each); switching
between them is adopting a sign-in already made, so a demo of thousands of clients
signs every session without deriving a key again. A key closes after the core's
signing window: the next signature then gives the passphrase again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ..errors import PassphraseNeededError, ValidationError
from ..logbook import Logbook
from ..logbook.identity import SignedIn
from ..records import PractitionerDetails
from .practitioners import PRACTITIONERS

# Printed by ``logger-app demo``: the demo logbook is fictional, its passphrase public.
DEMO_PASSPHRASE = "demo passphrase"

T = TypeVar("T")


class DemoSigners:
    """The demo practitioners, signed in on ``logbook``; ``restore()`` gives the
    keyboard back to whoever had it before (or to nobody)."""

    def __init__(self, logbook: Logbook, passphrase: str = DEMO_PASSPHRASE) -> None:
        self._logbook = logbook
        self._passphrase = passphrase
        self._caller = logbook.sign_in_handle()
        self._actor = logbook.actor
        self._handles: dict[str, SignedIn] = {}
        # Missing profiles are added in one transaction, so that two demos started at
        # once on a new logbook do not both make its first.
        with logbook.batch():
            self._add_missing()
        for name in PRACTITIONERS:
            if name not in self._handles:
                self._sign_in(name)

    def _add_missing(self) -> None:
        book = self._logbook
        admin = self._caller if self._caller and self._caller.practitioner.is_admin else None
        for name in PRACTITIONERS:
            if any(p.name == name for p in book.practitioners()):
                continue
            if not book.practitioners():  # the logbook's first: its administrator
                book.add_practitioner(PractitionerDetails(name), self._passphrase)
                admin = self._handles[name] = book.sign_in_handle()  # signed in
                continue
            if admin is not None:
                book.adopt_sign_in(admin)
            # NotAllowedError unless an administrator is signed in. The practitioner
            # chooses their passphrase next (``_sign_in``).
            book.add_practitioner(PractitionerDetails(name))

    def _sign_in(self, name: str) -> None:
        book = self._logbook
        profile = next(p for p in book.practitioners() if p.name == name)
        if not profile.protected:
            try:
                # In a transaction of its own: checked and set while no other demo run
                # can, which would give the profile a second key pair.
                with book.batch():
                    book.set_first_passphrase(name, self._passphrase)
            except ValidationError:  # another demo run set it first
                book.sign_in(name, self._passphrase)
        else:
            book.sign_in(name, self._passphrase)
        handle = book.sign_in_handle()
        assert handle is not None
        self._handles[name] = handle

    def act_as(self, name: str) -> None:
        """``name`` is at the keyboard from now on: their writes and signatures."""
        self._logbook.adopt_sign_in(self._handles[name])

    def signing(self, write: Callable[[], T]) -> T:
        """``write()``, and again with the passphrase given anew if the signer's key
        closed (the core checks that before writing anything)."""
        try:
            return write()
        except PassphraseNeededError:
            self._logbook.confirm_passphrase(self._passphrase)
            return write()

    def restore(self) -> None:
        if self._caller is not None:
            self._logbook.adopt_sign_in(self._caller)
        else:
            self._logbook.sign_out()
            self._logbook.set_actor(self._actor)
