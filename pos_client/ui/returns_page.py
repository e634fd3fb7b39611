"""Returns at the till: look a receipt up by number, choose lines, reverse them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from ..domain.money import format_amount
from .widgets import touch_button


class ReturnsPage(QWidget):
    """``terminal`` is the facade (``returnable``, ``return_items``); its calls run on ``jobs``."""

    returned = Signal(str)           # what to tell the cashier: the refund and the return receipt
    back = Signal()

    def __init__(self, terminal, jobs) -> None:
        super().__init__()
        self.terminal, self.jobs = terminal, jobs
        self.receipt: dict | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.receipt_field = QLineEdit()
        self.receipt_field.setPlaceholderText(self.tr("Receipt number, e.g. K1-000123"))
        self.receipt_field.returnPressed.connect(self.find)
        row.addWidget(self.receipt_field, 1)
        row.addWidget(touch_button(self.tr("Find receipt"), self.find))
        layout.addLayout(row)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Paid"), self.tr("Return")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Fixed)
        self.table.setColumnWidth(2, 140)
        self.table.verticalHeader().setDefaultSectionSize(52)   # finger-size rows
        layout.addWidget(self.table, 1)
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        row = QHBoxLayout()
        self.return_button = touch_button(self.tr("Return chosen items"), self.do_return)
        self.return_button.setEnabled(False)
        row.addWidget(self.return_button)
        back = touch_button(self.tr("Back"), self.back.emit)
        back.setObjectName("returnsBack")
        row.addWidget(back)
        layout.addLayout(row)

    def start(self) -> None:
        self.receipt = None
        self.receipt_field.clear()
        self.table.setRowCount(0)
        self.result.clear()
        self.return_button.setEnabled(False)
        self.receipt_field.setFocus()

    def find(self) -> None:
        number = self.receipt_field.text().strip()
        if number:
            self.jobs.run(lambda: self.terminal.returnable(number), self._show,
                                 self._show_error)

    def _show(self, receipt: dict) -> None:
        self.receipt = receipt
        money = lambda ore: format_amount(ore, self.terminal.currency)
        self.table.setRowCount(len(receipt["lines"]))
        for row, line in enumerate(receipt["lines"]):
            name = QTableWidgetItem(f"{line['name']} × {line['qty']}")
            name.setData(Qt.UserRole, line["sku"])
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(money(line["net"])))
            qty = QSpinBox()
            qty.setObjectName(f"returnQty{row}")
            qty.setRange(0, line["left"])
            qty.setEnabled(line["left"] > 0)
            qty.setMinimumHeight(44)
            self.table.setCellWidget(row, 2, qty)
        self.return_button.setEnabled(any(line["left"] for line in receipt["lines"]))
        self.result.setText(self.tr("Receipt %1: choose how many of each item come back").replace(
            "%1", receipt["receipt_no"]))

    def chosen(self) -> list[tuple[str, int]]:
        out = []
        for row in range(self.table.rowCount()):
            qty = self.table.cellWidget(row, 2).value()
            if qty:
                out.append((self.table.item(row, 0).data(Qt.UserRole), qty))
        return out

    def do_return(self) -> None:
        items = self.chosen()
        if not items or self.receipt is None:
            self.result.setText(self.tr("Choose at least one item to return"))
            return
        number = self.receipt["receipt_no"]
        self.return_button.setEnabled(False)
        self.jobs.run(lambda: self.terminal.return_items(number, items), self._returned,
                             self._show_error)

    def _returned(self, result) -> None:
        refund = format_amount(result.settlement.refund, self.terminal.currency)
        self.returned.emit(self.tr("Returned – refund %1, return receipt %2").replace(
            "%1", refund).replace("%2", result.receipt_no))

    def _show_error(self, exc) -> None:
        from .error_text import translated
        self.result.setText(translated(exc))
        self.return_button.setEnabled(self.receipt is not None)
