"""Printer URIs (DESIGN.md §3) -> python-escpos backends, and what can go wrong.

``preview:`` renders PNG + text into the data dir (demo mode, and what the
GUI shows); ``file:/path`` appends the raw ESC/POS bytes; ``tcp://``,
``serial://``, ``usb://`` and ``cups://`` are real printers.  Every failure
becomes a ``PrinterError`` with a ``reason`` the GUI can show in the
cashier's language.
"""

from __future__ import annotations

import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from .errors import DeviceConfigError, HardwareError

from .receipt import Receipt, codepage_number, columns_for, render_escpos, render_text

log = logging.getLogger(__name__)

OFFLINE, PAPER_OUT, COVER_OPEN, TIMEOUT, UNPLUGGED = "offline", "paper_out", "cover_open", "timeout", "unplugged"
REASONS = {
    "nb": {OFFLINE: "skriveren svarer ikke", PAPER_OUT: "tomt for papir", COVER_OPEN: "lokket er åpent",
           TIMEOUT: "skriveren svarte ikke i tide", UNPLUGGED: "skriveren er frakoblet", "ok": "klar"},
    "sv": {OFFLINE: "skrivaren svarar inte", PAPER_OUT: "slut på papper", COVER_OPEN: "luckan är öppen",
           TIMEOUT: "skrivaren svarade inte i tid", UNPLUGGED: "skrivaren är frånkopplad", "ok": "redo"},
    "en": {OFFLINE: "printer not responding", PAPER_OUT: "out of paper", COVER_OPEN: "cover open",
           TIMEOUT: "printer timed out", UNPLUGGED: "printer unplugged", "ok": "ready"},
}


class PrinterError(HardwareError):
    key = "printer_error"

    def __init__(self, reason: str, detail: str = "") -> None:
        text = REASONS["en"].get(reason, reason)
        super().__init__(f"printer: {text}" + (f" ({detail})" if detail else ""), reason=reason)
        self.reason = reason


@dataclass(frozen=True)
class PrinterSpec:
    scheme: str
    target: str
    options: dict


def parse_uri(uri: str) -> PrinterSpec:
    uri = (uri or "").strip()
    if uri == "preview:" or uri == "preview":
        return PrinterSpec("preview", "", {})
    parsed = urlparse(uri)
    options = {k: v[-1] for k, v in parse_qs(parsed.query).items()}
    if parsed.scheme == "file" and (parsed.path or parsed.netloc):
        return PrinterSpec("file", (parsed.netloc + parsed.path) if parsed.netloc else parsed.path, options)
    if parsed.scheme == "tcp" and parsed.hostname:
        return PrinterSpec("tcp", f"{parsed.hostname}:{parsed.port or 9100}", options)
    if parsed.scheme == "serial" and parsed.path:
        return PrinterSpec("serial", parsed.path, options)
    if parsed.scheme == "usb" and parsed.netloc and ":" in parsed.netloc:
        return PrinterSpec("usb", parsed.netloc, options)
    if parsed.scheme == "cups" and (parsed.netloc or parsed.path.strip("/")):
        return PrinterSpec("cups", parsed.netloc or parsed.path.strip("/"), options)
    raise DeviceConfigError(
        f"printer URI {uri!r} not understood: use preview:, file:/path, tcp://host:9100, "
        "serial:///dev/ttyUSB0?baudrate=38400, usb://VID:PID or cups://queue")


