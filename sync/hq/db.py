"""Opening the HQ database: a file path means SQLite, ``postgresql://`` a server.

All writes go through ``Database.write()``.  SQLite has one writer: a process
lock plus ``BEGIN IMMEDIATE``.  On PostgreSQL an operator's write (pairing,
publishing, erasure) takes the feed lock, a transaction-scoped advisory lock,
for its whole transaction; event ingest (``write(parallel=True)``) runs
alongside other tills' batches and takes the feed lock only for its last
step, appending its change-feed rows and committing (docs/scale.md).  Either
way change-feed rows commit in seq order, so a reader that has seen seq N has
seen everything below it.

Schema creation runs under a session advisory lock, so several HQ processes
may start at once on an empty PostgreSQL database.
"""

from __future__ import annotations

import base64
import os
import random
import threading
import time
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import pydantic_core
import sqlalchemy as sa
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from . import schema as t

WRITE_LOCK_KEY = 7_316_001          # pg_advisory_xact_lock id: the change feed's order
MIGRATE_LOCK_KEY = 7_316_002        # pg_advisory_lock id: schema creation and migrations
# PostgreSQL errors after which a whole write transaction is simply run again:
# deadlock_detected, serialization_failure, unique_violation (two processes
# inserting the same new row: the retry sees the winner's row).
RETRY_SQLSTATES = {"40P01", "40001", "23505"}
RETRIES = 8
PING_IDLE_S = 5.0          # a pooled connection unused this long is pinged before it is handed out
# SQLite WAL checkpoints: after this many write transactions and at least this
# long apart (a batch adds ~1 MB of WAL: the WAL holds about a second of writes).
CHECKPOINT_EVERY = 16
CHECKPOINT_INTERVAL_S = 1.0


class HQError(Exception):
    """A user-facing HQ problem: one line, no traceback."""


def now_iso() -> str:
    return iso(datetime.now(timezone.utc))


