"""Maintained aggregates behind the dashboard's figures (``kpis``): written in
the same transaction as what they sum, so the figures at a chain's size are
a handful of index lookups instead of scans of the ledger and the sales.

- ``kpi_days``: sums per (metric, day): counters of the accepted events
  (members enrolled / not erased, sales and their totals, points earned and
  spent, punch-card units) and the per-day sums of ``kpi_items``.
- ``kpi_items``: each member's time-independent items (``kpi_state``): the
  last two purchases, the points lots left after the tills' FIFO replay, the
  tier stretches.  Read off ``kpi_members``, each member's compact state that
  the batch's own entries advance (``kpi_fold``, ``kpi_apply``): a batch
  writes only the items that changed, and reads no member's history (but
  for the rare member the state cannot advance: replayed from the ledger).
- ``kpi_coupons``: coupons issued and redeemed per coupon kind / campaign;
  ``kpi_enrolments``: members enrolled per till.

The items depend on the program's point lifetime and tier minimums
(``params``): a program that changes them has the aggregates rebuilt
(``ensure``); until then ``kpis`` computes from the tables (``kpis_scan``).

Locks on PostgreSQL (after the batch's own, see ``locks``): a shared
``REBUILD_LOCK`` (a rebuild takes it exclusively), then ``kpi:<member>``
keys in order, then the ``kpi_days`` rows in order; tills write the rows of
their own shard, the console and the command line the ``ADMIN_SHARD``.
"""

from __future__ import annotations

import json
import zlib
from contextlib import contextmanager
from collections import Counter, defaultdict

import sqlalchemy as sa

from . import facts, kpi_apply, terminal_status
from . import kpi_sql as q
from . import schema as t
from .kpi_apply import Changes, day_of
from .locks import lock_keys

SHARDS = 8
ADMIN_SHARD = SHARDS
REBUILD_LOCK = 7_316_016
PARAMS_KEY = "kpi_params"
STATES_KEY = "kpi_members_filled"
CHUNK = 2000
_SUSPENDED = False              # benchmarks only: ingest without the hook, as the baseline


def params(program) -> dict:
    """What the items depend on: the point lifetime and the tiers' minimum spend."""
    if program is None:
        return {"lifetime": None, "tiers": []}
    return {"lifetime": program.point_lifetime_days or None, "tiers": [int(x.min_spend) for x in program.tiers]}


def shard_of(terminal_id: str) -> int:
    return zlib.crc32(terminal_id.encode()) % SHARDS


def stored_params(conn: sa.Connection) -> dict | None:
    # At the driver: SQLAlchemy compiling this select was a tenth of the hook's time.
    row = q.rows(conn, f"SELECT value FROM settings WHERE key = {q.param(conn)}", (PARAMS_KEY,))
    return json.loads(row[0][0]) if row and row[0][0] else None


# -- writes ---------------------------------------------------------------------------
class Sums:
    """Changes to ``kpi_days`` collected in a transaction, written at once."""

    def __init__(self) -> None:
        self.days: dict[tuple[str, str], int] = defaultdict(int)

    def add(self, metric: str, day: str, n: int) -> None:
        if n:
            self.days[(metric, day)] += n

    def write(self, conn: sa.Connection, shard: int) -> None:
        rows = [{"metric": m, "day": d, "shard": shard, "n": n}
                for (m, d), n in sorted(self.days.items()) if n]
        if rows:
            q.upsert(conn, t.kpi_days, rows, ("metric", "day", "shard"), ("n",))
        self.days.clear()


