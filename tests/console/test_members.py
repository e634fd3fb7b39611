"""Members: search, a member's page, GDPR export and erasure, and who may do which."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa

from sync.hq import schema as t
from sync.hq.console import audit

from till_events import Till, coupon

NOW = datetime.now(timezone.utc)


def _members(db):
    till = Till(db, "Kasse Sentrum")
    kari = till.enrol(NOW - timedelta(days=3), "+4791111111", email="kari@example.no", name="Kari Nordmann",
                      mail=True, coupon=coupon("welcome10"))
    ola = till.enrol(NOW - timedelta(days=2), "+4792222222", name="Ola Hansen")
    till.sale(NOW - timedelta(days=1), 45_000, kari)
    return kari, ola


def test_search_by_phone_name_or_email(hq_db, as_role):
    kari, ola = _members(hq_db)
    c = as_role("viewer")
    for q in ("91111", "kari", "KARI@example", "Nordmann"):
        html = c.get("/admin/members", params={"q": q}).text
        assert f"/admin/members/{kari}" in html and f"/admin/members/{ola}" not in html, q
    assert "No member matches." in c.get("/admin/members", params={"q": "nobody"}).text
    # htmx asks for the rows only
    part = c.get("/admin/members", params={"q": "ola"}, headers={"HX-Request": "true"}).text
    assert "<html" not in part and f"/admin/members/{ola}" in part


def test_member_page_shows_balances_coupons_history_and_consents(hq_db, as_role):
    kari, _ = _members(hq_db)
    html = as_role("viewer").get(f"/admin/members/{kari}").text
    assert "Kari Nordmann" in html and "kari@example.no" in html
    assert ">450<" in html                       # points
    assert "welcome10" in html                   # the coupon
    assert "Kasse Sentrum" in html               # where the consent was given and the sale made
    assert html.count("<tr><td>email</td><td>yes</td>") == 1 and "<tr><td>sms</td><td>no</td>" in html
    assert "Export data (JSON)" not in html and "Erase" not in html   # a viewer may do neither


def test_export_is_json_and_audited_and_not_for_viewers(hq_db, as_role):
    kari, _ = _members(hq_db)
    r = as_role("marketer").post(f"/admin/members/{kari}/export")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    assert "attachment" in r.headers["content-disposition"]
    data = json.loads(r.text)
    assert data["member"]["phone"] == "+4791111111" and data["balances"]["points"] == 450
    assert {c["purpose"] for c in data["consents"]} == {"loyalty", "sms", "email"}
    assert len(data["purchases"]) == 1 and data["ledger"]
    assert audit.entries(hq_db)[0]["action"] == "member_export"
    assert as_role("viewer").post(f"/admin/members/{kari}/export").status_code == 403


def test_erasure_needs_the_owner_and_a_confirmation(hq_db, as_role):
    kari, _ = _members(hq_db)
    marketer = as_role("marketer")
    assert marketer.post(f"/admin/members/{kari}/erase", {"confirm": "erase"}).status_code == 403
    owner = as_role("owner")
    r = owner.post(f"/admin/members/{kari}/erase")
    assert r.status_code == 400 and "Tick the box" in r.text
    with hq_db.read() as conn:
        assert conn.execute(sa.select(t.members.c.phone).where(t.members.c.member_id == kari)).scalar()
    r = owner.post(f"/admin/members/{kari}/erase", {"confirm": "erase"})
    assert r.status_code == 303
    page = owner.get(r.headers["location"]).text
    assert "the tills forget it on their next sync" in page and "kari@example.no" not in page
    with hq_db.read() as conn:
        row = conn.execute(sa.select(t.members).where(t.members.c.member_id == kari)).mappings().one()
        assert row["phone"] is None and row["email"] is None and row["erased_at"]
        last = conn.execute(sa.select(t.changes.c.data).order_by(t.changes.c.seq.desc())).scalar()
    assert json.loads(last) == {"type": "tombstone", "entity": "member", "id": kari}
    assert audit.entries(hq_db)[0]["action"] == "member_erase"
    assert owner.post(f"/admin/members/{kari}/erase", {"confirm": "erase"}).status_code == 404


def test_unknown_member_is_a_clear_404(as_role):
    r = as_role("viewer").get("/admin/members/nope")
    assert r.status_code == 404 and "No member with that id." in r.text
