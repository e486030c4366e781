"""A spin box for decimals (depths) in the chosen language's conventions, where a decimal
mark can never be misread as a thousands separator.

Qt's QDoubleSpinBox reads German text with "." as a group separator: it drops the "."
typed in "0.2" and reads 2, a tenfold depth. Depths and their like never need thousands
grouping, so here both "." and "," are the decimal mark in every language: typed either
way, "0.5" and "0,5" are half a millimetre, in German as in English, and the box shows the
language's own mark ("0,50 mm" in German). Rejecting the foreign mark instead would leave
a keypad's "." silently ignored, which is how the tenfold error comes about."""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

DECIMAL_MARKS = ".,"


class DecimalSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox reading "." and "," alike as the decimal mark."""

    def _as_typed_here(self, text: str) -> str:
        """``text`` with either mark in the number written as the locale's decimal mark;
        the prefix, the suffix and the special value's text are left as they are."""
        if text == self.specialValueText():
            return text
        start = len(self.prefix()) if text.startswith(self.prefix()) else 0
        end = len(text) - len(self.suffix()) if text.endswith(self.suffix()) else len(text)
        end = max(end, start)
        mark = self.locale().decimalPoint()
        number = "".join(mark if c in DECIMAL_MARKS else c for c in text[start:end])
        return text[:start] + number + text[end:]

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        fixed = self._as_typed_here(text)  # same length: the cursor stays where it was
        return _as_triple(super().validate(fixed, pos), fixed, pos)

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(self._as_typed_here(text))


def _as_triple(result: object, text: str, pos: int) -> tuple[QValidator.State, str, int]:
    """QDoubleSpinBox.validate answers a state, or (state, text, pos), by binding."""
    if isinstance(result, tuple):
        state, text, pos = result
        return state, text, pos
    return result, text, pos  # type: ignore[return-value]
