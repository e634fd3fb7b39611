"""The reward mechanics in the window (issue 15): perks, keep-your-tier and
referral news on the member panel, why a benefit did not apply under the
basket line, the points shop (exchange points for a coupon, give a coupon to
a friend), visit points, and "referred by" at enrolment.

The window calls these hooks and passes in what they need: the counter
(``pos_client.counter``), whose methods run on the jobs thread through
``run(action, after)``, after which the screen is redrawn from its snapshot.
What to tell the cashier comes back by the ``said`` signal (text, kind).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from .widgets import touch_button, wrapping_label
from .wrapping_rows import WrappingRows

REWARD_ID = Qt.UserRole + 7


def reason_text(note) -> str:
    """A ``domain.stacking.NotApplied`` in the GUI's language."""
    if note.why == "not_with":
        return QCoreApplication.translate("Rewards", "%1: not with %2").replace("%1", note.name).replace("%2", note.other)
    if note.why == "used_this_period":
        return QCoreApplication.translate("Rewards", "%1: once per period, already used").replace("%1", note.name)
    return QCoreApplication.translate("Rewards", "%1: given as coupons").replace("%1", note.name)


class RewardsHooks(QObject):
    """``parent``: the window (the points shop opens over it); ``counter``: the sale's
    owner; ``run(action, after)``: runs ``action`` on the jobs thread, redraws, then ``after``."""

    said = Signal(str, str)          # (text, kind) for the window's message line
    printed = Signal()               # a coupon went to the printer queue
    refresh_wanted = Signal()        # the points shop fills from the next snapshot

    def __init__(self, parent: QWidget, counter, run) -> None:
        super().__init__(parent)
        self.parent_widget, self.counter, self.run = parent, counter, run
        self.referrer: QLineEdit | None = None
        self.dialog: PointsShop | None = None

    # -- member panel --------------------------------------------------------------
    def add_buttons(self, layout) -> None:
        row = QHBoxLayout()
        self.shop_button = touch_button(QCoreApplication.translate("Rewards", "Points shop"), self.open_shop)
        self.visit_button = touch_button(QCoreApplication.translate("Rewards", "Visit points"), self.visit)
        self.shop_button.setObjectName("pointsShop")
        self.visit_button.setObjectName("visitPoints")
        for b in (self.shop_button, self.visit_button):
            b.setVisible(False)
            row.addWidget(b)
        layout.addLayout(row)

    def member_lines(self, view: dict | None, money, basket_empty: bool) -> list[str]:
        has_member = view is not None
        self.shop_button.setVisible(has_member and bool(view.get("rewards") or view.get("giftable")))
        # Visit points are for showing the card without buying: only beside an empty basket.
        self.visit_button.setVisible(has_member and bool(view.get("visit_points")) and basket_empty)
        if has_member and view.get("visit_points"):
            self.visit_button.setText(QCoreApplication.translate("Rewards", "Visit: +%1 points").replace("%1", str(view["visit_points"])))
        if self.dialog is not None and self.dialog.isVisible() and has_member:
            self.dialog.fill(view, money)
        if not has_member:
            return []
        lines = []
        if view.get("perks"):
            lines.append(QCoreApplication.translate("Rewards", "Perks: %1").replace("%1", ", ".join(view["perks"])))
        keep = view.get("keep_tier")
        if keep:
            by = date.fromisoformat(keep["by"]).strftime("%d.%m")
            lines.append("<b>" + QCoreApplication.translate("Rewards", "Spend %1 before %2 to keep %3").replace("%1", money(keep["spend_needed"]))
                         .replace("%2", by).replace("%3", keep["tier"]) + "</b>")
        if view.get("referral_news"):
            lines.append(QCoreApplication.translate("Rewards", "%1 friend(s) you referred made their first purchase")
                         .replace("%1", str(view["referral_news"])))
        return lines

    # -- basket --------------------------------------------------------------------
    def line_notes(self, item: QTreeWidgetItem, line) -> None:
        for note in line.not_applied:
            text = reason_text(note)
            child = QTreeWidgetItem([f"  ({text})", "", ""])
            child.setToolTip(0, text)                # (the basket wraps it: WrappingRows)
            child.setDisabled(True)
            item.addChild(child)

    def sale_notes(self, basket, settlement) -> None:
        for note in settlement.notes:
            item = QTreeWidgetItem([f"({reason_text(note)})", "", ""])
            item.setDisabled(True)
            basket.addTopLevelItem(item)

    # -- enrolment -----------------------------------------------------------------
    def enrolment_row(self, form, buttons) -> None:
        """'Referred by' as a button beside Enrol; tapped, the field opens above the buttons
        (the form keeps its height on a 1024x768 till with the letters open)."""
        self.referrer = QLineEdit()
        self.referrer.setPlaceholderText(
            QCoreApplication.translate("Rewards", "Phone or scan the friend's card (optional)"))
        form.addRow(QCoreApplication.translate("Rewards", "Referred by"), self.referrer)
        self._form = form
        form.setRowVisible(self.referrer, False)
        self.referrer_button = touch_button(QCoreApplication.translate("Rewards", "Referred by"), self.show_referrer)
        buttons.addWidget(self.referrer_button)

    def show_referrer(self) -> None:
        self._form.setRowVisible(self.referrer, True)
        self.referrer_button.setVisible(False)
        self.referrer.setFocus()

    def take_scan(self, text: str) -> bool:
        """A member card scanned while "Referred by" is open fills it (not a look-up)."""
        if self.referrer is None or not self.referrer.isVisibleTo(self.parent_widget) or not text.upper().startswith("TLM"):
            return False
        self.referrer.setText(text.strip())
        return True

    def referred_by(self) -> str | None:
        return (self.referrer.text().strip() or None) if self.referrer is not None else None

    def clear_enrolment(self) -> None:
        if self.referrer is not None:
            self.referrer.clear()
            self._form.setRowVisible(self.referrer, False)
            self.referrer_button.setVisible(True)

    # -- actions -------------------------------------------------------------------
    def visit(self) -> None:
        self.run(self.counter.visit, lambda m: self.said.emit(
            QCoreApplication.translate("Rewards", "%1 now has %2 points").replace("%1", m.name or m.phone)
            .replace("%2", str(m.points)), "success"))

    def open_shop(self) -> None:
        self.dialog = PointsShop(self)
        # The keyboard back to the till when it closes: with no window manager (a kiosk till)
        # nobody else gives it back, and F2/F4/F12 would stop working.
        self.dialog.finished.connect(lambda _: self.parent_widget.activateWindow())
        self.refresh_wanted.emit()       # fills it from the next snapshot
        self.dialog.open()

    def exchange(self, reward_id: str) -> None:
        def done(coupon):
            self.said.emit(QCoreApplication.translate("Rewards", "%1: printed, usable now").replace("%1", coupon.name),
                           "success")
            self.printed.emit()
        self.run(lambda: self.counter.exchange(reward_id), done)

    def give(self, coupon_id: str, phone: str) -> None:
        def done(out):
            moved, friend = out
            self.said.emit(QCoreApplication.translate("Rewards", "%1 given to %2").replace("%1", moved.name)
                           .replace("%2", friend.name or friend.phone), "success")
        self.run(lambda: self.counter.give(coupon_id, phone), done)


