"""Keyboard-wedge scanners: tell a scan from typing by the time between keys.

A scanner types a whole code in a few milliseconds per character and ends it
with Enter (or Tab, CR LF, a configured suffix); a person needs 60 ms or more
per key.  The filter collects bursts of keys wherever the focus is: keys less
than ``KEY_GAP_S`` apart belong to one burst, and a burst of ``MIN_LENGTH``
keys or more that ends with the suffix and came at ``MAX_GAP_S`` a key or
faster on average is a scan, handed to ``on_scan``.  On average: a wireless
scanner (or a busy USB hub) now and then holds a key back for a few tens of
milliseconds, and one late key must not split a code in two.  Everything
else passes through to the focused widget.

One key, one character: Qt hands a key from the window system to the window
first, then to the focused widget, then to its parents while they ignore it,
and an application-wide filter sees every one of those deliveries.  Only the
first one counts: the key arriving at a ``QWindow`` (a real key always comes
from the window system through a window, a modal dialog's or the till's).
Keys sent straight to a widget (our own replays) are not keys from a scanner.

Time is the key's own timestamp (when it was pressed, from the window
system), not when the GUI thread got round to it: a busy moment never makes
a person's typing look like a scan.  Tests may inject a clock instead.

A scan's characters also reach the focused text field on their way: when
the burst turns out to be a scan the field gets back the text it had before
the burst (a half-typed phone number stays, the scanned code goes).  While a
modal dialog is open a key cannot be let through on trust: a message box
presses its Yes button for a plain "y", so the first letters of a scanned
code would answer the dialog.  There, keys are held for one gap and replayed
only when no scan follows.
"""

from __future__ import annotations

import re
import time
from collections import deque
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QLineEdit

MAX_GAP_S = 0.030          # a scan's mean time between keys, at most
KEY_GAP_S = 0.060          # a longer pause ends a burst (a person's keys come slower still)
# A widget with this property set receives a scanner's keys as typed text
# (the scanner tests in settings and setup show what the scanner really types).
RAW_INPUT = "rawScannerInput"
MIN_LENGTH = 6
TERMINATORS = ("\r", "\n", "\t")
# An AIM symbology identifier a scanner may send first: ]E0 EAN-13/UPC-A, ]E4 EAN-8, ]Q1 QR, ]C0 …
AIM_ID = re.compile(r"\][A-Za-z][0-9A-Za-z]")


def clean_scan(code: str, prefix: str = "") -> str:
    """The code without the scanner's configured prefix and AIM identifier (either order)."""
    while True:
        if prefix and code.upper().startswith(prefix.upper()):
            code = code[len(prefix):]
        elif AIM_ID.match(code):
            code = code[3:]
        else:
            return code


