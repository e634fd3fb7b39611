"""A browser-less console user for the page tests: a TestClient with the session cookie."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

PASSWORD = "correct horse battery"
ROLES = {"owner": "owner@shop.no", "marketer": "marketer@shop.no", "viewer": "viewer@shop.no"}


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


class Console:
    """A browser-less console user: a TestClient with the session cookie."""

    def __init__(self, app, role: str | None = None, base_url: str = "http://testserver") -> None:
        self.client = TestClient(app, base_url=base_url)
        self.csrf = ""
        if role:
            self.sign_in(ROLES[role], PASSWORD)

    def sign_in(self, email: str, password: str, **kw):
        page = self.client.get("/admin/login")
        resp = self.client.post("/admin/login", data={"email": email, "password": password,
                                                      "csrf": csrf_of(page.text), "next": "/admin/"},
                                follow_redirects=False, **kw)
        if resp.status_code == 303:
            self.csrf = csrf_of(self.client.get("/admin/").text)
        return resp

    def get(self, path: str, **kw):
        return self.client.get(path, **kw)

    def post(self, path: str, data: dict | None = None, csrf: str | None = None, **kw):
        return self.client.post(path, data={"csrf": self.csrf if csrf is None else csrf, **(data or {})},
                                follow_redirects=False, **kw)


def sign_in(page, hq_server, role: str, password: str = PASSWORD):
    page.goto(hq_server.url + "/admin/")
    page.fill("input[name=email]", ROLES[role])
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
