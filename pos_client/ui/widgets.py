"""Small widget helpers shared by the till's pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QStackedWidget

MIN_TOUCH_PX = 48          # a finger-size target (the cash and card keys are taller still)


def touch_button(text: str, slot) -> QPushButton:
    button = QPushButton(text)
    button.setMinimumHeight(MIN_TOUCH_PX)
    button.clicked.connect(slot)
    return button


def on_enter(widget, slot) -> None:
    """Enter (either key) on ``widget`` or its children: the keyboard's tap."""
    for key in (Qt.Key_Return, Qt.Key_Enter):
        QShortcut(QKeySequence(key), widget, activated=slot, context=Qt.WidgetWithChildrenShortcut)


def screen_key(text: str, slot, style: str) -> QPushButton:
    """A key of an on-screen keypad or keyboard: it never takes the focus, so the
    field being typed in keeps it (and its cursor)."""
    key = touch_button(text, slot)
    key.setObjectName(style)
    key.setFocusPolicy(Qt.NoFocus)
    return key


def scanner_test_result(got: str) -> str:
    """What a scan of the test code says about the scanner (settings page and setup)."""
    from ..setup import TEST_SCAN
    if got == TEST_SCAN:
        return QCoreApplication.translate("ScannerTest", "The scanner reads correctly")
    return QCoreApplication.translate(
        "ScannerTest", "The scanner typed %1 instead of %2: set the scanner to the keyboard layout of this PC"
    ).replace("%1", repr(got)).replace("%2", TEST_SCAN)


class ScannerTestField(QLineEdit):
    """The scanner types into this field as it is (no scan routing); Enter says in
    ``result`` what it typed.  A second Enter (a scanner sending CR LF) keeps the answer."""

    def __init__(self, result: QLabel) -> None:
        super().__init__()
        from .wedge import RAW_INPUT
        from ..setup import TEST_SCAN
        self.result = result
        self.setObjectName("scannerTest")
        self.setProperty(RAW_INPUT, True)
        self.setPlaceholderText(QCoreApplication.translate("ScannerTest", "Scan the test code %1 here")
                                .replace("%1", TEST_SCAN))
        self.returnPressed.connect(self.check)

    def check(self) -> None:
        if self.text():
            self.result.setText(scanner_test_result(self.text()))
            self.clear()


class PageStack(QStackedWidget):
    """A stack as tall as the page on show, not as its tallest page: the settings
    page must not keep the window from making room for the on-screen letters."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()
