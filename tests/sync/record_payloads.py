"""Records the outbox events of one day at a till, as the till of this version writes them.

``tests/sync/fixtures/payloads_v0.1.json`` was written by this script with the
till of version 0.1.0 (before the payloads were typed): the new HQ must accept
and apply those, whatever the till writes today.  Run:
``uv run python tests/sync/record_payloads.py OUT.json``.
"""

from __future__ import annotations

import json
import sys
import tempfile

from pos_client.store.outbox import rows as outbox_rows
from tests.helpers import FakeClock, demo_terminal


def record() -> list[dict]:
    clock = FakeClock()
    with tempfile.TemporaryDirectory() as tmp, demo_terminal(tmp, clock) as t:
        m = t.enroll("+47 915 55 555", name="Kari", email="kari@example.no", birthday="1990-11-27",
                     consents=["loyalty", "sms"])
        big = max(t.products(), key=lambda p: p.price)
        dog = next(p for p in t.products() if p.category == "dogfood")
        sale = t.new_sale(t.lookup(m.phone))          # the birthday week: coupons_issued
        sale.add(dog.ean, 2)
        sale.apply_coupon(m.coupons[0].code)
        first = sale.complete(tender="card")
        clock.advance(minutes=5)
        sale = t.new_sale(t.lookup(m.phone))
        sale.add(big.sku, 30)
        cheque_sale = sale.complete(tender="cash", cash_given=100_000_000)
        cheque = next(c for c in cheque_sale.coupons_issued if c.kind == "cheque")
        clock.advance(minutes=5)
        sale = t.new_sale(t.lookup(m.phone))
        sale.add(big.sku)
        sale.apply_coupon(cheque.code)
        sale.redeem_points(100)
        sale.complete(tender="card")
        clock.advance(minutes=5)
        anonymous = t.new_sale()
        anonymous.add(dog.sku)
        anonymous.complete(tender="cash", cash_given=dog.price)
        t.return_items(first.receipt_no, [(dog.sku, 1)])
        return [{"event_id": event_id, "seq": seq, "kind": kind, "occurred_at": when, "payload": json.loads(payload)}
                for seq, event_id, kind, when, payload in outbox_rows(t.store.read())]


if __name__ == "__main__":
    events = record()
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        json.dump(events, f, ensure_ascii=False, indent=1)
    print(sorted({e["kind"] for e in events}), len(events))
