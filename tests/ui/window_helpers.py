"""Shared by the window tests: a fake typing clock, waiting for the jobs thread, a language switch."""

from contextlib import contextmanager


class TypingClock:
    """The wedge filter's clock, moved by the test: any typing speed, no sleeping."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def window_key(widget, key) -> None:
    """A key press as the window system makes it: to the widget's window, which hands it
    to its focus widget (and the wedge filter sees it on every step, as in a real window)."""
    from PySide6.QtTest import QTest
    handle = widget.window().windowHandle()
    assert handle is not None, "show the window first: keys reach a widget through its window"
    QTest.keyClick(handle, key)


def scan_keys(widget, clock, text, gap_s, suffix="\r") -> None:
    """Type ``text`` + ``suffix`` at ``gap_s`` a key into the focused widget of ``widget``'s window."""
    from PySide6.QtCore import Qt
    keys = {"\r": Qt.Key_Return, "\n": Qt.Key_Return, "\t": Qt.Key_Tab}
    for ch in text + suffix:
        clock.now += gap_s
        window_key(widget, keys.get(ch, ch))


def done(qtbot, window):
    """Facade calls run on the jobs thread: wait until every answer is on screen."""
    qtbot.waitUntil(window.jobs.idle, timeout=10000)


@contextmanager
def language(code: str):
    from pos_client.ui import i18n
    i18n.install(code)
    try:
        yield
    finally:
        i18n.install("en")


@contextmanager
def till_window(qtbot, tmp_path, lang: str, **printer):
    """A window on a fresh demo till, in ``lang``."""
    from pos_client.app import build_window
    from tests.helpers import demo_terminal
    with language(lang):
        t = demo_terminal(tmp_path / "till", printer=printer or None)
        w = build_window(t)
        qtbot.addWidget(w)
        try:
            yield w
        finally:
            w.shutdown()
            t.close()
