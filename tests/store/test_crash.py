"""Power cut mid-sale: SIGKILL a selling process many times, then audit the database."""

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from pos_client.store.outbox import rows as outbox_rows
from tests.helpers import demo_terminal

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = int(os.environ.get("TILL_CRASH_KILLS", "30"))


def _audit(db_path: Path) -> dict:
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    seqs = [r[0] for r in conn.execute("SELECT seq FROM outbox ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1)), "outbox seq has a gap"
    assert conn.execute("SELECT value FROM meta WHERE key='outbox_seq'").fetchone() is None   # schema 5: none
    # Payloads as sent (a journal entry's body is stored once, in the journal, and put back).
    events = {event_id: (kind, json.loads(payload)) for _, event_id, kind, _, payload in outbox_rows(conn)}
    sales = conn.execute("SELECT sale_id, kind, event_id, receipt_no FROM sales").fetchall()
    for sale_id, kind, event_id, receipt_no in sales:
        ev_kind, payload = events[event_id]           # every sale has its event
        assert ev_kind == ("sale_completed" if kind == "sale" else "sale_returned")
        assert payload["receipt_no"] == receipt_no
    sale_events = [e for e in events.values() if e[0] in ("sale_completed", "sale_returned")]
    assert len(sale_events) == len(sales)             # and every event its sale
    # Ledger rows are exactly the entries the events carry.
    # (demo mode's past purchases, resources/demo/history.csv, are posted without an event)
    ledger = conn.execute("SELECT count(*) FROM ledger WHERE event_id != 'demo-history'").fetchone()[0]
    assert ledger == sum(len(p.get("ledger", [])) for _, p in events.values())
    # Materialised balances equal the sum of the ledger.
    for member_id, points, spend, cheques, stamps in conn.execute(
            "SELECT member_id, points, spend, cheques, stamps FROM members"):
        sums = dict(conn.execute(
            "SELECT account, sum(delta) FROM ledger WHERE member_id=? GROUP BY account", (member_id,)))
        assert points == sums.get("points", 0)
        assert spend == sums.get("spend", 0)
        assert cheques == sums.get("cheques", 0)
        assert {k: v for k, v in json.loads(stamps).items() if v} == {
            k[len("stamps:"):]: v for k, v in sums.items() if k.startswith("stamps:") and v}
    # A redeemed coupon points at a sale that exists.
    sale_ids = {s[0] for s in sales}
    for (redeemed_sale,) in conn.execute("SELECT redeemed_sale FROM coupons WHERE redeemed_at IS NOT NULL"):
        assert redeemed_sale in sale_ids
    _audit_journal(conn, sales, events)
    return {"sales": len(sales), "events": len(seqs)}


def _audit_journal(conn, sales, events) -> None:
    """The electronic journal after a kill: one signed entry per sale and return, nothing
    else signed, numbers gapless, every signature verifying in one unbroken chain, and
    each entry's outbox event carrying exactly that entry."""
    from pos_client.domain.signature import Signed, Signer, check_chain, load_public
    from pos_client.store.journal import COLUMNS, _entry
    rows = conn.execute(f"SELECT event_id, {COLUMNS} FROM journal ORDER BY entry_no").fetchall()
    entries = [_entry(r[1:]) for r in rows]
    assert [e.entry_no for e in entries] == list(range(1, len(entries) + 1)), "journal entry gap"
    signed = [e for e in entries if e.trans_nr is not None]
    assert [e.trans_nr for e in signed] == list(range(1, len(signed) + 1)), "transaction number gap"
    by_receipt = {e.receipt_no: e for e in signed}
    for _, kind, _, receipt_no in sales:                # every sale and return is in the journal
        assert by_receipt[receipt_no].code == ("SALREC" if kind == "sale" else "RETREC")
    assert len(signed) == len(sales)                    # and nothing else was signed
    key = conn.execute("SELECT value FROM meta WHERE key = 'journal_key'").fetchone()[0]
    public = {"1": load_public(Signer(key.encode()).public_pem())}
    assert check_chain([Signed(str(e.trans_nr), e.local_date, e.local_time, e.amount_in, e.amount_ex,
                               e.signature, e.key_version) for e in signed], public) == []
    for row, entry in zip(rows, entries):
        kind, payload = events[row[0]]
        assert kind == "journal_entry" and payload["entry_no"] == entry.entry_no
        assert payload["signature"] == entry.signature and payload["body"] == entry.body


def test_sigkill_at_random_moments_loses_nothing_and_corrupts_nothing(tmp_path):
    data = tmp_path / "till"
    with demo_terminal(data) as t:                 # demo program, catalogue, members
        assert t.status()["members"] > 0
    rng = random.Random(20261124)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    before = 0
    for kill in range(KILLS):
        child = subprocess.Popen([sys.executable, str(CHILD), str(data), str(kill)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        line = child.stdout.readline()
        assert line.strip() == b"ready", child.stderr.read().decode()
        time.sleep(rng.uniform(0.02, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        child.stderr.close()
        counts = _audit(data / "till.db")
        assert counts["sales"] >= before            # durable: nothing committed is lost
        before = counts["sales"]
    assert before > KILLS                           # the children really sold
    conn = sqlite3.connect(data / "till.db")
    assert conn.execute("SELECT count(DISTINCT member_id) FROM ledger").fetchone()[0] > 3
