"""Cash drawer kick through the receipt printer's drawer port (ESC p m t1 t2)."""

from __future__ import annotations


def kick_bytes(pin: int = 2, on_ms: int = 100, off_ms: int = 500) -> bytes:
    """Pulse drawer pin 2 (m=0) or pin 5 (m=1); times in 2 ms units, as ESC/POS wants."""
    if pin not in (2, 5):
        raise ValueError("the drawer is on pin 2 or pin 5")
    return b"\x1bp" + bytes([0 if pin == 2 else 1, min(on_ms // 2, 255), min(off_ms // 2, 255)])
