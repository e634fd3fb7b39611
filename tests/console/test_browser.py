"""The console in a real browser (Chromium via Playwright) against a real HQ on a local port."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from sync.client import SyncClient, pair

from console_client import sign_in
from sim import SimTerminal


def test_sign_in_and_see_the_dashboard(page, hq_server):
    sign_in(page, hq_server, "owner", "not the password")
    expect(page.locator(".notice.error")).to_have_text("Wrong e-mail or password.")
    sign_in(page, hq_server, "owner")
    expect(page.locator("h1")).to_have_text("Dashboard")
    tile = page.locator("[data-kpi=repeat_purchase_rate]")
    expect(tile.locator(".def")).to_be_hidden()
    tile.hover()
    expect(tile.locator(".def")).to_be_visible()
    expect(tile.locator(".def")).to_contain_text("2 or more purchases")
    assert page.locator(".chart svg").count() == 3


def test_language_switch_in_the_header(page, hq_server):
    sign_in(page, hq_server, "viewer")
    page.click("button[name=lang][value=nb]")
    expect(page.locator("h1")).to_have_text("Oversikt")
    page.click("button[name=lang][value=sv]")
    expect(page.locator("h1")).to_have_text("Översikt")


def test_phone_width_has_a_menu(page, hq_server):
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, hq_server, "owner")
    expect(page.locator("nav")).to_be_hidden()
    page.click("label.navbutton")
    expect(page.locator("nav a[href='/admin/members']")).to_be_visible()
    page.click("nav a[href='/admin/members']")
    expect(page.locator("h1")).to_have_text("Members")


def test_pair_a_till_from_the_page_then_revoke_it(page, hq_server, tmp_path):
    sign_in(page, hq_server, "owner")
    page.click("nav a[href='/admin/terminals']")
    page.fill("input[name=name]", "Kasse 7")
    page.click("text=Create pairing code")
    code = page.locator("[data-testid=pairing-code]").inner_text().strip()
    assert re.fullmatch(r"[A-Z2-9]{5}-[A-Z2-9]{5}", code)
    expect(page.locator(".qr svg")).to_be_visible()
    till = SimTerminal(tmp_path / "till")
    try:
        pair(till.store, hq_server.url, code, "Kasse 7")
        till.sell(None, 12_300)
        client = SyncClient(till.store, hq_server.url, till.store.get_meta("device_token"), timeout_s=5)
        assert client.sync_once().ok
        page.goto(hq_server.url + "/admin/terminals")
        row = page.locator("tr[data-terminal='Kasse 7']")
        expect(row).to_contain_text("active")
        expect(row).to_contain_text("0.1.0")
        page.goto(hq_server.url + "/admin/")
        expect(page.locator("[data-kpi=aov_non_members] .value")).to_have_text("123,00\u00a0kr")
        page.goto(hq_server.url + "/admin/terminals")
        row.locator("text=Revoke").click()
        expect(page.locator("h1")).to_have_text("Revoke Kasse 7?")
        page.click("text=Yes, revoke Kasse 7")
        expect(page.locator(".notice.ok")).to_have_text("The till is revoked.")
        expect(page.locator("tr[data-terminal='Kasse 7']")).to_contain_text("revoked")
        result = client.sync_once()
        assert result.needs_repair
        client.http.close()
    finally:
        till.close()


def test_resolve_a_conflict_with_a_note(page, hq_server, tmp_path):
    tills = []
    try:
        for name in ("A", "B"):
            till = SimTerminal(tmp_path / name)
            tills.append(till)
            pair(till.store, hq_server.url, hq_server.code(name), name)
            till.enrol("+4791234567")
            client = SyncClient(till.store, hq_server.url, till.store.get_meta("device_token"), timeout_s=5)
            assert client.sync_once().ok
            client.http.close()
    finally:
        for till in tills:
            till.close()
    sign_in(page, hq_server, "owner")
    page.click("nav a[href='/admin/conflicts']")
    card = page.locator(".conflict").first
    expect(card.locator("h2")).to_contain_text("Phone enrolled twice")
    card.locator("button", has_text="Mark resolved").click()          # empty note: the browser refuses
    expect(page.locator(".conflict")).to_have_count(1)
    card.locator("input[name=note]").fill("Same person, merged by phone call")
    card.locator("button", has_text="Mark resolved").click()
    expect(page.locator(".notice.ok")).to_have_text("The conflict is marked resolved.")
    expect(page.locator(".conflict")).to_have_count(0)
    page.click("text=All")
    expect(page.locator(".conflict")).to_contain_text("Same person, merged by phone call")
    page.click("nav a[href='/admin/audit']")
    expect(page.locator("table.audit tbody tr").first).to_contain_text("Conflict resolved")


def test_each_role_sees_only_what_it_may_do(page, hq_server):
    sign_in(page, hq_server, "viewer")
    expect(page.locator("nav a[href='/admin/users']")).to_have_count(0)
    page.goto(hq_server.url + "/admin/terminals")
    expect(page.locator("input[name=name]")).to_have_count(0)
    resp = page.goto(hq_server.url + "/admin/users")
    assert resp.status == 403
    expect(page.locator(".notice.error")).to_contain_text("Your role (viewer) may not do this.")
    page.context.clear_cookies()
    sign_in(page, hq_server, "marketer")
    expect(page.locator("nav a[href='/admin/users']")).to_have_count(0)
    page.context.clear_cookies()
    sign_in(page, hq_server, "owner")
    expect(page.locator("nav a[href='/admin/users']")).to_have_count(1)


def test_publish_a_program_change_and_a_till_picks_it_up(page, hq_server, tmp_path):
    from pathlib import Path
    from sync.hq import admin
    demo = Path(__file__).resolve().parents[2] / "resources" / "demo"
    admin.load_program(hq_server.db, str(demo / "program.toml"))
    admin.load_catalogue(hq_server.db, str(demo / "catalogue.csv"))
    till = SimTerminal(tmp_path / "till")
    try:
        pair(till.store, hq_server.url, hq_server.code("Kasse 1"), "Kasse 1")
        client = SyncClient(till.store, hq_server.url, till.store.get_meta("device_token"), timeout_s=5)
        assert client.sync_once().ok and "Dyrebutikken Venner" in till.store.program_source()
        sign_in(page, hq_server, "marketer")
        page.click("nav a[href='/admin/program']")
        form = page.locator("#fields-form")
        form.locator("input[name='program.point_lifetime_days']").fill("0")
        form.locator("button[value=publish]").click()
        expect(page.locator("#fields-form .field-error")).to_contain_text("program.point_lifetime_days: must be > 0")
        assert client.sync_once().ok and "point_lifetime_days = 730" in till.store.program_source()
        form = page.locator("#fields-form")
        form.locator("input[name='program.point_lifetime_days']").fill("365")
        form.locator("input[name='program.name']").fill("Venner Pluss")
        form.locator("button[value=check]").click()
        expect(page.locator("text=The draft is valid; it is not published yet.")).to_be_visible()
        expect(page.locator("[data-testid=preview-total]")).to_contain_text("kr")
        page.locator("#fields-form button[value=publish]").click()
        expect(page.locator(".notice.ok")).to_contain_text("The tills get the program on their next sync.")
        assert client.sync_once().ok
        source = till.store.program_source()
        assert 'name = "Venner Pluss"' in source and "point_lifetime_days = 365" in source
        client.http.close()
    finally:
        till.close()


def test_segment_to_campaign_mail_reaches_only_consenting_members(page, hq_server, monkeypatch):
    from datetime import datetime, timedelta, timezone
    from console_mail import SmtpServer
    from till_events import Till
    now = datetime.now(timezone.utc)
    till = Till(hq_server.db)
    yes = till.enrol(now - timedelta(days=9), "+4790000001", "ja@example.no", mail=True, name="Ja Takk")
    no = till.enrol(now - timedelta(days=9), "+4790000002", "nei@example.no", mail=False, name="Nei Takk")
    till.enrol(now - timedelta(days=9), "+4790000003", "aldri@example.no", mail=True, name="Aldri Kjøpt")
    for member in (yes, no):
        till.sale(now - timedelta(days=2), 25_000, member)
    with SmtpServer() as smtp:
        monkeypatch.setenv("POS_HQ_SMTP", smtp.address)
        monkeypatch.setenv("POS_HQ_MAIL_FROM", "klubb@butikk.no")
        sign_in(page, hq_server, "marketer")
        page.click("nav a[href='/admin/segments']")
        page.fill("#segment-form input[name=name]", "Kjøpt nylig")
        page.fill("#segment-form input[name=bought_within_days]", "30")
        expect(page.locator("#segment-count")).to_have_text("2 members match")     # live, through htmx
        page.click("#segment-form button[type=submit]")
        expect(page.locator("tr[data-segment='Kjøpt nylig']")).to_contain_text("2")
        page.click("nav a[href='/admin/campaigns']")
        form = page.locator("#coupon-campaign")
        form.locator("input[name=name]").fill("Takk for handelen")
        form.locator("input[name=amount]").fill("40")
        form.locator("input[name=subject]").fill("40 kr til deg")
        form.locator("button[type=submit]").click()
        expect(page.locator(".notice.ok")).to_have_text("Saved.")
        page.locator("tr[data-campaign='Takk for handelen'] button", has_text="Send now").click()
        expect(page.locator(".notice.ok")).to_have_text("Sent to 1 members, 1 delivered.")
        recipients = [r for rcpts, _ in smtp.inbox.messages for r in rcpts]
    assert recipients == ["ja@example.no"]
    row = page.locator("tr[data-campaign='Takk for handelen'] td.num")
    expect(row.nth(0)).to_have_text("1")
    expect(row.nth(1)).to_have_text("1")
