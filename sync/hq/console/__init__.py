"""The HQ console under ``/admin/`` (DESIGN §10): server-rendered pages for
the shop's owner, marketer and viewer.  ``mount(app, db)`` adds it to the HQ app."""

from __future__ import annotations


def mount(app, db) -> None:
    from .web import mount as _mount
    _mount(app, db)
