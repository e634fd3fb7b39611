"""``pos-hq bench-console``: seed a chain-sized database in SQL, build the
maintained aggregates as the migration does, then time the kpis and the
console's pages (median and p95 of rounds).  Not part of the test run.

Seeding is done by the database itself (generate_series / a recursive CTE):
members enrolled over three years, sales over 1,000 days (60 % by members, each with
a points and a spend ledger entry), a welcome coupon per second member, one in
ten redeemed.
"""

from __future__ import annotations

import math
import statistics
import time
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote, unquote

import sqlalchemy as sa

from .. import member_summary
from ..db import Database, iso
from . import users

PASSWORD = "bench password 1"


def _seed_pg(conn, members: int, sales: int, now: datetime) -> None:
    ts = "to_char(({}) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US') || '+00:00'"
    now_sql = f"timestamptz '{now.isoformat()}'"
    run = lambda sql: conn.exec_driver_sql(sql.replace("%", "%%"))  # noqa: E731 - psycopg's placeholders
    run("SET LOCAL synchronous_commit = off")
    run(f"""INSERT INTO members (member_id, phone, name, email, birthday, consents, consent_text_version, created_at,
            origin) SELECT 'm' || i, '+479' || lpad(i::text, 7, '0'), 'Medlem ' || i, 'm' || i || '@example.no',
            '19' || (50 + i % 50) || '-' || lpad((1 + i % 12)::text, 2, '0') || '-15',
            CASE WHEN i % 3 = 0 THEN '{{"loyalty":true,"sms":false,"email":true}}' ELSE '{{"loyalty":true,"sms":true,"email":false}}' END,
            'bench', {ts.format(f"{now_sql} - (i % 1095) * interval '1 day'")}, 'bench-' || (i % 40)
            FROM generate_series(1::bigint, {members}) i""")
    # Secondary indexes are built once after the rows, not row by row.
    run("DROP INDEX ix_sale_facts_when, ix_sale_facts_member, ix_ledger_member")
    run(f"""INSERT INTO sale_facts (event_id, is_return, member_id, terminal_id, occurred_at, total, punch_rewards)
            SELECT 's' || i, false, CASE WHEN i % 5 < 3 THEN 'm' || (1 + (i * 7919) % {members}) END, 'bench',
            {ts.format(f"{now_sql} - ((i * 37) % 1000) * interval '1 day' - (i % 86400) * interval '1 second'")},
            5000 + (i * 131) % 50000, CASE WHEN i % 97 = 0 THEN 1 ELSE 0 END
            FROM generate_series(1::bigint, {sales}) i""")
    # one sale in 50 returned a day later
    run(f"""INSERT INTO sale_facts (event_id, is_return, member_id, terminal_id, occurred_at, total, punch_rewards)
            SELECT 'r' || substr(event_id, 2), true, member_id, terminal_id,
            {ts.format("occurred_at::timestamptz + interval '1 day'")}, -total, 0 FROM sale_facts
            WHERE substr(event_id, 2)::bigint % 50 = 0""")
    # points earned and spend on members' sales; one in 10 also spends points, one in 1,000 more than held
    run("""INSERT INTO ledger (entry_id, event_id, member_id, account, delta, occurred_at, terminal_id)
           SELECT event_id || ':' || a.n, event_id, member_id, a.account,
                  CASE WHEN is_return THEN -1 ELSE 1 END * CASE WHEN a.n = 0 THEN abs(total) / 100 ELSE abs(total) END,
                  occurred_at, 'bench'
           FROM sale_facts CROSS JOIN (VALUES (0, 'points'), (1, 'spend')) AS a(n, account)
           WHERE member_id IS NOT NULL""")
    run("""INSERT INTO ledger (entry_id, event_id, member_id, account, delta, occurred_at, terminal_id)
           SELECT event_id || ':2', event_id, member_id, 'points',
                  CASE WHEN substr(event_id, 2)::bigint % 1000 = 0 THEN -100000 ELSE -(total / 300) END,
                  occurred_at, 'bench'
           FROM sale_facts WHERE member_id IS NOT NULL AND NOT is_return AND substr(event_id, 2)::bigint % 10 = 0""")
    run("CREATE INDEX ix_sale_facts_when ON sale_facts (occurred_at, member_id)")
    run("CREATE INDEX ix_sale_facts_member ON sale_facts (member_id, occurred_at)")
    run("CREATE INDEX ix_ledger_member ON ledger (member_id, account)")
    run(f"""INSERT INTO coupons (coupon_id, member_id, def_id, doc, single_use, issued_by, issued_at)
            SELECT 'c' || i, 'm' || i, 'welcome10', '{{}}', true, 'bench', {ts.format(now_sql)}
            FROM generate_series(1::bigint, {members}, 2) i""")
    run(f"""INSERT INTO redemptions (coupon_id, event_id, member_id, terminal_id, occurred_at, received_at)
            SELECT 'c' || i, 's' || i, 'm' || i, 'bench', {ts.format(now_sql)}, {ts.format(now_sql)}
            FROM generate_series(1::bigint, {members}, 20) i""")


