"""One worker thread for everything the window asks of SQLite or the printer.

The GUI thread never waits on I/O: it hands a job to ``Jobs.run`` and gets the
result back through a queued signal.  Jobs run one at a time in the order
they were asked for, so a scan queued behind a payment acts on the next sale
and the sale object is only ever touched from this one thread.  When a job
takes longer than ``progress_after_ms`` the ``busy`` signal tells the window
to show progress (an import, a database on a slow disk, a printer that hangs).
"""

from __future__ import annotations

import logging
import queue
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from hardware.errors import HardwareError

from ..domain.errors import UserError

# What a job may fail with for the cashier to read (the till's refusals and the drivers').
EXPECTED = (UserError, HardwareError)

log = logging.getLogger(__name__)

PROGRESS_AFTER_MS = 200


class Jobs(QObject):
    busy = Signal(bool)
    drained = Signal()               # the last queued job has been delivered
    failed = Signal(object)          # a UserError for the cashier, or None after a logged bug
    _finished = Signal(object)

    def __init__(self, progress_after_ms: int = PROGRESS_AFTER_MS) -> None:
        super().__init__()
        self._queue: queue.Queue = queue.Queue()
        self._pending = 0
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(progress_after_ms)
        self._timer.timeout.connect(self._show_busy)
        self._finished.connect(self._deliver)
        self._wait_loop = None
        self.drained.connect(self._end_wait)
        self._thread = threading.Thread(target=self._work, name="till-jobs", daemon=True)
        self._thread.start()

    def run(self, job: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[UserError], None] | None = None) -> None:
        """Queue ``job``; ``on_done(result)`` or ``on_error(exc)`` runs later on the GUI thread."""
        self._pending += 1
        if not self._timer.isActive() and not self._busy:
            self._timer.start()
        self._queue.put((job, on_done, on_error))

    def idle(self) -> bool:
        """Nothing queued, running or waiting to be delivered."""
        return self._pending == 0

    def wait(self, timeout_s: float = 30) -> bool:
        """Run an event loop until every job is delivered (selftest and benchmarks).

        A real loop, not a processEvents() spin: it sleeps with the GIL released,
        so the jobs thread runs at once instead of after Python's switch interval."""
        from PySide6.QtCore import QEventLoop
        if self.idle():
            return True
        loop = QEventLoop()
        deadline = QTimer(loop)                  # owned by the loop: nothing fires after it is gone
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        self._wait_loop = loop                   # drained -> _end_wait quits it (one connection for all waits)
        deadline.start(int(timeout_s * 1000))
        loop.exec()
        deadline.stop()
        self._wait_loop = None
        return self.idle()

    def _end_wait(self) -> None:
        if self._wait_loop is not None:
            self._wait_loop.quit()

    def stop(self, timeout_s: float = 10) -> None:
        self._queue.put(None)
        self._thread.join(timeout_s)

    def _work(self) -> None:
        while (item := self._queue.get()) is not None:
            job, on_done, on_error = item
            try:
                outcome = (True, job())
            except EXPECTED as exc:
                outcome = (False, exc)
            except Exception as exc:     # a bug: log it with its context, keep the till running
                log.exception("job %s failed", getattr(job, "__qualname__", job))
                outcome = (False, exc)
            self._finished.emit((outcome, on_done, on_error))

    def _deliver(self, message) -> None:
        (ok, value), on_done, on_error = message
        self._pending -= 1
        try:
            if ok:
                if on_done is not None:
                    on_done(value)
            elif isinstance(value, EXPECTED) and on_error is not None:
                on_error(value)
            else:
                self.failed.emit(value if isinstance(value, EXPECTED) else None)
        finally:
            if self._pending == 0:
                self.drained.emit()
                self._timer.stop()
                if self._busy:
                    self._busy = False
                    self.busy.emit(False)

    def _show_busy(self) -> None:
        if self._pending and not self._busy:
            self._busy = True
            self.busy.emit(True)
