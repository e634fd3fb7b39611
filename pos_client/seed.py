"""Synthetic members for benchmarks: fast, deterministic, valid E.164 phones.

Norwegian mobile numbers 4xxxxxxx/9xxxxxxx are all valid, so member *i*
gets ``+47 9xxxxxxx`` (then 4xxxxxxx); the rows stream into executemany in
chunks so memory stays flat at a million members.
"""

from __future__ import annotations

import itertools
import json
import random
import uuid
from datetime import datetime

from .store import writes
from .store.meta import set_meta
from .store.rows import iso
from .store.store import Store

FIRST = ("Ola", "Kari", "Nora", "Jakob", "Emma", "Lars", "Ingrid", "Sander", "Sofie",
         "Henrik", "Maja", "Aksel", "Åse", "Bjørn", "Sølvi", "Øystein", "Elin", "Mats")
LAST = ("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
        "Kristiansen", "Jensen", "Karlsen", "Berg", "Haugen", "Hagen", "Lie", "Dahl", "Søreide")
CHUNK = 50_000


def seed_phone(i: int) -> str:
    return f"+47{90000000 + i}" if i < 10_000_000 else f"+47{40000000 + i - 10_000_000}"


def seed_members(store: Store, count: int, now: datetime, start: int | None = None) -> int:
    """Add ``count`` members after the ones already seeded; returns how many were added."""
    if start is None:
        start = int(store.get_meta("seeded_members") or 0)
    rng = random.Random(start)
    created = iso(now)
    consents = json.dumps({"email": False, "loyalty": True, "sms": False})

    def rows(first: int, last: int):
        for i in range(first, last):
            yield (str(uuid.UUID(int=rng.getrandbits(128), version=4)), seed_phone(i),
                   f"{rng.choice(FIRST)} {rng.choice(LAST)}", consents, created)

    added = 0
    for first in range(start, start + count, CHUNK):
        last = min(first + CHUNK, start + count)

        def tx(conn, first=first, last=last):
            added = writes.insert_bare_members(conn, rows(first, last))
            set_meta(conn, "seeded_members", str(last))
            return added

        added += store.write(tx)
    return added


def sample_phones(count: int, total: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [seed_phone(rng.randrange(total)) for _ in itertools.repeat(None, count)]
