"""HQ over real HTTP, on SQLite and PostgreSQL: pairing, ingest rules, feed, snapshot."""

from __future__ import annotations

import uuid

import httpx

from sync.hq import admin
from sync.hq.report import report

from hq_wire import WireTerminal, coupon, enrol, sale


def test_pairing_is_one_time_and_idempotent_for_the_same_terminal(hq):
    code = hq.code("Kasse 1")
    a = WireTerminal(hq.url, code)
    # The answer was lost: the same terminal asks again and gets the same pairing.
    again = httpx.post(hq.url + "/v1/pair", json=a.pair_body)
    assert again.status_code == 200
    assert again.json()["device_token"] == a.token
    assert again.json()["terminal_name"] == "Kasse 1"
    # Anyone else with the code is refused.
    other = {**a.pair_body, "terminal_id": str(uuid.uuid4())}
    resp = httpx.post(hq.url + "/v1/pair", json=other)
    assert resp.status_code == 403 and resp.json()["error"] == "code_used"
    bad = httpx.post(hq.url + "/v1/pair", json={**a.pair_body, "code": "NOPE-NOPE"})
    assert bad.status_code == 403 and bad.json()["error"] == "invalid_code"
    # Tokens are stored hashed only.
    with hq.db.engine.connect() as conn:
        dump = str(conn.exec_driver_sql("SELECT * FROM terminals").all())
    assert a.token not in dump


def test_auth_required_and_revoke(hq):
    a = WireTerminal(hq.url, hq.code("Kasse 1"))
    assert httpx.get(hq.url + "/v1/changes").status_code == 401
    assert httpx.get(hq.url + "/v1/changes", headers={"Authorization": "Device nope"}).status_code == 401
    assert a.changes().status_code == 200
    from sync.hq.pairing import revoke
    revoke(hq.db, "Kasse 1")
    resp = a.changes()
    assert resp.status_code == 401 and resp.json()["error"] == "unauthorized"
    # The events endpoint checks the token itself (inside the batch's transaction).
    pushed = a.push([a.event("sale_completed", sale(None, 100))])
    assert pushed.status_code == 401 and "re-pair" in pushed.json()["message"]
    assert httpx.post(hq.url + "/v1/events", json={"events": []}).status_code == 401


def test_a_malformed_batch_is_refused_whole_with_where_it_went_wrong(hq):
    a = WireTerminal(hq.url, hq.code())
    garbled = a.http.post("/v1/events", content=b'{"protocol":1,"events":[{"event_id":',
                          headers={"content-type": "application/json"})
    assert garbled.status_code == 422 and garbled.json()["error"] == "invalid_request"
    too_many = a.push([a.event("sale_completed", sale(None, 100)) for _ in range(51)])
    assert too_many.status_code == 422 and too_many.json()["message"].startswith("body.events")
    no_seq = a.event("sale_completed", sale(None, 100))
    del no_seq["seq"]
    missing = a.push([no_seq])
    assert missing.status_code == 422 and missing.json()["message"].startswith("body.events.0.seq")
    wrong = a.http.post("/v1/events", json={"protocol": 99, "events": []})
    assert wrong.status_code == 400 and wrong.json()["error"] == "protocol"
    # Nothing of it was recorded: the next good event is seq 1 without a gap.
    ok = a.results([a.event("sale_completed", sale(None, 100), seq=1)])
    assert ok[0]["status"] == "accepted" and ok[0]["reason"] == ""


def test_ingest_dedupes_forever_and_answers_the_original(hq):
    a = WireTerminal(hq.url, hq.code())
    mid = str(uuid.uuid4())
    e1 = a.event("member_enrolled", enrol(mid, "+4791234567"))
    e2 = a.event("sale_completed", sale(mid, 10000, points=100))
    assert [r["status"] for r in a.results([e1, e2])] == ["accepted", "accepted"]
    again = a.results([e1, e2])
    assert [r["status"] for r in again] == ["duplicate", "duplicate"]
    assert again[0]["original"]["status"] == "accepted"
    bad = a.event("sale_completed", {"sale_id": "x", "ledger": [{"member_id": mid, "account": "bogus", "delta": 1}]})
    first = a.results([bad])[0]
    assert first["status"] == "rejected" and first["permanent"]
    second = a.results([bad])[0]
    assert second["status"] == "duplicate" and second["original"]["status"] == "rejected"
    m = {x["member_id"]: x for x in report(hq.db)["members"]}[mid]
    assert m["spend"] == 10000 and m["points"] == 100
    assert m["phone"] == "+4791234567"


