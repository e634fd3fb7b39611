"""Keyboard-wedge scanners: tell a scan from typing by the time between keys.

A scanner types a whole code in a few milliseconds per character and ends it
with Enter (or a configured suffix); a person needs 80 ms or more per key.
The filter collects fast bursts wherever the focus is and hands complete
scans to ``on_scan``; slow keys pass through to the focused widget.  The
clock is injectable so tests can type at any speed.

While a modal dialog is open a key cannot be let through on trust: a message
box presses its Yes button for a plain "y", so the first letters of a scanned
code would answer the dialog.  There, keys are held for one gap and replayed
only when no scan follows.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

MAX_GAP_S = 0.030
# A widget with this property set receives a scanner's keys as typed text
# (the scanner tests in settings and setup show what the scanner really types).
RAW_INPUT = "rawScannerInput"
MIN_LENGTH = 6


class WedgeFilter(QObject):
    def __init__(self, on_scan: Callable[[str], None], *, prefix: str = "", suffix: str = "\r",
                 clock: Callable[[], float] = time.monotonic, max_gap_s: float = MAX_GAP_S) -> None:
        super().__init__()
        self.on_scan, self.prefix, self.suffix = on_scan, prefix, suffix or "\r"
        self.clock, self.max_gap_s = clock, max_gap_s
        self.buffer = ""
        self.last = 0.0
        self.held: list[tuple[QObject, QKeyEvent]] = []
        self.replaying = False
        self.release_timer = QTimer(self)
        self.release_timer.setSingleShot(True)
        self.release_timer.setInterval(int(max_gap_s * 1000) + 5)
        self.release_timer.timeout.connect(self.release)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.KeyPress or self.replaying or obj.property(RAW_INPUT):
            return False
        text = event.text()
        if not text:
            return False
        now = self.clock()
        fast = (now - self.last) <= self.max_gap_s
        self.last = now
        if text in ("\r", "\n") or text == self.suffix:
            code, self.buffer = self.buffer, ""
            if fast and len(code) >= MIN_LENGTH:
                if self.prefix and code.startswith(self.prefix):
                    code = code[len(self.prefix):]
                self.held.clear()               # a scan: the held keys were never meant for the dialog
                self._unwrite(obj, code)
                self.on_scan(code)
                return True
            self.release()
            return False
        self.buffer = (self.buffer + text) if fast else text
        if QApplication.activeModalWidget() is not None:
            if not fast:
                self.release()                  # a new burst: what was held was typing
            self.held.append((obj, QKeyEvent(event.type(), event.key(), event.modifiers(), text,
                                             event.isAutoRepeat(), event.count())))
            self.release_timer.start()
            return True
        return False

    def release(self) -> None:
        """Deliver held keys: no scan followed them, so a person typed them."""
        from shiboken6 import isValid
        held, self.held = self.held, []
        self.replaying = True
        try:
            for obj, event in held:
                if isValid(obj):
                    QApplication.sendEvent(obj, event)
        finally:
            self.replaying = False

    @staticmethod
    def _unwrite(obj, code: str) -> None:
        """The scan's keys also reached the focused text field: take them back out."""
        from PySide6.QtWidgets import QLineEdit
        if isinstance(obj, QLineEdit) and obj.text().endswith(code):
            obj.setText(obj.text()[: -len(code)])
