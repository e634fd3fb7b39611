"""Every page as a cashier sees it in the real window (issue 17): nothing clipped, elided or
scrolled sideways at 1024x768, 1280x1024 and 1920x1080, in nb, sv and en.

One ``pos-client`` per size and language (tests/ui/screens.py walks it through every page by
keys and taps); each page's screenshot goes to the test's tmp dir, and any widget the layout
check (pos_client/ui/layout_check.py) finds fails the test with the page, widget and text.
"""

from __future__ import annotations

import pytest

from tests.ui.real_window import Xvfb, have_x
from tests.ui.screens import LANGUAGES, SIZES, make_shop, start, tour

pytestmark = pytest.mark.skipif(not have_x(), reason="needs Xvfb and xdotool (CI installs them)")


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    return make_shop(tmp_path_factory.mktemp("screens") / "shop", refused=True)


@pytest.fixture(scope="module", params=SIZES)
def display(request):
    x = Xvfb(request.param)
    yield request.param, x.display
    x.stop()


def report(size: str, lang: str, seen: dict) -> str:
    lines = [f"{size} {lang} {page}: {p['widget']} {p['problem']}: {p['text']!r} ({p['detail']})"
             for page, found in seen.items() for p in found]
    return "\n".join(lines)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_reads_whole(display, shop, lang, tmp_path):
    size, x_display = display
    till = start(x_display, shop, tmp_path / "till", lang)
    try:
        seen = tour(till, shop, tmp_path).seen
    finally:
        till.stop()
    assert len(seen) >= 20 and "refused by HQ" in seen, sorted(seen)      # every page was reached
    assert not any(seen.values()), f"screenshots in {tmp_path}\n" + report(size, lang, seen)


def test_a_newcomer_enrols_at_1024x768_and_reads_the_whole_consent(shop, tmp_path):
    """By keys, as on the first day: F4, the fields, Tab to the consent, Space, Enter."""
    x = Xvfb("1024x768")
    till = start(x.display, shop, tmp_path / "till", "nb")
    try:
        state = till.key("F4")
        assert state["page"] == 1, state
        state = till.look(tmp_path / "enrolment.png")
        assert state["window"] == [1024, 768] and state["layout"] == [], state["layout"]
        consent = "Jeg vil bli medlem i kundeklubben (påkrevd)"
        assert consent in state["texts"]                       # the whole line, on screen, not cut
        assert any(text.startswith("Kjøpene dine gir poeng") and text.endswith("når som helst.")
                   for text in state["texts"]), state["texts"]
        till.type("91500123\tNy Kunde\t\tny.kunde@example.no\t", 40)
        state = till.key("space", "Return")
        assert state["member"] is not None and state["page"] == 0, state["message"]
        assert state["message"] == "Velkommen! Ny Kunde er nå medlem" and state["message_kind"] == "success"
    finally:
        till.stop()
        x.stop()


SHORT_CATALOGUE = """sku,ean,name,price,vat_percent,category
DOG-001,7038010000010,Hundefôr Adult Laks 12 kg,749.00,25,dogfood
KAT-015,7038010000157,Kattesand klumpende 10 l,129.00,25,cat
LEK-019,7038010000195,Tyggeleke i naturgummi for store hunder,149.00,25,toys
"""


def test_a_shop_with_three_products_reads_whole_at_1024x768(tmp_path):
    """A small shop's till: three quick keys at their size, top left, and nothing cut around them."""
    from pos_client.config import Config
    from pos_client.services import DEMO_DIR, Terminal
    from tests.ui.real_window import RealTill
    (tmp_path / "catalogue.csv").write_text(SHORT_CATALOGUE, encoding="utf-8")
    with Terminal.open(tmp_path / "data", config=Config(demo=False)) as t:   # (demo mode would load all)
        t.load_program(DEMO_DIR / "program.toml")
        t.load_catalogue(tmp_path / "catalogue.csv")
    x = Xvfb("1024x768")
    till = RealTill(x.display, tmp_path / "data", "nb").start()
    try:
        state = till.look(tmp_path / "short-catalogue.png")
        assert state["window"] == [1024, 768] and state["layout"] == [], state["layout"]
        rows = [line.split(",") for line in SHORT_CATALOGUE.splitlines()[1:]]
        assert all(any(name in text for text in state["texts"]) for _, _, name, *_ in rows), state["texts"]
        state = till.click("quickKey", state)                                 # a key rings its item up
        assert [qty for sku, qty in state["lines"] if sku in {row[0] for row in rows}] == [1], state["lines"]
    finally:
        till.stop()
        x.stop()
