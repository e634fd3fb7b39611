"""The facade the GUI, the CLI and the tests all use (DESIGN.md §6).

``Terminal`` ties config, store, program and keys together; ``Sale`` is one
basket being rung up.  Rules live in ``domain``; SQL lives in ``store``;
this module decides what happens in which order and in which transaction.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

from . import files
from .config import Config, load_config
from .domain import codes
from .domain.catalogue import Product
from .domain.errors import (
    ConsentRequired, CouponRefused, InvalidInput, MemberNotFound, TillError, UnknownProduct,
)
from .domain.member import Coupon, MemberState, in_birthday_week, tier_progress
from .domain.phone import looks_like_phone, mask_phone, normalise_phone
from .domain.program import CouponDef, Program
from .domain.returns import settle_return
from .ids import uuid7
from .domain.settlement import BasketLine, Settlement, check_coupon, settle
from .store import writes
from .store.rows import coupon_to_wire, iso
from .store.store import Store

log = logging.getLogger(__name__)
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
DEMO_DIR = RESOURCES / "demo"
CONSENT_PURPOSES = ("loyalty", "sms", "email")
CONSENT_TEXT_VERSION = "2026-1"

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class Terminal:
    def __init__(self, config: Config, store: Store, clock: Clock) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self._program: Program | None = None
        self._program_source: str | None = None
        self._program_checked = 0.0
        self._member_codes: dict[str, str] = {}

    # -- opening -----------------------------------------------------------
    @classmethod
    def open(
        cls, data_dir: Path | str | None = None, *, config: Config | None = None,
        clock: Clock | None = None,
    ) -> "Terminal":
        config = config or load_config()
        if data_dir is not None:
            config = replace(config, terminal=replace(config.terminal, data_dir=str(data_dir)))
        store = Store.open(config.data_path)
        terminal = cls(config, store, clock or utc_now)
        if config.demo and store.program_source() is None:
            terminal.load_demo()
        return terminal

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Terminal":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def load_demo(self) -> None:
        """Demo mode: the pet-shop program, catalogue and members of resources/demo."""
        self.load_program(DEMO_DIR / "program.toml")
        self.load_catalogue(DEMO_DIR / "catalogue.csv")
        self.import_members(DEMO_DIR / "members.csv")

    # -- program and catalogue ---------------------------------------------
    @property
    def program(self) -> Program:
        # Re-read at most once a second: a sale asks several times, and a new
        # program (from HQ or `program load`) may take a second to apply.
        if self._program is not None and time.monotonic() - self._program_checked < 1.0:
            return self._program
        self._program_checked = time.monotonic()
        source = self.store.program_source()
        if source is None:
            raise InvalidInput(
                "no loyalty program loaded: run `pos-client program load FILE.toml` or pair with HQ"
            )
        if source != self._program_source:
            from .domain.program_file import parse_program
            self._program = parse_program(source, "program")
            self._program_source = source
        return self._program

    @property
    def region(self) -> str:
        return self.config.terminal.country

    @property
    def currency(self) -> str:
        return self.config.terminal.currency

    def load_program(self, path: Path | str) -> Program:
        program = files.load_program(path)
        self.store.write(lambda conn: writes.replace_program(conn, program.id, program.source, self.clock()))
        self._program = None
        return program

    def load_catalogue(self, path: Path | str) -> int:
        products = files.load_catalogue(path)
        self.store.write(lambda conn: writes.upsert_products(conn, products))
        return len(products)

    def products(self) -> list[Product]:
        return self.store.products()

    def product(self, sku_or_ean: str) -> Product:
        product = self.store.product(sku_or_ean.strip())
        if product is None:
            raise UnknownProduct(f"unknown product {sku_or_ean!r} (no such SKU or EAN)")
        return product

    # -- members -------------------------------------------------------------
    def _state(self, row) -> MemberState:
        program = self.program
        member = self.store.member_state(
            row, self.clock(), program.point_lifetime_days, program.qualification_days
        )
        member.tier = program.tier_for(member.qualifying_spend).name
        return member

    def classify(self, text: str) -> str:
        """What a scan or typed input is: member_code, coupon_code, ean, phone or unknown."""
        text = text.strip()
        if codes.looks_like_code(text):
            return "coupon_code" if text.upper().startswith("TLC") else "member_code"
        if text.isdigit() and len(text) in (8, 12, 13) and self.store.product(text) is not None:
            return "ean"
        if looks_like_phone(text):
            return "phone"
        if self.store.product(text) is not None:
            return "ean"
        return "unknown"

    def lookup(self, query: str) -> MemberState | None:
        """A phone number in any usual format, or a scanned member QR payload.

        A forged or damaged code raises ``CodeRefused`` and is never looked up.
        """
        query = (query or "").strip()
        if codes.looks_like_code(query):
            code = codes.verify_member(query, self.store.keyring())
            row = self.store.member_by_id(code.member_id)
        elif looks_like_phone(query):
            row = self.store.member_by_phone(normalise_phone(query, self.region))
        else:
            raise InvalidInput(f"{query!r} is neither a phone number nor a member card")
        return self._state(row) if row is not None else None

    def member(self, member_id: str) -> MemberState | None:
        row = self.store.member_by_id(member_id)
        return self._state(row) if row is not None else None

    def require_member(self, query: str) -> MemberState:
        member = self.lookup(query)
        if member is None:
            raise MemberNotFound(f"no member with {query.strip()!r}")
        return member

    def find_members(self, text: str) -> list[MemberState]:
        """Name search for a member who forgot the phone; a phone works too."""
        text = text.strip()
        if looks_like_phone(text):
            try:
                member = self.lookup(text)
            except TillError:
                member = None
            return [member] if member else []
        if len(text) < 2:
            return []
        return [self._state(row) for row in self.store.members_by_name(text)]

    def member_code(self, member: MemberState) -> str:
        """The member's own QR payload (Ed25519 signatures are deterministic, so cache it)."""
        code = self._member_codes.get(member.member_id)
        if code is None:
            if len(self._member_codes) > 10_000:
                self._member_codes.clear()
            code = self._member_codes[member.member_id] = codes.issue_member_code(
                self.store.signing_key, member.member_id)
        return code

    def member_view(self, member: MemberState) -> dict:
        """What the member panel shows: no more personal data than the cashier needs."""
        program = self.program
        current, upcoming, missing = tier_progress(program, member.qualifying_spend)
        return {
            "name": member.name,
            "phone_masked": mask_phone(member.phone),
            "email_masked": _mask_email(member.email),
            "tier": current.name,
            "next_tier": upcoming.name if upcoming else None,
            "to_next_tier": missing,
            "points": member.points,
            "point_value": program.point_value,
            # Paid stamps, not folded into one card: a free unit saved for next time
            # leaves a full card and more (settlement.py, save_rewards).
            "punch_cards": [
                (card.name, max(member.stamps.get(card.id, 0), 0), card.stamps_required)
                for card in program.punch_cards
            ],
            "coupons": list(member.coupons),
            "birthday_week": in_birthday_week(member.birthday, self.clock().date()),
        }

    def enroll(
        self, phone: str, name: str = "", email: str = "", birthday: date | str | None = None,
        consents: set[str] | list[str] | tuple[str, ...] = ("loyalty",),
    ) -> MemberState:
        """Enrol at the till: consent per purpose recorded, welcome coupons issued."""
        wanted = {c.strip().lower() for c in consents if c.strip()}
        unknown = wanted - set(CONSENT_PURPOSES)
        if unknown:
            raise InvalidInput(f"unknown consent purpose {sorted(unknown)[0]!r} (use loyalty, sms, email)")
        if "loyalty" not in wanted:
            raise ConsentRequired("the member must consent to 'loyalty' to join")
        e164 = normalise_phone(phone, self.region)
        if isinstance(birthday, str) and birthday:
            try:
                birthday = date.fromisoformat(birthday)
            except ValueError:
                raise InvalidInput(f"{birthday!r} is not a date (use YYYY-MM-DD)") from None
        now = self.clock()
        if birthday and birthday > now.date():
            raise InvalidInput("the birthday is in the future")
        email = (email or "").strip()
        if email and ("@" not in email or " " in email):
            raise InvalidInput(f"{email!r} is not an e-mail address")
        if self.store.member_by_phone(e164) is not None:
            raise InvalidInput(f"{e164} is already a member")
        member_id = str(uuid.uuid4())
        consent_map = {purpose: purpose in wanted for purpose in CONSENT_PURPOSES}
        coupons = [self._issue(d, member_id, now) for d in self.program.coupons_triggered_by("enrolment")]
        profile = {
            "member_id": member_id, "phone": e164, "name": (name or "").strip(), "email": email,
            "birthday": birthday.isoformat() if birthday else None,
            "consents": json.dumps(consent_map, sort_keys=True), "created_at": iso(now),
        }

        def tx(conn):
            if not writes.upsert_member(conn, profile):
                raise InvalidInput(f"{e164} is already a member")
            writes.record_consents(conn, member_id, consent_map, CONSENT_TEXT_VERSION, now,
                                   self.store.terminal_id)
            writes.insert_coupons(conn, coupons, self.store.terminal_id)
            payload = {k: v for k, v in profile.items() if k != "created_at"}
            payload.update(consents=consent_map, consent_text_version=CONSENT_TEXT_VERSION,
                           coupons_issued=[coupon_to_wire(c) for c in coupons], ledger=[])
            writes.append_event(conn, self.store.terminal_id, "member_enrolled", payload, now)

        self.store.write(tx)
        return self.member(member_id)

    def import_members(self, path: Path | str) -> int:
        """Standalone bulk import; members already known by phone are skipped."""
        rows = files.load_members(path, self.region)
        now = self.clock()

        def tx(conn):
            added = 0
            for row in rows:
                member_id = str(uuid.uuid4())
                profile = {
                    "member_id": member_id, "phone": row.phone, "name": row.name,
                    "email": row.email or "", "birthday": row.birthday.isoformat() if row.birthday else None,
                    "consents": json.dumps(row.consents, sort_keys=True), "created_at": iso(now),
                }
                if not writes.upsert_member(conn, profile):
                    continue
                writes.record_consents(conn, member_id, row.consents, "import", now, self.store.terminal_id)
                payload = {k: v for k, v in profile.items() if k != "created_at"}
                payload.update(consents=row.consents, consent_text_version="import",
                               coupons_issued=[], ledger=[])
                writes.append_event(conn, self.store.terminal_id, "member_enrolled", payload, now)
                added += 1
            return added

        return self.store.write(tx)

    # -- coupons -------------------------------------------------------------
    def _issue(self, definition: CouponDef | None, member_id: str, now: datetime, *,
               cheque_amount: int | None = None, name: str = "", valid_days: int = 0) -> Coupon:
        coupon_id = str(uuid.uuid4())
        if definition is not None:
            kind = "percent" if definition.percent is not None else (
                "amount" if definition.amount is not None else "free_sku")
            fields = dict(def_id=definition.id, name=definition.name, kind=kind,
                          percent=definition.percent, amount=definition.amount,
                          free_sku=definition.free_sku, min_spend=definition.min_spend,
                          single_use=definition.single_use)
            valid_days = definition.valid_days
        else:
            fields = dict(def_id="bonus_cheque", name=name, kind="cheque", percent=None,
                          amount=cheque_amount, free_sku=None, min_spend=0, single_use=True)
        valid_until = now.date() + timedelta(days=valid_days)
        code = codes.issue_coupon_code(
            self.store.signing_key, coupon_id=coupon_id, member_id=member_id,
            kind=fields["kind"], valid_until=valid_until, def_id=fields["def_id"],
            percent=fields["percent"], amount=fields["amount"], free_sku=fields["free_sku"],
            min_spend=fields["min_spend"], single_use=fields["single_use"],
        )
        return Coupon(id=coupon_id, member_id=member_id, issued_at=now, valid_until=valid_until,
                      code=code, **fields)

    def coupon_from_scan(self, code_or_id: str) -> Coupon:
        """A scanned coupon/cheque code (verified offline) or a coupon id from the panel."""
        text = code_or_id.strip()
        if codes.looks_like_code(text):
            scanned = codes.verify_coupon(text, self.store.keyring())
            known = self.store.coupon(scanned.coupon_id)
            if known is not None:
                return known
            # Issued elsewhere and not synced here yet: the signed code carries it all.
            return Coupon(
                id=scanned.coupon_id, member_id=scanned.member_id, def_id=scanned.def_id,
                name=self._coupon_name(scanned), kind=scanned.kind, issued_at=self.clock(),
                valid_until=scanned.valid_until, code=text.upper(), percent=scanned.percent,
                amount=scanned.amount, free_sku=scanned.free_sku, min_spend=scanned.min_spend,
                single_use=scanned.single_use,
            )
        known = self.store.coupon(text)
        if known is None:
            raise CouponRefused(f"{text!r} is not a coupon code")
        return known

    def _coupon_name(self, scanned) -> str:
        if scanned.kind == "cheque":
            cheque = self.program.bonus_cheque
            return cheque.name if cheque else "Bonussjekk"
        definition = self.program.coupon(scanned.def_id)
        return definition.name if definition else scanned.def_id

    def _birthday_coupons(self, member: MemberState) -> MemberState:
        """Issue the birthday coupon the first time the member shops in the birthday week."""
        now = self.clock()
        defs = self.program.coupons_triggered_by("birthday")
        if not defs or not in_birthday_week(member.birthday, now.date()):
            return member
        if self.store.birthday_coupon_issued(member.member_id, [d.id for d in defs], now.year):
            return member
        coupons = [self._issue(d, member.member_id, now) for d in defs]

        def tx(conn):
            writes.insert_coupons(conn, coupons, self.store.terminal_id)
            writes.append_event(conn, self.store.terminal_id, "coupons_issued", {
                "member_id": member.member_id,
                "coupons_issued": [coupon_to_wire(c) for c in coupons], "ledger": []}, now)

        self.store.write(tx)
        return self.member(member.member_id)

    # -- sales ---------------------------------------------------------------
    def new_sale(self, member: MemberState | None = None) -> "Sale":
        sale = Sale(self)
        if member is not None:
            sale.attach(member)
        return sale

    def sale_by_receipt(self, receipt_no: str) -> dict:
        sale = self.store.sale_by_receipt(receipt_no)
        if sale is None:
            raise InvalidInput(f"no receipt {receipt_no!r} on this terminal")
        return sale

    def returnable(self, receipt_no: str) -> dict:
        """An earlier sale's lines with how many units of each can still be returned."""
        original = self.sale_by_receipt(receipt_no)
        if original["kind"] != "sale":
            raise InvalidInput(f"{receipt_no} is itself a return")
        done = self.store.returned_quantities(original["sale_id"])
        lines = [{"sku": l["sku"], "name": l.get("name") or l["sku"], "qty": l["qty"],
                  "left": l["qty"] - done.get(l["sku"], 0), "net": l.get("net", l["amount"])}
                 for l in original["doc"]["lines"]]
        return {"receipt_no": original["receipt_no"], "occurred_at": original["occurred_at"],
                "member_id": original["member_id"], "lines": lines}

    def dead_letters(self) -> list[dict]:
        return self.store.dead_letters()

    def return_items(self, receipt_no: str, items: list[tuple[str, int]]) -> "ReturnResult":
        """Return lines of an earlier sale; reverses points, stamps and spend they earned."""
        original = self.sale_by_receipt(receipt_no)
        if original["kind"] != "sale":
            raise InvalidInput(f"{receipt_no} is itself a return")
        doc = original["doc"]
        wanted: dict[str, int] = {}
        for sku, qty in items:
            product = self.store.product(sku)
            key = product.sku if product else sku
            wanted[key] = wanted.get(key, 0) + qty
        now = self.clock()
        member_id = original["member_id"]
        return_id = uuid7()

        from .printing import return_receipt

        def tx(conn):
            # Quantities already returned are read inside the write transaction,
            # so two returns of the same line cannot both pass the check.
            done = self.store.returned_quantities(original["sale_id"], conn)
            result = settle_return(doc["lines"], wanted, done, doc.get("point_value", 0))
            receipt_no_new = writes.next_receipt_no(conn)
            ledger = result.ledger(member_id) if member_id else []
            payload = {
                "return_id": return_id, "sale_id": original["sale_id"], "receipt_no": receipt_no_new,
                "member_id": member_id, "lines": [l.to_json() for l in result.lines],
                "refund": result.refund, "ledger": ledger,
            }
            event = writes.append_event(conn, self.store.terminal_id, "sale_returned", payload, now)
            writes.insert_sale(conn, sale_id=return_id, receipt_no=receipt_no_new, kind="return",
                               member_id=member_id, when=now, total=-result.refund,
                               doc={"lines": payload["lines"], "refund": result.refund,
                                    "original_receipt": original["receipt_no"]},
                               event_id=event["event_id"], original_sale_id=original["sale_id"])
            receipt = return_receipt(self, when=now, returned=result, original=original)
            writes.enqueue_print(conn, receipt_no_new, receipt.to_json(), now)
            return receipt_no_new, result

        receipt_no_new, result = self.store.write(tx)
        member = self.member(member_id) if member_id else None
        return ReturnResult(return_id, receipt_no_new, original["receipt_no"], result, member)

    # -- status --------------------------------------------------------------
    def status(self) -> dict:
        counts = self.store.counts()
        offset = self.store.get_meta("hq_clock_offset_s")
        return {
            "terminal_id": self.store.terminal_id,
            "members": counts["members"],
            "products": counts["products"],
            "outbox_pending": counts["outbox_pending"],
            "dead_letters": counts["dead_letters"],
            "last_sync": self.store.get_meta("last_sync"),
            "hq_clock_offset_s": float(offset) if offset else None,
            "print_queue": counts["print_queue"],
            "data_dir": str(self.store.path.parent),
        }


