"""The dashboard: the loyalty figures with their definitions and two-period charts."""

from __future__ import annotations

import threading
import weakref
from datetime import datetime, timezone

import sqlalchemy as sa
from fastapi import APIRouter

from .. import kpis as k
from ..report import _program
from . import charts
from .web import Page, page_for

router = APIRouter(prefix="/admin", include_in_schema=False)


# The figures are sums over every sale: they are kept until a till delivers a
# batch or HQ publishes a change (a cheap version read), not recomputed per view.
_cache: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def _version(db) -> tuple:
    with db.read() as conn:
        return tuple(conn.execute(sa.text(
            "SELECT (SELECT COALESCE(SUM(last_seq), 0) FROM terminals), (SELECT COALESCE(MAX(seq), 0) FROM changes),"
            " (SELECT COUNT(*) FROM terminals)")).one())


def _figures(db) -> dict:
    """kpis, weekly series and enrolments, recomputed when HQ's data changed (``pos-hq report`` is always fresh)."""
    with _lock:
        version = _version(db)
        hit = _cache.get(db)
        if hit and hit[0] == version:
            return hit[1]
        with db.read() as conn:
            program = _program(db, conn)
        now = datetime.now(timezone.utc)
        data = {"k": k.kpis(db, program, now), "weeks": k.weekly(db, now), "enrolments": k.enrolments(db),
                "shops": k.enrolments_per_shop(db),
                "program": program, "as_of": now.isoformat()}
        _cache[db] = (version, data)
        return data


@router.get("/")
def dashboard(page: Page = page_for("view")):
    data = _figures(page.request.app.state.db)
    chart = {name: charts.compare(s["current"], s["previous"]) for name, s in data["weeks"].items()}
    return page.render("dashboard.html", k=data["k"], defs=k.DEFINITIONS, charts=chart,
                       enrolments=data["enrolments"], shops=data["shops"], program=data["program"], as_of=data["as_of"])
