"""Pages a commit writes, read from the WAL file (for ``pos-client bench``).

In WAL mode every commit appends one frame per page it changed: a 24-byte
frame header (page number first) and the page.  The frames a transaction
added, mapped to the table or index owning each page (SQLite's ``dbstat``),
say what a sale costs on disk and where.  Read-only; never on a sale's path.
"""

from __future__ import annotations

import sqlite3
import struct
from collections import Counter
from pathlib import Path

WAL_HEADER = 32
FRAME_HEADER = 24


class WalPages:
    def __init__(self, db_path: Path | str) -> None:
        self.wal = Path(f"{db_path}-wal")
        self._conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        self.page_size = self._conn.execute("PRAGMA page_size").fetchone()[0]
        self._mark: tuple[bytes, int] | None = None

    def _header(self) -> tuple[bytes, int]:
        with open(self.wal, "rb") as f:
            salts = f.read(WAL_HEADER)[16:24]
        return salts, max(self.wal.stat().st_size, WAL_HEADER)

    def mark(self) -> None:
        self._mark = self._header()

    def pages_since_mark(self) -> list[int] | None:
        """Page numbers of the frames appended since ``mark`` (None if the WAL was restarted)."""
        assert self._mark is not None
        salts, start = self._mark
        now_salts, end = self._header()
        if now_salts != salts or end < start:
            return None                       # a checkpoint restarted the WAL meanwhile
        pages = []
        with open(self.wal, "rb") as f:
            f.seek(start)
            while True:
                head = f.read(FRAME_HEADER)
                if len(head) < FRAME_HEADER:
                    break
                pages.append(struct.unpack(">I", head[:4])[0])
                f.seek(self.page_size, 1)
        return pages

    def owners(self, pages: list[int]) -> Counter:
        """How many of ``pages`` each table or index owns (page 1: the schema and file header)."""
        owner = dict(self._conn.execute("SELECT pageno, name FROM dbstat"))
        return Counter(owner.get(p, "(new or free page)") for p in pages)

    def close(self) -> None:
        self._conn.close()
