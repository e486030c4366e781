"""What the consent and screening forms share: one client's record, entered in a form
that asks before throwing away what was typed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from logger_app.i18n import translate
from logger_app.logbook import Logbook
from logger_app.records import Client

from ..common.form_support import GuardedForm
from ..common.prompts import Prompter


class ClientRecordForm(GuardedForm):
    """A form about ``client``, titled "<window_title> – <their name>"; subclasses lay it
    out in ``_build`` (what it needs read before, in ``_prepare``)."""

    # Marked translatable("ClientRecordForm", …) by the subclass, shown translated.
    window_title = ""

    def __init__(
        self,
        logbook: Logbook,
        prompter: Prompter,
        client: Client,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(prompter, parent)
        self._logbook = logbook
        self._client = client
        self._prepare()
        title = translate("ClientRecordForm", self.window_title)
        self.setWindowTitle(f"{title} – {client.full_name}")
        self._build()
        self.mark_unchanged()

    def _prepare(self) -> None:
        pass

    def _build(self) -> None:
        raise NotImplementedError
