"""The counter: the current sale and what each scan, tap and key does to it — no Qt.

The window forwards input here (on its jobs thread) and draws what comes back:
``handle(text)`` routes a scan or typed text and answers with a typed
``Outcome``; the other methods are the cashier's keys (pay, clear, a coupon
or punch-card unit on or off, enrol, the points shop).  ``snapshot()`` is
everything the screen shows, read once, as plain data (``Screen``).

An expected refusal (an unknown code, a used coupon, a forged card) comes back
as ``Refused`` from ``handle``; the keys raise it as the ``UserError`` it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .domain.errors import TillError, UserError
from .domain.money import to_ore

__all__ = [
    "CASH_GIVEN", "Choices", "Counter", "CouponApplied", "EmptyBasket", "ItemAdded", "MemberAttached",
    "NotFound", "Outcome", "Paid", "Refused", "Screen", "Unrecognised",
]

# Typed before Cash: an amount of cash given ("500", "250,50"), never a phone number.
CASH_GIVEN = re.compile(r"\d{1,6}([.,]\d{1,2})?")
MEMBER_KINDS = ("member_code", "phone")


# -- what a scan or typed text did ------------------------------------------------------
class Outcome:
    """The base of every answer ``Counter.handle`` gives."""


@dataclass(frozen=True)
class MemberAttached(Outcome):
    member: object                   # MemberState, as attached (coupons and rewards filled in)


@dataclass(frozen=True)
class ItemAdded(Outcome):
    sku: str
    qty: int                         # the line's quantity now


@dataclass(frozen=True)
class CouponApplied(Outcome):
    coupon: object                   # Coupon


@dataclass(frozen=True)
class Choices(Outcome):
    """A name matched several members: (member id, label) to pick from."""

    choices: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class NotFound(Outcome):
    """No member matched; ``phone`` is the number to enrol with ("" for a name)."""

    phone: str = ""


@dataclass(frozen=True)
class Unrecognised(Outcome):
    """A scan that is none of member card, coupon, item or phone."""

    text: str


@dataclass(frozen=True)
class Refused(Outcome):
    """An expected refusal: the error says why (its key is translated by the GUI)."""

    error: UserError


@dataclass(frozen=True)
class Paid(Outcome):
    result: object                   # services.SaleResult


@dataclass(frozen=True)
class EmptyBasket(Outcome):
    pass


# -- what the screen shows ---------------------------------------------------------------
@dataclass(frozen=True)
class Screen:
    """What the window draws, computed on the jobs thread after every change."""

    member: object = None            # MemberState | None
    view: dict | None = None         # Terminal.member_view(member)
    settlement: object = None        # Settlement | None (None with an error)
    error: TillError | None = None   # why the basket does not settle
    applied: frozenset = frozenset()
    rewards: tuple = ()              # (card id, card name, free units, saved for next time)
    is_empty: bool = True
    pending: int = 0                 # events waiting to sync


class Counter:
    """Owns the current ``Sale``; every method runs on one thread (the window's jobs thread)."""

    def __init__(self, terminal) -> None:
        self.terminal = terminal
        self.sale = terminal.new_sale()

    # -- scans and typed text ------------------------------------------------------------
    def handle(self, text: str, typed: bool = False) -> Outcome:
        """A scan (``typed`` False) or text typed into the lookup field: a coupon is
        applied, an item added, a member looked up.  A scan that is nothing known is
        ``Unrecognised``; typed text that is nothing else is a name search."""
        try:
            return self._route(text, typed)
        except UserError as exc:
            return Refused(exc)

    def _route(self, text: str, typed: bool) -> Outcome:
        t = self.terminal
        kind = t.classify(text)
        if kind == "coupon_code":
            return CouponApplied(self.sale.apply_coupon(text))
        if kind == "ean":
            line = self.sale.add(text)
            return ItemAdded(line.product.sku, line.qty)
        if kind not in MEMBER_KINDS and not typed:
            return Unrecognised(text)
        if kind in MEMBER_KINDS:
            member = t.lookup(text)
            found = [member] if member else []
        else:
            found = t.find_members(text)
        if len(found) == 1:
            return MemberAttached(self.sale.attach(found[0]))
        if found:
            return Choices(tuple((m.member_id, f"{m.name} – {t.member_view(m)['phone_masked']}") for m in found))
        return NotFound(text if kind == "phone" else "")

    def pick(self, member_id: str) -> Outcome:
        """A member chosen from ``Choices``."""
        member = self.terminal.member(member_id)
        return MemberAttached(self.sale.attach(member)) if member else NotFound()

    # -- the basket ----------------------------------------------------------------------
    def add(self, code: str) -> ItemAdded:
        line = self.sale.add(code)
        return ItemAdded(line.product.sku, line.qty)

    def step(self, sku: str, step: int | None) -> None:
        """±1 on a line, or remove it (``step`` None).  The quantity is read now: a second
        tap may come before the screen is redrawn."""
        qty = next((line.qty for line in self.sale.lines if line.product.sku == sku), 0)
        self.sale.set_qty(sku, 0 if step is None else qty + step)

    def toggle_coupon(self, coupon_id: str) -> bool:
        """Use the member's coupon, or save it for next time; True when it is on the sale now."""
        sale = self.sale
        if (sale.coupon and sale.coupon.id == coupon_id) or any(c.id == coupon_id for c in sale.cheques):
            sale.remove_coupon(coupon_id)
            return False
        sale.apply_coupon(coupon_id)
        return True

    def toggle_reward(self, card_id: str) -> bool:
        """A punch card's free units now, or saved for next time; True when saved."""
        save = card_id not in self.sale.saved_rewards
        self.sale.save_reward(card_id, save)
        return save

    # -- the sale as a whole ---------------------------------------------------------------
    def pay(self, tender: str, typed: str = "") -> Paid | EmptyBasket:
        """Complete the sale; digits typed before Cash are the cash given (change comes back)."""
        if self.sale.is_empty:
            return EmptyBasket()
        typed = typed.strip()
        cash_given = to_ore(typed.replace(",", ".")) if tender == "cash" and CASH_GIVEN.fullmatch(typed) else None
        result = self.sale.complete(tender, cash_given=cash_given)
        self.sale = self.terminal.new_sale()
        return Paid(result)

    def clear(self) -> None:
        """The basket thrown away: journaled as a void (it counts in the X/Z report)."""
        self.sale.void()
        self.sale = self.terminal.new_sale()

    def start_over(self) -> None:
        """A new, empty sale, nothing journaled (benchmarks: the same member scanned afresh)."""
        self.sale = self.terminal.new_sale()

    # -- members ---------------------------------------------------------------------------
    def enrol(self, form: dict, referred_by: str | None = None):
        """``form``: phone, name, email, birthday, consents.  The new member is on the sale."""
        member = self.terminal.enroll(form["phone"], name=form["name"], email=form["email"],
                                      birthday=form["birthday"], consents=form["consents"],
                                      referred_by=referred_by)
        return self.sale.attach(member)

    def visit(self):
        """Visit points for the member on the sale (showing the card without buying)."""
        return self.sale.attach(self.terminal.visit(self.sale.member))

    def exchange(self, reward_id: str):
        """Points for a reward coupon, usable on this sale at once."""
        coupon, member = self.terminal.exchange_reward(self.sale.member, reward_id)
        self.sale.attach(member)
        return coupon

    def give(self, coupon_id: str, phone: str):
        """The member's transferable coupon to a friend: (the coupon moved, the friend)."""
        t = self.terminal
        friend = t.require_member(phone)
        moved, friend = t.give_coupon(coupon_id, friend, giver=self.sale.member)
        self.sale.attach(t.member(self.sale.member.member_id))
        return moved, friend

    # -- the screen --------------------------------------------------------------------------
    def snapshot(self) -> Screen:
        """Everything the screen needs, read once."""
        t, sale = self.terminal, self.sale
        settlement, error = None, None
        try:
            settlement = sale.settle()
        except TillError as exc:
            error = exc
        member = sale.member
        applied = {c.id for c in sale.cheques} | ({sale.coupon.id} if sale.coupon else set())
        due = settlement.rewards_due if settlement else {}
        rewards = tuple((card.id, card.name, due[card.id], card.id in settlement.rewards_saved)
                        for card in t.program.punch_cards if card.id in due)
        return Screen(member, t.member_view(member) if member else None, settlement, error,
                      frozenset(applied), rewards, sale.is_empty, t.outbox_pending())
