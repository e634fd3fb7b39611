"""Terminals (pairing codes with QR, list, revoke) and the conflicts queue."""

from __future__ import annotations

from fastapi import APIRouter, Form

from ...pairing_qr import encode
from ..db import HQError
from ..pairing import new_code
from . import audit, terminals
from .web import Page, done, page_for, posted

router = APIRouter(prefix="/admin", include_in_schema=False)


def _list(page: Page, status: int = 200, **extra):
    return page.render("terminals.html", status=status, terminals=terminals.terminals(page.request.app.state.db),
                       **{"pairing": None, "error": "", "done": "", **extra})


@router.get("/terminals")
def terminals_page(page: Page = page_for("view"), done: str = ""):
    return _list(page, done=done)


@router.post("/terminals")
def create_code(name: str = Form(""), page: Page = posted("manage")):
    db = page.request.app.state.db
    try:
        code, expires = new_code(db, name)
    except HQError:
        return _list(page, 400, error=page._("Give the till a name (at most 200 characters)."))
    with db.write() as conn:
        audit.record(conn, page.user.email, "pairing_code", name.strip(), None, {"expires_at": expires})
    text = encode(code, str(page.request.base_url))
    return _list(page, pairing={"code": code, "name": name.strip(), "expires_at": expires, "qr_text": text,
                                "qr": terminals.qr_svg(text)})


@router.get("/terminals/{terminal_id}/revoke")
def confirm_revoke(terminal_id: str, page: Page = page_for("manage")):
    found = [x for x in terminals.terminals(page.request.app.state.db)
             if x["terminal_id"] == terminal_id and not x["revoked_at"]]
    if not found:
        raise page.refuse(page._("No paired till with that id."), 404)
    return page.render("revoke.html", terminal=found[0])


@router.post("/terminals/{terminal_id}/revoke")
def revoke(terminal_id: str, page: Page = posted("manage")):
    try:
        terminals.revoke(page.request.app.state.db, page.user.email, terminal_id)
    except HQError:
        raise page.refuse(page._("No paired till with that id."), 404) from None
    return done("/admin/terminals", "terminal_revoked")


@router.get("/conflicts")
def conflicts_page(page: Page = page_for("view"), done: str = "", show: str = "open"):
    rows = terminals.conflicts(page.request.app.state.db, open_only=show != "all")
    return page.render("conflicts.html", rows=rows, show=show, done=done, error_for=None, error="")


@router.post("/conflicts/{conflict_id}/resolve")
def resolve(conflict_id: int, note: str = Form(""), page: Page = posted("manage")):
    db = page.request.app.state.db
    try:
        terminals.resolve(db, page.user.email, conflict_id, note)
    except HQError as exc:
        message = page._("Write a note on how it was resolved.") if "note" in str(exc) else \
            page._("This conflict is already resolved or does not exist.")
        return page.render("conflicts.html", status=400, rows=terminals.conflicts(db), show="open", done="",
                           error_for=conflict_id, error=message)
    return done("/admin/conflicts", "conflict_resolved")
