"""Quick keys: the first sixteen products as buttons, two columns."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from ..domain.money import format_amount
from .widgets import touch_button

SHOWN = 16


class QuickKeys(QWidget):
    chosen = Signal(str)             # a product's sku

    def __init__(self) -> None:
        super().__init__()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)

    def fill(self, products: list, currency: str) -> None:
        grid = self.grid
        while grid.count():
            grid.takeAt(0).widget().deleteLater()
        for i, product in enumerate(products[:SHOWN]):
            label = product.name if len(product.name) <= 20 else product.name[:19] + "…"
            b = touch_button(f"{label}\n{format_amount(product.price, currency)}",
                             lambda _=False, sku=product.sku: self.chosen.emit(sku))
            b.setObjectName("quickKey")
            grid.addWidget(b, i // 2, i % 2)
        # A short catalogue: the keys keep their size and pack from the top left; the
        # room below the last row stays empty.
        rows = (min(len(products), SHOWN) + 1) // 2
        for row in range(max(grid.rowCount(), rows + 1)):
            grid.setRowStretch(row, 1 if row == rows else 0)
