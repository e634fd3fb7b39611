"""Wire models shared by the terminal (``sync.client``) and HQ (``sync.hq``).

One definition for both ends so they cannot drift.  ``PROTOCOL`` is sent in
every request body/header; HQ refuses a major it does not speak with 426
rather than guessing.  Money is integer øre, times are ISO 8601 UTC strings
(kept as text: the terminal's clock is the truth for ``occurred_at``, and
re-formatting would change ids derived from it).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator

PROTOCOL = 1
MAX_BATCH = 50            # events per push (DESIGN §5)
MAX_PAGE = 1000           # change items per page
MAX_SNAPSHOT_PAGE = 20000 # snapshot rows per page

# Per-event statuses.  "duplicate" carries the first answer in ``original``.
ACCEPTED, DUPLICATE, REJECTED = "accepted", "duplicate", "rejected"

KEY_PATTERN = r"^[A-Za-z0-9+/]{43}=$"              # base64 of 32 raw bytes


class _Model(BaseModel):
    # Unknown fields are ignored so a newer peer can add fields in the same major.
    model_config = ConfigDict(extra="ignore")


# The event payloads, one model per kind (sync/payloads.py), are part of the protocol.
from .payloads import (  # noqa: E402
    EVENT_KINDS, ID_PATTERN, PAYLOADS, CouponGiven, CouponsIssued, EventPayload, JournalEntry, LedgerLine,
    MemberEnrolled, MemberVisited, Redemption, RewardExchanged, SaleCompleted, SaleReturned, WireCoupon,
    validation_reason,
)

__all__ = [
    "EVENT_KINDS", "PAYLOADS", "CouponGiven", "CouponsIssued", "EventPayload", "JournalEntry", "LedgerLine",
    "MemberEnrolled",
    "MemberVisited", "Redemption", "RewardExchanged", "SaleCompleted", "SaleReturned",
    "WireCoupon", "validation_reason",
]


# -- errors --------------------------------------------------------------------

class ErrorBody(_Model):
    """Every non-2xx answer. ``error`` is a stable machine word, ``message`` one line."""

    error: str
    message: str
    protocol: int = PROTOCOL
    retry_after_s: float | None = None


# -- pairing -------------------------------------------------------------------

class PublicKey(_Model):
    key_id: str = Field(pattern=ID_PATTERN)
    public_key: str = Field(pattern=KEY_PATTERN, description="base64 of the raw 32-byte Ed25519 key")
    owner: str = Field(default="", max_length=200, description="'hq' or a terminal id")


class PairRequest(_Model):
    protocol: int = PROTOCOL
    code: str = Field(min_length=4, max_length=64)
    terminal_id: str = Field(pattern=ID_PATTERN)
    terminal_name: str = Field(default="", max_length=200)
    key: PublicKey


class PairResponse(_Model):
    protocol: int = PROTOCOL
    terminal_id: str
    terminal_name: str
    device_token: str
    hq_key: PublicKey
    server_time: str


# -- events --------------------------------------------------------------------

class Event(_Model):
    event_id: str = Field(pattern=ID_PATTERN)
    terminal_id: str = Field(pattern=ID_PATTERN)
    seq: int = Field(ge=1, le=2**62)
    kind: str = Field(min_length=1, max_length=64)
    occurred_at: str = Field(min_length=10, max_length=40)
    payload: dict[str, Any]

    @field_validator("payload", mode="plain")
    @classmethod
    def _payload_is_an_object(cls, value: Any) -> dict:
        # Only "is it a JSON object": HQ validates it per event against its kind's
        # model (PAYLOADS below), so one bad event does not refuse the whole batch.
        # Walking 50 sale payloads here was a sixth of a push.
        if not isinstance(value, dict):
            raise ValueError("payload must be a JSON object")
        return value


class EventBatch(_Model):
    protocol: int = PROTOCOL
    # The terminal's clock when it sent the batch: with ``occurred_at`` it tells
    # HQ how long an event waited offline, independent of clock skew.
    sent_at: str | None = Field(default=None, max_length=40)
    events: list[Event] = Field(max_length=MAX_BATCH)


class Outcome(_Model):
    status: Literal["accepted", "rejected"]
    reason: str = ""
    permanent: bool = False


class EventResult(_Model):
    event_id: str
    seq: int
    status: Literal["accepted", "duplicate", "rejected"]
    reason: str = ""
    # Permanent rejections are dead-lettered by the terminal; temporary ones retried.
    permanent: bool = False
    original: Outcome | None = None


class BatchResult(_Model):
    protocol: int = PROTOCOL
    results: list[EventResult]
    last_seq: int = 0
    server_time: str


# -- change feed ---------------------------------------------------------------
# Items are what a terminal caches.  Each is applied idempotently, so a page
# replayed after a lost response does no harm.

class ProgramItem(_Model):
    type: Literal["program"] = "program"
    program_id: str
    source: str                           # the TOML text


class ProductItem(_Model):
    type: Literal["product"] = "product"
    sku: str
    ean: str | None = None
    name: str
    price: int
    vat_percent: float = 0
    category: str = ""


class MemberItem(_Model):
    type: Literal["member"] = "member"
    member_id: str
    phone: str
    name: str = ""
    email: str = ""
    birthday: str | None = None
    consents: dict[str, bool] = {}
    consent_text_version: str = ""
    created_at: str = ""
    origin: str = ""                      # terminal id or "hq"
    referred_by: str | None = None        # refer a friend: the referring member's id


class LedgerEntry(_Model):
    member_id: str
    account: str
    delta: int


class LedgerItem(_Model):
    """The ledger entries of one event; entry i has id ``{event_id}:{i}``."""

    type: Literal["ledger"] = "ledger"
    event_id: str
    terminal_id: str
    occurred_at: str
    entries: list[LedgerEntry]


class CouponItem(_Model):
    type: Literal["coupon"] = "coupon"
    coupon: dict[str, Any]                # the coupon object of docs/events.md
    issued_by: str = ""


class RedemptionItem(_Model):
    type: Literal["coupon_redeemed"] = "coupon_redeemed"
    coupon_id: str
    event_id: str
    sale_id: str = ""
    terminal_id: str = ""
    occurred_at: str


class KeyItem(_Model):
    type: Literal["key"] = "key"
    key_id: str
    public_key: str
    owner: str = ""


class Tombstone(_Model):
    type: Literal["tombstone"] = "tombstone"
    entity: Literal["member", "product", "key", "coupon"]
    id: str


ChangeItem = Annotated[
    Union[ProgramItem, ProductItem, MemberItem, LedgerItem, CouponItem,
          RedemptionItem, KeyItem, Tombstone],
    Field(discriminator="type"),
]


class ChangePage(_Model):
    protocol: int = PROTOCOL
    cursor: str                           # opaque; pass back unchanged
    has_more: bool
    # The number of items, said before them (HQ from this version on; optional
    # for older HQs): a reader can count a page without parsing its items.
    count: int | None = None
    items: list[ChangeItem]
    server_time: str
    # HQ's pace under load (sync.hq.pull_pace): pull again no sooner than this
    # many seconds from now.  Absent when HQ is not busy; old terminals ignore it.
    next_pull_s: float | None = None


# -- snapshot ------------------------------------------------------------------
# Columnar pages: a million members are rows of plain values, not a million
# objects, so both ends spend their time on data rather than on field names.

SNAPSHOT_SECTIONS: dict[str, tuple[str, ...]] = {
    "keys": ("key_id", "public_key", "owner"),
    "program": ("program_id", "source"),
    "products": ("sku", "ean", "name", "price", "vat_percent", "category"),
    "members": ("member_id", "phone", "name", "email", "birthday", "consents",
                "consent_text_version", "created_at", "origin"),
    "coupons": ("coupon", "issued_by"),
    "ledger": ("entry_id", "event_id", "terminal_id", "occurred_at", "member_id",
               "account", "delta"),
    "redemptions": ("coupon_id", "event_id", "sale_id", "terminal_id", "occurred_at"),
    "referrals": ("member_id", "referrer_id"),        # refer a friend (DESIGN.md §9)
}


class SnapshotPage(_Model):
    protocol: int = PROTOCOL
    section: str
    columns: list[str]
    rows: list[list[Any]]
    next: str | None = Field(description="cursor of the next page; null when done")
    feed_cursor: str = Field(description="start the change feed here after the last page")
    done_rows: int = 0
    total_rows: int = 0                   # estimate for a progress bar
    server_time: str


class Health(_Model):
    ok: bool
    protocol: int = PROTOCOL
    database: str
    server_time: str
