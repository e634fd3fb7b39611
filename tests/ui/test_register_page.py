"""The cash register on screen: the demo signs its cashier in by itself, a cashier switch with
a PIN, three wrong PINs pause, the X/Z reports behind the manager PIN, the training banner."""

from PySide6.QtCore import Qt

from tests.ui.window_helpers import done


def test_demo_cashier_switch_and_wrong_pins(window, qtbot):
    ui = window.register_ui
    assert "Demo" in ui.cashier_label.text()                        # no sign-in friction in the demo
    window.terminal.register.add_cashier("Kari Nordmann", "2468")
    ui.show_sign_in()
    done(qtbot, window)
    assert window.pages.currentIndex() == ui.sign_in_index
    page = ui.sign_in_page
    page.names.setCurrentRow([page.names.item(i).text() for i in range(page.names.count())].index("Kari Nordmann"))
    for _ in range(3):
        qtbot.keyClicks(page.pin, "1111")
        qtbot.keyClick(page.pin, Qt.Key_Return)
        done(qtbot, window)
    assert "wait" in page.result.text().lower() or "vent" in page.result.text().lower()
    assert [e.code for e in window.terminal.register.entries()].count("PINLOCK") == 1
    window.terminal.register._paused_until = None                   # the 30 s pause has passed
    qtbot.keyClicks(page.pin, "2468")
    qtbot.keyClick(page.pin, Qt.Key_Return)
    done(qtbot, window)
    assert window.pages.currentIndex() == 0 and "Kari Nordmann" in ui.cashier_label.text()
    window.handle_scan(window.terminal.products()[0].sku)
    window.pay("card")
    done(qtbot, window)
    sale = [e for e in window.terminal.register.entries() if e.code == "SALREC"][-1]
    assert sale.cashier == "Kari Nordmann" and sale.receipt_no == window.last_receipt


def test_reports_behind_the_manager_pin_and_training_banner(window, qtbot):
    ui = window.register_ui
    window.handle_scan(window.terminal.products()[0].sku)
    window.pay("cash")
    done(qtbot, window)
    ui.show_reports()
    page = ui.reports_page
    assert not page.actions.isEnabled()
    qtbot.keyClicks(page.pin, "9999")
    qtbot.keyClick(page.pin, Qt.Key_Return)
    done(qtbot, window)
    assert not page.actions.isEnabled()
    qtbot.keyClicks(page.pin, "0000")                               # the manager PIN until setup sets one
    qtbot.keyClick(page.pin, Qt.Key_Return)
    done(qtbot, window)
    assert page.actions.isEnabled()
    page.report("Z")
    done(qtbot, window)
    assert "Z-RAPPORT 1" in page.text.toPlainText() or "Z REPORT 1" in page.text.toPlainText()
    assert not ui.training_banner.isVisibleTo(window)
    page.toggle_training()
    done(qtbot, window)
    assert ui.training_banner.isVisibleTo(window)
    window.handle_scan(window.terminal.products()[0].sku)
    window.pay("card")
    done(qtbot, window)
    assert "-TR" in window.last_receipt
