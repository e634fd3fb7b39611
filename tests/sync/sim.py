"""A terminal store driven the way the till drives it, for sync tests.

Each action is one writer transaction that changes the cache and appends its
outbox event (``pos_client.store.writes.append_event``), with payloads per
docs/events.md.  ``expected`` keeps what was sold, to compare with HQ.
"""

from __future__ import annotations

import json
import random
import uuid
from collections import defaultdict
from datetime import datetime, timedelta, timezone

from pos_client.store import writes
from pos_client.store.rows import iso
from pos_client.store.store import Store

T0 = datetime(2026, 11, 24, 8, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self, start: datetime = T0, skew: timedelta = timedelta()) -> None:
        self.now, self.skew = start, skew

    def __call__(self) -> datetime:
        self.now += timedelta(milliseconds=250)
        return self.now + self.skew


class SimTerminal:
    def __init__(self, data_dir, clock: Clock | None = None, rng: random.Random | None = None) -> None:
        self.store = Store.open(data_dir)
        self.clock = clock or Clock()
        self.rng = rng or random.Random(1)
        self.expected: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.sales: list[dict] = []

    @property
    def terminal_id(self) -> str:
        return self.store.terminal_id

    def close(self) -> None:
        self.store.close()

    def _event(self, kind: str, payload: dict) -> dict:
        now = self.clock()
        for e in payload.get("ledger", []):
            self.expected[e["member_id"]][e["account"]] += e["delta"]
        return self.store.write(lambda conn: writes.append_event(conn, self.terminal_id, kind, payload, now))

    def enrol(self, phone: str, coupon_amount: int = 5000) -> tuple[str, dict]:
        member_id = str(uuid.uuid4())
        now = self.clock()
        coupon = {"id": str(uuid.uuid4()), "member_id": member_id, "def_id": "welcome", "name": "Velkommen",
                  "kind": "amount", "amount": coupon_amount, "min_spend": 0, "valid_until": "2099-12-31",
                  "single_use": True, "code": f"TLC-{uuid.uuid4().hex[:8]}", "issued_at": iso(now)}
        consents = {"loyalty": True, "sms": False, "email": True}
        profile = {"member_id": member_id, "phone": phone, "name": f"Medlem {phone[-4:]}", "email": "",
                   "birthday": None, "consents": json.dumps(consents, sort_keys=True), "created_at": iso(now)}

        def tx(conn):
            assert writes.upsert_member(conn, profile)
            writes.record_consents(conn, member_id, consents, "2026-1", now, self.terminal_id)
            conn.execute("INSERT INTO coupons(coupon_id, member_id, def_id, name, kind, amount, min_spend,"
                         " valid_until, single_use, code, issued_at, issued_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                         (coupon["id"], member_id, "welcome", coupon["name"], "amount", coupon_amount, 0,
                          coupon["valid_until"], 1, coupon["code"], coupon["issued_at"], self.terminal_id))
            payload = {"member_id": member_id, "phone": phone, "name": profile["name"], "email": "",
                       "birthday": None, "consents": consents, "consent_text_version": "2026-1",
                       "coupons_issued": [coupon], "ledger": []}
            return writes.append_event(conn, self.terminal_id, "member_enrolled", payload, now)

        self.store.write(tx)
        return member_id, coupon

    def sell(self, member_id: str | None, total: int, coupon: dict | None = None, points_used: int = 0) -> dict:
        ledger, redeemed = [], []
        points = total // 100
        if member_id:
            ledger = [{"member_id": member_id, "account": "points", "delta": points},
                      {"member_id": member_id, "account": "spend", "delta": total},
                      {"member_id": member_id, "account": "stamps:dogfood", "delta": 1}]
            if points_used:
                ledger.append({"member_id": member_id, "account": "points", "delta": -points_used})
        if coupon:
            redeemed = [{"coupon_id": coupon["id"], "def_id": coupon["def_id"], "kind": coupon["kind"],
                         "amount": coupon["amount"], "member_id": coupon["member_id"], "issued_by": "x"}]
        payload = {"sale_id": str(uuid.uuid4()), "receipt_no": f"S-{len(self.sales) + 1:06d}",
                   "member_id": member_id, "currency": "NOK",
                   "lines": [{"sku": "DOG1", "qty": 1, "unit_price": total, "amount": total, "discount": 0,
                              "points": points, "stamps": {"dogfood": 1}}],
                   "benefits": [], "subtotal": total, "discount_total": 0, "total": total,
                   "tenders": [{"kind": "card", "amount": total}], "coupons_redeemed": redeemed,
                   "coupons_issued": [], "points_earned": points, "ledger": ledger}
        event = self._event("sale_completed", payload)
        self.sales.append({"member_id": member_id, "total": total, "points": points, "sale_id": payload["sale_id"]})
        return event

    def give_back(self, sale: dict) -> dict:
        member_id = sale["member_id"]
        ledger = []
        if member_id:
            ledger = [{"member_id": member_id, "account": "points", "delta": -sale["points"]},
                      {"member_id": member_id, "account": "spend", "delta": -sale["total"]},
                      {"member_id": member_id, "account": "stamps:dogfood", "delta": -1}]
        payload = {"return_id": str(uuid.uuid4()), "sale_id": sale["sale_id"], "receipt_no": "R-1",
                   "member_id": member_id, "lines": [{"sku": "DOG1", "qty": 1, "refund": sale["total"]}],
                   "refund": sale["total"], "ledger": ledger}
        return self._event("sale_returned", payload)

    def outbox(self) -> dict[str, int]:
        rows = self.store.read().execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall()
        return {state: n for state, n in rows}

    def member_sums(self, member_id: str) -> dict:
        row = self.store.read().execute(
            "SELECT points, spend, stamps FROM members WHERE member_id = ?", (member_id,)).fetchone()
        return None if row is None else {"points": row[0], "spend": row[1], "stamps": json.loads(row[2])}
