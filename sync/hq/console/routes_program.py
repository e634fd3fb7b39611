"""The program: common fields and the whole TOML, checked by the till's parser,
a sample basket's preview, publish (the tills take it on their next pull)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from . import program as prog
from .web import Page, done, page_for, posted, with_form

router = APIRouter(prefix="/admin", include_in_schema=False)


def _render(page: Page, source: str, status: int = 200, errors: dict | None = None, checked: bool = False,
            basket: str = "", tier: str = "", done: str = ""):
    db = page.request.app.state.db
    errors = dict(errors or {})
    parsed, result = None, None
    try:
        parsed = prog.check(source)
    except prog.FieldError as exc:
        errors.setdefault(exc.key if exc.key in _keys(source) or exc.key == "toml" else "toml", _say(page, exc))
    if parsed is not None and "basket" not in errors and (basket or _default_basket(db)):
        try:
            result = prog.preview(db, parsed, basket or _default_basket(db), tier)
        except prog.FieldError as exc:
            errors["basket"] = _say(page, exc)
    _, loaded_at = prog.published(db)
    return page.render("program.html", status=status, source=source, values=prog.field_values(source),
                       program=parsed, errors=errors, checked=checked, preview=result,
                       basket=basket or _default_basket(db), tier=tier, loaded_at=loaded_at, done=done,
                       program_fields=prog.PROGRAM_FIELDS, tier_fields=prog.TIER_FIELDS)


def _keys(source: str) -> set[str]:
    return set(prog.field_values(source))


def _say(page: Page, exc: prog.FieldError) -> str:
    if exc.raw:
        return page._("Not valid: {problem}", problem=exc.message)
    return page._(exc.message, **exc.values)


def _default_basket(db) -> str:
    import sqlalchemy as sa
    from .. import schema as t
    with db.read() as conn:
        skus = [r[0] for r in conn.execute(sa.select(t.products.c.sku).order_by(t.products.c.sku).limit(2))]
    return "\n".join(f"{s} 1" for s in skus)


@router.get("/program")
def program_page(page: Page = page_for("view"), done: str = ""):
    source, _ = prog.published(page.request.app.state.db)
    return _render(page, source, done=done)


@router.post("/program")
async def program_post(request: Request, page: Page = posted("market")):
    return await with_form(request, page, _handle)


def _handle(page: Page, form: dict):
    db = page.request.app.state.db
    basket, tier = form.get("basket", ""), form.get("tier", "")
    if form.get("mode") == "fields":
        current, _ = prog.published(db)
        source = form.get("source") or current
        try:
            source = prog.apply_fields(source, form)
        except prog.FieldError as exc:
            return _render(page, source, 400, {exc.key: _say(page, exc)}, basket=basket, tier=tier)
    else:
        source = form.get("toml", "")
    try:
        parsed = prog.check(source)
    except prog.FieldError:
        return _render(page, source, 400, basket=basket, tier=tier)
    if form.get("action") != "publish":
        return _render(page, source, checked=True, basket=basket, tier=tier)
    prog.publish(db, page.user.email, parsed, source)
    return done("/admin/program", "program_published")
