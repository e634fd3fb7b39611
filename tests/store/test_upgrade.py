"""Upgrading keeps data: a schema-1 database with members and unsynced events
opens in this version (backup first), and nothing is lost or changed."""

import json
import sqlite3

import pytest

from pos_client.pins import verify_pin
from pos_client.services.journal_export import verify
from pos_client.store.ledger import entries_for_event, post_entries
from pos_client.store.by_reference import RECEIPT_SQL, with_body
from pos_client.store.migrations import SCHEMA_VERSION
from pos_client.store.outbox import Outbox, rows as outbox_rows
from pos_client.store.packed import unpack
from tests.helpers import demo_terminal


V4_LEDGER = ("CREATE TABLE ledger (entry_id TEXT PRIMARY KEY, event_id TEXT, member_id TEXT NOT NULL,"
             " account TEXT NOT NULL, delta INTEGER NOT NULL, occurred_at TEXT NOT NULL, terminal_id TEXT)")


def _ledger_as_schema_4(conn):
    """Schemas 1-4's ledger: a rowid table, its entry-id key and a (member, account, time) index."""
    conn.execute("ALTER TABLE ledger RENAME TO ledger_v5")
    conn.execute(V4_LEDGER)
    conn.execute("INSERT INTO ledger SELECT entry_id, event_id, member_id, account, delta, occurred_at,"
                 " terminal_id FROM ledger_v5")
    conn.execute("DROP TABLE ledger_v5")
    conn.execute("CREATE INDEX idx_ledger_member_id_account_occurred_at ON ledger(member_id, account, occurred_at)")


def _stored_whole(conn):
    """Schemas 1-5 stored every receipt and journal body where it was used: in the print
    job and in the event's payload, and they had the outbox's event-id index."""
    conn.create_function("unpack", 1, unpack)
    for seq, payload, body in conn.execute(
            "SELECT outbox.seq, outbox.payload, unpack(journal.body) FROM outbox JOIN journal"
            " ON journal.entry_no = outbox.entry_no").fetchall():
        conn.execute("UPDATE outbox SET payload = ? WHERE seq = ?", (with_body(payload, body), seq))
    conn.execute("UPDATE print_jobs SET receipt_json = (SELECT json_extract(unpack(body), '$.receipt') FROM journal"
                 " WHERE journal.entry_no = print_jobs.entry_no) WHERE entry_no IS NOT NULL")
    conn.execute("ALTER TABLE outbox DROP COLUMN entry_no")
    conn.execute("ALTER TABLE print_jobs DROP COLUMN entry_no")
    conn.execute("CREATE UNIQUE INDEX idx_outbox_event_id ON outbox(event_id)")
    _rebuild(conn, "ledger", V5_LEDGER, {})
    _rebuild(conn, "sales", V5_SALES, {"doc": "unpack(doc)"}, "CREATE UNIQUE INDEX idx_sales_receipt_no ON sales(receipt_no)",
             "CREATE INDEX idx_sales_original ON sales(original_sale_id) WHERE original_sale_id IS NOT NULL")
    _rebuild(conn, "journal", V5_JOURNAL, {"body": "unpack(body)"},
             "CREATE INDEX idx_journal_code ON journal(code, receipt_no) WHERE trans_nr IS NULL",
             *[f"CREATE TRIGGER journal_no_{a.lower()} BEFORE {a} ON journal BEGIN"
               f" SELECT RAISE(ABORT, 'the electronic journal is append-only: {a} refused'); END"
               for a in ("UPDATE", "DELETE")])


V5_LEDGER = ("CREATE TABLE ledger (member_id TEXT NOT NULL, account TEXT NOT NULL, entry_id TEXT NOT NULL,"
             " event_id TEXT, delta INTEGER NOT NULL, occurred_at TEXT NOT NULL, terminal_id TEXT,"
             " PRIMARY KEY (member_id, account, entry_id)) WITHOUT ROWID")
V5_SALES = ("CREATE TABLE sales (sale_id TEXT PRIMARY KEY, receipt_no TEXT, kind TEXT, member_id TEXT,"
            " occurred_at TEXT, total INTEGER, doc TEXT, original_sale_id TEXT, event_id TEXT)")
V5_JOURNAL = ("CREATE TABLE journal (entry_no INTEGER PRIMARY KEY, event_id TEXT NOT NULL, code TEXT NOT NULL,"
              " occurred_at TEXT NOT NULL, local_date TEXT NOT NULL, local_time TEXT NOT NULL,"
              " cashier_id INTEGER, cashier TEXT NOT NULL DEFAULT '', trans_nr INTEGER UNIQUE,"
              " receipt_no TEXT NOT NULL DEFAULT '', training INTEGER NOT NULL DEFAULT 0,"
              " text TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '{}',"
              " amount_in INTEGER NOT NULL DEFAULT 0, amount_ex INTEGER NOT NULL DEFAULT 0,"
              " signature TEXT NOT NULL DEFAULT '', key_version TEXT NOT NULL DEFAULT '')")


