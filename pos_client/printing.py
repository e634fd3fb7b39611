"""Receipts for sales, and the print queue's worker.

The sale's transaction already queued its receipt (``store.print_jobs``), so
nothing here can lose a sale or a receipt: a printer that is off, out of
paper or unplugged only delays it, with backoff, and the status says why.
"""

from __future__ import annotations

import logging
import random
import threading
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Callable

from hardware.printer import Printer, PrinterError, describe
from hardware.receipt import (
    Receipt, ReceiptBenefit, ReceiptCoupon, ReceiptLine, ReceiptMember, ReceiptTender, sample_receipt,
    vat_summary,
)

from .domain.cash_rounding import round_cash
from .domain.money import format_amount
from .reward_texts import exchanged_text, member_notes, not_applied_texts, reward_title

log = logging.getLogger(__name__)
MAX_BACKOFF_S = 60
PROGRESS = {"nb": "{amount} til {tier}", "sv": "{amount} till {tier}", "en": "{amount} to {tier}"}


def language_of(terminal) -> str:
    return terminal.config.terminal.language or "nb"


def identity(terminal, when: datetime) -> dict:
    """What every receipt carries (kassasystemforskriften § 2-8-4): the shop, its org.nr,
    the till, the cashier and the local time."""
    reg = terminal.register
    shop = reg.shop()
    cashier = reg.cashier[1] if reg.cashier else ""
    return {"shop_name": shop.legal_name, "shop_lines": tuple(x for x in (shop.address, shop.org_line) if x),
            "register_id": reg.register_id, "cashier": cashier, "occurred_at": reg.local(when)}


def sale_receipt(terminal, *, when: datetime, settlement, member_before, member_after,
                 coupons_issued, tender: str, cash_given: int | None, change: int,
                 rounding: int = 0, training: bool = False) -> Receipt:
    s = settlement
    lang = language_of(terminal)
    currency = terminal.currency
    lines = tuple(
        ReceiptLine(l.name, l.sku, l.qty, l.unit_price, l.amount,
                    tuple(ReceiptBenefit(b.kind, b.name, b.amount) for b in l.benefits),
                    not_applied_texts(l.not_applied, lang))
        for l in s.lines)
    tenders = [ReceiptTender(t.kind, t.amount) for t in s.tenders]
    if s.due:
        tenders.append(ReceiptTender(tender, s.due + rounding))
    member = None
    if member_after is not None:
        view = terminal.member_view(member_after)      # the same tier progress and stamps as on screen
        progress = PROGRESS.get(lang, PROGRESS["en"]).format(
            amount=format_amount(view["to_next_tier"], currency), tier=view["next_tier"]) \
            if view["next_tier"] else None
        cards = tuple(view["punch_cards"])
        coupons = tuple(_receipt_coupon(c, currency) for c in coupons_issued
                        if c.member_id in (None, member_after.member_id))
        member = ReceiptMember(member_after.name or member_after.phone[-4:], member_after.tier, progress,
                               member_before.points, member_after.points, s.points_earned, cards, coupons,
                               terminal.member_code(member_after),
                               not_applied_texts(s.notes, lang) + member_notes(member_after, lang, currency))
    return Receipt(
        # The number is the print job's, allocated inside the sale transaction.
        **identity(terminal, when), receipt_no="", rounding=rounding, training=training,
        language=lang, currency=currency, lines=lines,
        benefits=tuple(ReceiptBenefit(b.kind, b.name, b.amount) for b in s.benefits),
        subtotal=s.subtotal, discount_total=s.discount_total, total=s.total, tenders=tuple(tenders),
        cash_given=cash_given, change=change,
        vat=vat_summary([(l.vat_percent, l.net) for l in s.lines]), member=member)


def _receipt_coupon(c, currency: str) -> ReceiptCoupon:
    return ReceiptCoupon(c.name, format_amount(c.amount, currency) if c.amount is not None else
                         (f"{c.percent:g} %" if c.percent is not None else c.free_sku or ""),
                         c.valid_until, c.code)


def reward_receipt(terminal, *, when: datetime, member, coupon) -> Receipt:
    """The slip of a points exchange: what was bought with how many points, the coupon as a QR."""
    lang = language_of(terminal)
    after = member.points - coupon.points_cost
    slip = ReceiptMember(member.name or member.phone[-4:], member.tier, None, member.points, after, 0, (),
                         (_receipt_coupon(coupon, terminal.currency),), terminal.member_code(member),
                         (exchanged_text(coupon.points_cost, coupon.name, lang),))
    return Receipt(shop_name=terminal.config.terminal.name, receipt_no="", occurred_at=when, language=lang,
                   currency=terminal.currency, shop_lines=(reward_title(lang),), member=slip)


