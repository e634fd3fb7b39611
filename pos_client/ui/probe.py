"""Test hook: the real window's state as JSON, on request (``TILL_UI_PROBE=FILE``).

The tests that drive the real X11 window with ``xdotool`` end what they type
with the XF86Launch9 key (in the keymap of every X server, on no till keyboard;
an unmapped key such as F35 would make xdotool remap a keycode, and Qt may read
the key before the new map).  The X server delivers keys in order,
so when it arrives every key before it has arrived too (the probe counts the
request keys as they come from X, ``RequestKeys``); the probe then waits
until the jobs thread and the wedge filter have nothing left to do and writes
what the window shows to FILE (atomically), with the number of requests so
far.  Nothing here changes what the window does; without the variable it is
not installed at all.
"""

from __future__ import annotations

import ctypes
import json
import os
from pathlib import Path

from PySide6.QtCore import QAbstractNativeEventFilter, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

ENV = "TILL_UI_PROBE"
REQUEST_KEY = Qt.Key_Launch9
XCB_KEY_PRESS = 2
XF86_LAUNCH9 = 0x1008FF49             # its X keysym


class Probe(QObject):
    def __init__(self, window, path: Path) -> None:
        super().__init__()
        self.window, self.path = window, path
        self.requests = 0
        self.keycode = _request_keycode()    # None: learnt from the first request key that comes
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._write_when_settled)
        self.settled = 0
        self.timer.start()                   # the first dump: the window is up and idle

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if (event.type() == QEvent.KeyPress and event.key() == REQUEST_KEY
                and isinstance(obj, QWindow)):
            if self.keycode is None:          # the first: counted here, the rest as they come from X
                self.keycode = event.nativeScanCode()
                self._request()
            return True
        return False

    def _request(self) -> None:
        self.requests += 1
        self.settled = 0
        self.timer.start()
        # At once, before the answer (a look at the layout can take seconds): the key came, so
        # the test waits for the answer instead of pressing the key again.
        seen = self.path.with_suffix(".seen")
        tmp = seen.with_suffix(".tmp-seen")
        tmp.write_text(str(self.requests), encoding="utf-8")
        os.replace(tmp, seen)

    def _write_when_settled(self) -> None:
        w = self.window
        busy = not w.jobs.idle() or w.wedge.release_timer.isActive() or w.wedge.held
        self.settled = 0 if busy else self.settled + 1
        if self.settled < 3:                 # idle for three ticks: a job's answer may queue another
            return
        self.timer.stop()
        answer = state(w, self.requests)
        answer["wedge"] = [list(entry) for entry in w.wedge.trace]   # the keys since the last answer
        w.wedge.trace.clear()
        try:
            answer.update(extras(w, self.path.with_suffix(".request")))
        except Exception:                     # the test says what broke; the window goes on
            import traceback
            answer["probe_error"] = traceback.format_exc()
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)


def state(w, requests: int) -> dict:
    screen = w.screen
    settlement = screen.settlement
    modal = QApplication.activeModalWidget()
    focus = QApplication.focusWidget()
    return {
        "requests": requests,
        "title": w.windowTitle(),
        "member": screen.member.member_id if screen.member else None,
        "lines": [[line.sku, line.qty] for line in settlement.lines] if settlement else [],
        "due": settlement.due if settlement else None,
        "applied": sorted(screen.applied),
        "coupon_rows": [w.coupons.item(i).text() for i in range(w.coupons.count())],
        "member_panel": w.member_label.text(),
        "message": w.message.text(),
        "message_kind": w.message.kind(),
        "lookup": w.lookup_field.text(),
        "enrol": [f.text() for f in (w.enrol_phone, w.enrol_name, w.enrol_birthday, w.enrol_email)],
        "page": w.pages.currentIndex(),
        "letters": w.keyboard.isVisible(),
        "dialog": modal.windowTitle() if modal is not None else None,
        "wizard": modal.probe_state() if hasattr(modal, "probe_state") else None,
        "focus": type(focus).__name__ if focus is not None else None,
        "scan_result": w.settings_page.scan_result.text(),
        "last_receipt": w.last_receipt,
        "targets": targets(modal or w),
    }


