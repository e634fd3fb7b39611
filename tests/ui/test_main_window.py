"""The cashier's window driven like a cashier would: scans, taps, keys."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from pos_client.app import build_window
from tests.helpers import demo_terminal
from tests.ui.window_helpers import TypingClock, done, scan_keys, till_window


def test_scan_member_add_items_pay_and_receipt_is_queued(window, qtbot):
    t = window.terminal
    member = t.lookup("912 34 560")
    clock = TypingClock()
    window.wedge.clock = clock
    window.show()
    window.lookup_field.setFocus()
    scan_keys(window.lookup_field, clock, t.member_code(member), 0.003)
    done(qtbot, window)
    assert window.screen.member.member_id == member.member_id
    assert window.lookup_field.text() == ""                 # the scan did not leak into the field
    assert "Kari Nordmann" in window.member_label.text()
    dog = next(p for p in t.products() if p.category == "dogfood")
    window.handle_scan(dog.ean)
    window.handle_scan(dog.ean)
    done(qtbot, window)
    item = window.basket.topLevelItem(0)
    assert item.text(1) == "2" and item.childCount() == 1  # the tier discount under the line
    assert "Bronse" in item.child(0).text(0)
    window.pay("card")
    done(qtbot, window)
    receipt_no = window.last_receipt
    assert receipt_no and window.screen.is_empty and window.basket.topLevelItemCount() == 0
    assert receipt_no in window.message.text()
    assert [j.receipt_no for j in window.print_queue.jobs.waiting()] in ([receipt_no], [])


def test_human_typing_is_not_a_scan(window, qtbot):
    clock = TypingClock()
    window.wedge.clock = clock
    window.lookup_field.setFocus()
    for ch in "91234560":
        clock.now += 0.15
        qtbot.keyClick(window.lookup_field, ch)
    assert window.lookup_field.text() == "91234560"        # typed, not swallowed
    qtbot.keyClick(window.lookup_field, Qt.Key_Return)
    done(qtbot, window)
    assert window.screen.member is not None                 # Enter submitted the lookup


def test_an_error_goes_when_another_page_opens_and_a_success_stays(window, qtbot):
    window.handle_scan("§§§")
    done(qtbot, window)
    assert window.message.kind() == "error" and "not recognised" in window.message.text()
    window.show_enrolment()                                  # about the basket, not the form
    assert window.message.text() == "" and window.message.kind() == ""
    window.show_basket()
    window.lookup_field.setText("NO-SUCH-THING")
    window.do_lookup()
    done(qtbot, window)
    assert window.message.kind() == "warning"
    window.show_settings()
    assert window.message.text() == ""
    window.show_basket()
    window.message.success("Refund 99,00 kr")               # a return's, told on the basket page
    window.show_returns()
    window.show_basket()
    assert window.message.text() == "Refund 99,00 kr"


def test_garbled_scan_is_a_clear_message(window, qtbot):
    window.handle_scan("TLM1AAAAAAAAAAAA")
    done(qtbot, window)
    assert "scan again" in window.message.text()
    window.handle_scan("§§§")
    done(qtbot, window)
    assert "not recognised" in window.message.text()


@pytest.mark.parametrize("marketing", [False, True])
def test_enrolment_with_and_without_marketing_consent(window, qtbot, marketing):
    window.show_enrolment()
    window.enrol_phone.setText("915 00 111")
    window.enrol_name.setText("Nora Nilsen")
    window.consent_loyalty.setChecked(True)
    window.consent_sms.setChecked(marketing)
    window.do_enrol()
    done(qtbot, window)
    member = window.screen.member
    assert member is not None and member.consents["sms"] is marketing and member.consents["email"] is False
    assert window.coupons.count() == 1 and "Velkommen" in window.coupons.item(0).text()


def test_enrolment_without_loyalty_consent_is_refused(window, qtbot):
    window.show_enrolment()
    window.enrol_phone.setText("915 00 112")
    window.do_enrol()
    done(qtbot, window)
    assert "loyalty" in window.message.text() and window.screen.member is None
    assert window.pages.currentIndex() == 1               # the form stays for the fix


def test_coupon_tap_applies_and_unapplies(window, qtbot):
    window.show_enrolment()
    window.enrol_phone.setText("915 00 113")
    window.consent_loyalty.setChecked(True)
    window.do_enrol()
    window.handle_scan(window.terminal.products()[0].sku)
    done(qtbot, window)
    window._toggle_coupon(window.coupons.item(0))
    done(qtbot, window)
    assert window.screen.applied and window.coupons.item(0).text().startswith("✔")
    assert any("Velkommen" in window.basket.topLevelItem(0).child(i).text(0)
               for i in range(window.basket.topLevelItem(0).childCount()))
    window._toggle_coupon(window.coupons.item(0))
    done(qtbot, window)
    assert not window.screen.applied and not window.coupons.item(0).text().startswith("✔")


def test_selftest_command(tmp_path):
    import os
    import subprocess
    import sys
    env = dict(os.environ, POS_DATA_DIR=str(tmp_path / "d"), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-m", "pos_client.cli", "--selftest"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "selftest ok" in out.stdout
    assert list((tmp_path / "d" / "receipts").glob("*.png"))


@pytest.mark.parametrize("language, pay_cash, empty", [
    ("nb", "Kontant (F9)", "Ingen medlem på dette kjøpet"),
    ("sv", "Kontant (F9)", "Ingen medlem på detta köp"),
    ("en", "Cash (F9)", "No member on this sale"),
])
def test_window_speaks_the_configured_language(qtbot, tmp_path, language, pay_cash, empty):
    with till_window(qtbot, tmp_path, language) as w:
        done(qtbot, w)
        assert w.cash_button.text() == pay_cash and w.member_label.text() == empty
        w.handle_scan("§§§")
        done(qtbot, w)
        assert w.message.text() != "" and ("try again" in w.message.text()) == (language == "en")


def test_keypad_lookup_by_touch(window, qtbot):
    from PySide6.QtWidgets import QPushButton
    keys = {b.text(): b for b in window.findChildren(QPushButton) if b.objectName() == "keypad"}
    for digit in "912345600":
        qtbot.mouseClick(keys[digit], Qt.LeftButton)
    qtbot.mouseClick(keys["⌫"], Qt.LeftButton)
    assert window.lookup_field.text() == "91234560"
    qtbot.mouseClick(keys["OK"], Qt.LeftButton)
    done(qtbot, window)
    assert window.screen.member is not None and window.screen.member.phone == "+4791234560"


def test_settings_need_the_pin_and_switch_language_live(window, qtbot):
    window.handle_scan(window.terminal.products()[0].sku)      # a sale in progress survives
    window.show_settings()
    page = window.settings_page
    page.pin.setText("1234")
    page.unlock()
    done(qtbot, window)
    assert page.stack.currentIndex() == 0 and "PIN" in window.message.text()
    page.pin.setText("0000")
    page.unlock()
    done(qtbot, window)
    assert page.stack.currentIndex() == 1 and window.terminal.store.terminal_id in page.terminal_info.text()
    clock = TypingClock()
    window.wedge.clock = clock
    window.show()
    page.scan_test.setFocus()
    scan_keys(page.scan_test, clock, "TLM1TEST-2:3", 0.003)   # at scanner speed
    assert page.scan_result.text() == "The scanner reads correctly"
    page.support_bundle()
    done(qtbot, window)
    assert page.result.text().startswith("Support bundle saved") and page.result.text().endswith(".zip")
    page.scan_test.setText("TLM1TEST+2Ö3")                  # what a wrong keyboard layout makes of it
    page.check_scan()
    assert "TLM1TEST+2Ö3" in page.scan_result.text()
    try:
        window.switch_language("sv")
        done(qtbot, window)
        assert window.cash_button.text() == "Kontant (F9)" and window.reprint_button.text() != "Reprint last"
        assert window.basket.topLevelItemCount() == 1
    finally:
        window.switch_language("en")
    assert window.reprint_button.text() == "Reprint last"


def test_status_bar_shows_hq_online_and_a_sale_is_pushed(qtbot, tmp_path, demo_hq):
    from sync.client import pair
    hq = demo_hq
    t = demo_terminal(tmp_path / "till")
    try:
        pair(t.store, hq.url, hq.code("Kasse 1"), "Kasse 1", 5)
        w = build_window(t)
        qtbot.addWidget(w)
        loaded = []
        w.runtime.loading.connect(lambda done, total: loaded.append((done, total)))
        qtbot.waitUntil(lambda: "online" in w.status_sync.text(), timeout=15000)
        assert loaded and loaded[-1][0] == loaded[-1][1] > 0 and w.status_snapshot.isHidden()
        w._show_snapshot_progress(250, 1000)             # a bigger chain: the bar shows how far
        assert not w.status_snapshot.isHidden() and w.status_snapshot.text() == "Loading from HQ: 25 %"
        w.handle_scan(t.products()[0].sku)
        w.pay("card")
        qtbot.waitUntil(lambda: t.store.outbox_pending() == 0, timeout=15000)
        qtbot.waitUntil(lambda: "– 0 events" in w.status_sync.text(), timeout=15000)
        w.shutdown()
    finally:
        t.close()


def test_a_short_catalogue_packs_the_quick_keys_top_left_at_their_size(window, qtbot):
    window.resize(1024, 768)
    window.show()
    full = window.quick_panel.findChildren(QPushButton, "quickKey")[0].height()
    window._fill_quick_keys(window.terminal.products()[:3])
    qtbot.waitUntil(lambda: len(window.quick_panel.findChildren(QPushButton, "quickKey")) == 3)
    qtbot.wait(50)
    keys = sorted(window.quick_panel.findChildren(QPushButton, "quickKey"), key=lambda b: (b.y(), b.x()))
    first, second, third = keys
    assert first.pos().x() == third.pos().x() == 0 and first.y() == second.y() == 0
    # Their own height (a full grid may squeeze them to their minimum), never stretched over the column.
    assert all(full <= k.height() <= k.layout().sizeHint().height() + 2 for k in keys), (
        full, [(k.height(), k.layout().sizeHint().height()) for k in keys])
    assert third.y() - first.height() - first.y() <= 12             # the next row right under the first