@dataclass
class SaleResult:
    sale_id: str
    receipt_no: str
    settlement: Settlement
    tender: str
    cash_given: int | None
    change: int
    coupons_issued: list[Coupon]
    member: MemberState | None
    points_before: int | None = None

    def to_json(self) -> dict:
        s = self.settlement
        doc = s.to_json()
        tenders = list(doc["tenders"])
        if s.due:
            tenders.append({"kind": self.tender, "amount": s.due})
        out = {
            "sale_id": self.sale_id, "receipt_no": self.receipt_no,
            "lines": doc["lines"], "benefits": doc["benefits"],
            "subtotal": s.subtotal, "discount_total": s.discount_total, "total": s.total,
            "tenders": tenders, "points_earned": s.points_earned,
            "points_redeemed": s.points_redeemed,
            "coupons_issued": [c.to_json() for c in self.coupons_issued],
            "member": self.member.to_json() if self.member else None,
        }
        if self.cash_given is not None:
            out["cash_given"] = self.cash_given
            out["change"] = self.change
        return out


@dataclass
class ReturnResult:
    return_id: str
    receipt_no: str
    original_receipt: str
    settlement: object
    member: MemberState | None

    def to_json(self) -> dict:
        return {
            "return_id": self.return_id, "receipt_no": self.receipt_no,
            "original_receipt": self.original_receipt,
            "lines": [l.to_json() for l in self.settlement.lines],
            "refund": self.settlement.refund,
            "member": self.member.to_json() if self.member else None,
        }


