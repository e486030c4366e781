"""The window's lock: nothing of the logbook shows until a practitioner has signed in,
and again after Ctrl+L or some idle minutes, until they type their passphrase.

The main window's content sits on a stack beside the sign-in and lock screens; while
they show, the menus, toolbar and status bar are hidden, every other window of the app
(forms, viewers, comparisons, the review) is hidden and comes back on unlock, and no
shortcut reaches the window's actions. Idle means no key or mouse input anywhere in
the app: an application-wide event filter restarts the idle timer on each.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QToolBar, QToolTip, QWidget
from shiboken6 import isValid

from logger_app.errors import LogbookError
from logger_app.i18n import translate
from logger_app.logbook import Logbook
from logger_app.logbook.identity import AUTO_LOCK_RANGE
from logger_app.records import Practitioner

from ..common.preferences import CURRENT_PRACTITIONER
from .handover import close_all, depth, describe_open_form, hand_over, other_windows
from .lock_screen import LockScreen
from .sign_in import SignInScreen

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow

LOCK_KEY = QKeySequence("Ctrl+L")
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class State(Enum):
    SIGNED_OUT = "signed out"  # the sign-in screen
    LOCKED = "locked"  # the lock screen, for the practitioner signed in
    OPEN = "open"  # the logbook on show


class WindowLock(QObject):
    """Owns the window's central stack: ``work`` (the logbook), the lock screen and the
    sign-in screen. ``opened``: the work shows again (signed in, or unlocked)."""

    opened = Signal()

    def __init__(self, window: MainWindow, work: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.state = State.SIGNED_OUT
        self.hidden: list[QWidget] = []  # the app's other windows, hidden while locked
        self.lock_screen = LockScreen(window.logbook)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.switch_requested.connect(self.switch)
        self.sign_in_screen = SignInScreen(window.logbook)
        self.sign_in_screen.signed_in.connect(self._signed_in)
        self.stack = QStackedWidget(objectName="windowStack")
        for page in (work, self.lock_screen, self.sign_in_screen):
            self.stack.addWidget(page)
        self._work = work
        window.setCentralWidget(self.stack)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        app = QApplication.instance()
        app.installEventFilter(self)
        # The filter goes with the window (whose parts are deleted after it).
        window.destroyed.connect(lambda: app.removeEventFilter(self))

    # State
    @property
    def is_open(self) -> bool:
        return self.state is State.OPEN

    def use_logbook(self, logbook: Logbook) -> None:
        self.lock_screen.use_logbook(logbook)
        self.sign_in_screen.use_logbook(logbook)

    def start(self) -> None:
        """At start: open for whoever the logbook has signed in (unattended start),
        else the sign-in screen."""
        practitioner = self._window.logbook.signed_in
        if practitioner is not None:
            self._signed_in(practitioner)
        else:
            self._show_sign_in()

    def sign_in_as(self, name: str, passphrase: str) -> bool:
        """Sign in without typing (``--practitioner`` with a passphrase given): the
        sign-in screen's own path, so a refusal shows there with its message."""
        screen = self.sign_in_screen
        screen.start(preselect=name)
        chosen = screen.selected()
        if chosen is None or chosen.name != name.strip():
            screen.error.show_message(
                translate("WindowLock", "There is no practitioner named {name}.").format(
                    name=name.strip()
                )
            )
            return False
        screen.passphrase.setText(passphrase)
        screen.sign_in()
        return self.is_open

    # Locking
    def lock(self) -> None:
        """Hide everything of the logbook until the passphrase is typed again."""
        if self.state is not State.OPEN or self._window.logbook.closed:
            # Closed with its logbook: the idle timer of a window being torn down.
            self.idle_timer.stop()
            return
        current = self._window.logbook.signed_in
        if current is None:  # signed out behind the window's back: sign in again
            return self._sign_out([])
        open_form = describe_open_form(self._window)
        self.state = State.LOCKED
        self.idle_timer.stop()
        self.hidden = other_windows(self._window)
        for widget in self.hidden:
            widget.hide()
        self._cover(self.lock_screen, translate("WindowLock", "Locked"))
        self.lock_screen.show_for(current.name, open_form)

    def switch(self) -> None:
        """Another practitioner signs in: the window locks, the first one's unsaved
        session form becomes their draft (signed in as them still), then they are
        signed out and the sign-in screen shows."""
        self.lock()
        if self.state is not State.LOCKED:
            return
        current = self._window.logbook.signed_in
        name = current.name if current is not None else ""
        hidden, self.hidden = self.hidden, []
        note = hand_over(self._window, name, hidden)
        self._sign_out([], avoid=name, note=note)

    def edit_auto_lock(self) -> None:
        """The administrator's setting: idle minutes before the window locks itself."""
        window = self._window
        minutes = window.prompter.ask_int(
            window,
            translate("WindowLock", "Auto-lock"),
            translate(
                "WindowLock",
                "Lock the window after this many minutes without a key or mouse touched:",
            ),
            window.logbook.auto_lock_minutes(),
            *AUTO_LOCK_RANGE,
        )
        if minutes is None:
            return
        try:
            window.logbook.set_auto_lock_minutes(minutes)
        except LogbookError as error:  # not the administrator, the logbook busy
            window.prompter.error(
                window, translate("WindowLock", "Auto-lock not changed"), str(error)
            )
            return
        if self.is_open:
            self._restart_idle_timer()  # the new minutes from now
        window.statusBar().showMessage(
            translate("WindowLock", "The window locks after 1 idle minute.")
            if minutes == 1
            else translate("WindowLock", "The window locks after {count} idle minutes.").format(
                count=minutes
            ),
            5000,
        )

    def logbook_changed(self, previous: Logbook) -> None:
        """The window shows another Logbook (reopened after a restore, or another home):
        the practitioner stays signed in when it holds the same profile and key, else
        they sign in to it."""
        logbook = self._window.logbook
        self.use_logbook(logbook)
        handle = previous.sign_in_handle()
        if handle is not None and _same_key(logbook, handle):
            logbook.adopt_sign_in(handle)
            return
        if self.state is not State.SIGNED_OUT:
            name = handle.practitioner.name if handle is not None else ""
            self._sign_out(other_windows(self._window), preselect=name)

    def before_close(self) -> None:
        """The window closes at the lock screen: the open form is kept as at a switch."""
        if self.state is State.LOCKED:
            current = self._window.logbook.signed_in
            hand_over(self._window, current.name if current else "", self.hidden)
            self.hidden = []

    # Inside
    def _sign_out(
        self, windows: Sequence[QWidget], avoid: str = "", preselect: str = "", note: str = ""
    ) -> None:
        close_all(self._window, windows)
        self._window.logbook.sign_out()
        self._show_sign_in(avoid=avoid, preselect=preselect, note=note)

    def _show_sign_in(self, avoid: str = "", preselect: str = "", note: str = "") -> None:
        self.state = State.SIGNED_OUT
        self.idle_timer.stop()
        self._cover(self.sign_in_screen, translate("WindowLock", "Sign in"))
        self.sign_in_screen.start(preselect, note)
        if avoid and self.sign_in_screen.selected() is not None:
            _select_other(self.sign_in_screen, avoid)

    def _signed_in(self, practitioner: Practitioner) -> None:
        window = self._window
        if practitioner.name != window.current_practitioner:
            window.start_afresh()  # someone else: their window, not the last one's page
        CURRENT_PRACTITIONER.set(practitioner.name)  # the name only, to preselect
        self._open()

    def _unlocked(self) -> None:
        hidden, self.hidden = self.hidden, []
        self._open()
        for widget in sorted(hidden, key=depth):
            if isValid(widget):
                widget.show()

    def _open(self) -> None:
        self.state = State.OPEN
        self.stack.setCurrentWidget(self._work)
        self._set_chrome_visible(True)
        self._window.show_signed_in()
        self._restart_idle_timer()
        self.opened.emit()

    def _cover(self, page: QWidget, title: str) -> None:
        QToolTip.hideText()
        self._window.statusBar().clearMessage()  # "Saved <client>." must not stay
        self.stack.setCurrentWidget(page)
        self._set_chrome_visible(False)
        self._window.setWindowTitle(
            translate("WindowLock", "Microneedling Logbook — {title}").format(title=title)
        )

    def _set_chrome_visible(self, visible: bool) -> None:
        window = self._window
        window.menuBar().setVisible(visible)
        window.statusBar().setVisible(visible)
        for toolbar in window.findChildren(QToolBar):
            toolbar.setVisible(visible)

    def _restart_idle_timer(self) -> None:
        try:
            minutes = self._window.logbook.auto_lock_minutes()
        except LogbookError:  # the logbook busy or out of reach: keep the last setting
            minutes = max(1, self.idle_timer.interval() // 60_000)
        self.idle_timer.start(minutes * 60_000)

    # The application-wide filter: idle time, Ctrl+L anywhere, nothing while covered
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isValid(self._window):
            return False  # the window is being deleted
        kind = event.type()
        if kind in _INPUT:
            if self.state is State.OPEN:
                if kind == QEvent.Type.KeyPress and _is_lock_key(event) and self._ours(watched):
                    self.lock()  # from a form or box, where the window's shortcut is blocked
                    return True
                self.idle_timer.start()
        elif self.state is not State.OPEN and self._window.isVisible():
            if kind == QEvent.Type.Shortcut and self._ours_action(watched):
                return True  # no action of the window while it is covered
            if kind == QEvent.Type.Show and self._new_window(watched) and self._ours(watched):
                # Shown while covered (a job's message, a form opened by one): hidden,
                # and back at unlock.
                self.hidden.append(watched)  # type: ignore[arg-type]
                QTimer.singleShot(0, lambda widget=watched: self._keep_hidden(widget))
        return False

    def _ours(self, watched: QObject) -> bool:
        """``watched`` is in this window or one of its dialogs (or in no main window)."""
        widget = watched if watched.isWidgetType() else None
        while widget is not None:
            if widget is self._window:
                return True
            if isinstance(widget, QMainWindow):
                return False
            widget = widget.parentWidget()
        return True

    def _ours_action(self, watched: QObject) -> bool:
        """An action of this window (its own, its parts', its forms')."""
        if not isinstance(watched, QAction):
            return False
        owner = watched.parent()
        while owner is not None and owner is not self._window:
            owner = owner.parent()
        return owner is self._window

    def _new_window(self, watched: QObject) -> bool:
        if not watched.isWidgetType() or watched is self._window:
            return False
        widget: QWidget = watched  # type: ignore[assignment]
        return widget.isWindow() and widget.windowType() not in (
            Qt.WindowType.Popup,
            Qt.WindowType.ToolTip,
        )

    def _keep_hidden(self, widget: QObject) -> None:
        if self.state is not State.OPEN and isValid(widget):
            widget.hide()  # type: ignore[attr-defined]


def _is_lock_key(event: QEvent) -> bool:
    key: QKeyEvent = event  # type: ignore[assignment]
    return QKeySequence(key.keyCombination()) == LOCK_KEY


def _same_key(logbook: Logbook, handle) -> bool:
    """``logbook`` holds the signed-in practitioner's profile with the same current key
    (the same logbook reopened, or moved to the server with its keys)."""
    try:
        keys = logbook.practitioner_keys(handle.practitioner.id)
    except LogbookError:
        return False
    current = next((k for k in keys if k.valid_until is None), None)
    return (
        current is not None
        and current.id == handle.key_id
        and current.practitioner_name == handle.practitioner.name
        and (handle.key is None or handle.key.public_key == current.public_key)
    )


def _select_other(screen: SignInScreen, avoid: str) -> None:
    names = screen.practitioner_list
    for row in range(names.count()):
        practitioner = names.item(row).data(Qt.ItemDataRole.UserRole)
        if practitioner.name != avoid:
            names.setCurrentRow(row)
            return
