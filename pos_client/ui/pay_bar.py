"""The bottom bar: the sale's totals, Reprint last, Clear, Cash and Card."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from .widgets import touch_button


class PayBar(QWidget):
    reprint = Signal()
    clear = Signal()
    pay = Signal(str)                # "cash" or "card"

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.totals = QLabel("")
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        row.addWidget(self.totals, 3)
        self.reprint_button = touch_button(self.tr("Reprint last"), self.reprint.emit)
        row.addWidget(self.reprint_button)
        self.clear_button = touch_button(self.tr("Clear (Esc)"), self.clear.emit)
        self.cash_button = touch_button(self.tr("Cash (F9)"), lambda: self.pay.emit("cash"))
        self.cash_button.setToolTip(self.tr("Type the cash given on the keypad first to see the change"))
        self.card_button = touch_button(self.tr("Card (F12)"), lambda: self.pay.emit("card"))
        for b in (self.clear_button, self.cash_button, self.card_button):
            b.setMinimumHeight(64)
            row.addWidget(b)

    def show_totals(self, settlement, money) -> None:
        if settlement is None:
            return
        # Two lines, always (a discount never wraps "Å betale" onto a third one and pushes the
        # status bar off the screen): the sums small above, what to pay big under them.
        subtotal, discounts, to_pay = (text.replace(" ", "\u00a0") for text in (
            self.tr("Subtotal"), self.tr("Discounts"), self.tr("To pay")))
        parts = [f"{subtotal} {money(settlement.subtotal)}"]
        if settlement.discount_total:
            parts.append(f"{discounts} {money(-settlement.discount_total)}")
        self.totals.setText("<small>" + " · ".join(parts) + f"</small><br><b>{to_pay} {money(settlement.due)}</b>")

    def set_busy(self, busy: bool) -> None:
        """A job is running: no second payment meanwhile."""
        for b in (self.cash_button, self.card_button):
            b.setEnabled(not busy)
