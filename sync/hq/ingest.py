"""Event ingest: exactly-once application of a terminal's batch.

One write transaction per batch; on PostgreSQL batches of different tills
run in parallel (see ``locks``), one till's batches one after the other.  Everything HQ needs to decide is fetched
up front with a handful of ``IN`` queries and the rows to write are collected
and inserted with ``executemany`` at the end: per-statement round trips, not
Python, are what limit ingest speed, most of all on PostgreSQL.

Rules (DESIGN §5): an event id is answered once and remembered forever (a
resent event gets "duplicate" plus its first answer); seq gaps are recorded as
``seq_gap`` conflicts and the event is still applied; offline double use of a
coupon and negative points are applied and flagged, never dropped.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from operator import itemgetter

import pydantic_core
import sqlalchemy as sa
from pydantic import ValidationError

from ..payloads import aware_time
from ..protocol import (
    ACCEPTED, DUPLICATE, PAYLOADS, REJECTED, Event, EventPayload, MemberEnrolled, SaleCompleted, WireCoupon,
    validation_reason,
)
from . import facts
from . import ingest_rewards as rewards
from . import schema as t
from . import locks
from .db import Database, dumps, feed_lock, now_iso
from .pairing import terminal_for_token

DEFAULT_OFFLINE_GRACE_S = 300.0


class Rejected(Exception):
    """Why an event cannot be accepted, as one short line; permanent (sending it again cannot help)."""


class Ingest:
    """Applies one batch for one authenticated terminal."""

    def __init__(self, db: Database, conn: sa.Connection, terminal: dict) -> None:
        self.db, self.conn, self.terminal = db, conn, terminal
        self.now = now_iso()
        self.last_seq = int(terminal["last_seq"])
        settings = dict(self._select_in("SELECT key, value FROM settings WHERE key IN ({})",
                                        {"max_offline_coupon_value", "offline_grace_s"}))
        self.max_coupon = _opt_int(settings.get("max_offline_coupon_value"))
        self.grace_s = float(settings.get("offline_grace_s") or DEFAULT_OFFLINE_GRACE_S)
        self.rows: dict[str, list] = defaultdict(list)
        self.balance_delta: dict[tuple[str, str], int] = defaultdict(int)

    # -- entry point ------------------------------------------------------------
    def run(self, events: list[Event], sent_at: str | None) -> list[dict]:
        tid = self.terminal["terminal_id"]
        mine = [e for e in events if e.terminal_id == tid]
        self._prefetch(mine)
        results, seen = [], {}
        for ev in events:
            if ev.terminal_id != tid:
                # A token acts only as its own terminal; not recorded, so the
                # real owner can still deliver this event.
                results.append(_result(ev, REJECTED, "terminal_mismatch: event belongs to another terminal", True))
                continue
            first = self.known.get(ev.event_id) or seen.get(ev.event_id)
            if first is not None:
                results.append({**_result(ev, DUPLICATE, first["reason"], first["permanent"]),
                                "original": {"status": first["status"], "reason": first["reason"],
                                             "permanent": first["permanent"]}})
                continue
            status, reason, permanent, member_id, text = self._one(ev, sent_at)
            seen[ev.event_id] = {"status": status, "reason": reason, "permanent": permanent}
            self.rows["events"].append({
                "event_id": ev.event_id, "terminal_id": tid, "seq": ev.seq,
                "kind": ev.kind if ev.kind in PAYLOADS else "unknown",
                "occurred_at": ev.occurred_at if _is_time(ev.occurred_at) else self.now,
                "received_at": self.now, "member_id": member_id, "status": status,
                "reason": reason, "permanent": permanent,
                "payload": text if status == ACCEPTED else _safe_dump(ev.payload)})
            results.append(_result(ev, status, reason, permanent))
        self._flush()
        return results

    # -- one event --------------------------------------------------------------
    def _one(self, ev: Event, sent_at: str | None):
        self._track_seq(ev)
        try:
            if not _is_time(ev.occurred_at):
                raise Rejected("occurred_at: expected an ISO 8601 time with its UTC offset")
            text = _payload_text(ev.payload)     # checked and kept: the stored payload
            p = _payload(ev.kind, ev.payload)
            self._check_offline_limit(ev, p, sent_at)
        except Rejected as exc:
            return REJECTED, str(exc), True, None, None
        flags: list[str] = []
        if isinstance(p, MemberEnrolled):
            self._enrol(ev, p, flags)
        rewards.apply(self, ev, p, flags)
        for coupon in p.coupons_issued:
            self._coupon(ev, coupon)
        if p.ledger:
            self._ledger(ev, p, flags)
        if isinstance(p, SaleCompleted):
            for r in _unique_redemptions(p.coupons_redeemed):
                self._redeem(ev, p, r, flags)
        sale = facts.fact(ev.event_id, ev.kind, self.terminal["terminal_id"], ev.occurred_at, ev.payload)
        if sale is not None:
            self.rows["sale_facts"].append(sale)
        return ACCEPTED, ",".join(flags), False, p.member_id, text

    def _track_seq(self, ev: Event) -> None:
        expected = self.last_seq + 1
        if ev.seq > expected:
            missing = f"{expected}" if ev.seq == expected + 1 else f"{expected}..{ev.seq - 1}"
            self._conflict("seq_gap", None, [ev.event_id],
                           f"terminal {self.terminal['name']} ({self.terminal['terminal_id']}):"
                           f" seq {missing} missing before {ev.seq}")
        self.last_seq = max(self.last_seq, ev.seq)

    def _check_offline_limit(self, ev: Event, p: EventPayload, sent_at: str | None) -> None:
        if self.max_coupon is None or not isinstance(p, SaleCompleted) or not p.coupons_redeemed:
            return
        # Both times are the terminal's clock, so skew cancels out.
        try:
            waited = (datetime.fromisoformat(sent_at) - datetime.fromisoformat(ev.occurred_at)
                      ).total_seconds() if sent_at else None
        except (ValueError, TypeError):
            waited = None
        if waited is not None and waited <= self.grace_s:
            return
        for r in p.coupons_redeemed:
            if (r.amount or 0) > self.max_coupon:
                raise Rejected(
                    f"offline_coupon_over_limit: coupon {r.coupon_id} worth {r.amount} øre redeemed"
                    f" offline; the limit is {self.max_coupon} øre")

    def _enrol(self, ev: Event, p: MemberEnrolled, flags: list[str]) -> None:
        mid, tid = p.member_id, self.terminal["terminal_id"]
        if mid in self.members or mid in self.new_members:
            return                                   # same member announced twice: keep the first
        other = self.phones.get(p.phone)
        if other and other != mid:
            self._conflict("duplicate_phone", mid, [ev.event_id],
                           f"phone {p.phone} enrolled again as {mid}; already member {other}")
            flags.append("duplicate_phone")
        self.phones.setdefault(p.phone, mid)
        self.new_members.add(mid)
        row = {"member_id": mid, "phone": p.phone, "name": p.name, "email": p.email,
               "birthday": p.birthday, "consents": dumps(p.consents),
               "consent_text_version": p.consent_text_version, "created_at": ev.occurred_at,
               "origin": tid, "erased_at": None}
        self.rows["members"].append(row)
        for purpose, granted in sorted(p.consents.items()):
            self.rows["consents"].append({
                "member_id": mid, "purpose": purpose, "granted": granted,
                "text_version": p.consent_text_version, "recorded_at": ev.occurred_at, "terminal_id": tid})
        item = {"type": "member", **{k: row[k] for k in ("member_id", "phone", "name", "email", "birthday",
                                                          "consent_text_version", "created_at", "origin")},
                "consents": p.consents, **({"referred_by": p.referred_by} if p.referred_by else {})}
        self._change(item)

    def _coupon(self, ev: Event, coupon: WireCoupon) -> None:
        cid, tid = coupon.id, self.terminal["terminal_id"]
        if cid in self.coupons:
            return
        erased = coupon.member_id in self.erased
        doc = coupon.wire()                          # stored and forwarded whole, as sent
        if erased:
            doc["code"] = ""
        single = coupon.single_use
        self.coupons[cid] = single
        self.rows["coupons"].append({
            "coupon_id": cid, "member_id": coupon.member_id, "def_id": coupon.def_id,
            "doc": dumps(doc), "single_use": single, "issued_by": tid,
            "issued_at": coupon.issued_at or ev.occurred_at, "event_id": ev.event_id})
        if erased:
            return
        self._change({"type": "coupon", "coupon": doc, "issued_by": tid})
        # A redemption that reached HQ before the coupon itself: say it again
        # after the coupon so terminals can mark it used.
        for r in self.redemptions.get(cid, []):
            self._change({"type": "coupon_redeemed", "coupon_id": cid, "event_id": r["event_id"],
                          "sale_id": r["sale_id"] or "", "terminal_id": r["terminal_id"],
                          "occurred_at": r["occurred_at"]})

    def _ledger(self, ev: Event, p: EventPayload, flags: list[str]) -> None:
        tid = self.terminal["terminal_id"]
        spent: set[str] = set()
        entries = []
        for i, line in enumerate(p.ledger):
            mid, account, delta = line.member_id, line.account, line.delta
            entries.append({"member_id": mid, "account": account, "delta": delta})
            self.rows["ledger"].append({
                "entry_id": f"{ev.event_id}:{i}", "event_id": ev.event_id, "member_id": mid,
                "account": account, "delta": delta, "occurred_at": ev.occurred_at, "terminal_id": tid})
            self.balance_delta[(mid, account)] += delta
            if account == "points":
                self.points[mid] = self.points.get(mid, 0) + delta
                if delta < 0:
                    spent.add(mid)
        for mid in sorted(spent):
            if self.points[mid] < 0:
                self._conflict("negative_balance", mid, [ev.event_id],
                               f"points balance {self.points[mid]} after {ev.kind} {ev.event_id}")
                flags.append("negative_balance")
        self._change({"type": "ledger", "event_id": ev.event_id, "terminal_id": tid,
                      "occurred_at": ev.occurred_at, "entries": entries})

    def _redeem(self, ev: Event, p: SaleCompleted, r, flags: list[str]) -> None:
        cid, tid = r.coupon_id, self.terminal["terminal_id"]
        earlier = self.redemptions.setdefault(cid, [])
        if earlier and self.coupons.get(cid, True):
            first = earlier[0]
            self._conflict("coupon_reused", r.member_id or first["member_id"],
                           [first["event_id"], ev.event_id],
                           f"single-use coupon {cid} redeemed again by terminal {self.terminal['name']}"
                           f" (first: terminal {first['terminal_id']}, sale {first['sale_id']})")
            flags.append("coupon_reused")
        row = {"coupon_id": cid, "event_id": ev.event_id, "member_id": r.member_id, "terminal_id": tid,
               "sale_id": p.sale_id, "amount": r.amount, "occurred_at": ev.occurred_at,
               "received_at": self.now}
        earlier.append(row)
        self.rows["redemptions"].append(row)
        self._change({"type": "coupon_redeemed", "coupon_id": cid, "event_id": ev.event_id,
                      "sale_id": p.sale_id or "", "terminal_id": tid, "occurred_at": ev.occurred_at})

    # -- helpers ----------------------------------------------------------------
    def _conflict(self, kind: str, member_id: str | None, event_ids: list[str], detail: str) -> None:
        self.rows["conflicts"].append({"kind": kind, "member_id": member_id, "event_ids": dumps(event_ids),
                                       "detail": detail, "created_at": self.now})

    def _change(self, item: dict) -> None:
        self.rows["changes"].append({"origin": self.terminal["terminal_id"], "data": dumps(item)})

    def _prefetch(self, events: list[Event]) -> None:
        ids = {e.event_id for e in events}
        self.known = {
            eid: {"status": status, "reason": reason, "permanent": bool(permanent)}
            for eid, status, reason, permanent in self._select_in(
                "SELECT event_id, status, reason, permanent FROM events WHERE event_id IN ({})", ids)}
        fresh = [e for e in events if e.event_id not in self.known]
        member_ids, phones, coupon_ids, point_members, visits = set(), set(), set(), set(), set()
        for e in fresh:
            p = e.payload if isinstance(e.payload, dict) else {}
            for entry in p.get("ledger") or []:
                if isinstance(entry, dict) and isinstance(entry.get("member_id"), str):
                    member_ids.add(entry["member_id"])
                    if entry.get("account") == "points":
                        point_members.add(entry["member_id"])
            if isinstance(p.get("member_id"), str):
                member_ids.add(p["member_id"])
            if e.kind == "member_enrolled" and isinstance(p.get("phone"), str):
                phones.add(p["phone"])
            if e.kind == "member_visited":
                visits.add(f"visit:{p.get('member_id')}|{p.get('day')}")
            for key in ("coupons_issued", "coupons_redeemed"):
                for cpn in (p.get(key) or []) + ([p["coupon"]] if key == "coupons_issued" and isinstance(
                        p.get("coupon"), dict) else []):
                    if isinstance(cpn, dict):
                        cid = cpn.get("id") if key == "coupons_issued" else cpn.get("coupon_id")
                        if isinstance(cid, str):
                            coupon_ids.add(cid)
                        if isinstance(cpn.get("member_id"), str):
                            member_ids.add(cpn["member_id"])
        if not self.db.is_sqlite:
            # Other tills' batches run alongside: what this batch decides on
            # (a coupon's earlier use, a phone's owner, a member's visit that
            # day, a points balance) is
            # locked before it is read, in one order (keys sorted, then balance
            # rows sorted), so two tills using one coupon or one member's points
            # are decided one after the other and never deadlock.
            locks.lock_keys(self.conn, [f"coupon:{c}" for c in coupon_ids] + [f"phone:{p}" for p in phones]
                            + sorted(visits))
        self.members, self.erased, self.new_members = set(), set(), set()
        for mid, erased_at in self._select_in("SELECT member_id, erased_at FROM members WHERE member_id IN ({})",
                                              member_ids):
            self.members.add(mid)
            if erased_at:
                self.erased.add(mid)
        self.phones = dict(self._select_in(
            "SELECT phone, member_id FROM members WHERE phone IN ({}) AND erased_at IS NULL", phones))
        if self.db.is_sqlite:
            self.points = dict(self._select_in(
                "SELECT member_id, total FROM balances WHERE member_id IN ({}) AND account = 'points'",
                point_members))
        else:
            self.points = locks.lock_points(self.conn, point_members)
        self.coupons = {cid: bool(single) for cid, single in self._select_in(
            "SELECT coupon_id, single_use FROM coupons WHERE coupon_id IN ({})", coupon_ids)}
        self.redemptions: dict[str, list[dict]] = defaultdict(list)
        for cid, eid, mid, tid, sale_id, when in self._select_in(
                "SELECT coupon_id, event_id, member_id, terminal_id, sale_id, occurred_at FROM redemptions"
                " WHERE coupon_id IN ({}) ORDER BY received_at, event_id", coupon_ids):
            self.redemptions[cid].append({"coupon_id": cid, "event_id": eid, "member_id": mid,
                                          "terminal_id": tid, "sale_id": sale_id, "occurred_at": when})
        rewards.prefetch(self, fresh)

    def _select_in(self, sql: str, values: set) -> list[tuple]:
        """One driver-level query for ``… IN (values)``: SQLAlchemy's expanding IN was
        a quarter of a batch's time.  The SQL is ours; only values are bound."""
        if not values:
            return []
        values = sorted(values)
        return self.conn.exec_driver_sql(sql.format(", ".join([self.db.param] * len(values))), tuple(values)).all()

    def _insert(self, table: sa.Table, rows: list[dict], upsert: str = "") -> None:
        """SQLite (in-process) is fastest with executemany.  On PostgreSQL plain
        inserts go through COPY and the balance upsert through one
        ``INSERT … SELECT FROM unnest(arrays)``: a round trip per table, not per row."""
        cols = list(rows[0])
        if self.db.is_sqlite:
            # Straight to the driver's executemany: SQLAlchemy's per-row parameter
            # processing was a third of a batch's time.
            sql = (f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                   + (f" {upsert}" if upsert else ""))
            self.conn.exec_driver_sql(sql, list(map(itemgetter(*cols), rows)) if len(cols) > 1
                                      else [(r[cols[0]],) for r in rows])
            return
        with self.conn.connection.driver_connection.cursor() as cur:
            if not upsert:
                with cur.copy(f"COPY {table.name} ({', '.join(cols)}) FROM STDIN") as copy:
                    for r in rows:
                        copy.write_row([r[c] for c in cols])
                return
            casts = ", ".join(f"%s::{_pg_type(table.c[c].type)}[]" for c in cols)
            cur.execute(f"INSERT INTO {table.name} ({', '.join(cols)}) SELECT * FROM unnest({casts}) {upsert}",
                        tuple([r[c] for r in rows] for c in cols))

    def _flush(self) -> None:
        rows = self.rows
        for name in ("events", "members", "consents", "ledger", "coupons", "redemptions", "conflicts",
                     "sale_facts"):
            if rows[name]:
                self._insert(getattr(t, name), rows[name])
        rewards.flush(self)
        if self.balance_delta:
            # sorted: concurrent writers take the balance row locks in one order
            self._insert(t.balances, [{"member_id": m, "account": a, "total": d}
                                      for (m, a), d in sorted(self.balance_delta.items())],
                         upsert="ON CONFLICT (member_id, account) DO UPDATE SET total = balances.total + excluded.total")
        mark = self.db.param
        self.conn.exec_driver_sql(f"UPDATE terminals SET last_seq = {mark}, last_seen = {mark} WHERE terminal_id = {mark}",
                                  (self.last_seq, self.now, self.terminal["terminal_id"]))
        if rows["changes"]:
            # Last, so the feed lock is held only for this insert and the commit.
            feed_lock(self.conn)
            self._insert(t.changes, rows["changes"])


