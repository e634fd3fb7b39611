"""``pos-hq bench-console``: seed a chain-sized database in SQL, then time the
kpis and the console's pages (median of rounds).  Not part of the test run.

Seeding is done by the database itself (generate_series / a recursive CTE):
members enrolled over three years, sales over 1,000 days (60 % by members, each with
a points and a spend ledger entry), a welcome coupon per second member, one in
ten redeemed.
"""

from __future__ import annotations

import statistics
import time
from datetime import datetime, timezone

import sqlalchemy as sa

from ..db import Database, iso
from . import users

PASSWORD = "bench password 1"


def _seed_pg(conn, members: int, sales: int, now: datetime) -> None:
    ts = "to_char(({}) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US') || '+00:00'"
    now_sql = f"timestamptz '{now.isoformat()}'"
    run = lambda sql: conn.exec_driver_sql(sql.replace("%", "%%"))  # noqa: E731 - psycopg's placeholders
    run(f"""INSERT INTO members (member_id, phone, name, email, birthday, consents, consent_text_version, created_at,
            origin) SELECT 'm' || i, '+479' || lpad(i::text, 7, '0'), 'Medlem ' || i, 'm' || i || '@example.no',
            '19' || (50 + i % 50) || '-' || lpad((1 + i % 12)::text, 2, '0') || '-15',
            CASE WHEN i % 3 = 0 THEN '{{"loyalty":true,"sms":false,"email":true}}' ELSE '{{"loyalty":true,"sms":true,"email":false}}' END,
            'bench', {ts.format(f"{now_sql} - (i % 1095) * interval '1 day'")}, 'bench'
            FROM generate_series(1::bigint, {members}) i""")
    run(f"""INSERT INTO sale_facts (event_id, is_return, member_id, terminal_id, occurred_at, total, punch_rewards)
            SELECT 's' || i, false, CASE WHEN i % 5 < 3 THEN 'm' || (1 + (i * 7919) % {members}) END, 'bench',
            {ts.format(f"{now_sql} - ((i * 37) % 1000) * interval '1 day' - (i % 86400) * interval '1 second'")},
            5000 + (i * 131) % 50000, CASE WHEN i % 97 = 0 THEN 1 ELSE 0 END
            FROM generate_series(1::bigint, {sales}) i""")
    run("""INSERT INTO ledger (entry_id, event_id, member_id, account, delta, occurred_at, terminal_id)
           SELECT event_id || ':' || a.n, event_id, member_id, a.account,
                  CASE WHEN a.n = 0 THEN total / 100 ELSE total END, occurred_at, 'bench'
           FROM sale_facts CROSS JOIN (VALUES (0, 'points'), (1, 'spend')) AS a(n, account)
           WHERE member_id IS NOT NULL""")
    run(f"""INSERT INTO coupons (coupon_id, member_id, def_id, doc, single_use, issued_by, issued_at)
            SELECT 'c' || i, 'm' || i, 'welcome10', '{{}}', true, 'bench', {ts.format(now_sql)}
            FROM generate_series(1::bigint, {members}, 2) i""")
    run(f"""INSERT INTO redemptions (coupon_id, event_id, member_id, terminal_id, occurred_at, received_at)
            SELECT 'c' || i, 's' || i, 'm' || i, 'bench', {ts.format(now_sql)}, {ts.format(now_sql)}
            FROM generate_series(1::bigint, {members}, 20) i""")
    run("ANALYZE")