@dataclass
class _Line:
    product: Product
    qty: int


class Sale:
    """One basket.  Nothing is written until ``complete``."""

    def __init__(self, terminal: Terminal) -> None:
        self.terminal = terminal
        self.member: MemberState | None = None
        self._lines: dict[str, _Line] = {}
        self.coupon: Coupon | None = None
        self.cheques: list[Coupon] = []
        self.points = 0
        self.saved_rewards: set[str] = set()     # punch cards whose free units wait for next time
        self.completed: SaleResult | None = None

    # -- basket --------------------------------------------------------------
    def attach(self, member: MemberState) -> MemberState:
        if self.member is None or self.member.member_id != member.member_id:
            self.saved_rewards.clear()             # another customer decides for themselves
        self.member = self.terminal._birthday_coupons(member)
        return self.member

    def add(self, sku_or_ean: str, qty: int = 1) -> _Line:
        if qty <= 0 or qty > 9999:
            raise InvalidInput(f"quantity {qty} is not allowed (1 to 9999)")
        product = self.terminal.product(sku_or_ean)
        line = self._lines.get(product.sku)
        if line is None:
            line = self._lines[product.sku] = _Line(product, 0)
        line.qty += qty
        return line

    def set_qty(self, sku: str, qty: int) -> None:
        if qty <= 0:
            self.remove(sku)
        elif sku in self._lines:
            self._lines[sku].qty = qty

    def remove(self, sku: str) -> None:
        self._lines.pop(sku, None)

    @property
    def lines(self) -> list[_Line]:
        return list(self._lines.values())

    @property
    def is_empty(self) -> bool:
        return not self._lines

    # -- loyalty -------------------------------------------------------------
    def apply_coupon(self, code: str) -> Coupon:
        if self.member is None:
            raise CouponRefused("look the member up before using a coupon")
        coupon = self.terminal.coupon_from_scan(code)
        check_coupon(coupon, self.member, self.terminal.clock().date())
        previous = (self.coupon, list(self.cheques))
        if coupon.is_cheque:
            if any(c.id == coupon.id for c in self.cheques):
                raise CouponRefused(f"{coupon.name}: already on this sale")
            self.cheques.append(coupon)
        else:
            if self.coupon is not None and self.coupon.id != coupon.id:
                raise CouponRefused("only one coupon per sale: remove the other one first")
            self.coupon = coupon
        try:
            self.settle()
        except TillError:
            self.coupon, self.cheques = previous
            raise
        return coupon

    def remove_coupon(self, coupon_id: str) -> None:
        """Un-apply ("save it for next time")."""
        if self.coupon and self.coupon.id == coupon_id:
            self.coupon = None
        self.cheques = [c for c in self.cheques if c.id != coupon_id]

    def save_reward(self, card_id: str, save: bool = True) -> None:
        """Keep a punch card's free unit for next time ("save it"), or use it after all."""
        if not any(card.id == card_id for card in self.terminal.program.punch_cards):
            raise InvalidInput(f"no punch card {card_id!r} in the program")
        if save:
            self.saved_rewards.add(card_id)
        else:
            self.saved_rewards.discard(card_id)

    def redeem_points(self, points: int) -> None:
        previous, self.points = self.points, points
        try:
            self.settle()
        except TillError:
            self.points = previous
            raise

    # -- money ---------------------------------------------------------------
    def basket(self) -> list[BasketLine]:
        return [
            BasketLine(l.product.sku, l.product.name, l.qty, l.product.price,
                       l.product.category, l.product.vat_percent)
            for l in self._lines.values()
        ]

    def settle(self) -> Settlement:
        t = self.terminal
        return settle(t.program, self.basket(), today=t.clock().date(), member=self.member,
                      coupon=self.coupon, cheques=self.cheques, redeem_points=self.points,
                      currency=t.currency, save_rewards=frozenset(self.saved_rewards))

    def complete(self, tender: str = "card", cash_given: int | None = None) -> SaleResult:
        """Settle and commit durably: sale, ledger, member sums, coupons, outbox
        event and print job in one transaction.  Printing happens afterwards."""
        if self.completed is not None:
            raise InvalidInput("this sale is already completed")
        if self.is_empty:
            raise InvalidInput("the basket is empty")
        if tender not in ("cash", "card"):
            raise InvalidInput(f"unknown tender {tender!r} (use cash or card)")
        t = self.terminal
        program = t.program
        now = t.clock()
        s = self.settle()
        if tender == "cash" and cash_given is not None and cash_given < s.due:
            raise InvalidInput("the cash given is less than the amount due")
        change = (cash_given - s.due) if (tender == "cash" and cash_given is not None) else 0
        member = self.member
        issued: list[Coupon] = []
        if member is not None and s.cheques_due and program.bonus_cheque:
            bc = program.bonus_cheque
            issued = [t._issue(None, member.member_id, now, cheque_amount=bc.amount, name=bc.name,
                               valid_days=bc.valid_days) for _ in range(s.cheques_due)]
        sale_id = uuid7()
        redeemed = ([s.coupon] if s.coupon else []) + list(s.cheques)
        after = _member_after(member, s, redeemed, issued) if member else None
        if after is not None:
            after.tier = program.tier_for(after.qualifying_spend).name
        from .printing import sale_receipt
        # Built before the transaction, so the writer is held only for the writes.
        receipt_json = sale_receipt(
            t, when=now, settlement=s, member_before=member, member_after=after,
            coupons_issued=issued, tender=tender, cash_given=cash_given, change=change).to_json()
        doc = s.to_json()
        doc.update(point_value=program.point_value, tender=tender, currency=t.currency,
                   member_id=member.member_id if member else None,
                   coupons_issued=[c.id for c in issued])

        def tx(conn):
            receipt_no = writes.next_receipt_no(conn)
            for coupon in redeemed:
                writes.redeem_coupon(conn, coupon, sale_id, now, coupon_issuer(coupon))
            writes.insert_coupons(conn, issued, t.store.terminal_id)
            tenders = doc["tenders"] + ([{"kind": tender, "amount": s.due}] if s.due else [])
            payload = {
                "sale_id": sale_id, "receipt_no": receipt_no,
                "member_id": member.member_id if member else None, "currency": t.currency,
                "lines": [{k: l[k] for k in ("sku", "qty", "unit_price", "amount", "discount",
                                                "points", "stamps")} for l in doc["lines"]],
                "benefits": doc["benefits"], "subtotal": s.subtotal,
                "discount_total": s.discount_total, "total": s.total, "tenders": tenders,
                "coupons_redeemed": [
                    {"coupon_id": c.id, "def_id": c.def_id, "kind": c.kind,
                     "amount": _redeemed_amount(c, s), "member_id": c.member_id,
                     "single_use": c.single_use, "issued_by": coupon_issuer(c)}
                    for c in redeemed],
                "coupons_issued": [coupon_to_wire(c) for c in issued],
                "points_earned": s.points_earned,
                "ledger": s.ledger(member.member_id) if member else [],
            }
            event = writes.append_event(conn, t.store.terminal_id, "sale_completed", payload, now)
            writes.insert_sale(conn, sale_id=sale_id, receipt_no=receipt_no, kind="sale",
                               member_id=payload["member_id"], when=now, total=s.total, doc=doc,
                               event_id=event["event_id"])
            # The receipt is queued in the same transaction: it can wait for a
            # printer, but it can never be lost.  (Its number is the job's.)
            writes.enqueue_print(conn, receipt_no, receipt_json, now)
            return receipt_no

        receipt_no = t.store.write(tx)
        self.completed = SaleResult(sale_id, receipt_no, s, tender, cash_given, change, issued,
                                    after, points_before=member.points if member else None)
        return self.completed


