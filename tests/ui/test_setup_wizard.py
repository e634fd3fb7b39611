"""First-run setup driven through the real wizard, pairing with a real HQ on 127.0.0.1."""

from PySide6.QtWidgets import QWizard

from pos_client.config import config_to_toml, load_config, parse_config, write_config
from pos_client.services import Terminal
from pos_client.app import build_window
from pos_client.ui.setup_wizard import SetupWizard


def idle(qtbot, wizard):
    qtbot.waitUntil(wizard.jobs.idle, timeout=15000)


def test_setup_pairs_prints_saves_and_the_next_start_is_the_till(qtbot, tmp_path, demo_hq, monkeypatch):
    config_path = tmp_path / "config" / "till.toml"
    wizard = SetupWizard(config_path=config_path, data_dir=str(tmp_path / "till"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.language.setCurrentIndex(wizard.language.findData("sv"))
    wizard.name.setText("Kasse 7")
    wizard.shop_name.setText("Dyrebutikken Malmö AB")
    wizard.org_number.setText("999 999 998")             # a typo in the check digit: the page stays
    wizard.next()
    assert wizard.currentId() == 0 and "organisation number" in wizard.shop_result.text()
    wizard.org_number.setText("999 999 999")
    wizard.next()
    wizard.next()                                        # not paired yet: the page stays
    assert wizard.currentId() == 1 and "pairing code" in wizard.hq_result.text()
    wizard.hq_url.setText(demo_hq.url)
    wizard.pair_code.setText("WRONG-CODE")
    wizard.connect_hq()
    idle(qtbot, wizard)
    assert "HQ refused the pairing" in wizard.hq_result.text()
    wizard.pair_code.setText(demo_hq.code("Kasse 7"))
    wizard.connect_hq()
    idle(qtbot, wizard)
    assert "Paired with HQ" in wizard.hq_result.text()
    wizard.next()
    receipt_file = tmp_path / "printer.bin"
    wizard.printer.setEditText(f"file:{receipt_file}")
    wizard.width.setCurrentIndex(wizard.width.findData(58))
    wizard.test_print()
    idle(qtbot, wizard)
    assert "Test receipt printed" in wizard.printer_result.text()
    assert receipt_file.read_bytes().startswith(b"\x1b@") and b"Kasse 7" in receipt_file.read_bytes()
    wizard.next()
    wizard.scan_test.setText("TLM1TEST+2Ö3")            # a scanner on the wrong keyboard layout
    wizard.check_scan()
    assert "instead of" in wizard.scan_result.text()
    wizard.next()
    wizard.pin.setText("4321")
    wizard.pin_again.setText("4322")
    wizard.button(QWizard.FinishButton).click()
    assert "differ" in wizard.finish_result.text() and not config_path.exists()
    wizard.pin_again.setText("4321")
    wizard.button(QWizard.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result() == QWizard.Accepted, timeout=15000)

    config = load_config(config_path)
    assert (config.terminal.name, config.terminal.language, config.hq.url) == ("Kasse 7", "sv", demo_hq.url)
    assert (config.printer.uri, config.printer.width_mm, config.demo) == (f"file:{receipt_file}", 58, False)
    assert (config.shop.legal_name, config.shop.org_number) == ("Dyrebutikken Malmö AB", "999999999")

    # The next start finds the config by itself and opens the till, paired, program from HQ.
    monkeypatch.setenv("POS_CONFIG_DIR", str(config_path.parent))
    from sync.client import client_for
    with Terminal.open(None, config=load_config()) as terminal:
        from pos_client.pins import verify_pin
        stored = terminal.store.get_meta("manager_pin")
        assert "4321" not in stored and verify_pin("4321", stored) and not verify_pin("0000", stored)
        assert client_for(terminal).sync_once().ok
        window = build_window(terminal)
        qtbot.addWidget(window)
        window.handle_scan(terminal.products()[0].sku)
        window.pay("card")
        qtbot.waitUntil(lambda: window.last_receipt is not None, timeout=10000)
        assert window.findChild(type(window.cash_button), "demoBanner") is None
        window.shutdown()


def test_standalone_setup_starts_with_the_program_but_no_demo_members(qtbot, tmp_path):
    config_path = tmp_path / "till.toml"
    wizard = SetupWizard(config_path=config_path, data_dir=str(tmp_path / "till"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.standalone.setChecked(True)
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.pin.setText("12")
    wizard.pin_again.setText("12")
    wizard.button(QWizard.FinishButton).click()
    idle(qtbot, wizard)
    assert "4 to 8 digits" in wizard.finish_result.text() and not config_path.exists()
    wizard.pin.setText("123456")
    wizard.pin_again.setText("123456")
    wizard.button(QWizard.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result() == QWizard.Accepted, timeout=15000)
    with Terminal.open(None, config=load_config(config_path)) as terminal:
        assert terminal.products() and terminal.store.counts()["members"] == 0
        assert terminal.config.hq.url == ""


def test_config_round_trips_and_a_write_is_atomic(tmp_path):
    config = parse_config('[terminal]\nname = "Malmö \\"Väst\\" kassa 1"\ncountry = "SE"\n'
                          '[printer]\nuri = "tcp://10.0.0.9:9100"\nwidth_mm = 58\n')
    path = write_config(config, tmp_path / "till.toml")
    again = load_config(path)
    assert (again.terminal, again.printer, again.hq) == (config.terminal, config.printer, config.hq)
    assert not list(tmp_path.glob("*.tmp"))
    assert config_to_toml(again) == path.read_text(encoding="utf-8")