def test_token_acts_only_as_its_own_terminal(hq):
    a = WireTerminal(hq.url, hq.code("A"))
    b = WireTerminal(hq.url, hq.code("B"))
    forged = b.event("sale_completed", sale(None, 100))
    res = a.results([forged])[0]
    assert res["status"] == "rejected" and "terminal_mismatch" in res["reason"]
    # Not recorded: the real owner can still deliver it.
    assert b.results([forged])[0]["status"] == "accepted"


def test_seq_gap_is_flagged_and_event_still_applied(hq):
    a = WireTerminal(hq.url, hq.code())
    mid = str(uuid.uuid4())
    a.results([a.event("member_enrolled", enrol(mid, "+4791234568"))])
    a.seq += 3                                   # events 2..4 lost
    r = a.results([a.event("sale_completed", sale(mid, 5000, points=50))])
    assert r[0]["status"] == "accepted"
    rep = report(hq.db)
    gaps = [c for c in rep["conflicts"] if c["kind"] == "seq_gap"]
    assert len(gaps) == 1 and "2..4" in gaps[0]["detail"]
    assert rep["members"][0]["points"] == 50


def test_coupon_reused_on_two_terminals_and_negative_points(hq):
    a = WireTerminal(hq.url, hq.code("A"))
    b = WireTerminal(hq.url, hq.code("B"))
    mid = str(uuid.uuid4())
    cpn = coupon(mid, a.clock)
    a.results([a.event("member_enrolled", enrol(mid, "+4791234569", [cpn])),
               a.event("sale_completed", sale(mid, 10000, points=100))])
    use = [{"coupon_id": cpn["id"], "def_id": "welcome", "kind": "amount", "amount": 10000,
            "member_id": mid, "issued_by": a.terminal_id}]
    ea = a.event("sale_completed", sale(mid, 20000, points=0, redeemed=use, points_used=80))
    eb = b.event("sale_completed", sale(mid, 20000, points=0, redeemed=use, points_used=80))
    assert a.results([ea])[0]["reason"] == ""
    rb = b.results([eb])[0]
    assert rb["status"] == "accepted" and "coupon_reused" in rb["reason"] and "negative_balance" in rb["reason"]
    rep = report(hq.db)
    reused = [c for c in rep["conflicts"] if c["kind"] == "coupon_reused"]
    assert reused == [{"kind": "coupon_reused", "member_id": mid, "event_ids": [ea["event_id"], eb["event_id"]],
                       "detail": reused[0]["detail"]}]
    neg = [c for c in rep["conflicts"] if c["kind"] == "negative_balance"]
    assert neg and neg[0]["event_ids"] == [eb["event_id"]]
    member = rep["members"][0]
    assert member["points_balance"] == -60 and member["points"] == 0
    assert member["coupons"] == []


def test_offline_coupon_limit_rejects_permanently(hq):
    admin.set_setting(hq.db, "max_offline_coupon_value", "50")
    a = WireTerminal(hq.url, hq.code())
    mid = str(uuid.uuid4())
    use = [{"coupon_id": str(uuid.uuid4()), "amount": 10000, "member_id": mid}]
    ev = a.event("sale_completed", sale(mid, 20000, redeemed=use))
    late = a.clock.replace(hour=a.clock.hour + 2)          # sent two hours after the sale
    from hq_wire import iso
    res = a.results([ev], sent_at=iso(late))[0]
    assert res["status"] == "rejected" and res["permanent"] and "offline_coupon_over_limit" in res["reason"]
    # Online (sent right away) the same value is fine.
    ev2 = a.event("sale_completed", sale(mid, 20000, redeemed=[{**use[0], "coupon_id": str(uuid.uuid4())}]))
    assert a.results([ev2])[0]["status"] == "accepted"


