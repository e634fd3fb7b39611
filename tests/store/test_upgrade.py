"""Upgrading keeps data: a schema-1 database with members and unsynced events
opens in this version (backup first), and nothing is lost or changed."""

import sqlite3

import pytest

from pos_client.pins import verify_pin
from pos_client.services.journal_export import verify
from pos_client.store.ledger import entries_for_event, post_entries
from pos_client.store.migrations import SCHEMA_VERSION
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


def _as_schema_4(path):
    """What version 4 left on disk: that ledger, and the journal's full code and date indexes."""
    conn = sqlite3.connect(path)
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
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
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
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
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
