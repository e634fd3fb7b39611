"""One basket being rung up, and what a completed sale returns."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sync.protocol import SaleCompleted

from ..domain.catalogue import Product
from ..domain.errors import CouponRefused, InvalidInput, TillError
from ..domain.member import Coupon, MemberState
from ..domain.settlement import BasketLine, Settlement, check_coupon, settle
from ..ids import uuid7
from ..store import writes
from ..store.rows import coupon_to_wire
from .coupons import coupon_issuer
from .events import emit

if TYPE_CHECKING:
    from .terminal import Terminal


@dataclass
class SaleResult:
    sale_id: str
    receipt_no: str
    settlement: Settlement
    tender: str
    cash_given: int | None
    change: int
    coupons_issued: list[Coupon]
    member: MemberState | None
    points_before: int | None = None
    rounding: int = 0                   # cash rounding (paid - owed), DESIGN.md §8
    training: bool = False

    def to_json(self) -> dict:
        s = self.settlement
        doc = s.to_json()
        tenders = list(doc["tenders"])
        if s.due:
            tenders.append({"kind": self.tender, "amount": s.due + self.rounding})
        out = {
            "sale_id": self.sale_id, "receipt_no": self.receipt_no,
            "lines": doc["lines"], "benefits": doc["benefits"],
            "subtotal": s.subtotal, "discount_total": s.discount_total, "total": s.total,
            "tenders": tenders, "points_earned": s.points_earned,
            "points_redeemed": s.points_redeemed,
            "coupons_issued": [c.to_json() for c in self.coupons_issued],
            "member": self.member.to_json() if self.member else None,
        }
        if self.tender == "cash":
            out["rounding"] = self.rounding
        if self.training:
            out["training"] = True
        if self.cash_given is not None:
            out["cash_given"] = self.cash_given
            out["change"] = self.change
        return out


@dataclass
class _Line:
    product: Product
    qty: int


class Sale:
    """One basket.  Nothing is written until ``complete``."""

    def __init__(self, terminal: Terminal) -> None:
        self.terminal = terminal
        self.member: MemberState | None = None
        self._lines: dict[str, _Line] = {}
        self.coupon: Coupon | None = None
        self.cheques: list[Coupon] = []
        self.points = 0
        self.saved_rewards: set[str] = set()     # punch cards whose free units wait for next time
        self.issued_on_attach: list[Coupon] = []  # a birthday coupon issued as the sale began
        self.completed: SaleResult | None = None

    # -- basket --------------------------------------------------------------
    def attach(self, member: MemberState) -> MemberState:
        if self.member is None or self.member.member_id != member.member_id:
            self.saved_rewards.clear()             # another customer decides for themselves
        known = {c.id for c in member.coupons}
        member = self.terminal._birthday_coupons(member)
        # A birthday coupon issued (and sent to HQ by its own event) now: this sale's receipt prints it.
        self.issued_on_attach += [c for c in member.coupons if c.id not in known
                                  and all(c.id != seen.id for seen in self.issued_on_attach)]
        self.member = self.terminal._attach_coupons(member)
        return self.member

    def add(self, sku_or_ean: str, qty: int = 1) -> _Line:
        if qty <= 0 or qty > 9999:
            raise InvalidInput(f"quantity {qty} is not allowed (1 to 9999)")
        product = self.terminal.product(sku_or_ean)
        line = self._lines.get(product.sku)
        if line is None:
            line = self._lines[product.sku] = _Line(product, 0)
        line.qty += qty
        return line

    def set_qty(self, sku: str, qty: int) -> None:
        if qty <= 0:
            self.remove(sku)
        elif sku in self._lines:
            line = self._lines[sku]
            if qty < line.qty:                   # a line correction: journaled (SAF-T LINEDELETE)
                self.terminal.register.line_corrected(line.product, line.qty - qty)
            line.qty = qty

    def remove(self, sku: str) -> None:
        line = self._lines.pop(sku, None)
        if line is not None:
            self.terminal.register.line_corrected(line.product, line.qty)

    def void(self) -> None:
        """The cashier throws the basket away: journaled as a void (SAF-T VOIDREC), counted in X/Z."""
        if self._lines and self.completed is None:
            self.terminal.register.voided(sum(l.qty * l.product.price for l in self._lines.values()),
                                          len(self._lines))
            self._lines.clear()

    @property
    def lines(self) -> list[_Line]:
        return list(self._lines.values())

    @property
    def is_empty(self) -> bool:
        return not self._lines

    # -- loyalty -------------------------------------------------------------
    def apply_coupon(self, code: str) -> Coupon:
        if self.member is None:
            raise CouponRefused("look the member up before using a coupon", key="coupon_needs_member")
        coupon = self.terminal.coupon_from_scan(code)
        check_coupon(coupon, self.member, self.terminal.clock().date())
        previous = (self.coupon, list(self.cheques))
        if coupon.is_cheque:
            if any(c.id == coupon.id for c in self.cheques):
                raise CouponRefused(f"{coupon.name}: already on this sale", key="coupon_on_sale", name=coupon.name)
            self.cheques.append(coupon)
        else:
            if self.coupon is not None and self.coupon.id != coupon.id:
                raise CouponRefused("only one coupon per sale: remove the other one first", key="one_coupon_per_sale",
                                     name="")
            self.coupon = coupon
        try:
            self.settle()
        except TillError:
            self.coupon, self.cheques = previous
            raise
        return coupon

    def remove_coupon(self, coupon_id: str) -> None:
        """Un-apply ("save it for next time")."""
        if self.coupon and self.coupon.id == coupon_id:
            self.coupon = None
        self.cheques = [c for c in self.cheques if c.id != coupon_id]

    def save_reward(self, card_id: str, save: bool = True) -> None:
        """Keep a punch card's free unit for next time ("save it"), or use it after all."""
        if not any(card.id == card_id for card in self.terminal.program.punch_cards):
            raise InvalidInput(f"no punch card {card_id!r} in the program")
        if save:
            self.saved_rewards.add(card_id)
        else:
            self.saved_rewards.discard(card_id)

    def redeem_points(self, points: int) -> None:
        previous, self.points = self.points, points
        try:
            self.settle()
        except TillError:
            self.points = previous
            raise

    # -- money ---------------------------------------------------------------
    def basket(self) -> list[BasketLine]:
        return [
            BasketLine(l.product.sku, l.product.name, l.qty, l.product.price,
                       l.product.category, l.product.vat_percent)
            for l in self._lines.values()
        ]

    def settle(self) -> Settlement:
        t = self.terminal
        return settle(t.program, self.basket(), today=t.clock().date(), member=self.member,
                      coupon=self.coupon, cheques=self.cheques, redeem_points=self.points,
                      currency=t.currency, save_rewards=frozenset(self.saved_rewards))

    def complete(self, tender: str = "card", cash_given: int | None = None) -> SaleResult:
        """Settle and commit durably: sale, ledger, member sums, coupons, outbox
        event and print job in one transaction.  Printing happens afterwards."""
        if self.completed is not None:
            raise InvalidInput("this sale is already completed")
        if self.is_empty:
            raise InvalidInput("the basket is empty")
        if tender not in ("cash", "card"):
            raise InvalidInput(f"unknown tender {tender!r} (use cash or card)")
        t = self.terminal
        shop, _ = t.register.ready_to_sell()  # the shop's identity and a cashier, or a clear refusal
        if t.register.training:
            return self._complete_training(tender, cash_given)
        program = t.program
        now = t.clock()
        s = self.settle()
        tenders, rounding = t.register.payment(s.due, tender, [x.to_json() for x in s.tenders])
        paid = s.due + rounding
        if tender == "cash" and cash_given is not None and cash_given < paid:
            raise InvalidInput("the cash given is less than the amount due")
        change = (cash_given - paid) if (tender == "cash" and cash_given is not None) else 0
        member = self.member
        issued: list[Coupon] = []
        if member is not None and s.cheques_due and program.bonus_cheque:
            bc = program.bonus_cheque
            issued = [t._issue(None, member.member_id, now, cheque_amount=bc.amount, name=bc.name,
                               valid_days=bc.valid_days) for _ in range(s.cheques_due)]
        rewarded = t._sale_reward_coupons(member, s, now) if member is not None else []
        issued = issued + rewarded
        sale_id = uuid7()
        redeemed = ([s.coupon] if s.coupon else []) + list(s.cheques)
        after = _member_after(member, s, redeemed, issued) if member else None
        if after is not None:
            after.tier = program.tier_for(after.qualifying_spend).name
            after = t._rewards_after_sale(member, after, s, now)
        from ..printing import sale_receipt
        # Built before the transaction, so the writer is held only for the writes.
        on_sale = [c for c in self.issued_on_attach if member and c.member_id == member.member_id] + issued
        used = {c.id for c in redeemed}              # a birthday coupon used at once is not printed to keep
        receipt_json = sale_receipt(
            t, when=now, settlement=s, member_before=member, member_after=after,
            coupons_issued=[c for c in on_sale if c.id not in used], tender=tender, cash_given=cash_given,
            change=change, rounding=rounding).to_json()
        doc = s.to_json()
        doc.update(point_value=program.point_value, tender=tender, currency=t.currency, rounding=rounding,
                   member_id=member.member_id if member else None,
                   coupons_issued=[c.id for c in issued],
                   # Sale-wide rewards (step 7): a full return reverses them and voids these coupons.
                   extras=s.extras(member.member_id) if member else [],
                   reward_coupons=[c.id for c in rewarded],
                   rewards=s.rewards.to_json())

        journal_lines = [{**l, "category": sl.category} for l, sl in zip(doc["lines"], s.lines)]
        # Built and checked before the transaction too; only the receipt number comes from it.
        payload = SaleCompleted(
            sale_id=sale_id, receipt_no="", member_id=member.member_id if member else None,
            currency=t.currency,
            lines=[{k: l[k] for k in ("sku", "qty", "unit_price", "amount", "discount", "points", "stamps")}
                   for l in doc["lines"]],
            benefits=doc["benefits"], subtotal=s.subtotal, discount_total=s.discount_total, total=s.total,
            tenders=tenders, rounding=rounding,        # cash rounded (DESIGN.md §8)
            coupons_redeemed=[
                {"coupon_id": c.id, "def_id": c.def_id, "kind": c.kind, "amount": _redeemed_amount(c, s),
                 "member_id": c.member_id, "single_use": c.single_use, "issued_by": coupon_issuer(c)}
                for c in redeemed],
            coupons_issued=[coupon_to_wire(c) for c in issued], points_earned=s.points_earned,
            ledger=s.ledger(member.member_id) if member else [])

        def tx(conn):
            receipt_no = writes.next_receipt_no(conn)
            for coupon in redeemed:
                writes.redeem_coupon(conn, coupon, sale_id, now, coupon_issuer(coupon))
            writes.insert_coupons(conn, issued, t.store.terminal_id)
            payload.receipt_no = receipt_no
            event = emit(conn, t.store.terminal_id, payload, now)
            writes.insert_sale(conn, sale_id=sale_id, receipt_no=receipt_no, kind="sale",
                               member_id=payload.member_id, when=now, total=s.total, doc=doc,
                               event_id=event["event_id"])
            # The journal entry, signed and chained, in the same transaction as the sale.
            entry = t.register.record_sale(conn, when=now, receipt_no=receipt_no, lines=journal_lines,
                                           tenders=tenders, rounding=rounding, receipt_json=receipt_json,
                                           shop=shop)
            # The receipt is queued in the same transaction: it can wait for a printer, but it
            # can never be lost.  (Its number is the job's; the receipt is the journal entry's.)
            writes.enqueue_print(conn, receipt_no, receipt_json, now, entry_no=entry.entry_no)
            return receipt_no

        receipt_no = t.store.write(tx)
        self.completed = SaleResult(sale_id, receipt_no, s, tender, cash_given, change, on_sale,
                                    after, points_before=member.points if member else None,
                                    rounding=rounding)
        return self.completed

    def _complete_training(self, tender: str, cash_given: int | None) -> SaleResult:
        """Training mode: a "Treningskvittering" in its own number series and the journal,
        never a sale — no member, no balances, nothing for HQ's sales."""
        t = self.terminal
        now = t.clock()
        s = settle(t.program, self.basket(), today=now.date(), member=None, currency=t.currency)
        tenders, rounding = t.register.payment(s.due, tender, [])
        paid = s.due + rounding
        if tender == "cash" and cash_given is not None and cash_given < paid:
            raise InvalidInput("the cash given is less than the amount due")
        change = (cash_given - paid) if (tender == "cash" and cash_given is not None) else 0
        from ..printing import sale_receipt
        receipt_json = sale_receipt(
            t, when=now, settlement=s, member_before=None, member_after=None, coupons_issued=[],
            tender=tender, cash_given=cash_given, change=change, rounding=rounding, training=True).to_json()

        def tx(conn):
            receipt_no = t.register.next_training_no(conn)
            entry = t.register.record_sale(conn, when=now, receipt_no=receipt_no, lines=_journal_lines(s),
                                           tenders=tenders, rounding=rounding, receipt_json=receipt_json,
                                           training=True)
            writes.enqueue_print(conn, receipt_no, receipt_json, now, entry_no=entry.entry_no)
            return receipt_no

        receipt_no = t.store.write(tx)
        self.completed = SaleResult(uuid7(), receipt_no, s, tender, cash_given, change, [], None,
                                    rounding=rounding, training=True)
        return self.completed


def _journal_lines(s: Settlement) -> list[dict]:
    return [{**l.to_json(), "category": l.category} for l in s.lines]


def _member_after(member: MemberState, s: Settlement, redeemed: list[Coupon],
                  issued: list[Coupon]) -> MemberState:
    """The member after the sale, from the sale's own deltas (no re-read on the
    sale's critical path; the ledger sums in the store say the same)."""
    used = {c.id for c in redeemed}
    spend = member.qualifying_spend + s.total
    return replace(
        member,
        points=member.points + s.points_earned - s.points_redeemed,
        spend=member.spend + s.total,
        qualifying_spend=spend,
        stamps={**member.stamps, **s.stamps_after},
        cheques_issued=member.cheques_issued + s.cheques_due,
        coupons=[c for c in member.coupons if c.id not in used]
        + [c for c in issued if c.member_id == member.member_id],
        tier=member.tier,
    )


def _redeemed_amount(coupon: Coupon, s: Settlement) -> int:
    if coupon.is_cheque:
        return sum(t.amount for t in s.tenders if t.coupon_id == coupon.id)
    return sum(b.amount for line in s.lines for b in line.benefits if b.kind == "coupon")