def extras(w, request: Path) -> dict:
    """What the test asked for on top of the state (``FILE.request``, JSON): ``layout``, every
    visible widget of the window and of an open dialog that the cashier cannot read whole
    (``layout_check.py``); ``shot``, a PNG of the whole X screen (the real window as the X server
    shows it, dialogs and all) at that path."""
    try:
        asked = json.loads(request.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out: dict = {}
    modal = QApplication.activeModalWidget()
    if asked.get("layout"):
        from .layout_check import problems
        out["layout"] = problems(w) + (problems(modal) if modal is not None else [])
        screen = QWidget.screen(w)               # (the till window's own .screen is its snapshot)
        out["screen"] = [screen.geometry().width(), screen.geometry().height()]
        out["window"] = [w.width(), w.height()]
        out["texts"] = shown_texts(modal or w)
    if asked.get("shot"):
        image = QWidget.screen(w).grabWindow(0).toImage()
        image.save(asked["shot"], "PNG", 80)                   # light compression: fast
        if asked.get("layout"):                                 # text the screen does not show
            from .layout_check import unreadable
            out["layout"] += unreadable(modal or w, image)
    return out


def shown_texts(top) -> list[str]:
    """Every label's and button's text on screen now (what the layout check found whole)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel
    return [widget.text() for widget in top.findChildren(QWidget)
            if widget.isVisible() and isinstance(widget, (QLabel, QAbstractButton)) and widget.text()]


def targets(top) -> dict:
    """Where to click: the centre (screen pixels) of each visible button and spin box, by its text
    and by its object name (the first of several with the same text or name)."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox
    out: dict = {}
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, (QAbstractButton, QAbstractSpinBox, QLineEdit)):
            continue
        centre = widget.mapToGlobal(widget.rect().center())
        for name in (widget.text() if isinstance(widget, QAbstractButton) else "", widget.objectName()):
            if name:
                out.setdefault(name, [centre.x(), centre.y()])
    return out


def _request_keycode() -> int | None:
    """XF86Launch9's keycode in the X server's keymap (None off X11, or without libX11)."""
    import ctypes.util
    try:
        display = QApplication.instance().nativeInterface().display()
        xlib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        xlib.XKeysymToKeycode.restype = ctypes.c_ubyte
        xlib.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        return xlib.XKeysymToKeycode(int(display), XF86_LAUNCH9) or None
    except (AttributeError, OSError, TypeError):
        return None


class RequestKeys(QAbstractNativeEventFilter):
    """Every request key as the X server sends it, counted before Qt sees it: Qt drops a key
    sent to a window that a dialog (still opening) blocks, and the test, when no answer comes,
    presses the key again.  Counted here, the answer says how many keys the window has had, so
    an answer to an earlier key (one pressed before the test's last keys) is never taken for
    the answer to the last one."""

    def __init__(self, probe: Probe) -> None:
        super().__init__()
        self.probe = probe

    def nativeEventFilter(self, kind, message):  # noqa: N802 (Qt API)
        if self.probe.keycode is not None and bytes(kind) == b"xcb_generic_event_t":
            response, keycode = ctypes.string_at(int(message), 2)
            if response & 0x7F == XCB_KEY_PRESS and keycode == self.probe.keycode:
                self.probe._request()
        return False, 0


def install(window) -> Probe | None:
    path = os.environ.get(ENV)
    if not path:
        return None
    probe = Probe(window, Path(path))
    app = QApplication.instance()
    app.installEventFilter(probe)
    probe.native = RequestKeys(probe)        # (kept: Qt does not own the filter)
    app.installNativeEventFilter(probe.native)
    return probe
