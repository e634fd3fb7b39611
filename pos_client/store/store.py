"""The terminal's local store: one SQLite file in the data dir.

Reads run on the caller's thread with its own connection; writes are closures
run by the single writer thread, each in one durable transaction.  This
module knows SQL; it does not know the loyalty rules (those are in
``domain``) beyond the sums it keeps.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable, TypeVar

from ..domain.catalogue import Product
from ..domain.codes import KeyRing, SigningKey
from ..domain.errors import StoreError
from ..domain.member import (
    POINTS, SPEND, Coupon, MemberState, available_points, qualifying_spend,
)
from .db import Readers, Writer, connect, fetch_one
from .meta import set_meta
from .low_water import OUTBOX, PRINT_JOBS
from .packed import unpack
from .migrations import migrate
from .rows import (
    COUPON_COLUMNS, MEMBER_COLUMNS, coupon_from_row, iso, member_from_row, parse_iso,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
DB_NAME = "till.db"


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.writer = Writer(path)
        self.readers = Readers(path)
        self.terminal_id: str = self.get_meta("terminal_id") or ""
        raw = self.get_meta("signing_key")
        self.signing_key = SigningKey.from_private_bytes(bytes.fromhex(raw)) if raw else None
        self._keyring: KeyRing | None = None

    # -- opening -----------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path | str) -> "Store":
        data_dir = Path(data_dir)
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the data directory {data_dir}: {exc.strerror}") from None
        path = data_dir / DB_NAME
        try:
            conn = connect(path)
            try:
                migrate(path, conn)
                _ensure_identity(conn)
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open the database ({exc})") from None
        return cls(path)

    def close(self) -> None:
        self.writer.close()
        self.readers.close()

    # -- plumbing ----------------------------------------------------------
    def read(self) -> sqlite3.Connection:
        return self.readers.get()

    def write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        return self.writer.run(fn)

    def get_meta(self, key: str) -> str | None:
        return fetch_one(self.read(), "SELECT value FROM meta WHERE key = ?", (key,))

    def set_meta(self, key: str, value: str | None) -> None:
        self.write(lambda conn: set_meta(conn, key, value))

    # -- keys ----------------------------------------------------------------
    def keyring(self) -> KeyRing:
        """Every public key a scanned code may be signed with (own, HQ, peers)."""
        if self._keyring is None:
            ring = KeyRing()
            if self.signing_key is not None:
                ring.add(self.signing_key.public_bytes())
            for (public,) in self.read().execute("SELECT public_key FROM keys"):
                ring.add(bytes(public))
            self._keyring = ring
        return self._keyring

    def forget_keyring(self) -> None:
        """Called after sync brought new keys."""
        self._keyring = None

    # -- products ------------------------------------------------------------
    def product(self, sku_or_ean: str) -> Product | None:
        row = self.read().execute(
            "SELECT sku, ean, name, price, vat_percent, category FROM products"
            " WHERE sku = ? OR ean = ? LIMIT 1", (sku_or_ean, sku_or_ean),
        ).fetchone()
        return Product(*row) if row else None

    def products(self, limit: int = 1000) -> list[Product]:
        rows = self.read().execute(
            "SELECT sku, ean, name, price, vat_percent, category FROM products"
            " ORDER BY category, name LIMIT ?", (limit,),
        )
        return [Product(*r) for r in rows]

    # -- members -------------------------------------------------------------
    def member_by_phone(self, e164: str) -> dict | None:
        return self._member("phone", e164)

    def member_by_id(self, member_id: str) -> dict | None:
        return self._member("member_id", member_id)

    def _member(self, column: str, value: str):
        return self.read().execute(
            f"SELECT {MEMBER_COLUMNS} FROM members WHERE {column} = ?", (value,)
        ).fetchone()

    def members_by_name(self, text: str, limit: int = 8) -> list:
        pattern = text.strip().replace("%", "").replace("_", "") + "%"
        return self.read().execute(
            f"SELECT {MEMBER_COLUMNS} FROM members WHERE name LIKE ? COLLATE NOCASE"
            " OR name LIKE ? COLLATE NOCASE ORDER BY name LIMIT ?",
            (pattern, "% " + pattern, limit),
        ).fetchall()

    def member_state(
        self, row, now: datetime, lifetime_days: int, window_days: int
    ) -> MemberState:
        """The member as the rules see it at ``now``: expiry and tier window applied.

        The materialised sums answer directly while the oldest entry is young
        enough; only older members need their ledger read.
        """
        member = member_from_row(row)
        oldest_points, oldest_spend = row[10], row[11]
        conn = self.read()
        if oldest_points and parse_iso(oldest_points) + timedelta(days=lifetime_days) <= now:
            member.points = available_points(
                self._entries(conn, member.member_id, POINTS), now, lifetime_days
            )
        else:
            member.points = max(member.points, 0)
        if oldest_spend and parse_iso(oldest_spend) <= now - timedelta(days=window_days):
            member.qualifying_spend = qualifying_spend(
                self._entries(conn, member.member_id, SPEND), now, window_days
            )
        else:
            member.qualifying_spend = max(member.spend, 0)
        member.coupons = self.usable_coupons(member.member_id, now)
        return member

    @staticmethod
    def _entries(conn: sqlite3.Connection, member_id: str, account: str):
        return [
            (parse_iso(when), delta)
            for when, delta in conn.execute(
                "SELECT occurred_at, delta FROM ledger WHERE member_id = ? AND account = ? ORDER BY occurred_at",
                (member_id, account),
            )
        ]

    # -- coupons -------------------------------------------------------------
    def usable_coupons(self, member_id: str, now: datetime) -> list[Coupon]:
        rows = self.read().execute(
            f"SELECT {COUPON_COLUMNS} FROM coupons WHERE member_id = ?"
            " AND redeemed_at IS NULL AND voided_at IS NULL AND valid_until >= ?"
            " ORDER BY valid_until, coupon_id",
            (member_id, now.date().isoformat()),
        )
        return [coupon_from_row(r) for r in rows]

    def coupon(self, coupon_id: str) -> Coupon | None:
        row = self.read().execute(
            f"SELECT {COUPON_COLUMNS} FROM coupons WHERE coupon_id = ?", (coupon_id,)
        ).fetchone()
        return coupon_from_row(row) if row else None

    def birthday_coupon_issued(self, member_id: str, def_ids: list[str], year: int) -> bool:
        marks = ",".join("?" * len(def_ids))
        return bool(fetch_one(
            self.read(),
            f"SELECT 1 FROM coupons WHERE member_id = ? AND def_id IN ({marks})"
            " AND substr(issued_at, 1, 4) = ? LIMIT 1",
            (member_id, *def_ids, str(year)),
        ))

    def coupon_issued_since(self, member_id: str, def_id: str, since: datetime) -> bool:
        return bool(fetch_one(
            self.read(), "SELECT 1 FROM coupons WHERE member_id = ? AND def_id = ? AND issued_at >= ? LIMIT 1",
            (member_id, def_id, iso(since))))

    def unused_coupons(self, coupon_ids: list[str], conn=None) -> list[str]:
        """Those of ``coupon_ids`` neither redeemed nor voided (pass the writer's conn inside a write)."""
        if not coupon_ids:
            return []
        marks = ",".join("?" * len(coupon_ids))
        return [cid for (cid,) in (conn or self.read()).execute(
            f"SELECT coupon_id FROM coupons WHERE coupon_id IN ({marks}) AND redeemed_at IS NULL"
            " AND voided_at IS NULL ORDER BY coupon_id", coupon_ids)]

    # -- reward counters (DESIGN.md §9) ----------------------------------------
    def counter_entries(self, member_id: str) -> list[tuple[str, datetime, int]]:
        """(account, when, delta) of the member's reward counters (visits, tier uses, referrals)."""
        return [(account, parse_iso(when), delta) for account, when, delta in self.read().execute(
            "SELECT account, occurred_at, delta FROM ledger WHERE member_id = ? AND (account IN"
            " ('visits', 'tier_uses', 'referred', 'referrals') OR account LIKE 'tier_coupons:%')"
            " ORDER BY account, occurred_at",
            (member_id,))]

    def spend_entries(self, member_id: str) -> list[tuple[datetime, int]]:
        return self._entries(self.read(), member_id, SPEND)

    def last_seen(self, member_id: str) -> datetime | None:
        """The member's own last sale or visit (what a referrer has not heard about yet is newer)."""
        when = fetch_one(self.read(), "SELECT max(occurred_at) FROM ledger WHERE member_id = ?"
                         " AND account IN ('spend', 'visits')", (member_id,))
        return parse_iso(when) if when else None

    # -- sales ---------------------------------------------------------------
    def sale_by_receipt(self, receipt_no: str) -> dict | None:
        row = self.read().execute(
            "SELECT sale_id, receipt_no, kind, member_id, occurred_at, total, doc"
            " FROM sales WHERE receipt_no = ?", (receipt_no.strip().upper(),),
        ).fetchone()
        if row is None:
            return None
        out = dict(row)
        out["doc"] = json.loads(unpack(out["doc"]))
        return out

    def returned_quantities(self, sale_id: str, conn=None) -> dict[str, int]:
        """Units of each SKU already returned from one sale (pass the writer's conn inside a write)."""
        done: dict[str, int] = {}
        for (doc,) in (conn or self.read()).execute(
                "SELECT doc FROM sales WHERE original_sale_id = ?", (sale_id,)):
            for line in json.loads(unpack(doc))["lines"]:
                done[line["sku"]] = done.get(line["sku"], 0) + line["qty"]
        return done

    def dead_letter_count(self) -> int:
        return fetch_one(self.read(), "SELECT count(*) FROM outbox WHERE state = 'dead'")

    def dead_letters(self) -> list[dict]:
        """Events HQ refused for good, newest first, with HQ's reason."""
        rows = self.read().execute(
            "SELECT seq, event_id, kind, occurred_at, last_error FROM outbox WHERE state = 'dead'"
            " ORDER BY seq DESC LIMIT 200")
        return [dict(r) for r in rows]

    # -- status --------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        conn = self.read()
        return {
            "members": fetch_one(conn, "SELECT count(*) FROM members"),
            "products": fetch_one(conn, "SELECT count(*) FROM products"),
            "outbox_pending": self.outbox_pending(),
            "dead_letters": fetch_one(conn, "SELECT count(*) FROM outbox WHERE state = 'dead'"),
            "print_queue": fetch_one(conn, f"SELECT count(*) FROM print_jobs WHERE {PRINT_JOBS.open_rows()}"),
        }

    def outbox_pending(self) -> int:
        return fetch_one(self.read(), f"SELECT count(*) FROM outbox WHERE {OUTBOX.open_rows()}")

    def member_phones(self, limit: int, sample: bool = False) -> list[str]:
        """Members' phone numbers (benchmarks and the self-test look them up): the first
        ``limit`` in order, or with ``sample`` about ``limit`` picked at random."""
        if sample:
            rows = self.read().execute(
                "SELECT phone FROM members WHERE rowid IN (SELECT abs(random()) % (SELECT max(rowid)"
                " FROM members) + 1 FROM members LIMIT ?)", (limit,))
        else:
            rows = self.read().execute("SELECT phone FROM members ORDER BY phone LIMIT ?", (limit,))
        return [r[0] for r in rows]

    def program_source(self) -> str | None:
        return fetch_one(self.read(), "SELECT source FROM program ORDER BY loaded_at DESC LIMIT 1")


def _ensure_identity(conn: sqlite3.Connection) -> None:
    """A terminal id and an Ed25519 key, made once, on first open."""
    if fetch_one(conn, "SELECT value FROM meta WHERE key = 'terminal_id'"):
        return
    terminal_id = str(uuid.uuid4())
    key = SigningKey.generate()
    conn.execute("BEGIN IMMEDIATE")
    set_meta(conn, "terminal_id", terminal_id)
    set_meta(conn, "signing_key", key.private_bytes().hex())
    set_meta(conn, "receipt_prefix", terminal_id[:4].upper())
    set_meta(conn, "receipt_counter", "0")
    conn.execute("COMMIT")
