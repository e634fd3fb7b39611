"""Manager settings behind a PIN: language, printer test, scanner test, terminal info."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QStackedWidget, QVBoxLayout,
    QWidget,
)

from .. import __version__
from . import i18n
from .widgets import ScannerTestField, breakable, touch_button, vertical_scroll, wrapping_label

LANGUAGE_NAMES = {"nb": "Norsk bokmål", "sv": "Svenska", "en": "English"}


class SettingsPage(QWidget):
    """``terminal`` is the facade (config, ``manager_pin_ok``, ``status``); its calls run on ``jobs``."""

    language_chosen = Signal(str)
    setup_requested = Signal()
    said = Signal(str)               # for the window's message line ("Wrong PIN")
    back = Signal()

    def __init__(self, terminal, jobs) -> None:
        super().__init__()
        self.terminal, self.jobs = terminal, jobs
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)

        gate = QWidget()
        form = QFormLayout(gate)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.returnPressed.connect(self.unlock)
        form.addRow(self.tr("Manager PIN"), self.pin)
        row = QHBoxLayout()
        row.addWidget(touch_button(self.tr("Open"), self.unlock))
        row.addWidget(touch_button(self.tr("Back"), self.close_page))
        form.addRow(row)
        self.stack.addWidget(gate)

        page = QWidget()
        form = QFormLayout(page)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        form.addRow(self.tr("Language"), self.language)
        self.language.activated.connect(lambda _: self.language_chosen.emit(self.language.currentData()))
        printer = terminal.config.printer
        form.addRow(self.tr("Printer"), wrapping_label(f"{printer.uri} ({printer.profile}, {printer.width_mm} mm)"))
        form.addRow("", touch_button(self.tr("Test print"), self.test_print))
        scanner = terminal.config.scanner
        form.addRow(self.tr("Scanner"), wrapping_label(self.tr("keyboard wedge") if scanner.mode == "keyboard"
                                                       else scanner.mode))
        self.scan_result = wrapping_label()
        self.scan_test = ScannerTestField(self.scan_result)
        self.check_scan = self.scan_test.check   # tell the manager what the scanner typed
        form.addRow(self.tr("Scanner test"), self.scan_test)
        form.addRow("", self.scan_result)
        self.terminal_info = wrapping_label(terminal.config.terminal.name)
        form.addRow(self.tr("Terminal"), self.terminal_info)
        self.data_dir = wrapping_label()
        form.addRow(self.tr("Data folder"), self.data_dir)
        form.addRow(self.tr("Version"), QLabel(__version__))
        form.addRow("", touch_button(self.tr("Run setup again"), self.setup_requested.emit))
        form.addRow("", touch_button(self.tr("Support bundle for a technician"), self.support_bundle))
        self.result = wrapping_label()
        form.addRow(self.result)
        # Taller than a 1024x768 till has room for: it scrolls down, never sideways; Back stays
        # in view under it.
        unlocked = QWidget()
        column = QVBoxLayout(unlocked)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(vertical_scroll(page), 1)
        back = touch_button(self.tr("Back"), self.close_page)
        back.setObjectName("settingsBack")
        column.addWidget(back)
        self.stack.addWidget(unlocked)

    def lock(self) -> None:
        self.pin.clear()
        self.stack.setCurrentIndex(0)
        self.pin.setFocus()

    def unlock(self) -> None:
        entered, terminal = self.pin.text(), self.terminal

        def check():
            return terminal.status() if terminal.manager_pin_ok(entered) else None
        self.jobs.run(check, self._unlocked)

    def _unlocked(self, status: dict | None) -> None:
        if status is None:
            self.said.emit(self.tr("Wrong PIN"))
            self.pin.clear()
            return
        current = i18n.current() or "en"
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        self.terminal_info.setText(f"{self.terminal.config.terminal.name}\n{status['terminal_id']}")
        self.data_dir.setText(breakable(status["data_dir"]))
        self.stack.setCurrentIndex(1)

    def close_page(self) -> None:
        self.back.emit()

    def test_print(self) -> None:
        from ..printing import print_test_receipt
        from .error_text import translated
        self.result.setText(self.tr("Printing…"))
        self.jobs.run(lambda: print_test_receipt(self.terminal),
                             lambda _: self.result.setText(self.tr("Test receipt printed")),
                             lambda exc: self.result.setText(translated(exc)))

    def support_bundle(self) -> None:
        from ..support import write_bundle
        self.jobs.run(lambda: write_bundle(self.terminal),
                      lambda path: self.result.setText(
                          self.tr("Support bundle saved: %1").replace("%1", breakable(str(path)))))
