"""Segments with live counts; campaigns sent by real SMTP and a local SMS receiver, only to members
who consented; the unsubscribe link; per-campaign figures; automations; who may do which."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import sqlalchemy as sa

from sync.hq import schema as t
from sync.hq.console import audit, segments
from sync.hq.console.delivery import Config

from console_client import Console
from console_mail import SmsReceiver, SmtpServer
from till_events import Till

NOW = datetime.now(timezone.utc)


def _people(db):
    till = Till(db)
    ids = {
        "anna": till.enrol(NOW - timedelta(days=200), "+4790000001", "anna@example.no", mail=True, sms=True,
                           name="Anna Berg", birthday="1990-05-17"),
        "bo": till.enrol(NOW - timedelta(days=100), "+4790000002", "bo@example.no", mail=False, sms=True, name="Bo Ek"),
        "cai": till.enrol(NOW - timedelta(days=50), "+4790000003", "cai@example.no", mail=True, name="Cai Li"),
        "dina": till.enrol(NOW - timedelta(days=5), "+4790000004", "", mail=True, name="Dina Ås"),
    }
    till.sale(NOW - timedelta(days=3), 50_000, ids["anna"])
    till.sale(NOW - timedelta(days=40), 20_000, ids["anna"])
    till.sale(NOW - timedelta(days=60), 90_000, ids["bo"])
    sale = till.sale(NOW - timedelta(days=70), 10_000, ids["cai"])
    till.give_back(NOW - timedelta(days=69), sale)
    return till, ids


def ids_of(db, rules):
    return {m["member_id"] for m in segments.members(db, rules)}


def test_segment_rules(hq_db):
    _, p = _people(hq_db)
    assert ids_of(hq_db, {"bought_within_days": 30}) == {p["anna"]}
    assert ids_of(hq_db, {"not_bought_within_days": 30}) == {p["bo"], p["cai"], p["dina"]}
    assert ids_of(hq_db, {"never_bought": True}) == {p["dina"]}
    assert ids_of(hq_db, {"purchases_at_least": 2}) == {p["anna"]}
    assert ids_of(hq_db, {"aov_above_no_repeat": 80_000}) == {p["bo"]}
    assert ids_of(hq_db, {"birthday_month": 5}) == {p["anna"]}
    assert ids_of(hq_db, {"returned_items": True}) == {p["cai"]}
    assert ids_of(hq_db, {"consent_email": True}) == {p["anna"], p["cai"]}      # dina has no address
    assert ids_of(hq_db, {"consent_sms": True, "not_bought_within_days": 30}) == {p["bo"]}


CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "demo" / "catalogue.csv"


def test_bought_from_a_category_uses_the_sale_lines_and_the_catalogue(hq_db, as_role):
    from sync.hq import admin
    from sync.hq.facts import backfill_lines
    admin.load_catalogue(hq_db, str(CATALOGUE))
    till, p = _people(hq_db)
    line = lambda sku: {"sku": sku, "name": sku, "qty": 1, "unit_price": 74_900, "amount": 74_900, "net": 74_900}  # noqa: E731
    till.sale(NOW - timedelta(days=2), 74_900, p["bo"], lines=[line("DOG-001")])
    till.sale(NOW - timedelta(days=2), 74_900, None, lines=[line("DOG-002")])          # no member: not kept
    till.sale(NOW - timedelta(days=1), 74_900, p["cai"], lines=[line("NOT-IN-CATALOGUE")])
    assert ids_of(hq_db, {"bought_category": "dogfood"}) == {p["bo"]}
    assert ids_of(hq_db, {"bought_category": "dogfood", "consent_email": True}) == set()
    assert "dogfood" in segments.categories(hq_db)
    c = as_role("marketer")
    r = c.get("/admin/segments/count", params={"bought_category": "dogfood"}, headers={"HX-Request": "true"})
    assert "1 members match" in r.text
    assert '<option>dogfood</option>' in c.get("/admin/segments").text
    with hq_db.write() as conn:                   # lines of sales stored before the table: filled from the events
        conn.execute(sa.delete(t.sale_lines))
        assert backfill_lines(conn) == 2 and backfill_lines(conn) == 0
    assert ids_of(hq_db, {"bought_category": "dogfood"}) == {p["bo"]}


def test_live_count_and_save(hq_db, as_role):
    _people(hq_db)
    c = as_role("marketer")
    r = c.get("/admin/segments/count", params={"bought_within_days": "30"}, headers={"HX-Request": "true"})
    assert "1 members match" in r.text and "<html" not in r.text
    r = c.get("/admin/segments/count", params={"purchases_at_least": "two"})
    assert "Enter a whole number." in r.text
    r = c.post("/admin/segments", {"name": "Lapsed", "not_bought_within_days": "30"})
    assert r.status_code == 303
    html = c.get("/admin/segments").text
    assert re.search(r'data-segment="Lapsed">.*?<td class="num">3</td>', html, re.S)
    r = c.post("/admin/segments", {"name": "", "not_bought_within_days": "30"})
    assert r.status_code == 400 and "Give the segment a name." in r.text
    assert as_role("viewer").post("/admin/segments", {"name": "X"}).status_code == 403


def _campaign(c, db, segment_rules, channel="email"):
    assert c.post("/admin/segments", {"name": "All", **segment_rules}).status_code == 303
    seg = segments.all_segments(db)[0]["segment_id"]
    r = c.post("/admin/campaigns", {"kind": "coupon", "name": "Vinter", "segment_id": seg, "channel": channel,
                                    "amount": "50", "valid_days": "14", "subject": "50 kr til deg",
                                    "text": "Hei {name}! {amount} kr til {valid_until}."})
    assert r.status_code == 303, r.text
    with db.read() as conn:
        return conn.execute(sa.select(t.console_campaigns.c.campaign_id)).scalar()


def test_email_campaign_reaches_only_consenting_members_and_unsubscribe_works(hq_db, app, as_role):
    till, p = _people(hq_db)
    c = as_role("marketer")
    with SmtpServer() as smtp:
        app.state.console_delivery = Config(smtp=smtp.address, mail_from="klubb@butikk.no")
        cid = _campaign(c, hq_db, {"never_bought": "", "purchases_at_least": "0"})
        r = c.post(f"/admin/campaigns/{cid}/send")
        assert r.status_code == 200 and "Sent to 2 members, 2 delivered." in r.text
        got = {rcpt for rcpts, _ in smtp.inbox.messages for rcpt in rcpts}
        assert got == {"anna@example.no", "cai@example.no"}            # bo and dina did not consent / no address
        msg = smtp.inbox.to("anna@example.no")[0]
        assert msg["Subject"] == "50 kr til deg" and msg["From"] == "klubb@butikk.no"
        body = msg.get_content()
        assert body.startswith("Hei Anna! 50 kr til ")
        link = re.search(r"http://testserver(/unsubscribe/\S+)", body).group(1)
        assert msg["List-Unsubscribe"] == f"<http://testserver{link}>"
        # sending twice is refused
        assert "already sent" in c.post(f"/admin/campaigns/{cid}/send").text
    # the coupons exist at HQ and on the feed for the tills
    with hq_db.read() as conn:
        coupons = conn.execute(sa.select(t.coupons.c.member_id, t.coupons.c.doc).where(t.coupons.c.def_id == cid)).all()
    assert {m for m, _ in coupons} == {p["anna"], p["cai"]}
    # Anna redeems hers at a till: the campaign page counts it and her spend since
    anna_coupon = next(json.loads(d) for m, d in coupons if m == p["anna"])
    till.sale(datetime.now(timezone.utc), 30_000, p["anna"], redeem={"id": anna_coupon["id"], "def_id": cid, "amount": 5000})
    html = c.get("/admin/campaigns").text
    row = re.search(r'data-campaign="Vinter">(.*?)</tr>', html, re.S).group(1)
    nums = re.findall(r'<td class="num">([^<]*)</td>', row)
    assert nums == ["2", "2", "1", "300,00\u00a0kr"]
    # the unsubscribe link: a page, then the consent is withdrawn (and a forged link is refused)
    anon = Console(app)
    assert "Stop getting messages from us by email?" in anon.get(link).text
    assert anon.client.post(link[:-4] + "0000").status_code == 404
    r = anon.client.post(link)
    assert r.status_code == 200 and "you get no more messages from us by email" in r.text
    assert ids_of(hq_db, {"consent_email": True}) == {p["cai"]}
    entry = audit.entries(hq_db)[0]
    assert entry["action"] == "consent_withdrawn" and entry["after"]["email"] is False


def test_sms_campaign_through_the_http_provider(hq_db, app, as_role):
    _, p = _people(hq_db)
    c = as_role("owner")
    with SmsReceiver(fail_to={"+4790000002"}) as sms:
        app.state.console_delivery = Config(sms_url=sms.url, sms_token="s3cret", sms_from="Butikken")
        cid = _campaign(c, hq_db, {"purchases_at_least": "0"}, channel="sms")
        r = c.post(f"/admin/campaigns/{cid}/send")
        assert "Sent to 2 members, 1 delivered." in r.text                 # anna and bo consented; bo's failed
    assert [m["to"] for m in sms.received] == ["+4790000001"]
    assert sms.received[0]["from"] == "Butikken" and "Stopp: http://testserver/unsubscribe/" in sms.received[0]["text"]
    assert set(sms.auth) == {"Bearer s3cret"}
    with hq_db.read() as conn:
        failed = conn.execute(sa.select(t.console_messages.c.detail).where(
            t.console_messages.c.status == "failed")).scalars().all()
    assert failed == ["SMS provider answered 500"]


def test_no_smtp_server_is_one_clear_line_per_message(hq_db, app, as_role):
    _people(hq_db)
    c = as_role("marketer")
    app.state.console_delivery = Config(smtp="127.0.0.1:1")
    cid = _campaign(c, hq_db, {"purchases_at_least": "0"})
    r = c.post(f"/admin/campaigns/{cid}/send")
    assert "Sent to 2 members, 0 delivered. SMTP server 127.0.0.1:1:" in r.text


def test_viewer_cannot_send_or_create(hq_db, app, as_role):
    _people(hq_db)
    cid = _campaign(as_role("marketer"), hq_db, {"purchases_at_least": "0"})
    v = as_role("viewer")
    assert v.post(f"/admin/campaigns/{cid}/send").status_code == 403
    assert v.post("/admin/campaigns", {"kind": "coupon", "name": "X"}).status_code == 403
    with hq_db.read() as conn:
        assert conn.execute(sa.select(t.console_campaigns.c.sent_at)).scalar() is None


def test_double_points_campaign_is_published_in_the_program(hq_db, as_role):
    from pathlib import Path
    from sync.hq import admin
    from sync.hq.console.program import published
    admin.load_program(hq_db, str(Path(__file__).resolve().parents[2] / "resources/demo/program.toml"))
    c = as_role("marketer")
    r = c.post("/admin/campaigns", {"kind": "points", "name": "Dobbel hund", "value": "2", "category": "dogfood",
                                    "starts": "2026-12-24", "ends": "2026-12-20"})
    assert r.status_code == 400 and "is before starts" in r.text
    r = c.post("/admin/campaigns", {"kind": "points", "name": "Dobbel hund", "value": "2", "category": "dogfood",
                                    "starts": "2026-12-10", "ends": "2026-12-20"})
    assert r.status_code == 303
    source = published(hq_db)[0]
    assert 'name = "Dobbel hund"' in source and "points_multiplier = 2" in source and "starts = 2026-12-10" in source


def test_automations_on_off_with_text(hq_db, as_role):
    c = as_role("marketer")
    r = c.post("/admin/automations", {"kind": "birthday", "enabled": "on", "channel": "sms", "subject": "",
                                      "text": "Gratulerer, {name}!"})
    assert r.status_code == 303
    html = c.get("/admin/automations").text
    form = re.search(r'id="automation-birthday">(.*?)</form>', html, re.S).group(1)
    assert 'name="enabled" checked' in form and "Gratulerer, {name}!" in form
    assert audit.entries(hq_db)[0]["action"] == "automation_save"
    assert as_role("viewer").post("/admin/automations", {"kind": "welcome", "text": "x"}).status_code == 403
