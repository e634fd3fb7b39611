"""The status bar: HQ sync, events waiting, refused events, a job running, the
member snapshot loading, the printer."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar


class TillStatus(QObject):
    refused_clicked = Signal()       # "N refused by HQ – tap for detail"

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.sync = QLabel()
        self.refused = QPushButton()
        self.refused.setObjectName("refused")
        self.refused.setFlat(True)
        self.refused.clicked.connect(self.refused_clicked.emit)
        self.refused.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)          # "working", no percentage to promise
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.snapshot = QProgressBar()
        self.snapshot.setMaximumWidth(240)
        self.snapshot.setTextVisible(True)
        self.snapshot.hide()
        self.printer = QLabel()
        bar.addWidget(self.sync)
        bar.addWidget(self.snapshot)
        bar.addWidget(self.refused)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.printer)

    def show_sync(self, state: str, pending: int | None) -> None:
        """``pending`` None: standalone, nothing is waiting for anyone."""
        if pending is None:
            self.sync.setText(self.tr("HQ: %1").replace("%1", state))
            return
        self.sync.setText(self.tr("HQ: %1 – %2 events waiting to sync").replace(
            "%1", state).replace("%2", str(pending)))

    def sync_state(self, result, now) -> str:
        """A sync round's result in words; ``now`` is the till's clock (aware)."""
        if result.needs_repair:
            return self.tr("re-pair this terminal")
        if result.ok:
            return self.tr("online, last sync %1").replace("%1", now.astimezone().strftime("%H:%M"))
        return self.tr("offline – sales are kept and sent later")

    def show_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def show_snapshot_progress(self, done: int, total: int) -> None:
        """A new terminal loading HQ's members: a real percentage, the till sells meanwhile."""
        bar = self.snapshot
        if total and done < total:
            bar.setRange(0, total)
            bar.setValue(done)
            bar.setFormat(self.tr("Loading from HQ: %p %"))
            bar.show()
        else:
            bar.hide()

    def show_refused_count(self, dead: int) -> None:
        self.refused.setVisible(bool(dead))
        self.refused.setText(self.tr("%1 refused by HQ – tap for detail").replace("%1", str(dead)))

    def show_printer_state(self, state: tuple[int, str | None]) -> None:
        from hardware.printer import COVER_OPEN, OFFLINE, PAPER_OUT, TIMEOUT, UNPLUGGED
        waiting, reason = state
        if not waiting:
            text = self.tr("ready")
        else:
            text = self.tr("%1 receipt(s) waiting").replace("%1", str(waiting))
            reasons = {OFFLINE: self.tr("not responding"), PAPER_OUT: self.tr("out of paper"),
                       COVER_OPEN: self.tr("cover open"), TIMEOUT: self.tr("timed out"),
                       UNPLUGGED: self.tr("unplugged")}
            if reason:
                text += " – " + reasons.get(reason, reason)
        self.printer.setText(self.tr("Printer: %1").replace("%1", text))
