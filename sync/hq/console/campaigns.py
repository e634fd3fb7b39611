"""Campaigns: coupons issued to a segment and sent by e-mail or SMS to the
members who consented, or a time-boxed double-points / discount campaign
published to the tills inside the program.  Per campaign: sent, delivered,
redeemed, revenue of the redeeming members since it went out.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import uuid
from datetime import date, datetime, timedelta, timezone

import sqlalchemy as sa
import tomlkit

from pos_client.domain.codes import SigningKey, issue_coupon_code

from .. import aggregates, member_summary
from .. import schema as t
from ..db import Database, HQError, add_changes, dumps, feed_lock, iso, now_iso
from . import audit, program as prog, segments
from .delivery import Config, HttpSms, Mailer, NotDelivered

CHANNELS = ("email", "sms")
MAX_TEXT = 2000


class CampaignError(Exception):
    def __init__(self, key: str, message: str, **values) -> None:
        super().__init__(message)
        self.key, self.message, self.values = key, message, values


def _id(name: str) -> str:
    return (re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "campaign") + "-" + uuid.uuid4().hex[:6]


def _kr(key: str, text: str, required: bool) -> int | None:
    text = (text or "").strip().replace(",", ".")
    if not text:
        if required:
            raise CampaignError(key, "Enter a value.")
        return None
    try:
        value = float(text)
    except ValueError:
        raise CampaignError(key, "Enter a number.") from None
    if value < 0:
        raise CampaignError(key, "Enter a number from 0 up.")
    return round(value * 100)


def create_coupon_campaign(db: Database, actor: str, form: dict) -> str:
    name = (form.get("name") or "").strip()
    if not name or len(name) > 200:
        raise CampaignError("name", "Give the campaign a name.")
    segments.get(db, form.get("segment_id") or "")                  # HQError when unknown
    channel = form.get("channel") or ""
    if channel not in CHANNELS:
        raise CampaignError("channel", "Choose e-mail or SMS.")
    amount = _kr("amount", form.get("amount", ""), required=True)
    if not amount:
        raise CampaignError("amount", "Enter a number from 0 up.")
    try:
        days = int(form.get("valid_days") or 30)
    except ValueError:
        raise CampaignError("valid_days", "Enter a whole number.") from None
    if days < 1:
        raise CampaignError("valid_days", "Enter a number from 0 up.")
    text = (form.get("text") or "").strip()
    if not text or len(text) > MAX_TEXT:
        raise CampaignError("text", "Write the message (at most 2000 characters).")
    doc = {"amount": amount, "min_spend": _kr("min_spend", form.get("min_spend", ""), False) or 0,
           "valid_days": days, "channel": channel, "subject": (form.get("subject") or name).strip()[:200],
           "text": text}
    cid = _id(name)
    with db.write() as conn:
        conn.execute(sa.insert(t.console_campaigns).values(
            campaign_id=cid, kind="coupon", name=name, doc=json.dumps(doc), segment_id=form["segment_id"],
            created_by=actor, created_at=now_iso()))
        audit.record(conn, actor, "campaign_save", cid, None, {"name": name, **doc, "segment_id": form["segment_id"]})
    return cid


def unsubscribe_token(db: Database, member_id: str, channel: str) -> str:
    secret = base64.b64decode(db.get_setting("pairing_secret"))
    key = hashlib.sha256(b"unsubscribe|" + secret).digest()
    return hmac.new(key, f"{member_id}|{channel}".encode(), hashlib.sha256).hexdigest()[:32]


def unsubscribe_url(db: Database, base: str, member_id: str, channel: str) -> str:
    return f"{base.rstrip('/')}/unsubscribe/{member_id}/{channel}/{unsubscribe_token(db, member_id, channel)}"


def send(db: Database, actor: str, campaign_id: str, config: Config, base_url: str,
         now: datetime | None = None) -> dict:
    """Issue one coupon per consenting member of the segment, then send the messages."""
    now = now or datetime.now(timezone.utc)
    camp = get(db, campaign_id)
    if camp["kind"] != "coupon":
        raise HQError("only coupon campaigns are sent")
    if camp["sent_at"]:
        raise CampaignError("send", "This campaign was already sent.")
    doc, channel = camp["doc"], camp["doc"]["channel"]
    seg = segments.get(db, camp["segment_id"])
    rules = {**seg["rules"], f"consent_{channel}": True}             # only members who consented
    with db.read() as conn:
        program = prog.published_program(conn)
    people = [p for p in segments.members(db, rules, program, now) if p["email" if channel == "email" else "phone"]]
    key = SigningKey.from_private_bytes(base64.b64decode(db.get_setting("hq_private_key")))
    valid_until = (now + timedelta(days=doc["valid_days"])).date()
    issued, changes = [], []
    for p in people:
        cid = str(uuid.uuid4())
        code = issue_coupon_code(key, coupon_id=cid, member_id=p["member_id"], kind="amount", valid_until=valid_until,
                                 def_id=campaign_id, amount=doc["amount"], min_spend=doc["min_spend"])
        coupon = {"id": cid, "member_id": p["member_id"], "def_id": campaign_id, "name": camp["name"],
                  "kind": "amount", "amount": doc["amount"], "min_spend": doc["min_spend"],
                  "valid_until": valid_until.isoformat(), "single_use": True, "code": code, "issued_at": iso(now)}
        issued.append((p, coupon))
        changes.append({"origin": None, "data": dumps({"type": "coupon", "coupon": coupon, "issued_by": "hq"})})
    with db.write() as conn:
        if conn.execute(sa.update(t.console_campaigns).where(
                t.console_campaigns.c.campaign_id == campaign_id, t.console_campaigns.c.sent_at.is_(None))
                .values(sent_at=iso(now))).rowcount == 0:
            raise CampaignError("send", "This campaign was already sent.")
        if issued:
            conn.execute(sa.insert(t.coupons), [
                {"coupon_id": c["id"], "member_id": c["member_id"], "def_id": campaign_id, "doc": dumps(c),
                 "single_use": True, "issued_by": "hq", "issued_at": c["issued_at"], "event_id": None}
                for _, c in issued])
            aggregates.coupons_issued(conn, [campaign_id] * len(issued))
            add_changes(conn, changes)
        audit.record(conn, actor, "campaign_send", campaign_id, None, {"members": len(issued), "channel": channel})
    results = _deliver(db, camp, issued, config, base_url, valid_until)
    return {"issued": len(issued), **results}


def _deliver(db, camp, issued, config: Config, base_url: str, valid_until: date) -> dict:
    channel, doc = camp["doc"]["channel"], camp["doc"]
    rows, delivered = [], 0
    sender, problem = None, ""
    try:
        sender = Mailer(config) if channel == "email" else HttpSms(config)
    except NotDelivered as exc:
        problem = str(exc)
    try:
        for person, coupon in issued:
            link = unsubscribe_url(db, config.public_url or base_url, person["member_id"], channel)
            text = _fill(doc["text"], person, coupon, valid_until)
            status, detail = deliver_one(sender, problem, channel, person, doc["subject"], text, link)
            delivered += status == "delivered"
            rows.append({"campaign_id": camp["campaign_id"], "member_id": person["member_id"], "channel": channel,
                         "coupon_id": coupon["id"], "status": status, "detail": detail[:500], "sent_at": now_iso()})
    finally:
        if sender is not None:
            sender.close()
    if rows:
        with db.write() as conn:
            conn.execute(sa.insert(t.console_messages), rows)
    return {"sent": len(rows), "delivered": delivered, "problem": problem}


def _fill(text: str, person: dict, coupon: dict, valid_until: date) -> str:
    values = {"name": (person.get("name") or "").split(" ")[0], "amount": f"{coupon['amount'] / 100:.0f}",
              "valid_until": valid_until.isoformat(), "code": coupon["code"]}
    return re.sub(r"\{(name|amount|valid_until|code)\}", lambda m: values[m.group(1)], text)


def deliver_one(sender, problem: str, channel: str, person: dict, subject: str, text: str,
                link: str) -> tuple[str, str]:
    """One message to one member with its unsubscribe footer: ("delivered", "")
    or ("failed", why); ``problem`` is why when there is no ``sender``."""
    if sender is None:
        return "failed", problem
    try:
        if channel == "email":
            sender.send(person["email"], subject, f"{text}\n\n{_footer(link)}", link)
        else:
            sender.send(person["phone"], f"{text} {_sms_footer(link)}")
    except NotDelivered as exc:
        return "failed", str(exc)
    return "delivered", ""


def _footer(link: str) -> str:
    return f"Stop e-mails / Avslutt / Avregistrera: {link}"


def _sms_footer(link: str) -> str:
    return f"Stopp: {link}"


def create_till_campaign(db: Database, actor: str, form: dict) -> str:
    """A time-boxed double points or discount: a [[campaigns]] entry in the program, published."""
    name = (form.get("name") or "").strip()
    if not name or len(name) > 200:
        raise CampaignError("name", "Give the campaign a name.")
    kind = form.get("kind")
    source, loaded = prog.published(db)
    if loaded is None:
        raise CampaignError("name", "Publish a program first.")
    cid = _id(name)
    doc = tomlkit.parse(source)
    entry = tomlkit.table()
    entry["id"], entry["name"] = cid, name
    if (form.get("category") or "").strip():
        entry["category"] = form["category"].strip()
    else:
        entry["skus"] = [s for s in re.split(r"[\s,]+", form.get("skus") or "") if s]
    for key in ("starts", "ends"):
        try:
            entry[key] = date.fromisoformat((form.get(key) or "").strip())
        except ValueError:
            raise CampaignError(key, "Enter a date (YYYY-MM-DD).") from None
    try:
        value = float((form.get("value") or "").replace(",", "."))
    except ValueError:
        raise CampaignError("value", "Enter a number.") from None
    entry["points_multiplier" if kind == "points" else "discount_percent"] = int(value) if value == int(value) else value
    doc.setdefault("campaigns", tomlkit.aot()).append(entry)
    text = tomlkit.dumps(doc)
    try:
        parsed = prog.check(text)
    except prog.FieldError as exc:
        raise CampaignError(_form_key(exc.key), "Not valid: {problem}", problem=exc.message) from None
    prog.publish(db, actor, parsed, text)
    with db.write() as conn:
        conn.execute(sa.insert(t.console_campaigns).values(
            campaign_id=cid, kind=kind, name=name, doc=json.dumps({"value": value, **{k: str(entry[k]) for k in entry
                                                                                     if k in ("starts", "ends", "category")}}),
            segment_id=None, created_by=actor, created_at=now_iso(), sent_at=now_iso()))
        audit.record(conn, actor, "campaign_save", cid, None, {"name": name, "kind": kind, "value": value})
    return cid


def _form_key(key: str) -> str:
    last = key.rsplit(".", 1)[-1]
    return {"points_multiplier": "value", "discount_percent": "value"}.get(last, last)


def get(db: Database, campaign_id: str) -> dict:
    with db.read() as conn:
        row = conn.execute(sa.select(t.console_campaigns).where(
            t.console_campaigns.c.campaign_id == campaign_id)).mappings().first()
    if row is None:
        raise HQError("no such campaign")
    return {**dict(row), "doc": json.loads(row["doc"])}


def overview(db: Database) -> list[dict]:
    """Every campaign with sent, delivered, redeemed and the redeeming members' revenue since it went out."""
    with db.read() as conn:
        rows = [dict(r) for r in conn.execute(sa.select(t.console_campaigns)
                                              .order_by(t.console_campaigns.c.created_at.desc())).mappings()]
        sent = {cid: (n, d) for cid, n, d in conn.execute(sa.text(
            "SELECT campaign_id, COUNT(*), SUM(CASE WHEN status = 'delivered' THEN 1 ELSE 0 END)"
            " FROM console_messages GROUP BY campaign_id"))}
        redeemed = {cid: n for cid, n in conn.execute(sa.text(
            "SELECT c.def_id, COUNT(DISTINCT r.coupon_id) FROM coupons c JOIN redemptions r ON r.coupon_id = c.coupon_id"
            " WHERE c.issued_by = 'hq' GROUP BY c.def_id"))}
        revenue = {cid: s for cid, s in conn.execute(sa.text(
            "SELECT k.campaign_id, COALESCE(SUM(f.total), 0) FROM console_campaigns k"
            " JOIN sale_facts f ON f.occurred_at >= k.sent_at AND f.member_id IN ("
            "  SELECT r.member_id FROM redemptions r JOIN coupons c ON c.coupon_id = r.coupon_id"
            "  WHERE c.def_id = k.campaign_id)"
            " GROUP BY k.campaign_id"))}
    for r in rows:
        r["doc"] = json.loads(r["doc"])
        n, d = sent.get(r["campaign_id"], (0, 0))
        r.update(sent=n, delivered=int(d or 0), redeemed=redeemed.get(r["campaign_id"], 0),
                 revenue=int(revenue.get(r["campaign_id"], 0)))
    return rows


