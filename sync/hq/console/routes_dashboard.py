"""The dashboard: the loyalty figures with their definitions and two-period charts."""

from __future__ import annotations

from fastapi import APIRouter

from .. import kpis as k
from ..report import _program
from . import charts
from .web import Page, page_for

router = APIRouter(prefix="/admin", include_in_schema=False)


def _figures(db) -> tuple[dict, object]:
    with db.read() as conn:
        program = _program(db, conn)
    return k.kpis(db, program), program


@router.get("/")
def dashboard(page: Page = page_for("view")):
    db = page.request.app.state.db
    figures, program = _figures(db)
    weeks = k.weekly(db)
    chart = {name: charts.compare(s["current"], s["previous"]) for name, s in weeks.items()}
    return page.render("dashboard.html", k=figures, defs=k.DEFINITIONS, charts=chart,
                       enrolments=k.enrolments(db), program=program)
