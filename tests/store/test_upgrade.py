"""Upgrading keeps data: a schema-1 database with members and unsynced events
opens in this version (backup first), and nothing is lost or changed."""

import sqlite3

from pos_client.pins import verify_pin
from pos_client.store.migrations import SCHEMA_VERSION
from tests.helpers import demo_terminal


def _as_schema_1(path):
    """What version 1 left on disk: no dead-letter index, the PIN as typed."""
    conn = sqlite3.connect(path)
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
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
        stored_pin = t.store.get_meta("manager_pin")
        assert stored_pin != "2468" and verify_pin("2468", stored_pin)
        assert t.store.outbox_pending() == len(before["outbox"])
    finally:
        t.close()
    assert _facts(db) == before
    backup = data / "till.db.v1.bak"
    assert _facts(backup) == before                       # the copy taken before migrating
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == 1
