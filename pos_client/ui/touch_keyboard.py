"""On-screen letters for a till without a keyboard: names, e-mail, name search.

The keys never take focus.  They type into whichever text field the cashier
tapped last (``target()``), so one keyboard serves the lookup field and the
enrolment form.  It has its own digits row: while it is open the window
hides the numeric keypad and quick keys to make room for it.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QInputDevice
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QWidget

from .widgets import screen_key

# The rows of the shop country's keyboard: the Nordic layouts differ only in
# the two keys right of L.  Other countries get the Norwegian one.
_ROWS = ("1234567890+", "qwertyuiopå", "asdfghjkl{}{}", "zxcvbnm.-@")
ROWS = {country: tuple(row.format(*right_of_l) for row in _ROWS)
        for country, right_of_l in (("NO", "øæ"), ("DK", "æø"), ("SE", "öä"), ("FI", "öä"))}
SHIFT_ROW = 3
SHIFT, BACKSPACE, OK, DIGITS = "⇧", "⌫", "OK", "123"
COLUMNS = 11


def capitalises(field: QLineEdit) -> bool:
    """Fields marked ``capitalize`` (names) start each word with a capital."""
    if not field.property("capitalize"):
        return False
    before = field.text()[:field.cursorPosition()]
    return not before or before[-1] in " -"


class TouchKeyboard(QWidget):
    toggled = Signal(bool)               # shown / hidden: the window makes room

    def __init__(self, target: Callable[[], QLineEdit], on_ok: Callable[[], None],
                 country: str = "NO", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("touchKeyboard")
        self._target, self._on_ok = target, on_ok
        self.shifted = False
        self.letter_keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setSpacing(6)
        rows = ROWS.get(country.upper(), ROWS["NO"])
        for r, row in enumerate(rows):
            start = 0
            if r == SHIFT_ROW:
                self.shift_key = self._key(SHIFT, self.toggle_shift)
                self.shift_key.setCheckable(True)
                grid.addWidget(self.shift_key, r, 0)
                start = 1
            for c, letter in enumerate(row):
                key = self._key(letter, lambda _=False, ch=letter: self.type(ch))
                self.letter_keys[letter] = key
                grid.addWidget(key, r, start + c)
        self.digits_key = self._key(DIGITS, self.hide)
        self.space_key = self._key(self.tr("space"), lambda: self.type(" "))
        self.backspace_key = self._key(BACKSPACE, self.backspace)
        self.ok_key = self._key(OK, self._on_ok)
        last = len(rows)
        grid.addWidget(self.digits_key, last, 0, 1, 2)
        grid.addWidget(self.space_key, last, 2, 1, 6)
        grid.addWidget(self.backspace_key, last, 8, 1, 1)
        grid.addWidget(self.ok_key, last, 9, 1, COLUMNS - 9)
        self.digits_key.setToolTip(self.tr("Hide the letters"))

    def _key(self, text: str, slot) -> QPushButton:
        key = screen_key(text, slot, "letterKey")
        key.setAutoRepeat(text == BACKSPACE)
        return key

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt API)
        # Room is made before the keys appear (and given back after they go):
        # a window that is too small for a moment grows, and stays grown.
        changed = visible == self.isHidden()
        if changed and visible:
            self.toggled.emit(True)
        super().setVisible(visible)
        if changed and not visible:
            self.toggled.emit(False)

    def type(self, text: str) -> None:
        field = self._target()
        if self.shifted or (text.isalpha() and capitalises(field)):
            text = text.upper()
        field.insert(text)
        if self.shifted:
            self.toggle_shift()                  # one letter, like a phone's keyboard

    def backspace(self) -> None:
        self._target().backspace()

    def toggle_shift(self) -> None:
        self.shifted = not self.shifted
        self.shift_key.setChecked(self.shifted)
        for letter, key in self.letter_keys.items():
            key.setText(letter.upper() if self.shifted else letter)


class ShowOnTap(QObject):
    """Opens the keyboard when a letters field is tapped on a touch screen — not
    when it is clicked with a mouse or tabbed into: a cashier with a keyboard
    never sees it pop up (and keeps the quick keys it would cover)."""

    def __init__(self, keyboard: TouchKeyboard) -> None:
        super().__init__(keyboard)
        self.keyboard = keyboard

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        # A second tap soon after the first arrives as a double click (QScroller
        # in the enrolment form replays presses, too).
        if (event.type() in (QEvent.MouseButtonPress, QEvent.MouseButtonDblClick)
                and event.pointingDevice().type() == QInputDevice.DeviceType.TouchScreen):
            self.keyboard.show()
        return False
