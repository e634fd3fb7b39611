"""The outbox's pending events and the print queue's open jobs, found from a low-water
mark instead of an index on their state: whatever order rows are appended, sent,
dead-lettered, retried, printed, failed or caught mid-send, the queue readers see
exactly the rows a scan of the whole table by state finds."""

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from pos_client.store.outbox import Outbox
from pos_client.store.print_jobs import PrintJobs
from pos_client.store.store import Store
from pos_client.store.writes import append_event, enqueue_print

NOW = datetime(2026, 12, 2, 10, tzinfo=timezone.utc)
LATER = NOW + timedelta(days=1)

outbox_steps = st.lists(st.one_of(
    st.tuples(st.just("append"), st.integers(1, 4)),
    st.tuples(st.just("answer"), st.lists(st.sampled_from(["sent", "dead", "retry"]), min_size=1, max_size=6)),
), max_size=25)
print_steps = st.lists(st.one_of(
    st.tuples(st.just("enqueue"), st.integers(1, 3)),
    st.tuples(st.sampled_from(["sending", "done", "failed"]), st.integers(0, 5)),
    st.tuples(st.just("recover"), st.just(0)),
), max_size=30)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = Store.open(tmp_path_factory.mktemp("till"))
    yield s
    s.close()


def _ids(store, sql) -> list[int]:
    return [r[0] for r in store.read().execute(sql)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=outbox_steps)
def test_pending_events_are_the_rows_still_pending(store, steps):
    outbox = Outbox(store)
    for step, arg in steps:
        if step == "append":
            for _ in range(arg):
                store.write(lambda conn: append_event(conn, "T1", "sale_completed", {"x": 1}, NOW))
        else:
            # HQ answers the oldest pending events (a random mix, as a push round would get).
            pending = outbox.pending(0, len(arg))
            done = outbox.record([(row[0], (state, "why")) for row, state in zip(pending, arg)], NOW)
            if done is not None:
                done.result()
        expected = _ids(store, "SELECT seq FROM outbox WHERE state = 'pending' ORDER BY seq")
        assert [row[0] for row in outbox.pending(0, 10_000)] == expected
        assert store.outbox_pending() == len(expected)
        if expected:                                   # a cursor past some of them
            assert [row[0] for row in outbox.pending(expected[len(expected) // 2], 10_000)] == \
                expected[len(expected) // 2 + 1:]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=print_steps)
def test_open_print_jobs_are_the_jobs_not_printed(store, steps):
    jobs = PrintJobs(store)
    for step, arg in steps:
        open_ids = [j.job_id for j in jobs.waiting()]
        if step == "enqueue":
            for _ in range(arg):
                store.write(lambda conn: enqueue_print(conn, "T-000001", '{"lines": []}', NOW))
        elif step == "recover":
            jobs.recover()
        elif open_ids:
            job_id = open_ids[arg % len(open_ids)]
            if step == "sending":
                jobs.mark_sending(job_id)
            elif step == "done":
                jobs.mark_done(job_id, NOW)
            else:
                jobs.mark_failed(job_id, "out of paper", NOW)
        assert [j.job_id for j in jobs.waiting()] == _ids(
            store, "SELECT job_id FROM print_jobs WHERE state != 'done' ORDER BY job_id")
        assert [j.job_id for j in jobs.due(LATER, 10_000)] == _ids(
            store, "SELECT job_id FROM print_jobs WHERE state = 'queued' ORDER BY job_id")
        assert store.counts()["print_queue"] == len(jobs.waiting())


def test_a_sale_writes_no_index_of_the_queues(store):
    names = {r[0] for r in store.read().execute(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('outbox', 'print_jobs')")}
    assert names == {"idx_outbox_dead"}                # only the dead letters', which a sale never adds to
