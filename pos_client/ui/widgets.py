"""Small widget helpers shared by the till's pages."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPushButton, QStackedWidget

MIN_TOUCH_PX = 48          # a finger-size target (the cash and card keys are taller still)


def touch_button(text: str, slot) -> QPushButton:
    button = QPushButton(text)
    button.setMinimumHeight(MIN_TOUCH_PX)
    button.clicked.connect(slot)
    return button


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
