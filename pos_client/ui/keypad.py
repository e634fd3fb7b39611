"""The on-screen digits (phone, cash given) for a touch screen; ABC opens the letters."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from .widgets import screen_key


class Keypad(QWidget):
    """1 2 3 ⌫ / 4 5 6 ABC / 7 8 9 OK / 0 — four rows, as tall as a phone's keypad.
    The keys never take the focus: the window types what they say into its text target."""

    typed = Signal(str)
    erased = Signal()
    letters = Signal()               # ABC: show or hide the on-screen letters
    ok = Signal()

    def __init__(self) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)   # its keys' height, no taller

        def key(text, slot, row, col, rows=1, cols=1):
            b = screen_key(text, slot, "keypad")
            grid.addWidget(b, row, col, rows, cols)
            return b
        for i, digit in enumerate("123456789"):
            key(digit, lambda _=False, d=digit: self.typed.emit(d), i // 3, i % 3)
        key("0", lambda: self.typed.emit("0"), 3, 0, 1, 3)
        key("⌫", self.erased.emit, 0, 3).setAutoRepeat(True)
        self.letters_button = key("ABC", self.letters.emit, 1, 3)
        self.letters_button.setToolTip(self.tr("Letters on screen, for names and e-mail"))
        key("OK", self.ok.emit, 2, 3, 2, 1).setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)