def return_receipt(terminal, *, when: datetime, returned, original: dict) -> Receipt:
    """A return receipt: the lines that came back, the refund, and the original receipt's number."""
    doc = original["doc"]
    vat_of = {l["sku"]: l.get("vat_percent", 0) for l in doc["lines"]}
    lines = tuple(ReceiptLine(l.name, l.sku, l.qty, -round(l.refund / l.qty), -l.refund, ())
                  for l in returned.lines)
    refund = returned.refund
    tender = doc.get("tender") or "cash"
    paid = round_cash(-refund, terminal.currency, terminal.region) if tender == "cash" else -refund
    ident = identity(terminal, when)
    ident["shop_lines"] += (f"Ref. {original['receipt_no']}",)
    return Receipt(
        **ident, receipt_no="", rounding=paid + refund,
        language=language_of(terminal), currency=terminal.currency, kind="return",
        lines=lines, subtotal=-refund, total=-refund,
        tenders=(ReceiptTender(tender, paid),),
        vat=vat_summary([(vat_of.get(l.sku, 0), -l.net) for l in returned.lines]))


def open_printer(terminal) -> Printer:
    cfg = terminal.config.printer
    return Printer(cfg.uri, cfg.profile, cfg.width_mm, data_dir=terminal.data_dir,
                   timeout_s=5.0, drawer_pin=cfg.drawer_pin)


class PrintQueue:
    """Prints what is due, in order; stops at the first failure so receipts keep their order."""

    def __init__(self, terminal, printer: Printer | None = None, clock: Callable[[], datetime] | None = None):
        self.terminal = terminal
        self.jobs = terminal.print_jobs()
        self.printer = printer or open_printer(terminal)
        self.clock = clock or terminal.clock
        self.last_error: str | None = None

    def flush(self) -> int:
        printed = 0
        for job in self.jobs.due(self.clock()):
            receipt = replace(Receipt.from_json(job.receipt_json), receipt_no=job.receipt_no)
            if job.copy and not receipt.copy:
                receipt = _as_copy(receipt)
            self.jobs.mark_sending(job.job_id)
            try:
                # The drawer opens with the first print of a cash sale, never for a copy.
                cash = any(t.kind == "cash" for t in receipt.tenders) and not receipt.copy
                self.printer.print_receipt(receipt, kick_drawer=cash)
            except PrinterError as exc:
                delay = min(MAX_BACKOFF_S, 2 ** min(job.attempts, 6)) * random.uniform(0.8, 1.2)
                self.jobs.mark_failed(job.job_id, exc.reason, self.clock() + timedelta(seconds=delay))
                self.last_error = exc.reason
                log.warning("receipt %s not printed: %s", job.receipt_no, exc.message)
                break
            self.jobs.mark_done(job.job_id, self.clock())
            self.last_error = None
            printed += 1
        return printed

    def reprint(self, receipt_no: str | None = None) -> str:
        """Queue the one copy (marked KOPI) a receipt may have, journaled; a second is refused."""
        return self.terminal.register.copy_receipt(receipt_no)

    def state(self) -> tuple[int, str | None]:
        """(receipts waiting, why the printer last failed or None) — the GUI words it."""
        waiting = self.jobs.waiting()
        if not waiting:
            return 0, None
        return len(waiting), waiting[0].last_error or self.last_error

    def summary(self) -> str:
        count, reason = self.state()
        if not count:
            return "printed"
        text = f"{count} receipt{'s' if count != 1 else ''} waiting"
        return text + (f" – printer: {describe(reason, 'en')}" if reason else "")


class PrintWorker:
    """Background printing for the GUI: flushes when nudged and every few seconds."""

    def __init__(self, queue: PrintQueue, on_state: Callable[[tuple], None] | None = None, interval_s: float = 3.0):
        self.queue, self.on_state, self.interval_s = queue, on_state, interval_s
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="printer", daemon=True)

    def start(self) -> None:
        self.queue.jobs.recover()
        self._thread.start()

    def nudge(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.queue.flush()
                if self.on_state:
                    self.on_state(self.queue.state())
            except Exception:  # keep printing alive; the log has the bug
                log.exception("print worker")
            self._wake.wait(self.interval_s)
            self._wake.clear()


def _as_copy(receipt: Receipt) -> Receipt:
    return replace(receipt, copy=True)


def flush_queue(terminal) -> str:
    queue = PrintQueue(terminal)
    queue.jobs.recover()
    queue.flush()
    return queue.summary()


def print_test_receipt(terminal) -> str:
    """A sample receipt straight to the printer (settings, self-test, ``printer test``); its URI."""
    queue = PrintQueue(terminal)
    sample = sample_receipt(3, language_of(terminal))
    queue.printer.print_receipt(replace(sample, kind="test", shop_name=terminal.config.terminal.name))
    return queue.printer.uri
