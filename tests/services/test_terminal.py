"""End to end through the facade: enrol, sell with the welcome coupon, then
tier discount, the 8th bag free and a bonus cheque, exactly as DESIGN.md §4."""

import json
import sqlite3

import pytest

from pos_client.domain.errors import (
    CodeRefused, ConsentRequired, CouponRefused, InvalidInput, InvalidPhone, PointsRefused,
    UnknownProduct,
)
from tests.helpers import demo_terminal
from pos_client.store.by_reference import RECEIPT_SQL


def by_category(t, category):
    return sorted((p for p in t.products() if p.category == category), key=lambda p: p.price)


def test_phone_spellings_find_one_member(t):
    m = t.enroll("912 34 567", name="Kari Nordmann", consents=["loyalty"])
    for spelling in ("91234567", "+47 912 34 567", "0047 91234567", "912 34 567"):
        assert t.lookup(spelling).member_id == m.member_id
    assert m.phone == "+4791234567"
    assert t.lookup("+47 913 00 000") is None
    with pytest.raises(InvalidPhone):
        t.lookup("12")


def test_enrolment_records_consent_and_issues_welcome_coupon(t):
    m = t.enroll("+47 912 34 568", name="Ola", email="ola@example.no", birthday="1990-05-17",
                 consents=["loyalty", "sms"])
    assert [c.def_id for c in m.coupons] == ["welcome10"]
    rows = sqlite3.connect(t.store.path).execute(
        "SELECT purpose, granted FROM consents WHERE member_id=? ORDER BY purpose", (m.member_id,)).fetchall()
    assert rows == [("email", 0), ("loyalty", 1), ("sms", 1)]
    event = sqlite3.connect(t.store.path).execute(
        "SELECT kind, payload FROM outbox ORDER BY seq DESC LIMIT 1").fetchone()
    assert event[0] == "member_enrolled"
    assert json.loads(event[1])["consents"] == {"email": False, "loyalty": True, "sms": True}
    with pytest.raises(ConsentRequired):
        t.enroll("+47 912 34 569", consents=["sms"])
    with pytest.raises(InvalidInput, match="already a member"):
        t.enroll("91234568", consents=["loyalty"])


def test_member_qr_code_looks_up_and_forgery_is_refused(t):
    m = t.enroll("+47 912 34 570", consents=["loyalty"])
    code = t.member_code(m)
    assert t.lookup(code).member_id == m.member_id
    assert t.lookup(code.lower()).member_id == m.member_id
    i = len(code) // 2
    forged = code[:i] + ("A" if code[i] != "A" else "B") + code[i + 1:]
    with pytest.raises(CodeRefused):
        t.lookup(forged)
    with pytest.raises(CodeRefused):
        t.lookup(code[:-5])


