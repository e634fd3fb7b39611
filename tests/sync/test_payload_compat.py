"""The typed payloads (sync.payloads) keep the wire format of the till before them.

``fixtures/payloads_v0.1.json`` is one day at a till of version 0.1.0, before
the payloads were typed (written by ``record_payloads.py``): HQ of today must
accept and apply it exactly, and a till of today must write the same shapes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from pydantic import ValidationError

from sync.hq.report import report
from sync.protocol import PAYLOADS, MemberEnrolled, SaleCompleted, validation_reason

from hq_wire import WireTerminal
from record_payloads import record

RECORDED = json.loads((Path(__file__).parent / "fixtures" / "payloads_v0.1.json").read_text(encoding="utf-8"))


def _shape(value):
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(v) for v in value[:1]]
    return type(value).__name__


def test_an_old_tills_events_are_accepted_and_applied_by_this_hq(hq):
    till = WireTerminal(hq.url, hq.code("Kasse 0.1"))
    events = [{**e, "terminal_id": till.terminal_id} for e in RECORDED]
    results = till.results(events)
    assert [(r["status"], r["reason"]) for r in results] == [("accepted", "")] * len(events)
    # What the events moved, HQ has: every member's points and spend are their ledger's sums.
    sums: dict[tuple[str, str], int] = defaultdict(int)
    for e in RECORDED:
        for entry in e["payload"]["ledger"]:
            sums[(entry["member_id"], entry["account"])] += entry["delta"]
    members = {m["member_id"]: m for m in report(hq.db)["members"]}
    enrolled = [e["payload"] for e in RECORDED if e["kind"] == "member_enrolled"]
    assert {p["member_id"] for p in enrolled} <= set(members)
    for (member_id, account), total in sums.items():
        if account in ("points", "spend"):
            assert members[member_id][account] == total, (member_id, account)
    # The coupons they carried are HQ's, whole, and go out on the feed to other tills.
    items, _ = WireTerminal(hq.url, hq.code("Kasse 2")).all_changes()
    issued = {c["id"]: c for e in RECORDED for c in e["payload"].get("coupons_issued", [])}
    fed = {i["coupon"]["id"]: i["coupon"] for i in items if i["type"] == "coupon"}
    assert fed == issued
    used = {r["coupon_id"] for e in RECORDED for r in e["payload"].get("coupons_redeemed", [])}
    assert used and used <= {i["coupon_id"] for i in items if i["type"] == "coupon_redeemed"}


def test_the_models_give_back_what_they_read():
    for e in RECORDED:
        assert PAYLOADS[e["kind"]].model_validate(e["payload"]).wire() == e["payload"]


def _covers(new, old) -> bool:
    """Every field of ``old`` is in ``new`` with the same type (``new`` may have more)."""
    if isinstance(old, dict):
        return isinstance(new, dict) and all(k in new and _covers(new[k], v) for k, v in old.items())
    if isinstance(old, list):
        return isinstance(new, list) and (not old or not new or _covers(new[0], old[0]))
    return new == old


def test_a_till_of_today_writes_what_the_recorded_day_had():
    """The same day at today's till: each recorded event has a counterpart with every
    field it had, of the same type (a till of today may send more, e.g. reward fields)."""
    today = record()
    for old in RECORDED:
        assert any(new["kind"] == old["kind"] and _covers(_shape(new["payload"]), _shape(old["payload"]))
                   for new in today), (old["kind"], old["payload"])


@pytest.mark.parametrize("payload, reason", [
    ({"sale_id": "x", "ledger": [{"member_id": "m", "account": "bogus", "delta": 1}]},
     "ledger[0].account: unknown account"),
    ({"sale_id": "x y"}, "sale_id: not a valid id"),
    ({"sale_id": "x", "ledger": [{"member_id": "m", "account": "points", "delta": True}]},
     "ledger[0].delta: Input should be a valid integer"),
    ({"sale_id": "x", "coupons_redeemed": [{"coupon_id": "c", "amount": "100"}]},
     "coupons_redeemed[0].amount: Input should be a valid integer"),
    ({"sale_id": "x", "ledger": [{"member_id": "m", "account": "points", "delta": 2**60}]},
     "ledger[0].delta: Input should be less than or equal to 9007199254740992"),
])
def test_a_sale_hq_cannot_act_on_is_refused_with_the_field_and_why(payload, reason):
    with pytest.raises(ValidationError) as caught:
        SaleCompleted.model_validate(payload)
    assert validation_reason(caught.value) == reason


@pytest.mark.parametrize("change, reason", [
    ({"consents": {"loyalty": False}}, "consents: loyalty consent is required"),
    ({"consents": None}, "consents: loyalty consent is required"),
    ({"phone": ""}, "phone: String should have at least 1 character"),
    ({"name": "Kari\x00"}, "name: contains a NUL character"),
    ({"birthday": "17.05.1990"}, "birthday: expected YYYY-MM-DD"),
    ({"birthday": "1990-13-01"}, "birthday: expected YYYY-MM-DD"),
    ({"birthday": "19900517"}, "birthday: expected YYYY-MM-DD"),
    ({"coupons_issued": [{"id": "c", "single_use": "yes"}]}, "coupons_issued[0].single_use: Input should be a valid boolean"),
    ({"coupons_issued": [{"id": "c", "issued_at": "2026-11-24T10:00:00"}]},
     "coupons_issued[0].issued_at: the time must carry its UTC offset"),
])
def test_an_enrolment_hq_cannot_act_on_is_refused(change, reason):
    good = {"member_id": "m1", "phone": "+4791234567", "consents": {"loyalty": True}}
    MemberEnrolled.model_validate(good)
    with pytest.raises(ValidationError) as caught:
        MemberEnrolled.model_validate({**good, **change})
    assert validation_reason(caught.value) == reason
