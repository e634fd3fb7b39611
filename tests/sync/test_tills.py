"""Done-when of issue 6 with the real till facade: two terminals paired to a
local HQ, one offline for a day of sales; both end with HQ's balances and the
double-used coupon is listed as a conflict."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

pytest.importorskip("pos_client.domain.program_file")

from pos_client.config import Config, ShopConfig  # noqa: E402
from pos_client.services import Terminal  # noqa: E402
from sync.client import SyncClient, pair  # noqa: E402
from sync.hq import admin  # noqa: E402
from sync.hq.report import report  # noqa: E402

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


class Clock:
    def __init__(self):
        from datetime import datetime, timezone
        self.now = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)

    def __call__(self):
        self.now += timedelta(seconds=30)
        return self.now


def till(hq, tmp_path, name):
    shop = ShopConfig(legal_name="Dyrebutikken Storgata AS", address="Storgata 1, 0155 Oslo",
                      org_number="999999999")
    t = Terminal.open(tmp_path / name, config=Config(shop=shop), clock=Clock())
    pair(t.store, hq.url, hq.code(name), name)
    client = SyncClient(t.store, hq.url, t.store.get_meta("device_token"), 5, clock=t.clock)
    assert client.sync_once().ok
    return t, client


def test_two_tills_one_offline_for_a_day(hq, tmp_path):
    admin.load_program(hq.db, str(DEMO / "program.toml"))
    admin.load_catalogue(hq.db, str(DEMO / "catalogue.csv"))
    a, ca = till(hq, tmp_path, "A")
    b, cb = till(hq, tmp_path, "B")
    skus = [p.sku for p in a.products()]
    assert skus and b.products()
    members = [a.enroll(f"+47 9{i:02d} 11 111", name=f"Kunde {i}", consents=["loyalty", "sms"]) for i in range(6)]
    assert ca.sync_once().ok and cb.sync_once().ok
    shared = members[0]
    coupon = b.lookup(shared.phone).coupons[0]
    # B is offline all day; A keeps syncing.
    for i in range(40):
        for t, m in ((a, members[i % 6]), (b, members[(i + 3) % 6])):
            m = shared if i == 5 else m
            sale = t.new_sale(member=t.lookup(m.phone))
            sale.add(skus[i % len(skus)], 1 + i % 3)
            if i == 5:
                sale.apply_coupon(coupon.code)     # the same welcome coupon on both tills
            sale.complete(tender="card")
        if i % 10 == 0:
            ca.sync_once()
    assert ca.sync_once().ok
    assert cb.sync_once().ok and ca.sync_once().ok          # B comes back
    rep = report(hq.db, now=a.clock.now)
    at_hq = {m["member_id"]: m for m in rep["members"]}
    for m in members:
        ma, mb = a.member(m.member_id).to_json(), b.member(m.member_id).to_json()
        for key in ("points", "spend", "qualifying_spend", "stamps", "tier"):
            assert ma[key] == mb[key] == at_hq[m.member_id][key], (key, ma, mb, at_hq[m.member_id])
    reused = [c for c in rep["conflicts"] if c["kind"] == "coupon_reused"]
    assert len(reused) == 1 and reused[0]["member_id"] == shared.member_id and len(reused[0]["event_ids"]) == 2
    assert a.status()["outbox_pending"] == b.status()["outbox_pending"] == 0