def test_full_member_journey(t, clock):
    m = t.enroll("+47 915 55 555", name="Kari", consents=["loyalty"])
    dog = by_category(t, "dogfood")[0]
    welcome = m.coupons[0]

    # 1) first sale with the welcome coupon: Bronse 5 %, then coupon 10 % of the rest
    sale = t.new_sale(m)
    sale.add(dog.ean, qty=1)
    sale.apply_coupon(welcome.code)
    r = sale.complete(tender="card").to_json()
    tier = (dog.price * 5 + 50) // 100
    coupon = ((dog.price - tier) * 10 + 50) // 100
    assert [(b["kind"], b["amount"]) for b in r["benefits"]] == [("tier", tier), ("coupon", coupon)]
    assert r["total"] == dog.price - tier - coupon
    assert r["points_earned"] == r["total"] // 100
    assert r["member"]["stamps"]["dogfood"] == 1
    assert r["member"]["coupons"] == []
    with pytest.raises(CouponRefused, match="already used"):
        t.new_sale(t.lookup(m.phone)).apply_coupon(welcome.code)

    # 2) six more bags: stamps 7; 3) the eighth bag is free
    sale = t.new_sale(t.lookup(m.phone))
    sale.add(dog.sku, 6)
    assert sale.complete().to_json()["member"]["stamps"]["dogfood"] == 7
    sale = t.new_sale(t.lookup(m.phone))
    sale.add(dog.sku, 1)
    r = sale.complete().to_json()
    assert r["benefits"][0] == {"kind": "punch_card", "name": "Hundefôr", "amount": dog.price}
    assert r["total"] == 0 and r["member"]["stamps"]["dogfood"] == 0

    # 4) spend past 2000 kr: a bonus cheque, signed, usable from the next sale
    big = max(t.products(), key=lambda p: p.price)
    spent = r["member"]["spend"]
    sale = t.new_sale(t.lookup(m.phone))
    qty = (200_000 - spent) // (big.price * 95 // 100) + 1   # Bronse: 5 % off
    sale.add(big.sku, qty)
    r = sale.complete(tender="cash", cash_given=10_000_000).to_json()
    assert r["change"] == 10_000_000 - r["total"] - r["rounding"]     # cash rounds to whole kroner
    cheques = [c for c in r["coupons_issued"] if c["kind"] == "cheque"]
    assert len(cheques) == (spent + r["total"]) // 200_000 and cheques[0]["amount"] == 10_000
    assert t.lookup(m.phone).to_json()["coupons"][0]["code"] == cheques[0]["code"]
    sale = t.new_sale(t.lookup(m.phone))
    sale.add(big.sku)
    sale.apply_coupon(cheques[0]["code"])
    r = sale.complete().to_json()
    assert {"kind": "bonus_cheque", "amount": 10_000} in [
        {k: v for k, v in x.items() if k in ("kind", "amount")} for x in r["tenders"]]

    # 5) once the qualifying spend passes 5000 kr, the next sale gets Sølv 10 %
    while t.lookup(m.phone).qualifying_spend < 500_000:
        sale = t.new_sale(t.lookup(m.phone))
        sale.add(big.sku, 5)
        sale.complete()
    sale = t.new_sale(t.lookup(m.phone))
    sale.add(big.sku)
    r = sale.complete().to_json()
    assert r["member"]["tier"] == "Sølv"
    assert r["benefits"] == [{"kind": "tier", "name": "Sølv 10 %", "amount": (big.price + 5) // 10}]


def test_tier_window_and_point_expiry_follow_the_clock(t, clock):
    m = t.enroll("+47 915 55 556", consents=["loyalty"])
    big = max(t.products(), key=lambda p: p.price)
    sale = t.new_sale(m)
    sale.add(big.sku, 30)
    r = sale.complete().to_json()
    assert r["member"]["points"] == r["points_earned"] > 0
    clock.advance(days=366)
    later = t.lookup(m.phone)
    assert later.qualifying_spend == 0 and later.spend == r["total"] and later.tier == "Bronse"
    assert later.points == r["points_earned"]
    clock.advance(days=365)
    assert t.lookup(m.phone).points == 0          # 731 days: expired


def test_return_reverses_what_the_lines_earned(t):
    m = t.enroll("+47 915 55 557", consents=["loyalty"])
    before = t.lookup(m.phone).to_json()
    sale = t.new_sale(m)
    dog, toy = by_category(t, "dogfood")[0], by_category(t, "leker")[0]
    sale.add(dog.sku, 2)
    sale.add(toy.sku, 1)
    r = sale.complete()
    t.return_items(r.receipt_no, [(dog.sku, 1)])
    back = t.return_items(r.receipt_no, [(dog.sku, 1), (toy.ean, 1)])
    after = t.lookup(m.phone).to_json()
    for key in ("points", "spend", "qualifying_spend"):
        assert after[key] == before[key]
    assert after["stamps"] == {"dogfood": 0}
    assert back.to_json()["refund"] > 0
    with pytest.raises(InvalidInput, match="can still be returned"):
        t.return_items(r.receipt_no, [(dog.sku, 1)])


def test_a_saved_punch_card_reward_is_stored_and_given_on_a_later_sale_or_after_a_return(t):
    m = t.enroll("+47 915 55 558", consents=["loyalty"])
    dog = by_category(t, "dogfood")[0]
    first = t.new_sale(m)
    first.add(dog.sku, 7)
    first.complete()
    second = t.new_sale(t.lookup(m.phone))
    second.add(dog.sku)
    second.save_reward("dogfood")
    kept = second.complete()
    assert kept.settlement.total > 0 and t.lookup(m.phone).stamps == {"dogfood": 8}
    third = t.new_sale(t.lookup(m.phone))
    third.add(dog.sku)
    assert third.complete().settlement.total == 0            # the saved bag, free now
    assert t.lookup(m.phone).stamps == {"dogfood": 1}
    t.return_items(kept.receipt_no, [(dog.sku, 1)])         # the stamp that bag earned goes back
    assert t.lookup(m.phone).stamps == {"dogfood": 0}
    with pytest.raises(InvalidInput, match="no punch card"):
        t.new_sale(m).save_reward("nope")


def test_bad_input_is_one_clear_error(t):
    m = t.enroll("+47 915 55 558", consents=["loyalty"])
    sale = t.new_sale(m)
    with pytest.raises(UnknownProduct):
        sale.add("0000000000000")
    sale.add(t.products()[0].sku)
    with pytest.raises(PointsRefused, match="only 0 points"):
        sale.redeem_points(10)
    with pytest.raises(CodeRefused):
        sale.apply_coupon("TLC1AAAA")
    assert sale.complete().receipt_no


def test_status_counts(t):
    s = t.status()
    assert set(s) == {"terminal_id", "members", "products", "outbox_pending", "dead_letters",
                      "last_sync", "hq_clock_offset_s", "print_queue", "data_dir"}
    assert s["products"] >= 40 and s["members"] >= 5


def test_birthday_coupon_in_the_birthday_week_once_a_year(t, clock):
    # The clock says Tuesday 2026-11-24; a birthday on Friday the 27th is this week.
    m = t.enroll("+47 915 55 559", birthday="1990-11-27", consents=["loyalty"])
    assert [c.def_id for c in m.coupons] == ["welcome10"]
    assert t.member_view(m)["birthday_week"] is True
    sale = t.new_sale(m)
    assert sorted(c.def_id for c in sale.member.coupons) == ["birthday100", "welcome10"]
    assert sorted(c.def_id for c in t.new_sale(t.lookup(m.phone)).member.coupons) == [
        "birthday100", "welcome10"]                   # not issued twice
    other = t.enroll("+47 915 55 560", birthday="1990-12-24", consents=["loyalty"])
    assert [c.def_id for c in t.new_sale(other).member.coupons] == ["welcome10"]


def test_a_coupon_issued_on_another_terminal_verifies_offline(tmp_path, clock):
    a = demo_terminal(tmp_path / "a", clock)
    b = demo_terminal(tmp_path / "b", clock)
    member = a.enroll("+47 915 55 561", consents=["loyalty"])
    code = member.coupons[0].code
    with pytest.raises(CodeRefused, match="unknown terminal"):
        b.coupon_from_scan(code)                      # b does not know a's key yet
    b.store.write(lambda conn: conn.execute(
        "INSERT INTO keys(key_id, public_key, owner, added_at) VALUES (?,?,?,?)",
        (a.store.signing_key.key_id_hex, a.store.signing_key.public_bytes(), "a", "now")))
    b.store.forget_keyring()
    assert b.coupon_from_scan(code).id == member.coupons[0].id
    a.close()
    b.close()


def test_a_return_queues_its_own_receipt_with_the_refund(t):
    from hardware.receipt import Receipt, render_text
    from pos_client.domain.money import format_amount
    from pos_client.printing import PrintQueue
    dog = by_category(t, "dogfood")[0]
    sale = t.new_sale()
    sale.add(dog.sku, 2)
    r = sale.complete("card")
    back = t.return_items(r.receipt_no, [(dog.sku, 1)])
    jobs = {j.receipt_no: j for j in PrintQueue(t).jobs.waiting()}
    assert set(jobs) == {r.receipt_no, back.receipt_no}
    receipt = Receipt.from_json(jobs[back.receipt_no].receipt_json)
    text = render_text(receipt, 42)
    refund = format_amount(-back.settlement.refund, "NOK")
    assert "Returkvittering" in text and f"Ref. {r.receipt_no}" in text and refund in text and "Kort" in text
    assert sum(v.gross for v in receipt.vat) == -back.settlement.refund


def test_a_birthday_coupon_issued_as_the_sale_starts_is_on_that_sale_and_its_receipt(t, clock):
    """FakeClock: 24 Nov 2026. Kept for next time, it is printed; used at once, it is not."""
    member = t.enroll("915 44 001", name="Bo", birthday="1990-11-24", consents=["loyalty"])
    sale = t.new_sale(member)
    [birthday] = [c for c in sale.member.coupons if c.def_id == "birthday100"]
    sale.add("UTS-039")
    result = sale.complete("card")
    assert [c.id for c in result.coupons_issued] == [birthday.id]
    assert birthday.code in json.dumps(_receipt_json(t, result.receipt_no))
    # Another member's birthday, used on the sale that issued it: on the sale, not printed to keep.
    other = t.enroll("915 44 002", name="Ada", birthday="1991-11-24", consents=["loyalty"])
    sale = t.new_sale(other)
    [gift] = [c for c in sale.member.coupons if c.def_id == "birthday100"]
    sale.add("UTS-039")
    sale.apply_coupon(gift.id)
    result = sale.complete("card")
    assert [c.id for c in result.coupons_issued] == [gift.id]
    assert gift.code not in json.dumps(_receipt_json(t, result.receipt_no))


def _receipt_json(t, receipt_no):
    row = t.store.read().execute(f"SELECT {RECEIPT_SQL} FROM print_jobs WHERE receipt_no = ?", (receipt_no,)).fetchone()
    return json.loads(row[0])
