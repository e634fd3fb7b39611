"""Sign-in and out, language, users (owner only) and the audit log."""

from __future__ import annotations

import hmac
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse

from ..db import HQError
from . import audit, i18n, users
from .web import (FORGED, LANG_COOKIE, LOGIN_CSRF_COOKIE, SESSION_COOKIE, Page, cookie_flags, done, lang_of,
                  new_login_csrf, page_for, posted, render)

router = APIRouter(prefix="/admin", include_in_schema=False)


def _safe_next(target: str) -> str:
    return target if target.startswith("/admin") and not target.startswith("//") else "/admin/"


def _login_page(request: Request, status: int = 200, error: str = "", email: str = "", next_: str = "/admin/"):
    token = new_login_csrf()
    resp = render(request, "login.html", lang_of(request), status=status, error=error, email=email,
                  next=_safe_next(next_), login_csrf=token)
    resp.set_cookie(LOGIN_CSRF_COOKIE, token, max_age=3600, **cookie_flags(request))
    return resp


@router.get("/login")
def login_form(request: Request, next: str = "/admin/", lang: str = ""):
    if lang in i18n.LANGS:                   # the language links on the sign-in page
        resp = RedirectResponse("/admin/login?next=" + quote(_safe_next(next)), status_code=303)
        resp.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, **cookie_flags(request))
        return resp
    return _login_page(request, next_=next)


@router.post("/login")
def login(request: Request, email: str = Form(""), password: str = Form(""), csrf: str = Form(""),
          next: str = Form("/admin/")):
    lang = lang_of(request)
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not cookie or not hmac.compare_digest(cookie.encode(), csrf.encode()):
        return _login_page(request, 403, i18n.gettext(lang, FORGED), email, next)
    ip = request.client.host if request.client else "?"
    try:
        token = users.sign_in(request.app.state.db, email, password, ip)
    except users.TooManyAttempts:
        return _login_page(request, 429, i18n.gettext(
            lang, "Too many failed sign-ins. Wait 15 minutes and try again."), email, next)
    if token is None:
        return _login_page(request, 401, i18n.gettext(lang, "Wrong e-mail or password."), email, next)
    resp = RedirectResponse(_safe_next(next), status_code=303)
    resp.set_cookie(SESSION_COOKIE, token, max_age=int(users.SESSION_TTL.total_seconds()), **cookie_flags(request))
    resp.delete_cookie(LOGIN_CSRF_COOKIE, path="/admin")
    return resp


@router.post("/logout")
def logout(page: Page = posted("view")):
    users.sign_out(page.request.app.state.db, page.token)
    resp = RedirectResponse("/admin/login", status_code=303)
    resp.delete_cookie(SESSION_COOKIE, path="/admin")
    return resp


@router.post("/lang")
def set_lang(lang: str = Form(""), back: str = Form("/admin/"), page: Page = posted("view")):
    if lang not in i18n.LANGS:
        raise page.refuse(page._("Unknown language."))
    users.set_lang(page.request.app.state.db, page.user.email, lang)
    resp = RedirectResponse(_safe_next(back), status_code=303)
    resp.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, **cookie_flags(page.request))
    return resp


@router.get("/users")
def users_page(page: Page = page_for("manage"), done: str = ""):
    return page.render("users.html", users=users.list_users(page.request.app.state.db), roles=users.ROLES,
                       done=done, error="", form={})


@router.post("/users")
def add_user(email: str = Form(""), role: str = Form(""), password: str = Form(""),
             page: Page = posted("manage")):
    db = page.request.app.state.db
    try:
        users.add_user(db, email, role, password, actor=page.user.email)
    except HQError as exc:
        return page.render("users.html", status=400, users=users.list_users(db), roles=users.ROLES, done="",
                           error=_user_error(page, str(exc)), form={"email": email, "role": role})
    return done("/admin/users", "user_saved")


def _user_error(page: Page, text: str) -> str:
    if "password" in text:
        return page._("The password must be at least {n} characters.", n=users.MIN_PASSWORD)
    if "role" in text:
        return page._("Choose a role.")
    return page._("That is not an e-mail address.")


@router.post("/users/role")
def change_role(email: str = Form(""), role: str = Form(""), page: Page = posted("manage")):
    if email == page.user.email:
        raise page.refuse(page._("You cannot change your own role."))
    try:
        users.set_role(page.request.app.state.db, page.user.email, email, None if role == "disabled" else role)
    except HQError:
        raise page.refuse(page._("No such user.")) from None
    return done("/admin/users", "user_saved")


@router.get("/audit")
def audit_page(page: Page = page_for("view"), before: int | None = None):
    rows = audit.entries(page.request.app.state.db, 100, before)
    return page.render("audit.html", rows=rows, more=rows[-1]["id"] if len(rows) == 100 else None)