def _rebuild(conn, table, create, texts, *after):
    """``table`` as ``create`` makes it, with the same rows (schema 6 rebuilt these three),
    its long JSON as text again (``texts``: column -> SQL)."""
    names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    columns = ", ".join(names)
    conn.execute(f"ALTER TABLE {table} RENAME TO {table}_v6")
    conn.execute(create)
    conn.execute(f"INSERT INTO {table}({columns}) SELECT {', '.join(texts.get(n, n) for n in names)} FROM {table}_v6")
    conn.execute(f"DROP TABLE {table}_v6")
    for sql in after:
        conn.execute(sql)


def _as_schema_5(path):
    conn = sqlite3.connect(path)
    _stored_whole(conn)
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()


def _as_schema_4(path):
    """What version 4 left on disk: that ledger, and the journal's full code and date indexes."""
    conn = sqlite3.connect(path)
    _stored_whole(conn)
    _ledger_as_schema_4(conn)
    conn.execute("DROP INDEX idx_journal_code")
    conn.execute("CREATE INDEX idx_journal_code ON journal(code, receipt_no)")
    conn.execute("CREATE INDEX idx_journal_date ON journal(local_date)")
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('outbox_seq', (SELECT max(seq) FROM outbox))")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()


def _as_schema_1(path):
    """What version 1 left on disk: no dead-letter index, the PIN as typed."""
    conn = sqlite3.connect(path)
    _stored_whole(conn)
    _ledger_as_schema_4(conn)
    conn.execute("DROP INDEX idx_outbox_dead")
    conn.execute("DROP TABLE journal")                   # schema 4's (its triggers go with it)
    conn.execute("DROP TABLE cashiers")
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('manager_pin', '2468')")
    for table, column in (("members", "referred_by"), ("coupons", "points_cost"),
                          ("coupons", "transferable"), ("coupons", "voided_at")):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")      # added by schema 3
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def _facts(path):
    conn = sqlite3.connect(path)
    try:
        return {
            "members": conn.execute("SELECT member_id, phone, name, points FROM members ORDER BY member_id").fetchall(),
            "outbox": conn.execute("SELECT seq, event_id, state, payload FROM outbox ORDER BY seq").fetchall(),
            "ledger": conn.execute("SELECT count(*), sum(delta) FROM ledger").fetchone(),
            "entries": conn.execute("SELECT entry_id, event_id, member_id, account, delta, occurred_at, terminal_id"
                                    " FROM ledger ORDER BY entry_id").fetchall(),
        }
    finally:
        conn.close()


def test_a_schema_1_database_upgrades_keeping_every_member_and_unsynced_event(tmp_path):
    data = tmp_path / "till"
    t = demo_terminal(data)
    member = t.enroll("915 55 000", name="Nils", consents=["loyalty"])
    for sku in [p.sku for p in t.products()[:2]]:
        sale = t.new_sale(member=t.lookup(member.phone))
        sale.add(sku)
        sale.complete("card")
    t.close()
    db = data / "till.db"
    _as_schema_1(db)
    before = _facts(db)
    assert before["outbox"] and all(state == "pending" for _, _, state, _ in before["outbox"])

    t = demo_terminal(data)
    try:
        conn = t.store.read()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 7
        stored_pin = t.store.get_meta("manager_pin")
        assert stored_pin != "2468" and verify_pin("2468", stored_pin)
        assert t.store.outbox_pending() == len(before["outbox"])
    finally:
        t.close()
    assert _facts(db) == before
    backup = data / "till.db.v1.bak"
    assert _facts(backup) == before                       # the copy taken before migrating
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == 1


