"""Events for HQ: each built with its kind's model (``sync.protocol``), checked here, at the till."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from sync.protocol import EventPayload

from ..store import writes


def emit(conn: sqlite3.Connection, terminal_id: str, payload: EventPayload, when: datetime,
         entry_body: tuple[int, str] | None = None) -> dict:
    """Append ``payload`` to the outbox inside the caller's transaction; returns the envelope.

    The model writes its JSON itself (``wire()``'s fields, what HQ receives), which is
    cheaper than a dict and ``json.dumps`` on every sale.  ``entry_body``: the journal entry
    (number, body JSON) whose body the payload carries (its own body left ``{}``), stored once,
    in the journal."""
    return writes.append_event_json(conn, terminal_id, payload.KIND, payload.model_dump_json(exclude_unset=True),
                                    [line.model_dump() for line in payload.ledger], when, entry_body)
