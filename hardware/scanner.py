"""Serial barcode/QR scanners (pyserial): read on a worker thread, survive unplugging.

Configured by URI (``serial:///dev/ttyACM0?baudrate=9600``) or found by USB
``VID:PID`` among the serial ports.  A scan ends at CR, LF or Tab; bytes that
are not text are dropped with a log line — a garbled scan must never crash
the till.  When the scanner disappears the reader waits and reopens it, so
plugging it back in just works.
"""

from __future__ import annotations

import logging
import threading
from typing import Callable
from urllib.parse import parse_qs, urlparse

import serial
from serial.tools import list_ports

from .errors import DeviceConfigError

log = logging.getLogger(__name__)
TERMINATORS = (b"\r", b"\n", b"\t")
MAX_SCAN = 512


def parse_scanner_uri(uri: str) -> tuple[str, int]:
    """``serial:///dev/ttyACM0?baudrate=9600`` or ``usb:VID:PID`` -> (device, baudrate)."""
    parsed = urlparse(uri)
    baud = int(parse_qs(parsed.query).get("baudrate", ["9600"])[-1])
    if parsed.scheme == "serial" and parsed.path:
        return parsed.path, baud
    if parsed.scheme == "usb":
        vid_pid = (parsed.netloc or parsed.path).strip("/")
        return find_by_vid_pid(vid_pid), baud
    raise DeviceConfigError(f"scanner {uri!r} not understood: use serial:///dev/ttyACM0?baudrate=9600 or usb:VID:PID")


def find_by_vid_pid(vid_pid: str) -> str:
    try:
        vid, pid = (int(x, 16) for x in vid_pid.split(":"))
    except ValueError:
        raise DeviceConfigError(f"{vid_pid!r} is not a USB VID:PID like 05e0:1200") from None
    for port in list_ports.comports():
        if port.vid == vid and port.pid == pid:
            return port.device
    raise DeviceConfigError(f"no scanner with USB id {vid_pid} is plugged in")


def split_scans(buffer: bytes) -> tuple[list[bytes], bytes]:
    """Complete scans (terminator-separated) and the unfinished rest."""
    scans, start = [], 0
    for i, byte in enumerate(buffer):
        if bytes([byte]) in TERMINATORS:
            if i > start:
                scans.append(buffer[start:i])
            start = i + 1
    return scans, buffer[start:][-MAX_SCAN:]


class SerialScanner:
    def __init__(self, device: str, on_scan: Callable[[str], None], *, baudrate: int = 9600,
                 on_state: Callable[[str], None] | None = None, retry_s: float = 1.0) -> None:
        self.device, self.baudrate = device, baudrate
        self.on_scan, self.on_state = on_scan, on_state or (lambda state: None)
        self.retry_s = retry_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="scanner", daemon=True)

    def start(self) -> "SerialScanner":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                port = serial.Serial(self.device, self.baudrate, timeout=0.1)
            except (serial.SerialException, OSError) as exc:
                self.on_state("disconnected")
                log.info("scanner %s not available: %s", self.device, exc)
                self._stop.wait(self.retry_s)
                continue
            self.on_state("connected")
            try:
                self._read(port)
            except (serial.SerialException, OSError) as exc:
                log.warning("scanner %s unplugged: %s", self.device, exc)
                self.on_state("disconnected")
            finally:
                port.close()

    def _read(self, port) -> None:
        pending = b""
        while not self._stop.is_set():
            chunk = port.read(256)
            if not chunk:
                continue
            scans, pending = split_scans(pending + chunk)
            for raw in scans:
                try:
                    text = raw.decode("ascii").strip()
                except UnicodeDecodeError:
                    log.warning("scanner %s: dropped garbled scan %r", self.device, raw[:40])
                    continue
                if text and text.isprintable():
                    self.on_scan(text)
                elif text:
                    log.warning("scanner %s: dropped unprintable scan %r", self.device, raw[:40])