class PointsShop(QDialog):
    """Exchange points for a coupon, or give a transferable coupon to a friend."""

    def __init__(self, hooks: RewardsHooks) -> None:
        super().__init__(hooks.parent_widget)
        self.hooks = hooks
        self.setWindowTitle(QCoreApplication.translate("Rewards", "Points shop"))
        layout = QVBoxLayout(self)
        self.points = wrapping_label()
        layout.addWidget(self.points)
        self.rewards = QListWidget()
        WrappingRows(self.rewards)                   # a long reward name wraps, never "…"
        self.rewards.itemClicked.connect(self._exchange)
        layout.addWidget(wrapping_label(QCoreApplication.translate("Rewards", "Tap a reward to exchange points for it")))
        layout.addWidget(self.rewards)
        layout.addWidget(wrapping_label(QCoreApplication.translate("Rewards", "Give a coupon to another member")))
        self.giftable = QListWidget()
        WrappingRows(self.giftable)
        layout.addWidget(self.giftable)
        row = QHBoxLayout()
        self.friend = QLineEdit()
        self.friend.setPlaceholderText(QCoreApplication.translate("Rewards", "The friend's phone"))
        row.addWidget(self.friend)
        self.give_button = touch_button(QCoreApplication.translate("Rewards", "Give"), self._give)
        row.addWidget(self.give_button)
        layout.addLayout(row)
        layout.addWidget(touch_button(QCoreApplication.translate("Rewards", "Close"), self.accept))

    def fill(self, view: dict, money) -> None:
        self.points.setText(QCoreApplication.translate("Rewards", "Points: %1").replace("%1", str(view["points"])))
        self.rewards.clear()
        for reward_id, name, cost, affordable in view.get("rewards", ()):
            item = QListWidgetItem(QCoreApplication.translate("Rewards", "%1 – %2 points").replace("%1", name).replace("%2", str(cost)))
            item.setData(REWARD_ID, reward_id)
            if not affordable:
                item.setFlags(item.flags() & ~Qt.ItemIsEnabled)
            self.rewards.addItem(item)
        self.giftable.clear()
        for c in view.get("giftable", ()):
            value = money(c.amount) if c.amount is not None else (f"{c.percent:g} %" if c.percent else c.free_sku or "")
            item = QListWidgetItem(f"{c.name} ({value})")
            item.setData(REWARD_ID, c.id)
            self.giftable.addItem(item)

    def _exchange(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemIsEnabled:
            self.hooks.exchange(item.data(REWARD_ID))

    def _give(self) -> None:
        item = self.giftable.currentItem()
        if item is not None and self.friend.text().strip():
            self.hooks.give(item.data(REWARD_ID), self.friend.text().strip())
            self.friend.clear()
