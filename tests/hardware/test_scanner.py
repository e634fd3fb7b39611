"""A serial scanner over a real pty: scans, garbage, unplug and replug."""

import os
import queue
import time

import pytest

from hardware.scanner import SerialScanner, parse_scanner_uri, split_scans
from hardware.errors import DeviceConfigError


class Pty:
    """A pseudo-terminal standing in for the scanner; ``path`` is a stable symlink."""

    def __init__(self, path):
        self.path = path
        self.plug()

    def plug(self):
        self.master, self.slave = os.openpty()
        if os.path.lexists(self.path):
            os.unlink(self.path)
        os.symlink(os.ttyname(self.slave), self.path)

    def unplug(self):
        os.close(self.master)
        os.close(self.slave)

    def scan(self, data: bytes):
        os.write(self.master, data)


def test_scans_garbage_and_replug(tmp_path):
    pty = Pty(str(tmp_path / "ttyACM0"))
    scans, states = queue.Queue(), []
    scanner = SerialScanner(pty.path, scans.put, on_state=states.append, retry_s=0.05).start()
    try:
        wait_until(lambda: states and states[-1] == "connected")   # opening flushes input
        time.sleep(0.1)
        pty.scan(b"7038010000010\r")
        assert scans.get(timeout=5) == "7038010000010"
        pty.scan(b"\xff\xfe\x80\r\nTLM1ABC\tBAD\x01\n")   # garbled, then good, then unprintable
        assert scans.get(timeout=5) == "TLM1ABC"
        pty.unplug()
        assert wait_until(lambda: "disconnected" in states)
        pty.plug()
        assert wait_until(lambda: states[-1] == "connected")
        time.sleep(0.1)
        pty.scan(b"7038010000027\n")
        assert scans.get(timeout=5) == "7038010000027"
        assert scans.empty()
    finally:
        scanner.stop()
        pty.unplug()


def wait_until(predicate, timeout=5.0):
    deadline = time.time() + timeout
    while not predicate() and time.time() < deadline:
        time.sleep(0.02)
    return predicate()


def test_split_scans_keeps_the_unfinished_rest():
    assert split_scans(b"A\rB\n\nC\tpart") == ([b"A", b"B", b"C"], b"part")


def test_scanner_uris():
    assert parse_scanner_uri("serial:///dev/ttyACM0?baudrate=115200") == ("/dev/ttyACM0", 115200)
    with pytest.raises(DeviceConfigError, match="no scanner with USB id"):
        parse_scanner_uri("usb:05e0:1200")
    with pytest.raises(DeviceConfigError, match="not understood"):
        parse_scanner_uri("keyboard")
