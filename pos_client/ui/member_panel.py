"""The member panel: who is on the sale, a pick list when a search found several,
and the member's coupons and free punch-card units to tap on or off.

A busy member (long name, two punch cards, many coupons) never makes the window
taller than the screen: the panel scrolls down, and coupon rows wrap."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..domain.money import format_amount
from .widgets import on_enter, vertical_scroll
from .wrapping_rows import WrappingRows

REWARD_ROLE = Qt.UserRole + 1       # a coupon-list row that is a punch card's free unit


class MemberPanel(QWidget):
    picked = Signal(str)             # a member id tapped in the pick list
    coupon_tapped = Signal(str)      # a coupon id: use it, or not
    reward_tapped = Signal(str)      # a punch card id: its free units now, or saved for next time

    def __init__(self, currency: str) -> None:
        super().__init__()
        self.currency = currency
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("No member on this sale"))
        self.label.setObjectName("memberPanel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.RichText)
        self.label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.scroll = vertical_scroll(self.label)
        layout.addWidget(self.scroll, 3)
        self.matches = QListWidget()
        WrappingRows(self.matches)
        self.matches.itemClicked.connect(self.pick)
        on_enter(self.matches, lambda: self.matches.currentItem() and self.pick(self.matches.currentItem()))
        self.matches.hide()
        layout.addWidget(self.matches)
        self.coupons = QListWidget()
        self.coupons.setToolTip(self.tr("Tap a coupon to use it; tap again to save it for next time (F3, Enter)"))
        self.coupons.itemClicked.connect(self.tap)
        on_enter(self.coupons, lambda: self.coupons.currentItem() and self.tap(self.coupons.currentItem()))
        WrappingRows(self.coupons)                   # a long coupon name wraps, never "…"
        layout.addWidget(self.coupons, 2)

    # -- input -----------------------------------------------------------------------
    def pick(self, item: QListWidgetItem) -> None:
        self.matches.hide()
        self.picked.emit(item.data(Qt.UserRole))

    def tap(self, item: QListWidgetItem) -> None:
        card_id = item.data(REWARD_ROLE)
        if card_id:
            self.reward_tapped.emit(card_id)
        else:
            self.coupon_tapped.emit(item.data(Qt.UserRole))

    def focus_coupons(self) -> None:
        if self.coupons.count():
            self.coupons.setFocus()
            self.coupons.setCurrentRow(max(self.coupons.currentRow(), 0))

    # -- drawing ---------------------------------------------------------------------
    def show_choices(self, choices) -> None:
        """Several members matched: (member id, label) rows to pick from; none hides the list."""
        self.matches.clear()
        for member_id, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.UserRole, member_id)
            self.matches.addItem(item)
        self.matches.setVisible(bool(choices))

    def show_member(self, view: dict | None, applied, rewards, money, extra_lines: list[str]) -> None:
        """``view`` is ``Terminal.member_view``; ``extra_lines`` the reward mechanics' lines."""
        self.coupons.clear()
        if view is None:
            self.label.setText(self.tr("No member on this sale"))
        else:
            tier_label, points_label = self.tr("Tier"), self.tr("Points")
            # In words, not an emoji: the till's fonts have no cake (it drew a box).
            birthday = (" <span style='background:#ffe08a'>&nbsp;" + self.tr("Birthday this week") + "&nbsp;</span>"
                        if view["birthday_week"] else "")
            lines = [f"<b>{view['name'] or view['phone_masked']}</b>{birthday}",
                     f"{view['phone_masked']} {view['email_masked']}",
                     f"{tier_label}: {view['tier']}"]
            if view["next_tier"]:
                lines.append(self.tr("%1 to %2").replace("%1", money(view["to_next_tier"])).replace("%2", view["next_tier"]))
            lines.append(f"{points_label}: {view['points']}")
            lines += extra_lines
            for name, stamps, required in view["punch_cards"]:
                # The stamps on their own line, the words under them: fits a narrow panel.
                row, caption = self.punch_card_text(stamps, required)
                lines.append(f"{name}: <span style='letter-spacing:1px'>{row}</span>")
                lines.append(f"<small>{caption}</small>")
            self.label.setText("<br>".join(lines))
            for c in view["coupons"]:
                item = QListWidgetItem(("✔ " if c.id in applied else "") + f"{c.name} ({self.coupon_value(c)})")
                item.setData(Qt.UserRole, c.id)
                self.coupons.addItem(item)
            for card_id, name, free, saved in rewards:
                # Like a coupon: on (✔) by default, a tap saves it for next time.
                text = self.tr("%1: %2 free").replace("%1", name).replace("%2", str(free))
                if saved:
                    text += " – " + self.tr("saved for next time")
                item = QListWidgetItem(("" if saved else "✔ ") + text)
                item.setData(REWARD_ROLE, card_id)
                self.coupons.addItem(item)
        self.coupons.setVisible(self.coupons.count() > 0)     # its room goes to the member panel

    def punch_card_text(self, stamps: int, required: int) -> tuple[str, str]:
        """The stamp row and its caption: ●●●●●○○★ "5 of 8 – next free in 3".

        ``required`` units make a card, the last one free: ``required - 1`` paid
        stamps earn it.  More than that means free units saved for later."""
        paid_per_free = max(required - 1, 1)
        free_now = stamps // paid_per_free
        shown = min(stamps, paid_per_free)
        row = "●" * shown + "○" * (paid_per_free - shown) + "★"
        if stamps <= paid_per_free:              # the usual card: the free one is ahead
            caption = self.tr("%1 of %2 – next free in %3").replace("%1", str(stamps)).replace(
                "%2", str(required)).replace("%3", str(required - stamps))
        else:
            caption = self.tr("%1 free waiting – %2 of %3 on the next card").replace(
                "%1", str(free_now)).replace("%2", str(stamps - free_now * paid_per_free)).replace("%3", str(required))
        return row, caption

    def coupon_value(self, coupon) -> str:
        """What a coupon is worth, for its row: 100 kr, 10 %, or the free item (every kind the program allows)."""
        if coupon.kind == "free_sku":
            return self.tr("free item")
        if coupon.percent is not None:
            return f"{coupon.percent:g}\u00a0%"
        return format_amount(coupon.amount or 0, self.currency).replace(" ", "\u00a0")
