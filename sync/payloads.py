"""Event payloads (docs/events.md): one model per event kind, part of ``sync.protocol``.

The till builds its events with them, HQ validates each event's payload with
its kind's model and applies the result.  What HQ acts on (ids, ledger,
coupons, consents) is checked strictly — an event that fails is rejected
permanently, since sending it again cannot make it valid; the rest describes
the sale and defaults when absent.  Unknown fields are kept unchecked (a newer
till may add some in the same major); ``wire()`` gives back exactly the fields
that were set, so a payload keeps its shape through a model.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, ClassVar

from pydantic import (
    AfterValidator, BaseModel, ConfigDict, Field, StrictBool, StrictInt, ValidationError, field_validator,
    model_validator,
)

ID_PATTERN = r"^[A-Za-z0-9_.\-]{1,64}$"           # uuids and the like; no ':' (entry ids use it)

MAX_ITEMS = 1000                        # entries of any list in a payload
MAX_DELTA = 2**53
NO_NUL = r"^[^\x00]*$"                  # PostgreSQL text cannot hold NUL
ACCOUNT_PATTERN = (r"^(points|spend|cheques|visits|tier_uses|referred|referrals|stamps:[A-Za-z0-9_.\-]{1,60}"
                   r"|tier_coupons:[\w.\-]{1,60})$")


def aware_time(value: str) -> str:
    """``value`` if it is an ISO 8601 time with a UTC offset; raises ``ValueError``."""
    if len(value) > 40:
        raise ValueError("expected an ISO 8601 time")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError("expected an ISO 8601 time") from None
    if moment.tzinfo is None:
        raise ValueError("the time must carry its UTC offset")
    return value


def _day(value: str) -> str:
    try:
        if len(value) != 10:
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise ValueError("expected YYYY-MM-DD") from None
    return value


Id = Annotated[str, Field(pattern=ID_PATTERN)]
Whole = Annotated[StrictInt, Field(ge=-MAX_DELTA, le=MAX_DELTA)]
Time = Annotated[str, Field(max_length=40), AfterValidator(aware_time)]
Day = Annotated[str, AfterValidator(_day)]


def Text(limit: int, required: bool = False):  # noqa: N802 - a type
    return Annotated[str, Field(min_length=1 if required else 0, max_length=limit, pattern=NO_NUL)]


def Items(item):  # noqa: N802 - a type
    return Annotated[list[item], Field(max_length=MAX_ITEMS)]


class _Part(BaseModel):
    # Fields HQ does not know are kept (and not checked): HQ stores the payload as sent.
    model_config = ConfigDict(extra="allow")

    def wire(self) -> dict:
        """The JSON object as sent: the fields that were set, unknown ones kept."""
        return self.model_dump(exclude_unset=True)


class LedgerLine(_Part):
    member_id: Id
    account: Annotated[str, Field(pattern=ACCOUNT_PATTERN)]
    delta: Whole


class WireCoupon(_Part):
    """The coupon object of docs/events.md; HQ stores and forwards it whole."""

    id: Id
    member_id: Id | None = None
    def_id: Text(64) | None = None
    name: Text(1000) | None = None
    code: Text(4000) | None = None
    issued_at: Time | None = None
    single_use: StrictBool = True


class Redemption(_Part):
    coupon_id: Id
    def_id: str | None = None
    kind: str = ""
    amount: Whole | None = None
    member_id: Id | None = None
    single_use: bool = True
    issued_by: str = ""


# The sale's own description (lines, benefits, tenders) is carried as the
# domain wrote it (``Settlement.to_json``): HQ stores it and acts on none of it,
# and typing it here cost a third of a sale event's validation.
Described = Items(dict[str, Any])


class EventPayload(_Part):
    """What every kind may carry: the member, balance moves and coupons issued."""

    KIND: ClassVar[str] = ""
    member_id: Id | None = None
    coupons_issued: Items(WireCoupon) = []
    ledger: Items(LedgerLine) = []


class MemberEnrolled(EventPayload):
    KIND: ClassVar[str] = "member_enrolled"
    member_id: Id
    phone: Text(32, required=True)
    name: Text(200) = ""
    email: Text(320) = ""
    birthday: Day | None = None
    consents: dict[Text(32), StrictBool] = {}
    consent_text_version: Text(64) = ""
    referred_by: Id | None = None           # refer a friend: the referring member

    @field_validator("name", "email", "consent_text_version", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return "" if value is None else value

    @field_validator("birthday", mode="before")
    @classmethod
    def _no_birthday(cls, value: Any) -> Any:
        return None if value == "" else value

    @field_validator("consents", mode="before")
    @classmethod
    def _no_consents(cls, value: Any) -> Any:
        return {} if value is None else value

    @field_validator("consents")
    @classmethod
    def _loyalty_given(cls, value: dict[str, bool]) -> dict[str, bool]:
        if value.get("loyalty") is not True:
            raise ValueError("loyalty consent is required")
        return value


class SaleCompleted(EventPayload):
    KIND: ClassVar[str] = "sale_completed"
    sale_id: Id
    receipt_no: str = ""
    currency: str = ""
    lines: Described = []
    benefits: Described = []
    subtotal: int = 0
    discount_total: int = 0
    total: int = 0
    tenders: Described = []
    coupons_redeemed: Items(Redemption) = []
    points_earned: int = 0


class SaleReturned(EventPayload):
    KIND: ClassVar[str] = "sale_returned"
    return_id: Id
    sale_id: Id                             # the original sale
    receipt_no: str = ""
    lines: Described = []
    refund: int = 0
    coupons_voided: Items(Id) = []          # a full return: the sale's unused reward coupons


class CouponsIssued(EventPayload):
    KIND: ClassVar[str] = "coupons_issued"


# -- reward mechanics (DESIGN.md §9) --

class MemberVisited(EventPayload):
    KIND: ClassVar[str] = "member_visited"
    member_id: Id
    day: Day                                # the shop's date (the till's time zone): one visit per member and day
    points: int = 0


class RewardExchanged(EventPayload):
    KIND: ClassVar[str] = "reward_exchanged"
    member_id: Id
    reward_id: str = ""
    points: int = 0


class CouponGiven(EventPayload):
    KIND: ClassVar[str] = "coupon_given"
    coupon_id: Id
    member_id: Id                           # the new owner
    from_member_id: Id | None = None
    coupon: WireCoupon                      # with the new owner's code and ``given_from``

    @model_validator(mode="after")
    def _same_coupon(self) -> "CouponGiven":
        if self.coupon.id != self.coupon_id or self.coupon.member_id != self.member_id:
            raise ValueError("coupon: does not match coupon_id and member_id")
        return self


# -- the electronic journal (DESIGN.md §8, docs/kassasystem.md) --

class JournalEntry(EventPayload):
    """One entry of a till's append-only electronic journal; HQ keeps it as sent and
    writes it back as SAF-T (``pos-hq journal export --saft``)."""

    KIND: ClassVar[str] = "journal_entry"
    register_id: Text(100, required=True)
    entry_no: Annotated[StrictInt, Field(ge=1)]
    code: Text(35, required=True)
    occurred_at: Time
    local_date: Day
    local_time: Annotated[str, Field(pattern=r"^\d\d:\d\d:\d\d$")]
    cashier_id: StrictInt | None = None
    cashier: Text(100) = ""
    trans_nr: Annotated[StrictInt, Field(ge=1)] | None = None
    receipt_no: Text(64) = ""
    training: StrictBool = False
    text: Text(9999) = ""
    body: dict[str, Any] = {}
    signature: Text(999) = ""
    key_version: Text(50) = ""
    amount_in: Whole = 0
    amount_ex: Whole = 0

    @model_validator(mode="after")
    def _signed(self) -> "JournalEntry":
        if self.trans_nr is not None and not self.signature:
            raise ValueError("signature: a transaction must be signed")
        return self


PAYLOADS: dict[str, type[EventPayload]] = {
    m.KIND: m for m in (MemberEnrolled, SaleCompleted, SaleReturned, CouponsIssued,
                        MemberVisited, RewardExchanged, CouponGiven, JournalEntry)}
EVENT_KINDS = tuple(PAYLOADS)


_PATTERNS = {ID_PATTERN: "not a valid id", NO_NUL: "contains a NUL character",
             ACCOUNT_PATTERN: "unknown account"}


def validation_reason(exc: ValidationError) -> str:
    """The first problem of a payload as one short line: ``ledger[0].account: unknown account``."""
    err = exc.errors(include_url=False)[0]
    where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in err["loc"]).lstrip(".")
    message = _PATTERNS.get((err.get("ctx") or {}).get("pattern"), err["msg"].removeprefix("Value error, "))
    return f"{where}: {message}" if where else message
