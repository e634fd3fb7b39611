"""Small widget helpers shared by the till's pages."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

MIN_TOUCH_PX = 48          # a finger-size target (the cash and card keys are taller still)


def touch_button(text: str, slot) -> QPushButton:
    button = QPushButton(text)
    button.setMinimumHeight(MIN_TOUCH_PX)
    button.clicked.connect(slot)
    return button