class Printer:
    """One configured printer; opens its backend per job so a replug just works."""

    def __init__(self, uri: str, profile: str = "TM-T20II", width_mm: int = 80,
                 data_dir: Path | str | None = None, timeout_s: float = 5.0,
                 drawer_pin: int = 2) -> None:
        self.spec = parse_uri(uri)
        self.uri, self.profile, self.width_mm = uri, profile, width_mm
        self.data_dir = Path(data_dir) if data_dir else None
        self.timeout_s = timeout_s
        self.drawer_pin = drawer_pin

    @property
    def columns(self) -> int:
        return columns_for(self.width_mm)

    def print_receipt(self, receipt: Receipt, *, kick_drawer: bool = False) -> str:
        """Print one receipt; returns where it went.  Raises ``PrinterError``."""
        if self.spec.scheme == "preview":
            return self._preview(receipt)
        from escpos.printer import Dummy
        job = Dummy(profile=self.profile)
        render_escpos(receipt, job, self.columns, codepage_number=codepage_number(self.profile),
                      drawer_pin=self.drawer_pin if kick_drawer else None)
        self.send(job.output)
        return self.uri

    def send(self, data: bytes) -> None:
        scheme, target = self.spec.scheme, self.spec.target
        try:
            if scheme == "file":
                with open(target, "ab") as out:
                    out.write(data)
                    out.flush()
                    os.fsync(out.fileno())
            elif scheme == "tcp":
                self._send_tcp(data)
            else:
                self._send_escpos(data)
        except PrinterError:
            raise
        except FileNotFoundError as exc:
            raise PrinterError(UNPLUGGED, str(exc)) from None
        except (socket.timeout, TimeoutError) as exc:
            raise PrinterError(TIMEOUT, str(exc)) from None
        except OSError as exc:
            raise PrinterError(OFFLINE, exc.strerror or str(exc)) from None
        except Exception as exc:  # backend libraries raise their own families
            raise PrinterError(OFFLINE, f"{exc.__class__.__name__}: {exc}") from None

    def _send_tcp(self, data: bytes) -> None:
        host, port = self.spec.target.rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=self.timeout_s) as conn:
            conn.settimeout(self.timeout_s)
            status = _paper_status(conn, required=self.spec.options.get("status", "on") != "off")
            if status is not None:
                raise PrinterError(status)
            conn.sendall(data)

    def _send_escpos(self, data: bytes) -> None:
        from escpos import printer as backends
        scheme, target, opts = self.spec.scheme, self.spec.target, self.spec.options
        if scheme == "serial":
            device = backends.Serial(devfile=target, baudrate=int(opts.get("baudrate", 38400)),
                                     timeout=self.timeout_s, profile=self.profile)
        elif scheme == "usb":
            vid, pid = (int(x, 16) for x in target.split(":"))
            device = backends.Usb(vid, pid, profile=self.profile)
        else:
            device = backends.CupsPrinter(printer_name=target, profile=self.profile)
        try:
            device._raw(data)
        finally:
            device.close()

    def _preview(self, receipt: Receipt) -> str:
        base = (self.data_dir or Path(".")) / "receipts"
        base.mkdir(parents=True, exist_ok=True)
        stem = base / (receipt.receipt_no + ("-copy" if receipt.copy else ""))
        text = render_text(receipt, self.columns)
        stem.with_suffix(".txt").write_text(text, encoding="utf-8")
        from .preview import render_preview_png
        render_preview_png(receipt, stem.with_suffix(".png"), self.columns)
        return str(stem.with_suffix(".png"))

    def status(self) -> str:
        """'ok' or a reason; cheap enough for a status bar poll."""
        scheme = self.spec.scheme
        if scheme == "preview":
            return "ok"
        if scheme == "file":
            parent = Path(self.spec.target).parent
            return "ok" if parent.is_dir() and os.access(parent, os.W_OK) else UNPLUGGED
        if scheme == "tcp":
            host, port = self.spec.target.rsplit(":", 1)
            try:
                with socket.create_connection((host, int(port)), timeout=min(self.timeout_s, 2)) as conn:
                    conn.settimeout(min(self.timeout_s, 2))
                    return _paper_status(conn, self.spec.options.get("status", "on") != "off") or "ok"
            except PrinterError as exc:
                return exc.reason
            except (OSError, socket.timeout):
                return OFFLINE
        if scheme == "serial":
            return "ok" if Path(self.spec.target).exists() else UNPLUGGED
        return "ok"


def _paper_status(conn: socket.socket, required: bool = True) -> str | None:
    """Ask the printer (DLE EOT 4: roll paper sensor) before a job.

    A printer that does not answer is treated as hung — sending it the job
    could lose the receipt.  For the rare interface that swallows real-time
    status, ``?status=off`` in the URI skips the check.
    """
    try:
        conn.sendall(b"\x10\x04\x04")
        answer = conn.recv(1)
    except (socket.timeout, TimeoutError):
        if required:
            raise PrinterError(TIMEOUT, "no answer to the status query") from None
        return None
    except OSError:
        raise PrinterError(OFFLINE, "connection closed") from None
    if not answer:
        raise PrinterError(OFFLINE, "connection closed")
    if answer[0] & 0x60 == 0x60:
        return PAPER_OUT
    return None


def describe(reason: str, language: str = "en") -> str:
    return REASONS.get(language, REASONS["en"]).get(reason, reason)
