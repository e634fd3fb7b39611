"""A till without a keyboard: everything by tapping the screen, letters included."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.ui.window_helpers import done


def keys(window, name):
    return {b.text(): b for b in window.findChildren(QPushButton) if b.objectName() == name and b.isVisible()}


TOUCH = None


def tap(qtbot, widget):
    """A finger on the widget's middle: a real touch event, which Qt turns into
    the mouse press and release a button or field reacts to."""
    global TOUCH
    from PySide6.QtTest import QTest
    TOUCH = TOUCH or QTest.createTouchDevice()
    qtbot.wait(1)                            # pending layout first: the finger lands where it is drawn
    window = widget.window()
    at = widget.mapTo(window, widget.rect().center())
    under = window.childAt(at)
    assert under is widget or widget.isAncestorOf(under), f"{widget} is not on screen to tap"
    QTest.touchEvent(window.windowHandle(), TOUCH).press(0, at).commit()
    QTest.touchEvent(window.windowHandle(), TOUCH).release(0, at).commit()
    qtbot.wait(1)


def tap_letters(qtbot, window, text):
    board = window.keyboard
    for ch in text:
        tap(qtbot, board.space_key if ch == " " else board.letter_keys[ch])


@pytest.fixture
def shown(window, qtbot):
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_enrol_a_member_with_a_nordic_name_by_touch_alone(shown, qtbot):
    w = shown
    pad = keys(w, "keypad")
    assert not w.keyboard.isVisible()
    for digit in "91500777":
        tap(qtbot, pad[digit])
    tap(qtbot, pad["OK"])
    done(qtbot, w)
    assert w.enrol_phone.text() == "91500777"          # not found: the phone waits in the form
    assert "tap New member" in w.message.text()
    tap(qtbot, w.enrol_button)
    assert w.pages.currentIndex() == 1
    tap(qtbot, w.enrol_phone)                             # fix the last digit on the keypad
    tap(qtbot, pad["⌫"])
    tap(qtbot, pad["8"])
    assert w.enrol_phone.text() == "91500778"
    tap(qtbot, pad["OK"])                                 # OK: on to the name, letters open
    assert w.enrol_name.hasFocus() and w.keyboard.isVisible()
    tap_letters(qtbot, w, "siri sæther")
    assert w.enrol_name.text() == "Siri Sæther"           # each word starts with a capital
    tap(qtbot, w.keyboard.digits_key)                     # letters away: the whole form is back
    assert not w.consent_loyalty.visibleRegion().isEmpty()
    tap(qtbot, w.consent_loyalty)
    tap(qtbot, next(b for b in w.findChildren(QPushButton) if b.text() == "Enrol"))
    done(qtbot, w)
    member = w.screen.member
    assert member is not None and member.name == "Siri Sæther" and member.phone == "+4791500778"
    assert w.pages.currentIndex() == 0 and not w.keyboard.isVisible()     # the basket's keys are back
    assert w.coupons.count() == 1                         # the welcome coupon, at once


def test_name_search_and_shift_on_the_letters(shown, qtbot):
    w = shown
    tap(qtbot, w.letters_button)
    assert w.keyboard.isVisible()
    board = w.keyboard
    tap(qtbot, board.shift_key)
    assert board.letter_keys["å"].text() == "Å"
    tap_letters(qtbot, w, "å")
    assert board.letter_keys["s"].text() == "s"          # shift lasts one letter
    tap_letters(qtbot, w, "se")
    assert w.lookup_field.text() == "Åse"                 # the lookup field: no automatic capitals
    tap(qtbot, board.ok_key)
    done(qtbot, w)
    assert w.screen.member is not None and w.screen.member.name == "Åse Solberg"
    assert not w.keyboard.isVisible() and w.quick_panel.isVisible()   # found: the letters step aside
    tap(qtbot, w.letters_button)
    tap(qtbot, board.digits_key)
    assert not w.keyboard.isVisible()


def test_tabbing_or_clicking_into_a_name_field_does_not_open_the_letters(shown, qtbot):
    w = shown
    w.show_enrolment()
    qtbot.keyClick(w.enrol_phone, Qt.Key_Tab)
    assert w.enrol_name.hasFocus() and not w.keyboard.isVisible()
    qtbot.mouseClick(w.enrol_email, Qt.LeftButton)       # a mouse, not a finger
    assert w.enrol_email.hasFocus() and not w.keyboard.isVisible()
    tap(qtbot, w.enrol_name)
    assert w.keyboard.isVisible()


@pytest.mark.parametrize("country, right_of_l", [("SE", "öä"), ("NO", "øæ"), ("DK", "æø"), ("FI", "öä")])
def test_the_letters_follow_the_shop_country(qtbot, country, right_of_l):
    from PySide6.QtWidgets import QLineEdit
    from pos_client.ui.touch_keyboard import TouchKeyboard
    field = QLineEdit()
    board = TouchKeyboard(lambda: field, lambda: None, country)
    qtbot.addWidget(board)
    for ch in right_of_l:
        board.letter_keys[ch].click()
    assert field.text() == right_of_l


def test_the_letters_speak_the_till_language(qtbot, tmp_path):
    from tests.ui.window_helpers import till_window
    with till_window(qtbot, tmp_path, "nb") as w:
        done(qtbot, w)
        assert w.keyboard.space_key.text() == "mellomrom"
        assert w.letters_button.toolTip().startswith("Bokstaver på skjermen")


def test_the_letters_fit_a_1024x768_screen_and_give_the_keypad_back(shown, qtbot):
    w = shown
    t = w.terminal
    w.handle_scan(t.member_code(t.lookup("912 34 560")))     # a member with stamp rows
    for product in t.products()[:3]:
        w.add_item(product.sku)
    done(qtbot, w)
    w.resize(1024, 768)
    qtbot.waitUntil(lambda: w.height() == 768)
    assert w.minimumSizeHint().height() <= 768
    w.show_enrolment()
    tap(qtbot, w.enrol_email)                           # the last field: the form scrolls to it
    assert w.keyboard.isVisible() and not w.keypad_panel.isVisible() and not w.quick_panel.isVisible()
    qtbot.wait(50)
    assert w.size().height() == 768 and w.minimumSizeHint().height() <= 768
    assert not w.enrol_email.visibleRegion().isEmpty()
    tap_letters(qtbot, w, "siri@")
    assert w.enrol_email.text() == "siri@"              # e-mail: no capitals
    tap(qtbot, w.keyboard.digits_key)
    # The keypad is back; the quick keys stay aside while enrolling (the form has their room).
    assert w.keypad_panel.isVisible() and not w.quick_panel.isVisible()
    tap(qtbot, w.enrol_name)
    assert w.keyboard.isVisible()
    tap(qtbot, next(b for b in w.findChildren(QPushButton) if b.text() == "Cancel" and b.isVisible()))
    assert w.pages.currentIndex() == 0 and not w.keyboard.isVisible() and w.quick_panel.isVisible()