class UnknownToken(Exception):
    """The device token is unknown or its terminal was revoked."""


def ingest(db: Database, token: str, events: list[Event], sent_at: str | None) -> tuple[list[dict], int]:
    """Apply a batch for the terminal ``token`` belongs to, in one write transaction.

    The token is checked on the batch's own connection: a separate read for
    it was a tenth of a push's time, and revoking a terminal (a write) cannot
    slip in between the check and the ingest."""
    return db.retrying(_ingest_once, db, token, events, sent_at)


def _ingest_once(db: Database, token: str, events: list[Event], sent_at: str | None) -> tuple[list[dict], int]:
    with db.write(parallel=True) as conn:
        term = terminal_for_token(db, token, conn, lock=True)
        if term is None:
            raise UnknownToken
        job = Ingest(db, conn, term)
        results = job.run(events, sent_at)
        return results, job.last_seq


def _result(ev: Event, status: str, reason: str, permanent: bool) -> dict:
    return {"event_id": ev.event_id, "seq": ev.seq, "status": status, "reason": reason,
            "permanent": permanent, "original": None}


def _unique_redemptions(redeemed: list) -> list:
    seen, out = set(), []
    for r in redeemed:
        if r.coupon_id not in seen:
            seen.add(r.coupon_id)
            out.append(r)
    return out