def after_batch(conn: sa.Connection, terminal_id: str, rows: dict[str, list]) -> None:
    """Ingest's hook: the batch's rows are inserted (members, ledger, sale_facts,
    coupons, redemptions), the change feed not yet.  Adds what they change."""
    if _SUSPENDED:
        return
    terminal_status.shop_from_batch(conn, terminal_id, rows.get("events") or [])
    members, ledger, sales = rows.get("members") or [], rows.get("ledger") or [], rows.get("sale_facts") or []
    coupons, redemptions = rows.get("coupons") or [], rows.get("redemptions") or []
    if not (members or ledger or sales or coupons or redemptions):
        return
    prm = _shared_lock_and_params(conn)
    if prm is None:                    # not built yet: the migration builds from the tables
        return
    sums = Sums()
    changes: dict[str, Changes] = defaultdict(Changes)
    for m in members:
        sums.add("enrolled", m["created_at"][:10], 1)
        sums.add("alive", m["created_at"][:10], 1)
        changes[m["member_id"]]
    for f in sales:
        day, member = f["occurred_at"][:10], f["member_id"] is not None
        sums.add("rev_m" if member else "rev_n", day, f["total"])
        if not f["is_return"]:
            sums.add("sm_n" if member else "sn_n", day, 1)
            sums.add("sm_sum" if member else "sn_sum", day, f["total"])
            if member:
                changes[f["member_id"]].sales.append(f["occurred_at"])
        if member:
            sums.add("mnet", "", f["total"])
        sums.add("punch", "", f["punch_rewards"])
    for e in ledger:
        if e["account"] == "points":
            sums.add("p_earn" if e["delta"] > 0 else "p_spent", "", abs(e["delta"]))
            changes[e["member_id"]].points.append((e["occurred_at"], e["delta"]))
        elif e["account"] == "spend":
            changes[e["member_id"]].spend.append((e["occurred_at"], e["delta"]))
    kpi_apply.apply(conn, changes, prm, sums)
    shard = shard_of(terminal_id)
    _coupons(conn, coupons, redemptions, shard)
    origins = Counter(m["origin"] for m in members)
    if origins:
        q.upsert(conn, t.kpi_enrolments, [{"origin": o, "shard": shard, "n": n} for o, n in sorted(origins.items())],
                 ("origin", "shard"), ("n",))
    sums.write(conn, shard)


def active() -> bool:
    return not _SUSPENDED


@contextmanager
def suspended():
    """Ingest without the hook and the sale lines (a benchmark's baseline; the figures go stale)."""
    global _SUSPENDED
    _SUSPENDED = True
    try:
        yield
    finally:
        _SUSPENDED = False


def member_erased(conn: sa.Connection, member_id: str, created_at: str) -> None:
    """After ``erase_member`` marked the member erased (same transaction)."""
    prm = _shared_lock_and_params(conn)
    if prm is None:
        return
    sums = Sums()
    sums.add("alive", created_at[:10], -1)
    kpi_apply.apply(conn, {member_id: Changes()}, prm, sums)
    sums.write(conn, ADMIN_SHARD)


def coupons_issued(conn: sa.Connection, def_ids: list[str]) -> None:
    """Coupons HQ itself issued (a campaign), none redeemed yet."""
    counts = Counter(d or "" for d in def_ids)
    if counts and stored_params(conn) is not None:
        q.upsert(conn, t.kpi_coupons, [{"def_id": d, "shard": ADMIN_SHARD, "issued": n, "redeemed": 0}
                                      for d, n in sorted(counts.items())], ("def_id", "shard"), ("issued", "redeemed"))


