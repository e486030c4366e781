"""The banner at the top of the main window while the clinic server cannot be reached,
and the offer, at start, of the sessions kept on this computer meanwhile."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from logger_app.errors import ServerUnreachableError
from logger_app.i18n import translatable, translate
from logger_app.local_drafts import LocalDraft, discard_local_draft, local_drafts

if TYPE_CHECKING:
    from .main_window import MainWindow

UNREACHABLE = translatable(
    "ServerBanner",
    "The clinic server cannot be reached — nothing typed is lost; save again when it is "
    "back, or keep the form as a local draft",
)


class ServerBanner(QFrame):
    """Hidden until a save finds the server out of reach; hidden again once one saves."""

    def __init__(self) -> None:
        super().__init__(objectName="serverBanner")
        self.label = QLabel(translate("ServerBanner", UNREACHABLE), objectName="serverBannerText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.hide()


def show_when_server_lost(window: MainWindow) -> Callable[[], None]:
    """While the window runs, the clinic server going out of reach in any action (a list
    refreshed, a client opened, not only a save) shows the banner and says so in the
    status bar, instead of ending in a traceback nobody sees; the next change committed
    hides it. Returns what restores the previous hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None):
        if isinstance(error, ServerUnreachableError):
            window.server_banner.show()
            window.statusBar().showMessage(str(error), 20_000)
            return
        previous(kind, error, trace)

    sys.excepthook = hook
    window.changes.committed.connect(window.server_banner.hide)

    def restore() -> None:
        sys.excepthook = previous

    return restore


def offer_local_drafts(window: MainWindow) -> LocalDraft | None:
    """At start: the oldest session kept on this computer, opened in the session form
    to save it if the user wants (its file goes once saved); the rest next time."""
    kept = local_drafts(window.logbook.data_dir, window.logbook.data_key)
    if not kept:
        return None
    draft = kept[0]
    text = (
        translate(
            "ServerBanner",
            "{count} sessions were kept on this computer while the clinic server could not "
            "be reached. Open the oldest now, to save it?",
        ).format(count=len(kept))
        if len(kept) > 1
        else translate(
            "ServerBanner",
            "A session was kept on this computer while the clinic server could not be "
            "reached. Open it now, to save it?",
        )
    )
    if not window.prompter.confirm(
        window,
        translate("ServerBanner", "Sessions kept on this computer"),
        text,
        translate("ServerBanner", "Open it"),
    ):
        return None
    dialog = window.flows.open_kept_session(draft)
    if dialog is not None:
        dialog.accepted.connect(lambda: discard_local_draft(draft))
    return draft
