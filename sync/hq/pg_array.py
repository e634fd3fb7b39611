"""PostgreSQL array parameters written as one text literal (``'{"a","b"}'``), for
``%s::text[]`` and friends in ``unnest(…)`` inserts.

psycopg dumps a Python list element by element in Python, and a text element that
needs quotes (every JSON payload does) goes through a regular-expression
substitution: at a chain's load that was a fifth of an HQ process's CPU.  Here the
whole literal is built with ``str.replace`` and one ``join``; psycopg sends it as
a single text value and PostgreSQL's ``array_in`` parses it in C.  Every element
is quoted (always valid), ``None`` is ``NULL``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import sqlalchemy as sa


def pg_array(values: Iterable) -> str:
    parts = []
    for v in values:
        if v is None:
            parts.append("NULL")
        elif isinstance(v, str):
            parts.append('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"')
        elif isinstance(v, bool):                 # before int: True is an int
            parts.append("t" if v else "f")
        elif isinstance(v, int):
            parts.append(str(v))
        elif isinstance(v, float) and math.isfinite(v):
            parts.append(repr(v))
        else:
            raise TypeError(f"pg_array: cannot write {type(v).__name__} {v!r} as an array element")
    return "{" + ",".join(parts) + "}"


def unnest(table: sa.Table, rows: list[dict], cols: list[str]) -> tuple[str, list[str]]:
    """``unnest(%s::type[], …)`` over ``cols`` of ``table`` and its parameters, one
    array literal per column, for ``INSERT INTO table (cols) SELECT * FROM unnest(…)``."""
    casts = ", ".join(f"%s::{pg_type(table.c[c].type)}[]" for c in cols)
    return f"unnest({casts})", [pg_array([r[c] for r in rows]) for c in cols]


def pg_type(type_: sa.types.TypeEngine) -> str:
    if isinstance(type_, sa.Boolean):
        return "boolean"
    if isinstance(type_, sa.Float):
        return "float8"
    if isinstance(type_, sa.Integer):
        return "bigint"
    return "text"