def withdraw_consent(db: Database, member_id: str, channel: str, token: str) -> bool:
    """The unsubscribe link: the member's consent to ``channel`` withdrawn (tills learn it from the feed)."""
    if channel not in CHANNELS or not hmac.compare_digest(token, unsubscribe_token(db, member_id, channel)):
        return False
    m = t.members.c
    with db.write(parallel=True) as conn:
        aggregates.lock_member(conn, member_id)      # before the feed lock, as ingest does (member_summary's row)
        feed_lock(conn)
        row = conn.execute(sa.select(t.members).where(m.member_id == member_id, m.erased_at.is_(None))).mappings().first()
        if row is None:
            return False
        consents = json.loads(row["consents"] or "{}")
        if consents.get(channel) is False:
            return True
        before = dict(consents)
        consents[channel] = False
        now = now_iso()
        conn.execute(sa.update(t.members).where(m.member_id == member_id).values(consents=dumps(consents)))
        member_summary.members_changed(conn, [member_id])
        conn.execute(sa.insert(t.consents).values(member_id=member_id, purpose=channel, granted=False,
                                                  text_version="unsubscribe", recorded_at=now, terminal_id="hq"))
        item = {"type": "member", **{k: row[k] for k in ("member_id", "phone", "name", "email", "birthday",
                                                          "consent_text_version", "created_at", "origin")},
                "consents": consents}
        add_changes(conn, [{"origin": None, "data": dumps(item)}])
        audit.record(conn, "member (unsubscribe link)", "consent_withdrawn", member_id, before, consents)
    return True
