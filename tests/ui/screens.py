"""Every page of the real till window, opened by keys (and taps where a cashier taps), looked at.

``tour(till, shots)`` walks one running ``pos-client`` (tests/ui/real_window.py) through the
main screen, a member with many coupons and punch cards, the basket with discounts and
"why not" lines, messages of each kind, the clear-sale box, the events HQ refused (given a
shop that has some), enrolment with and without the on-screen letters, returns, settings,
cashier sign-in, the X/Z reports and every page of the first-run wizard.  At each it takes a
screenshot of the X screen and the window's list of what the cashier cannot read whole
(pos_client/ui/layout_check.py).  tests/ui/test_screens.py runs
it at three screen sizes in nb, sv and en; ``python -m tests.ui.screens OUT`` (scripts/
screenshots.sh) makes the README's and docs' screenshots with it.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from tests.ui.real_window import RealTill, Xvfb

SIZES = ("1024x768", "1280x1024", "1920x1080")
LANGUAGES = ("nb", "sv", "en")
# A member whose panel is full: a long name and e-mail, every coupon kind, both punch cards
# stamped, points for the points shop.
BUSY_PHONE = "915 00 077"
MORE_COUPONS = """
[[coupons]]
id = "summer"
name = "Sommerkampanje – gratis tyggebein til hunden din"
trigger = "enrolment"
free_sku = "LEK-018"
min_spend = 0
valid_days = 60
single_use = true

[[coupons]]
id = "autumn15"
name = "Høstrabatt på alt kattesand og kattemat – 15 %"
trigger = "enrolment"
percent = 15
min_spend = 0
valid_days = 60
single_use = true
"""


@dataclass
class Shop:
    dir: Path
    receipt: str               # a sale to return


REFUSED = ("HQ refused the event: the terminal's signing key is not the one HQ has on file for this shop "
           "(re-pair the terminal)")


def make_shop(base: Path, refused: bool = False) -> Shop:
    """The demo till with a busy member (made once; each run gets its own copy); ``refused``:
    two of its events refused by HQ, for the status bar's button and the dialog it opens."""
    from pos_client.config import Config
    from pos_client.services import DEMO_DIR, Terminal
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    (base / "program.toml").write_text((DEMO_DIR / "program.toml").read_text(encoding="utf-8") + MORE_COUPONS,
                                       encoding="utf-8")
    t = Terminal.open(base / "data", config=Config(demo=True))
    try:
        t.load_program(base / "program.toml")
        today = datetime.now(timezone.utc).date()
        birthday = today.replace(year=1990) if (today.month, today.day) != (2, 29) else "1992-02-29"
        t.enroll(BUSY_PHONE, name="Margrethe Kristiansen-Søderberg", email="margrethe.kristiansen@example.no",
                 birthday=birthday, consents=["loyalty", "sms", "email"])
        member = t.lookup(BUSY_PHONE)
        sale = t.new_sale(member)
        for sku, qty in (("UTS-039", 3), ("DOG-001", 3), ("KAT-015", 4), ("LEK-022", 1)):
            sale.add(sku, qty)
        receipt = sale.complete("card").receipt_no
        if refused:
            from pos_client.store.outbox import Outbox
            outbox = Outbox(t.store)
            outbox.record([(row[0], ("dead", REFUSED)) for row in outbox.pending(0, 2)], t.clock()).result()
        return Shop(base / "data", receipt)
    finally:
        t.close()


def start(display: str, shop: Shop, run_dir: Path, lang: str) -> RealTill:
    shutil.rmtree(run_dir, ignore_errors=True)
    shutil.copytree(shop.dir, run_dir)
    return RealTill(display, run_dir, lang).start()


def slug(page: str) -> str:
    """A page's screenshot file name: "X report" -> x-report."""
    return "-".join(page.replace(":", " ").lower().split())


class Tour:
    """Looks at each page: ``seen[page]`` is that page's layout problems; a PNG per page."""

    def __init__(self, till: RealTill, shots: Path | None) -> None:
        self.till, self.shots = till, shots
        self.seen: dict[str, list[dict]] = {}
        self.states: dict[str, dict] = {}

    def look(self, page: str, state: dict | None = None) -> dict:
        shot = self.shots / f"{slug(page)}.png" if self.shots else None
        state = self.till.look(shot)
        assert "probe_error" not in state, state["probe_error"]
        self.seen[page] = state["layout"]
        self.states[page] = state
        return state

    def click(self, name: str) -> dict:
        return self.till.click(name)


