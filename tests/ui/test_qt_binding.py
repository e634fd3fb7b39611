"""The Qt binding itself, where a bug of it would take the till down mid-day."""

import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal


class _Emitter(QObject):
    news = Signal(object)


def test_emitting_signals_does_not_leak_references_to_true(qtbot):
    # PySide6 6.12.0 dropped a reference to True on every emit(): after a few
    # thousand scans the interpreter aborted ("deallocating True or False").
    emitter, got = _Emitter(), []
    emitter.news.connect(got.append)
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.news.emit(("ok", 1))                       # direct
    worker = threading.Thread(target=lambda: [emitter.news.emit(("ok", 2)) for _ in range(500)])
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(got) == 1000)               # queued from the thread
    QCoreApplication.processEvents()
    got.clear()
    assert sys.getrefcount(True) >= before - 50             # unrelated code may drop a few
