"""Messages by kind (issue 17): each its own look and symbol; errors stay, successes fade."""

import pytest

from pos_client.ui import message_line
from pos_client.ui.message_line import KINDS, SYMBOLS, MessageLine


@pytest.fixture
def line(qtbot):
    from pathlib import Path
    w = MessageLine()
    # The till's theme on this widget only: the other offscreen tests run without it.
    w.setStyleSheet((Path(__file__).resolve().parents[2] / "resources" / "qss" / "till.qss").read_text(encoding="utf-8"))
    qtbot.addWidget(w)
    w.show()
    return w


def _background(w) -> str:
    from PySide6.QtGui import QPalette
    return w.palette().color(QPalette.Window).name()


def test_each_kind_has_its_own_symbol_word_and_colours(line):
    seen = {}
    for kind in KINDS:
        line.show_message(kind, f"a {kind}")
        assert line.text() == f"a {kind}" and line.kind() == kind and line.property("kind") == kind
        assert line.symbol.text() == SYMBOLS[kind] and line.accessibleName()
        grab = line.grab().toImage()
        seen[kind] = (line.symbol.text(), line.accessibleName(), grab.pixelColor(2, grab.height() // 2).name(),
                      line.label.palette().color(line.label.foregroundRole()).name())
    assert len({s for s, *_ in seen.values()}) == 4           # four shapes, not colour alone
    assert len({w for _, w, *_ in seen.values()}) == 4
    assert len({bar for *_, bar, _ in seen.values()}) == 4    # the left bar's colour
    assert len({text for *_, text in seen.values()}) == 4     # the text's colour


def test_an_error_stays_until_cleared_and_a_warning_too(line):
    for kind in ("error", "warning"):
        line.show_message(kind, "No Z report yet")
        assert not line.wait.isActive() and line.effect.opacity() == 1.0
        line.clear()
        assert line.text() == "" and line.kind() == "" and line.symbol.text() == ""


def test_a_success_fades_and_a_new_message_replaces_it_at_full_strength(line, qtbot, monkeypatch):
    monkeypatch.setitem(message_line.FADE_AFTER_MS, "success", 30)
    line.success("Paid 100,00 kr")
    assert line.wait.isActive()
    qtbot.waitUntil(lambda: line.text() == "", timeout=5000)
    assert line.kind() == "" and line.property("kind") == "none"
    line.success("Paid 50,00 kr")
    line.error("Unknown item")                                # the error is not faded by the old timer
    assert not line.wait.isActive() and line.effect.opacity() == 1.0 and line.text() == "Unknown item"


def test_the_kind_words_are_translated(line):
    from tests.ui.window_helpers import language
    with language("nb"):
        assert [message_line.kind_word(k) for k in KINDS] == ["Utført", "Merk", "Advarsel", "Feil"]
    with language("sv"):
        assert [message_line.kind_word(k) for k in KINDS] == ["Klart", "Obs", "Varning", "Fel"]


def test_the_window_says_each_outcome_in_its_kind(window, qtbot):
    from tests.ui.window_helpers import done
    t = window.terminal
    window.handle_scan("NOT-A-CODE-123")
    done(qtbot, window)
    assert window.message.kind() == "error" and not window.message.wait.isActive()
    window.lookup_field.setText("999 99 999")
    window.do_lookup()
    done(qtbot, window)
    assert window.message.kind() == "warning"              # not found: enrol her?
    product = t.products()[0]
    window.add_item(product.sku)
    done(qtbot, window)
    assert window.message.kind() == ""                     # the next action cleared it
    window.pay("card")
    done(qtbot, window)
    assert window.message.kind() == "success" and window.message.wait.isActive()    # fades
    window.add_item(product.sku)
    window.lookup_field.setText("5000")
    window.pay("cash")
    done(qtbot, window)
    assert window.message.kind() == "success" and "change" in window.message.text()
    assert not window.message.wait.isActive()              # the change to hand back stays


def test_every_symbol_is_drawn_by_the_tills_fonts(line):
    from pos_client.ui.layout_check import missing_glyphs
    for kind, symbol in SYMBOLS.items():
        line.show_message(kind, "x")
        assert missing_glyphs(symbol, line.symbol.font()) == "", kind      # a shape, not a box
