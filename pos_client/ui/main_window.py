"""The cashier's window: lookup, member panel, basket with benefits, payment.

Thin: every decision is the facade's (``pos_client.services``); this module
only shows state and forwards taps, keys and scans.  Nothing here waits on
I/O: facade calls run on the ``Jobs`` thread, which owns the current sale and
answers with a ``Screen`` snapshot to draw; printing and sync have threads of
their own and report back through Qt signals.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMainWindow, QMessageBox, QProgressBar, QPushButton, QScrollArea, QScroller, QSizePolicy,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ..domain.errors import TillError, UserError
from ..domain.money import format_amount, to_ore
from ..printing import PrintQueue, PrintWorker
from .error_text import translated
from .jobs import Jobs
from .rewards_panel import RewardsHooks
from .widgets import PageStack, screen_key, touch_button
from .wedge import WedgeFilter

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Signals that carry worker-thread news into the GUI thread."""

    printer_state = Signal(object)
    scanned = Signal(str)
    synced = Signal(object)
    snapshot = Signal(int, int)         # rows loaded, rows in the snapshot


# Typed before Cash: an amount of cash given ("500", "250,50"), never a phone number.
CASH_GIVEN = re.compile(r"\d{1,6}([.,]\d{1,2})?")
REWARD_ROLE = Qt.UserRole + 1       # a coupon-list row that is a punch card's free unit


@dataclass(frozen=True)
class Screen:
    """What the window draws, computed on the jobs thread after every change."""

    member: object = None            # MemberState | None
    view: dict | None = None         # Terminal.member_view(member)
    settlement: object = None        # Settlement | None (None with an error)
    error: str = ""
    applied: frozenset = frozenset()
    rewards: tuple = ()              # (card id, card name, free units, saved for next time)
    is_empty: bool = True
    pending: int = 0


