"""Coupons: issuing signed codes, reading a scanned one, the birthday coupon."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sync.protocol import CouponsIssued

from ..domain import codes
from ..domain.errors import CouponRefused
from ..domain.member import Coupon, MemberState, in_birthday_week
from ..domain.program import CouponDef
from ..store import writes
from ..store.rows import coupon_to_wire
from .events import emit


class CouponsMixin:
    """Terminal's coupon operations (mixed into ``Terminal``)."""

    def _issue(self, definition: CouponDef | None, member_id: str, now: datetime, *,
               cheque_amount: int | None = None, name: str = "", valid_days: int = 0) -> Coupon:
        coupon_id = str(uuid.uuid4())
        if definition is not None:
            kind = "percent" if definition.percent is not None else (
                "amount" if definition.amount is not None else "free_sku")
            fields = dict(def_id=definition.id, name=definition.name, kind=kind,
                          percent=definition.percent, amount=definition.amount,
                          free_sku=definition.free_sku, min_spend=definition.min_spend,
                          single_use=definition.single_use, transferable=definition.transferable)
            valid_days = definition.valid_days
        else:
            fields = dict(def_id="bonus_cheque", name=name, kind="cheque", percent=None,
                          amount=cheque_amount, free_sku=None, min_spend=0, single_use=True)
        valid_until = now.date() + timedelta(days=valid_days)
        code = codes.issue_coupon_code(
            self.store.signing_key, coupon_id=coupon_id, member_id=member_id,
            kind=fields["kind"], valid_until=valid_until, def_id=fields["def_id"],
            percent=fields["percent"], amount=fields["amount"], free_sku=fields["free_sku"],
            min_spend=fields["min_spend"], single_use=fields["single_use"],
        )
        return Coupon(id=coupon_id, member_id=member_id, issued_at=now, valid_until=valid_until,
                      code=code, **fields)

    def coupon_from_scan(self, code_or_id: str) -> Coupon:
        """A scanned coupon/cheque code (verified offline) or a coupon id from the panel."""
        text = code_or_id.strip()
        if codes.looks_like_code(text):
            scanned = codes.verify_coupon(text, self.store.keyring())
            known = self.store.coupon(scanned.coupon_id)
            if known is not None:
                return known
            # Issued elsewhere and not synced here yet: the signed code carries it all.
            return self._known_definition(Coupon(
                id=scanned.coupon_id, member_id=scanned.member_id, def_id=scanned.def_id,
                name=self._coupon_name(scanned), kind=scanned.kind, issued_at=self.clock(),
                valid_until=scanned.valid_until, code=text.upper(), percent=scanned.percent,
                amount=scanned.amount, free_sku=scanned.free_sku, min_spend=scanned.min_spend,
                single_use=scanned.single_use,
            ))
        known = self.store.coupon(text)
        if known is None:
            raise CouponRefused(f"{text!r} is not a coupon code", key="not_a_coupon", text=text)
        return known

    def _coupon_name(self, scanned) -> str:
        if scanned.kind == "cheque":
            cheque = self.program.bonus_cheque
            return cheque.name if cheque else "Bonussjekk"
        definition = self.program.coupon(scanned.def_id) or self.program.reward(scanned.def_id)
        return definition.name if definition else scanned.def_id

    def _birthday_coupons(self, member: MemberState) -> MemberState:
        """Issue the birthday coupon the first time the member shops in the birthday week."""
        now = self.clock()
        defs = self.program.coupons_triggered_by("birthday")
        if not defs or not in_birthday_week(member.birthday, now.date()):
            return member
        if self.store.birthday_coupon_issued(member.member_id, [d.id for d in defs], now.year):
            return member
        coupons = [self._issue(d, member.member_id, now) for d in defs]

        def tx(conn):
            writes.insert_coupons(conn, coupons, self.store.terminal_id)
            emit(conn, self.store.terminal_id, CouponsIssued(
                member_id=member.member_id, coupons_issued=[coupon_to_wire(c) for c in coupons], ledger=[]), now)

        self.store.write(tx)
        return self.member(member.member_id)


def coupon_issuer(coupon: Coupon) -> str:
    """Which key signed the coupon (hex key id of a terminal or HQ), read from its code."""
    return codes.key_id_in(coupon.code) if coupon.code else ""
