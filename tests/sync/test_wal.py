"""WAL checkpoints run on their own thread, spaced by commits and by time.

Observable from outside: in WAL mode the main database file only grows when
a checkpoint copies pages back into it, and closing truncates the WAL."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from pos_client.store.db import connect
from sync.wal import Checkpointer

from sync.hq.db import Database
from tests.helpers import wait_for


def _writer(path: Path) -> sqlite3.Connection:
    conn = connect(path)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE IF NOT EXISTS t (x TEXT)")
    return conn


def _commit(conn: sqlite3.Connection, cp: Checkpointer, n: int) -> None:
    for _ in range(n):
        conn.execute("INSERT INTO t VALUES (?)", ("x" * 3000,))
        cp.committed()


def test_checkpoints_after_enough_commits_and_truncates_on_stop(tmp_path):
    path = tmp_path / "a.db"
    conn = _writer(path)
    cp = Checkpointer(path, every=8)
    before = path.stat().st_size
    _commit(conn, cp, 7)
    time.sleep(0.2)
    assert path.stat().st_size == before            # the writer never checkpoints
    _commit(conn, cp, 1)
    assert wait_for(lambda: path.stat().st_size > before + 7 * 3000)
    cp.stop()
    assert Path(str(path) + "-wal").stat().st_size == 0
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 8
    conn.close()


def test_a_burst_of_commits_is_checkpointed_at_most_once_per_interval(tmp_path):
    path = tmp_path / "b.db"
    conn = _writer(path)
    cp = Checkpointer(path, every=2, min_interval_s=3600)
    before = path.stat().st_size
    _commit(conn, cp, 50)
    time.sleep(0.2)
    assert path.stat().st_size == before            # within the interval: the WAL waits
    cp.stop()                                       # ...and is folded in on close
    assert path.stat().st_size > before + 50 * 3000
    conn.close()


def test_hq_sqlite_writes_do_not_checkpoint_inline_and_close_folds_the_wal(tmp_path):
    db = Database(str(tmp_path / "hq.db"))
    main, wal = tmp_path / "hq.db", tmp_path / "hq.db-wal"
    with db.write() as conn:
        autocheckpoint = conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
        conn.exec_driver_sql("CREATE TABLE bulk (x TEXT)")
    assert autocheckpoint == 0
    for _ in range(3):
        with db.write() as conn:
            conn.exec_driver_sql("INSERT INTO bulk VALUES (?)", ("y" * 400_000,))
    assert wal.stat().st_size > 1_000_000 > main.stat().st_size
    db.close()
    # (the last connection to close removes an empty WAL file altogether)
    assert (not wal.exists() or wal.stat().st_size == 0) and main.stat().st_size > 1_000_000
    again = Database(str(main))
    with again.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM bulk").scalar() == 3
    again.close()


def test_a_till_checkpoints_between_customers_unless_too_much_is_waiting(tmp_path):
    path = tmp_path / "c.db"
    conn = _writer(path)
    cp = Checkpointer(path, every=2, idle_s=2.0)
    before = path.stat().st_size
    _commit(conn, cp, 6)
    time.sleep(0.2)
    assert path.stat().st_size == before            # a sale just now: wait for a quiet moment
    assert wait_for(lambda: path.stat().st_size > before + 6 * 3000)   # then it runs
    cp.stop()
    busy = Checkpointer(path, every=2, idle_s=3600, most=10)
    before = path.stat().st_size
    _commit(conn, busy, 9)
    time.sleep(0.2)
    assert path.stat().st_size == before
    _commit(conn, busy, 1)                          # never quiet, but the WAL must not grow forever
    assert wait_for(lambda: path.stat().st_size > before + 9 * 3000)
    busy.stop()
    conn.close()
