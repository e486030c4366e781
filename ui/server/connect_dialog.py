"""Logbook → Connect to clinic server…: the server's address, password and TLS mode;
Test connection tells what is there without changing anything; Connect opens the
logbook there (remembering the address, and the password in the system keyring when
asked). "Use the logbook file on this computer" goes back to the data folder's file.

Both Test and Connect first reach the server off the GUI thread (an unreachable server
takes seconds to give up); Connect then opens the logbook here, in the window's thread,
which owns its connection from then on.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logger_app.errors import LogbookError, ServerUnreachableError
from logger_app.i18n import translatable, translate
from logger_app.logbook import Logbook
from logger_app.store.server.url import ServerAddressError, parse_server_url, without_password

from ..common.display import plain_label
from ..common.form_support import ErrorLabel
from ..common.jobs import JobContext, JobHandle, run_job
from ..common.preferences import SERVER_URL

# libpq's sslmode, as offered; "prefer" is libpq's own default, left out of the URL.
TLS_MODES = (
    ("prefer", translatable("ConnectServerDialog", "Prefer encryption (prefer)")),
    ("require", translatable("ConnectServerDialog", "Require encryption (require)")),
    (
        "verify-full",
        translatable(
            "ConnectServerDialog", "Require and verify the server's certificate (verify-full)"
        ),
    ),
    ("disable", translatable("ConnectServerDialog", "No encryption (disable)")),
)
DEFAULT_TLS = "prefer"
PASSWORD_WANTED = translatable(
    "ConnectServerDialog",
    "The server refused the login: type the password of this user in the Password field "
    "(or check it).",
)


def split_tls(url: str) -> tuple[str, str]:
    """``url`` without its sslmode, and the sslmode (the default when it names none)."""
    parts = urlsplit(url.strip())
    query = parse_qsl(parts.query)
    mode = next((value for key, value in query if key == "sslmode"), DEFAULT_TLS)
    rest = urlencode([(key, value) for key, value in query if key != "sslmode"])
    return urlunsplit(parts._replace(query=rest)), mode


def server_url(address: str, tls: str) -> str:
    """The address with the TLS mode: what is remembered and connected to, never with
    a password. ServerAddressError in plain words if the address is not one."""
    parts = parse_server_url(address)
    if parts.password is not None:
        raise ServerAddressError(
            translate(
                "ConnectServerDialog",
                "Leave the password out of the address: type it in the Password field.",
            )
        )
    base, _ = split_tls(address)
    parts = urlsplit(base)
    query = parse_qsl(parts.query)
    if tls != DEFAULT_TLS:
        query.append(("sslmode", tls))
    return urlunsplit(parts._replace(query=urlencode(query)))


def probe(conninfo: str):
    """The work of Test and Connect: what is at ``conninfo`` (off the GUI thread)."""

    def work(_context: JobContext):
        from logger_app.server_login import needs_password
        from logger_app.store.server.probe import probe_server_logbook

        try:
            return probe_server_logbook(conninfo)
        except ServerUnreachableError as error:
            if needs_password(error):
                raise ServerUnreachableError(
                    translate("ConnectServerDialog", PASSWORD_WANTED)
                ) from error
            raise

    return work


def probe_text(found) -> str:
    if found.clients is None:
        return translate(
            "ConnectServerDialog",
            "Connected: {server} is an empty database. Connect makes a new logbook there.",
        ).format(server=found.label)
    if found.clients == 1:
        text = translate("ConnectServerDialog", "Connected: logbook with 1 client ({server}).")
    else:
        text = translate(
            "ConnectServerDialog", "Connected: logbook with {count} clients ({server})."
        )
    return text.format(count=found.clients, server=found.label)


class ConnectServerDialog(QDialog):
    connected = Signal(object)  # the Logbook now open on the server
    use_file_requested = Signal()
    test_finished = Signal(str)  # what the result line says, however it ended

    def __init__(
        self,
        data_dir: Path,
        actor: str | None = None,
        parent: QWidget | None = None,
        on_server: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ConnectServerDialog", "Connect to clinic server"))
        self._data_dir = data_dir
        self._actor = actor
        self._job: JobHandle | None = None
        self.password_kept: bool | None = None  # after Connect: kept in the keyring?

        self.address = QLineEdit(objectName="serverAddress")
        self.address.setPlaceholderText("postgresql://logbook@clinic-pc:5432/logbook")
        self.address_message = ErrorLabel()
        self.address_message.setObjectName("serverAddressMessage")
        self.password = QLineEdit(objectName="serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            translate("ConnectServerDialog", "from the system keyring if kept there")
        )
        self.tls = QComboBox(objectName="serverTls")
        for mode, text in TLS_MODES:
            self.tls.addItem(translate("ConnectServerDialog", text), mode)
        self.remember = QCheckBox(
            translate("ConnectServerDialog", "Remember the password in the system keyring"),
            objectName="rememberPassword",
        )
        self.result = plain_label(objectName="serverTestResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        remembered, mode = split_tls(SERVER_URL.get())
        self.address.setText(remembered)
        self.tls.setCurrentIndex(max(0, self.tls.findData(mode)))
        self.address.textEdited.connect(lambda _text: self.address_message.show_message(None))

        address_column = QVBoxLayout()
        address_column.setSpacing(2)
        address_column.addWidget(self.address)
        address_column.addWidget(self.address_message)
        form = QFormLayout()
        form.addRow(translate("ConnectServerDialog", "Address:"), address_column)
        form.addRow(translate("ConnectServerDialog", "Password:"), self.password)
        form.addRow(translate("ConnectServerDialog", "Encryption (TLS):"), self.tls)
        form.addRow("", self.remember)

        self.test_button = QPushButton(
            translate("ConnectServerDialog", "Test connection"), objectName="testConnection"
        )
        self.connect_button = QPushButton(
            translate("ConnectServerDialog", "Connect"), objectName="connectServer"
        )
        self.connect_button.setDefault(True)
        self.use_file_button = QPushButton(
            translate("ConnectServerDialog", "Use the logbook file on this computer"),
            objectName="useFileLogbook",
        )
        self.use_file_button.setEnabled(on_server)  # the file is what the window shows
        self.close_button = QPushButton(
            translate("ConnectServerDialog", "Close"), objectName="closeServerDialog"
        )
        self.test_button.clicked.connect(self.test_connection)
        self.connect_button.clicked.connect(self.connect_to_server)
        self.use_file_button.clicked.connect(self.use_file)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_file_button)
        buttons.addStretch(1)
        for button in (self.test_button, self.connect_button, self.close_button):
            buttons.addWidget(button)

        intro = plain_label(
            translate(
                "ConnectServerDialog",
                "A clinic whose rooms share one logbook keeps it on its own PostgreSQL server. "
                "Ask whoever looks after that server for the address and password; this "
                "computer's data folder then keeps only its caches and settings.",
            ),
            objectName="dialogIntro",
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        self.resize(560, self.sizeHint().height())

    # The address and the password
    def checked_url(self) -> str | None:
        """The server URL (no password), or None with the message next to the field."""
        try:
            url = server_url(self.address.text(), self.tls.currentData())
        except ServerAddressError as error:
            self.address_message.show_message(str(error))
            self.address.setFocus()
            return None
        self.address_message.show_message(None)
        return url

    def _conninfo(self, url: str) -> str:
        from logger_app.server_login import stored_password, with_password

        return with_password(url, self.password.text() or stored_password(url))

    # Test and Connect
    def test_connection(self) -> None:
        self._start(then_open=False)

    def connect_to_server(self) -> None:
        self._start(then_open=True)

    def _start(self, then_open: bool) -> None:
        url = self.checked_url()
        if url is None or self._job is not None:
            return
        conninfo = self._conninfo(url)
        self._say(translate("ConnectServerDialog", "Connecting…"))
        self._set_busy(True)
        self._job = run_job(
            "server",
            probe(conninfo),
            on_success=lambda found: self._reached(found, url, conninfo, then_open),
            on_failure=self._failed,
            parent=self,
        )

    def _reached(self, found, url: str, conninfo: str, then_open: bool) -> None:
        self._job = None
        self._set_busy(False)
        if not then_open:
            self._say(probe_text(found))
            return
        try:
            logbook = Logbook.open(self._data_dir, self._actor, database_url=conninfo)
        except LogbookError as error:
            self._say(str(error))
            return
        SERVER_URL.set(without_password(url))
        if self.remember.isChecked() and self.password.text():
            from logger_app.server_login import remember_password

            self.password_kept = remember_password(url, self.password.text())
        self._say(probe_text(found))
        self.connected.emit(logbook)
        self.accept()

    def _failed(self, message: str) -> None:
        self._job = None
        self._set_busy(False)
        self._say(message)

    def use_file(self) -> None:
        SERVER_URL.set("")  # the next start opens the file too
        self.use_file_requested.emit()
        self.accept()

    def _say(self, text: str) -> None:
        self.result.setText(text)
        if text != translate("ConnectServerDialog", "Connecting…"):
            self.test_finished.emit(text)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.test_button, self.connect_button):
            button.setEnabled(not busy)

    def reject(self) -> None:
        if self._job is not None:  # nobody waits for its answer any more
            self._job.abandon()
            self._job = None
        super().reject()
