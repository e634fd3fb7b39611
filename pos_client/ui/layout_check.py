"""Test hook: what of a window the cashier cannot read whole (issue 17).

``problems(top)`` walks every visible widget of a window (the till's, or an
open dialog) as the window system placed it and says, in one dict per
problem, where a cashier would see less than the widget holds:

- ``outside parent`` / ``outside window`` / ``off screen``: a widget that
  lies (partly) outside its parent, the window, or the window outside the
  screen — the layout ran out of room and clipped it;
- ``text cut``: a label, button, check box, combo box or placeholder whose
  text needs more room than it got (word wrap taken into account: a wrapped
  label must be tall enough for all its lines, and its longest word must fit
  its width);
- ``elided``: a list, tree or table row whose text is shortened with "…";
- ``horizontal scroll bar``: the cashier would have to scroll sideways.

Widgets in a scroll area are judged against the area's viewport sideways
only (scrolling down is allowed, sideways is not).  A widget may opt out with
the dynamic property ``elide_ok`` (a path or id where the end is not needed).
Only the real-window tests call this (through ``probe.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, Qt, QTextDocument, QTextOption   # (QtGui's Qt has mightBeRichText)
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractScrollArea, QCheckBox, QComboBox, QLabel, QLineEdit,
    QPushButton, QRadioButton, QStyle, QStyleOptionButton, QStyleOptionFrame, QStyleOptionViewItem, QTableView, QTreeView, QWidget,
)

SLACK = 1                 # px: rounding in Qt's own size hints


def problems(top: QWidget) -> list[dict]:
    out: list[dict] = []
    screen = QWidget.screen(top).geometry()      # (the till window's own .screen is its snapshot)
    frame = top.frameGeometry()
    if not screen.contains(frame):
        out.append(_problem(top, "off screen", top.windowTitle(),
                            f"window {_rect(frame)} on a {screen.width()}x{screen.height()} screen"))
    # (QWidget.window: pages keep their till window in an attribute of that name)
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or (widget is not top and QWidget.window(widget) is not top):
            continue
        if widget is not top:
            out += _placement(top, widget)
        out += _text(widget)
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            out.append(_problem(widget, "horizontal scroll bar", "", _rect(_in(top, widget))))
        if isinstance(widget, QAbstractItemView):
            out += _rows(widget)
    return out


# -- where it lies -----------------------------------------------------------------
def _in(top: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def _scroll_viewport(widget: QWidget) -> QWidget | None:
    """The viewport of the scroll area ``widget`` scrolls in (None outside one)."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return parent
        parent = parent.parentWidget()
    return None


def _placement(top: QWidget, widget: QWidget) -> list[dict]:
    out = []
    parent = widget.parentWidget()
    viewport = _scroll_viewport(widget)
    geometry = widget.geometry()
    if parent is not None and viewport is not parent and not parent.rect().contains(geometry):
        if not (widget.width() <= 0 or widget.height() <= 0):
            out.append(_problem(widget, "outside parent", _text_of(widget),
                                f"{_rect(geometry)} in {_name(parent)} {parent.width()}x{parent.height()}"))
    if viewport is not None:                        # sideways only: scrolling down is allowed
        left = widget.mapTo(viewport, QPoint(0, 0)).x()
        if left < 0 or left + widget.width() > viewport.width() + SLACK:
            out.append(_problem(widget, "outside window", _text_of(widget),
                                f"x {left}..{left + widget.width()} in a viewport {viewport.width()} wide"))
    elif not top.rect().contains(_in(top, widget)):
        out.append(_problem(widget, "outside window", _text_of(widget),
                            f"{_rect(_in(top, widget))} in {top.width()}x{top.height()}"))
    return out


# -- whether its text fits -------------------------------------------------------------
def _text(widget: QWidget) -> list[dict]:
    text = _text_of(widget)
    if isinstance(widget, QLabel) and widget.textFormat() != Qt.PlainText and Qt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        text = _plain(doc)
    missing = missing_glyphs(text, widget.font())
    out = [_problem(widget, "missing glyph", text, f"no font here draws {missing!r} (a box on screen)")] if missing else []
    if widget.property("elide_ok"):
        return out
    if isinstance(widget, QLabel):
        return out + _label(widget)
    return out + _fits(widget)


