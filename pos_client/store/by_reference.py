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
  body is serialised once, for the journal); ``without_body`` takes a body out of a
  payload written whole.
"""

from __future__ import annotations

PLACEHOLDER = '"body":{}'

# A print job's receipt JSON: its own, or the receipt in its journal entry's body.
RECEIPT_SQL = ("coalesce(print_jobs.receipt_json, (SELECT json_extract(unpack(journal.body), '$.receipt') FROM journal"
               " WHERE journal.entry_no = print_jobs.entry_no))")


def without_body(payload_json: str, body_json: str) -> str | None:
    """``payload_json`` with its body (``body_json``, as the journal stores it) left out,
    or None when that cannot be undone exactly (then the payload is stored whole)."""
    whole = '"body":' + body_json
    # Look for the short key, then compare: a find of the whole multi-KB body costs 20x more.
    at = payload_json.find('"body":')
    while at >= 0 and not payload_json.startswith(whole, at):
        at = payload_json.find('"body":', at + 1)
    if at < 0:
        return None
    stored = payload_json[:at] + PLACEHOLDER + payload_json[at + len(whole):]
    # with_body puts the body back at the first placeholder: it must be this one.
    return stored if stored.find(PLACEHOLDER) == at else None


def with_body(stored: str, body_json: str | None) -> str:
    """The payload as it was emitted, from ``without_body``'s text and the entry's body."""
    if body_json is None:
        return stored
    at = stored.find(PLACEHOLDER)
    return stored[:at] + '"body":' + body_json + stored[at + len(PLACEHOLDER):]
