"""The console's plumbing: templates, sessions from cookies, CSRF, roles, errors.

Every page handler gets a ``Page`` (the signed-in user, language, CSRF token)
from ``page_for(action)``; POSTs use ``posted(action)``, which also checks the
form's CSRF token.  A role without the right gets 403; no session, the
sign-in page.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import jinja2
from fastapi import Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from . import i18n
from .users import Session, session_for

HERE = Path(__file__).parent
SESSION_COOKIE = "till_session"
LANG_COOKIE = "till_lang"
LOGIN_CSRF_COOKIE = "till_login_csrf"
FORGED = "This form has expired or did not come from this console; reload the page and try again."

# Which roles may do what.  Every route names one of these.
RIGHTS = {
    "view": {"owner", "marketer", "viewer"},
    "market": {"owner", "marketer"},        # program, segments, campaigns, automations, member export
    "manage": {"owner"},                    # users, terminals, conflicts, member erasure
}

env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                         autoescape=jinja2.select_autoescape(("html", "svg")),
                         trim_blocks=True, lstrip_blocks=True)
env.filters["kr"] = i18n.kroner
env.filters["pct"] = i18n.percent
env.filters["num"] = i18n.number
env.globals.update(done_messages=i18n.DONE, actions=i18n.ACTIONS, kinds=i18n.KINDS,
                   campaign_kinds=i18n.CAMPAIGN_KINDS)
env.filters["when"] = lambda v: (v or "")[:16].replace("T", " ")


class NeedSignIn(Exception):
    pass


class Refused(Exception):
    """403 (role) or 400 (bad form): rendered as a page with one translated line."""

    def __init__(self, status: int, message: str, lang: str) -> None:
        super().__init__(message)
        self.status, self.message, self.lang = status, message, lang


@dataclass
class Page:
    request: Request
    session: Session
    lang: str
    token: str
    extra: dict = field(default_factory=dict)

    @property
    def user(self):
        return self.session.user

    def can(self, action: str) -> bool:
        return self.user.role in RIGHTS[action]

    def _(self, text: str, **kw) -> str:
        return i18n.gettext(self.lang, text, **kw)

    def render(self, template: str, status: int = 200, **values) -> HTMLResponse:
        return render(self.request, template, self.lang, status=status, page=self, user=self.user,
                      csrf=self.session.csrf, can=self.can, **values)

    def refuse(self, message: str, status: int = 400) -> Refused:
        return Refused(status, message, self.lang)


def lang_of(request: Request, session: Session | None = None) -> str:
    chosen = request.cookies.get(LANG_COOKIE) or (session.user.lang if session else "")
    if chosen in i18n.LANGS:
        return chosen
    return i18n.from_accept_language(request.headers.get("accept-language", ""))


def render(request: Request, template: str, lang: str, status: int = 200, **values) -> HTMLResponse:
    values.setdefault("page", None)
    values.setdefault("done", "")
    values.setdefault("user", None)
    values.setdefault("can", lambda _action: False)
    html = env.get_template(template).render(
        _=lambda text, **kw: i18n.gettext(lang, text, **kw), lang=lang, langs=i18n.LANGS,
        path=request.url.path, query=request.url.query, htmx=bool(request.headers.get("hx-request")), **values)
    return HTMLResponse(html, status_code=status, headers={
        "Cache-Control": "no-store", "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self';"
                                   " script-src 'self'; frame-ancestors 'none'; form-action 'self'"})


def _page(request: Request, action: str) -> Page:
    token = request.cookies.get(SESSION_COOKIE)
    session = session_for(request.app.state.db, token)
    if session is None:
        raise NeedSignIn
    lang = lang_of(request, session)
    if session.user.role not in RIGHTS[action]:
        raise Refused(403, i18n.gettext(lang, "Your role ({role}) may not do this.",
                                        role=i18n.gettext(lang, session.user.role)), lang)
    return Page(request, session, lang, token)


def page_for(action: str = "view"):
    def dep(request: Request) -> Page:
        return _page(request, action)
    return Depends(dep)


def posted(action: str):
    """A POST: signed in, allowed, and carrying the session's CSRF token
    (form field ``csrf`` or htmx's ``X-CSRF-Token`` header)."""
    def dep(request: Request, csrf: str = Form("")) -> Page:
        page = _page(request, action)
        sent = csrf or request.headers.get("x-csrf-token", "")
        if not hmac.compare_digest(sent.encode(), page.session.csrf.encode()):
            raise Refused(403, i18n.gettext(page.lang, FORGED), page.lang)
        return page
    return Depends(dep)


async def with_form(request: Request, page: Page, handler):
    """A POST whose fields are many or named by data: the whole form (text fields)
    to ``handler(page, form)``, run on the thread pool (it does database work)."""
    from starlette.concurrency import run_in_threadpool
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    return await run_in_threadpool(handler, page, form)


def cookie_flags(request: Request) -> dict:
    return {"httponly": True, "samesite": "lax", "secure": request.url.scheme == "https", "path": "/admin"}


def new_login_csrf() -> str:
    return secrets.token_urlsafe(24)


def done(url: str, message_key: str = "") -> RedirectResponse:
    """Post/redirect/get, with a message key the next page shows."""
    sep = "&" if "?" in url else "?"
    return RedirectResponse(url + (f"{sep}done={quote(message_key)}" if message_key else ""), status_code=303)


def mount(app: FastAPI, db) -> None:
    from . import (routes_access, routes_dashboard, routes_marketing, routes_members, routes_program,
                   routes_terminals)
    app.mount("/admin/static", StaticFiles(directory=HERE / "static"), name="console-static")

    @app.exception_handler(NeedSignIn)
    def _need(request: Request, _exc: NeedSignIn):
        target = "/admin/login?next=" + quote(request.url.path)
        if request.headers.get("hx-request"):
            return HTMLResponse("", headers={"HX-Redirect": target})
        return RedirectResponse(target, status_code=303)

    @app.exception_handler(Refused)
    def _refused(request: Request, exc: Refused):
        return render(request, "refused.html", exc.lang, status=exc.status, message=exc.message)

    for module in (routes_access, routes_dashboard, routes_terminals, routes_members, routes_program,
                   routes_marketing):
        app.include_router(module.router)
