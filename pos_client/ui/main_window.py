"""The cashier's window: lookup, member panel, basket with benefits, payment.

Thin: every decision is the facade's (``pos_client.services``); this module
only shows state and forwards taps, keys and scans.  Printing runs on its
own thread (``PrintWorker``) and reports back through a Qt signal.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMainWindow, QMessageBox, QPushButton, QStackedWidget, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ..domain.errors import TillError
from ..domain.money import format_amount
from ..printing import PrintQueue, PrintWorker
from .wedge import WedgeFilter

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Signals that carry worker-thread news into the GUI thread."""

    printer_state = Signal(str)
    scanned = Signal(str)
    synced = Signal(object)


class MainWindow(QMainWindow):
    def __init__(self, terminal) -> None:
        super().__init__()
        self.terminal = terminal
        self.sale = terminal.new_sale()
        self.setWindowTitle(self.tr("Till – %1").replace("%1", terminal.config.terminal.name))
        self._bridge = _Bridge()
        self._bridge.printer_state.connect(self._show_printer_state)
        self.print_queue = PrintQueue(terminal)
        self.print_worker = PrintWorker(self.print_queue, on_state=self._bridge.printer_state.emit)
        self._build()
        self._build_chrome()
        self.wedge = WedgeFilter(self.handle_scan, prefix=terminal.config.scanner.prefix,
                                 suffix=terminal.config.scanner.suffix)
        from PySide6.QtWidgets import QApplication
        QApplication.instance().installEventFilter(self.wedge)
        self.print_worker.start()
        self.serial_scanner = self._start_serial_scanner(terminal.config.scanner.mode)
        self._bridge.synced.connect(self._show_sync_state)
        from sync.client import client_for
        self.sync_client = client_for(terminal, on_result=self._bridge.synced.emit)
        self.sync_state = self.tr("standalone") if self.sync_client is None else self.tr("connecting…")
        if self.sync_client is not None:
            self.sync_client.start()
        self.refresh()

    def _start_serial_scanner(self, mode: str):
        if mode == "keyboard":
            return None
        from hardware.scanner import SerialScanner, parse_scanner_uri
        self._bridge.scanned.connect(self.handle_scan)
        try:
            device, baud = parse_scanner_uri(mode)
        except TillError as exc:
            self.message.setText(exc.message)
            return None
        return SerialScanner(device, self._bridge.scanned.emit, baudrate=baud).start()

    # -- layout ----------------------------------------------------------------
    def _build(self) -> None:
        root = QWidget()
        outer = QVBoxLayout(root)
        top = QHBoxLayout()
        self.lookup_field = QLineEdit()
        self.lookup_field.setPlaceholderText(self.tr("Phone, name or scan a member card"))
        self.lookup_field.setToolTip(self.tr("Member lookup (F2); Enter searches"))
        self.lookup_field.returnPressed.connect(self.do_lookup)
        top.addWidget(self.lookup_field, 3)
        find = self._button(self.tr("Find"), self.do_lookup)
        top.addWidget(find)
        self.enrol_button = self._button(self.tr("New member (F4)"), self.show_enrolment)
        top.addWidget(self.enrol_button)
        top.addWidget(self._button(self.tr("Settings"), self.show_settings))
        outer.addLayout(top)
        self.message = QLabel("")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.member_label = QLabel(self.tr("No member on this sale"))
        self.member_label.setObjectName("memberPanel")
        self.member_label.setWordWrap(True)
        self.member_label.setTextFormat(Qt.RichText)
        left.addWidget(self.member_label)
        self.matches = QListWidget()
        self.matches.itemClicked.connect(self._pick_member)
        self.matches.hide()
        left.addWidget(self.matches)
        self.coupons = QListWidget()
        self.coupons.setToolTip(self.tr("Tap a coupon to use it; tap again to save it for next time"))
        self.coupons.itemClicked.connect(self._toggle_coupon)
        left.addWidget(self.coupons)
        left.addLayout(self._keypad())
        body.addLayout(left, 2)

        self.pages = QStackedWidget()
        self.basket = QTreeWidget()
        self.basket.setHeaderLabels([self.tr("Item"), self.tr("Qty"), self.tr("Amount")])
        header = self.basket.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.pages.addWidget(self.basket)
        self.pages.addWidget(self._enrolment_page())
        from .settings_page import SettingsPage
        self.settings_page = SettingsPage(self)
        self.pages.addWidget(self.settings_page)
        body.addWidget(self.pages, 4)

        keys = QGridLayout()
        for i, product in enumerate(self.terminal.products()[:16]):
            label = product.name if len(product.name) <= 20 else product.name[:19] + "…"
            b = self._button(f"{label}\n{format_amount(product.price, self.terminal.currency)}",
                             lambda _=False, sku=product.sku: self.add_item(sku))
            b.setObjectName("quickKey")
            keys.addWidget(b, i // 2, i % 2)
        body.addLayout(keys, 2)
        outer.addLayout(body, 1)

        bottom = QHBoxLayout()
        self.totals = QLabel("")
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        bottom.addWidget(self.totals, 3)
        self.reprint_button = self._button(self.tr("Reprint last"), self.reprint_last)
        bottom.addWidget(self.reprint_button)
        self.clear_button = self._button(self.tr("Clear (Esc)"), self.clear_sale)
        self.cash_button = self._button(self.tr("Cash (F9)"), lambda: self.pay("cash"))
        self.card_button = self._button(self.tr("Card (F12)"), lambda: self.pay("card"))
        for b in (self.clear_button, self.cash_button, self.card_button):
            b.setMinimumHeight(64)
            bottom.addWidget(b)
        outer.addLayout(bottom)
        self.setCentralWidget(root)

    def _build_chrome(self) -> None:
        """Status bar and shortcuts: built once; the central widget is rebuilt on a language switch."""
        self.status_sync = QLabel()
        self.status_printer = QLabel()
        self.statusBar().addWidget(self.status_sync)
        self.statusBar().addPermanentWidget(self.status_printer)
        for key, slot in (("F2", lambda: self.lookup_field.setFocus()), ("F4", self.show_enrolment),
                          ("F9", lambda: self.pay("cash")), ("F12", lambda: self.pay("card")),
                          ("Escape", self.clear_sale)):
            QShortcut(QKeySequence(key), self, activated=slot)

    def _keypad(self) -> QGridLayout:
        """On-screen digits for phone lookup on a touch screen."""
        grid = QGridLayout()
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for i, key in enumerate(keys):
            if key == "⌫":
                slot = lambda: self.lookup_field.backspace()
            elif key == "OK":
                slot = self.do_lookup
            else:
                slot = lambda _=False, d=key: self.lookup_field.insert(d)
            b = self._button(key, slot)
            b.setObjectName("keypad")
            b.setFocusPolicy(Qt.NoFocus)
            grid.addWidget(b, i // 3, i % 3)
        return grid

    def switch_language(self, language: str) -> None:
        """Live: reinstall the translator and rebuild the screen; the sale stays."""
        from . import i18n
        i18n.install(language)
        self._build()
        self.setWindowTitle(self.tr("Till – %1").replace("%1", self.terminal.config.terminal.name))
        self.refresh()

    def show_settings(self) -> None:
        self.settings_page.lock()
        self.pages.setCurrentIndex(2)

    def _button(self, text, slot) -> QPushButton:
        b = QPushButton(text)
        b.setMinimumHeight(48)
        b.clicked.connect(slot)
        return b

    def _enrolment_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.enrol_phone = QLineEdit()
        self.enrol_name = QLineEdit()
        self.enrol_birthday = QLineEdit()
        self.enrol_birthday.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        self.enrol_email = QLineEdit()
        form.addRow(self.tr("Phone"), self.enrol_phone)
        form.addRow(self.tr("Name"), self.enrol_name)
        form.addRow(self.tr("Birthday"), self.enrol_birthday)
        form.addRow(self.tr("E-mail"), self.enrol_email)
        self.consent_loyalty = QCheckBox(self.tr("I want to join the loyalty program (required)"))
        self.consent_sms = QCheckBox(self.tr("Offers by SMS"))
        self.consent_email = QCheckBox(self.tr("Offers by e-mail"))
        for box in (self.consent_loyalty, self.consent_sms, self.consent_email):
            form.addRow(box)
        terms = QLabel(self.tr("Your purchases earn points and benefits. We keep your name, phone "
                               "and purchases for the membership; you can leave and be forgotten at any time."))
        terms.setWordWrap(True)
        form.addRow(terms)
        row = QHBoxLayout()
        row.addWidget(self._button(self.tr("Enrol"), self.do_enrol))
        row.addWidget(self._button(self.tr("Cancel"), lambda: self.pages.setCurrentIndex(0)))
        form.addRow(row)
        return page

    # -- actions ----------------------------------------------------------------
    def _guard(self, fn, *args):
        try:
            self.message.setText("")
            return fn(*args)
        except TillError as exc:
            self.message.setText(exc.message)
            return None

    def handle_scan(self, text: str) -> None:
        """A scan from the wedge filter or a serial scanner: route by what it is."""
        kind = self.terminal.classify(text)
        if kind == "coupon_code":
            self._guard(self._apply_coupon, text)
        elif kind == "ean":
            self.add_item(text)
        elif kind in ("member_code", "phone"):
            self._guard(self._lookup, text)
        else:
            self.message.setText(self.tr("Scan not recognised – try again"))

    def do_lookup(self) -> None:
        text = self.lookup_field.text().strip()
        if text:
            self._guard(self._lookup, text)

    def _lookup(self, text: str) -> None:
        t = self.terminal
        if t.classify(text) in ("member_code", "phone"):
            member = t.lookup(text)
            found = [member] if member else []
        else:
            found = t.find_members(text)
        self.matches.clear()
        if len(found) == 1:
            self.matches.hide()
            self.attach(found[0])
        elif found:
            for m in found:
                item = QListWidgetItem(f"{m.name} – {t.member_view(m)['phone_masked']}")
                item.setData(Qt.UserRole, m.member_id)
                self.matches.addItem(item)
            self.matches.show()
        else:
            self.message.setText(self.tr("No member found – press F4 to enrol"))
            self.enrol_phone.setText(text if t.classify(text) == "phone" else "")

    def _pick_member(self, item) -> None:
        member = self.terminal.member(item.data(Qt.UserRole))
        self.matches.hide()
        if member:
            self.attach(member)

    def attach(self, member) -> None:
        self.sale.attach(member)
        self.lookup_field.clear()
        self.refresh()

    def add_item(self, code: str) -> None:
        self._guard(self.sale.add, code)
        self.refresh()

    def _apply_coupon(self, code: str) -> None:
        self.sale.apply_coupon(code)
        self.refresh()

    def _toggle_coupon(self, item) -> None:
        coupon_id = item.data(Qt.UserRole)
        applied = (self.sale.coupon and self.sale.coupon.id == coupon_id) or any(
            c.id == coupon_id for c in self.sale.cheques)
        if applied:
            self.sale.remove_coupon(coupon_id)
            self.refresh()
        else:
            self._guard(self._apply_coupon, coupon_id)

    def show_enrolment(self) -> None:
        self.pages.setCurrentIndex(1)
        self.enrol_phone.setFocus()

    def do_enrol(self) -> None:
        consents = [name for name, box in (("loyalty", self.consent_loyalty), ("sms", self.consent_sms),
                                           ("email", self.consent_email)) if box.isChecked()]
        member = self._guard(lambda: self.terminal.enroll(
            self.enrol_phone.text(), name=self.enrol_name.text(), email=self.enrol_email.text(),
            birthday=self.enrol_birthday.text().strip() or None, consents=consents))
        if member is not None:
            for w in (self.enrol_phone, self.enrol_name, self.enrol_birthday, self.enrol_email):
                w.clear()
            for box in (self.consent_loyalty, self.consent_sms, self.consent_email):
                box.setChecked(False)
            self.pages.setCurrentIndex(0)
            self.attach(member)
            self.message.setText(self.tr("Welcome! %1 is now a member").replace("%1", member.name or member.phone))

    def pay(self, tender: str) -> str | None:
        if self.sale.is_empty:
            self.message.setText(self.tr("The basket is empty"))
            return None
        result = self._guard(self.sale.complete, tender)
        if result is None:
            return None
        total = format_amount(result.settlement.due, self.terminal.currency)
        self.sale = self.terminal.new_sale()
        self.refresh()
        self.message.setText(self.tr("Paid %1 – receipt %2").replace("%1", total).replace("%2", result.receipt_no))
        self.print_worker.nudge()
        if self.sync_client is not None:
            self.sync_client.kick()
        return result.receipt_no

    def reprint_last(self) -> None:
        number = self._guard(self.print_queue.reprint)
        if number:
            self.message.setText(self.tr("Copy of %1 sent to the printer").replace("%1", number))
            self.print_worker.nudge()

    def clear_sale(self) -> None:
        if not self.sale.is_empty or self.sale.member:
            answer = QMessageBox.question(self, self.tr("Clear sale"), self.tr("Clear the current sale?"))
            if answer != QMessageBox.Yes:
                return
        self.sale = self.terminal.new_sale()
        self.pages.setCurrentIndex(0)
        self.refresh()

    # -- showing state ----------------------------------------------------------
    def refresh(self) -> None:
        t = self.terminal
        # No-break spaces: an amount never wraps between its digits.
        money = lambda ore: format_amount(ore, t.currency).replace(" ", "\u00a0")
        member = self.sale.member
        self.coupons.clear()
        if member is None:
            self.member_label.setText(self.tr("No member on this sale"))
        else:
            view = t.member_view(member)
            tier_label, points_label = self.tr("Tier"), self.tr("Points")
            lines = [f"<b>{view['name'] or view['phone_masked']}</b> {'🎂' if view['birthday_week'] else ''}",
                     f"{view['phone_masked']} {view['email_masked']}",
                     f"{tier_label}: {view['tier']}"]
            if view["next_tier"]:
                lines.append(self.tr("%1 to %2").replace("%1", money(view["to_next_tier"])).replace("%2", view["next_tier"]))
            lines.append(f"{points_label}: {view['points']}")
            for name, stamps, required in view["punch_cards"]:
                lines.append(f"{name}: {'●' * stamps}{'○' * (required - stamps)} "
                             + self.tr("%1 of %2").replace("%1", str(stamps)).replace("%2", str(required)))
            self.member_label.setText("<br>".join(lines))
            applied = {c.id for c in self.sale.cheques} | ({self.sale.coupon.id} if self.sale.coupon else set())
            for c in view["coupons"]:
                value = money(c.amount) if c.amount is not None else f"{c.percent:g} %"
                item = QListWidgetItem(("✔ " if c.id in applied else "") + f"{c.name} ({value})")
                item.setData(Qt.UserRole, c.id)
                self.coupons.addItem(item)
        self.basket.clear()
        try:
            settlement = self.sale.settle()
        except TillError as exc:
            self.message.setText(exc.message)
            settlement = None
        if settlement is not None:
            for line in settlement.lines:
                item = QTreeWidgetItem([line.name, str(line.qty), money(line.amount)])
                item.setData(0, Qt.UserRole, line.sku)
                for b in line.benefits:
                    item.addChild(QTreeWidgetItem([f"  {b.name}", "", money(-b.amount)]))
                self.basket.addTopLevelItem(item)
                item.setExpanded(True)
            subtotal, discounts, to_pay = self.tr("Subtotal"), self.tr("Discounts"), self.tr("To pay")
            parts = [f"{subtotal} {money(settlement.subtotal)}"]
            if settlement.discount_total:
                parts.append(f"{discounts} {money(-settlement.discount_total)}")
            parts.append(f"<b>{to_pay} {money(settlement.due)}</b>")
            self.totals.setText("   ".join(parts))
        # Only the cheap count here: refresh runs after every scan.
        self.status_sync.setText(self.tr("HQ: %1 – %2 events waiting to sync").replace(
            "%1", self.sync_state).replace("%2", str(t.store.outbox_pending())))

    def _show_sync_state(self, result) -> None:
        if result.needs_repair:
            self.sync_state = self.tr("re-pair this terminal")
        elif result.ok:
            self.sync_state = self.tr("online, last sync %1").replace(
                "%1", self.terminal.clock().astimezone().strftime("%H:%M"))
        else:
            self.sync_state = self.tr("offline – sales are kept and sent later")
        if result.dead:
            self.sync_state += " · " + self.tr("%1 refused by HQ").replace("%1", str(result.dead))
        self.refresh()

    def _show_printer_state(self, text: str) -> None:
        self.status_printer.setText(self.tr("Printer: %1").replace("%1", text))

    def shutdown(self) -> None:
        self.print_worker.stop()
        if getattr(self, "sync_client", None) is not None:
            self.sync_client.stop()
            self.sync_client = None
        if self.serial_scanner is not None:
            self.serial_scanner.stop()
            self.serial_scanner = None
        from PySide6.QtWidgets import QApplication
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.wedge)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.shutdown()
        super().closeEvent(event)