_DRAWN: dict[str, bool] = {}


def missing_glyphs(text: str, font) -> str:
    """The characters of ``text`` that neither ``font`` nor any installed font can draw."""
    import unicodedata
    metrics = QFontMetrics(font)
    missing = ""
    for ch in sorted(set(text)):
        if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") or metrics.inFontUcs4(ord(ch)):
            continue
        if ch not in _DRAWN:
            _DRAWN[ch] = any(QFontMetrics(QFont(family)).inFontUcs4(ord(ch)) for family in QFontDatabase.families())
        if not _DRAWN[ch]:
            missing += ch
    return missing


def _fits(widget: QWidget) -> list[dict]:
    if isinstance(widget, QAbstractButton) and widget.text():
        return _button(widget)
    if isinstance(widget, QComboBox) and widget.currentText():
        hint, size = widget.sizeHint(), widget.size()
        if hint.width() > size.width() + SLACK:
            return [_problem(widget, "text cut", widget.currentText(), f"needs {hint.width()} px, has {size.width()}")]
    if isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
        opt = QStyleOptionFrame()
        widget.initStyleOption(opt)
        room = widget.style().subElementRect(QStyle.SE_LineEditContents, opt, widget)
        margins = widget.textMargins()
        room = room.width() - margins.left() - margins.right() - 4     # QLineEdit's own 2 px each side
        needed = QFontMetrics(widget.font()).horizontalAdvance(widget.placeholderText())
        if needed > room + SLACK:
            return [_problem(widget, "text cut", widget.placeholderText(), f"needs {needed} px, has {room}")]
    return []


def _button(button: QAbstractButton) -> list[dict]:
    """The text against the room the style draws it in: a push button's contents rect (inside
    its border and padding: the label is clipped there), a check box's after the box."""
    fm = QFontMetrics(button.font())
    lines = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&").split("\n")
    need_w = max(fm.horizontalAdvance(line) for line in lines) + (button.iconSize().width() + 4
                                                                  if not button.icon().isNull() else 0)
    need_h = fm.height() * len(lines)
    if isinstance(button, (QCheckBox, QRadioButton)):
        opt = QStyleOptionButton()
        button.initStyleOption(opt)
        element = QStyle.SE_CheckBoxContents if isinstance(button, QCheckBox) else QStyle.SE_RadioButtonContents
        start = button.style().subElementRect(element, opt, button).left()
        room_w, room_h = button.width() - start, button.height()
    elif isinstance(button, QPushButton):
        opt = QStyleOptionButton()
        button.initStyleOption(opt)
        room = button.style().subElementRect(QStyle.SE_PushButtonContents, opt, button)
        room_w, room_h = room.width(), button.height() - 2
    else:
        room_w, room_h = button.width() - 4, button.height() - 2
    if need_w > room_w + SLACK or need_h > room_h + SLACK:
        return [_problem(button, "text cut", button.text(), f"needs {need_w}x{need_h}, has {room_w}x{room_h}")]
    return []


def _label(label: QLabel) -> list[dict]:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return []
    room = label.contentsRect()
    indent = max(label.margin(), 0) * 2
    width, height = room.width() - indent, room.height() - indent
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    rich = label.textFormat() == Qt.RichText or (label.textFormat() == Qt.AutoText and Qt.mightBeRichText(text))
    if rich:
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    option = QTextOption(doc.defaultTextOption())
    option.setWrapMode(QTextOption.WordWrap if label.wordWrap() else QTextOption.NoWrap)
    doc.setDefaultTextOption(option)
    doc.setTextWidth(width if label.wordWrap() else -1)
    need_w, need_h = doc.idealWidth(), doc.size().height()
    if need_w > width + SLACK or need_h > height + SLACK + 1:
        return [_problem(label, "text cut", _plain(doc), f"needs {need_w:.0f}x{need_h:.0f}, "
                                                         f"has {width}x{height}")]
    return []