def _seed_sqlite(conn, members: int, sales: int, now: datetime) -> None:
    base = f"'{iso(now)[:19]}'"
    ts = "strftime('%Y-%m-%dT%H:%M:%S', {}) || '.000000+00:00'"
    run = lambda sql: conn.exec_driver_sql(sql)  # noqa: E731
    series = "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {n})"
    run(f"""INSERT INTO members (member_id, phone, name, email, birthday, consents, consent_text_version, created_at,
            origin) {series.format(n=members)} SELECT 'm' || i, '+479' || substr('0000000' || i, -7), 'Medlem ' || i,
            'm' || i || '@example.no', '19' || (50 + i % 50) || '-' || substr('0' || (1 + i % 12), -2) || '-15',
            CASE WHEN i % 3 = 0 THEN '{{"loyalty":true,"sms":false,"email":true}}' ELSE '{{"loyalty":true,"sms":true,"email":false}}' END,
            'bench', {ts.format(f"{base}, '-' || (i % 1095) || ' days'")}, 'bench' FROM s""")
    run(f"""INSERT INTO sale_facts (event_id, is_return, member_id, terminal_id, occurred_at, total, punch_rewards)
            {series.format(n=sales)} SELECT 's' || i, 0, CASE WHEN i % 5 < 3 THEN 'm' || (1 + (i * 7919) % {members}) END,
            'bench', {ts.format(f"{base}, '-' || ((i * 37) % 1000) || ' days', '-' || (i % 86400) || ' seconds'")},
            5000 + (i * 131) % 50000, CASE WHEN i % 97 = 0 THEN 1 ELSE 0 END FROM s""")
    run("""INSERT INTO ledger (entry_id, event_id, member_id, account, delta, occurred_at, terminal_id)
           SELECT event_id || ':' || a.n, event_id, member_id, a.account,
                  CASE WHEN a.n = 0 THEN total / 100 ELSE total END, occurred_at, 'bench'
           FROM sale_facts CROSS JOIN (SELECT 0 AS n, 'points' AS account UNION ALL SELECT 1, 'spend') a
           WHERE member_id IS NOT NULL""")
    run(f"""INSERT INTO coupons (coupon_id, member_id, def_id, doc, single_use, issued_by, issued_at)
            {series.format(n=members)} SELECT 'c' || i, 'm' || i, 'welcome10', '{{}}', 1, 'bench', {base} FROM s
            WHERE i % 2 = 1""")
    run(f"""INSERT INTO redemptions (coupon_id, event_id, member_id, terminal_id, occurred_at, received_at)
            {series.format(n=members)} SELECT 'c' || i, 's' || i, 'm' || i, 'bench', {base}, {base} FROM s
            WHERE i % 20 = 1""")
    run("ANALYZE")


def _median(fn, rounds: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def run(db: Database, members: int, sales: int, rounds: int, say=None) -> int:
    say = say or (lambda _line: None)
    from fastapi.testclient import TestClient
    from .. import admin, kpis
    from ..app import create_app
    from pathlib import Path
    now = datetime.now(timezone.utc)
    with db.read() as conn:
        empty = not conn.execute(sa.text("SELECT COUNT(*) FROM sale_facts")).scalar()
    if empty:
        say(f"seeding {members:,} members and {sales:,} sales on {db.describe()} …")
        start = time.perf_counter()
        with db.write() as conn:
            (_seed_sqlite if db.is_sqlite else _seed_pg)(conn, members, sales, now)
        say(f"  seeded in {time.perf_counter() - start:.0f} s")
        demo = Path(__file__).resolve().parents[3] / "resources" / "demo" / "program.toml"
        admin.load_program(db, str(demo))
        users.add_user(db, "bench@example.no", "owner", PASSWORD)
    with db.read() as conn:
        counts = {tb: conn.execute(sa.text(f"SELECT COUNT(*) FROM {tb}")).scalar()
                  for tb in ("members", "sale_facts", "ledger", "coupons")}
    say("rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    program = None
    with db.read() as conn:
        from .program import published_program
        program = published_program(conn)
    client = TestClient(create_app(db), base_url="http://bench")
    login = client.get("/admin/login").text
    csrf = login.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    client.post("/admin/login", data={"email": "bench@example.no", "password": PASSWORD, "csrf": csrf})
    member = "m" + str(members // 2)

    def page(path: str):
        def get():
            r = client.get(path)
            assert r.status_code == 200, (path, r.status_code)
        return get

    checks = [
        ("kpis (SQL)", lambda: kpis.kpis(db, program, now)),
        ("weekly series (SQL)", lambda: kpis.weekly(db, now)),
        ("GET /admin/ (dashboard)", page("/admin/")),
        ("GET /admin/members?q=<phone>", page("/admin/members?q=" + "479" + str(members // 3).zfill(7))),
        ("GET /admin/members?q=<name>", page("/admin/members?q=Medlem%2012345")),
        (f"GET /admin/members/{member}", page(f"/admin/members/{member}")),
        ("GET /admin/segments/count (bought in 30 days, e-mail consent)",
         page("/admin/segments/count?bought_within_days=30&consent_email=1")),
        ("GET /admin/terminals", page("/admin/terminals")),
    ]
    say(f"median of {rounds} rounds:")
    for name, fn in checks:
        med, times = _median(fn, rounds)
        say(f"  {name:<62} {med * 1000:9.1f} ms   ({', '.join(f'{x * 1000:.0f}' for x in times)})")
    return 0
