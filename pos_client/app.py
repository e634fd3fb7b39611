"""GUI composition root: one ``Runtime`` around one ``Terminal``, handed to the window.

The runtime owns everything that runs beside the screen: the counter (the
current sale), the jobs thread it runs on, the print worker, the sync client
and a serial scanner.  Their news reaches the GUI thread by Qt signals.  The
window (``ui.main_window``) and its pages only draw and forward input.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class Runtime(QObject):
    """What the window runs on.  ``start`` after the window is built (its slots are
    connected), ``stop`` when it closes."""

    printer_state = Signal(object)      # (receipts waiting, reason or None)
    scanned = Signal(str)               # a serial scanner's code
    scanner_refused = Signal(object)    # a scanner setting that cannot work (UserError)
    synced = Signal(object)             # a sync round's SyncResult
    loading = Signal(int, int)          # snapshot rows loaded, rows in it
    sync_ready = Signal(object)         # the sync client, or None when standalone

    def __init__(self, terminal) -> None:
        super().__init__()
        from .counter import Counter
        from .printing import PrintQueue, PrintWorker
        from .ui.jobs import Jobs
        self.terminal = terminal
        self.counter = Counter(terminal)        # the sale: used on the jobs thread only
        self.jobs = Jobs()
        self.print_queue = PrintQueue(terminal)
        self.print_worker = PrintWorker(self.print_queue, on_state=self.printer_state.emit)
        self.sync_client = None
        self.serial_scanner = None
        self._stopped = False

    def start(self) -> None:
        self.print_worker.start()
        self.serial_scanner = self._start_serial_scanner(self.terminal.config.scanner.mode)
        # Off the GUI thread, after the first paint: the HTTP stack takes a while to import.
        self.jobs.run(self._make_sync_client, self._sync_made)

    def _make_sync_client(self):
        return self.terminal.sync_client(on_result=self.synced.emit, progress=self.loading.emit)

    def _sync_made(self, client) -> None:
        if self._stopped:
            return
        self.sync_client = client
        if client is not None:
            client.start()
        self.sync_ready.emit(client)

    def _start_serial_scanner(self, mode: str):
        if mode == "keyboard":
            return None
        from hardware.errors import HardwareError
        from hardware.scanner import SerialScanner, parse_scanner_uri
        try:
            device, baud = parse_scanner_uri(mode)
        except HardwareError as exc:
            self.scanner_refused.emit(exc)
            return None
        return SerialScanner(device, self.scanned.emit, baudrate=baud).start()

    def sold(self) -> None:
        """A sale or return was committed: print it now, send it to HQ soon."""
        self.print_worker.nudge()
        if self.sync_client is not None:
            self.sync_client.kick()

    def stop(self) -> None:
        self._stopped = True
        self.print_worker.stop()
        if self.sync_client is not None:
            self.sync_client.stop()
            self.sync_client = None
        if self.serial_scanner is not None:
            self.serial_scanner.stop()
            self.serial_scanner = None
        self.jobs.stop()


def build_window(terminal):
    """The till's window on a runtime of its own, started."""
    from .ui.main_window import MainWindow
    return MainWindow(Runtime(terminal))


def run_gui(terminal) -> int:
    app = _application(terminal)
    window = build_window(terminal)
    from .ui import probe
    while True:
        show_full_screen(window)
        terminal.register.started()         # the journal's POSSTART / POSEND (SAF-T 13001/13002)
        hook = probe.install(window)         # only for the real-window tests (TILL_UI_PROBE)
        try:
            code = app.exec()
        finally:
            if hook is not None:
                app.removeEventFilter(hook)
            window.shutdown()
            terminal.register.stopped()
            terminal.close()
        if window.next_config is None:
            return code
        # First-run setup finished: the same process goes on as the configured till.
        from .config import load_config
        from .services import Terminal
        terminal = Terminal.open(None, config=load_config(window.next_config))
        from .ui import i18n
        i18n.install(i18n.pick_language(terminal.config.terminal.language))
        window = build_window(terminal)


def _application(terminal):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Till")
    from .ui import i18n
    i18n.install(i18n.pick_language(terminal.config.terminal.language))
    apply_theme(app)
    return app


def show_full_screen(window) -> None:
    """The till takes the whole screen (the 1024x768 it is laid out for, or more): a window
    manager maximises it; a kiosk without one gets the screen's size from us."""
    from PySide6.QtWidgets import QWidget
    window.resize(QWidget.screen(window).availableGeometry().size())   # (window.screen is its snapshot)
    window.showMaximized()


def apply_theme(app) -> None:
    from pathlib import Path
    qss = Path(__file__).resolve().parents[1] / "resources" / "qss" / "till.qss"
    try:
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    except OSError:
        log.warning("theme %s not found; using the platform style", qss)


def selftest(terminal) -> tuple[bool, str]:
    """Start offscreen (unless a platform is asked for: xcb under Xvfb in CI), scan a demo
    member, sell, pay, print to preview.  (ok, the line the command line prints)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application(terminal)
    window = build_window(terminal)
    try:
        return True, _selftest(app, window)
    except Exception as exc:
        log.exception("selftest")
        return False, f"selftest failed: {exc}"
    finally:
        window.shutdown()
        terminal.close()


def _selftest_configured(app, window) -> str:
    """A shop's own till: never a test sale in its books. The configured window opens,
    the program is there, HQ answers if paired, and a test receipt prints."""
    from .printing import print_test_receipt
    t = window.terminal
    window.jobs.wait()
    if window.findChild(type(window.cash_button), "demoBanner") is not None:
        raise RuntimeError("the configured till opened in demo mode")
    client = t.sync_client()
    hq = "standalone"
    if client is not None:
        result = client.sync_once()          # what the till does in the background anyway
        hq = f"HQ {t.hq_url} " + ("online" if result.ok else f"not reachable ({result.message})")
    program = t.program.name                 # from HQ's snapshot, or loaded for a standalone shop
    print_test_receipt(t)
    return (f"selftest ok ({app.platformName()}): {t.config.terminal.name} – {program}, {hq}, "
            f"test receipt printed to {t.config.printer.uri}")


def _selftest(app, window) -> str:
    """Scan a demo member, sell, pay, print to preview; raises when a step did not work."""
    t = window.terminal
    # A bundle that lost its resources still runs: say so here, not at a shop.
    if not app.styleSheet():
        raise RuntimeError("the theme (resources/qss/till.qss) did not load")
    from .ui import i18n
    if not i18n.loaded():
        raise RuntimeError(f"the {i18n.current()} translation (resources/i18n) did not load")
    if not t.config.demo:
        return _selftest_configured(app, window)
    phones = t.member_phones(1)
    if not phones:
        raise RuntimeError("no members in the cache")
    member = t.lookup(phones[0])
    window.handle_scan(t.member_code(member))
    window.jobs.wait()
    if window.screen.member is None or window.screen.member.member_id != member.member_id:
        raise RuntimeError("the scanned member was not shown")
    product = t.products()[0]
    window.handle_scan(product.ean or product.sku)
    window.pay("card")
    window.jobs.wait()
    receipt_no = window.last_receipt
    if not receipt_no:
        raise RuntimeError("the sale did not complete: " + window.message.text())
    # The window's print worker may be printing this very receipt: let it
    # finish (stop joins it), then print whatever is still due here.
    window.print_worker.stop()
    window.print_queue.flush()
    if window.print_queue.jobs.waiting():
        raise RuntimeError("the receipt did not print: " + window.print_queue.summary())
    return (f"selftest ok ({app.platformName()}): {member.name or member.phone} bought {product.name}, "
            f"receipt {receipt_no}")
