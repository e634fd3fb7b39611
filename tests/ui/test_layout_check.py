"""The layout check itself (pos_client/ui/layout_check.py): it must see what a cashier would
miss — cut, elided, outside, a box for a glyph, a sideways scroll bar — and nothing else."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from pos_client.ui.layout_check import problems
from pos_client.ui.wrapping_rows import WrappingRows

THEME = (Path(__file__).resolve().parents[2] / "resources" / "qss" / "till.qss").read_text(encoding="utf-8")
LONG = "Sommerkampanje – gratis tyggebein til hunden din, hele sommeren"


@pytest.fixture
def top(qtbot):
    w = QWidget()
    w.setStyleSheet(THEME)                    # the till's look on this window only
    QVBoxLayout(w)
    qtbot.addWidget(w)
    return w


def shown(qtbot, w, width=300, height=200):
    w.resize(width, height)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(20)                            # layouts and WrappingRows' relayout
    return problems(w)


def kinds(found):
    return sorted({(p["problem"], p["text"]) for p in found})


def test_a_label_that_fits_or_wraps_whole_is_fine(top, qtbot):
    wrapped = QLabel(LONG)
    wrapped.setWordWrap(True)
    top.layout().addWidget(QLabel("Kari"))
    top.layout().addWidget(wrapped)
    assert shown(qtbot, top) == []


def test_a_label_too_narrow_for_its_line_is_cut(top, qtbot):
    label = QLabel(LONG)
    label.setFixedWidth(120)
    top.layout().addWidget(label)
    assert ("text cut", LONG) in kinds(shown(qtbot, top))


def test_a_wrapped_label_too_short_for_its_lines_is_cut(top, qtbot):
    label = QLabel(LONG)
    label.setWordWrap(True)
    label.setFixedSize(140, 20)
    top.layout().addWidget(label)
    assert ("text cut", LONG) in kinds(shown(qtbot, top))


def test_a_button_narrower_than_its_text_is_cut(top, qtbot):
    button = QPushButton("Z-rapport (avslutter dagen)")
    button.setFixedWidth(90)
    top.layout().addWidget(button)
    assert ("text cut", "Z-rapport (avslutter dagen)") in kinds(shown(qtbot, top))


def test_a_widget_outside_its_parent_is_found(top, qtbot):
    inner = QWidget(top)
    inner.setGeometry(0, 0, 100, 40)
    stray = QLabel("x", inner)
    stray.setGeometry(80, 10, 60, 20)          # sticks out on the right
    found = shown(qtbot, top)
    assert any(p["problem"] == "outside parent" and p["text"] == "x" for p in found), found


def test_an_elided_row_and_a_sideways_scroll_bar_are_found_and_wrapping_rows_fixes_both(top, qtbot):
    rows = QListWidget()
    rows.addItem(LONG)
    top.layout().addWidget(rows)
    found = kinds(shown(qtbot, top, 200, 200))
    assert ("elided", LONG) in found or ("horizontal scroll bar", "") in found, found
    WrappingRows(rows)
    qtbot.wait(50)
    assert problems(top) == []


def test_a_glyph_no_font_here_draws_is_found(top, qtbot):
    top.layout().addWidget(QLabel("Margrethe \U0001F382"))
    assert ("missing glyph", "Margrethe \U0001F382") in kinds(shown(qtbot, top))


def test_the_refused_dialog_reads_whole_with_long_reasons(qtbot):
    from pos_client.ui.refused_dialog import RefusedDialog
    rows = [{"seq": n, "kind": "sale_completed", "occurred_at": "2026-12-01T10:00:00",
             "last_error": "HQ refused the event: the terminal's signing key is not the one HQ has on file "
                           "for this shop (re-pair the terminal)"} for n in range(3)]
    dialog = RefusedDialog(rows)
    dialog.setStyleSheet(THEME)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    assert problems(dialog) == []
