"""The keyboard-wedge filter on its own: scan or typing, for any code and any timing."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from pos_client.ui.wedge import MAX_GAP_S, MIN_LENGTH, WedgeFilter

CODE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567-:0189"
SEEN: set[str] = set()


class Clock:
    now = 100.0

    def __call__(self):
        return self.now


@pytest.fixture
def field(qtbot):
    from PySide6.QtWidgets import QApplication
    widget = QLineEdit()
    qtbot.addWidget(widget)
    scans = []
    wedge = WedgeFilter(scans.append, clock=Clock())
    QApplication.instance().installEventFilter(wedge)
    yield widget, wedge, scans
    QApplication.instance().removeEventFilter(wedge)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Both outcomes on every run, whatever the random examples are:
@example(code="TLM1ABCDEFGH234567", gaps=[0.003] * 41)          # a scanner
@example(code="91234560", gaps=[0.300] * 41)                     # a person
@given(code=st.text(CODE_CHARS, min_size=1, max_size=40),
       gaps=st.lists(st.sampled_from([0.002, 0.005, 0.012, 0.025, 0.003, 0.045, 0.300]), min_size=41, max_size=41))
def test_a_burst_ending_in_enter_is_a_scan_and_anything_slower_is_typing(qtbot, field, code, gaps):
    widget, wedge, scans = field
    widget.clear()
    scans.clear()
    wedge.clock.now += 10                  # a pause before: the first key starts a new burst
    for ch, gap in zip(code + "\r", gaps):
        wedge.clock.now += gap
        if ch == "\r":
            qtbot.keyClick(widget, Qt.Key_Return)
        else:
            qtbot.keyClick(widget, ch)
    between = gaps[1:len(code)]            # the gaps between the code's keys
    start = max([i + 1 for i, g in enumerate(between) if g > MAX_GAP_S], default=0)
    burst = code[start:]                   # the fast keys just before Enter
    if len(burst) >= MIN_LENGTH and gaps[len(code)] <= MAX_GAP_S:
        SEEN.add("scan")
        assert scans == [burst] and widget.text() == code[:start]    # routed, and taken out of the field
    else:
        SEEN.add("typing")
        assert scans == [] and widget.text() == code                 # typed text stays where it was typed


def test_both_outcomes_were_exercised():
    assert SEEN == {"scan", "typing"}


def test_every_string_is_translated_in_nb_and_sv():
    for lang in ("nb", "sv"):
        ts = Path(__file__).resolve().parents[2] / "resources" / "i18n" / f"till_{lang}.ts"
        missing = [m.findtext("source") for m in ET.parse(ts).iter("message")
                   if not (m.findtext("translation") or "").strip()
                   or m.find("translation").get("type") in ("unfinished", "obsolete")]
        assert missing == [], f"{lang}: untranslated {missing[:5]}"
        assert (ts.with_suffix(".qm")).stat().st_mtime >= ts.stat().st_mtime - 1   # .qm rebuilt with it