class MainWindow(QMainWindow):
    def __init__(self, terminal) -> None:
        super().__init__()
        self.terminal = terminal
        self.sale = terminal.new_sale()      # owned by the jobs thread from here on
        self.screen = Screen()
        self.products: list = []
        self.last_receipt: str | None = None
        self.next_config = None              # set when setup wrote a config to restart with
        self._closing = False
        self.jobs = Jobs()
        self.jobs.failed.connect(self._show_failure)
        self.setWindowTitle(self.tr("Till – %1").replace("%1", terminal.config.terminal.name))
        self._bridge = _Bridge()
        self._bridge.printer_state.connect(self._show_printer_state)
        self.print_queue = PrintQueue(terminal)
        self.print_worker = PrintWorker(self.print_queue, on_state=self._bridge.printer_state.emit)
        self._text_field: QLineEdit | None = None    # where the on-screen keys type
        self._build()
        self._build_chrome()
        self.jobs.busy.connect(self._show_busy)
        self.wedge = WedgeFilter(self.handle_scan, prefix=terminal.config.scanner.prefix,
                                 suffix=terminal.config.scanner.suffix)
        from PySide6.QtWidgets import QApplication
        QApplication.instance().installEventFilter(self.wedge)
        QApplication.instance().focusChanged.connect(self._remember_text_field)
        self._focus_hooked = True
        self.print_worker.start()
        self.serial_scanner = self._start_serial_scanner(terminal.config.scanner.mode)
        self._bridge.synced.connect(self._show_sync_state)
        self._bridge.snapshot.connect(self._show_snapshot_progress)
        self.sync_client = None
        self.sync_state = self.tr("connecting…")
        self.jobs.run(terminal.products, self._fill_quick_keys)
        self.refresh()
        # After the first paint and off the GUI thread: the HTTP stack takes a while to import.
        self.jobs.run(self._make_sync_client, self._start_sync)

    def _make_sync_client(self):
        return self.terminal.sync_client(on_result=self._bridge.synced.emit, progress=self._bridge.snapshot.emit)

    def _start_sync(self, client) -> None:
        if self._closing:
            return
        self.sync_client = client
        if client is None:
            self.sync_state = self.tr("standalone")
        else:
            client.start()
        self._show_pending()

    def _start_serial_scanner(self, mode: str):
        if mode == "keyboard":
            return None
        from hardware.scanner import SerialScanner, parse_scanner_uri
        self._bridge.scanned.connect(self.handle_scan)
        try:
            device, baud = parse_scanner_uri(mode)
        except UserError as exc:
            self.message.setText(exc.message)
            return None
        return SerialScanner(device, self._bridge.scanned.emit, baudrate=baud).start()

    # -- layout ----------------------------------------------------------------
    def _build(self) -> None:
        root = QWidget()
        outer = QVBoxLayout(root)
        top = QHBoxLayout()
        self.lookup_field = QLineEdit()
        self.lookup_field.setObjectName("lookupField")
        self.lookup_field.setPlaceholderText(self.tr("Phone, name or scan a member card"))
        self.lookup_field.setToolTip(self.tr("Member lookup (F2); Enter searches"))
        self.lookup_field.returnPressed.connect(self.do_lookup)
        top.addWidget(self.lookup_field, 3)
        find = touch_button(self.tr("Find"), self.do_lookup)
        top.addWidget(find)
        self.enrol_button = touch_button(self.tr("New member (F4)"), self.show_enrolment)
        top.addWidget(self.enrol_button)
        top.addWidget(touch_button(self.tr("Return"), self.show_returns))
        top.addWidget(touch_button(self.tr("Settings"), self.show_settings))
        outer.addLayout(top)
        if self.terminal.config.demo:
            banner = touch_button(self.tr("Demo mode – tap here to set up this till for your shop"),
                                  self.run_setup)
            banner.setObjectName("demoBanner")
            outer.addWidget(banner)
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
        self._on_enter(self.matches, lambda: self.matches.currentItem() and self._pick_member(self.matches.currentItem()))
        self.matches.hide()
        left.addWidget(self.matches)
        self.coupons = QListWidget()
        self.coupons.setToolTip(self.tr("Tap a coupon to use it; tap again to save it for next time (F3, Enter)"))
        self.coupons.itemClicked.connect(self._toggle_coupon)
        self._on_enter(self.coupons, lambda: self.coupons.currentItem() and self._toggle_coupon(self.coupons.currentItem()))
        left.addWidget(self.coupons)
        self.rewards_ui = RewardsHooks(self)       # points shop, visit points (rewards_panel.py)
        self.rewards_ui.add_buttons(left)
        self.keypad_panel = QWidget()
        self.keypad_panel.setLayout(self._keypad())
        left.addWidget(self.keypad_panel)
        body.addLayout(left, 3)

        self.pages = PageStack()
        basket_page = QWidget()
        basket_layout = QVBoxLayout(basket_page)
        basket_layout.setContentsMargins(0, 0, 0, 0)
        self.basket = QTreeWidget()
        self.basket.setHeaderLabels([self.tr("Item"), self.tr("Qty"), self.tr("Amount")])
        header = self.basket.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        basket_layout.addWidget(self.basket)
        line_keys = QHBoxLayout()
        self.minus_button = touch_button("−", lambda: self.change_qty(-1))
        self.plus_button = touch_button("+", lambda: self.change_qty(+1))
        self.remove_button = touch_button(self.tr("Remove line"), lambda: self.change_qty(None))
        for b in (self.minus_button, self.plus_button, self.remove_button):
            b.setToolTip(self.tr("Tap a line in the basket first"))
            line_keys.addWidget(b)
        basket_layout.addLayout(line_keys)
        self.pages.addWidget(basket_page)
        # Scrolls when the letters take the lower half of the screen; the field
        # being typed in is kept in view (see _remember_text_field).
        self.enrol_scroll = QScrollArea()
        self.enrol_scroll.setWidgetResizable(True)
        self.enrol_scroll.setFrameShape(QFrame.NoFrame)
        self.enrol_scroll.setWidget(self._enrolment_page())
        QScroller.grabGesture(self.enrol_scroll.viewport(), QScroller.TouchGesture)
        self.pages.addWidget(self.enrol_scroll)
        from .settings_page import SettingsPage
        self.settings_page = SettingsPage(self)
        self.pages.addWidget(self.settings_page)
        from .returns_page import ReturnsPage
        self.returns_page = ReturnsPage(self)
        self.pages.addWidget(self.returns_page)
        from . import register_page
        self.register_ui = register_page.install(self, top, outer)   # cashiers, reports, training
        body.addWidget(self.pages, 5)

        self.quick_panel = QWidget()
        self.quick_keys = QGridLayout(self.quick_panel)
        self.quick_keys.setContentsMargins(0, 0, 0, 0)
        self._fill_quick_keys(self.products)
        body.addWidget(self.quick_panel, 3)
        outer.addLayout(body, 1)
        from .touch_keyboard import ShowOnTap, TouchKeyboard
        self.keyboard = TouchKeyboard(self.text_target, self.keyboard_ok, self.terminal.config.terminal.country)
        self.keyboard.hide()
        self.keyboard.toggled.connect(self._letters_shown)
        show_on_tap = ShowOnTap(self.keyboard)
        for field in (self.enrol_name, self.enrol_email):
            field.installEventFilter(show_on_tap)
        outer.addWidget(self.keyboard)
        # Back at the basket (enrolled, or cancelled): quick keys and keypad again.
        self.pages.currentChanged.connect(lambda index: index == 0 and self.keyboard.hide())

        bottom = QHBoxLayout()
        self.totals = QLabel("")
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        bottom.addWidget(self.totals, 3)
        self.reprint_button = touch_button(self.tr("Reprint last"), self.reprint_last)
        bottom.addWidget(self.reprint_button)
        self.clear_button = touch_button(self.tr("Clear (Esc)"), self.clear_sale)
        self.cash_button = touch_button(self.tr("Cash (F9)"), lambda: self.pay("cash"))
        self.cash_button.setToolTip(self.tr("Type the cash given on the keypad first to see the change"))
        self.card_button = touch_button(self.tr("Card (F12)"), lambda: self.pay("card"))
        for b in (self.clear_button, self.cash_button, self.card_button):
            b.setMinimumHeight(64)
            bottom.addWidget(b)
        outer.addLayout(bottom)
        self.setCentralWidget(root)

    def _fill_quick_keys(self, products: list) -> None:
        self.products = products
        while self.quick_keys.count():
            self.quick_keys.takeAt(0).widget().deleteLater()
        for i, product in enumerate(products[:16]):
            label = product.name if len(product.name) <= 20 else product.name[:19] + "…"
            b = touch_button(f"{label}\n{format_amount(product.price, self.terminal.currency)}",
                             lambda _=False, sku=product.sku: self.add_item(sku))
            b.setObjectName("quickKey")
            self.quick_keys.addWidget(b, i // 2, i % 2)
        # A short catalogue: the keys keep their size and pack from the top left; the
        # room below the last row stays empty.
        rows = (min(len(products), 16) + 1) // 2
        for row in range(max(self.quick_keys.rowCount(), rows + 1)):
            self.quick_keys.setRowStretch(row, 1 if row == rows else 0)

    def _build_chrome(self) -> None:
        """Status bar and shortcuts: built once; the central widget is rebuilt on a language switch."""
        self.status_sync = QLabel()
        self.status_refused = QPushButton()
        self.status_refused.setObjectName("refused")
        self.status_refused.setFlat(True)
        self.status_refused.clicked.connect(self.show_refused)
        self.status_refused.hide()
        self.status_busy = QProgressBar()
        self.status_busy.setRange(0, 0)          # "working", no percentage to promise
        self.status_busy.setMaximumWidth(160)
        self.status_busy.hide()
        self.status_snapshot = QProgressBar()
        self.status_snapshot.setMaximumWidth(240)
        self.status_snapshot.setTextVisible(True)
        self.status_snapshot.hide()
        self.status_printer = QLabel()
        self.statusBar().addWidget(self.status_sync)
        self.statusBar().addWidget(self.status_snapshot)
        self.statusBar().addWidget(self.status_refused)
        self.statusBar().addPermanentWidget(self.status_busy)
        self.statusBar().addPermanentWidget(self.status_printer)
        for key, slot in (("F2", lambda: self.lookup_field.setFocus()), ("F3", self.focus_coupons),
                          ("F4", self.show_enrolment),
                          ("F9", lambda: self.pay("cash")), ("F12", lambda: self.pay("card")),
                          ("Escape", self.clear_sale)):
            QShortcut(QKeySequence(key), self, activated=slot)

    def _keypad(self) -> QGridLayout:
        """On-screen digits (phone, cash given) for a touch screen; ABC opens the letters.

        1 2 3 ⌫ / 4 5 6 ABC / 7 8 9 OK / 0 — four rows, as tall as a phone's keypad."""
        grid = QGridLayout()

        def key(text, slot, row, col, rows=1, cols=1):
            b = screen_key(text, slot, "keypad")
            grid.addWidget(b, row, col, rows, cols)
            return b
        for i, digit in enumerate("123456789"):
            key(digit, lambda _=False, d=digit: self.text_target().insert(d), i // 3, i % 3)
        key("0", lambda: self.text_target().insert("0"), 3, 0, 1, 3)
        key("⌫", lambda: self.text_target().backspace(), 0, 3).setAutoRepeat(True)
        self.letters_button = key("ABC", lambda: self.keyboard.setVisible(self.keyboard.isHidden()), 1, 3)
        self.letters_button.setToolTip(self.tr("Letters on screen, for names and e-mail"))
        key("OK", self.keyboard_ok, 2, 3, 2, 1).setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)
        return grid

    def _letters_shown(self, shown: bool) -> None:
        """The letters have a digits row: the keypad and quick keys make room for them."""
        self.keypad_panel.setVisible(not shown)
        self.quick_panel.setVisible(not shown)

    def _remember_text_field(self, _old, new) -> None:
        if isinstance(new, QLineEdit) and self.isAncestorOf(new):
            self._text_field = new
            if self.enrol_scroll.isAncestorOf(new):
                self.enrol_scroll.ensureWidgetVisible(new)

    def text_target(self) -> QLineEdit:
        """Where on-screen keys type: the text field tapped last, while it is on screen;
        otherwise the lookup field."""
        from shiboken6 import isValid
        field = self._text_field
        if field is not None and isValid(field) and field.isVisible() and field.isEnabled():
            return field
        return self.lookup_field

    def keyboard_ok(self) -> None:
        """OK on the keypad or the letters: search, or on the enrolment form the
        next field, and from the last one enrol."""
        field = self.text_target()
        form = [self.enrol_phone, self.enrol_name, self.enrol_birthday, self.enrol_email]
        if field in form:
            if field is form[-1]:
                self.do_enrol()
            else:
                following = form[form.index(field) + 1]
                following.setFocus()
                if following in (self.enrol_name, self.enrol_email):
                    self.keyboard.show()          # OK was tapped: this cashier works by touch
            return
        self.do_lookup()

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

    def run_setup(self) -> None:
        """First-run setup (again); when it saves, the till restarts with the new config."""
        from .setup_wizard import SetupWizard
        wizard = SetupWizard(self)
        wizard.accepted.connect(lambda: self._setup_saved(wizard.saved_path))
        wizard.open()
        self.setup_wizard = wizard

    def _setup_saved(self, path) -> None:
        self.next_config = path
        self.close()

    def show_returns(self) -> None:
        self.returns_page.start()
        self.pages.setCurrentIndex(3)


    def _on_enter(self, widget, slot) -> None:
        """Enter (either key) on ``widget`` or its children: the keyboard's tap."""
        for key in (Qt.Key_Return, Qt.Key_Enter):
            QShortcut(QKeySequence(key), widget, activated=slot, context=Qt.WidgetWithChildrenShortcut)

    def _enrolment_page(self) -> QWidget:
        page = QWidget()
        self._on_enter(page, self.do_enrol)
        form = QFormLayout(page)
        self.enrol_phone = QLineEdit()
        self.enrol_name = QLineEdit()
        self.enrol_name.setProperty("capitalize", True)
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
        row.addWidget(touch_button(self.tr("Enrol"), self.do_enrol))
        row.addWidget(touch_button(self.tr("Cancel"), lambda: self.pages.setCurrentIndex(0)))
        self.rewards_ui.enrolment_row(form, row)   # refer a friend: a field behind a button
        form.addRow(row)
        return page

    # -- actions: each runs on the jobs thread, then the screen is redrawn ---------
    def _do(self, action, after=None) -> None:
        """Run ``action`` on the jobs thread; draw the new screen, then ``after(result)``."""
        self.message.setText("")

        def job():
            return action(), self._snapshot()

        def done(out):
            result, screen = out
            self._render(screen)
            if after is not None:
                after(result)
        self.jobs.run(job, done, self._show_error)

    def refresh(self) -> None:
        self.jobs.run(self._snapshot, self._render)

    def handle_scan(self, text: str) -> None:
        """A scan from the wedge filter or a serial scanner: route by what it is.
        What the cashier had typed stays in the lookup field (the wedge filter took the
        scan's own keys back out)."""
        if self.rewards_ui.take_scan(text):          # the friend's card into "Referred by"
            return
        self._do(lambda: self._route(text, typed=False), lambda found: self._after_find(found, typed=False))

    def do_lookup(self) -> None:
        """Enter in the lookup field: a phone, a name, or an item or code typed by hand."""
        text = self.lookup_field.text().strip()
        if text:
            self._do(lambda: self._route(text, typed=True), self._after_find)

    def _route(self, text: str, typed: bool):
        """Jobs thread: a coupon is applied, an item added, a member looked up."""
        kind = self.terminal.classify(text)
        if kind == "coupon_code":
            self.sale.apply_coupon(text)
            return "done"
        if kind == "ean":
            self.sale.add(text)
            return "done"
        if kind in ("member_code", "phone") or typed:
            return self._find(text)
        return "unknown"

    def _find(self, text: str):
        """Jobs thread: one match is attached at once; several come back as a pick list."""
        t = self.terminal
        if t.classify(text) in ("member_code", "phone"):
            member = t.lookup(text)
            found = [member] if member else []
        else:
            found = t.find_members(text)
        if len(found) == 1:
            self.sale.attach(found[0])
            return "attached"
        if found:
            return [(m.member_id, f"{m.name} – {t.member_view(m)['phone_masked']}") for m in found]
        return ("none", text if t.classify(text) == "phone" else "")

    def _after_find(self, found, typed: bool = True) -> None:
        self.matches.clear()
        self.matches.hide()
        if found == "unknown":
            self.message.setText(self.tr("Scan not recognised – try again"))
        elif found in ("attached", "done"):
            if typed:                             # the name was found: the basket's keys are back
                self.lookup_field.clear()
                self.keyboard.hide()
        elif isinstance(found, list):
            for member_id, label in found:
                item = QListWidgetItem(label)
                item.setData(Qt.UserRole, member_id)
                self.matches.addItem(item)
            self.matches.show()
        elif isinstance(found, tuple):
            self.message.setText(self.tr("No member found – tap New member (F4) to enrol"))
            self.enrol_phone.setText(found[1])

    def _pick_member(self, item) -> None:
        member_id = item.data(Qt.UserRole)
        self.matches.hide()

        def pick():
            member = self.terminal.member(member_id)
            if member:
                self.sale.attach(member)
        self._do(pick, lambda _: self.lookup_field.clear())

    def add_item(self, code: str) -> None:
        self._do(lambda: self.sale.add(code))

    def change_qty(self, step: int | None) -> None:
        """±1 on the tapped basket line, or remove it (step None)."""
        item = self.basket.currentItem()
        while item is not None and item.parent() is not None:   # a benefit row: its line
            item = item.parent()
        if item is None:
            self.message.setText(self.tr("Tap a line in the basket first"))
            return
        sku = item.data(0, Qt.UserRole)

        def change():
            # The quantity now, on the jobs thread: a second tap may land before the redraw.
            qty = next((l.qty for l in self.sale.lines if l.product.sku == sku), 0)
            self.sale.set_qty(sku, 0 if step is None else qty + step)
        self._do(change)

    def _punch_card_text(self, stamps: int, required: int) -> tuple[str, str]:
        """The stamp row and its caption: ●●●●●○○★ "5 of 8 – next free in 3".

        ``required`` units make a card, the last one free: ``required - 1`` paid
        stamps earn it.  More than that means free units saved for later."""
        paid_per_free = max(required - 1, 1)
        free_now = stamps // paid_per_free
        shown = min(stamps, paid_per_free)
        row = "●" * shown + "○" * (paid_per_free - shown) + "★"
        if stamps <= paid_per_free:              # the usual card: the free one is ahead
            caption = self.tr("%1 of %2 – next free in %3").replace("%1", str(stamps)).replace(
                "%2", str(required)).replace("%3", str(required - stamps))
        else:
            caption = self.tr("%1 free waiting – %2 of %3 on the next card").replace(
                "%1", str(free_now)).replace("%2", str(stamps - free_now * paid_per_free)).replace("%3", str(required))
        return row, caption

    def _toggle_coupon(self, item) -> None:
        card_id = item.data(REWARD_ROLE)
        if card_id:
            def toggle_reward():
                self.sale.save_reward(card_id, card_id not in self.sale.saved_rewards)
            self._do(toggle_reward)
            return
        coupon_id = item.data(Qt.UserRole)

        def toggle():
            sale = self.sale
            if (sale.coupon and sale.coupon.id == coupon_id) or any(c.id == coupon_id for c in sale.cheques):
                sale.remove_coupon(coupon_id)
            else:
                sale.apply_coupon(coupon_id)
        self._do(toggle)

    def focus_coupons(self) -> None:
        if self.coupons.count():
            self.coupons.setFocus()
            self.coupons.setCurrentRow(max(self.coupons.currentRow(), 0))

    def show_enrolment(self) -> None:
        self.pages.setCurrentIndex(1)
        self.enrol_phone.setFocus()

    def do_enrol(self) -> None:
        consents = [name for name, box in (("loyalty", self.consent_loyalty), ("sms", self.consent_sms),
                                           ("email", self.consent_email)) if box.isChecked()]
        phone, name, email = self.enrol_phone.text(), self.enrol_name.text(), self.enrol_email.text()
        birthday = self.enrol_birthday.text().strip() or None
        referred_by = self.rewards_ui.referred_by()

        def enrol():
            member = self.terminal.enroll(phone, name=name, email=email, birthday=birthday, consents=consents,
                                          referred_by=referred_by)
            return self.sale.attach(member)
        self._do(enrol, self._enrolled)

    def _enrolled(self, member) -> None:
        for w in (self.enrol_phone, self.enrol_name, self.enrol_birthday, self.enrol_email):
            w.clear()
        for box in (self.consent_loyalty, self.consent_sms, self.consent_email):
            box.setChecked(False)
        self.rewards_ui.clear_enrolment()
        self.pages.setCurrentIndex(0)
        self.lookup_field.clear()
        self.message.setText(self.tr("Welcome! %1 is now a member").replace("%1", member.name or member.phone))

    def pay(self, tender: str) -> None:
        """Complete the sale; typed digits before Cash are the cash given (change is shown)."""
        typed = self.lookup_field.text().strip()
        cash_given = to_ore(typed.replace(",", ".")) if tender == "cash" and CASH_GIVEN.fullmatch(typed) else None

        def complete():
            if self.sale.is_empty:
                return None
            result = self.sale.complete(tender, cash_given=cash_given)
            self.sale = self.terminal.new_sale()
            return result
        self._do(complete, self._paid)

    def _paid(self, result) -> None:
        if result is None:
            self.message.setText(self.tr("The basket is empty"))
            return
        self.last_receipt = result.receipt_no
        self.lookup_field.clear()
        total = format_amount(result.settlement.due, self.terminal.currency)
        text = self.tr("Paid %1 – receipt %2").replace("%1", total).replace("%2", result.receipt_no)
        if result.member is not None:        # the customer hears what the sale earned
            text += " – " + self.tr("%1 now has %2 points").replace(
                "%1", result.member.name or result.member.phone).replace("%2", str(result.member.points))
        if result.cash_given is not None:
            text += " – " + self.tr("change %1").replace("%1", format_amount(result.change, self.terminal.currency))
        self.message.setText(text)
        self.print_worker.nudge()
        if self.sync_client is not None:
            self.sync_client.kick()

    def reprint_last(self) -> None:
        def done(number):
            if number:
                self.message.setText(self.tr("Copy of %1 sent to the printer").replace("%1", number))
                self.print_worker.nudge()
        self.jobs.run(self.print_queue.reprint, done, self._show_error)

    def clear_sale(self) -> None:
        if not self.screen.is_empty or self.screen.member:
            box = QMessageBox(QMessageBox.Question, self.tr("Clear sale"), self.tr("Clear the current sale?"),
                              parent=self)
            clear = box.addButton(self.tr("&Clear the sale"), QMessageBox.DestructiveRole)
            keep = box.addButton(self.tr("&Keep it"), QMessageBox.RejectRole)
            box.setDefaultButton(keep)          # a stray Enter never throws a basket away
            box.setEscapeButton(keep)
            box.exec()
            # The keyboard back to the till: with no window manager (a kiosk till) nobody else
            # gives it back, and the shortcuts (F2, F12, Esc) would stop working.
            self.activateWindow()
            if box.clickedButton() is not clear:
                return

        def clear():
            self.sale.void()                     # journaled: a void counts in the X/Z report
            self.sale = self.terminal.new_sale()
        self.pages.setCurrentIndex(0)
        self._do(clear)

    def show_refused(self) -> None:
        from .refused_dialog import RefusedDialog
        self.jobs.run(self.terminal.dead_letters, lambda rows: RefusedDialog(rows, self).open())

    # -- showing state ----------------------------------------------------------
    def _snapshot(self) -> Screen:
        """Jobs thread: everything the screen needs, read once."""
        t, sale = self.terminal, self.sale
        settlement, error = None, ""
        try:
            settlement = sale.settle()
        except TillError as exc:
            error = translated(exc)
        member = sale.member
        applied = {c.id for c in sale.cheques} | ({sale.coupon.id} if sale.coupon else set())
        due = settlement.rewards_due if settlement else {}
        rewards = tuple((card.id, card.name, due[card.id], card.id in settlement.rewards_saved)
                        for card in t.program.punch_cards if card.id in due)
        return Screen(member, t.member_view(member) if member else None, settlement, error,
                      frozenset(applied), rewards, sale.is_empty, t.outbox_pending())

    def _render(self, screen: Screen) -> None:
        self.screen = screen
        # No-break spaces: an amount never wraps between its digits.
        money = lambda ore: format_amount(ore, self.terminal.currency).replace(" ", "\u00a0")
        self.coupons.clear()
        view = screen.view
        if view is None:
            self.rewards_ui.member_lines(None, money)
            self.member_label.setText(self.tr("No member on this sale"))
        else:
            tier_label, points_label = self.tr("Tier"), self.tr("Points")
            lines = [f"<b>{view['name'] or view['phone_masked']}</b> {'🎂' if view['birthday_week'] else ''}",
                     f"{view['phone_masked']} {view['email_masked']}",
                     f"{tier_label}: {view['tier']}"]
            if view["next_tier"]:
                lines.append(self.tr("%1 to %2").replace("%1", money(view["to_next_tier"])).replace("%2", view["next_tier"]))
            lines.append(f"{points_label}: {view['points']}")
            lines += self.rewards_ui.member_lines(view, money)
            for name, stamps, required in view["punch_cards"]:
                # The stamps on their own line, the words under them: fits a narrow panel.
                row, caption = self._punch_card_text(stamps, required)
                lines.append(f"{name}: <span style='letter-spacing:1px'>{row}</span>")
                lines.append(f"<small>{caption}</small>")
            self.member_label.setText("<br>".join(lines))
            for c in view["coupons"]:
                item = QListWidgetItem(("✔ " if c.id in screen.applied else "") + f"{c.name} ({self._coupon_value(c)})")
                item.setData(Qt.UserRole, c.id)
                self.coupons.addItem(item)
            for card_id, name, free, saved in screen.rewards:
                # Like a coupon: on (✔) by default, a tap saves it for next time.
                text = self.tr("%1: %2 free").replace("%1", name).replace("%2", str(free))
                if saved:
                    text += " – " + self.tr("saved for next time")
                item = QListWidgetItem(("" if saved else "✔ ") + text)
                item.setData(REWARD_ROLE, card_id)
                self.coupons.addItem(item)
        self.coupons.setVisible(self.coupons.count() > 0)     # its room goes to the member panel
        current = self.basket.currentItem()
        while current is not None and current.parent() is not None:
            current = current.parent()
        selected = current.data(0, Qt.UserRole) if current is not None else None
        self.basket.clear()
        if screen.error:
            self.message.setText(screen.error)
        settlement = screen.settlement
        if settlement is not None:
            for line in settlement.lines:
                item = QTreeWidgetItem([line.name, str(line.qty), money(line.amount)])
                item.setData(0, Qt.UserRole, line.sku)
                for b in line.benefits:
                    item.addChild(QTreeWidgetItem([f"  {b.name}", "", money(-b.amount)]))
                self.rewards_ui.line_notes(item, line)
                self.basket.addTopLevelItem(item)
                item.setExpanded(True)
                if line.sku == selected:           # ± again without tapping the line again
                    self.basket.setCurrentItem(item)
            self.rewards_ui.sale_notes(self.basket, settlement)
            # Each label stays in one piece when the line wraps ("Å betale", "Att betala").
            subtotal, discounts, to_pay = (text.replace(" ", "\u00a0") for text in (
                self.tr("Subtotal"), self.tr("Discounts"), self.tr("To pay")))
            parts = [f"{subtotal} {money(settlement.subtotal)}"]
            if settlement.discount_total:
                parts.append(f"{discounts} {money(-settlement.discount_total)}")
            parts.append(f"<b>{to_pay} {money(settlement.due)}</b>")
            self.totals.setText("   ".join(parts))
        self._show_pending()

    def _coupon_value(self, coupon) -> str:
        """What a coupon is worth, for its row: 100 kr, 10 %, or the free item (every kind the program allows)."""
        if coupon.kind == "free_sku":
            return self.tr("free item")
        if coupon.percent is not None:
            return f"{coupon.percent:g}\u00a0%"
        return format_amount(coupon.amount or 0, self.terminal.currency).replace(" ", "\u00a0")

    def _show_pending(self) -> None:
        if self.sync_client is None:                 # standalone: nothing is waiting for anyone
            self.status_sync.setText(self.tr("HQ: %1").replace("%1", self.sync_state))
            return
        self.status_sync.setText(self.tr("HQ: %1 – %2 events waiting to sync").replace(
            "%1", self.sync_state).replace("%2", str(self.screen.pending)))

    def _show_error(self, exc: UserError) -> None:
        self.message.setText(translated(exc))

    def _show_failure(self, exc) -> None:
        if exc is not None:
            self._show_error(exc)
        else:
            self.message.setText(self.tr("Something went wrong – the sale is kept; see the log"))

    def _show_snapshot_progress(self, done: int, total: int) -> None:
        """A new terminal loading HQ's members: a real percentage, the till sells meanwhile."""
        bar = self.status_snapshot
        if total and done < total:
            bar.setRange(0, total)
            bar.setValue(done)
            bar.setFormat(self.tr("Loading from HQ: %p %"))
            bar.show()
        else:
            bar.hide()

    def _show_busy(self, busy: bool) -> None:
        self.status_busy.setVisible(busy)
        for b in (self.cash_button, self.card_button):
            b.setEnabled(not busy)

    def _show_sync_state(self, result) -> None:
        if result.needs_repair:
            self.sync_state = self.tr("re-pair this terminal")
        elif result.ok:
            self.sync_state = self.tr("online, last sync %1").replace(
                "%1", self.terminal.clock().astimezone().strftime("%H:%M"))
        else:
            self.sync_state = self.tr("offline – sales are kept and sent later")
        self.refresh()
        self.jobs.run(self.terminal.dead_letter_count, self._show_refused_count)

    def _show_refused_count(self, dead: int) -> None:
        self.status_refused.setVisible(bool(dead))
        self.status_refused.setText(self.tr("%1 refused by HQ – tap for detail").replace("%1", str(dead)))

    def _show_printer_state(self, state: tuple[int, str | None]) -> None:
        from hardware.printer import COVER_OPEN, OFFLINE, PAPER_OUT, TIMEOUT, UNPLUGGED
        waiting, reason = state
        if not waiting:
            text = self.tr("ready")
        else:
            text = self.tr("%1 receipt(s) waiting").replace("%1", str(waiting))
            reasons = {OFFLINE: self.tr("not responding"), PAPER_OUT: self.tr("out of paper"),
                       COVER_OPEN: self.tr("cover open"), TIMEOUT: self.tr("timed out"),
                       UNPLUGGED: self.tr("unplugged")}
            if reason:
                text += " – " + reasons.get(reason, reason)
        self.status_printer.setText(self.tr("Printer: %1").replace("%1", text))

    def shutdown(self) -> None:
        self._closing = True
        self.print_worker.stop()
        if getattr(self, "sync_client", None) is not None:
            self.sync_client.stop()
            self.sync_client = None
        if self.serial_scanner is not None:
            self.serial_scanner.stop()
            self.serial_scanner = None
        self.jobs.stop()
        from PySide6.QtWidgets import QApplication
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.wedge)
            if self._focus_hooked:
                app.focusChanged.disconnect(self._remember_text_field)
                self._focus_hooked = False

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.shutdown()
        super().closeEvent(event)
