"""The cashier's window: it puts the pieces together and forwards input.

Thin: every decision is the counter's (``pos_client.counter``, Qt-free: it
owns the sale and routes scans) or the facade's; the window only draws and
forwards taps, keys and scans.  The pieces it is built from, each in a module
of its own, get what they need passed in and signal back:

- ``lookup_bar.LookupBar``: lookup field, Find, New member, Return, Settings
- ``message_line.MessageLine``: the one-line message
- ``member_panel.MemberPanel``: member, pick list, coupons and punch-card units
- ``keypad.Keypad``: on-screen digits; ``touch_keyboard.TouchKeyboard``: letters
- ``basket.BasketPanel``: the lines, − / + / Remove line
- ``enrolment_page.EnrolmentPage``, ``returns_page.ReturnsPage``, ``settings_page.SettingsPage``
- ``quick_keys.QuickKeys``, ``pay_bar.PayBar`` (totals, Clear, Cash, Card), ``status_bar.TillStatus``

Nothing here waits on I/O: the counter's methods run on the ``Jobs`` thread,
answered with a ``Screen`` snapshot to draw.  The threads come from the
composition root (``pos_client.app.Runtime``): jobs, print worker, sync client,
serial scanner, reporting back through Qt signals.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from ..counter import Screen
from ..domain.errors import UserError
from ..domain.money import format_amount
from .basket import BasketPanel
from .enrolment_page import EnrolmentPage
from .error_text import translated
from .keypad import Keypad
from .lookup_bar import LookupBar
from .member_panel import REWARD_ROLE, MemberPanel
from .message_line import MessageLine
from .pay_bar import PayBar
from .quick_keys import QuickKeys
from .rewards_panel import RewardsHooks
from .sale_keys import SaleKeys
from .status_bar import TillStatus
from .wedge import WedgeFilter
from .widgets import PageStack, touch_button

log = logging.getLogger(__name__)

__all__ = ["MainWindow", "REWARD_ROLE", "Screen"]


BASKET_PAGE, ENROL_PAGE, SETTINGS_PAGE, RETURNS_PAGE = range(4)


class MainWindow(SaleKeys, QMainWindow):
    """Draws what the runtime's counter answers and forwards the cashier's input to it.

    ``runtime`` (``pos_client.app.Runtime``, built by the composition root) owns the
    counter, the jobs thread, the print worker, the sync client and a serial scanner.
    What each key, tap and scan does is in ``SaleKeys`` (sale_keys.py)."""

    def __init__(self, runtime) -> None:
        if not hasattr(runtime, "counter"):
            raise TypeError("MainWindow takes a Runtime: build it with pos_client.app.build_window(terminal)")
        super().__init__()
        self.runtime = runtime
        self.terminal, self.counter, self.jobs = runtime.terminal, runtime.counter, runtime.jobs
        self.print_queue, self.print_worker = runtime.print_queue, runtime.print_worker
        self.screen = Screen()
        self.products: list = []
        self.last_receipt: str | None = None
        self.next_config = None              # set when setup wrote a config to restart with
        self.sync_state = self.tr("connecting…")
        self.setWindowTitle(self.tr("Till – %1").replace("%1", self.terminal.config.terminal.name))
        self._text_field: QLineEdit | None = None    # where the on-screen keys type
        self._build()
        self._build_chrome()
        self.status.refused_clicked.connect(self.show_refused)
        self.jobs.failed.connect(self._show_failure)
        self.jobs.busy.connect(self._show_busy)
        runtime.printer_state.connect(self.status.show_printer_state)
        runtime.scanned.connect(self.handle_scan)
        runtime.scanner_refused.connect(lambda exc: self.message.error(exc.message))
        runtime.synced.connect(self._show_sync_state)
        runtime.loading.connect(self.status.show_snapshot_progress)
        runtime.sync_ready.connect(self._sync_ready)
        scanner = self.terminal.config.scanner
        self.wedge = WedgeFilter(self.handle_scan, prefix=scanner.prefix, suffix=scanner.suffix)
        from PySide6.QtWidgets import QApplication
        QApplication.instance().installEventFilter(self.wedge)
        QApplication.instance().focusChanged.connect(self._remember_text_field)
        self._focus_hooked = True
        self.jobs.run(self.terminal.products, self._fill_quick_keys)
        self.refresh()
        runtime.start()

    def _sync_ready(self, client) -> None:
        if client is None:
            self.sync_state = self.tr("standalone")
        self._show_pending()
        # Events HQ refused earlier are there from the start (not only after this run's first
        # sync round, which a till offline or without HQ never has).
        self.jobs.run(self.terminal.dead_letter_count, self.status.show_refused_count)

    # -- layout ----------------------------------------------------------------
    def _build(self) -> None:
        """The central widget (rebuilt on a language switch)."""
        t = self.terminal
        root = QWidget()
        outer = QVBoxLayout(root)
        self.lookup_bar = bar = LookupBar()
        self.lookup_field, self.enrol_button = bar.field, bar.enrol_button
        bar.lookup.connect(self.do_lookup)
        bar.enrol.connect(self.show_enrolment)
        bar.returns.connect(self.show_returns)
        bar.settings.connect(self.show_settings)
        outer.addWidget(bar)
        staff = QHBoxLayout()         # the demo banner (or room), then the cashier's and manager's keys
        if t.config.demo:
            banner = touch_button(self.tr("Demo mode – tap here to set up this till for your shop"),
                                  self.run_setup)
            banner.setObjectName("demoBanner")
            staff.addWidget(banner, 1)
        else:
            staff.addStretch(1)
        outer.addLayout(staff)
        self.message = MessageLine()
        outer.addWidget(self.message)

        body = QHBoxLayout()
        self.left_panel = QWidget()            # steps aside for the on-screen letters
        left = QVBoxLayout(self.left_panel)
        left.setContentsMargins(0, 0, 0, 0)
        self.member_panel = panel = MemberPanel(t.currency)
        self.member_label, self.matches, self.coupons = panel.label, panel.matches, panel.coupons
        panel.picked.connect(self._pick_member)
        panel.coupon_tapped.connect(self._toggle_coupon_id)
        panel.reward_tapped.connect(self._toggle_reward)
        left.addWidget(panel)
        self.rewards_ui = rewards = RewardsHooks(self, self.counter, self._do)   # points shop, visit points
        rewards.said.connect(self.message.say)               # (text, kind)
        rewards.printed.connect(self.print_worker.nudge)
        rewards.refresh_wanted.connect(self.refresh)
        self.rewards_ui.add_buttons(left)
        self.keypad_panel = keypad = Keypad()
        self.letters_button = keypad.letters_button
        keypad.typed.connect(lambda text: self.text_target().insert(text))
        keypad.erased.connect(lambda: self.text_target().backspace())
        keypad.letters.connect(lambda: self.keyboard.setVisible(self.keyboard.isHidden()))
        keypad.ok.connect(self.keyboard_ok)
        left.addWidget(keypad)
        body.addWidget(self.left_panel, 3)

        self.pages = PageStack()
        self.basket_panel = basket = BasketPanel(self.rewards_ui)
        self.basket = basket.tree
        self.minus_button, self.plus_button, self.remove_button = (
            basket.minus_button, basket.plus_button, basket.remove_button)
        basket.qty_step.connect(self._change_qty)
        basket.no_line.connect(lambda: self.message.info(self.tr("Tap a line in the basket first")))
        self.pages.addWidget(basket)
        self.enrol_scroll = enrol = EnrolmentPage(self.rewards_ui)
        self.enrol_phone, self.enrol_name, self.enrol_birthday, self.enrol_email = enrol.fields()
        self.consent_loyalty, self.consent_sms, self.consent_email = (
            enrol.consent_loyalty, enrol.consent_sms, enrol.consent_email)
        enrol.submitted.connect(self.do_enrol)
        enrol.cancelled.connect(self.show_basket)
        self.pages.addWidget(enrol)
        from .settings_page import SettingsPage
        self.settings_page = settings = SettingsPage(t, self.jobs)
        settings.language_chosen.connect(self.switch_language)
        settings.setup_requested.connect(self.run_setup)
        settings.said.connect(self.message.error)            # "Wrong PIN"
        settings.back.connect(self.show_basket)
        self.pages.addWidget(settings)
        from .returns_page import ReturnsPage
        self.returns_page = returns = ReturnsPage(t, self.jobs)
        returns.returned.connect(self._returned)
        returns.back.connect(self.show_basket)
        self.pages.addWidget(returns)
        from . import register_page
        # Cashiers, reports, training mode.
        self.register_ui = register = register_page.install(t, self.jobs, self.pages, staff, outer,
                                                            self.print_queue.printer)
        register.said.connect(self.message.say)              # (text, kind)
        register.printed.connect(self.print_worker.nudge)
        staff.addWidget(bar.settings_button)
        body.addWidget(self.pages, 5)

        self.quick_panel = QuickKeys()
        self.quick_keys = self.quick_panel.grid
        self.quick_panel.chosen.connect(self.add_item)
        self._fill_quick_keys(self.products)
        body.addWidget(self.quick_panel, 4)
        outer.addLayout(body, 1)
        from .touch_keyboard import ShowOnTap, TouchKeyboard
        self.keyboard = TouchKeyboard(self.text_target, self.keyboard_ok, t.config.terminal.country)
        self.keyboard.hide()
        self.keyboard.toggled.connect(self._letters_shown)
        show_on_tap = ShowOnTap(self.keyboard)
        for field in (self.enrol_name, self.enrol_email):
            field.installEventFilter(show_on_tap)
        outer.addWidget(self.keyboard)
        # Back at the basket (enrolled, or cancelled): quick keys and keypad again.
        self.pages.currentChanged.connect(lambda index: index == BASKET_PAGE and self.keyboard.hide())
        self.pages.currentChanged.connect(self._page_room)
        self.pages.currentChanged.connect(lambda _index: self.message.page_left())

        self.pay_bar = pay = PayBar()
        self.totals = pay.totals
        self.reprint_button, self.clear_button, self.cash_button, self.card_button = (
            pay.reprint_button, pay.clear_button, pay.cash_button, pay.card_button)
        pay.reprint.connect(self.reprint_last)
        pay.clear.connect(self.clear_sale)
        pay.pay.connect(self.pay)
        outer.addWidget(pay)
        self.setCentralWidget(root)

    def _fill_quick_keys(self, products: list) -> None:
        self.products = products
        self.quick_panel.fill(products, self.terminal.currency)

    def _build_chrome(self) -> None:
        """Status bar and shortcuts: built once; the central widget is rebuilt on a language switch."""
        self.status = status = TillStatus(self.statusBar())
        self.status_sync, self.status_refused, self.status_busy = status.sync, status.refused, status.busy
        self.status_snapshot, self.status_printer = status.snapshot, status.printer
        for key, slot in (("F2", lambda: self.lookup_field.setFocus()), ("F3", self.focus_coupons),
                          ("F4", self.show_enrolment),
                          ("F9", lambda: self.pay("cash")), ("F12", lambda: self.pay("card")),
                          ("Escape", self.clear_sale)):
            QShortcut(QKeySequence(key), self, activated=slot)

    def _letters_shown(self, shown: bool) -> None:
        """The letters have a digits row: the member panel with the keypad, and the quick
        keys, make room for them."""
        self.left_panel.setVisible(not shown)
        self._page_room(self.pages.currentIndex())

    def _page_room(self, index: int) -> None:
        """Every page but the basket has the quick keys' room too (enrolment, returns,
        settings, reports): at 1024x768 it fits whole that way."""
        self.quick_panel.setVisible(index == BASKET_PAGE and self.keyboard.isHidden())

    def _remember_text_field(self, _old, new) -> None:
        if isinstance(new, QLineEdit) and self.isAncestorOf(new):
            self._text_field = new
            self.enrol_scroll.keep_in_view(new)

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
        form = self.enrol_scroll.fields()
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

    def show_basket(self) -> None:
        self.pages.setCurrentIndex(BASKET_PAGE)

    def show_enrolment(self) -> None:
        self.pages.setCurrentIndex(ENROL_PAGE)
        self.enrol_phone.setFocus()

    def show_settings(self) -> None:
        self.settings_page.lock()
        self.pages.setCurrentIndex(SETTINGS_PAGE)

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
        self.pages.setCurrentIndex(RETURNS_PAGE)

    def _returned(self, text: str) -> None:
        self.message.success(text)
        self.refresh()
        self.print_worker.nudge()
        self.show_basket()

    # -- showing state ----------------------------------------------------------
    def _render(self, screen: Screen) -> None:
        self.screen = screen
        # No-break spaces: an amount never wraps between its digits.
        money = lambda ore: format_amount(ore, self.terminal.currency).replace(" ", "\u00a0")
        extra = self.rewards_ui.member_lines(screen.view, money, screen.is_empty)
        self.member_panel.show_member(screen.view, screen.applied, screen.rewards, money, extra)
        self.basket_panel.show_settlement(screen.settlement, money)
        if screen.error is not None:
            self.message.error(translated(screen.error))
        self.pay_bar.show_totals(screen.settlement, money)
        self._show_pending()

    def _show_pending(self) -> None:
        client = self.runtime.sync_client
        self.status.show_sync(self.sync_state, None if client is None else self.screen.pending)

    def _show_error(self, exc: UserError) -> None:
        self.message.error(translated(exc))

    def _show_failure(self, exc) -> None:
        if exc is not None:
            self._show_error(exc)
        else:
            self.message.error(self.tr("Something went wrong – the sale is kept; see the log"))

    def _show_snapshot_progress(self, done: int, total: int) -> None:
        self.status.show_snapshot_progress(done, total)

    def _show_busy(self, busy: bool) -> None:
        self.status.show_busy(busy)
        self.pay_bar.set_busy(busy)

    def _show_sync_state(self, result) -> None:
        self.sync_state = self.status.sync_state(result, self.terminal.clock())
        self.refresh()
        self.jobs.run(self.terminal.dead_letter_count, self.status.show_refused_count)

    def shutdown(self) -> None:
        self.runtime.stop()
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