class WedgeFilter(QObject):
    def __init__(self, on_scan: Callable[[str], None], *, prefix: str = "", suffix: str = "\r",
                 clock: Callable[[], float] | None = None, max_gap_s: float = MAX_GAP_S,
                 key_gap_s: float = KEY_GAP_S) -> None:
        super().__init__()
        self.on_scan, self.prefix, self.suffix = on_scan, prefix, suffix or "\r"
        self.clock, self.max_gap_s, self.key_gap_s = clock, max_gap_s, key_gap_s
        self.buffer = ""
        self.started = 0.0               # when the burst's first key came
        self.fast_keys = 0               # keys in the burst that came at scanner speed
        self.last: float | None = None
        self.scan_ended = False          # the last key ended a scan: a second Enter (CR LF) is its
        self.before: tuple[QLineEdit, str, int] | None = None   # the field as the burst found it
        self.held: list[tuple[QWindow, QKeyEvent]] = []
        self.replaying = False
        self.release_timer = QTimer(self)
        self.release_timer.setSingleShot(True)
        self.release_timer.setInterval(int(key_gap_s * 1000) + 5)
        self.release_timer.timeout.connect(self._release_when_quiet)
        self.seen_at = 0.0               # time.monotonic() of the last key
        # The last keys as the filter judged them (key, its time, when it came, the call): the
        # test probe shows them when a scan did not land as expected.
        self.trace: deque[tuple[str, float, float, str]] = deque(maxlen=80)

    # -- Qt ----------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind not in (QEvent.KeyPress, QEvent.ShortcutOverride) or self.replaying:
            return False
        if not isinstance(obj, QWindow):        # the same key on its way to a widget: seen already
            return False
        text = event.text()
        if not text or _raw_input(_focus_of(obj)):
            return False
        if kind == QEvent.ShortcutOverride:
            # Enter ending a scan is the scan's, not a shortcut's (the enrolment form's Enter).
            gap = self._gap(event)
            if self._terminator(text) and (self._is_scan(self._now(event), gap) or (
                    self.scan_ended and gap <= self.key_gap_s)):
                event.accept()
                return True
            return False
        return self.key(obj, event)

    # -- the decision ------------------------------------------------------------
    def key(self, window: QWindow, event: QKeyEvent) -> bool:
        """One key press; True when it is the scanner's (kept from the widgets)."""
        now, gap, had = self._now(event), self._gap(event), len(self.buffer)
        kept = self._key(window, event)
        verdict = ("scan" if self.scan_ended else "kept") if kept else "passed"
        self.trace.append((event.text(), round(now * 1000, 1), round(time.monotonic() * 1000, 1),
                           f"gap {gap * 1000:.1f} ms, {had} before: {verdict}"))
        return kept

    def _key(self, window: QWindow, event: QKeyEvent) -> bool:
        text, now, gap = event.text(), self._now(event), self._gap(event)
        self.last, self.seen_at = now, time.monotonic()
        if self._terminator(text):
            scan = self._is_scan(now, gap)
            code, self.buffer = self.buffer, ""
            if self.scan_ended and gap <= self.key_gap_s:   # CR LF, or a scanner that sends Enter twice
                return True
            if scan:
                self.held.clear()               # a scan: the held keys were never meant for a dialog
                self._restore_field(window)
                self.scan_ended = True
                self.on_scan(clean_scan(code, self.prefix))
                return True
            self.scan_ended = False
            self.release()
            return False
        self.scan_ended = False
        if not text.isprintable():              # Backspace, Esc, ctrl+…: a person at the keys
            self.buffer = ""
            self.release()
            return False
        modal = QApplication.activeModalWidget() is not None
        # A new burst after a pause, after a suffix, or after keys that all came at a
        # person's speed (a cashier's last digit just before the scanner's first key).
        if not self.buffer or gap > self.key_gap_s or (gap > self.max_gap_s and not self.fast_keys):
            self.buffer, self.started, self.fast_keys = text, now, 0
            if modal:
                self.release()                  # what was held was typing
            self._remember_field(window)
        else:
            self.buffer += text
            self.fast_keys += gap <= self.max_gap_s
        if modal:
            self.held.append((window, QKeyEvent(event.type(), event.key(), event.modifiers(), text,
                                                event.isAutoRepeat(), event.count())))
            self.release_timer.start()
            return True
        return False

    def _release_when_quiet(self) -> None:
        """The hold timer: keys are released once no key has come for a burst's gap, by
        the keys' own clock (a test's clock, or this process's since the last key)."""
        quiet = (self.clock() - self.last if self.clock is not None
                 else time.monotonic() - self.seen_at) > self.key_gap_s
        if quiet:
            self.release()
        else:
            self.release_timer.start()

    def release(self) -> None:
        """Deliver held keys: no scan followed them, so a person typed them."""
        from shiboken6 import isValid
        held, self.held = self.held, []
        if held:
            self.trace.append(("".join(event.text() for _, event in held), None,
                               round(time.monotonic() * 1000, 1), "released to the dialog"))
        self.replaying = True
        try:
            for window, event in held:
                if isValid(window):
                    QApplication.sendEvent(window, event)
        finally:
            self.replaying = False

    # -- helpers -----------------------------------------------------------------
    def _terminator(self, text: str) -> bool:
        return text in TERMINATORS or text == self.suffix

    def _is_scan(self, now: float, gap: float) -> bool:
        """The burst so far, ended by a suffix ``gap`` after its last key: long enough, and at
        scanner speed on average."""
        n = len(self.buffer)
        return n >= MIN_LENGTH and gap <= self.key_gap_s and (now - self.started) / n <= self.max_gap_s

    def _now(self, event: QKeyEvent) -> float:
        return self.clock() if self.clock is not None else event.timestamp() / 1000

    def _gap(self, event: QKeyEvent) -> float:
        """Seconds since the previous key (infinite for the first; a clock that wrapped is a pause)."""
        if self.last is None:
            return float("inf")
        gap = self._now(event) - self.last
        return gap if gap >= 0 else float("inf")

    def _remember_field(self, window: QWindow) -> None:
        field = _text_field(_focus_of(window))
        self.before = (field, field.text(), field.cursorPosition()) if field is not None else None

    def _restore_field(self, window: QWindow) -> None:
        """The scan's keys also reached the focused text field: give it back its text."""
        from shiboken6 import isValid
        if self.before is None:
            return
        field, text, cursor = self.before
        self.before = None
        if isValid(field) and field is _text_field(_focus_of(window)) and field.text() != text:
            field.setText(text)
            field.setCursorPosition(cursor)


def _text_field(widget) -> QLineEdit | None:
    """The line edit keys type into: the widget itself, or a spin box's or combo box's own."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, (QAbstractSpinBox, QComboBox)):
        return widget.findChild(QLineEdit)
    return None


def _focus_of(window: QWindow):
    """The widget a key to ``window`` goes to: its focus widget (the application's focus
    widget is that of the active window only)."""
    for top in QApplication.topLevelWidgets():
        if top.windowHandle() is window:
            return top.focusWidget()
    return QApplication.focusWidget()


def _raw_input(widget) -> bool:
    return widget is not None and bool(widget.property(RAW_INPUT))
