"""Operator actions: publish program/catalogue/members, erase, settings, pruning.

Each one is a single write transaction that also appends the matching
change-feed items, so terminals see a whole catalogue or none of it.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import sqlalchemy as sa

from . import aggregates, member_summary
from . import schema as t
from .db import Database, HQError, add_change, add_changes, dumps, feed_lock, now_iso

SETTINGS = {
    # name: (parse, describe)
    "max_offline_coupon_value": "kroner; coupons worth more than this may not be redeemed offline (empty: no limit)",
    "offline_grace_s": "seconds an event may wait before it counts as offline (default 300)",
    "feed_keep": "change-feed rows kept by `feed prune` (default 100000)",
}


def _parse(path: str, parse, *args):
    """An operator's file through the domain's parser; any problem is one HQError line."""
    from pos_client.domain.errors import TillError
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise HQError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise HQError(f"{path}: not UTF-8 text") from None
    try:
        return parse(text, str(path), *args)
    except TillError as exc:
        raise HQError(str(exc)) from None


def load_program(db: Database, path: str) -> dict:
    from pos_client.domain.program_file import parse_program
    program = _parse(path, parse_program)
    return publish_program(db, program, program.source or Path(path).read_text(encoding="utf-8"))


def publish_program(db: Database, program, source: str, conn: sa.Connection | None = None) -> dict:
    """Store a parsed program and put it on the change feed (tills take it on their next pull).
    With ``conn``, inside the caller's write transaction (the console audits in the same one)."""
    if conn is None:
        with db.write() as own:
            done = publish_program(db, program, source, own)
        aggregates.ensure(db, program)       # rebuilt if the point lifetime or the tiers changed
        return done
    conn.execute(sa.delete(t.program))
    conn.execute(sa.insert(t.program).values(program_id=program.id, source=source, loaded_at=now_iso()))
    add_change(conn, {"type": "program", "program_id": program.id, "source": source})
    return {"program_id": program.id, "name": program.name}


def load_catalogue(db: Database, path: str) -> dict:
    """The file is the whole catalogue: SKUs missing from it are withdrawn (tombstoned)."""
    from pos_client.domain.catalogue_file import parse_catalogue
    products = _parse(path, parse_catalogue)
    rows = [{"sku": p.sku, "ean": p.ean or None, "name": p.name, "price": p.price,
             "vat_percent": p.vat_percent, "category": p.category or ""} for p in products]
    with db.write() as conn:
        old = {r[0]: tuple(r[1:]) for r in conn.execute(sa.select(
            t.products.c.sku, t.products.c.ean, t.products.c.name, t.products.c.price,
            t.products.c.vat_percent, t.products.c.category))}
        skus = {r["sku"] for r in rows}
        gone = sorted(set(old) - skus)
        changed = [r for r in rows if old.get(r["sku"]) != (r["ean"], r["name"], r["price"],
                                                             r["vat_percent"], r["category"])]
        if gone:
            conn.execute(sa.delete(t.products).where(t.products.c.sku.in_(gone)))
        if changed:
            conn.execute(sa.delete(t.products).where(t.products.c.sku.in_([r["sku"] for r in changed])))
            conn.execute(sa.insert(t.products), changed)
        add_changes(conn, [{"origin": None, "data": dumps({"type": "tombstone", "entity": "product", "id": s})}
                           for s in gone] +
                    [{"origin": None, "data": dumps({"type": "product", **r})} for r in changed])
    return {"products": len(rows), "changed": len(changed), "withdrawn": len(gone)}


def import_members(db: Database, path: str, region: str = "NO") -> dict:
    """Members known by phone are skipped (import is repeatable)."""
    from pos_client.domain.catalogue_file import parse_members
    people = _parse(path, parse_members, region)
    now = now_iso()
    with db.write() as conn:
        known = {p for (p,) in conn.execute(sa.select(t.members.c.phone).where(t.members.c.erased_at.is_(None)))}
        members, consents, changes = [], [], []
        for person in people:
            if person.phone in known:
                continue
            known.add(person.phone)
            mid = str(uuid.uuid4())
            birthday = person.birthday.isoformat() if person.birthday else None
            row = {"member_id": mid, "phone": person.phone, "name": person.name or "",
                   "email": person.email or "", "birthday": birthday, "consents": dumps(person.consents),
                   "consent_text_version": "import", "created_at": now, "origin": "hq", "erased_at": None}
            members.append(row)
            consents += [{"member_id": mid, "purpose": k, "granted": bool(g), "text_version": "import",
                          "recorded_at": now, "terminal_id": "hq"} for k, g in sorted(person.consents.items())]
            item = {k: row[k] for k in ("member_id", "phone", "name", "email", "birthday",
                                        "consent_text_version", "created_at", "origin")}
            changes.append({"origin": None, "data": dumps({"type": "member", **item, "consents": person.consents})})
        for table, data in ((t.members, members), (t.consents, consents)):
            for i in range(0, len(data), 5000):
                conn.execute(sa.insert(table), data[i:i + 5000])
        member_summary.members_changed(conn, [m["member_id"] for m in members])
        for i in range(0, len(changes), 5000):
            add_changes(conn, changes[i:i + 5000])
    return {"imported": len(members), "skipped": len(people) - len(members)}


