"""Driver-level SQL helpers of the maintained aggregates: one statement per
table per batch (executemany on SQLite; COPY or ``unnest`` arrays on
PostgreSQL), plain tuples back."""

from __future__ import annotations

from operator import itemgetter

import sqlalchemy as sa

from .pg_array import pg_array, unnest


def param(conn: sa.Connection) -> str:
    return "%s" if conn.dialect.name == "postgresql" else "?"


def select_in(conn: sa.Connection, sql: str, values, fetch: bool = True) -> list[tuple]:
    values = sorted(values)
    if not values:
        return []
    sql = sql.format(", ".join([param(conn)] * len(values)))
    if not fetch:
        conn.exec_driver_sql(sql, tuple(values))
        return []
    return rows(conn, sql, tuple(values))


def rows(conn: sa.Connection, sql: str, params: tuple) -> list[tuple]:
    """Plain tuples from the driver, in the connection's transaction (SQLAlchemy's
    rows cost a third of a rebuild's time)."""
    return conn.connection.driver_connection.execute(sql, params).fetchall()


def insert(conn: sa.Connection, table: sa.Table, data: list[dict]) -> None:
    cols = list(data[0])
    if conn.dialect.name == "postgresql":
        with conn.connection.driver_connection.cursor() as cur:
            with cur.copy(f"COPY {table.name} ({', '.join(cols)}) FROM STDIN") as copy:
                for r in data:
                    copy.write_row([r[c] for c in cols])
        return
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                         list(map(itemgetter(*cols), data)))


def upsert(conn: sa.Connection, table: sa.Table, data: list[dict], key: tuple[str, ...], add: tuple[str, ...] = (),
           replace: tuple[str, ...] = ()) -> None:
    """Insert the rows; on a key already there add the ``add`` columns to it
    and overwrite the ``replace`` ones."""
    cols = list(data[0])
    sets = ", ".join([f"{c} = {table.name}.{c} + excluded.{c}" for c in add] + [f"{c} = excluded.{c}" for c in replace])
    conflict = f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {sets}"
    if conn.dialect.name == "postgresql":
        source, arrays = unnest(table, data, cols)
        conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(cols)}) SELECT * FROM {source} {conflict}",
                             tuple(arrays))
        return
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                         f" {conflict}", list(map(itemgetter(*cols), data)))


def delete_items(conn: sa.Connection, keys: list[tuple[str, str, str | None]]) -> None:
    """``kpi_items`` rows by (member, metric, at): one statement for all."""
    if not keys:
        return
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "DELETE FROM kpi_items k USING unnest(%s::text[], %s::text[], %s::text[]) AS d(m, metric, at)"
            " WHERE k.member_id = d.m AND k.metric = d.metric AND k.at IS NOT DISTINCT FROM d.at",
            tuple(pg_array(col) for col in zip(*keys)))
        return
    # INDEXED BY: the planner took (metric, at), all members' never-passing items for a null at.
    conn.exec_driver_sql("DELETE FROM kpi_items INDEXED BY ix_kpi_items_member WHERE member_id = ? AND metric = ?"
                         " AND at IS ?", keys)


def update_items(conn: sa.Connection, rows: list[tuple[int, str, str, str | None]]) -> None:
    """New weights of ``kpi_items`` rows: (weight, member, metric, at)."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "UPDATE kpi_items k SET weight = d.w FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::text[])"
            " AS d(w, m, metric, at) WHERE k.member_id = d.m AND k.metric = d.metric AND k.at IS NOT DISTINCT FROM d.at",
            tuple(pg_array(col) for col in zip(*rows)))
        return
    conn.exec_driver_sql("UPDATE kpi_items INDEXED BY ix_kpi_items_member SET weight = ? WHERE member_id = ?"
                         " AND metric = ? AND at IS ?", rows)
