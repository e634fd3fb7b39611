"""The enrolment page: phone, name, birthday, e-mail and the consents.

While it is open it has the quick keys' room too (the window), so it fits a
1024x768 till whole; the consents and the terms wrap, never cut.  It scrolls
down (never sideways) when the on-screen letters take the lower half of the
screen; the field being typed in is kept in view (``keep_in_view``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLineEdit, QScrollArea, QWidget,
)

from .widgets import on_enter, touch_button, vertical_scroll, wrapping_check_box, wrapping_label


class EnrolmentPage(QScrollArea):
    """``extras`` adds the reward mechanics' "Referred by" row (rewards_panel.RewardsHooks)."""

    submitted = Signal()             # Enrol, or Enter in the form
    cancelled = Signal()

    def __init__(self, extras) -> None:
        super().__init__()
        page = QWidget()
        on_enter(page, self.submitted.emit)
        form = QFormLayout(page)
        self.phone = QLineEdit()
        self.name = QLineEdit()
        self.name.setProperty("capitalize", True)
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        self.email = QLineEdit()
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Birthday"), self.birthday)
        form.addRow(self.tr("E-mail"), self.email)
        boxes = []
        for name, text in (("consentLoyalty", self.tr("I want to join the loyalty program (required)")),
                           ("consentSms", self.tr("Offers by SMS")), ("consentEmail", self.tr("Offers by e-mail"))):
            row_widget, box = wrapping_check_box(text)
            box.setObjectName(name)
            form.addRow(row_widget)
            boxes.append(box)
        self.consent_loyalty, self.consent_sms, self.consent_email = boxes
        self.terms = wrapping_label(self.tr("Your purchases earn points and benefits. We keep your name, phone "
                                            "and purchases for the membership; you can leave and be forgotten at "
                                            "any time."))
        self.terms.setObjectName("enrolTerms")
        form.addRow(self.terms)
        row = QHBoxLayout()
        enrol = touch_button(self.tr("Enrol"), self.submitted.emit)
        enrol.setObjectName("enrolSubmit")
        cancel = touch_button(self.tr("Cancel"), self.cancelled.emit)
        cancel.setObjectName("enrolCancel")
        row.addWidget(enrol)
        row.addWidget(cancel)
        extras.enrolment_row(form, row)   # refer a friend: a field behind a button
        form.addRow(row)
        vertical_scroll(page, self)

    def fields(self) -> list[QLineEdit]:
        """In the order OK on the keypad moves through them."""
        return [self.phone, self.name, self.birthday, self.email]

    def values(self) -> dict:
        consents = [name for name, box in (("loyalty", self.consent_loyalty), ("sms", self.consent_sms),
                                           ("email", self.consent_email)) if box.isChecked()]
        return {"phone": self.phone.text(), "name": self.name.text(), "email": self.email.text(),
                "birthday": self.birthday.text().strip() or None, "consents": consents}

    def clear(self) -> None:
        for w in self.fields():
            w.clear()
        for box in (self.consent_loyalty, self.consent_sms, self.consent_email):
            box.setChecked(False)

    def keep_in_view(self, field: QLineEdit) -> None:
        if self.isAncestorOf(field):
            self.ensureWidgetVisible(field)
