"""Issue 15's done-when in the till window: a newcomer in the demo till exchanges
points for a coupon, enrols a friend with a referral and sees both rewards after
the friend's first purchase, sees "keep your tier" on a member near the edge,
and reads each step on the receipt."""

from PySide6.QtCore import Qt

from hardware.receipt import Receipt, render_text
from tests.ui.window_helpers import done
from pos_client.store.by_reference import RECEIPT_SQL


def look_up(window, qtbot, phone):
    window.lookup_field.setText(phone)
    qtbot.keyClick(window.lookup_field, Qt.Key_Return)
    done(qtbot, window)


def receipt_text(window, number):
    row = window.terminal.store.read().execute(
        f"SELECT {RECEIPT_SQL} FROM print_jobs WHERE receipt_no = ? ORDER BY job_id", (number,)).fetchone()
    return " ".join(render_text(Receipt.from_json(row[0]), 42).split())


def test_points_shop_exchanges_points_for_a_coupon_used_at_once(window, qtbot):
    look_up(window, qtbot, "913 00 888")                       # Per Berg: 1 800 points
    assert window.rewards_ui.shop_button.isVisibleTo(window)
    qtbot.mouseClick(window.rewards_ui.shop_button, Qt.LeftButton)
    done(qtbot, window)
    shop = window.rewards_ui.dialog
    assert "1800" in shop.points.text()
    item = next(shop.rewards.item(i) for i in range(shop.rewards.count())
                if "1000" in shop.rewards.item(i).text())
    shop.rewards.itemClicked.emit(item)
    done(qtbot, window)
    assert "800" in shop.points.text()
    assert window.screen.member.points == 800
    coupon = next(c for c in window.screen.member.coupons if c.def_id == "r100")
    shop.accept()
    window.handle_scan("DOG-001")
    done(qtbot, window)
    row = window.coupons.findItems("100 kr for 1000 poeng", Qt.MatchContains)[0]
    window._toggle_coupon(row)                                   # use it now
    done(qtbot, window)
    window.pay("card")
    done(qtbot, window)
    text = receipt_text(window, window.last_receipt)
    assert "100 kr for 1000 poeng" in text
    assert not any(c.id == coupon.id for c in window.terminal.lookup("913 00 888").coupons)


def test_a_friend_enrolled_with_a_referral_and_both_rewards_after_the_first_purchase(window, qtbot):
    window.show_enrolment()
    window.enrol_phone.setText("915 40 001")
    window.enrol_name.setText("Nina Venn")
    window.consent_loyalty.setChecked(True)
    window.rewards_ui.show_referrer()
    kari = window.terminal.member_code(window.terminal.lookup("912 34 560"))
    window.handle_scan(kari)                                     # Kari's card: she referred her
    assert window.rewards_ui.referrer.text() == kari
    window.do_enrol()
    done(qtbot, window)
    assert window.screen.member.referred_by is not None
    assert window.rewards_ui.referrer.text() == ""
    window.handle_scan("DOG-001")                                # 749 kr: over min_spend
    done(qtbot, window)
    window.pay("card")
    done(qtbot, window)
    text = receipt_text(window, window.last_receipt)
    assert "Vennebonus – 50 kr" in text
    look_up(window, qtbot, "912 34 560")                         # Kari's next visit
    assert window.screen.member.points == 200
    assert "friend(s) you referred made their first purchase" in window.member_label.text()


def test_keep_your_tier_perks_and_why_a_benefit_did_not_apply(window, qtbot):
    look_up(window, qtbot, "913 00 777")                         # Sigrid Lund: near the Sølv edge
    panel = window.member_label.text()
    assert "to keep Sølv" in panel and "Perks: Tidlig tilgang til nyheter" in panel
    assert any(c.def_id == "keep100" for c in window.screen.member.coupons)   # the offer, once
    window.handle_scan("LEK-022")
    done(qtbot, window)
    top = window.basket.topLevelItem(0)
    notes = [top.child(i).text(0) for i in range(top.childCount())]
    assert "  (Sølv 10 %: not with Leker – 20 %)" in notes
    window.pay("card")
    done(qtbot, window)
    text = receipt_text(window, window.last_receipt)
    assert "for å beholde Sølv" in text and "ikke sammen med Leker – 20 %" in text


