"""Sale facts from real settlements, and from any payload a till might send (never an exception)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pos_client.domain.member import MemberState
from pos_client.domain.program_file import parse_program
from pos_client.domain.settlement import BasketLine, settle
from sync.hq.facts import fact

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "program.toml"


def test_punch_card_free_units_from_a_real_settlement():
    program = parse_program(DEMO.read_text(encoding="utf-8"), "demo")
    member = MemberState("m1", "+4791234567", stamps={"dogfood": 6})
    s = settle(program, [BasketLine("DOG", "Hundefôr", 3, 19_900, "dogfood")], today=date(2026, 12, 1),
               member=member)
    payload = {"member_id": "m1", "total": s.total, "lines": [line.to_json() for line in s.lines],
               "benefits": [b.to_json() for b in s.benefits]}
    f = fact("e1", "sale_completed", "t1", "2026-12-01T10:00:00.000000+00:00", payload)
    assert f["punch_rewards"] == 1 and f["total"] == s.total and f["member_id"] == "m1"
    assert not f["is_return"]


def test_a_return_counts_negative():
    f = fact("e2", "sale_returned", "t1", "2026-12-01T10:00:00.000000+00:00", {"refund": 5000, "member_id": None})
    assert f["total"] == -5000 and f["is_return"] and f["member_id"] is None


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                        max_size=4), max_leaves=20)
keys = st.sampled_from(["total", "refund", "member_id", "lines", "benefits", "unit_price", "kind", "amount"])


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(keys, json_values, max_size=6), st.sampled_from(["sale_completed", "sale_returned"]))
def test_any_payload_gives_a_fact_with_whole_numbers(payload, kind):
    f = fact("e", kind, "t", "2026-12-01T10:00:00.000000+00:00", payload)
    assert isinstance(f["total"], int) and isinstance(f["punch_rewards"], int) and f["punch_rewards"] >= 0
    assert f["member_id"] is None or isinstance(f["member_id"], str)
