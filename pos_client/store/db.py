"""SQLite connections: durable pragmas, one writer thread, per-thread readers.

A till must not lose a sale, so the database runs in WAL mode with
``synchronous=FULL``: a commit is on disk when it returns.  Every write goes
through one ``Writer`` thread (SQLite allows one writer anyway; funnelling
them keeps transactions short and ordered); reads use a connection per
thread and never wait for the writer.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Callable, TypeVar

from sync.wal import Checkpointer

from .packed import unpack

T = TypeVar("T")


def connect(path: Path | str) -> sqlite3.Connection:
    conn = sqlite3.connect(
        str(path), timeout=30, isolation_level=None, check_same_thread=False
    )
    conn.row_factory = sqlite3.Row
    conn.create_function("unpack", 1, unpack, deterministic=True)   # long JSON stored deflated
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


class Writer:
    """Runs write transactions one at a time on a dedicated thread."""

    def __init__(self, path: Path | str) -> None:
        self._path = path
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._ready = threading.Event()
        self._conn: sqlite3.Connection | None = None
        self._thread = threading.Thread(target=self._run, name="store-write", daemon=True)
        self._thread.start()
        self._ready.wait()

    def _run(self) -> None:
        self._conn = connect(self._path)
        # The writer never checkpoints itself: a checkpoint syncs the main
        # file and would land as a latency spike on every ~80th sale.  A
        # separate thread does it, concurrently (PASSIVE never blocks writers).
        self._conn.execute("PRAGMA wal_autocheckpoint=0")
        # Between customers: a checkpoint beside a sale's commit slows that sale.
        self._checkpointer = Checkpointer(self._path, every=64, idle_s=0.25, most=2048)
        self._ready.set()
        while True:
            job = self._jobs.get()
            if job is None:
                break
            fn, future = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(self._transaction(fn))
            except BaseException as exc:  # handed to the caller, who decides
                future.set_exception(exc)
            self._checkpointer.committed()
        self._checkpointer.stop()
        self._conn.close()

    def _transaction(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        conn = self._conn
        assert conn is not None
        conn.execute("BEGIN IMMEDIATE")
        try:
            result = fn(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return result

    def submit(self, fn: Callable[[sqlite3.Connection], T]) -> "Future[T]":
        future: Future = Future()
        if threading.current_thread() is self._thread:
            raise RuntimeError("nested write transaction")
        self._jobs.put((fn, future))
        return future

    def run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(conn)`` in one transaction and wait until it is durable."""
        return self.submit(fn).result()

    def close(self) -> None:
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join(timeout=30)


class Readers:
    """One read connection per thread (sqlite3 connections are not thread-safe)."""

    def __init__(self, path: Path | str) -> None:
        self._path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def get(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self._path)
            conn.execute("PRAGMA query_only=ON")
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                try:
                    conn.close()
                except sqlite3.ProgrammingError:
                    pass  # created in a thread that is gone; nothing to flush
            self._all.clear()
        self._local = threading.local()


def fetch_one(conn: sqlite3.Connection, sql: str, args: tuple = ()) -> Any:
    row = conn.execute(sql, args).fetchone()
    return None if row is None else row[0]
