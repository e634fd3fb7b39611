"""GUI error texts come by key, in the till's language; the command line keeps the English line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hardware.errors import DeviceConfigError
from pos_client.domain.errors import CouponRefused, InvalidInput, coupon_expired
from pos_client.ui import error_text, i18n
from tests.helpers import demo_terminal

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def norwegian(qapp):
    i18n.install("nb")
    yield
    i18n.install("en")


def test_every_key_the_code_raises_has_a_text():
    raised = set()
    for path in [*(ROOT / "pos_client").rglob("*.py"), *(ROOT / "hardware").rglob("*.py")]:
        raised |= set(re.findall(r'\bkey="([a-z_]+)"', path.read_text(encoding="utf-8")))
    raised -= {"invalid_input", "hardware_error"}          # the classes' catch-alls: shown in English
    assert raised and raised <= set(error_text._texts())


def test_the_text_is_chosen_by_key_and_filled_from_the_parameters(norwegian):
    assert error_text.translated(coupon_expired("Velkommen", "2026-12-01")) == "Velkommen gikk ut 2026-12-01"
    # The English line may change; the key and its parameters decide what the cashier reads.
    reworded = CouponRefused("Velkommen expired (2026-12-01)", key="coupon_expired", name="Velkommen",
                             day="2026-12-01")
    assert error_text.translated(reworded) == "Velkommen gikk ut 2026-12-01"


def test_an_unknown_key_shows_the_english_line(norwegian):
    assert error_text.translated(InvalidInput("something new went wrong")) == "something new went wrong"
    assert error_text.translated(DeviceConfigError("printer URI 'x' not understood")) == \
        "printer URI 'x' not understood"


def test_errors_from_the_facade_carry_their_parameters(tmp_path, norwegian):
    with demo_terminal(tmp_path) as t:
        with pytest.raises(InvalidInput) as caught:
            t.lookup("hello")
        assert caught.value.key == "not_phone_or_card" and caught.value.params == {"text": "hello"}
        assert caught.value.message == "'hello' is neither a phone number nor a member card"   # the CLI's line
        with pytest.raises(Exception) as missing:
            t.product("NOPE-1")
        assert error_text.translated(missing.value) == "Ukjent vare NOPE-1"
