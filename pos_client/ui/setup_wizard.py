"""First-run setup: language, name, HQ pairing, printer, scanner, manager PIN.

Shown when the shop chooses "Set up this till" (from demo mode or Settings).
Every check that touches the network, a printer or the disk runs on the
wizard's own jobs thread; the page shows the answer in one plain line.  The
config is written only at the end, atomically, so a setup abandoned halfway
leaves the till as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QRadioButton, QWizard, QWizardPage,
)

from .. import setup
from ..config import default_config_path
from .error_text import translated
from .jobs import Jobs
from .settings_page import LANGUAGE_NAMES
from .widgets import ScannerTestField, touch_button, wrapping_label


class SetupWizard(QWizard):
    def __init__(self, parent=None, config_path: Path | None = None, data_dir: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up this till"))
        self.setWizardStyle(QWizard.ClassicStyle)
        for button, text in ((QWizard.BackButton, self.tr("< Back")), (QWizard.NextButton, self.tr("Next >")),
                             (QWizard.FinishButton, self.tr("Finish")), (QWizard.CancelButton, self.tr("Cancel"))):
            self.setButtonText(button, text)
        self.button(QWizard.NextButton).setObjectName("wizardNext")
        self.config_path = Path(config_path or default_config_path())
        self.data_dir = data_dir
        self.saved_path: Path | None = None
        self.paired = False
        self.jobs = Jobs()
        self.addPage(self._shop_page())
        self.addPage(self._hq_page())
        self.addPage(self._printer_page())
        self.addPage(self._scanner_page())
        self.addPage(self._pin_page())
        self.resize(760, 560)

    # -- pages --------------------------------------------------------------
    def _page(self, title: str) -> tuple[QWizardPage, QFormLayout]:
        page = QWizardPage()
        page.setTitle(title)
        return page, QFormLayout(page)


    def _shop_page(self) -> QWizardPage:
        page, form = self._page(self.tr("This till"))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        form.addRow(self.tr("Language"), self.language)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Oslo Storgata kasse 2"))
        form.addRow(self.tr("Till name"), self.name)
        self.country = QComboBox()
        for code in ("NO", "SE", "DK", "FI"):
            self.country.addItem(code, code)
        form.addRow(self.tr("Country (phone numbers)"), self.country)
        # The shop's legal identity (DESIGN §8): the till sells only with a valid organisation number.
        self.shop_name, self.shop_address, self.org_number = QLineEdit(), QLineEdit(), QLineEdit()
        self.org_number.setPlaceholderText("999 999 999")
        form.addRow(self.tr("Shop's legal name"), self.shop_name)
        form.addRow(self.tr("Shop's address"), self.shop_address)
        form.addRow(self.tr("Organisation number"), self.org_number)
        self.shop_result = wrapping_label()
        form.addRow(self.shop_result)
        return page

    def _hq_page(self) -> QWizardPage:
        page, form = self._page(self.tr("Headquarters"))
        self.standalone = QRadioButton(self.tr("Standalone shop (no HQ)"))
        self.with_hq = QRadioButton(self.tr("Connect to HQ"))
        self.standalone.setObjectName("standalone")
        self.with_hq.setChecked(True)
        form.addRow(self.with_hq)
        self.hq_url = QLineEdit()
        self.hq_url.setPlaceholderText("https://hq.example.com")
        form.addRow(self.tr("HQ address"), self.hq_url)
        self.pair_code = QLineEdit()
        form.addRow(self.tr("Pairing code"), self.pair_code)
        from .wedge import RAW_INPUT
        for field, name in ((self.hq_url, "hqUrl"), (self.pair_code, "pairCode")):
            field.setObjectName(name)
            field.setProperty(RAW_INPUT, True)     # a scan of HQ's pairing QR code is typed here, not a lookup
            field.returnPressed.connect(lambda f=field: self._pairing_scanned(f.text()))
        form.addRow(touch_button(self.tr("Connect"), self.connect_hq))
        self.hq_result = QLabel()
        self.hq_result.setWordWrap(True)
        form.addRow(self.hq_result)
        form.addRow(self.standalone)
        self.starter = QCheckBox(self.tr("Start with the demo program and catalogue"))
        self.starter.setChecked(True)
        form.addRow(self.starter)
        return page

    def _printer_page(self) -> QWizardPage:
        page, form = self._page(self.tr("Receipt printer"))
        self.printer = QComboBox()
        self.printer.setEditable(True)            # a network printer: tcp://address:9100
        self.printer.addItem(self.tr("Preview only (no printer)"), "preview:")
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(touch_button(self.tr("Look for printers"), self.detect))
        self.width = QComboBox()
        self.width.addItem("80 mm", 80)
        self.width.addItem("58 mm", 58)
        form.addRow(self.tr("Paper width"), self.width)
        form.addRow(touch_button(self.tr("Test print"), self.test_print))
        self.printer_result = QLabel()
        self.printer_result.setWordWrap(True)
        form.addRow(self.printer_result)
        return page

    def _scanner_page(self) -> QWizardPage:
        page, form = self._page(self.tr("Scanner"))
        form.addRow(wrapping_label(self.tr("Scan this test code: %1").replace("%1", setup.TEST_SCAN)))
        self.scan_result = wrapping_label()
        self.scan_test = ScannerTestField(self.scan_result)
        self.check_scan = self.scan_test.check
        form.addRow(self.tr("Scanner test"), self.scan_test)
        form.addRow(self.scan_result)
        return page

    def _pin_page(self) -> QWizardPage:
        page, form = self._page(self.tr("Manager PIN"))
        self.pin, self.pin_again = QLineEdit(), QLineEdit()
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("PIN (4–8 digits)"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        self.finish_result = QLabel()
        self.finish_result.setWordWrap(True)
        form.addRow(self.finish_result)
        return page

    # -- what the buttons do ---------------------------------------------------
    def config(self):
        return setup.build_config(
            name=self.name.text(), language=self.language.currentData(), country=self.country.currentData(),
            hq_url="" if self.standalone.isChecked() else self.hq_url.text(),
            printer_uri=self._printer_uri(),
            width_mm=self.width.currentData(), profile="TM-T20II", scanner_mode="keyboard",
            data_dir=self.data_dir, shop=self._shop())

    def _shop(self):
        from ..config import ShopConfig
        from ..domain.shop import normalise_org_number
        org = self.org_number.text().strip()
        return ShopConfig(legal_name=self.shop_name.text().strip() or self.name.text().strip(),
                          address=self.shop_address.text().strip(),
                          org_number=normalise_org_number(org) if org else "")

    def _printer_uri(self) -> str:
        """A listed device's URI, or what was typed (a network printer's tcp:// address)."""
        index = self.printer.currentIndex()
        if index >= 0 and self.printer.currentText() == self.printer.itemText(index):
            return self.printer.itemData(index)
        return self.printer.currentText()

    def connect_hq(self) -> None:
        config, code = self.config(), self.pair_code.text().strip()
        self.hq_result.setText(self.tr("Connecting…"))

        def connect():
            setup.check_hq(config.hq.url, 5)
            if not code:
                return None
            return setup.pair_terminal(config, code)
        self.jobs.run(connect, self._connected, lambda exc: self.hq_result.setText(translated(exc)))

    def _pairing_scanned(self, text: str) -> None:
        """A scanner read HQ's pairing QR code (``TILLPAIR:<code>:<address>``, then
        Enter) into either field: both are filled and the till connects."""
        found = setup.read_pairing_qr(text)
        if found is not None:
            self.with_hq.setChecked(True)
            self.pair_code.setText(found[0])
            self.hq_url.setText(found[1])
            self.connect_hq()

    def probe_state(self) -> dict:
        """For the real-window tests (``ui/probe.py``)."""
        return {"page": self.currentId(), "hq_url": self.hq_url.text(), "pair_code": self.pair_code.text(),
                "hq_result": self.hq_result.text(), "busy": not self.jobs.idle()}

    def _connected(self, terminal_id) -> None:
        if terminal_id is None:
            self.hq_result.setText(self.tr("HQ answers. Enter the pairing code from HQ and connect again."))
        else:
            self.paired = True
            self.hq_result.setText(self.tr("Paired with HQ as %1").replace("%1", terminal_id))

    def detect(self) -> None:
        def shown(found):
            for label, uri in found:
                if self.printer.findData(uri) < 0:
                    self.printer.addItem(label, uri)
            self.printer_result.setText(self.tr("%1 device(s) found; a network printer: type tcp://address:9100")
                                        .replace("%1", str(len(found))))
        self.jobs.run(setup.detect_printers, shown)

    def test_print(self) -> None:
        config = self.config()
        self.printer_result.setText(self.tr("Printing…"))
        self.jobs.run(lambda: setup.test_print(config.printer, config.terminal.name, config.data_path,
                                               config.terminal.language or "en"),
                      lambda where: self.printer_result.setText(self.tr("Test receipt printed (%1)").replace("%1", where)),
                      lambda exc: self.printer_result.setText(translated(exc)))

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt API)
        page = self.currentId()
        if page == 0 and self.org_number.text().strip():
            from ..domain.shop import valid_org_number
            if not valid_org_number(self.org_number.text()):
                self.shop_result.setText(self.tr("Not a valid organisation number (9 digits, mod-11 check)"))
                return False
        if page == 1 and self.with_hq.isChecked() and not self.paired:
            if not self.jobs.idle():         # connecting (a scanned pairing code's Enter lands here too)
                return False
            self.hq_result.setText(self.tr("Connect to HQ with a pairing code, or choose a standalone shop"))
            return False
        if page == 4:
            if self.pin.text() != self.pin_again.text():
                self.finish_result.setText(self.tr("The two PINs differ"))
                return False
            if self.saved_path is None:
                self._save()
                return False             # the wizard closes when the save has answered
        return True

    def _save(self) -> None:
        config, pin = self.config(), self.pin.text()
        starter = self.standalone.isChecked() and self.starter.isChecked()
        self.finish_result.setText(self.tr("Saving…"))

        def saved(path):
            self.saved_path = path
            self.accept()
        self.jobs.run(lambda: setup.finish(config, self.config_path, pin, starter), saved,
                      lambda exc: self.finish_result.setText(translated(exc)))

    def done(self, result: int) -> None:
        super().done(result)             # QWizard validates the page here and may stay open
        if not self.isVisible():
            self.jobs.stop()
