"""A keyboard-wedge scanner at the real till window (issue 12).

``pos-client`` runs as a shop runs it, in a real X11 window (Xvfb), and
xdotool types at it through the X server like a scanner — 0, 1, 2 or 5 ms a
key, Enter, Tab or CR LF after the code — and like a person (60–150 ms).
One window per group of cases; each case starts from an empty sale.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest

from pos_client.services import DEMO_DIR
from tests.ui.real_window import RealTill, Xvfb, have_x, keysyms

pytestmark = pytest.mark.skipif(not have_x(), reason="needs Xvfb and xdotool (CI installs them)")

SCANNER_MS = (0, 1, 2, 5)
SCREEN = "1024x768"            # a till's usual screen (the window fills it; every size: test_screens.py)
# A free item on enrolment next to the welcome coupon: every coupon kind the program format allows.
FREE_ITEM = """
[[coupons]]
id = "treat"
name = "Gratis kattesnacks"
trigger = "enrolment"
free_sku = "GOD-028"
min_spend = 0
valid_days = 30
single_use = true
"""
EXTRA_PRODUCTS = """sku,ean,name,price,vat_percent,category
EAN8-001,70380101,Godbit-pose liten,19.90,25,godbiter
UPC-001,036000291452,Importert tyggeben,39.90,25,godbiter
"""


@dataclass
class Shop:
    dir: Path
    ean13: str
    ean8: str
    upc_a: str
    member_id: str
    member_code: str               # Kari Nordmann's card (holds a C and a K: the dialog's letters)
    phone: str
    coupons: dict                  # kind -> (member phone, member code, coupon id, coupon code, coupon name)


def _shop(base: Path) -> Shop:
    """The demo till with a free-item coupon, an EAN-8 and a UPC-A item, and a member holding
    each kind of coupon (welcome %, birthday amount, free item, bonus cheque)."""
    from pos_client.config import Config
    from pos_client.services import Terminal
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    (base / "program.toml").write_text((DEMO_DIR / "program.toml").read_text(encoding="utf-8") + FREE_ITEM,
                                       encoding="utf-8")
    (base / "extra.csv").write_text(EXTRA_PRODUCTS, encoding="utf-8")
    t = Terminal.open(base / "data", config=Config(demo=True))
    try:
        t.load_program(base / "program.toml")
        t.load_catalogue(base / "extra.csv")
        kari = t.lookup("912 34 560")
        today = datetime.now(timezone.utc).date()
        t.enroll("915 00 001", name="Siri Sæther", consents=["loyalty"])                 # welcome % + free item
        t.enroll("915 00 002", name="Bo Bursdag", consents=["loyalty"],
                 birthday=today.replace(year=1990) if not (today.month == 2 and today.day == 29) else "1992-02-29")
        t.enroll("915 00 003", name="Cecilie Sjekk", consents=["loyalty"])
        big = t.new_sale(t.lookup("915 00 003"))
        big.add("UTS-039", 3)                                    # 2 697 kr: one bonus cheque
        big.complete("card")
        coupons = {}
        for kind, phone, wanted in (("percent", "915 00 001", "percent"), ("free_sku", "915 00 001", "free_sku"),
                                    ("cheque", "915 00 003", "cheque")):
            member = t.lookup(phone)
            c = next(c for c in member.coupons if c.kind == wanted)
            coupons[kind] = (phone, t.member_code(member), c.id, c.code, c.name)
        bo = t.lookup("915 00 002")
        coupons["amount"] = (bo.phone, t.member_code(bo), None, None, "Gratulerer – 100 kr")  # issued at the sale
        products = t.products()
        ean13 = next(p.ean for p in products if p.sku == "LEK-019")
        return Shop(base / "data", ean13, "70380101", "036000291452", kari.member_id, t.member_code(kari),
                    kari.phone, coupons)
    finally:
        t.close()


@pytest.fixture(scope="module")
def display():
    x = Xvfb(SCREEN)
    yield x.display
    x.stop()


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    return _shop(tmp_path_factory.mktemp("real-window") / "shop")


@pytest.fixture(scope="module")
def till(display, shop):
    t = RealTill(display, shop.dir).start()
    yield t
    t.stop()


@pytest.fixture
def fresh(till):
    """An empty sale, the basket page, the lookup field empty and focused."""
    reset(till)
    return till


def reset(till) -> dict:
    """Pay whatever is on the sale (by card, F12), then Esc back to the basket page: no
    dialog to answer (an empty sale clears without asking)."""
    state = till.state()
    if state["dialog"]:
        state = answer(till, "&Keep it", state)
    if state["member"] and not state["lines"]:
        state = till.key("F2", "ctrl+a", "BackSpace")
        state = till.type("LEK-019\n", 70)                    # a SKU typed by hand
    if state["lines"]:
        till.key("F12")
    state = till.key("Escape", "F2", "ctrl+a", "BackSpace")
    if state["focus"] != "QLineEdit":          # F2 did not take it there (a page just closed): a click does
        state = till.click("lookupField", state)
    assert state["lines"] == [] and state["member"] is None and state["lookup"] == "", brief(state)
    assert state["page"] == 0, brief(state)
    assert state["focus"] == "QLineEdit", brief(state)
    return state


def answer(till, button: str, state: dict) -> dict:
    """Click a button of the open dialog (again, should the first click come before it is placed)."""
    for _ in range(5):
        state = till.click(button, state)
        if not state["dialog"]:
            return state
    raise AssertionError(f"the dialog stayed open: {state['dialog']}")


def brief(state) -> str:
    """What a failed assertion shows (whole: pytest cuts a dict short): the screen, and every key
    the wedge filter judged since the last look — the key, its X timestamp and when the window
    got it (ms), and the verdict."""
    screen = {k: state[k] for k in ("member", "lines", "message", "lookup", "enrol", "page", "dialog", "focus")}
    keys = [f"  {text!r:6} x={x:<12} got={got:<12} {verdict}" for text, x, got, verdict in state.get("wedge", [])]
    return "\n".join([repr(screen), "wedge:", *keys])


def qty(state, sku) -> int:
    return dict(map(tuple, state["lines"])).get(sku, 0)


def sku_of(till, shop, ean):
    return {shop.ean13: "LEK-019", shop.ean8: "EAN8-001", shop.upc_a: "UPC-001"}[ean]


def scan_by_keys(till, code: str, delay_ms: int, *suffix: str) -> dict:
    """A scan with a suffix of named keys: CR LF is Return, then ctrl+j (a line feed)."""
    till.xdo("key", "--delay", str(delay_ms), *keysyms(code), *suffix)
    return till.state()


# -- every code, every speed, every suffix ---------------------------------------------------
@pytest.mark.parametrize("delay_ms", SCANNER_MS)
def test_each_barcode_at_scanner_speed_lands_once(fresh, shop, delay_ms):
    till = fresh
    expected: dict = {}
    for ean, suffix in ((shop.ean13, "\n"), (shop.ean8, "\t"), (shop.upc_a, "\n")):
        state = till.type(ean + suffix, delay_ms)
        sku = sku_of(till, shop, ean)
        expected[sku] = expected.get(sku, 0) + 1
        assert qty(state, sku) == expected[sku], (ean, suffix, brief(state))
        assert state["lookup"] == "" and state["message"] == "", brief(state)
    state = scan_by_keys(till, shop.ean13, delay_ms, "Return", "ctrl+j")         # CR LF
    assert qty(state, "LEK-019") == 2 and state["lookup"] == "" and state["message"] == "", brief(state)
    state = till.type(shop.member_code + "\n", delay_ms)
    assert state["member"] == shop.member_id and state["lookup"] == "" and state["message"] == "", brief(state)


def test_a_person_typing_is_typing_and_enter_submits_it_once(fresh, shop):
    till = fresh
    state = till.type(shop.ean13, 60)
    assert state["lookup"] == shop.ean13, brief(state)       # each key once, in the field
    state = till.key("Return")
    assert qty(state, "LEK-019") == 1 and state["lookup"] == "", brief(state)
    state = till.type("912 34 560\n", 150)
    assert state["member"] == shop.member_id and state["lookup"] == "", brief(state)


def test_a_scan_into_a_half_typed_phone_number_keeps_the_number(fresh, shop):
    till = fresh
    assert till.type("912 34", 100)["lookup"] == "912 34"
    state = till.type(shop.ean13 + "\n", 2)
    assert qty(state, "LEK-019") == 1 and state["lookup"] == "912 34", brief(state)
    state = till.type(shop.member_code + "\n", 1)            # a card after all
    assert state["member"] == shop.member_id and state["lookup"] == "912 34", brief(state)
    state = till.type(" 560\n", 100)                         # and the number typed on still finds her
    assert state["member"] == shop.member_id and state["lookup"] == "" and state["message"] == "", brief(state)


def test_a_scan_while_the_enrolment_page_is_open(fresh, shop):
    till = fresh
    state = till.key("F4")
    assert state["page"] == 1 and state["focus"] == "QLineEdit", brief(state)
    till.type("915 12", 90)
    state = till.type(shop.ean13 + "\n", 2)                  # Enter on the form would enrol: it is the scan's
    assert qty(state, "LEK-019") == 1 and state["page"] == 1 and state["enrol"][0] == "915 12", brief(state)
    assert state["message"] == "", brief(state)
    state = till.type(shop.member_code + "\n", 1)
    assert state["member"] == shop.member_id and state["enrol"][0] == "915 12", brief(state)


def test_a_scan_while_the_clear_sale_box_is_open_is_a_scan_not_an_answer(fresh, shop):
    till = fresh
    till.type(shop.ean13 + "\n", 2)
    state = till.key("Escape")
    assert state["dialog"], brief(state)
    state = till.type(shop.member_code + "\n", 1)            # C and K in the code: neither answers the box
    assert state["dialog"] and state["member"] == shop.member_id and qty(state, "LEK-019") == 1, brief(state)
    state = till.type(shop.ean13 + "\n\n", 2)                 # Enter twice: the second is the scanner's too
    assert state["dialog"] and qty(state, "LEK-019") == 2, brief(state)
    state = answer(till, "&Keep it", state)                 # the cashier answers: Keep it
    assert state["dialog"] is None and qty(state, "LEK-019") == 2, brief(state)


def test_a_scan_while_the_on_screen_letters_are_shown(fresh, shop):
    till = fresh
    state = till.click("ABC")
    assert state["letters"], brief(state)
    state = till.type(shop.ean13 + "\n", 1)
    assert qty(state, "LEK-019") == 1 and state["letters"] and state["lookup"] == "", brief(state)
    state = till.type(shop.member_code + "\n", 0)
    assert state["member"] == shop.member_id and state["letters"], brief(state)
    till.click("123", state)                                # the letters go away again


def test_aim_identifiers_caps_lock_and_enter_twice(fresh, shop):
    till = fresh
    till.key("Caps_Lock")
    try:
        state = till.type(shop.upc_a + "\n", 2)
        assert qty(state, "UPC-001") == 1, brief(state)
        state = till.type(shop.member_code + "\n", 1)       # letters arrive in the other case: still her card
        assert state["member"] == shop.member_id and state["message"] == "", brief(state)
    finally:
        till.key("Caps_Lock")
    reset(till)
    state = till.type("]E0" + shop.ean13 + "\n", 2)
    assert qty(state, "LEK-019") == 1 and state["message"] == "", brief(state)
    state = till.type("]E4" + shop.ean8 + "\n\n", 2)          # and Enter twice
    assert qty(state, "EAN8-001") == 1 and state["message"] == "", brief(state)
    state = till.type("]Q1" + shop.member_code + "\n", 1)
    assert state["member"] == shop.member_id and state["lookup"] == "", brief(state)


# -- the scanner test in settings ----------------------------------------------------------------
# A scanner set up for a German keyboard on this (US-layout) PC presses the keys where a German
# keyboard has '-' and ':' — here they type '/' and '>'.
GERMAN_SCANNER = {"-": "slash", ":": "shift+period"}


def test_the_settings_scanner_test_says_what_the_scanner_typed(fresh, shop):
    from pos_client.setup import TEST_SCAN
    till = fresh
    state = till.click("Settings")
    till.type("0000\n", 80)
    state = till.click("scannerTest")
    state = scan_by_keys(till, TEST_SCAN, 2, "Return", "ctrl+j")
    assert state["scan_result"] == "The scanner reads correctly", state["scan_result"]
    till.xdo("key", "--delay", "2", *[GERMAN_SCANNER.get(ch) or keysyms(ch)[0] for ch in TEST_SCAN], "Return")
    state = till.state()
    assert "'TLM1TEST/2>3'" in state["scan_result"] and "keyboard layout" in state["scan_result"]
    assert state["lines"] == []                              # a test scan never rings anything up
    till.click("Back", state)


# -- in every language the till speaks ------------------------------------------------------------
@pytest.mark.parametrize("lang, title", [("nb", "Kasse – "), ("sv", "Kassa – ")])
def test_scans_in_norwegian_and_swedish(tmp_path, lang, title):
    shop = _shop(tmp_path / "shop")
    # A screen of its own: on the module's, the other till's window (still open) could take
    # the keyboard focus back (no window manager) and the keys would go there.
    x = Xvfb(SCREEN)
    till = RealTill(x.display, shop.dir, lang).start()
    try:
        state = till.type(shop.ean13 + "\n", 2)                  # an EAN at 2 ms a key
        assert state["title"].startswith(title) and qty(state, "LEK-019") == 1, brief(state)
        phone, member_code, coupon_id, coupon_code, _ = shop.coupons["percent"]
        state = till.type(member_code + "\n", 1)                 # a member card at 1 ms
        assert state["member"] is not None and state["message"] == "", brief(state)
        state = till.type(coupon_code + "\n", 1)                 # and the member's coupon
        assert state["applied"] == [coupon_id] and state["lookup"] == "", brief(state)
    finally:
        till.stop()
        x.stop()


# -- every coupon kind the program format allows, through the window -------------------------------
ITEMS = {"percent": ["UTS-039"], "amount": ["UTS-039"], "free_sku": ["UTS-039", "GOD-028"], "cheque": ["UTS-039"]}
VALUES = {"percent": "10\u00a0%", "amount": "100,00\u00a0kr", "free_sku": "free item", "cheque": "100,00\u00a0kr"}


def toggle_row(till, state, name) -> dict:
    """F3 to the coupon list, down to the coupon's row, Enter (a keyboard cashier's tap)."""
    index = next(i for i, row in enumerate(state["coupon_rows"]) if name in row)
    return till.key("F3", "Home", *["Down"] * index, "Return")


def wait_for_file(path: Path, timeout_s: float = 30) -> str:
    """The print worker writes the preview after the sale: wait for that file, not a while."""
    import time
    end = time.monotonic() + timeout_s
    while not path.exists():
        assert time.monotonic() < end, f"{path} was never printed"
        time.sleep(0.05)
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["percent", "amount", "free_sku", "cheque"])
def test_each_coupon_kind_is_shown_applied_unapplied_printed_and_returned(fresh, shop, kind):
    till = fresh
    phone, member_code, coupon_id, coupon_code, name = shop.coupons[kind]
    state = till.type(member_code + "\n", 1)
    assert state["member"] and state["message"] == "", brief(state)
    [row] = [r for r in state["coupon_rows"] if name in r]          # shown, with what it is worth
    assert VALUES[kind] in row, row
    for sku in ITEMS[kind]:
        state = till.type(sku + "\n", 70)                             # typed by hand
    full = state["due"]
    if coupon_code:
        state = till.type(coupon_code + "\n", 1)                      # the printed coupon, scanned
    else:
        state = toggle_row(till, state, name)                         # issued just now: tapped
    assert len(state["applied"]) == 1 and state["due"] < full and state["message"] == "", brief(state)
    applied = state["applied"]
    state = toggle_row(till, state, name)                             # saved for next time
    assert state["applied"] == [] and state["due"] == full, brief(state)
    state = toggle_row(till, state, name)                             # used after all
    assert state["applied"] == applied, brief(state)
    paid = full - state["due"]
    state = till.key("F12")
    receipt = state["last_receipt"]
    assert receipt and receipt in state["message"], brief(state)
    text = wait_for_file(shop.dir / "receipts" / f"{receipt}.txt")
    assert name.split(" – ")[0] in text and f"{paid / 100:.2f}".replace(".", ",") in text.replace(" ", ""), text
    # The return of the sale: the receipt's number typed, one of the first line back.
    state = till.click("Return")
    till.type(receipt, 60)
    state = till.key("Return")
    assert state["page"] == 3, brief(state)
    state = till.click("returnQty0", state)
    till.key("Up")
    state = till.click("Return chosen items")
    assert "refund" in state["message"] and state["page"] == 0, brief(state)
