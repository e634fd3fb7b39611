"""The sync benchmark measures what it says: every queued event reaches HQ."""

from __future__ import annotations

from sync import bench
from sync.hq.db import Database


def test_push_bench_delivers_every_event_to_a_separate_hq_process(tmp_path):
    figure = bench.bench_push(tmp_path, 120, rounds=2)
    assert figure["pushed"] == 120 and len(figure["rounds_s"]) == 2
    assert figure["seconds"] > 0


def test_ingest_bench_stores_each_event_once(tmp_path):
    db = Database(str(tmp_path / "hq.db"))
    try:
        figure = bench.bench_ingest(db, 120)
        with db.read() as conn:
            stored = conn.exec_driver_sql("SELECT count(*), count(DISTINCT event_id) FROM events"
                                          " WHERE status = 'accepted'").one()
    finally:
        db.close()
    assert figure["events"] == 120 and tuple(stored) == (120, 120)
