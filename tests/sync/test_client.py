"""The terminal sync client against a real HQ: pairing, push/pull, dead letters,
401, 410 re-snapshot, clock skew, erasure, wiped terminal."""

from __future__ import annotations

from datetime import timedelta

import httpx

from sync.client import SyncClient, pair
from sync.hq import admin
from sync.hq.report import report

from hq_server import HQServer
from sim import Clock, SimTerminal


def paired(hq, tmp_path, name, clock=None):
    sim = SimTerminal(tmp_path / name, clock=clock)
    pair(sim.store, hq.url, hq.code(name), name)
    client = SyncClient(sim.store, hq.url, sim.store.get_meta("device_token"), timeout_s=5, clock=sim.clock)
    return sim, client


def hq_members(hq):
    return {m["member_id"]: m for m in report(hq.db)["members"]}


def test_two_terminals_converge_with_hq(hq, tmp_path):
    a, ca = paired(hq, tmp_path, "A")
    b, cb = paired(hq, tmp_path, "B")
    members = []
    for i in range(40):
        mid, coupon = a.enrol(f"+4791{i:06d}")
        members.append((mid, coupon))
        a.sell(mid, 10000 + i * 100)
    a.give_back(a.sales[0])
    r = ca.sync_once()
    assert r.ok and r.pushed == 81 and r.dead == 0, r
    assert a.outbox() == {"sent": 81}
    r = cb.sync_once()
    assert r.ok and r.pulled > 0
    for mid, _ in members:
        assert b.member_sums(mid) == a.member_sums(mid)
    at_hq = hq_members(hq)
    for mid, _ in members:
        assert at_hq[mid]["points"] == a.expected[mid]["points"]
        assert at_hq[mid]["spend"] == a.expected[mid]["spend"]
    # B redeems A's coupon; A learns it is used.
    mid, coupon = members[5]
    b.sell(mid, 20000, coupon=coupon)
    assert cb.sync_once().ok and ca.sync_once().ok
    used = a.store.read().execute("SELECT redeemed_at FROM coupons WHERE coupon_id = ?", (coupon["id"],)).fetchone()
    assert used[0] is not None
    # keys: each terminal knows HQ's and the other's public key
    kb = {row[0] for row in b.store.read().execute("SELECT owner FROM keys")}
    assert {"hq", a.terminal_id} <= kb
    for sim in (a, b):
        assert sim.store.get_meta("last_sync") and sim.store.get_meta("sync_error") == ""


def test_permanent_rejection_is_dead_lettered_and_rest_flow(hq, tmp_path):
    admin.set_setting(hq.db, "max_offline_coupon_value", "10")
    admin.set_setting(hq.db, "offline_grace_s", "60")
    a, ca = paired(hq, tmp_path, "A")
    mid, coupon = a.enrol("+4791000001")
    a.clock.now += timedelta(hours=3)              # the sale waits offline for hours
    a.sell(mid, 30000, coupon=coupon)
    a.clock.now += timedelta(hours=3)
    a.sell(mid, 1000)
    r = ca.sync_once()
    assert r.dead == 1 and r.pushed == 2 and r.ok
    dead = a.store.read().execute("SELECT kind, last_error FROM outbox WHERE state = 'dead'").fetchall()
    assert dead[0][0] == "sale_completed" and "offline_coupon_over_limit" in dead[0][1]
    assert a.store.counts()["dead_letters"] == 1


def test_revoked_token_asks_for_repair(hq, tmp_path):
    a, ca = paired(hq, tmp_path, "A")
    from sync.hq.pairing import revoke
    revoke(hq.db, "A")
    a.sell(None, 500)
    r = ca.sync_once()
    assert not r.ok and r.needs_repair
    assert a.store.get_meta("needs_repair") == "1"
    assert "re-pair" in a.store.get_meta("sync_error")
    assert a.outbox() == {"pending": 1}
    # Re-pairing with a new code clears it and the event goes through.
    pair(a.store, hq.url, hq.code("A"), "A")
    assert a.store.get_meta("needs_repair") == "0"
    ca2 = SyncClient(a.store, hq.url, a.store.get_meta("device_token"), 5, clock=a.clock)
    assert ca2.sync_once().ok and a.outbox() == {"sent": 1}


