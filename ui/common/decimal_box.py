"""A spin box for decimals (depths) in the chosen language's conventions, where a decimal
mark can never be misread as a thousands separator.

Qt's QDoubleSpinBox reads German text with "." as a group separator: it drops the "."
typed in "0.2" and reads 2, a tenfold depth. Depths never need thousands grouping, so
here a typed "." or "," is the decimal mark in every language ("0.5" and "0,5" are half
a millimetre, in German as in English; the box shows the language's own mark, "0,50 mm"),
and text holding a group separator (a pasted "0.5" in German) is refused, never read as
5. A keypad's "." then works in German instead of being silently dropped."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

DECIMAL_MARKS = ".,"
_MARK_KEYS = {".": Qt.Key.Key_Period, ",": Qt.Key.Key_Comma}


class DecimalSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox where "." and "," typed are both the decimal mark, and where a
    group separator is never read (pasted "0.5" in German is refused, never 5).

    Done with the key and the locale's options, not by overriding ``validate`` in
    Python: Qt calls that with references into its own strings on every keystroke."""

    def __init__(self, parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(parent, **kwargs)
        strict = QLocale(self.locale())  # the default locale when the box is made
        strict.setNumberOptions(strict.numberOptions() | QLocale.NumberOption.RejectGroupSeparator)
        self.setLocale(strict)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mark = self.locale().decimalPoint()
        typed = event.text()
        if typed in DECIMAL_MARKS and typed and typed != mark and mark in _MARK_KEYS:
            event = QKeyEvent(event.type(), _MARK_KEYS[mark], event.modifiers(), mark)
        super().keyPressEvent(event)