def _rows(view: QAbstractItemView) -> list[dict]:
    """Each visible row's text against the room its cell has; a wrapping view may grow rows."""
    out = []
    model = view.model()
    if model is None:
        return out
    viewport = view.viewport().rect()
    delegate = view.itemDelegate()
    if isinstance(view, QTreeView):
        columns = view.header().count()
    elif isinstance(view, QTableView):
        columns = view.horizontalHeader().count()
    else:
        columns = 1               # a list (its model's columnCount is not public in PySide)

    def walk(parent: QModelIndex):
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                rect = view.visualRect(index)
                text = index.data(Qt.DisplayRole)
                if text and rect.isValid() and rect.intersects(viewport) and rect.width() > 0:
                    option = QStyleOptionViewItem()
                    view.initViewItemOption(option)
                    option.rect = QRect(0, 0, rect.width(), rect.height())
                    needed = delegate.sizeHint(option, index)
                    missing = missing_glyphs(str(text), option.font)
                    if missing:
                        out.append(_problem(view, "missing glyph", str(text), f"row {row}: no font draws {missing!r}"))
                    wraps = view.wordWrap()
                    if isinstance(view, QTreeView) and view.isFirstColumnSpanned(row, parent):
                        if column:
                            continue
                    if wraps:
                        words = max((QFontMetrics(option.font).horizontalAdvance(w) for w in str(text).split()),
                                    default=0)
                        cut = needed.height() > rect.height() + SLACK or words > rect.width()
                    else:
                        cut = needed.width() > rect.width() + SLACK
                    if cut and not view.property("elide_ok"):
                        kind = "elided" if view.textElideMode() != Qt.ElideNone and not wraps else "text cut"
                        out.append(_problem(view, kind, str(text),
                                            f"row {row} column {column}: needs {needed.width()}x"
                                            f"{needed.height()}, has {rect.width()}x{rect.height()}"))
            first = model.index(row, 0, parent)
            if isinstance(view, QTreeView) and view.isExpanded(first) and model.rowCount(first):
                walk(first)
    walk(QModelIndex())
    return out


# -- naming what was found -------------------------------------------------------------
def _text_of(widget: QWidget) -> str:
    if isinstance(widget, (QAbstractButton, QLabel)):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    return ""


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName()}" if widget.objectName() else type(widget).__name__


def _path(widget: QWidget) -> str:
    """The widget and its nearest named ancestors: enough to find it in the code."""
    parts, w = [_name(widget)], widget.parentWidget()
    while w is not None and len(parts) < 3:
        if w.objectName() and not w.objectName().startswith("qt_"):
            parts.append(_name(w))
        w = w.parentWidget()
    return " < ".join(parts)


def _plain(doc: QTextDocument) -> str:
    return doc.toPlainText().replace("\u2029", " ").replace("\n", " ")


def _rect(r: QRect) -> str:
    return f"{r.width()}x{r.height()}+{r.x()}+{r.y()}"


def _problem(widget: QWidget, problem: str, text: str, detail: str) -> dict:
    return {"widget": _path(widget), "problem": problem, "text": text, "detail": detail}


def unreadable(top: QWidget, screen_image) -> list[dict]:
    """Labels whose text the screen does not show: in the real screenshot, the label's pixels
    have (almost) one brightness — white on white, or a colour rule gone wrong."""
    from PySide6.QtGui import QImage
    gray = screen_image.convertToFormat(QImage.Format_Grayscale8)
    out = []
    for label in [top, *top.findChildren(QLabel)]:
        if not isinstance(label, QLabel) or not label.isVisible() or QWidget.window(label) is not top:
            continue
        if not label.text().strip() or label.width() < 4 or label.height() < 4:
            continue
        at = label.mapToGlobal(QPoint(0, 0))
        # Inside its edges: a neighbour's border there is no text.
        rect = QRect(at, label.size()).adjusted(INSET, INSET, -INSET, -INSET).intersected(gray.rect())
        if rect.isEmpty():
            continue
        crop = gray.copy(rect)
        data = bytes(crop.constBits())
        per_line = crop.bytesPerLine()
        low, high = 255, 0
        for y in range(crop.height()):
            row = data[y * per_line: y * per_line + crop.width()]
            low, high = min(low, min(row)), max(high, max(row))
        if high - low < CONTRAST:
            out.append(_problem(label, "text not visible", _text_of(label),
                                f"brightness {low}..{high} on screen at {_rect(rect)}"))
    return out


INSET = 2                # px
CONTRAST = 60            # grey levels between the darkest and lightest pixel of a label with text