def iso(moment: datetime) -> str:
    """Same fixed-width UTC text as the terminal store (sorts as time)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def url_for(db: str | None) -> str:
    """``--db`` / ``POS_HQ_DB`` value -> SQLAlchemy URL."""
    db = db or os.environ.get("POS_HQ_DB") or str(default_path())
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if db.startswith(("postgresql+", "sqlite:")):
        return db
    return "sqlite:///" + str(Path(db).expanduser().resolve())


def default_path() -> Path:
    import platformdirs
    return platformdirs.user_data_path("till-hq") / "hq.db"


def key_id_for(public_raw: bytes) -> str:
    """The key id signed codes carry (``pos_client.domain.codes``), as hex."""
    from pos_client.domain.codes import key_id_of
    return key_id_of(public_raw).hex()


class Database:
    def __init__(self, db: str | None = None) -> None:
        self.url = url_for(db)
        self.is_sqlite = self.url.startswith("sqlite")
        self.pool_size = pool_size()
        if self.is_sqlite:
            path = Path(self.url.split("///", 1)[1])
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise HQError(f"cannot create {path.parent}: {exc.strerror}") from None
            self.engine = sa.create_engine(self.url, connect_args={"timeout": 30, "check_same_thread": False})
            _sqlite_pragmas(self.engine)
        else:
            # No server-side prepared statements: their generic plans for the
            # batch's IN (...) lookups were 10x slower than planning each time.
            # A fixed pool, no overflow: connections are opened once and reused
            # (overflow connections were closed on return and opened again
            # seconds later under load).  The app's thread pool is sized to it.
            self.engine = sa.create_engine(self.url, pool_size=self.pool_size, max_overflow=0, pool_timeout=60,
                                           pool_recycle=3600, connect_args={"prepare_threshold": None})
            _ping_when_idle(self.engine)
        self._lock = threading.Lock()
        self._checkpointer = None
        self._health_engine: sa.Engine | None = None
        try:
            with self._migrate_lock():
                t.metadata.create_all(self.engine)
                self._init_settings()
                from .aggregates import migrate
                migrate(self)
                from .console import indexes
                indexes.migrate(self)            # search indexes, member_summary
        except sa.exc.OperationalError as exc:
            raise HQError(f"cannot open the HQ database: {str(exc.orig).strip().splitlines()[0]}") from None
        self.instance_id = self.get_setting("instance_id")

    def describe(self) -> str:
        return "sqlite" if self.is_sqlite else "postgresql"

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
        if self._health_engine is not None:
            self._health_engine.dispose()
        self.engine.dispose()

    @contextmanager
    def _migrate_lock(self) -> Iterator[None]:
        """Several HQ processes starting at once on an empty PostgreSQL database
        would race on CREATE TABLE (the loser died on a duplicate pg_type row):
        the first creates, the others wait for it and then find everything there."""
        if self.is_sqlite:
            yield
            return
        with self.engine.connect() as conn:
            conn.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATE_LOCK_KEY})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATE_LOCK_KEY})
                conn.commit()

    def ping(self) -> None:
        """One trivial query on a connection of its own (readiness checks must
        not queue behind ingest for the main pool)."""
        if self._health_engine is None:
            self._health_engine = sa.create_engine(
                self.url, pool_size=1, max_overflow=0, pool_timeout=5, pool_pre_ping=False,
                **({"connect_args": {"timeout": 2, "check_same_thread": False}} if self.is_sqlite
                   else {"connect_args": {"connect_timeout": 2, "prepare_threshold": None}}))
        with self._health_engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))

    # -- transactions ---------------------------------------------------------
    @contextmanager
    def write(self, parallel: bool = False) -> Iterator[sa.Connection]:
        """One write transaction.  ``parallel`` (event ingest) skips the feed lock
        on PostgreSQL until ``feed_lock``: the caller keeps its own order (the
        till's row lock) and takes row locks in one global order."""
        with self._lock if self.is_sqlite else _nolock():
            with self.engine.connect().execution_options(hq_write=True) as conn:
                with conn.begin():
                    if not parallel:
                        feed_lock(conn)
                    yield conn
            if self.is_sqlite:
                self._committed()

    def retrying(self, fn, *args):
        """``fn(*args)`` again after a deadlock, serialization failure or unique
        violation on PostgreSQL (the whole transaction was rolled back)."""
        for attempt in range(RETRIES):
            try:
                return fn(*args)
            except sa.exc.DBAPIError as exc:
                code = getattr(exc.orig, "sqlstate", None)
                if self.is_sqlite or code not in RETRY_SQLSTATES or attempt == RETRIES - 1:
                    raise
                time.sleep(random.uniform(0, 0.005 * 2 ** attempt))

    def _committed(self) -> None:
        # As on the terminal: writers never checkpoint (it synced the main file
        # inside every ~8th batch's commit, 15 % of a push); a thread of its own
        # copies the WAL back concurrently.  Started by the first write, so
        # read-only commands (report, status) start no thread.
        if self._checkpointer is None:
            from sync.wal import Checkpointer
            self._checkpointer = Checkpointer(self.url.split("///", 1)[1], every=CHECKPOINT_EVERY,
                                              min_interval_s=CHECKPOINT_INTERVAL_S)
        self._checkpointer.committed()

    @property
    def param(self) -> str:
        """The driver's placeholder, for the few hot queries written as plain SQL."""
        return "?" if self.is_sqlite else "%s"

    @contextmanager
    def read(self) -> Iterator[sa.Connection]:
        with self.engine.connect() as conn:
            # One snapshot for the whole read (feed pages must be consistent).
            if not self.is_sqlite:
                conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn

    # -- settings -------------------------------------------------------------
    def get_setting(self, key: str, conn: sa.Connection | None = None) -> str | None:
        stmt = sa.select(t.settings.c.value).where(t.settings.c.key == key)
        if conn is not None:
            return conn.execute(stmt).scalar()
        with self.engine.connect() as c:
            return c.execute(stmt).scalar()

    def set_setting(self, conn: sa.Connection, key: str, value: str | None) -> None:
        conn.execute(sa.delete(t.settings).where(t.settings.c.key == key))
        if value is not None:
            conn.execute(sa.insert(t.settings).values(key=key, value=value))

    def _init_settings(self) -> None:
        """Instance id (for cursors), pairing secret and HQ signing key, made once."""
        if self.get_setting("instance_id"):
            return
        with self.write() as conn:
            if self.get_setting("instance_id", conn):
                return
            private = Ed25519PrivateKey.generate()
            raw_priv = private.private_bytes(
                serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                serialization.NoEncryption())
            raw_pub = private.public_key().public_bytes(
                serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            for key, value in {
                "instance_id": str(uuid.uuid4()),
                "pairing_secret": base64.b64encode(os.urandom(32)).decode(),
                "hq_private_key": base64.b64encode(raw_priv).decode(),
                "schema_version": str(t.SCHEMA_VERSION),
                "feed_floor": "0",
            }.items():
                self.set_setting(conn, key, value)
            kid = key_id_for(raw_pub)
            pub = base64.b64encode(raw_pub).decode()
            conn.execute(sa.insert(t.keys).values(key_id=kid, public_key=pub, owner="hq", added_at=now_iso()))
            add_change(conn, {"type": "key", "key_id": kid, "public_key": pub, "owner": "hq"})

    def hq_key(self) -> dict:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(t.keys).where(t.keys.c.owner == "hq")).mappings().first()
        return {"key_id": row["key_id"], "public_key": row["public_key"], "owner": "hq"}


def pool_size() -> int:
    """PostgreSQL connections per HQ process (``POS_HQ_POOL``, default 10)."""
    try:
        return max(1, int(os.environ.get("POS_HQ_POOL", "10")))
    except ValueError:
        raise HQError("POS_HQ_POOL must be a whole number") from None


def feed_lock(conn: sa.Connection) -> None:
    """Change-feed rows must commit in seq order: on PostgreSQL whoever appends
    to the feed holds this lock until its commit.  Re-entrant; no-op on SQLite."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))


def add_change(conn: sa.Connection, item: dict, origin: str | None = None) -> None:
    feed_lock(conn)
    conn.execute(sa.insert(t.changes).values(origin=origin, data=dumps(item)))


def add_changes(conn: sa.Connection, rows: list[dict]) -> None:
    """rows: {origin, data} with data already JSON text."""
    if rows:
        feed_lock(conn)
        conn.execute(sa.insert(t.changes), rows)


def dumps(value: object) -> str:
    """Compact JSON text, as ``json.dumps(separators=(",", ":"), ensure_ascii=False)``
    would write it, by pydantic-core (4x faster: ingest writes two per event)."""
    return pydantic_core.to_json(value).decode()


@contextmanager
def _nolock():
    yield


def _ping_when_idle(engine: sa.Engine) -> None:
    """pool_pre_ping, but only for a connection idle more than ``PING_IDLE_S``:
    a pre-ping is a round trip on every checkout, i.e. every request, while a
    connection in steady use has just proved itself.  A dead one is replaced
    (up to three tries) before the request gets it; one that dies in use fails
    that request with 503 and the pool opens fresh connections."""
    @sa.event.listens_for(engine, "checkout")
    def _checkout(dbapi_conn, record, _proxy):
        now = time.monotonic()
        last = record.info.get("used_at", now)
        record.info["used_at"] = now
        if dbapi_conn.closed or dbapi_conn.broken:
            raise sa.exc.DisconnectionError("connection closed")
        if now - last > PING_IDLE_S:
            try:
                engine.dialect.do_ping(dbapi_conn)
            except Exception as exc:       # noqa: BLE001 - any failure: use another connection
                raise sa.exc.DisconnectionError(str(exc)) from exc


def _sqlite_pragmas(engine: sa.Engine) -> None:
    # pysqlite's own transaction handling would defer BEGIN; take it over so
    # write transactions start with BEGIN IMMEDIATE (no late lock upgrade).
    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        # An accepted event must survive a power cut: HQ's "accepted" is a promise.
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA wal_autocheckpoint=0")     # see Database._committed
        cur.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(conn):
        write = conn.get_execution_options().get("hq_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
