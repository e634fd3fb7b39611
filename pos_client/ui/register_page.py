"""The cash register on screen: who is signed in (quick switch), the training-mode
banner, the cashier sign-in page and the X/Z reports page behind the manager PIN.

The window gets them through ``install(...)`` (one hook line) and passes in what
they need: the facade, the jobs thread, its page stack and bars, the printer.  The
pages are added to the page stack.  Everything that touches the store runs on the
jobs thread; this module only shows the answers, and signals what the window says.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QVBoxLayout, QWidget,
)

from ..domain.errors import TillError
from .widgets import touch_button, wrapping_label


def error_text(exc: TillError) -> str:
    """The register's refusals in the cashier's language (ui.error_text has their keys)."""
    from .error_text import translated
    return translated(exc)


class RegisterUi(QObject):
    """The pieces the main window shows; rebuilt with the window on a language switch.
    ``printer`` is what the drawer hangs on (``PrintQueue.printer``)."""

    said = Signal(str, str)          # (text, kind) for the window's message line
    printed = Signal()               # a report went to the printer queue

    def __init__(self, terminal, jobs, pages, top_bar: QHBoxLayout, outer: QVBoxLayout, printer) -> None:
        super().__init__(pages)
        self.terminal, self.jobs, self.pages, self.printer = terminal, jobs, pages, printer
        reg = terminal.register
        self.cashier_label = QLabel()
        self.cashier_label.setObjectName("cashierLabel")
        top_bar.addWidget(self.cashier_label)
        for name, text, slot in (("switchCashier", QCoreApplication.translate("RegisterPage", "Switch cashier"),
                                  self.show_sign_in),
                                 ("reportsButton", QCoreApplication.translate("RegisterPage", "Reports"),
                                  self.show_reports)):
            button = touch_button(text, slot)
            button.setObjectName(name)
            top_bar.addWidget(button)
        self.training_banner = QLabel(QCoreApplication.translate(
            "RegisterPage", "TRAINING MODE – receipts are not sales receipts"))
        self.training_banner.setObjectName("trainingBanner")
        self.training_banner.setStyleSheet("background:#b00020;color:white;font-weight:bold;padding:6px;")
        self.training_banner.hide()
        outer.insertWidget(1, self.training_banner)
        self.sign_in_page = SignInPage(self)
        self.reports_page = ReportsPage(self)
        self.sign_in_index = pages.addWidget(self.sign_in_page)
        self.reports_index = pages.addWidget(self.reports_page)
        self._reg = reg
        jobs.run(self._state, self._show_state)

    # -- state --------------------------------------------------------------------
    def _state(self) -> dict:
        reg = self._reg
        if reg.cashier is None and self.terminal.config.demo:
            reg.require_cashier()                      # the demo signs its demo cashier in: no friction
        return {"cashier": reg.cashier[1] if reg.cashier else None, "training": reg.training,
                "z_due": reg.z_due()}

    def refresh(self) -> None:
        self.jobs.run(self._state, self._show_state)

    def _show_state(self, state: dict) -> None:
        name = state["cashier"]
        if name:
            self.cashier_label.setText(QCoreApplication.translate("RegisterPage", "Cashier: %1").replace("%1", name))
        else:
            self.cashier_label.setText(QCoreApplication.translate("RegisterPage", "No cashier signed in"))
        self.training_banner.setVisible(state["training"])
        if state["z_due"]:
            self.said.emit(QCoreApplication.translate(
                "RegisterPage", "No Z report for %1 yet – take it under Reports").replace("%1", state["z_due"]), "warning")

    def show_sign_in(self) -> None:
        self.sign_in_page.start()
        self.pages.setCurrentIndex(self.sign_in_index)

    def show_reports(self) -> None:
        self.reports_page.lock()
        self.pages.setCurrentIndex(self.reports_index)

    def back(self) -> None:
        self.pages.setCurrentIndex(0)


class SignInPage(QWidget):
    """Tap your name, type your PIN: the next sale is yours."""

    def __init__(self, ui: RegisterUi) -> None:
        super().__init__()
        self.ui = ui
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping_label(QCoreApplication.translate("RegisterPage", "Who is at the till?")))
        self.names = QListWidget()
        self.names.setObjectName("cashierList")
        layout.addWidget(self.names)
        self.pin = QLineEdit()
        self.pin.setObjectName("cashierPin")
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setPlaceholderText(QCoreApplication.translate("RegisterPage", "PIN"))
        self.pin.returnPressed.connect(self.sign_in)
        layout.addWidget(self.pin)
        self.result = wrapping_label()
        layout.addWidget(self.result)
        row = QHBoxLayout()
        row.addWidget(touch_button(QCoreApplication.translate("RegisterPage", "Sign in"), self.sign_in))
        row.addWidget(touch_button(QCoreApplication.translate("RegisterPage", "Sign out"), self.sign_out))
        back = touch_button(QCoreApplication.translate("RegisterPage", "Back"), ui.back)
        back.setObjectName("signInBack")
        row.addWidget(back)
        layout.addLayout(row)

    def start(self) -> None:
        self.pin.clear()
        self.result.clear()
        self.ui.jobs.run(self.ui._reg.cashiers, self._fill)

    def _fill(self, cashiers: list[dict]) -> None:
        self.names.clear()
        for c in cashiers:
            self.names.addItem(c["name"])
        if cashiers:
            self.names.setCurrentRow(0)
        self.pin.setFocus()

    def sign_in(self) -> None:
        item = self.names.currentItem()
        if item is None:
            self.result.setText(self.tr("Add cashiers with `pos-client cashier add NAME --pin PIN`"))
            return
        name, pin = item.text(), self.pin.text()
        self.pin.clear()
        self.ui.jobs.run(lambda: self.ui._reg.sign_in(name, pin), self._signed_in, self._refused)

    def _signed_in(self, cashier: dict) -> None:
        self.ui.refresh()
        self.ui.said.emit(self.tr("%1 is signed in").replace("%1", cashier["name"]), "success")
        self.ui.back()

    def _refused(self, exc: TillError) -> None:
        self.result.setText(error_text(exc))

    def sign_out(self) -> None:
        self.ui.jobs.run(self.ui._reg.sign_out, lambda _: (self.ui.refresh(), self.start()))


class ReportsPage(QWidget):
    """X and Z reports, training mode and the drawer — behind the manager PIN."""

    def __init__(self, ui: RegisterUi) -> None:
        super().__init__()
        self.ui = ui
        layout = QVBoxLayout(self)
        self.pin = QLineEdit()
        self.pin.setObjectName("reportsPin")
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setPlaceholderText(QCoreApplication.translate("RegisterPage", "Manager PIN"))
        self.pin.returnPressed.connect(self.unlock)
        layout.addWidget(self.pin)
        self.unlock_button = touch_button(QCoreApplication.translate("RegisterPage", "Unlock"), self.unlock)
        layout.addWidget(self.unlock_button)
        self.actions = QWidget()
        grid = QGridLayout(self.actions)             # two by two: fits beside the keypad at 1024x768
        grid.setContentsMargins(0, 0, 0, 0)
        for name, text, slot in (("xReport", self.tr("X report"), lambda: self.report("X")),
                                 ("zReport", self.tr("Z report (closes the day)"), lambda: self.report("Z")),
                                 ("training", self.tr("Training on/off"), self.toggle_training),
                                 ("drawer", self.tr("Open drawer"), self.open_drawer)):
            button = touch_button(text, slot)
            button.setObjectName(name)
            grid.addWidget(button, grid.count() // 2, grid.count() % 2)
        layout.addWidget(self.actions)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reportText")
        self.text.setReadOnly(True)
        layout.addWidget(self.text)
        back = touch_button(QCoreApplication.translate("RegisterPage", "Back"), ui.back)
        back.setObjectName("reportsBack")
        layout.addWidget(back)

    def lock(self) -> None:
        self.pin.clear()
        self.text.clear()
        self.actions.setEnabled(False)
        self.pin.setFocus()

    def unlock(self) -> None:
        entered, terminal = self.pin.text(), self.ui.terminal
        self.pin.clear()
        self.ui.jobs.run(lambda: terminal.manager_pin_ok(entered), self._unlocked)

    def _unlocked(self, ok: bool) -> None:
        self.actions.setEnabled(bool(ok))
        if not ok:
            self.text.setPlainText(QCoreApplication.translate("RegisterPage", "Wrong PIN"))

    def report(self, kind: str) -> None:
        reg = self.ui._reg

        def run():
            reg.report(kind)
            return reg.last_report_text(kind)
        self.ui.jobs.run(run, self._show, self._refused)

    def _show(self, text: str) -> None:
        self.text.setPlainText(text)
        self.ui.printed.emit()
        self.ui.refresh()

    def _refused(self, exc: TillError) -> None:
        self.text.setPlainText(error_text(exc))

    def toggle_training(self) -> None:
        reg = self.ui._reg

        def run():
            reg.set_training(not reg.training)
            return reg.training
        self.ui.jobs.run(run, self._training_shown, self._refused)

    def _training_shown(self, on: bool) -> None:
        self.text.setPlainText(self.tr("Training mode is on") if on else self.tr("Training mode is off"))
        self.ui.refresh()

    def open_drawer(self) -> None:
        from hardware.printer import PrinterError
        terminal = self.ui.terminal

        def run():
            terminal.register.drawer_opened("manager")
            try:
                terminal.register.kick_drawer(self.ui.printer, terminal.config.printer.drawer_pin)
            except PrinterError as exc:
                return exc.message
            return ""
        self.ui.jobs.run(run, lambda problem: self.text.setPlainText(
            QCoreApplication.translate("RegisterPage", "Drawer opened") + (f" – {problem}" if problem else "")), self._refused)


def install(terminal, jobs, pages, top_bar: QHBoxLayout, outer: QVBoxLayout, printer) -> RegisterUi:
    """The window's one hook: cashier name and switch, Reports, the training banner, two pages."""
    return RegisterUi(terminal, jobs, pages, top_bar, outer, printer)
