"""Change pages gzip-compressed from cached pieces (``Content-Encoding: gzip``).

Every till reads every feed item, so a chain's HQ sends the same bytes to
thousands of tills: ~440 bytes of JSON per ledger item, ~65 compressed.
Compressing each page anew would cost more CPU than the rest of a pull, so
the compressed form is cached too, in segments of ``SEG`` items: each
segment is its own raw deflate stream ended by a full flush (byte-aligned,
no reference to what came before), and such streams concatenate into one
valid deflate stream.  A page is a gzip header, the page's head and its
first item compressed on the spot, the cached segments in between, the
pieces that do not fill a segment (a till's own item cut out, the ends of
the page) compressed on the spot, the closing bracket as the final block,
and the CRC-32 and length of the whole.  Any HTTP client that sends
``Accept-Encoding: gzip`` (httpx, so every till version) decodes it.
"""

from __future__ import annotations

import struct
import zlib

from .feed_cache import Block, Run, runs_size

SEG = 50                         # items per cached segment
LEVEL = 6                        # cached segments: compressed once per process
QUICK_LEVEL = 1                  # pieces compressed for one page
MIN_BYTES = 1024
HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"      # gzip, no name, no time, unknown OS


def worth_it(runs: list[Run]) -> bool:
    """Pages of a few items go as they are (compressing them saves nothing)."""
    return runs_size(runs) >= MIN_BYTES


def accepts_gzip(accept_encoding: str | None) -> bool:
    for part in (accept_encoding or "").lower().split(","):
        name, _, params = part.strip().partition(";")
        if name.strip() in ("gzip", "*"):
            q = params.strip()
            return not (q.startswith("q=") and _zero(q[2:]))
    return False


def _zero(value: str) -> bool:
    try:
        return float(value) == 0
    except ValueError:
        return False


def _deflate(data: bytes, level: int, final: bool = False) -> bytes:
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)


def _segment(block: Block, j: int) -> bytes:
    """Items ``j*SEG .. j*SEG+SEG-1`` of a block with a leading comma, compressed (cached)."""
    z = block.zseg.get(j)
    if z is None:
        z = block.zseg[j] = _deflate(b"," + block.text(j * SEG, (j + 1) * SEG), LEVEL)
    return z


def page(head: bytes, runs: list[Run], end: bytes) -> bytes:
    """``head`` + the runs' items joined by commas + ``end``, as one gzip member."""
    out = [HEADER]
    pending = [head]              # text not written yet: compressed on the spot, in one piece

    def flush_pending() -> None:
        if pending:
            out.append(_deflate(b"".join(pending), QUICK_LEVEL))
            pending.clear()

    first = True
    for block, a, b in runs:
        i = a
        while i < b:
            if not first and i % SEG == 0 and i + SEG <= b:
                flush_pending()
                out.append(_segment(block, i // SEG))
                i += SEG
            else:
                stop = min(b, (i // SEG + 1) * SEG)
                pending.append((b"" if first else b",") + block.text(i, stop))
                i, first = stop, False
    pending.append(end)
    out.append(_deflate(b"".join(pending), QUICK_LEVEL, final=True))
    whole = head + b",".join(block.text(a, b) for block, a, b in runs) + end
    out.append(struct.pack("<II", zlib.crc32(whole) & 0xFFFFFFFF, len(whole) & 0xFFFFFFFF))
    return b"".join(out)
