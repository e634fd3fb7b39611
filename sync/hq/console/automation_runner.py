"""Sending the automations (welcome, birthday, anniversary, keep your tier):
each message once per member and occasion, only to members who consented to
the automation's channel, through the campaigns' e-mail / SMS adapters.

Once: a message is claimed before it is sent, by inserting its key (kind,
member, occasion) into ``console_automation_sends``, whose primary key makes
the second claim a no-op, so restarts and several HQ processes on one
PostgreSQL never send it twice.  A claim whose send then failed stays
"failed" (with the reason) and is not retried.

Occasions: welcome (once), birthday / anniversary (the year; in the ISO week
of the day, as the tills reckon it), keep your tier (tier and the day the
spend drops below it; ``rewards.keep_tier`` with the tier's ``warn_days``).

``pos-hq automations run [--now ISO]`` runs it once; ``pos-hq serve`` every
``POS_HQ_AUTOMATIONS_EVERY_S`` seconds (default 3600, 0 = off).
"""

from __future__ import annotations

import logging
import os
import re
import threading
from datetime import date, datetime, timedelta, timezone

import sqlalchemy as sa

from pos_client.domain.member import in_birthday_week
from pos_client.domain.rewards import in_anniversary_week, keep_tier

from .. import schema as t
from ..db import Database, iso
from .campaigns import deliver_one, unsubscribe_url
from .delivery import Config, HttpSms, Mailer, NotDelivered

log = logging.getLogger("sync.hq")
WELCOME_DAYS = 7          # a member enrolled longer ago than this is not welcomed any more


def run(db: Database, config: Config, now: datetime | None = None, base_url: str = "") -> dict[str, int]:
    """Send what is due now; returns messages delivered per kind."""
    from .automations import all_automations
    from .program import published_program
    now = now or datetime.now(timezone.utc)
    with db.read() as conn:
        program = published_program(conn)
    done = {}
    for auto in all_automations(db):
        if not auto["enabled"]:
            continue
        due = _due(db, auto, program, now)
        claimed = _claim(db, auto, due, now)
        done[auto["kind"]] = _send(db, auto, claimed, config, base_url)
    return done


def _consenting(auto: dict) -> list:
    m = t.members.c
    if auto["channel"] == "sms":
        return [m.erased_at.is_(None), m.consents.like('%"sms":true%'), sa.func.coalesce(m.phone, "") != ""]
    return [m.erased_at.is_(None), m.consents.like('%"email":true%'), sa.func.coalesce(m.email, "") != ""]


def _due(db: Database, auto: dict, program, now: datetime) -> list[dict]:
    """(member, occasion, values for the text) of the messages due now and not yet claimed."""
    m, s = t.members.c, t.console_automation_sends.c
    kind, today = auto["kind"], now.date()
    week = [today - timedelta(days=today.weekday()) + timedelta(days=i) for i in range(7)]
    days = [d.strftime("%m-%d") for d in week] + (["02-29"] if any(d.strftime("%m-%d") == "02-28" for d in week)
                                                   else [])
    cols = [m.member_id, m.name, m.email, m.phone, m.birthday, m.created_at]
    where = _consenting(auto)
    if kind == "welcome":
        where.append(m.created_at >= iso(now - timedelta(days=WELCOME_DAYS)))
    elif kind == "birthday":
        where.append(sa.func.substr(m.birthday, 6, 5).in_(days))
    elif kind == "anniversary":
        where += [sa.func.substr(m.created_at, 6, 5).in_(days), m.created_at < f"{today.year}-01-01"]
    elif kind == "keep_tier":
        if program is None or not program.tiers:
            return []
        where.append(m.member_id.in_(_tier_candidates(program, now)))
    out = []
    with db.read() as conn:
        rows = conn.execute(sa.select(*cols).where(*where)).mappings().all()
        spends = _spends(conn, [r["member_id"] for r in rows]) if kind == "keep_tier" else {}
        sent = {(r.member_id, r.occasion) for r in conn.execute(
            sa.select(s.member_id, s.occasion).where(s.kind == kind, s.member_id.in_([r["member_id"] for r in rows])))}
    for r in rows:
        values = {"name": (r["name"] or "").split(" ")[0]}
        occasion = _occasion(kind, r, program, spends, now, today, values)
        if occasion is not None and (r["member_id"], occasion) not in sent:
            out.append({**r, "occasion": occasion, "values": values})
    return out


