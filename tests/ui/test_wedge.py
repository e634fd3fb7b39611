"""The keyboard-wedge filter on its own: scan or typing, for any code and any timing."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from pos_client.ui.wedge import KEY_GAP_S, MAX_GAP_S, MIN_LENGTH, WedgeFilter
from tests.ui.window_helpers import window_key

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
    widget.show()
    widget.setFocus()
    scans = []
    wedge = WedgeFilter(scans.append, clock=Clock())
    QApplication.instance().installEventFilter(wedge)
    yield widget, wedge, scans
    QApplication.instance().removeEventFilter(wedge)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Both outcomes on every run, whatever the random examples are:
@example(code="TLM1ABCDEFGH234567", gaps=[0.003] * 41)          # a scanner
@example(code="91234560", gaps=[0.300] * 41)                     # a person
@example(code="91234560", gaps=[0.055] * 41)                     # a fast person: one burst, too slow a scan
@example(code="7038010000195", gaps=[0.003] * 6 + [0.050] + [0.003] * 34)   # a scanner with one late key
@given(code=st.text(CODE_CHARS, min_size=1, max_size=40),
       gaps=st.lists(st.sampled_from([0.002, 0.005, 0.012, 0.025, 0.003, 0.045, 0.055, 0.070, 0.300]),
                     min_size=41, max_size=41))
def test_a_burst_ending_in_enter_is_a_scan_and_anything_slower_is_typing(qtbot, field, code, gaps):
    widget, wedge, scans = field
    widget.clear()
    scans.clear()
    wedge.clock.now += 10                  # a pause before: the first key starts a new burst
    for ch, gap in zip(code + "\r", gaps):
        wedge.clock.now += gap
        window_key(widget, Qt.Key_Return if ch == "\r" else ch)
    # The oracle: the burst before Enter starts after the last pause (> KEY_GAP_S), or
    # later, after keys that all came at a person's speed (> MAX_GAP_S).
    start, fast = 0, 0
    for i in range(1, len(code)):
        if gaps[i] > KEY_GAP_S or (gaps[i] > MAX_GAP_S and not fast):
            start, fast = i, 0
        else:
            fast += gaps[i] <= MAX_GAP_S
    burst = code[start:]
    burst_gaps = gaps[start + 1:len(code) + 1]              # from its first key to Enter
    if (len(burst) >= MIN_LENGTH and gaps[len(code)] <= KEY_GAP_S
            and sum(burst_gaps) / len(burst_gaps) <= MAX_GAP_S):
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


@pytest.mark.parametrize("raw, prefix, code", [
    ("]E07038010000195", "", "7038010000195"),        # AIM: EAN-13
    ("]e470380101", "", "70380101"),                 # AIM under Caps Lock: EAN-8
    ("]Q1TLM1ABCDEF", "", "TLM1ABCDEF"),             # AIM: QR
    ("#]C0ABC123", "#", "ABC123"),                   # a configured prefix, then AIM
    ("]E0#036000291452", "#", "036000291452"),       # or the other way round
    ("7038010000195", "", "7038010000195"),          # nothing to strip
])
def test_prefix_and_aim_identifier_are_stripped(raw, prefix, code):
    from pos_client.ui.wedge import clean_scan
    assert clean_scan(raw, prefix) == code


def scan(widget, wedge, text, gap=0.002):
    from tests.ui.window_helpers import scan_keys
    wedge.clock.now += 10
    scan_keys(widget, wedge.clock, text[:-1], gap, suffix=text[-1])


@pytest.mark.parametrize("suffix", ["\r", "\t"])
def test_enter_or_tab_ends_a_scan_and_a_second_enter_is_the_scanners(qtbot, field, suffix):
    widget, wedge, scans = field
    widget.setText("912 34")
    widget.setCursorPosition(3)                        # the cashier's cursor mid-number
    scan(widget, wedge, "7038010000195" + suffix)
    assert scans == ["7038010000195"] and widget.text() == "912 34" and widget.cursorPosition() == 3
    assert widget.hasFocus()                           # a Tab suffix did not move the focus
    entered = []
    widget.returnPressed.connect(lambda: entered.append(True))
    wedge.clock.now += 0.002
    window_key(widget, Qt.Key_Return)                  # CR LF / Enter twice: swallowed
    assert entered == [] and scans == ["7038010000195"]
    wedge.clock.now += 1
    window_key(widget, Qt.Key_Return)                  # the cashier's own Enter later: theirs
    assert entered == [True]


def test_a_control_key_just_before_a_scan_is_not_part_of_it(qtbot, field):
    widget, wedge, scans = field
    wedge.clock.now += 10
    window_key(widget, Qt.Key_Backspace)
    scan(widget, wedge, "70380101\r", gap=0.002)
    assert scans == ["70380101"]


def test_a_person_key_right_before_a_scan_stays_typed(qtbot, field):
    widget, wedge, scans = field
    wedge.clock.now += 10
    window_key(widget, "4")                            # the cashier's digit…
    wedge.clock.now += 0.045                           # …and the scanner's first key 45 ms later
    scan_keys_from_here = "7038010000195"
    from tests.ui.window_helpers import scan_keys
    scan_keys(widget, wedge.clock, scan_keys_from_here, 0.002)
    assert scans == ["7038010000195"] and widget.text() == "4"
