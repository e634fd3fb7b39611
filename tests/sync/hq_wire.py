"""Raw-HTTP helpers for HQ tests: a paired fake terminal and event builders
that follow docs/events.md."""

from __future__ import annotations

import base64
import hashlib
import uuid
from datetime import datetime, timedelta, timezone

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def new_key() -> dict:
    raw = Ed25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return {"key_id": hashlib.sha256(raw).hexdigest()[:16], "public_key": base64.b64encode(raw).decode()}


class WireTerminal:
    """Speaks the protocol with plain httpx; keeps its own seq."""

    def __init__(self, hq_url: str, code: str, name: str = "") -> None:
        self.terminal_id = str(uuid.uuid4())
        self.key = new_key()
        self.pair_body = {"protocol": 1, "code": code, "terminal_id": self.terminal_id, "terminal_name": name,
                          "key": {**self.key, "owner": self.terminal_id}}
        self.http = httpx.Client(base_url=hq_url, timeout=10)
        resp = self.http.post("/v1/pair", json=self.pair_body)
        assert resp.status_code == 200, resp.text
        self.pairing = resp.json()
        self.token = self.pairing["device_token"]
        self.http.headers["Authorization"] = f"Device {self.token}"
        self.seq = 0
        self.clock = T0

    def event(self, kind: str, payload: dict, seq: int | None = None) -> dict:
        if seq is None:
            self.seq += 1
            seq = self.seq
        self.clock += timedelta(seconds=1)
        return {"event_id": str(uuid.uuid4()), "terminal_id": self.terminal_id, "seq": seq, "kind": kind,
                "occurred_at": iso(self.clock), "payload": payload}

    def push(self, events: list[dict], sent_at: str | None = None) -> httpx.Response:
        body = {"protocol": 1, "events": events, "sent_at": sent_at or iso(self.clock)}
        return self.http.post("/v1/events", json=body)

    def results(self, events: list[dict], **kw) -> list[dict]:
        resp = self.push(events, **kw)
        assert resp.status_code == 200, resp.text
        return resp.json()["results"]

    def changes(self, cursor: str | None = None, limit: int = 500) -> httpx.Response:
        params = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        return self.http.get("/v1/changes", params=params)

    def all_changes(self, cursor: str | None = None) -> tuple[list[dict], str]:
        items = []
        while True:
            page = self.changes(cursor).json()
            items += page["items"]
            cursor = page["cursor"]
            if not page["has_more"]:
                return items, cursor


def coupon(member_id: str, issued_at: datetime, amount: int = 10000, kind: str = "amount",
           coupon_id: str | None = None) -> dict:
    return {"id": coupon_id or str(uuid.uuid4()), "member_id": member_id, "def_id": "welcome",
            "name": "Velkommen", "kind": kind, "amount": amount, "min_spend": 0,
            "valid_until": "2099-12-31", "single_use": True, "code": "TLC-test", "issued_at": iso(issued_at)}


def enrol(member_id: str, phone: str, coupons: list[dict] | None = None) -> dict:
    return {"member_id": member_id, "phone": phone, "name": "Kari Nordmann", "email": "kari@example.no",
            "birthday": "1990-05-17", "consents": {"loyalty": True, "sms": False, "email": True},
            "consent_text_version": "2026-1", "coupons_issued": coupons or [], "ledger": []}


def sale(member_id: str | None, total: int, points: int = 0, redeemed: list[dict] | None = None,
         issued: list[dict] | None = None, stamps: dict | None = None, points_used: int = 0) -> dict:
    ledger = []
    if member_id:
        ledger = [{"member_id": member_id, "account": "points", "delta": points},
                  {"member_id": member_id, "account": "spend", "delta": total}]
        if points_used:
            ledger.append({"member_id": member_id, "account": "points", "delta": -points_used})
        for card, n in (stamps or {}).items():
            ledger.append({"member_id": member_id, "account": f"stamps:{card}", "delta": n})
    return {"sale_id": str(uuid.uuid4()), "receipt_no": "A-000001", "member_id": member_id, "currency": "NOK",
            "lines": [{"sku": "X", "qty": 1, "unit_price": total, "amount": total, "discount": 0,
                       "points": points, "stamps": {}}],
            "benefits": [], "subtotal": total, "discount_total": 0, "total": total,
            "tenders": [{"kind": "card", "amount": total}], "coupons_redeemed": redeemed or [],
            "coupons_issued": issued or [], "points_earned": points, "ledger": ledger}