def test_cursor_too_old_resnapshots_with_outbox_intact(hq, tmp_path):
    a, ca = paired(hq, tmp_path, "A")
    b, cb = paired(hq, tmp_path, "B")
    keep, gone = a.enrol("+4791000002")[0], a.enrol("+4791000003")[0]
    assert ca.sync_once().ok and cb.sync_once().ok
    assert b.member_sums(gone) is not None
    admin.erase_member(hq.db, gone)
    admin.prune_feed(hq.db, keep=0)                   # the tombstone is pruned away too
    b.sell(keep, 4000)                                 # B has unsent work
    b.store.write(lambda conn: conn.execute("UPDATE meta SET value = 'x' WHERE key = 'needs_repair'"))
    before = b.store.read().execute("SELECT seq, event_id, payload FROM outbox").fetchall()
    # B's cursor is now below the floor: 410 -> snapshot; the outbox is untouched and then pushed.
    r = cb.sync_once()
    assert r.ok, r
    assert b.member_sums(gone) is None                # swept: HQ no longer has the person
    after = b.store.read().execute("SELECT seq, event_id, payload FROM outbox").fetchall()
    assert [tuple(x) for x in after] == [tuple(x) for x in before]
    assert b.member_sums(keep)["spend"] == 4000


def test_erasure_reaches_terminals(hq, tmp_path):
    a, ca = paired(hq, tmp_path, "A")
    b, cb = paired(hq, tmp_path, "B")
    mid, _ = a.enrol("+4791000004")
    a.sell(mid, 2500)
    assert ca.sync_once().ok and cb.sync_once().ok
    admin.erase_member(hq.db, mid)
    assert ca.sync_once().ok and cb.sync_once().ok
    for sim in (a, b):
        conn = sim.store.read()
        assert conn.execute("SELECT count(*) FROM members WHERE member_id = ?", (mid,)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM consents WHERE member_id = ?", (mid,)).fetchone()[0] == 0
        # the ledger keeps only the pseudonymous id
        assert conn.execute("SELECT count(*) FROM ledger WHERE member_id = ?", (mid,)).fetchone()[0] > 0


def test_clock_skew_is_measured_and_harmless(hq, tmp_path):
    skewed = Clock(skew=timedelta(hours=-7))
    a, ca = paired(hq, tmp_path, "A", clock=skewed)
    mid, _ = a.enrol("+4791000005")
    a.sell(mid, 10000)
    assert ca.sync_once().ok
    offset = float(a.store.get_meta("hq_clock_offset_s"))
    # the sim clock starts on 2026-11-24 08:00 and is then shifted 7 h back
    real = (httpx.get(hq.url + "/healthz").json()["server_time"])
    from datetime import datetime
    expected = (datetime.fromisoformat(real) - skewed.now - skewed.skew).total_seconds()
    assert abs(offset - expected) < 120
    assert hq_members(hq)[mid]["spend"] == 10000


def test_wiped_terminal_repairs_without_corrupting_hq(hq, tmp_path):
    a, ca = paired(hq, tmp_path, "A")
    mid, _ = a.enrol("+4791000006")
    a.sell(mid, 3000)
    assert ca.sync_once().ok
    old_token = a.store.get_meta("device_token")
    a.close()
    import shutil
    shutil.rmtree(tmp_path / "A")
    fresh, cf = paired(hq, tmp_path, "A")          # same name, new database, new terminal id
    assert cf.sync_once().ok
    assert fresh.member_sums(mid) == {"points": 30, "spend": 3000, "stamps": {"dogfood": 1}}
    fresh.sell(mid, 1000)
    assert cf.sync_once().ok
    rep = report(hq.db)
    assert not [c for c in rep["conflicts"] if c["kind"] == "seq_gap"]
    assert {m["member_id"]: m for m in rep["members"]}[mid]["spend"] == 4000
    # the old registration's token no longer works
    resp = httpx.get(hq.url + "/v1/changes", headers={"Authorization": f"Device {old_token}"})
    assert resp.status_code == 401


def test_hq_pace_holds_the_pull_never_the_push(tmp_path, monkeypatch):
    """Under load HQ answers ``next_pull_s``: the background round still pushes
    each sale at once but leaves the pull until then; a manual sync pulls."""
    monkeypatch.setenv("POS_HQ_PULL_RATE", "0.05")          # one till pulling: come back in 20 s
    server = HQServer(str(tmp_path / "hq.db")).start()
    try:
        a, ca = paired(server, tmp_path, "A")
        b, cb = paired(server, tmp_path, "B")
        assert ca.sync_once().ok and cb.sync_once().ok
        assert 10 < ca.pull_wait_s() <= 20
        mid, _ = b.enrol("+4790000001")
        assert cb.sync_once().ok
        a.sell(None, 5000)
        r = ca.sync_once(pull_if_due=True)
        assert r.ok and r.pushed == 1 and r.pulled == 0 and a.member_sums(mid) is None
        clock = ca.monotonic
        ca.monotonic = lambda: clock() + 21                  # the wait has passed
        r = ca.sync_once(pull_if_due=True)
        assert r.ok and r.pulled > 0 and a.member_sums(mid) is not None
        b.sell(mid, 10000)
        assert cb.sync_once().ok
        assert ca.sync_once().pulled > 0 and a.member_sums(mid)["spend"] == 10000      # manual: pulls now
        a.close()
        b.close()
    finally:
        server.stop()