def _payload(kind: str, body: dict) -> EventPayload:
    """The payload checked against its kind's model (sync.payloads); raises ``Rejected``."""
    model = PAYLOADS.get(kind)
    if model is None:
        raise Rejected(f"unknown event kind {kind[:64]!r}")
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        raise Rejected(validation_reason(exc)) from None


def _payload_text(body: dict) -> str:
    """The payload as compact JSON text, refused unless it is valid UTF-8 (no lone surrogates)."""
    try:
        return pydantic_core.to_json(body).decode()
    except pydantic_core.PydanticSerializationError:     # a lone surrogate
        raise Rejected("payload: not valid UTF-8 text") from None


def _pg_type(type_: sa.types.TypeEngine) -> str:
    if isinstance(type_, sa.Boolean):
        return "boolean"
    if isinstance(type_, sa.Float):
        return "float8"
    if isinstance(type_, sa.Integer):
        return "bigint"
    return "text"


def _opt_int(value: str | None) -> int | None:
    return None if value in (None, "") else int(value)


def _is_time(value: str) -> bool:
    try:
        aware_time(value)
        return True
    except ValueError:
        return False


def _safe_dump(payload: dict) -> str:
    """A rejected payload is kept for the operator, made storable if need be."""
    return json.dumps(payload, ensure_ascii=True)