def _member_after(member: MemberState, s: Settlement, redeemed: list[Coupon],
                  issued: list[Coupon]) -> MemberState:
    """The member after the sale, from the sale's own deltas (no re-read on the
    sale's critical path; the ledger sums in the store say the same)."""
    used = {c.id for c in redeemed}
    spend = member.qualifying_spend + s.total
    return replace(
        member,
        points=member.points + s.points_earned - s.points_redeemed,
        spend=member.spend + s.total,
        qualifying_spend=spend,
        stamps={**member.stamps, **s.stamps_after},
        cheques_issued=member.cheques_issued + s.cheques_due,
        coupons=[c for c in member.coupons if c.id not in used] + list(issued),
        tier=member.tier,
    )


def coupon_issuer(coupon: Coupon) -> str:
    """Which key signed the coupon (hex key id of a terminal or HQ), read from its code."""
    return codes.key_id_in(coupon.code) if coupon.code else ""


def _redeemed_amount(coupon: Coupon, s: Settlement) -> int:
    if coupon.is_cheque:
        return sum(t.amount for t in s.tenders if t.coupon_id == coupon.id)
    return sum(b.amount for line in s.lines for b in line.benefits if b.kind == "coupon")


def _mask_email(email: str) -> str:
    if not email or "@" not in email:
        return ""
    user, _, domain = email.partition("@")
    return f"{user[:1]}•••@{domain}"
