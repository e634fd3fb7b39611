"""Small widget helpers shared by the till's pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QScroller, QSizePolicy,
    QStackedWidget, QVBoxLayout, QWidget,
)

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


def wrapping_label(text: str = "") -> QLabel:
    """A label that wraps instead of being cut (a path or number wraps after each / or \\ too)."""
    label = QLabel(breakable(text))
    label.setWordWrap(True)
    return label


def breakable(text: str) -> str:
    """Long unbroken runs (a folder path) may wrap after a path separator: a zero-width space."""
    return text.replace("/", "/\u200b").replace("\\", "\\\u200b")


def wrapping_check_box(text: str) -> tuple[QWidget, QCheckBox]:
    """A check box whose text wraps (a QCheckBox's own text is one line, cut at the edge):
    the row to lay out and the box itself (focus, Space, a tap on the box or the text)."""
    row = QWidget()
    row.setObjectName("wrappingCheckBox")
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    box = QCheckBox()
    box.setAccessibleName(text)
    label = _TogglingLabel(text, box)
    line.addWidget(box, 0, Qt.AlignTop)
    line.addWidget(label, 1)
    return row, box


class _TogglingLabel(QLabel):
    """The check box's text: wraps, and a tap on it ticks the box, as on the box's own text."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setObjectName("checkBoxText")
        self.setWordWrap(True)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.rect().contains(event.position().toPoint()) and self.box.isEnabled():
            self.box.toggle()
            self.box.setFocus()


class QuickKey(QPushButton):
    """A product key: the whole name on up to two lines, and the price (no "…")."""

    def __init__(self, name: str, price: str, slot) -> None:
        super().__init__()
        self.setObjectName("quickKey")
        self.setMinimumHeight(MIN_TOUCH_PX)
        self.setAccessibleName(f"{name} {price}")
        self.clicked.connect(slot)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 3, 4, 3)       # inside the key's border and padding (till.qss)
        column.setSpacing(0)
        self.name = FittingLabel(name)
        self.name.setObjectName("quickKeyName")
        self.price = QLabel(price)
        self.price.setObjectName("quickKeyPrice")
        for label in (self.name, self.price):
            label.setAlignment(Qt.AlignCenter)
            label.setAttribute(Qt.WA_TransparentForMouseEvents)
            label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
            column.addWidget(label)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Minimum)


class FittingLabel(QLabel):
    """A wrapping label whose font steps down (to 9 px at the least) while one of its words is
    wider than the label: "Akvarievannbehandler" on a narrow quick key, whole."""

    SMALLEST_PX = 9

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self._px = 0

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        from PySide6.QtGui import QFont, QFontMetrics
        room = self.contentsRect().width()
        base = self.parentWidget().font() if self.parentWidget() is not None else self.font()
        px = base.pixelSize() if base.pixelSize() > 0 else 13
        font = QFont(base)
        while px > self.SMALLEST_PX:
            font.setPixelSize(px)
            if max(QFontMetrics(font).horizontalAdvance(w) for w in self.text().split() or [""]) <= room:
                break
            px -= 1
        if px != self._px:
            self._px = px
            self.setStyleSheet(f"font-size: {px}px;")


def vertical_scroll(page: QWidget, area: QScrollArea | None = None) -> QScrollArea:
    """``page`` in a scroll area (a new one, or ``area``) that scrolls down only: its width
    follows the area's, so the cashier never scrolls sideways (what does not fit wraps); a
    finger drags it."""
    area = area if area is not None else QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    area.setWidget(page)
    QScroller.grabGesture(area.viewport(), QScroller.TouchGesture)
    return area


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
