"""The one-line message under the top bar: what just happened, or what went wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


class MessageLine(QLabel):
    """The window's message line (object name ``message``); empty until something is said."""

    def __init__(self) -> None:
        super().__init__("")
        self.setObjectName("message")
        self.setWordWrap(True)

    def say(self, text: str) -> None:
        self.setText(text)
