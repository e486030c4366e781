"""Opening the logbook on the clinic server from the window: the password from the
system keyring, else asked through the Prompter; a server that cannot be reached at
start is told in plain words, with the choice to retry or use the file logbook."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtWidgets import QWidget

from logger_app.errors import ServerUnreachableError
from logger_app.i18n import translatable, translate
from logger_app.logbook import Logbook
from logger_app.store.server.url import without_password

from ..common.preferences import SERVER_URL
from ..common.prompts import Prompter

# Shown through translate("ServerLogin", …) where asked.
RETRY = translatable("ServerLogin", "Try again")
USE_FILE = translatable("ServerLogin", "Use the logbook file on this computer")
PASSWORD_TITLE = translatable("ServerLogin", "Clinic server password")
UNREACHABLE_TITLE = translatable("ServerLogin", "The clinic server cannot be reached")
FILE: Literal["file"] = "file"


def start_url(database_url: str | None) -> str | None:
    """Where the window opens: ``--database-url`` or LOGGER_APP_DATABASE_URL (given by
    the launcher), else the server remembered from the last Connect; None: the file."""
    return database_url or SERVER_URL.get().strip() or None


def open_on_server(
    data_dir: Path,
    url: str,
    prompter: Prompter,
    parent: QWidget | None = None,
    actor: str | None = None,
) -> Logbook:
    """The logbook on the server at ``url``, with the keyring's password or one asked
    once when the server wants it (ServerUnreachableError if cancelled or refused)."""
    from logger_app.server_login import connect_with_login

    def ask(server: str) -> str | None:
        return prompter.ask_password(
            parent,
            translate("ServerLogin", PASSWORD_TITLE),
            translate("ServerLogin", "The clinic server asks for the password of {server}:").format(
                server=server
            ),
        )

    return connect_with_login(
        url, lambda conninfo: Logbook.open(data_dir, actor, database_url=conninfo), ask
    )


def unreachable_text(url: str, error: ServerUnreachableError) -> str:
    """Why the server at ``url`` could not be used, without its password."""
    cause = error.__cause__ or error
    reason = (
        str(cause).strip().splitlines()[0]
        if str(cause).strip()
        else translate("ServerLogin", "no answer")
    )
    return translate(
        "ServerLogin", "The logbook on {server} could not be opened: {reason}."
    ).format(server=without_password(url), reason=reason)


def open_at_start(
    data_dir: Path, database_url: str | None, prompter: Prompter
) -> Logbook | Literal["file"] | None:
    """The logbook the window opens on: the server of ``start_url`` (retried or given up
    for the file as the user chooses), else ``FILE``: the logbook file in ``data_dir``
    (which the caller opens: it may be encrypted, or not made yet). None: the user gave
    up. Other refusals raise LogbookError."""
    url = start_url(database_url)
    retry, use_file = translate("ServerLogin", RETRY), translate("ServerLogin", USE_FILE)
    while url:
        try:
            return open_on_server(data_dir, url, prompter)
        except ServerUnreachableError as error:
            answer = prompter.choose(
                None,
                translate("ServerLogin", UNREACHABLE_TITLE),
                translate(
                    "ServerLogin",
                    "{reason}\n\nCheck the network and that the server is on, then try "
                    "again; or open the logbook file in {folder}.",
                ).format(reason=unreachable_text(url, error), folder=data_dir),
                [retry, use_file],
            )
        if answer == use_file:
            url = None
        elif answer != retry:
            return None
    return FILE
