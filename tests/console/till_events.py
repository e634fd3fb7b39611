"""A paired till that hands HQ events with chosen times, through HQ's real
pairing and ingest (the same path ``/v1/events`` takes)."""

from __future__ import annotations

import base64
import itertools
import uuid
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from sync.hq import ingest, pairing
from sync.hq.db import iso
from sync.protocol import Event, PairRequest


class Till:
    def __init__(self, db, name: str = "Kasse 1") -> None:
        self.db, self.terminal_id = db, str(uuid.uuid4())
        raw = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        code, _ = pairing.new_code(db, name)
        answer = pairing.pair(db, PairRequest(code=code, terminal_id=self.terminal_id, terminal_name=name, key={
            "key_id": uuid.uuid4().hex[:16], "public_key": base64.b64encode(raw).decode()}))
        self.token = answer["device_token"]
        self.seq = itertools.count(1)

    def send(self, kind: str, at: datetime, payload: dict) -> dict:
        ev = Event(event_id=str(uuid.uuid4()), terminal_id=self.terminal_id, seq=next(self.seq), kind=kind,
                   occurred_at=iso(at), payload=payload)
        results, _ = ingest.ingest(self.db, self.token, [ev], None)
        assert results[0]["status"] == "accepted", results
        return payload

    def enrol(self, at: datetime, phone: str, email: str = "", sms: bool = False, mail: bool = False,
              name: str = "", birthday: str | None = None, coupon: dict | None = None,
              member_id: str | None = None) -> str:
        mid = member_id or str(uuid.uuid4())
        self.send("member_enrolled", at, {
            "member_id": mid, "phone": phone, "name": name or f"Medlem {phone[-4:]}", "email": email,
            "birthday": birthday, "consents": {"loyalty": True, "sms": sms, "email": mail},
            "consent_text_version": "2026-1", "coupons_issued": [{**coupon, "member_id": mid}] if coupon else [],
            "ledger": []})
        return mid

    def sale(self, at: datetime, total: int, member: str | None = None, points: int | None = None,
             points_used: int = 0, redeem: dict | None = None, punch: int = 0, lines: list | None = None) -> dict:
        ledger = []
        if member:
            ledger = [{"member_id": member, "account": "points", "delta": total // 100 if points is None else points},
                      {"member_id": member, "account": "spend", "delta": total}]
            if points_used:
                ledger.append({"member_id": member, "account": "points", "delta": -points_used})
        redeemed = [{"coupon_id": redeem["id"], "def_id": redeem["def_id"], "kind": "amount",
                     "amount": redeem.get("amount", 0), "member_id": member, "issued_by": "x"}] if redeem else []
        benefits = [{"kind": "punch_card", "name": "Kaffe", "amount": 100}] * punch
        return self.send("sale_completed", at, {
            "sale_id": str(uuid.uuid4()), "receipt_no": "1", "member_id": member, "currency": "NOK",
            "lines": lines or [], "benefits": benefits, "subtotal": total, "discount_total": 0, "total": total,
            "tenders": [], "coupons_redeemed": redeemed, "coupons_issued": [], "ledger": ledger})

    def give_back(self, at: datetime, sale: dict) -> None:
        ledger = [{"member_id": e["member_id"], "account": e["account"], "delta": -e["delta"]}
                  for e in sale["ledger"] if e["delta"] > 0]
        self.send("sale_returned", at, {"return_id": str(uuid.uuid4()), "sale_id": sale["sale_id"], "receipt_no": "R",
                                        "member_id": sale["member_id"], "lines": [], "refund": sale["total"],
                                        "ledger": ledger})


def coupon(def_id: str, member: str | None = None, amount: int = 5000) -> dict:
    return {"id": str(uuid.uuid4()), "member_id": member, "def_id": def_id, "name": def_id, "kind": "amount",
            "amount": amount, "min_spend": 0, "valid_until": "2099-12-31", "single_use": True, "code": "",
            "issued_at": "2026-01-01T00:00:00.000000+00:00"}
