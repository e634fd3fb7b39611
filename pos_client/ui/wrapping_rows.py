"""Rows of a list or tree that wrap to the width they have instead of ending in "…".

Qt's views ask a delegate for a row's height with no width to go by (a tree
passes -1), so a word-wrapped row stays one line tall and its text is cut.
``WrappingRows(view)`` answers with the row's real width: the column's (or the
whole row's, for a row spanning all columns) less the tree's indentation, and
lays the rows out again when the view or a column changes width.  Used for the
basket (benefits and "why not" lines), the coupon list and the points shop.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappingRows(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.setItemDelegate(self)
        view.setWordWrap(True)
        view.setTextElideMode(Qt.ElideNone)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        if isinstance(view, QListView):
            view.setResizeMode(QListView.Adjust)
            view.setUniformItemSizes(False)
        if isinstance(view, QTreeView):
            view.setUniformRowHeights(False)
            view.header().sectionResized.connect(lambda *_: self.relayout())
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.timeout.connect(view.doItemsLayout)
        self._width = -1
        view.viewport().installEventFilter(self)

    def relayout(self) -> None:
        self._pending.start(0)               # once, after every resize of this turn

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Resize and watched.width() != self._width:
            self._width = watched.width()
            self.relayout()
        return False

    def sizeHint(self, option, index) -> "QSize":  # noqa: N802, F821 (Qt API)
        sized = QStyleOptionViewItem(option)
        # A valid rect (Qt's style wraps only within one) as wide as the row's text will be.
        sized.rect = QRect(0, 0, max(self.width_for(index), 1), max(option.rect.height(), 1))
        return super().sizeHint(sized, index)

    def width_for(self, index: QModelIndex) -> int:
        """The room ``index``'s text has on screen, as the view will lay it out."""
        view = self.view
        width = view.viewport().width()
        if not isinstance(view, QTreeView):
            return width
        spanned = view.isFirstColumnSpanned(index.row(), index.parent())
        if not spanned:
            width = view.header().sectionSize(index.column())
        if index.column() == 0 or spanned:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
        return width
