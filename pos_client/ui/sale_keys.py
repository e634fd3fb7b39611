"""What the cashier's keys, taps and scans do: each is forwarded to the counter
(``pos_client.counter``) on the jobs thread, then the new screen is drawn and
the outcome said on the message line.

A mixin of ``MainWindow`` (main_window.py builds the widgets these methods use).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ..counter import (
    Choices, CouponApplied, EmptyBasket, ItemAdded, MemberAttached, NotFound, Paid, Refused, Unrecognised,
)
from ..domain.money import format_amount


class SaleKeys:
    def _do(self, action, after=None) -> None:
        """Run ``action`` on the jobs thread; draw the new screen, then ``after(result)``."""
        self.message.clear()                 # the next action: an error shown so far goes

        def job():
            return action(), self.counter.snapshot()

        def done(out):
            result, screen = out
            self._render(screen)
            if after is not None:
                after(result)
        self.jobs.run(job, done, self._show_error)

    def refresh(self) -> None:
        self.jobs.run(self.counter.snapshot, self._render)

    @property
    def sale(self):
        """The current sale (the counter's; touch it on the jobs thread only)."""
        return self.counter.sale

    def handle_scan(self, text: str) -> None:
        """A scan from the wedge filter or a serial scanner: the counter routes it.
        What the cashier had typed stays in the lookup field (the wedge filter took the
        scan's own keys back out)."""
        if self.rewards_ui.take_scan(text):          # the friend's card into "Referred by"
            return
        self._do(lambda: self.counter.handle(text), lambda out: self._show_outcome(out, typed=False))

    def do_lookup(self) -> None:
        """Enter in the lookup field: a phone, a name, or an item or code typed by hand."""
        text = self.lookup_field.text().strip()
        if text:
            self._do(lambda: self.counter.handle(text, typed=True), self._show_outcome)

    def _show_outcome(self, out, typed: bool = True) -> None:
        self.member_panel.show_choices(())
        match out:
            case MemberAttached() | ItemAdded() | CouponApplied():
                if typed:                         # the name was found: the basket's keys are back
                    self.lookup_field.clear()
                    self.keyboard.hide()
            case Choices(choices):
                self.member_panel.show_choices(choices)
            case NotFound(phone):
                self.message.warning(self.tr("No member found – tap New member (F4) to enrol"))
                self.enrol_phone.setText(phone)
            case Unrecognised():
                self.message.error(self.tr("Scan not recognised – try again"))
            case Refused(error):
                self._show_error(error)

    def _pick_member(self, member_id: str) -> None:
        self._do(lambda: self.counter.pick(member_id), lambda _: self.lookup_field.clear())

    def add_item(self, code: str) -> None:
        self._do(lambda: self.counter.add(code))

    def change_qty(self, step: int | None) -> None:
        """±1 on the tapped basket line, or remove it (step None)."""
        self.basket_panel.step(step)

    def _change_qty(self, sku: str, step: int | None) -> None:
        self._do(lambda: self.counter.step(sku, step))

    def _toggle_coupon(self, item) -> None:
        """A tap on a coupon-list row (the member panel signals which)."""
        self.member_panel.tap(item)

    def _toggle_reward(self, card_id: str) -> None:
        self._do(lambda: self.counter.toggle_reward(card_id))

    def _toggle_coupon_id(self, coupon_id: str) -> None:
        self._do(lambda: self.counter.toggle_coupon(coupon_id))

    def focus_coupons(self) -> None:
        self.member_panel.focus_coupons()

    def do_enrol(self) -> None:
        form, referred_by = self.enrol_scroll.values(), self.rewards_ui.referred_by()
        self._do(lambda: self.counter.enrol(form, referred_by), self._enrolled)

    def _enrolled(self, member) -> None:
        self.enrol_scroll.clear()
        self.rewards_ui.clear_enrolment()
        self.show_basket()
        self.lookup_field.clear()
        self.message.success(self.tr("Welcome! %1 is now a member").replace("%1", member.name or member.phone))

    def pay(self, tender: str) -> None:
        """Complete the sale; typed digits before Cash are the cash given (change is shown)."""
        typed = self.lookup_field.text()
        self._do(lambda: self.counter.pay(tender, typed), self._paid)

    def _paid(self, out: Paid | EmptyBasket) -> None:
        if isinstance(out, EmptyBasket):
            self.message.info(self.tr("The basket is empty"))
            return
        result = out.result
        self.last_receipt = result.receipt_no
        self.lookup_field.clear()
        total = format_amount(result.settlement.due, self.terminal.currency)
        text = self.tr("Paid %1 – receipt %2").replace("%1", total).replace("%2", result.receipt_no)
        if result.member is not None:        # the customer hears what the sale earned
            text += " – " + self.tr("%1 now has %2 points").replace(
                "%1", result.member.name or result.member.phone).replace("%2", str(result.member.points))
        if result.cash_given is not None:
            text += " – " + self.tr("change %1").replace("%1", format_amount(result.change, self.terminal.currency))
        # The change to hand back stays until the next sale starts; a card payment's line fades.
        self.message.success(text, fade=result.cash_given is None)
        self.runtime.sold()

    def reprint_last(self) -> None:
        def done(number):
            if number:
                self.message.success(self.tr("Copy of %1 sent to the printer").replace("%1", number))
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

        self.show_basket()
        self._do(self.counter.clear)             # journaled: a void counts in the X/Z report

    def show_refused(self) -> None:
        from .refused_dialog import RefusedDialog
        self.jobs.run(self.terminal.dead_letters, lambda rows: RefusedDialog(rows, self).open())

