"""The session form's "Before you start": every safety rule that applies, grouped
(contraindications, wash-outs, intervals, records), one acknowledgement per group; a
stop goes on only with its reason. Once all is acknowledged the panel folds to one line.

A warning is reviewed as it reads: ticking a group reviews the warnings in it now; a
warning that joins the group later (an area added that was treated recently, a numbing
agent matching an allergy) unticks the group until it is reviewed too, the others stay
reviewed. The needling data opens once the warnings known before the session is planned
are reviewed; those that arise from what is entered are reviewed before saving."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translatable, translate
from logger_app.records import SafetyWarning, WarningGroup

from ..common.display import plain_label
from ..common.form_support import ErrorLabel, FieldErrors
from .warning_group import KEY, WarningGroupBox, warnings_text

# Shown through translate("SafetyPanel", text).
UNTICKED = translatable("SafetyPanel", "Tick “I have reviewed” to go on.")
NO_REASON = translatable("SafetyPanel", "A stop: type your reason to go on.")
# Warnings that follow what is entered in the form rather than the client's record.
_FROM_THE_FORM = ("interval.", "allergy_match.")
_ORDER = (
    WarningGroup.CONTRAINDICATIONS,
    WarningGroup.WASHOUTS,
    WarningGroup.INTERVALS,
    WarningGroup.RECORDS,
)


def from_the_form(warning: SafetyWarning) -> bool:
    return warning.code.startswith(_FROM_THE_FORM)


class SafetyPanel(QGroupBox):
    """``changed`` when a tick, a reason or the list changes; ``folded`` when it folds
    after the last acknowledgement."""

    changed = Signal()
    folded = Signal()
    screening_requested = Signal()
    consent_requested = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(translate("SafetyPanel", "Before you start"), parent)
        self.setObjectName("beforeYouStart")
        self._errors = errors
        self.warnings: list[SafetyWarning] = []
        self.groups: dict[WarningGroup, WarningGroupBox] = {}
        self._reviewed: set[tuple[str, str]] = set()
        self._reasons: dict[str, str] = {}
        self._folded = False

        self.status = plain_label(objectName="safetyStatus")
        self.status.setWordWrap(True)
        # The folded panel's one line, and the way back to the warnings.
        self.fold_button = QPushButton(objectName="safetyFold")
        self.fold_button.setFlat(True)
        self.fold_button.clicked.connect(self._toggle_fold)
        self.screening_button = QPushButton(
            translate("SafetyPanel", "New screening…"), objectName="panelScreening"
        )
        self.screening_button.clicked.connect(self.screening_requested)
        self.consent_button = QPushButton(
            translate("SafetyPanel", "Consent…"), objectName="panelConsent"
        )
        self.consent_button.clicked.connect(self.consent_requested)
        self.error = ErrorLabel()
        header = QHBoxLayout()
        header.addWidget(self.status, 1)
        header.addWidget(self.fold_button, 1, Qt.AlignmentFlag.AlignLeft)
        header.addWidget(self.screening_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignTop)
        self._body = QWidget()
        self._rows = QVBoxLayout(self._body)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self._body)
        layout.addWidget(self.error)
        self._register()
        self._update_status()

    @property
    def checks(self) -> dict[WarningGroup, QCheckBox]:
        """Each group's tick, in the order shown."""
        return {group: box.check for group, box in self.groups.items()}

    @property
    def reason_edits(self) -> dict[str, QLineEdit]:
        """Each stop's reason field, by warning code."""
        return {
            code: edit for box in self.groups.values() for code, edit in box.reason_edits.items()
        }

    def _register(self) -> None:
        self._errors.unregister_prefix(KEY)
        self._errors.register(KEY, self.error)

    def set_warnings(
        self,
        warnings: list[SafetyWarning],
        reviewed: set[tuple[str, str]] | None = None,
        reasons: dict[str, str] | None = None,
    ) -> None:
        """Show these warnings. A warning that still reads the same stays reviewed;
        ``reviewed`` (code, message) pairs start reviewed and ``reasons`` filled in (a
        draft's acknowledgements)."""
        self._reviewed |= reviewed or set()
        self._reasons |= {code: text for code, text in (reasons or {}).items() if text}
        if [(w.code, w.message) for w in warnings] == [(w.code, w.message) for w in self.warnings]:
            return
        self._keep_reasons()
        focus_inside = self.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        for box in self.groups.values():
            box.setParent(None)
            box.deleteLater()
        self.groups.clear()
        self._register()
        self.warnings = list(warnings)
        current = {(w.code, w.message) for w in self.warnings}
        self._reviewed &= current
        for group in _ORDER:
            members = [w for w in self.warnings if w.group is group]
            if not members:
                continue
            box = WarningGroupBox(group, members, self._errors, self._reasons)
            box.check.setChecked(self._group_reviewed(box))
            box.toggled.connect(self._ticked)
            box.reason_given.connect(self._reason_given)
            self._rows.addWidget(box)
            self.groups[group] = box
        if self._folded and not self.all_acknowledged():
            self._folded = False  # something new to review: shown
        self._update_status()
        if focus_inside and self.groups:
            self.first_pending().setFocus()
        self.changed.emit()

    def tab_widgets(self) -> list[QWidget]:
        """The panel's controls in the order shown (Tab skips those hidden, folded)."""
        shown: list[QWidget] = [self.fold_button, self.screening_button, self.consent_button]
        for box in self.groups.values():
            shown += box.widgets_in_order
        return shown

    def first_pending(self) -> QWidget:
        """Where the keyboard goes first: the first reason or tick still to give."""
        for box in self.groups.values():
            for widget in box.widgets_in_order:
                if widget in box.reason_edits.values() and not widget.text().strip():
                    return widget
                if widget is box.check and not box.check.isChecked():
                    return widget
        return self.fold_button

    # Reviewing
    def _group_reviewed(self, box: WarningGroupBox) -> bool:
        return all((w.code, w.message) in self._reviewed for w in box.warnings)

    def _ticked(self, checked: bool) -> None:
        box = self.sender()
        if not isinstance(box, WarningGroupBox):
            return
        pairs = {(w.code, w.message) for w in box.warnings}
        if checked:
            self._reviewed |= pairs
            box.error.show_message(None)
        else:
            self._reviewed -= pairs
        if self.all_acknowledged():
            self.error.show_message(None)
            if checked:
                self._fold(True)
        self._update_status()
        self.changed.emit()

    def fill_reasons(self, reasons: Mapping[str, str]) -> None:
        """Reasons typed before (a session kept on this computer): each stop shown still
        without one gets its own back; a reason typed since stays."""
        for code, edit in self.reason_edits.items():
            if not edit.text().strip() and reasons.get(code):
                edit.setText(reasons[code])  # heard as typed: kept, the status updated

    def _reason_given(self) -> None:
        self._keep_reasons()
        self._update_status()
        self.changed.emit()

    def _keep_reasons(self) -> None:
        for box in self.groups.values():
            self._reasons |= box.reasons()

    # Folding
    def _fold(self, folded: bool) -> None:
        was = self._folded
        self._folded = folded
        self._update_status()
        if folded and not was:
            self.folded.emit()

    def _toggle_fold(self) -> None:
        self._fold(not self._folded)
        if not self._folded and self.groups:
            self.first_pending().setFocus()

    def unfold(self) -> None:
        self._fold(False)

    def fold_if_done(self) -> None:
        """Fold when everything is already acknowledged (a draft opened again)."""
        if self.warnings and self.all_acknowledged():
            self._fold(True)

    @property
    def is_folded(self) -> bool:
        return self._folded

    def _update_status(self) -> None:
        left = self.unacknowledged()
        warnings = warnings_text(len(self.warnings))
        if not self.warnings:
            text = translate(
                "SafetyPanel",
                "Nothing to review: screening and consent are on file and no rule applies.",
            )
            state = "clear"
        elif left or self.missing_reasons():
            groups = {w.group for w in left} | {
                box.group for box in self.groups.values() if box.missing_reasons()
            }
            text = (
                translate(
                    "SafetyPanel",
                    "{warnings} to review before treating: tick each group ({count} left); "
                    "a STOP also needs your reason to go on.",
                )
                if groups
                else translate(
                    "SafetyPanel",
                    "{warnings} to review before treating: tick each group; a STOP also "
                    "needs your reason to go on.",
                )
            ).format(warnings=warnings, count=len(groups))
            state = "pending"
        else:
            text = translate(
                "SafetyPanel", "All {warnings} acknowledged: saved with the session."
            ).format(warnings=warnings)
            state = "done"
        done = state == "done"
        self._folded = self._folded and done
        if self._folded:
            fold_text = translate("SafetyPanel", "✔ {warnings} acknowledged — show")
            fold_name = translate("SafetyPanel", "{warnings} acknowledged: show them")
        else:
            fold_text = translate("SafetyPanel", "✔ {warnings} acknowledged — hide")
            fold_name = translate("SafetyPanel", "{warnings} acknowledged: hide them")
        self.fold_button.setText(fold_text.format(warnings=warnings))
        self.fold_button.setAccessibleName(fold_name.format(warnings=warnings))
        self.fold_button.setVisible(done)
        self.status.setText(text)
        self.status.setVisible(not done)
        self._body.setVisible(not self._folded)
        if self.property("state") != state:
            self.setProperty("state", state)
            self.style().unpolish(self)
            self.style().polish(self)

    # What the form reads
    def unacknowledged(self) -> list[SafetyWarning]:
        return [w for w in self.warnings if (w.code, w.message) not in self._reviewed]

    def missing_reasons(self) -> list[str]:
        return [code for box in self.groups.values() for code in box.missing_reasons()]

    def all_acknowledged(self) -> bool:
        """Every warning reviewed, every stop with its reason: ready to save."""
        return not self.unacknowledged() and not self.missing_reasons()

    def record_reviewed(self) -> bool:
        """The warnings known before the session is planned are reviewed: the needling
        data opens (those from the form's own fields are reviewed before saving)."""
        return all(from_the_form(w) for w in self.unacknowledged())

    def acknowledged(self) -> tuple[str, ...]:
        return tuple(w.code for w in self.warnings if (w.code, w.message) in self._reviewed)

    def reasons(self) -> dict[str, str]:
        """The reason typed for each stop, by code."""
        self._keep_reasons()
        stops = {w.code for w in self.warnings if w.is_stop}
        return {code: text for code, text in self._reasons.items() if code in stops and text}

    def problems(self) -> dict[str, str]:
        """A message at each group not ticked yet and each stop without its reason."""
        found: dict[str, str] = {}
        for box in self.groups.values():
            if not box.check.isChecked():
                found[f"{KEY}.{box.warnings[0].code}"] = translate("SafetyPanel", UNTICKED)
            for code in box.missing_reasons():
                found[f"{KEY}.{code}.reason"] = translate("SafetyPanel", NO_REASON)
        return found
