"""``pos-hq journal export --saft``: the SAF-T Cash Register file for every till HQ has heard from.

Tills send each electronic-journal entry as a ``journal_entry`` event; HQ keeps
the payload as sent, so its export is the tills' own journal — signatures and
all — one ``cashregister`` per till, one file per shop (organisation number).
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime, timezone
from pathlib import Path

import sqlalchemy as sa

from pos_client.domain.journal import Entry, employees_of, entry_from_wire, shop_of
from pos_client.domain.saft import Employee, Export, Register, Software, file_name, write
from pos_client.domain.shop import Shop

from ..protocol import ACCEPTED
from . import schema
from .db import Database, HQError


def registers(db: Database, terminal: str | None = None) -> list[tuple[str, Register]]:
    """(terminal name, register) for each till with journal entries, entries in the till's order."""
    t, e = schema.terminals, schema.events
    query = (sa.select(t.c.name, e.c.terminal_id, e.c.payload).join(t, t.c.terminal_id == e.c.terminal_id)
             .where(e.c.kind == "journal_entry", e.c.status == ACCEPTED))
    if terminal:
        query = query.where(t.c.name == terminal)
    found: dict[str, tuple[str, list[tuple[str, Entry]]]] = {}
    with db.engine.connect() as conn:
        for name, terminal_id, payload in conn.execute(query):
            p = json.loads(payload)
            found.setdefault(terminal_id, (name, []))[1].append((p["register_id"], entry_from_wire(p)))
    out = []
    for name, items in found.values():
        items.sort(key=lambda item: item[1].entry_no)
        out.append((name, Register(items[-1][0], name, [entry for _, entry in items])))
    return sorted(out, key=lambda r: r[0])


def export(db: Database, path: str | Path, terminal: str | None = None,
           now: datetime | None = None) -> list[Path]:
    found = registers(db, terminal)
    if not found:
        raise HQError(f"no journal from terminal {terminal!r}" if terminal else "no till has sent its journal yet")
    by_shop: dict[str, tuple[Shop, list[Register]]] = {}
    for name, register in found:
        shop = shop_of(register.entries)
        if shop is None:
            raise HQError(f"terminal {name!r} has not sent its shop identity yet (it goes with every sale)")
        key = shop["org_number"]
        by_shop.setdefault(key, (Shop(shop["legal_name"], shop.get("address", ""), key,
                                      bool(shop.get("vat_registered", True))), []))[1].append(register)
    created = (now or datetime.now(timezone.utc)).astimezone().replace(tzinfo=None)
    target = Path(path)
    if len(by_shop) > 1 and not target.is_dir():
        raise HQError(f"{target}: tills of {len(by_shop)} shops: give a directory (one file per shop)")
    written = []
    for org, (shop, regs) in sorted(by_shop.items()):
        entries = [e for r in regs for e in r.entries]
        days = sorted(e.local_date for e in entries)
        emp = [Employee(f"{i}", n, datetime.fromisoformat(f"{d}T{tm}")) for i, n, d, tm in employees_of(entries)]
        data = write(Export(shop=shop, start=date.fromisoformat(days[0]), end=date.fromisoformat(days[-1]),
                            created=created, currency=_currency(entries), registers=regs, employees=emp,
                            software=Software("Till HQ", _version(), "Till")))
        out = target / file_name(org, created) if target.is_dir() else target
        if out.suffix.lower() != ".xml":
            raise HQError(f"{out}: give a directory or a file name ending in .xml")
        out.write_bytes(data)
        written.append(out)
    return written


def _currency(entries: list[Entry]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for e in entries:
        if e.body.get("currency"):
            counts[e.body["currency"]] += 1
    return max(counts, key=counts.get) if counts else "NOK"


def _version() -> str:
    from pos_client import __version__
    return __version__
