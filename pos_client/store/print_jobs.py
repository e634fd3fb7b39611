"""The persistent print queue: receipts wait here until a printer took them.

A job is ``queued`` -> ``sending`` -> ``done``.  A crash after ``sending``
was committed but before ``done`` leaves the job ``sending``: on the next
start those are put back in the queue flagged ``maybe_printed`` and printed
marked as a copy — a second paper is better than a lost receipt, and the
COPY mark keeps it from being mistaken for a second sale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .by_reference import RECEIPT_SQL
from .low_water import PRINT_JOBS, advance
from .rows import iso
from .store import Store
from .writes import enqueue_print


@dataclass(frozen=True)
class PrintJob:
    job_id: int
    receipt_no: str
    receipt_json: str
    copy: bool
    attempts: int
    state: str
    last_error: str | None = None


class PrintJobs:
    def __init__(self, store: Store) -> None:
        self.store = store

    def recover(self) -> int:
        """After a crash: jobs caught mid-send are retried as copies."""
        return self.store.write(lambda conn: conn.execute(
            "UPDATE print_jobs SET state='queued', copy=1, last_error='may have printed'"
            f" WHERE {PRINT_JOBS.open_rows()} AND state='sending'").rowcount)

    def due(self, now: datetime, limit: int = 20) -> list[PrintJob]:
        rows = self.store.read().execute(
            f"SELECT job_id, receipt_no, {RECEIPT_SQL}, copy, attempts, state, last_error FROM print_jobs"
            f" WHERE {PRINT_JOBS.open_rows()} AND state='queued' AND next_try <= ? ORDER BY job_id LIMIT ?",
            (iso(now), limit))
        return [PrintJob(r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6]) for r in rows]

    def waiting(self) -> list[PrintJob]:
        rows = self.store.read().execute(
            f"SELECT job_id, receipt_no, {RECEIPT_SQL}, copy, attempts, state, last_error FROM print_jobs"
            f" WHERE {PRINT_JOBS.open_rows()} ORDER BY job_id")
        return [PrintJob(r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6]) for r in rows]

    def mark_sending(self, job_id: int) -> None:
        self.store.write(lambda conn: conn.execute(
            "UPDATE print_jobs SET state='sending', attempts=attempts+1 WHERE job_id=?", (job_id,)))

    def mark_done(self, job_id: int, when: datetime) -> None:
        def tx(conn):
            conn.execute("UPDATE print_jobs SET state='done', printed_at=?, last_error=NULL WHERE job_id=?",
                         (iso(when), job_id))
            advance(conn, PRINT_JOBS)
        self.store.write(tx)

    def mark_failed(self, job_id: int, error: str, next_try: datetime) -> None:
        self.store.write(lambda conn: conn.execute(
            "UPDATE print_jobs SET state='queued', last_error=?, next_try=? WHERE job_id=?",
            (error, iso(next_try), job_id)))

    def original(self, receipt_no: str | None = None) -> tuple[str, str] | None:
        """(receipt number, receipt JSON) of a receipt by number, or of the last one printed."""
        conn = self.store.read()
        if receipt_no:
            row = conn.execute(f"SELECT receipt_no, {RECEIPT_SQL} FROM print_jobs WHERE receipt_no = ?"
                               " ORDER BY job_id LIMIT 1", (receipt_no.strip().upper(),)).fetchone()
        else:
            row = conn.execute(f"SELECT receipt_no, {RECEIPT_SQL} FROM print_jobs WHERE copy = 0"
                               " ORDER BY job_id DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else None

    def queue_copy(self, receipt_no: str, receipt_json: str, now: datetime) -> None:
        self.store.write(lambda conn: enqueue_print(conn, receipt_no, receipt_json, now, copy=True))

    def retry_now(self, now: datetime) -> None:
        self.store.write(lambda conn: conn.execute(
            f"UPDATE print_jobs SET next_try=? WHERE {PRINT_JOBS.open_rows()} AND state='queued'", (iso(now),)))
