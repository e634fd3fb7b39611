"""GUI composition root: the Qt application around one ``Terminal``."""

from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger(__name__)


def run_gui(terminal, selftest: bool = False) -> int:
    if selftest:                 # offscreen unless a platform is asked for (xcb under Xvfb in CI)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Till")
    from .ui import i18n
    i18n.install(i18n.pick_language(terminal.config.terminal.language))
    apply_theme(app)
    window = MainWindow(terminal)
    if selftest:
        return _selftest(app, window)
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
        i18n.install(i18n.pick_language(terminal.config.terminal.language))
        window = MainWindow(terminal)


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


def _selftest_configured(app, window) -> int:
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
    print(f"selftest ok ({app.platformName()}): {t.config.terminal.name} – {program}, {hq}, "
          f"test receipt printed to {t.config.printer.uri}")
    return 0


def _selftest(app, window) -> int:
    """Scan a demo member, sell, pay, print to preview; 0 when every step worked."""
    t = window.terminal
    try:
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
        print(f"selftest ok ({app.platformName()}): {member.name or member.phone} bought {product.name}, "
              f"receipt {receipt_no}")
        return 0
    except Exception as exc:
        print(f"selftest failed: {exc}", file=sys.stderr)
        log.exception("selftest")
        return 1
    finally:
        window.shutdown()
        t.close()