def test_visit_points_from_the_panel_once_a_day(window, qtbot):
    look_up(window, qtbot, "912 34 560")
    button = window.rewards_ui.visit_button
    assert button.isVisibleTo(window) and "+10" in button.text()
    qtbot.mouseClick(button, Qt.LeftButton)
    done(qtbot, window)
    assert window.screen.member.points == 10 and not button.isVisibleTo(window)


def test_the_panel_speaks_norwegian_and_swedish(qtbot, tmp_path):
    from tests.ui.window_helpers import till_window
    for lang, keep, perks in (("nb", "for å beholde Sølv", "Fordeler:"), ("sv", "för att behålla Sølv", "Förmåner:")):
        with till_window(qtbot, tmp_path / lang, lang) as w:
            done(qtbot, w)
            look_up(w, qtbot, "913 00 777")
            assert keep in w.member_label.text() and perks in w.member_label.text()
            assert w.rewards_ui.shop_button.text() in ("Poengbutikk", "Poängbutik")
            look_up(w, qtbot, "912 34 560")
            w.rewards_ui.visit()
            done(qtbot, w)
            w.rewards_ui.visit()
            done(qtbot, w)
            assert "Besøkspoeng gis én gang" in w.message.text() or "Besökspoäng ges en gång" in w.message.text()


def test_give_a_coupon_to_a_friend_from_the_points_shop(window, qtbot):
    t = window.terminal
    coupon, _ = t.exchange_reward(t.lookup("913 00 888"), "r100")      # transferable
    look_up(window, qtbot, "913 00 888")
    qtbot.mouseClick(window.rewards_ui.shop_button, Qt.LeftButton)
    done(qtbot, window)
    shop = window.rewards_ui.dialog
    row = next(i for i in range(shop.giftable.count()) if "100 kr for 1000 poeng" in shop.giftable.item(i).text())
    shop.giftable.setCurrentRow(row)
    shop.friend.setText("912 34 560")
    qtbot.mouseClick(shop.give_button, Qt.LeftButton)
    done(qtbot, window)
    assert "given to Kari Nordmann" in window.message.text()
    assert shop.giftable.count() == 0                                   # gone from the giver's list
    assert any(c.id == coupon.id for c in t.lookup("912 34 560").coupons)


def test_gull_tier_coupons_and_the_anniversary_coupon_on_screen(window, qtbot):
    t = window.terminal
    look_up(window, qtbot, "913 00 888")
    window.handle_scan("LEK-022")
    done(qtbot, window)
    window.sale.set_qty("LEK-022", 60)                                  # reaches Gull (15 000 kr)
    window.pay("card")
    done(qtbot, window)
    text = receipt_text(window, window.last_receipt)
    assert text.count("Gull 15 %") >= 2 and "VIP-kveld" in text
    look_up(window, qtbot, "913 00 888")
    names = [window.coupons.item(i).text() for i in range(window.coupons.count())]
    assert sum("Gull 15 %" in n for n in names) == 2
    window.handle_scan("DOG-001")
    done(qtbot, window)
    assert any("given as coupons" in window.basket.topLevelItem(i).text(0)
               for i in range(window.basket.topLevelItemCount()))
    # A member of one year: the anniversary coupon when served in that week.
    member = t.enroll("+47 915 40 002", name="Ett År", consents=["loyalty"])
    t.clock.advance(days=365)
    look_up(window, qtbot, member.phone)
    assert window.coupons.findItems("Takk for et år til", Qt.MatchContains)