def erase_member(db: Database, member_id: str) -> dict:
    """GDPR erasure: personal data goes, the pseudonymous ledger stays.

    Old feed items and stored enrolment payloads that carry the person's data
    are rewritten too; terminals get a tombstone.
    """
    m = t.members.c
    with db.write(parallel=True) as conn:
        aggregates.lock_member(conn, member_id)      # before the feed lock, as ingest does
        feed_lock(conn)
        row = conn.execute(sa.select(m.member_id, m.erased_at, m.created_at).where(m.member_id == member_id)).first()
        if row is None:
            raise HQError(f"no member with id {member_id!r}")
        if row.erased_at:
            raise HQError(f"member {member_id} was already erased")
        now = now_iso()
        conn.execute(sa.update(t.members).where(m.member_id == member_id).values(
            phone=None, name=None, email=None, birthday=None, consents="{}", erased_at=now))
        conn.execute(sa.delete(t.consents).where(t.consents.c.member_id == member_id))
        aggregates.member_erased(conn, member_id, row.created_at)
        member_summary.members_changed(conn, [member_id])
        for cid, doc in conn.execute(sa.select(t.coupons.c.coupon_id, t.coupons.c.doc)
                                     .where(t.coupons.c.member_id == member_id)).all():
            conn.execute(sa.update(t.coupons).where(t.coupons.c.coupon_id == cid)
                         .values(doc=dumps({**json.loads(doc), "code": ""})))
        for eid, payload in conn.execute(sa.select(t.events.c.event_id, t.events.c.payload).where(
                t.events.c.member_id == member_id, t.events.c.kind == "member_enrolled")).all():
            body = json.loads(payload)
            kept = {k: body[k] for k in ("member_id", "ledger", "consent_text_version") if k in body}
            conn.execute(sa.update(t.events).where(t.events.c.event_id == eid)
                         .values(payload=dumps({**kept, "erased": True})))
        tomb = dumps({"type": "tombstone", "entity": "member", "id": member_id})
        needle = f'%"member_id":"{member_id}"%'
        conn.execute(sa.update(t.changes).where(t.changes.c.data.like('{"type":"member"%'),
                                                t.changes.c.data.like(needle)).values(data=tomb))
        conn.execute(sa.update(t.changes).where(t.changes.c.data.like('{"type":"coupon"%'),
                                                t.changes.c.data.like(needle)).values(data=tomb))
        add_change(conn, {"type": "tombstone", "entity": "member", "id": member_id})
        # Old feed rows were rewritten: HQ processes drop the blocks they keep.
        db.set_setting(conn, "feed_epoch", now)
    return {"member_id": member_id, "erased_at": now}


def set_setting(db: Database, key: str, value: str) -> str:
    if key not in SETTINGS:
        raise HQError(f"unknown setting {key!r} (known: {', '.join(SETTINGS)})")
    stored: str | None = value.strip()
    try:
        if key == "max_offline_coupon_value":
            stored = None if stored in ("", "none", "off") else str(_kroner_to_ore(stored))
        elif key == "offline_grace_s":
            if float(stored) < 0:
                raise ValueError
        elif key == "feed_keep":
            if int(stored) < 0:
                raise ValueError
    except ValueError:
        raise HQError(f"{key}: {value!r} is not a valid value ({SETTINGS[key]})") from None
    with db.write() as conn:
        db.set_setting(conn, key, stored)
    return "" if stored is None else stored


def get_settings(db: Database) -> dict:
    with db.engine.connect() as conn:
        return {k: db.get_setting(k, conn) for k in SETTINGS}


def _kroner_to_ore(text: str) -> int:
    from decimal import Decimal, InvalidOperation
    try:
        amount = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise ValueError from None
    if amount < 0 or amount != amount.quantize(Decimal("0.01")):
        raise ValueError
    return int(amount * 100)


def prune_feed(db: Database, keep: int | None = None) -> dict:
    """Forget old change-feed rows; terminals behind the new floor re-snapshot (410)."""
    with db.write() as conn:
        keep = keep if keep is not None else int(db.get_setting("feed_keep", conn) or 100_000)
        top = conn.execute(sa.select(sa.func.coalesce(sa.func.max(t.changes.c.seq), 0))).scalar()
        floor = max(int(db.get_setting("feed_floor", conn) or 0), top - keep)
        n = conn.execute(sa.delete(t.changes).where(t.changes.c.seq <= floor)).rowcount
        db.set_setting(conn, "feed_floor", str(floor))
    return {"floor": floor, "deleted": n}
