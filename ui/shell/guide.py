"""Help → Guide: a short tour of the window, a few pages of our own words (condensed from
the README's "A short tour"), read with Back and Next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from logger_app.i18n import translatable, translate

# (title, text): marked here, said with translate("GuidePages", ...) when shown.
PAGES: tuple[tuple[str, str], ...] = (
    (
        translatable("GuidePages", "The start page"),
        translatable(
            "GuidePages",
            "While no client is selected, the start page shows the day at a glance: the "
            "sessions started today, follow-ups due, drafts waiting to be signed and the "
            "clients opened lately. One click, or Enter, opens a client or a draft. "
            "Start page on the toolbar (Alt+Home) brings it back.",
        ),
    ),
    (
        translatable("GuidePages", "Clients"),
        translatable(
            "GuidePages",
            "The client list on the left holds every client, sorted by last name. Type in "
            "the search box (Ctrl+F) to narrow it by name, phone number or email; Enter "
            "opens the first match. New client (Ctrl+N) needs a first and a last name; "
            "everything else is optional, and mistakes are explained next to the field.",
        ),
    ),
    (
        translatable("GuidePages", "Sessions"),
        translatable(
            "GuidePages",
            "New session (Ctrl+T) first lists every safety point that applies to the "
            "client, to acknowledge. Add each treated area with its needle depth, then the "
            "reactions and the aftercare. Repeat last session (Ctrl+R) fills in the "
            "previous session, the glide's lot left to type from the new vial. Save draft "
            "(Ctrl+S) keeps it editable; Save and sign (Ctrl+Shift+S) makes it a signed "
            "record, corrected afterwards only by an amendment with a reason.",
        ),
    ),
    (
        translatable("GuidePages", "History and review"),
        translatable(
            "GuidePages",
            "The client page shows the client's history, newest first; select a line to "
            "read the whole record. Trends chart the depth of each area and the reactions "
            "over time. Review → Sessions across clients (Ctrl+Shift+F) finds sessions of "
            "every client by date, area, device, reaction or product lot; Review → "
            "Follow-ups due lists who is due for a visit.",
        ),
    ),
    (
        translatable("GuidePages", "Keeping the records safe"),
        translatable(
            "GuidePages",
            "The Logbook menu backs up and restores the logbook and verifies its signed "
            "records. File → Lock (Ctrl+L) hides everything until your passphrase is typed "
            "again. Help → Report a problem… saves the app's log and facts, without any "
            "client's details, to send to whoever supports you.",
        ),
    ),
)


class GuideDialog(QDialog):
    """One page at a time; the page's title, its text, and where one is in the tour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(translate("GuideDialog", "Guide"))
        self.pages = QStackedWidget(objectName="guidePages")
        for title, text in PAGES:
            page = QWidget()
            column = QVBoxLayout(page)
            heading = QLabel(translate("GuidePages", title), objectName="guideTitle")
            heading.setTextFormat(Qt.TextFormat.PlainText)
            font = heading.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.2)
            heading.setFont(font)
            body = QLabel(translate("GuidePages", text), objectName="guideText")
            body.setTextFormat(Qt.TextFormat.PlainText)
            body.setWordWrap(True)
            body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            column.addWidget(heading)
            column.addWidget(body, 1)
            self.pages.addWidget(page)
        self.position = QLabel(objectName="guidePosition")
        self.position.setTextFormat(Qt.TextFormat.PlainText)
        self.back_button = QPushButton(translate("GuideDialog", "&Back"))
        self.next_button = QPushButton(translate("GuideDialog", "&Next"))
        self.close_button = QPushButton(translate("GuideDialog", "&Close"))
        self.back_button.clicked.connect(lambda: self.show_page(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.pages.currentIndex() + 1))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.position)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(520, 300)
        self.show_page(0)

    def show_page(self, number: int) -> None:
        number = max(0, min(number, self.pages.count() - 1))
        self.pages.setCurrentIndex(number)
        self.back_button.setEnabled(number > 0)
        self.next_button.setEnabled(number < self.pages.count() - 1)
        self.next_button.setDefault(number < self.pages.count() - 1)
        self.close_button.setDefault(number == self.pages.count() - 1)
        self.position.setText(
            translate("GuideDialog", "Page {number} of {count}").format(
                number=number + 1, count=self.pages.count()
            )
        )

    def page_title(self) -> str:
        return self.pages.currentWidget().findChild(QLabel, "guideTitle").text()

    def page_text(self) -> str:
        return self.pages.currentWidget().findChild(QLabel, "guideText").text()
