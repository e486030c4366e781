"""The clinic's consent text: what clients read before they sign (Logbook → Consent
text…, the administrator's). Saving makes a new version, the one clients are asked to
sign from then on; a saved version is never changed, and the earlier ones are listed
read-only, as clients read them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translate
from logger_app.logbook import Logbook
from logger_app.records import ConsentText
from logger_app.screening.wording import MAX_CONSENT_VERSION_LENGTH

from ..common.display import format_datetime, plain_label
from ..common.form_support import GuardedForm, form_errors, save_cancel_buttons, with_error_label
from ..common.prompts import Prompter


def next_version(current: str) -> str:
    """The version after ``current`` when it counts ("3" → "4"); otherwise none."""
    return str(int(current) + 1) if current.isdigit() else ("1" if not current else "")


def text_line(text: ConsentText) -> str:
    """A saved version as the list of versions names it."""
    when = format_datetime(text.created_at)
    if text.created_by:
        return translate("ConsentTextEditor", "Version {version} — saved {when} by {name}").format(
            version=text.version, when=when, name=text.created_by
        )
    return translate("ConsentTextEditor", "Version {version} — saved {when}").format(
        version=text.version, when=when
    )


def in_use_line(text: ConsentText) -> str:
    """The version clients are asked to sign now."""
    when = format_datetime(text.created_at)
    if text.created_by:
        return translate(
            "ConsentTextEditor", "In use: version {version} — saved {when} by {name}."
        ).format(version=text.version, when=when, name=text.created_by)
    return translate("ConsentTextEditor", "In use: version {version} — saved {when}.").format(
        version=text.version, when=when
    )


class ConsentTextEditor(GuardedForm):
    """``saved`` holds the new version once saved."""

    form_name = "consent text"

    def __init__(self, logbook: Logbook, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(prompter, parent)
        self._logbook = logbook
        self.saved: ConsentText | None = None
        self.form_name = translate("ConsentTextEditor", "consent text")
        self.setWindowTitle(translate("ConsentTextEditor", "Consent text"))
        self.resize(1000, 620)
        self.general_error, self.errors = form_errors()
        texts = logbook.consent_texts()
        current = logbook.current_consent_text()
        setting = logbook.safety_settings().consent_version.strip()

        intro = QLabel(
            translate(
                "ConsentTextEditor",
                "Clients read this text in the consent form before they sign. Saving makes a "
                "new version: clients who signed an earlier one are asked to sign again, and "
                "every earlier version is kept as clients read it.",
            ),
            objectName="emptyHint",
        )
        intro.setWordWrap(True)
        if current is not None:
            state = in_use_line(current)
        elif setting:
            state = translate(
                "ConsentTextEditor",
                "In use: version {version}, whose text is not kept in the logbook. Save the "
                "text clients sign as a new version.",
            ).format(version=setting)
        else:
            state = translate(
                "ConsentTextEditor",
                "No consent text yet: the consent form asks only for the version number.",
            )
        self.current_label = plain_label(state, objectName="currentConsentText")
        self.current_label.setWordWrap(True)

        self.version = QLineEdit(objectName="consent_text_version")
        self.version.setMaxLength(MAX_CONSENT_VERSION_LENGTH)
        self.version.setMaximumWidth(180)
        self.version.setPlaceholderText(translate("ConsentTextEditor", "e.g. 2 or 2026-03"))
        self.version.setAccessibleName(translate("ConsentTextEditor", "New version"))
        self.version.setText(next_version(current.version if current else setting))
        self.body = QPlainTextEdit(objectName="consent_text_body")
        self.body.setAccessibleName(translate("ConsentTextEditor", "Consent text"))
        self.body.setPlaceholderText(
            translate("ConsentTextEditor", "The consent text, as the client reads it")
        )
        self.body.setTabChangesFocus(True)
        if current is not None:
            self.body.setPlainText(current.body)
        form = QFormLayout()
        form.addRow(
            translate("ConsentTextEditor", "New &version"),
            with_error_label(self.version, self.errors, "version"),
        )
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.current_label)
        editor_layout.addLayout(form)
        editor_layout.addWidget(
            plain_label(translate("ConsentTextEditor", "Text"), objectName="sectionTitle")
        )
        editor_layout.addWidget(with_error_label(self.body, self.errors, "body"), 1)

        self.versions = QListWidget(objectName="consentVersions")
        self.versions.setAccessibleName(translate("ConsentTextEditor", "Saved versions"))
        for text in texts:
            item = QListWidgetItem(text_line(text))
            item.setData(Qt.ItemDataRole.UserRole, text.id)
            self.versions.addItem(item)
        self._texts = {text.id: text for text in texts}
        self.version_text = QTextBrowser(objectName="consentVersionText")
        self.version_text.setAccessibleName(
            translate("ConsentTextEditor", "Text of the version chosen")
        )
        self.versions.currentItemChanged.connect(self._show_version)
        earlier = QWidget()
        earlier_layout = QVBoxLayout(earlier)
        earlier_layout.setContentsMargins(0, 0, 0, 0)
        earlier_layout.addWidget(
            plain_label(
                translate("ConsentTextEditor", "Saved versions (kept, read-only)"),
                objectName="sectionTitle",
            )
        )
        if texts:
            earlier_layout.addWidget(self.versions, 1)
            earlier_layout.addWidget(self.version_text, 2)
            self.versions.setCurrentRow(0)
        else:
            none = plain_label(
                translate("ConsentTextEditor", "None saved yet."), objectName="emptyHint"
            )
            earlier_layout.addWidget(none)
            earlier_layout.addStretch(1)
            self.versions.hide()
            self.version_text.hide()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(editor)
        splitter.addWidget(earlier)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        buttons, self.save_button = save_cancel_buttons(
            self,
            self.save,
            translate("ConsentTextEditor", "Save as new version"),
            "saveConsentText",
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.general_error, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.mark_unchanged()
        self.body.setFocus() if current is None else self.version.setFocus()

    def _show_version(self, item: QListWidgetItem | None) -> None:
        text = self._texts.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self.version_text.setPlainText(text.body if text else "")

    def save(self) -> None:
        def write() -> None:
            self.saved = self._logbook.save_consent_text(
                self.version.text(), self.body.toPlainText()
            )

        if self.save_checked({}, write):
            self.accept()
