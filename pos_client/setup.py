"""First-run setup, without Qt: what the wizard asks the machine and HQ.

Device detection, an HQ reachability check, pairing, a test print with a
printer that is not configured yet, and writing the config.  The wizard
(``ui/setup_wizard.py``) calls these on its jobs thread and only shows the
answers.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from .config import Config, HqConfig, PrinterConfig, ScannerConfig, ShopConfig, TerminalConfig, write_config
from .domain.errors import TillError

log = logging.getLogger(__name__)

TEST_SCAN = "TLM1TEST-2:3"      # what the settings and setup scanner tests ask for


class SetupError(TillError):
    key = "setup_error"


def detect_printers() -> list[tuple[str, str]]:
    """(label, printer URI) for serial ports and USB devices that may be receipt printers."""
    found: list[tuple[str, str]] = []
    try:
        from serial.tools import list_ports
        for port in list_ports.comports():
            label = f"{port.device} – {port.description}" if port.description not in ("", "n/a") else port.device
            found.append((label, f"serial://{port.device}?baudrate=38400"))
    except Exception:                       # detection is a convenience: never fatal
        log.exception("listing serial ports failed")
    try:
        import usb.core                     # pyusb, present when python-escpos's USB extra is installed
        for dev in usb.core.find(find_all=True):
            vid_pid = f"{dev.idVendor:04x}:{dev.idProduct:04x}"
            found.append((f"USB {vid_pid}", f"usb://{vid_pid}"))
    except Exception as exc:                # no pyusb or no USB access: network/serial still work
        log.info("USB printers not listed: %s", exc)
    return found


def check_hq(url: str, timeout_s: float = 5) -> None:
    """Raise a one-line ``SetupError`` unless HQ answers its health check."""
    import httpx
    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise SetupError(f"{url!r}: an HQ address starts with http:// or https://")
    try:
        answer = httpx.get(url + "/healthz", timeout=timeout_s)
    except httpx.HTTPError as exc:
        raise SetupError(f"HQ at {url} does not answer ({exc.__class__.__name__})", key="hq_unreachable",
                         url=url) from None
    if answer.status_code != 200:
        raise SetupError(f"HQ at {url} answered {answer.status_code}")


def test_print(printer: PrinterConfig, shop_name: str, data_dir: Path, language: str = "en") -> str:
    """Print a sample receipt on a printer that is not saved yet; returns where it went."""
    from hardware.printer import Printer
    from hardware.receipt import sample_receipt
    target = Printer(printer.uri, printer.profile, printer.width_mm, data_dir=data_dir, timeout_s=5.0,
                     drawer_pin=printer.drawer_pin)
    sample = replace(sample_receipt(3, language), kind="test", shop_name=shop_name)
    return target.print_receipt(sample)


def read_pairing_qr(text: str) -> tuple[str, str] | None:
    """(pairing code, HQ address) from a scan of the QR code HQ's console shows, or None."""
    from sync.pairing_qr import decode
    return decode(text)


def pair_terminal(config: Config, code: str) -> str:
    """Pair the terminal whose data dir ``config`` names; returns its terminal id."""
    from sync.client import PairError

    from .services import Terminal
    with Terminal.open(None, config=config) as terminal:
        try:
            terminal.pair(config.hq.url, code)
        except PairError as exc:
            raise SetupError(f"pairing refused: {exc}", key="pairing_refused", reason=str(exc)) from None
        return terminal.terminal_id


def build_config(*, name: str, language: str, country: str, hq_url: str, printer_uri: str, width_mm: int,
                 profile: str, scanner_mode: str, data_dir: str = "", shop: ShopConfig | None = None) -> Config:
    return Config(
        shop=shop or ShopConfig(),
        terminal=TerminalConfig(name=name.strip() or "Kasse 1", country=country, language=language,
                                data_dir=data_dir),
        hq=HqConfig(url=hq_url.strip().rstrip("/")),
        printer=PrinterConfig(uri=printer_uri.strip() or "preview:", profile=profile, width_mm=width_mm),
        scanner=ScannerConfig(mode=scanner_mode or "keyboard"),
    )


def finish(config: Config, path: Path, manager_pin: str, starter_program: bool = False) -> Path:
    """Save the manager PIN in the terminal's store, then the config (last: it marks setup done).

    ``starter_program``: a standalone shop starts with the demo program and
    catalogue (no demo members) until it loads its own."""
    from .services import DEMO_DIR, Terminal
    if not (manager_pin.isdigit() and 4 <= len(manager_pin) <= 8):
        raise SetupError("the manager PIN must be 4 to 8 digits", key="pin_format")
    with Terminal.open(None, config=config) as terminal:
        terminal.set_manager_pin(manager_pin)
        if starter_program and terminal.program_source() is None:
            terminal.load_program(DEMO_DIR / "program.toml")
            terminal.load_catalogue(DEMO_DIR / "catalogue.csv")
    return write_config(config, path)
