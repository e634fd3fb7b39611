"""The top bar: the member lookup field and the keys that open the other pages."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from .widgets import touch_button


class LookupBar(QWidget):
    """Lookup field, Find, New member, Return.  ``settings_button`` is placed by the window
    in the row under it (with the cashier's keys, register_page.py): at 1024x768 one row
    with all of them left the lookup field too narrow for its own hint."""

    lookup = Signal()            # Enter in the field, or Find
    enrol = Signal()
    returns = Signal()
    settings = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit()
        self.field.setObjectName("lookupField")
        self.field.setPlaceholderText(self.tr("Phone, name or scan a member card"))
        self.field.setToolTip(self.tr("Member lookup (F2); Enter searches"))
        self.field.returnPressed.connect(self.lookup.emit)
        self.row.addWidget(self.field, 3)
        self.row.addWidget(touch_button(self.tr("Find"), self.lookup.emit))
        self.enrol_button = touch_button(self.tr("New member (F4)"), self.enrol.emit)
        self.row.addWidget(self.enrol_button)
        returns = touch_button(self.tr("Return"), self.returns.emit)
        returns.setObjectName("returnsButton")
        self.row.addWidget(returns)
        self.settings_button = touch_button(self.tr("Settings"), self.settings.emit)
        self.settings_button.setObjectName("settingsButton")
