"""Consent to treatment: which version of the consent text, when, and the signature.

The client signs on the pad (mouse, pen or finger), or types their full name; both may
be given. The signature is kept as a PNG image with the consent.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from logger_app.i18n import translatable, translate
from logger_app.records import Consent, ConsentDetails
from logger_app.validation import validate_consent

from ..common.display import format_date, plain_label, rich_label
from ..common.form_support import (
    ErrorLabel,
    date_edit,
    form_errors,
    save_cancel_buttons,
    with_error_label,
)
from .client_record_form import ClientRecordForm
from .signature_pad import SignaturePad


def describe_consent(consent: Consent) -> str:
    d = consent.details
    if d.signature_png and d.typed_name:
        how = translate("ConsentDialog", "signed and typed name")
    elif d.signature_png:
        how = translate("ConsentDialog", "signed")
    elif d.typed_name:
        how = translate("ConsentDialog", "typed name")
    else:
        how = ""
    return translate("ConsentDialog", "version {version} on {date} ({how})").format(
        version=d.consent_version, date=format_date(d.signed_on), how=how
    )


class ConsentDialog(ClientRecordForm):
    """Record a client's signed consent. ``saved_consent`` holds it."""

    form_name = "consent"
    window_title = translatable("ClientRecordForm", "Consent")

    def _prepare(self) -> None:
        self.form_name = translate("ConsentDialog", "consent")
        self.saved_consent: Consent | None = None
        self._previous = self._logbook.latest_consent(self._client.id)

    def _build(self) -> None:
        self.general_error, self.errors = form_errors()
        title = rich_label(
            translate("ConsentDialog", "Consent to treatment: <b>{name}</b>").format(
                name=escape(self._client.full_name)
            ),
            objectName="formTitle",
        )
        current = self._logbook.safety_settings().consent_version.strip()
        previous = self._previous
        if previous is not None:
            text = translate("ConsentDialog", "On file: {consent}.").format(
                consent=describe_consent(previous)
            )
            if current and previous.details.consent_version.strip() != current:
                text += " " + translate(
                    "ConsentDialog",
                    "The current consent text is version {version}: ask for a new signature.",
                ).format(version=current)
        else:
            text = translate("ConsentDialog", "No consent on file yet.")
        self.previous_label = plain_label(text, objectName="emptyHint")
        self.previous_label.setWordWrap(True)

        self.version = QLineEdit(objectName="consent_version")
        self.version.setPlaceholderText(translate("ConsentDialog", "e.g. 2 or 2026-03"))
        self.version.setText(
            current or (previous.details.consent_version if previous is not None else "1")
        )
        self.version.setMaximumWidth(160)
        self.text_view = self._consent_text_view()
        self.signed_on = date_edit("signed_on")
        form = QFormLayout()
        form.addRow(
            translate("ConsentDialog", "Consent text &version"),
            with_error_label(self.version, self.errors, "consent_version"),
        )
        form.addRow(
            translate("ConsentDialog", "Signed &on"),
            with_error_label(self.signed_on, self.errors, "signed_on"),
        )

        self.pad = SignaturePad()
        self.clear_button = QPushButton(
            translate("ConsentDialog", "Clear"), objectName="clearSignature"
        )
        self.clear_button.setToolTip(translate("ConsentDialog", "Wipe the pad and sign again"))
        self.clear_button.clicked.connect(self.pad.clear)
        self.pad.changed.connect(self._signature_changed)
        pad_row = QHBoxLayout()
        pad_row.addWidget(self.pad)
        pad_row.addWidget(self.clear_button)
        pad_row.addStretch(1)
        self.typed_name = QLineEdit(objectName="typed_name")
        # Never the client's name: greyed in the field it read as if already typed.
        self.typed_name.setPlaceholderText(
            translate("ConsentDialog", "Full name, as the client types it")
        )
        self.typed_name.textEdited.connect(self._signature_changed)
        typed = QFormLayout()
        typed.addRow(
            translate("ConsentDialog", "…or type your full &name"),
            with_error_label(self.typed_name, self.errors, "typed_name"),
        )
        self.signature_error = self.errors.register("signature", ErrorLabel())

        buttons, self.save_button = save_cancel_buttons(
            self, self.save, translate("ConsentDialog", "Save consent"), "saveConsent"
        )

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.previous_label)
        layout.addWidget(self.general_error)
        layout.addWidget(self.text_heading)
        if self.text_view is not None:
            layout.addWidget(self.text_view, 1)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("ConsentDialog", "Signature"), objectName="sectionTitle"))
        layout.addLayout(pad_row)
        layout.addWidget(self.signature_error)
        layout.addLayout(typed)
        layout.addWidget(buttons)

    def _consent_text_view(self) -> QTextBrowser | None:
        """The clinic's current consent text, for the client to read before signing:
        plain text, read-only, scrolled; its version is the one recorded. Without a
        text kept in the logbook, the form says so and the version is typed."""
        self.consent_text = self._logbook.current_consent_text()
        if self.consent_text is None:
            self.text_heading = plain_label(
                translate(
                    "ConsentDialog",
                    "No consent text is kept in the logbook (Logbook → Consent text…): show "
                    "the client the clinic's text, and enter its version below.",
                ),
                objectName="emptyHint",
            )
            self.text_heading.setWordWrap(True)
            return None
        version = self.consent_text.version
        self.text_heading = plain_label(
            translate(
                "ConsentDialog", "Please read the consent text (version {version}) before signing"
            ).format(version=version),
            objectName="sectionTitle",
        )
        view = QTextBrowser(objectName="consentText")
        view.setPlainText(self.consent_text.body)  # typed by the clinic: never markup
        view.setOpenLinks(False)
        view.setMinimumHeight(160)
        view.setAccessibleName(
            translate("ConsentDialog", "Consent text, version {version}").format(version=version)
        )
        self.version.setText(version)
        self.version.setReadOnly(True)
        self.version.setFrame(False)  # a value shown, not a field to fill in
        self.version.setToolTip(
            translate(
                "ConsentDialog", "The version of the text shown above: recorded with the consent"
            )
        )
        return view

    def _signature_changed(self) -> None:
        self.signature_error.show_message(None)

    def has_unsaved_changes(self) -> bool:
        return super().has_unsaved_changes() or not self.pad.is_empty()

    def details(self) -> ConsentDetails:
        return ConsentDetails(
            client_id=self._client.id,
            consent_version=self.version.text().strip(),
            signed_on=self.signed_on.date().toPython(),
            signature_png=self.pad.to_png(),
            typed_name=self.typed_name.text().strip(),
        )

    def save(self) -> None:
        details = self.details()
        problems = validate_consent(details, self._client.details.date_of_birth, date.today())

        def write() -> None:
            self.saved_consent = self._logbook.add_consent(details)

        if self.save_checked(problems, write):
            self.pad.clear()
            self.accept()
