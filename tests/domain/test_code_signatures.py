"""Signed codes: issue, verify offline, refuse anything forged, altered or cut short."""

import uuid
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from pos_client.domain.codes import (
    CouponCode, KeyRing, MemberCode, SigningKey, issue_coupon_code, issue_member_code, verify,
    verify_coupon, verify_member,
)
from pos_client.domain.errors import CodeRefused

KEY = SigningKey.generate()
RING = KeyRing.from_public_keys([KEY.public_bytes()])
MEMBER = str(uuid.uuid4())
CODE = issue_member_code(KEY, MEMBER)
COUPON = issue_coupon_code(KEY, coupon_id=str(uuid.uuid4()), member_id=MEMBER, kind="amount",
                           amount=10_000, min_spend=30_000, valid_until=date(2026, 12, 8),
                           def_id="birthday100")


def test_round_trips_and_alphabet():
    assert verify(CODE, RING) == MemberCode(MEMBER, KEY.key_id_hex)
    coupon = verify_coupon(COUPON, RING)
    assert isinstance(coupon, CouponCode)
    assert (coupon.amount, coupon.min_spend, coupon.valid_until, coupon.def_id) == (
        10_000, 30_000, date(2026, 12, 8), "birthday100")
    for code in (CODE, COUPON):
        assert code.isalnum() and code.isupper()         # survives any wedge / keyboard layout
    assert verify_member(CODE.lower() + "\r\n", RING).member_id == MEMBER


def test_unknown_signer_and_wrong_kind():
    other = issue_member_code(SigningKey.generate(), MEMBER)
    with pytest.raises(CodeRefused, match="unknown terminal or HQ"):
        verify(other, RING)
    with pytest.raises(CodeRefused, match="coupon, not a member card"):
        verify_member(COUPON, RING)
    with pytest.raises(CodeRefused, match="not a Till code"):
        verify("7038010000010", RING)


@settings(max_examples=300, deadline=None)
@given(st.integers(4, len(CODE) - 1), st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
def test_every_altered_character_is_refused(position, char):
    altered = CODE[:position] + char + CODE[position + 1:]
    if altered == CODE:
        assert verify(altered, RING).member_id == MEMBER
        return
    try:
        result = verify(altered, RING)
    except CodeRefused:
        return
    # Base32's last character carries padding bits: only a decode to the same bytes may pass.
    assert position == len(CODE) - 1 and result == verify(CODE, RING)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(COUPON) - 1))
def test_every_truncation_is_refused(length):
    with pytest.raises(CodeRefused):
        verify(COUPON[:length], RING)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_random_text_is_only_ever_refused(text):
    with pytest.raises(CodeRefused):
        verify("TLC1" + text, RING)
