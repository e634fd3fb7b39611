"""A small ESC/POS reader for tests: splits the byte stream a printer receives
into the commands we care about, the way the printer would interpret them."""

from __future__ import annotations


def qr_payloads(data: bytes) -> list[str]:
    """Payloads of native QR 'store data' commands: GS ( k pL pH 49 80 48 d1…dk."""
    out, i = [], 0
    while True:
        i = data.find(b"\x1d(k", i)
        if i < 0:
            return out
        pl, ph, cn, fn = data[i + 3], data[i + 4], data[i + 5], data[i + 6]
        length = pl + ph * 256
        if cn == 49 and fn == 80:
            out.append(data[i + 8:i + 3 + 2 + length].decode("ascii"))
        i += 5 + length


def text_runs(data: bytes) -> str:
    """Printable text decoded as CP858, commands dropped (rough, for assertions)."""
    return data.decode("cp858", errors="replace")