def _occasion(kind, r, program, spends, now, today: date, values: dict) -> str | None:
    if kind == "welcome":
        return "welcome"
    if kind == "birthday":
        try:
            born = date.fromisoformat(r["birthday"] or "")
        except ValueError:
            return None
        return str(today.isocalendar()[0]) if in_birthday_week(born, today) else None
    if kind == "anniversary":
        joined = datetime.fromisoformat(r["created_at"])
        if not in_anniversary_week(joined, today):
            return None
        values["years"] = str(today.year - joined.year)
        return str(today.year)
    warn = keep_tier(program, spends.get(r["member_id"], []), now)
    if warn is None:
        return None
    values.update(tier=warn["tier"], by=warn["by"], amount=f"{warn['spend_needed'] / 100:.0f}")
    return f"{warn['tier']}:{warn['by']}"


def _tier_candidates(program, now: datetime):
    """Members whose tier stretch (``kpi_items`` te:*) ends within the longest warning."""
    warn = max((x.warn_days for x in program.tiers), default=0)
    since = now - timedelta(days=program.qualification_days)
    i = t.kpi_items.c
    return sa.select(i.member_id).where(i.metric.like("te:%"), i.at > iso(since),
                                        i.at <= iso(since + timedelta(days=warn)))


def _spends(conn, member_ids: list[str]) -> dict[str, list]:
    out: dict[str, list] = {}
    lc = t.ledger.c
    for mid, when, delta in conn.execute(sa.select(lc.member_id, lc.occurred_at, lc.delta).where(
            lc.member_id.in_(member_ids), lc.account == "spend")):
        out.setdefault(mid, []).append((datetime.fromisoformat(when), int(delta)))
    return out


def _claim(db: Database, auto: dict, due: list[dict], now: datetime) -> list[dict]:
    """The messages this process won (the others were claimed elsewhere meanwhile)."""
    won = []
    with db.write() as conn:
        for d in due:
            if conn.execute(sa.text(
                    "INSERT INTO console_automation_sends (kind, member_id, occasion, channel, status, detail, sent_at)"
                    " VALUES (:k, :m, :o, :c, 'sending', '', :at) ON CONFLICT DO NOTHING"),
                    {"k": auto["kind"], "m": d["member_id"], "o": d["occasion"], "c": auto["channel"],
                     "at": iso(now)}).rowcount:
                won.append(d)
    return won


def _send(db: Database, auto: dict, claimed: list[dict], config: Config, base_url: str) -> int:
    if not claimed:
        return 0
    sender, problem, delivered, results = None, "", 0, []
    try:
        sender = Mailer(config) if auto["channel"] == "email" else HttpSms(config)
    except NotDelivered as exc:
        problem = str(exc)
    try:
        for d in claimed:
            text = re.sub(r"\{(name|years|tier|by|amount)\}", lambda x: d["values"].get(x.group(1), ""), auto["text"])
            link = unsubscribe_url(db, config.public_url or base_url, d["member_id"], auto["channel"])
            status, detail = deliver_one(sender, problem, auto["channel"], d, auto["subject"] or auto["kind"],
                                         text, link)
            delivered += status == "delivered"
            results.append({"k": auto["kind"], "m": d["member_id"], "o": d["occasion"], "s": status,
                            "d": detail[:500]})
    finally:
        if sender is not None:
            sender.close()
        with db.write() as conn:
            for r in results:
                conn.execute(sa.text("UPDATE console_automation_sends SET status = :s, detail = :d"
                                     " WHERE kind = :k AND member_id = :m AND occasion = :o"), r)
    return delivered


class Periodic:
    """``run`` on a thread of its own every ``every_s`` seconds (inside ``pos-hq serve``)."""

    def __init__(self, db: Database, every_s: float) -> None:
        self.db, self.every_s = db, every_s
        self.stop_event = threading.Event()
        self.thread = threading.Thread(target=self._loop, name="automations", daemon=True)

    def _loop(self) -> None:
        wait = min(self.every_s, 30.0)           # the first round soon after start
        while not self.stop_event.wait(wait):
            wait = self.every_s
            try:
                run(self.db, Config.from_env())
            except Exception as exc:  # noqa: BLE001 - one bad round must not end the loop; said in the log
                log.warning("automations: %s", exc)

    def start(self) -> "Periodic":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stop_event.set()
        self.thread.join(timeout=5)


def periodic(db: Database) -> Periodic | None:
    every = float(os.environ.get("POS_HQ_AUTOMATIONS_EVERY_S", "3600") or 0)
    return Periodic(db, every).start() if every > 0 else None