def tour(till: RealTill, shop: Shop, shots: Path | None = None) -> Tour:
    t = Tour(till, shots)
    t.look("main screen")
    # -- a member with many coupons and cards, a basket with discounts and "why not" lines
    till.type(BUSY_PHONE + "\n", 20)
    for sku in ("LEK-019", "DOG-002", "CAT-013", "KAT-016"):
        till.type(sku + "\n", 15)
    t.look("member panel and basket")
    till.type("NO-SUCH-SKU\n", 80)             # typed by a person: looked up, nobody found
    t.look("message: not found")
    till.type("LEK-025\n", 15)                 # the next action: the warning goes
    till.key("F2", "ctrl+a", "BackSpace")
    # -- the clear-sale box (Esc with a basket), answered by Esc: keep it
    state = till.key("Escape")
    if state["dialog"]:
        t.look("clear-sale box")
        till.key("Escape")
    # -- the events HQ refused (a dialog from the status bar), when the till has some
    if "refused" in till.state()["targets"]:
        t.click("refused")
        state = t.look("refused by HQ")
        assert state["dialog"], "the refused-events dialog did not open"
        assert till.key("Escape")["dialog"] is None
    # -- points shop (a dialog)
    if "pointsShop" in till.state()["targets"]:
        t.click("pointsShop")
        t.look("points shop")
        till.key("Escape")
    # -- enrolment, with and without the on-screen letters
    state = till.key("F4")
    assert state["page"] == 1, "F4 did not open enrolment: the keyboard is not back on the till"
    t.look("enrolment")
    state = t.click("ABC")
    t.look("enrolment with the letters")
    till.click("123", state)
    t.click("enrolCancel")
    state = till.key("F12")                 # the sale is paid: a success message
    t.look("message: paid")
    # -- returns: the page, then a receipt on it
    t.click("returnsButton")
    t.look("returns")
    till.type(shop.receipt + "\n", 60)         # typed by hand (faster is a scan)
    state = t.look("returns with a receipt")
    assert "returnQty0" in state["targets"], state["message"]        # the receipt's lines are shown
    t.click("returnsBack")
    # -- settings behind the PIN
    t.click("settingsButton")
    t.look("settings PIN")
    till.type("0000\n", 15)
    t.look("settings")
    t.click("settingsBack")
    # -- cashier sign-in, X/Z reports
    t.click("switchCashier")
    t.look("cashier sign-in")
    t.click("signInBack")
    t.click("reportsButton")
    t.look("reports PIN")
    till.type("0000\n", 15)
    t.click("xReport")
    t.look("X report")
    t.click("reportsBack")
    # -- the first-run wizard, every page (standalone: no HQ to pair with)
    t.click("demoBanner")
    for page in ("this till", "headquarters", "printer", "scanner", "manager PIN"):
        state = t.look(f"setup: {page}")
        if page == "headquarters":
            till.click("standalone", state)
        if page != "manager PIN":
            till.click("wizardNext", state)
    till.key("Escape")
    return t


def main(out: Path, sizes=("1024x768",), languages=LANGUAGES) -> int:
    """Screenshots of every page into OUT/<size>-<lang>/ and what the check found."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        shop = make_shop(Path(tmp) / "shop")
        bad = 0
        for size in sizes:
            x = Xvfb(size)
            try:
                for lang in languages:
                    shots = out / f"{size}-{lang}"
                    shutil.rmtree(shots, ignore_errors=True)
                    shots.mkdir(parents=True)
                    till = start(x.display, shop, Path(tmp) / f"run-{size}-{lang}", lang)
                    try:
                        seen = tour(till, shop, shots).seen
                    finally:
                        till.stop()
                    for page, found in seen.items():
                        for p in found:
                            bad += 1
                            print(f"{size} {lang} {page}: {p['widget']} {p['problem']}: {p['text']!r} ({p['detail']})")
            finally:
                x.stop()
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), tuple(sys.argv[2].split(",")) if len(sys.argv) > 2 else ("1024x768",)))