def _seed_lines(conn, is_sqlite: bool) -> None:
    """A catalogue of 200 skus in 10 categories and one line on each member's sale
    (the "bought from a category" rule reads them)."""
    run = conn.exec_driver_sql
    series = ("WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < 199) SELECT i FROM s"
              if is_sqlite else "SELECT generate_series(0, 199) AS i")
    run(f"""INSERT INTO products (sku, ean, name, price, vat_percent, category)
            SELECT 'SKU' || i, NULL, 'Vare ' || i, 10000, 25, 'cat' || (i % 10) FROM ({series}) x""")
    sku = "'SKU' || (CAST(substr(event_id, 2) AS INTEGER) % 200)" if is_sqlite else \
        "'SKU' || (substr(event_id, 2)::bigint % 200)"
    run(f"""INSERT INTO sale_lines (event_id, line_no, member_id, occurred_at, sku, qty, net)
            SELECT event_id, 0, member_id, occurred_at, {sku}, 1, total FROM sale_facts
            WHERE member_id IS NOT NULL AND NOT is_return""")


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


def _segment_queries(program) -> list[str]:
    """Every rule kind once, and combinations."""
    tiers = [x.name for x in program.tiers] if program is not None else []
    return ["bought_within_days=30", "not_bought_within_days=90", "never_bought=1", "purchases_at_least=10",
            "aov_above_no_repeat=400", "bought_category=cat1", *[f"tier={quote(n)}" for n in tiers[1:2]],
            "birthday_month=5", "returned_items=1", "consent_sms=1", "bought_within_days=30&consent_email=1",
            "not_bought_within_days=180&purchases_at_least=3&consent_sms=1&birthday_month=12",
            "bought_category=cat1&bought_within_days=60&returned_items=1",
            *[f"tier={quote(n)}&consent_email=1&not_bought_within_days=30" for n in tiers[:1]]]


