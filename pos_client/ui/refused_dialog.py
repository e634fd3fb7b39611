"""The events HQ refused for good, with HQ's reason, for the manager to act on."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QVBoxLayout

from .widgets import wrapping_label
from .wrapping_rows import WrappingRows


class RefusedDialog(QDialog):
    def __init__(self, rows: list[dict], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refused by HQ"))
        self.resize(640, 400)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping_label(self.tr("HQ refused these events. The sales are kept on this till; "
                                                "show this list to your HQ contact.")))
        self.list = QListWidget()
        WrappingRows(self.list)                     # HQ's reason can be long: it wraps
        for row in rows:
            when = (row["occurred_at"] or "")[:16].replace("T", " ")
            self.list.addItem(f"#{row['seq']} {row['kind']} {when} – {row['last_error'] or ''}")
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
