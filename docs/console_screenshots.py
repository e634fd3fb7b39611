"""Screenshots of the HQ console (nb) from the real browser into docs/screenshots/.

Run: ``uv run python docs/console_screenshots.py`` (Debian's chromium at /usr/bin/chromium).
A throwaway HQ gets the demo program, catalogue and members and twelve weeks of
sales from a paired till, then Chromium signs in and photographs the pages.
"""

import random
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "console")]

import httpx  # noqa: E402
import sqlalchemy as sa  # noqa: E402
import uvicorn  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from sync.hq import admin  # noqa: E402
from sync.hq import schema as t  # noqa: E402
from sync.hq.app import create_app  # noqa: E402
from sync.hq.console import users  # noqa: E402
from sync.hq.db import Database  # noqa: E402
from sync.pgtemp import free_port  # noqa: E402
from till_events import Till, coupon  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
DEMO = ROOT / "resources" / "demo"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--hide-scrollbars"]


def seed(db: Database) -> str:
    admin.load_program(db, str(DEMO / "program.toml"))
    admin.load_catalogue(db, str(DEMO / "catalogue.csv"))
    rng = random.Random(7)
    now = datetime.now(timezone.utc)
    till = Till(db, "Kasse 1 Sentrum")
    other = Till(db, "Kasse 2 Storgata")
    names = ["Kari Nordmann", "Ola Hansen", "Ingrid Berg", "Lars Johansen", "Sofie Olsen", "Emil Larsen",
             "Nora Andersen", "Jonas Pedersen", "Ella Nilsen", "Henrik Kristiansen", "Maja Jensen", "Filip Karlsen"]
    members = []
    for i in range(120):
        at = now - timedelta(days=rng.randint(0, 160))
        name = f"{names[i % len(names)]}" + ("" if i < len(names) else f" {i}")
        members.append((rng.choice([till, other]).enrol(
            at, f"+4791{i:06d}", f"medlem{i}@example.no", mail=rng.random() < 0.6, sms=rng.random() < 0.4,
            name=name, birthday=f"19{rng.randint(50, 99)}-{rng.randint(1, 12):02d}-15",
            coupon=coupon("welcome10", amount=0)), at))
    for day in range(112, -1, -1):
        at = now - timedelta(days=day, hours=rng.randint(0, 8))
        for _ in range(rng.randint(3, 9) + (112 - day) // 20):
            mid = rng.choice(members) if rng.random() < 0.65 else None
            if mid and mid[1] > at:
                mid = None
            total = rng.randrange(9_900, 149_900, 100)
            used = rng.choice([0, 0, 0, 200, 500]) if mid else 0
            rng.choice([till, other]).sale(at, total, mid[0] if mid else None, points_used=used,
                                           punch=1 if rng.random() < 0.05 else 0)
    return members[0][0]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(str(Path(tmp) / "hq.db"))
        kari = seed(db)
        users.add_user(db, "eier@dyrebutikken.no", "owner", "demo password 1")
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="error"))
        threading.Thread(target=server.run, daemon=True).start()
        url = f"http://127.0.0.1:{port}"
        while True:
            try:
                httpx.get(url + "/healthz", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="nb-NO",
                                    extra_http_headers={"Accept-Language": "nb-NO,nb;q=0.9"})
            page.goto(url + "/admin/login")
            page.fill("input[name=email]", "eier@dyrebutikken.no")
            page.fill("input[name=password]", "demo password 1")
            page.click("button[type=submit]")
            page.wait_for_selector(".tiles")
            page.screenshot(path=str(OUT / "console_dashboard_nb.png"), full_page=True)
            page.goto(f"{url}/admin/members/{kari}")
            page.screenshot(path=str(OUT / "console_member_nb.png"), full_page=True)
            page.set_viewport_size({"width": 390, "height": 844})
            page.goto(url + "/admin/")
            page.screenshot(path=str(OUT / "console_dashboard_phone_nb.png"))
            browser.close()
        server.should_exit = True
        with db.read() as conn:
            print("sales:", conn.execute(sa.select(sa.func.count()).select_from(t.sale_facts)).scalar())
        db.close()


if __name__ == "__main__":
    main()
