"""Event ingest: exactly-once application of a terminal's batch.

One write transaction per batch; on PostgreSQL batches of different tills
run in parallel (see ``locks``), one till's batches one after the other.
Everything HQ needs to decide is fetched up front with a handful of ``IN``
queries (``ingest_prefetch``) and the rows to write are collected and written
in a few round trips at the end (``ingest_writer``): per-statement round
trips, not Python, are what limit ingest speed, most of all on PostgreSQL.
This module holds the rules; ``ingest_rewards`` the reward mechanics.

Rules (DESIGN §5): an event id is answered once and remembered forever (a
resent event gets "duplicate" plus its first answer); seq gaps are recorded as
``seq_gap`` conflicts and the event is still applied; offline double use of a
coupon and negative points are applied and flagged, never dropped.
"""

from __future__ import annotations

import json
from datetime import datetime

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
from .db import Database, dumps, now_iso
from .ingest_prefetch import prefetch
from .ingest_writer import BatchWriter
from .pairing import terminal_for_token

DEFAULT_OFFLINE_GRACE_S = 300.0
SETTINGS = ("max_offline_coupon_value", "offline_grace_s")      # read with the till's row


class Rejected(Exception):
    """Why an event cannot be accepted, as one short line; permanent (sending it again cannot help)."""


class Ingest(BatchWriter):
    """Applies one batch for one authenticated terminal: the event rules.

    What it reads first is in ``ingest_prefetch``; how the collected rows are
    written, in ``ingest_writer.BatchWriter``."""

    def __init__(self, db: Database, conn: sa.Connection, terminal: dict) -> None:
        super().__init__(db, conn, terminal)
        self.now = now_iso()
        self.last_seq = int(terminal["last_seq"])
        settings = terminal.get("settings")
        if settings is None:
            settings = dict(self._select_in("SELECT key, value FROM settings WHERE key IN ({})", set(SETTINGS)))
        self.max_coupon = _opt_int(settings.get("max_offline_coupon_value"))
        self.grace_s = float(settings.get("offline_grace_s") or DEFAULT_OFFLINE_GRACE_S)

    # -- entry point ------------------------------------------------------------
    def run(self, events: list[Event], sent_at: str | None) -> list[dict]:
        tid = self.terminal["terminal_id"]
        mine = [e for e in events if e.terminal_id == tid]
        prefetch(self, mine)
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
        self.flush()
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
            self.rows["sale_lines"] += facts.lines(ev.event_id, ev.kind, p.member_id, ev.occurred_at, ev.payload)
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
        term = terminal_for_token(db, token, conn, lock=True, settings=SETTINGS)
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

