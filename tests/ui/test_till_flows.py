"""The cashier's less common paths: dialogs under a scanner, returns, ± keys, change, HQ refusals."""

import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.window_helpers import TypingClock, done, scan_keys, till_window, window_key

PHONES = ("912 34 560", "+47 934 56 789", "47 61 23 45", "0047 98 76 54 32", "41 22 33 44", "952 11 223")


def sell(window, qtbot, *codes, tender="card"):
    for code in codes:
        window.handle_scan(code)
    window.pay(tender)
    done(qtbot, window)
    return window.last_receipt


def answer_dialog_with(qtbot, action):
    """Run ``action(box)`` once the modal dialog is up (it blocks the test until answered)."""
    seen = {}

    def run():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, run)
            return
        seen["result"] = action(box)
    QTimer.singleShot(0, run)
    return seen


def test_a_scan_while_a_dialog_is_open_is_a_scan_not_an_answer(window, qtbot):
    t = window.terminal
    window.handle_scan(t.products()[0].sku)
    done(qtbot, window)
    # A member code holding the message box's mnemonic letters (C for Clear, K for Keep).
    member, code = next((m, c) for m in map(t.lookup, PHONES) for c in [t.member_code(m)]
                        if "C" in c and "K" in c)
    clock = TypingClock()
    window.wedge.clock = clock

    def scan_into(box):
        scan_keys(box, clock, code, 0.003)
        qtbot.wait(300)                      # a pressed button would have clicked by now
        still_open = box.isVisible()
        clock.now += 1                       # then the cashier answers by typing, slowly
        window_key(box, "k")
        clock.now += 1                       # a person's key: let go once no scan follows
        return still_open
    seen = answer_dialog_with(qtbot, scan_into)
    window.clear_sale()                      # blocks in the "Clear sale?" box until answered
    done(qtbot, window)
    assert seen["result"] is True            # the scan did not answer the dialog…
    assert window.screen.member.member_id == member.member_id   # …it looked the member up
    assert not window.screen.is_empty        # and the typed "k" kept the sale


def test_return_chosen_lines_of_a_receipt(window, qtbot):
    t = window.terminal
    dog = next(p for p in t.products() if p.category == "dogfood")
    window.handle_scan(t.member_code(t.lookup(PHONES[0])))
    receipt = sell(window, qtbot, dog.ean, dog.ean, t.products()[1].ean)
    points_after_sale = t.lookup(PHONES[0]).points
    window.show_returns()
    page = window.returns_page
    page.receipt_field.setText(receipt)
    page.find()
    done(qtbot, window)
    assert page.table.rowCount() == 2 and page.return_button.isEnabled()
    page.table.cellWidget(0, 2).setValue(1)
    page.do_return()
    done(qtbot, window)
    assert "refund" in window.message.text() and window.pages.currentIndex() == 0
    assert t.lookup(PHONES[0]).points < points_after_sale
    window.show_returns()                      # the returned unit cannot come back twice
    page.receipt_field.setText(receipt)
    page.find()
    done(qtbot, window)
    assert page.table.cellWidget(0, 2).maximum() == 1


def test_returning_an_unknown_receipt_is_one_clear_line(window, qtbot):
    window.show_returns()
    window.returns_page.receipt_field.setText("X-999")
    window.returns_page.find()
    done(qtbot, window)
    assert window.returns_page.result.text() == "No receipt X-999 on this till"


def test_plus_minus_and_remove_act_on_the_tapped_line(window, qtbot):
    products = window.terminal.products()
    window.handle_scan(products[0].sku)
    window.handle_scan(products[1].sku)
    done(qtbot, window)
    window.basket.setCurrentItem(window.basket.topLevelItem(0))
    qtbot.mouseClick(window.plus_button, Qt.LeftButton)
    qtbot.mouseClick(window.plus_button, Qt.LeftButton)
    done(qtbot, window)
    assert window.basket.topLevelItem(0).text(1) == "3"
    qtbot.mouseClick(window.minus_button, Qt.LeftButton)
    done(qtbot, window)
    assert window.basket.topLevelItem(0).text(1) == "2"
    window.basket.setCurrentItem(window.basket.topLevelItem(1))
    qtbot.mouseClick(window.remove_button, Qt.LeftButton)
    done(qtbot, window)
    assert window.basket.topLevelItemCount() == 1 and window.basket.topLevelItem(0).text(0) == products[0].name


