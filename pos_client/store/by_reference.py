"""A sale's receipt and journal body stored once: in its signed journal entry.

The print job of a sale and the ``journal_entry`` event that carries the entry to
HQ used to hold their own copies of it (the receipt three times, the body twice:
about 4.5 KB of a sale's 9 KB, and the pages of every sale's commit).  Both now name
the entry instead (``entry_no``, schema 6) and get it back when read:

- a print job's receipt is ``RECEIPT_SQL`` (its own ``receipt_json`` when it has
  one: copies, reports, reward receipts and rows written before schema 6);
- an event's stored payload has ``"body":{}`` where the body was, put back by
  ``with_body`` from the journal row, so what HQ receives is the same, byte for byte.
  ``journal.append`` serialises the payload with that empty body to begin with (the
  body is serialised once, for the journal).
"""

from __future__ import annotations

PLACEHOLDER = '"body":{}'

# A print job's receipt JSON: its own, or the receipt in its journal entry's body.
RECEIPT_SQL = ("coalesce(print_jobs.receipt_json, (SELECT json_extract(unpack(journal.body), '$.receipt') FROM journal"
               " WHERE journal.entry_no = print_jobs.entry_no))")


def with_body(stored: str, body_json: str | None) -> str:
    """The payload as it was emitted, from the stored text (``"body":{}``) and the entry's body."""
    if body_json is None:
        return stored
    at = stored.find(PLACEHOLDER)
    return stored[:at] + '"body":' + body_json + stored[at + len(PLACEHOLDER):]