def _coupons(conn: sa.Connection, coupons: list[dict], redemptions: list[dict], shard: int) -> None:
    """Issued: the batch's new coupons.  Redeemed: coupons with at least one
    redemption, counted when both the coupon and its first redemption are in."""
    new = {c["coupon_id"] for c in coupons}
    in_batch = Counter(r["coupon_id"] for r in redemptions)
    cids = new | set(in_batch)
    if not cids:
        return
    defs = dict(q.select_in(conn, "SELECT coupon_id, COALESCE(def_id, '') FROM coupons WHERE coupon_id IN ({})", cids))
    used = dict(q.select_in(conn, "SELECT coupon_id, COUNT(*) FROM redemptions WHERE coupon_id IN ({})"
                                 " GROUP BY coupon_id", cids))
    delta: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for cid, def_id in defs.items():
        after = used.get(cid, 0) > 0
        before = cid not in new and used.get(cid, 0) - in_batch[cid] > 0
        delta[def_id][0] += cid in new
        delta[def_id][1] += after - before
    rows = [{"def_id": d, "shard": shard, "issued": i, "redeemed": r} for d, (i, r) in sorted(delta.items()) if i or r]
    if rows:
        q.upsert(conn, t.kpi_coupons, rows, ("def_id", "shard"), ("issued", "redeemed"))


# -- building from the tables ------------------------------------------------------------
def ensure(db, program=None, *, force: bool = False) -> bool:
    """Build the aggregates for the published program's parameters if they were
    built for others (or never); True if it rebuilt."""
    from .console.program import published_program
    with db.write(parallel=True) as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (REBUILD_LOCK,))
        prm = params(published_program(conn) if program is None else program)
        if not force and stored_params(conn) == prm:
            return False
        rebuild(conn, prm)
        return True


def rebuild(conn: sa.Connection, prm: dict) -> None:
    """Everything from scratch (the caller holds ``REBUILD_LOCK`` exclusively)."""
    for table in (t.kpi_days, t.kpi_items, t.kpi_members, t.kpi_coupons, t.kpi_enrolments):
        conn.execute(sa.delete(table))
    run = conn.exec_driver_sql
    day = "SUBSTR({}, 1, 10)"
    counters = {          # metric: (day, value, FROM … WHERE …)
        "enrolled": (day.format("created_at"), "COUNT(*)", "members"),
        "alive": (day.format("created_at"), "COUNT(*)", "members WHERE erased_at IS NULL"),
        "mnet": ("''", "SUM(total)", "sale_facts WHERE member_id IS NOT NULL"),
        "punch": ("''", "SUM(punch_rewards)", "sale_facts"),
        "p_earn": ("''", "SUM(delta)", "ledger WHERE account = 'points' AND delta > 0"),
        "p_spent": ("''", "SUM(-delta)", "ledger WHERE account = 'points' AND delta < 0"),
    }
    for who, where in (("m", "IS NOT NULL"), ("n", "IS NULL")):
        counters[f"rev_{who}"] = (day.format("occurred_at"), "SUM(total)", f"sale_facts WHERE member_id {where}")
    for who, where in (("sm", "IS NOT NULL"), ("sn", "IS NULL")):
        for what, agg in (("n", "COUNT(*)"), ("sum", "SUM(total)")):
            counters[f"{who}_{what}"] = (day.format("occurred_at"), agg,
                                         f"sale_facts WHERE NOT is_return AND member_id {where}")
    for metric, (d, value, source) in counters.items():
        group = "" if d == "''" else f" GROUP BY {d}"
        run(f"INSERT INTO kpi_days (metric, day, shard, n) SELECT '{metric}', x.d, 0, x.n FROM ("
            f"SELECT {d} AS d, COALESCE({value}, 0) AS n FROM {source}{group}) x WHERE x.n <> 0")
    _build_items(conn, prm)
    run("INSERT INTO kpi_days (metric, day, shard, n) SELECT metric, COALESCE(SUBSTR(at, 1, 10), '~'), 0, SUM(weight)"
        " FROM kpi_items GROUP BY metric, COALESCE(SUBSTR(at, 1, 10), '~')")
    for metric in ("last", "prev"):
        run(f"INSERT INTO kpi_days (metric, day, shard, n) SELECT '{metric}', SUBSTR({metric}_at, 1, 10), 0, COUNT(*)"
            f" FROM kpi_members WHERE {metric}_at IS NOT NULL GROUP BY SUBSTR({metric}_at, 1, 10)")
    run("INSERT INTO kpi_coupons (def_id, shard, issued, redeemed) SELECT COALESCE(c.def_id, ''), 0, COUNT(*),"
        " COUNT(r.coupon_id) FROM coupons c LEFT JOIN (SELECT DISTINCT coupon_id FROM redemptions) r"
        " ON r.coupon_id = c.coupon_id GROUP BY COALESCE(c.def_id, '')")
    run("INSERT INTO kpi_enrolments (origin, shard, n) SELECT origin, 0, COUNT(*) FROM members GROUP BY origin")
    conn.execute(sa.delete(t.settings).where(t.settings.c.key == PARAMS_KEY))
    conn.execute(sa.insert(t.settings).values(key=PARAMS_KEY, value=json.dumps(prm, sort_keys=True)))