def test_cash_given_on_the_keypad_shows_the_change(window, qtbot):
    product = window.terminal.products()[0]
    window.handle_scan(product.sku)
    done(qtbot, window)
    due = window.screen.settlement.due
    given = (due // 10000 + 1) * 100                   # the next round hundred kroner
    window.lookup_field.setText(str(given))
    window.pay("cash")
    done(qtbot, window)
    from pos_client.domain.money import format_amount
    assert f"change {format_amount(given * 100 - due, 'NOK')}" in window.message.text()
    assert window.lookup_field.text() == ""


def test_refused_events_are_counted_and_shown_on_tap(window, qtbot):
    from sync.client import SyncResult
    t = window.terminal
    sell(window, qtbot, t.products()[0].sku)
    t.store.write(lambda conn: conn.execute(
        "UPDATE outbox SET state = 'dead', last_error = 'unknown member' WHERE seq = 1"))
    window._show_sync_state(SyncResult(ok=True, dead=1))
    done(qtbot, window)
    assert not window.status_refused.isHidden() and window.status_refused.text().startswith("1 refused")
    qtbot.mouseClick(window.status_refused, Qt.LeftButton)
    done(qtbot, window)
    from pos_client.ui.refused_dialog import RefusedDialog
    dialog = window.findChild(RefusedDialog)
    assert dialog is not None and dialog.list.count() == 1 and "unknown member" in dialog.list.item(0).text()
    dialog.reject()


def test_progress_shows_while_a_job_takes_long_and_pay_waits(window, qtbot):
    gate = threading.Event()
    window.jobs.run(gate.wait)
    qtbot.waitUntil(lambda: not window.status_busy.isHidden(), timeout=5000)
    assert not window.card_button.isEnabled()
    gate.set()
    done(qtbot, window)
    assert window.status_busy.isHidden() and window.card_button.isEnabled()


def test_errors_read_in_the_cashiers_language(qtbot, tmp_path):
    with till_window(qtbot, tmp_path, "sv") as w:
        w.add_item("NO-SUCH-SKU")
        done(qtbot, w)
        assert w.message.text() == "Okänd vara NO-SUCH-SKU"


def test_status_bar_says_why_receipts_wait_in_the_cashiers_language(qtbot, tmp_path):
    from sync.pgtemp import free_port
    # A network printer nobody answers at: the sale completes, its receipt waits.
    with till_window(qtbot, tmp_path, "nb", uri=f"tcp://127.0.0.1:{free_port()}") as w:
        sell(w, qtbot, w.terminal.products()[0].sku)
        qtbot.waitUntil(lambda: "venter" in w.status_printer.text(), timeout=15000)
        assert w.status_printer.text() == "Skriver: 1 kvittering(er) venter – svarer ikke"
        assert w.status_sync.text() == "HK: frittstående"


def test_keyboard_only_enrol_sell_with_the_welcome_coupon_and_see_stamps_move(window, qtbot):
    import itertools
    t = window.terminal
    window.wedge.clock = itertools.count(0, 0.2).__next__     # a person typing, never a scanner
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.lookup_field.setFocus()
    qtbot.keyClick(window.lookup_field, Qt.Key_F4)
    assert window.pages.currentIndex() == 1 and window.enrol_phone.hasFocus()
    qtbot.keyClicks(window.enrol_phone, "91500999")
    qtbot.keyClick(window.enrol_phone, Qt.Key_Tab)
    qtbot.keyClicks(window.enrol_name, "Siri")
    for _ in range(3):                                         # birthday, e-mail, then the consent box
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is window.consent_loyalty
    qtbot.keyClick(window.consent_loyalty, Qt.Key_Space)
    qtbot.keyClick(window.consent_loyalty, Qt.Key_Return)
    done(qtbot, window)
    assert window.screen.member is not None and window.screen.member.name == "Siri"
    dog = next(p for p in t.products() if p.category == "dogfood")
    qtbot.keyClicks(window.lookup_field, dog.ean)              # an EAN typed by hand
    qtbot.keyClick(window.lookup_field, Qt.Key_Return)
    done(qtbot, window)
    qtbot.keyClick(window, Qt.Key_F3)
    assert window.coupons.hasFocus()
    qtbot.keyClick(window.coupons, Qt.Key_Return)              # use the welcome coupon
    done(qtbot, window)
    assert window.screen.applied and any(b.kind == "coupon" for b in window.screen.settlement.benefits)
    qtbot.keyClick(window, Qt.Key_F12)
    done(qtbot, window)
    assert "now has" in window.message.text()
    after = t.lookup("91500999")
    assert after.stamps == {"dogfood": 1} and after.points > 0 and not after.coupons   # the coupon was used


def test_a_punch_card_reward_is_offered_like_a_coupon_and_can_be_saved_for_next_time(window, qtbot):
    from pos_client.ui.main_window import REWARD_ROLE
    t = window.terminal
    code = t.member_code(t.lookup("912 34 560"))
    dog = next(p for p in t.products() if p.category == "dogfood")
    window.handle_scan(code)
    for _ in range(7):                       # seven paid bags fill the card
        window.add_item(dog.sku)
    sell(window, qtbot)

    def reward_rows():
        return [window.coupons.item(i) for i in range(window.coupons.count())
                if window.coupons.item(i).data(REWARD_ROLE)]
    window.handle_scan(code)
    window.handle_scan(dog.ean)
    done(qtbot, window)
    assert "7 of 8 – next free in 1" in window.member_label.text()
    [row] = reward_rows()
    assert row.text().startswith("✔") and window.screen.settlement.due == 0   # the 8th bag is free
    window._toggle_coupon(row)               # the customer saves it for next time
    done(qtbot, window)
    [row] = reward_rows()
    assert not row.text().startswith("✔") and "saved for next time" in row.text()
    assert window.screen.settlement.due > 0
    sell(window, qtbot)
    window.handle_scan(code)                 # the full card waits, and one stamp on the next
    done(qtbot, window)
    assert "1 free waiting – 1 of 8 on the next card" in window.member_label.text()
    window.handle_scan(dog.ean)
    done(qtbot, window)
    [row] = reward_rows()
    assert row.text().startswith("✔") and window.screen.settlement.due == 0