def _journal(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM journal ORDER BY entry_no").fetchall()
    finally:
        conn.close()


def test_a_schema_4_database_upgrades_to_the_ledger_and_journal_of_schema_5(tmp_path):
    data = tmp_path / "till"
    t = demo_terminal(data)
    member = t.enroll("915 55 001", name="Siri", consents=["loyalty"])
    for sku in [p.sku for p in t.products()[:3]]:
        sale = t.new_sale(member=t.lookup(member.phone))
        sale.add(sku)
        sale.complete("cash", cash_given=100_000)
    copied = t.register.copy_receipt()
    t.register.report("Z")
    points = t.lookup(member.phone).points
    t.close()
    db = data / "till.db"
    _as_schema_4(db)
    before, journal = _facts(db), _journal(db)
    assert before["entries"] and points > 0

    t = demo_terminal(data)
    try:
        conn = t.store.read()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'index'")}
        assert "idx_journal_date" not in indexes and "idx_ledger_member_id_account_occurred_at" not in indexes
        assert "WITHOUT ROWID" in conn.execute("SELECT sql FROM sqlite_schema WHERE name = 'ledger'").fetchone()[0]
        assert t.lookup(member.phone).points == points            # the sums and the entries agree
        assert verify(t) == []                                    # the signature chain still verifies
        assert t.register.report("X")["copies"] == 0              # after the Z: asked of the code index
        with pytest.raises(Exception, match="copied once"):
            t.register.copy_receipt(copied)                       # the one copy is still known
        # An entry arriving again (a resent event, a feed page replayed) is still ignored.
        event_id, member_id, account = before["entries"][0][1], before["entries"][0][2], before["entries"][0][3]
        again = [e for e in entries_for_event(event_id, "x", "2026-01-01T00:00:00+00:00",
                                              [{"member_id": member_id, "account": account, "delta": 5}])]
        assert t.store.write(lambda c: post_entries(c, again)) == 0
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            t.store.write(lambda c: c.execute("UPDATE journal SET amount_in = 1"))
    finally:
        t.close()
    after = _facts(db)                                            # kept, and only added to since (the X report)
    assert after["members"] == before["members"] and after["entries"] == before["entries"]
    assert after["outbox"][:len(before["outbox"])] == before["outbox"]
    assert [row[0] for row in after["outbox"]] == list(range(1, len(after["outbox"]) + 1))   # seq goes on, gapless
    assert len(after["outbox"]) > len(before["outbox"])
    assert sqlite3.connect(db).execute("SELECT * FROM meta WHERE key = 'outbox_seq'").fetchone() is None
    assert _journal(db)[:len(journal)] == journal
    assert sqlite3.connect(data / "till.db.v4.bak").execute("PRAGMA user_version").fetchone()[0] == 4


def _receipts(conn):
    return [tuple(r) for r in conn.execute(f"SELECT job_id, receipt_no, copy, {RECEIPT_SQL} FROM print_jobs ORDER BY job_id")]


def test_a_schema_5_database_upgrades_to_receipts_stored_once_and_reads_the_same(tmp_path):
    data = tmp_path / "till"
    t = demo_terminal(data)
    member = t.enroll("915 55 002", name="Eva", consents=["loyalty"])
    receipts, skus = [], [p.sku for p in t.products()[:3]]
    for sku in skus:
        sale = t.new_sale(member=t.lookup(member.phone))
        sale.add(sku)
        receipts.append(sale.complete("cash", cash_given=100_000).receipt_no)
    t.return_items(receipts[0], [(skus[0], 1)])
    t.register.copy_receipt(receipts[1])
    t.close()
    db = data / "till.db"
    _as_schema_5(db)
    conn = sqlite3.connect(db)
    whole = conn.execute("SELECT seq, event_id, kind, occurred_at, payload FROM outbox ORDER BY seq").fetchall()
    printed = conn.execute("SELECT job_id, receipt_no, copy, receipt_json FROM print_jobs ORDER BY job_id").fetchall()
    journal = conn.execute("SELECT * FROM journal ORDER BY entry_no").fetchall()
    conn.close()
    assert all(p[3] for p in printed) and any('"receipt":' in w[4] for w in whole)

    t = demo_terminal(data)
    try:
        conn = t.store.read()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 7
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'index'"
                                              " AND tbl_name IN ('sales', 'journal', 'outbox', 'print_jobs')")}
        assert indexes == {"idx_sales_receipt_no", "idx_sales_original", "idx_journal_code",
                           "idx_outbox_dead"}                           # fewer b-trees a sale writes
        # Schema 7: pending events and open print jobs are found from a low-water mark.
        assert t.store.outbox_pending() == len(whole) == len(Outbox(t.store).pending(0, 10_000))
        assert [j.job_id for j in t.print_jobs().waiting()] == [p[0] for p in printed]
        assert conn.execute("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'journal_no_%'").fetchone()[0] == 2
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            t.store.write(lambda c: c.execute("DELETE FROM journal"))
        assert [tuple(r) for r in conn.execute("SELECT * FROM journal ORDER BY entry_no")] == journal
        assert outbox_rows(conn) == whole                          # rows written before: as they were
        assert _receipts(conn) == printed
        sale = t.new_sale(member=t.lookup(member.phone))
        sale.add(t.products()[0].sku)
        number = sale.complete("card").receipt_no
        job = conn.execute("SELECT receipt_json, entry_no FROM print_jobs WHERE receipt_no = ?", (number,)).fetchone()
        assert job[0] is None and job[1]                           # the receipt is the journal entry's
        body = conn.execute("SELECT unpack(body) FROM journal WHERE entry_no = ?", (job[1],)).fetchone()[0]
        assert isinstance(conn.execute("SELECT body FROM journal WHERE entry_no = ?", (job[1],)).fetchone()[0],
                          bytes)                                   # long JSON stored deflated
        assert t.print_jobs().original(number)[1] == json.loads(body)["receipt"]
        stored = conn.execute("SELECT payload FROM outbox WHERE entry_no = ?", (job[1],)).fetchone()[0]
        sent = [r[4] for r in outbox_rows(conn) if r[2] == "journal_entry"][-1]
        assert '"receipt"' not in stored and json.loads(sent)["body"] == json.loads(body)
        assert verify(t) == []
    finally:
        t.close()
    assert sqlite3.connect(data / "till.db.v5.bak").execute("PRAGMA user_version").fetchone()[0] == 5
