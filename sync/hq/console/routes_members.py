"""Members: search, a member's page, GDPR export (JSON) and erasure."""

from __future__ import annotations

import json

from fastapi import APIRouter, Form
from fastapi.responses import Response

from ..db import HQError
from . import members
from .web import Page, done, page_for, posted

router = APIRouter(prefix="/admin", include_in_schema=False)


@router.get("/members")
def members_page(page: Page = page_for("view"), q: str = "", done: str = ""):
    rows = members.search(page.request.app.state.db, q)
    template = "_member_rows.html" if page.request.headers.get("hx-request") else "members.html"
    return page.render(template, rows=rows, q=q, done=done)


@router.get("/members/{member_id}")
def member_page(member_id: str, page: Page = page_for("view"), done: str = ""):
    data = members.member(page.request.app.state.db, member_id)
    if data is None:
        raise page.refuse(page._("No member with that id."), 404)
    return page.render("member.html", d=data, done=done)


@router.post("/members/{member_id}/export")
def export(member_id: str, page: Page = posted("market")):
    try:
        data = members.export(page.request.app.state.db, page.user.email, member_id)
    except HQError:
        raise page.refuse(page._("No member with that id."), 404) from None
    return Response(json.dumps(data, ensure_ascii=False, indent=2), media_type="application/json",
                    headers={"Content-Disposition": f'attachment; filename="member-{member_id}.json"',
                             "Cache-Control": "no-store"})


@router.post("/members/{member_id}/erase")
def erase(member_id: str, confirm: str = Form(""), page: Page = posted("manage")):
    if confirm != "erase":
        raise page.refuse(page._("Tick the box to confirm the erasure."))
    try:
        members.erase(page.request.app.state.db, page.user.email, member_id)
    except HQError:
        raise page.refuse(page._("This member does not exist or was already erased."), 404) from None
    return done(f"/admin/members/{member_id}", "member_erased")
