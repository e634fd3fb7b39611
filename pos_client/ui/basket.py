"""The basket: the sale's lines with their benefits, and − / + / Remove line for
the line tapped last."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from .widgets import touch_button
from .wrapping_rows import WrappingRows


class BasketPanel(QWidget):
    """``notes`` adds the reward mechanics' "why not applied" rows (rewards_panel.RewardsHooks)."""

    qty_step = Signal(str, object)   # sku, +1 / -1, or None to remove the line
    no_line = Signal()               # a ± key with no line tapped

    def __init__(self, notes) -> None:
        super().__init__()
        self.notes = notes
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Qty"), self.tr("Amount")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        WrappingRows(self.tree)            # names, benefits and "why not" lines wrap, never "…"
        layout.addWidget(self.tree)
        line_keys = QHBoxLayout()
        self.minus_button = touch_button("−", lambda: self.step(-1))
        self.plus_button = touch_button("+", lambda: self.step(+1))
        self.remove_button = touch_button(self.tr("Remove line"), lambda: self.step(None))
        for b in (self.minus_button, self.plus_button, self.remove_button):
            b.setToolTip(self.tr("Tap a line in the basket first"))
            line_keys.addWidget(b)
        layout.addLayout(line_keys)

    def selected_sku(self) -> str | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:   # a benefit row: its line
            item = item.parent()
        return item.data(0, Qt.UserRole) if item is not None else None

    def step(self, step: int | None) -> None:
        """±1 on the tapped basket line, or remove it (step None)."""
        sku = self.selected_sku()
        if sku is None:
            self.no_line.emit()
        else:
            self.qty_step.emit(sku, step)

    def show_settlement(self, settlement, money) -> None:
        """Redraw the lines; the line tapped before stays tapped (± again without a new tap)."""
        selected = self.selected_sku()
        self.tree.clear()
        if settlement is None:
            return
        for line in settlement.lines:
            item = QTreeWidgetItem([line.name, str(line.qty), money(line.amount)])
            item.setData(0, Qt.UserRole, line.sku)
            for b in line.benefits:
                item.addChild(QTreeWidgetItem([f"  {b.name}", "", money(-b.amount)]))
            self.notes.line_notes(item, line)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            if line.sku == selected:
                self.tree.setCurrentItem(item)
        self.notes.sale_notes(self.tree, settlement)
