"""Quick keys: the first sixteen products as buttons, two columns.

Each key shows the whole name (wrapped; a long word in a smaller font) and the price.
The keys keep their size with a short catalogue, packed from the top; a catalogue
whose keys are taller than the column scrolls down in it (never sideways)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QScrollArea, QWidget

from ..domain.money import format_amount
from .widgets import QuickKey, vertical_scroll

SHOWN = 16


class QuickKeys(QScrollArea):
    chosen = Signal(str)             # a product's sku

    def __init__(self) -> None:
        super().__init__()
        keys = QWidget()
        self.grid = QGridLayout(keys)
        self.grid.setContentsMargins(0, 0, 0, 0)
        vertical_scroll(keys, self)

    def fill(self, products: list, currency: str) -> None:
        grid = self.grid
        while grid.count():
            grid.takeAt(0).widget().deleteLater()
        for i, product in enumerate(products[:SHOWN]):
            b = QuickKey(product.name, format_amount(product.price, currency),
                         lambda _=False, sku=product.sku: self.chosen.emit(sku))
            grid.addWidget(b, i // 2, i % 2)
        # A short catalogue: the keys keep their size and pack from the top left; the
        # room below the last row stays empty.
        rows = (min(len(products), SHOWN) + 1) // 2
        for row in range(max(grid.rowCount(), rows + 1)):
            grid.setRowStretch(row, 1 if row == rows else 0)