def test_feed_paging_filters_own_items_and_410_after_prune(hq):
    a = WireTerminal(hq.url, hq.code("A"))
    b = WireTerminal(hq.url, hq.code("B"))
    events = []
    for i in range(30):
        mid = str(uuid.uuid4())
        events += [a.event("member_enrolled", enrol(mid, f"+47912{i:05d}")),
                   a.event("sale_completed", sale(mid, 1000 * (i + 1), points=i))]
    for i in range(0, len(events), 50):
        a.results(events[i:i + 50])
    own, _ = a.all_changes()
    assert all(item["type"] == "key" for item in own)       # its own events are not echoed
    items, cursor = [], None
    while True:
        page = b.changes(cursor, limit=7).json()
        assert page["count"] == len(page["items"])          # said in the head, before the items
        items += page["items"]
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    kinds = [i["type"] for i in items]
    assert kinds.count("member") == 30 and kinds.count("ledger") == 30
    tiny = b.changes(cursor)
    assert tiny.json()["items"] == [] and "content-encoding" not in tiny.headers      # not worth it
    # gzip (what every till's httpx asks for) and plain JSON carry the same page
    for limit in (7, 500):
        zipped = b.http.get("/v1/changes", params={"limit": limit})
        plain = b.http.get("/v1/changes", params={"limit": limit}, headers={"Accept-Encoding": "identity"})
        assert zipped.headers["content-encoding"] == "gzip" and "content-encoding" not in plain.headers
        assert zipped.json()["items"] == plain.json()["items"] and zipped.num_bytes_downloaded < len(plain.content)
    admin.prune_feed(hq.db, keep=0)
    assert b.changes(cursor).status_code == 200                # at the floor: still fine
    old = b.changes(None)
    assert old.status_code == 410 and old.json()["error"] == "cursor_gone"
    assert b.changes("garbage!").status_code == 400


def test_snapshot_pages_hold_everything(hq):
    a = WireTerminal(hq.url, hq.code("A"))
    b = WireTerminal(hq.url, hq.code("B"))
    for i in range(25):
        mid = str(uuid.uuid4())
        a.results([a.event("member_enrolled", enrol(mid, f"+47913{i:05d}", [coupon(mid, a.clock)])),
                   a.event("sale_completed", sale(mid, 500, points=5))])
    sections, cursor, feed_cursor = {}, None, None
    while True:
        params = {"limit": 10, **({"cursor": cursor} if cursor else {})}
        page = b.http.get("/v1/snapshot", params=params).json()
        sections.setdefault(page["section"], []).extend(page["rows"])
        feed_cursor, cursor = page["feed_cursor"], page["next"]
        if cursor is None:
            break
    assert len(sections["members"]) == 25 and len(sections["coupons"]) == 25
    assert len(sections["ledger"]) == 50 and len(sections["keys"]) == 3
    assert b.changes(feed_cursor).json()["items"] == []


def test_erasure_tombstones_and_scrubs(hq):
    a = WireTerminal(hq.url, hq.code("A"))
    b = WireTerminal(hq.url, hq.code("B"))
    mid = str(uuid.uuid4())
    a.results([a.event("member_enrolled", enrol(mid, "+4791234570")),
               a.event("sale_completed", sale(mid, 700, points=7))])
    _, cursor = b.all_changes()
    admin.erase_member(hq.db, mid)
    page = b.changes(cursor).json()
    assert page["items"] == [{"type": "tombstone", "entity": "member", "id": mid}]
    with hq.db.engine.connect() as conn:
        everything = " ".join(str(r) for table in ("members", "events", "changes", "consents")
                              for r in conn.exec_driver_sql(f"SELECT * FROM {table}").all())
    assert "+4791234570" not in everything and "Kari" not in everything
    assert report(hq.db)["members"] == []