def _build_items(conn: sa.Connection, prm: dict) -> None:
    """Every member's state and items, a range of members at a time (the replay is Python's).
    The caller holds ``REBUILD_LOCK`` exclusively, so no member keys are taken."""
    ids = sorted({r[0] for r in conn.exec_driver_sql(
        "SELECT member_id FROM members UNION SELECT member_id FROM sale_facts WHERE member_id IS NOT NULL"
        " UNION SELECT member_id FROM ledger WHERE account IN ('points', 'spend')")})
    mark = q.param(conn)
    sums = Sums()                      # the items that are no rows, written at the end
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        span = (chunk[0], chunk[-1])
        select = lambda sql: q.rows(conn, sql.replace("IN ({})", f">= {mark} AND member_id <= {mark}"),  # noqa: E731
                                    span)
        enrolled = {m for m, erased in select("SELECT member_id, erased_at FROM members WHERE member_id IN ({})")
                    if not erased}
        points, spend, bought = kpi_apply.history(conn, select)
        items, states = [], []
        for m in chunk:
            kpi_apply.add_built(m, points[m], spend[m], bought[m], m in enrolled, prm, items, states, sums)
        if items:
            q.insert(conn, t.kpi_items, items)
        q.insert(conn, t.kpi_members, states)
    sums.write(conn, 0)


def _shared_lock_and_params(conn: sa.Connection) -> dict | None:
    if conn.dialect.name == "postgresql":
        # Two statements: the settings must be read with a snapshot taken after the
        # lock, i.e. after a rebuild that held it has committed.
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock_shared(%s)", (REBUILD_LOCK,))
    return stored_params(conn)


def lock_member(conn: sa.Connection, member_id: str) -> None:
    """The locks a change to one member's figures needs, taken before the feed
    lock (the order ingest uses)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock_shared(%s)", (REBUILD_LOCK,))
        lock_keys(conn, [f"kpi:{member_id}"])


def migrate(db) -> None:
    """An HQ database from before the aggregates (or a new one): sale facts of
    events stored before them, the index the figures read, then the build."""
    steps = ("sale_facts_filled", "sale_lines_filled", "terminal_shops_filled", PARAMS_KEY, STATES_KEY)
    with db.read() as conn:
        done = {k for (k,) in conn.execute(sa.select(t.settings.c.key).where(t.settings.c.key.in_(steps)))}
    if len(done) == len(steps):
        return
    with db.write() as conn:
        if "sale_facts_filled" not in done:
            facts.backfill(conn)
            db.set_setting(conn, "sale_facts_filled", "1")
        if "sale_lines_filled" not in done:
            facts.backfill_lines(conn)
            db.set_setting(conn, "sale_lines_filled", "1")
        if "terminal_shops_filled" not in done:
            terminal_status.backfill_shops(conn)
            db.set_setting(conn, "terminal_shops_filled", "1")
        conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_members_created ON members (created_at)")
    if PARAMS_KEY not in done or STATES_KEY not in done:
        ensure(db, force=True)         # built before kpi_members: built again with them
        with db.write() as conn:
            db.set_setting(conn, STATES_KEY, "1")
