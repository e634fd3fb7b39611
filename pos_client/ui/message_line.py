"""The till's one message line, by kind: success, information, warning, error.

Each kind has its own look (resources/qss/till.qss, ``QFrame#message[kind=…]``)
and its own symbol in front of the text — ✔ ℹ ⚠ ✖, four different shapes —
with the kind's word as the accessible name, so a cashier who cannot tell red
from green still sees which it is.  An error or a warning stays until the
cashier's next action (``clear()``: the window calls it when one starts) or
until another page opens (``page_left()``); a success or a piece of information
fades out after a few seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEasingCurve, QPropertyAnimation, Qt, QTimer
from PySide6.QtWidgets import QFrame, QGraphicsOpacityEffect, QHBoxLayout, QLabel, QSizePolicy

SUCCESS, INFO, WARNING, ERROR = "success", "info", "warning", "error"
KINDS = (SUCCESS, INFO, WARNING, ERROR)
SYMBOLS = {SUCCESS: "✔", INFO: "ℹ", WARNING: "⚠", ERROR: "✖"}
FADE_AFTER_MS = {SUCCESS: 6000, INFO: 9000}          # errors and warnings wait for the cashier
FADE_MS = 700


def kind_word(kind: str) -> str:
    return {SUCCESS: QCoreApplication.translate("MessageLine", "Done"),
            INFO: QCoreApplication.translate("MessageLine", "Note"),
            WARNING: QCoreApplication.translate("MessageLine", "Warning"),
            ERROR: QCoreApplication.translate("MessageLine", "Error")}[kind]


class MessageLine(QFrame):
    """``show_message(kind, text)``; ``text()`` and ``kind()`` say what is shown now."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("message")
        self._kind = ""
        self.symbol = QLabel()
        self.symbol.setObjectName("messageSymbol")
        self.symbol.setAlignment(Qt.AlignTop | Qt.AlignHCenter)
        self.label = QLabel()
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)          # a long line wraps; it is never cut
        self.label.setTextInteractionFlags(Qt.NoTextInteraction)
        self.label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        row.addWidget(self.symbol)
        row.addWidget(self.label, 1)
        self.effect = QGraphicsOpacityEffect(self)
        self.effect.setOpacity(1.0)
        self.setGraphicsEffect(self.effect)
        self.fade = QPropertyAnimation(self.effect, b"opacity", self)
        self.fade.setDuration(FADE_MS)
        self.fade.setStartValue(1.0)
        self.fade.setEndValue(0.0)
        self.fade.setEasingCurve(QEasingCurve.InQuad)
        self.fade.finished.connect(self.clear)
        self.wait = QTimer(self)
        self.wait.setSingleShot(True)
        self.wait.timeout.connect(self.fade.start)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        self.clear()

    # -- what the window calls --------------------------------------------------------
    def show_message(self, kind: str, text: str, fade: bool = True) -> None:
        """``fade=False``: a success that must stay until the next action (the change to give)."""
        if not text:
            self.clear()
            return
        assert kind in KINDS, kind
        self.wait.stop()
        self.fade.stop()
        self.effect.setOpacity(1.0)
        self._kind = kind
        self.symbol.setText(SYMBOLS[kind])
        self.label.setText(text)
        self.setAccessibleName(kind_word(kind))
        self.setToolTip(kind_word(kind))
        self._restyle()
        if fade and kind in FADE_AFTER_MS:
            self.wait.start(FADE_AFTER_MS[kind])

    def say(self, text: str, kind: str = ERROR) -> None:
        """A message of ``kind``; without one it stays until the next action, like an error
        (nothing the cashier should read fades unseen)."""
        self.show_message(kind, text)

    def success(self, text: str, fade: bool = True) -> None:
        self.show_message(SUCCESS, text, fade)

    def info(self, text: str) -> None:
        self.show_message(INFO, text)

    def warning(self, text: str) -> None:
        self.show_message(WARNING, text)

    def error(self, text: str) -> None:
        self.show_message(ERROR, text)

    def clear(self) -> None:
        """Nothing to say: the line keeps its height (the screen does not jump), blank."""
        self.wait.stop()
        self.fade.stop()
        self._kind = ""
        self.symbol.setText("")
        self.label.setText("")
        self.setAccessibleName("")
        self.setToolTip("")
        self._restyle()

    def page_left(self) -> None:
        """The cashier went to another page: an error or a warning was about the one left, and
        stays no longer (a success or a note stays to fade: it says what was just done, such
        as a return's refund, told on the basket page the return goes back to)."""
        if self._kind in (ERROR, WARNING):
            self.clear()

    def text(self) -> str:
        return self.label.text()

    def kind(self) -> str:
        return self._kind

    def _restyle(self) -> None:
        self.setProperty("kind", self._kind or "none")
        for widget in (self, self.symbol, self.label):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