def _timed(fn, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def _per_query(db: Database, fn, rounds: int) -> dict[str, list[float]]:
    """Each statement's time, by the start of its text (SQLAlchemy's cursor events)."""
    times: dict[str, list[float]] = {}

    def before(conn, _cursor, _sql, _params, context, _many):
        conn.info["bench_t0"] = time.perf_counter()

    def after(conn, _cursor, sql, _params, _context, _many):
        key = " ".join(sql.split())[:58]
        times.setdefault(key, []).append(time.perf_counter() - conn.info.pop("bench_t0"))

    sa.event.listen(db.engine, "before_cursor_execute", before)
    sa.event.listen(db.engine, "after_cursor_execute", after)
    try:
        _timed(fn, rounds)
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", before)
        sa.event.remove(db.engine, "after_cursor_execute", after)
    return times


def _line(name: str, times: list[float]) -> str:
    ms = sorted(x * 1000 for x in times)
    p95 = ms[min(len(ms) - 1, math.ceil(0.95 * len(ms)) - 1)]
    return f"  {name:<58} median {statistics.median(ms):8.1f} ms   p95 {p95:8.1f} ms   (n={len(ms)})"


def run(db: Database, members: int, sales: int, rounds: int, say=None, scan: bool = False,
        rebuild: bool = False) -> int:
    """Seed (if empty), build the aggregates as a migration would, then time each query."""
    say = say or (lambda _line: None)
    from fastapi.testclient import TestClient
    from .. import admin, kpis
    from ..app import create_app
    from ..kpis_scan import kpis_scan
    from . import routes_dashboard
    from .program import published_program
    now = datetime.now(timezone.utc)
    with db.read() as conn:
        empty = not conn.execute(sa.text("SELECT COUNT(*) FROM sale_facts")).scalar()
    if empty:
        say(f"seeding {members:,} members and {sales:,} sales on {db.describe()} (set-based SQL) …")
        start = time.perf_counter()
        with db.write() as conn:
            (_seed_sqlite if db.is_sqlite else _seed_pg)(conn, members, sales, now)
            _seed_lines(conn, db.is_sqlite)
            member_summary.rebuild(conn)            # as the migration builds it for an existing database
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE" if db.is_sqlite else "VACUUM ANALYZE")
        say(f"  seeded in {time.perf_counter() - start:.0f} s")
        demo = Path(__file__).resolve().parents[3] / "resources" / "demo" / "program.toml"
        start = time.perf_counter()
        admin.load_program(db, str(demo))           # new point lifetime and tiers: the aggregates are built
        say(f"  aggregates built from the tables (what the migration does) in {time.perf_counter() - start:.0f} s")
        users.add_user(db, "bench@example.no", "owner", PASSWORD)
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE" if db.is_sqlite else "VACUUM ANALYZE")
    else:
        with db.read() as conn:
            lines = conn.execute(sa.text("SELECT COUNT(*) FROM sale_lines")).scalar()
        if not lines:                                # a database seeded before the lines were
            start = time.perf_counter()
            with db.write() as conn:
                _seed_lines(conn, db.is_sqlite)
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("ANALYZE" if db.is_sqlite else "VACUUM ANALYZE sale_lines")
            say(f"  sale lines seeded in {time.perf_counter() - start:.0f} s")
    if rebuild and not empty:
        from .. import aggregates
        start = time.perf_counter()
        aggregates.ensure(db, force=True)
        say(f"aggregates rebuilt from the tables in {time.perf_counter() - start:.0f} s")
    with db.read() as conn:
        counts = {tb: conn.execute(sa.text(f"SELECT COUNT(*) FROM {tb}")).scalar()
                  for tb in ("members", "sale_facts", "ledger", "coupons", "kpi_items", "kpi_days", "sale_lines",
                             "member_summary")}
        program = published_program(conn)
    say("rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    client = TestClient(create_app(db), base_url="http://bench")
    login = client.get("/admin/login").text
    csrf = login.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    client.post("/admin/login", data={"email": "bench@example.no", "password": PASSWORD, "csrf": csrf})
    member = "m" + str(members // 2)

    def page(path: str, fresh: bool = False):
        def get():
            if fresh:
                routes_dashboard._cache.clear()
            r = client.get(path)
            assert r.status_code == 200, (path, r.status_code)
        return get

    fast = kpis.kpis(db, program, now)
    checks = [
        ("kpis (all figures, maintained aggregates)", lambda: kpis.kpis(db, program, now), rounds),
        ("weekly series", lambda: kpis.weekly(db, now), rounds),
        ("enrolments per till", lambda: kpis.enrolments(db), rounds),
        ("GET /admin/ (dashboard, not cached)", page("/admin/", fresh=True), rounds),
        ("GET /admin/members?q=<phone>", page("/admin/members?q=" + "479" + str(members // 3).zfill(7)), rounds),
        ("GET /admin/members?q=<name>", page("/admin/members?q=Medlem%2012345"), rounds),
        (f"GET /admin/members/{member}", page(f"/admin/members/{member}"), rounds),
        ("GET /admin/members?q=<e-mail>", page("/admin/members?q=m4242%40example"), rounds),
        *[(f"GET /admin/segments/count ({unquote(q)})", page("/admin/segments/count?" + q), rounds)
          for q in _segment_queries(program)],
        ("GET /admin/terminals", page("/admin/terminals"), rounds),
    ]
    say(f"{db.describe()}, rounds as given (n):")
    for name, fn, n in checks:
        say(_line(name, _timed(fn, n)))
    say("each query of the kpis (the same rounds again, timed at the driver):")
    for sql, times in _per_query(db, lambda: kpis.kpis(db, program, now), rounds).items():
        say(_line(sql, times))
    if scan:
        start = time.perf_counter()
        same = kpis_scan(db, program, now) == fast
        say(f"  kpis from the tables (kpis_scan, the old way), once: {(time.perf_counter() - start):.1f} s"
            f" — {'equal' if same else 'DIFFERENT'} figures")
    return 0
