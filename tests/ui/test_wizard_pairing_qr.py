"""The first-run wizard reads HQ's pairing QR code from a keyboard-wedge scanner:
the real till window (Xvfb), the wizard opened from the demo banner, xdotool
typing ``TILLPAIR:<code>:<HQ address>`` and Enter at scanner speed into the
address field, and a real HQ on 127.0.0.1 that pairs the till."""

from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

from sync.pairing_qr import encode
from tests.ui.real_window import RealTill, Xvfb, have_x

pytestmark = pytest.mark.skipif(not have_x(), reason="needs Xvfb and xdotool (CI installs them)")

BANNER = "Demo mode – tap here to set up this till for your shop"


def _until(till, ok, state: dict, timeout_s: float = 30) -> dict:
    end = time.monotonic() + timeout_s
    while not ok(state):
        if time.monotonic() > end:
            raise AssertionError(f"waited in vain: {state.get('wizard')} / {state.get('dialog')}")
        time.sleep(0.1)
        state = till.state()
    return state


@pytest.mark.parametrize("delay_ms", [0, 2])
def test_a_scan_of_the_pairing_qr_fills_address_and_code_and_pairs(tmp_path, demo_hq, delay_ms):
    x = Xvfb()
    till = RealTill(x.display, tmp_path / "till")
    try:
        till.start()
        state = till.click(BANNER)
        state = _until(till, lambda s: s["wizard"] is not None, state)
        till.focus_dialog()
        state = till.click("Next >", till.state())             # the shop page may stay empty in a demo
        state = _until(till, lambda s: s["wizard"]["page"] == 1, state)
        code = demo_hq.code("Kasse QR")
        state = till.click("hqUrl", state)
        assert state["focus"] == "QLineEdit", state
        state = till.type(encode(code, demo_hq.url) + "\n", delay_ms)
        state = _until(till, lambda s: not s["wizard"]["busy"] and s["wizard"]["hq_result"].startswith("Paired"),
                       state)
        assert state["wizard"]["hq_url"] == demo_hq.url and state["wizard"]["pair_code"] == code
        assert state["wizard"]["page"] == 1                      # the scanner's Enter did not skip the page
        with demo_hq.db.read() as conn:
            assert conn.execute(sa.text("SELECT COUNT(*) FROM terminals WHERE token_hash IS NOT NULL")).scalar() == 1
    finally:
        if till.proc is not None:
            till.stop()
        x.stop()
