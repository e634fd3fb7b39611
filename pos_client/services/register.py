"""The till as a Norwegian cash register: shop identity, cashiers, training mode,
the electronic journal, copies, the drawer and X/Z reports (DESIGN.md §8).

``Terminal.register`` is one of these.  The rules are in ``domain`` (shop,
cash_rounding, signature, reports); the SQL in ``store.journal``.  Every
journal entry is written by ``append`` inside the transaction of what it
records; the facade's sale and return call ``record_sale``/``record_return``
from their own transaction.
"""

from __future__ import annotations

import json
import logging

from sync.protocol import JournalEntry
from dataclasses import replace
from datetime import datetime, timedelta

from ..domain.cash_rounding import round_cash
from ..domain.errors import InvalidInput, no_receipt
from ..domain.journal import Entry, amount_ex, vat_breakdown
from ..domain.register_errors import CashierRequired, CopyRefused, PinPaused, PinRefused
from ..domain.reports import compute, report_lines
from ..domain.shop import Shop, shop_from_settings
from ..domain.signature import Signer
from ..pins import hash_pin, verify_pin
from ..store import journal as sj
from ..store import writes
from ..store.meta import set_meta
from .events import emit

log = logging.getLogger(__name__)
PIN_TRIES = 3
PIN_PAUSE_S = 30
DEMO_CASHIER = ("Demo", "0000")


class CashRegister:
    def __init__(self, terminal) -> None:
        self.t = terminal
        self.cashier: tuple[int, str] | None = None       # signed in: (cashier_id, name)
        self._wrong_pins = 0
        self._paused_until: datetime | None = None
        self._signer: Signer | None = None

    # -- identity ----------------------------------------------------------------
    @property
    def store(self):
        return self.t.store

    @property
    def signer(self) -> Signer:
        if self._signer is None:
            self._signer = Signer(self.store.get_meta("journal_key").encode("ascii"),
                                  self.store.get_meta("journal_key_version") or "1")
        return self._signer

    @property
    def register_id(self) -> str:
        return self.t.config.terminal.register_id or f"KASSE-{self.store.terminal_id[:8].upper()}"

    def shop(self) -> Shop:
        """The shop, or ``ShopNotConfigured`` naming what to set (the till sells only with one)."""
        s, demo = self.t.config.shop, self.t.config.demo
        return shop_from_settings(s.legal_name, s.address, s.org_number, s.vat_registered, demo=demo)

    @staticmethod
    def local(when: datetime) -> datetime:
        """The till's wall clock: what receipts print, reports and SAF-T say, and signatures cover."""
        return when.astimezone()

    def public_key_pem(self) -> str:
        return self.signer.public_pem()

    # -- cashiers ----------------------------------------------------------------
    def add_cashier(self, name: str, pin: str) -> dict:
        name = (name or "").strip()
        if not name or len(name) > 100:
            raise InvalidInput("a cashier needs a name (at most 100 characters)")
        if not (pin.isdigit() and 4 <= len(pin) <= 8):
            raise InvalidInput("the PIN must be 4 to 8 digits")
        now = self.t.clock()

        def tx(conn):
            if sj.cashier_by_name(conn, name):
                raise InvalidInput(f"there is already a cashier called {name!r}")
            cashier_id = sj.add_cashier(conn, name, hash_pin(pin), now)
            self.append(conn, "MASTERDATA", when=now, text=f"cashier added: {cashier_id} {name}",
                        body={"cashier_added": {"cashier_id": cashier_id, "name": name}})
            return cashier_id

        return {"cashier_id": self.store.write(tx), "name": name}

    def cashiers(self) -> list[dict]:
        return [{"cashier_id": c["cashier_id"], "name": c["name"], "created_at": c["created_at"]}
                for c in sj.cashiers(self.store.read())]

    def sign_in(self, name: str, pin: str) -> dict:
        """PIN sign-in; three wrong PINs in a row pause sign-in for 30 s, and the journal says so."""
        now = self.t.clock()
        if self._paused_until and now < self._paused_until:
            wait = int((self._paused_until - now).total_seconds()) + 1
            raise PinPaused(f"too many wrong PINs: wait {wait} s before trying again", seconds=wait)
        row = sj.cashier_by_name(self.store.read(), name or "")
        if row is None or not verify_pin(pin or "", row["pin_hash"]):
            self._wrong_pins += 1
            if self._wrong_pins >= PIN_TRIES:
                self._wrong_pins = 0
                self._paused_until = now + timedelta(seconds=PIN_PAUSE_S)
                self.log("PINLOCK", text=f"{PIN_TRIES} wrong PINs for {name!r}: sign-in paused {PIN_PAUSE_S} s")
                raise PinPaused(f"{PIN_TRIES} wrong PINs: sign-in is paused for {PIN_PAUSE_S} s",
                                seconds=PIN_PAUSE_S)
            raise PinRefused("wrong cashier or PIN")
        self._wrong_pins = 0
        if self.cashier and self.cashier[0] != row["cashier_id"]:
            self.sign_out()
        self.cashier = (row["cashier_id"], row["name"])
        self.log("EMPIN")
        return {"cashier_id": row["cashier_id"], "name": row["name"]}

    def sign_out(self) -> None:
        if self.cashier is not None:
            self.log("EMPOUT")
            self.cashier = None

    def use_cashier(self, name: str) -> None:
        """The command line's ``--cashier NAME``: who does this one command."""
        row = sj.cashier_by_name(self.store.read(), name)
        if row is None:
            raise CashierRequired(f"no cashier {name!r}: add one with `pos-client cashier add NAME --pin PIN`")
        self.cashier = (row["cashier_id"], row["name"])

    def require_cashier(self) -> tuple[int, str] | None:
        """Who is selling.  Demo mode signs its demo cashier in; outside demo, once cashiers
        exist, one must be signed in."""
        if self.cashier is not None:
            return self.cashier
        if self.t.config.demo:
            if sj.cashier_by_name(self.store.read(), DEMO_CASHIER[0]) is None:
                self.add_cashier(*DEMO_CASHIER)
            self.use_cashier(DEMO_CASHIER[0])
            return self.cashier
        if sj.cashiers(self.store.read()):
            raise CashierRequired("no cashier signed in: sign in first (command line: --cashier NAME)")
        return None

    def ready_to_sell(self) -> tuple[Shop, tuple[int, str] | None]:
        return self.shop(), self.require_cashier()

    # -- the journal ---------------------------------------------------------------
    def append(self, conn, code: str, *, when: datetime, receipt_no: str = "", text: str = "",
               body: dict | None = None, amounts: tuple[int, int] | None = None,
               training: bool = False) -> Entry:
        terminal_id = self.store.terminal_id
        return sj.append(conn, signer=self.signer, terminal_id=terminal_id,
                         register_id=self.register_id, code=code, when=when, local=self.local(when),
                         cashier=self.cashier, receipt_no=receipt_no, training=training, text=text,
                         body=body, amounts=amounts,
                         emit=lambda c, payload, body: emit(c, terminal_id, JournalEntry(**payload), when, body))

    def log(self, code: str, text: str = "", body: dict | None = None) -> Entry:
        """An event of its own (start, stop, sign-in, price look-up …) in its own transaction."""
        now = self.t.clock()
        return self.store.write(lambda conn: self.append(conn, code, when=now, text=text, body=body))

    def entries(self, first_day: str | None = None, last_day: str | None = None) -> list[Entry]:
        return sj.entries(self.store.read(), first_day=first_day, last_day=last_day)

    def line_corrected(self, product, qty: int) -> Entry:
        """A line taken off the basket before payment (SAF-T LINEDELETE, X/Z line corrections)."""
        amount = qty * product.price
        return self.log("LINEDELETE", text=f"artID {product.sku}; qnt {qty}; lineAmntIn {amount / 100:.2f}",
                        body={"sku": product.sku, "qty": qty, "amount": amount, "group": product.category})

    def voided(self, amount: int, lines: int) -> Entry:
        """A basket thrown away before payment (SAF-T VOIDREC, X/Z voids)."""
        return self.log("VOIDREC", text=f"{lines} lines; {amount / 100:.2f}", body={"amount": amount, "lines": lines})

    # -- training ------------------------------------------------------------------
    @property
    def training(self) -> bool:
        return self.store.get_meta("training_mode") == "1"

    def set_training(self, on: bool) -> None:
        now = self.t.clock()
        self.require_cashier()

        def tx(conn):
            set_meta(conn, "training_mode", "1" if on else "0")
            self.append(conn, "TRAINON" if on else "TRAINOFF", when=now)

        self.store.write(tx)

    # -- sales and returns (inside the facade's transaction) ----------------------
    def payment(self, due: int, tender: str, loyalty_tenders: list[dict]) -> tuple[list[dict], int]:
        """The tenders of a sale and its cash rounding: cash rounds (NOK to whole kroner …), card is exact."""
        t = self.t
        paid = round_cash(due, t.currency, t.config.terminal.country) if tender == "cash" else due
        tenders = list(loyalty_tenders) + ([{"kind": tender, "amount": paid}] if due else [])
        return tenders, paid - due

    def sale_body(self, lines, tenders: list[dict], rounding: int, receipt_json: str, kind: str = "sale",
                  **extra) -> tuple[dict, tuple[int, int]]:
        rows = [{"sku": l["sku"], "name": l.get("name") or l["sku"], "group": l.get("category") or "",
                 "qty": l["qty"], "unit_price": l["unit_price"], "amount": l.get("amount", l["net"]),
                 "net": l["net"], "discount": l.get("discount", 0),
                 "vat_percent": float(l.get("vat_percent") or 0)} for l in lines]
        vat = vat_breakdown([(r["vat_percent"], r["net"]) for r in rows])
        total = sum(r["net"] for r in rows)
        body = {"kind": kind, "lines": rows, "tenders": tenders, "rounding": rounding, "vat": vat,
                "currency": self.t.currency,
                "total": total, "receipt": receipt_json, **extra}
        return body, (total, amount_ex(total, vat))

    def record_sale(self, conn, *, when: datetime, receipt_no: str, lines, tenders: list[dict],
                    rounding: int, receipt_json: str, training: bool = False, shop: Shop | None = None) -> Entry:
        body, amounts = self.sale_body(lines, tenders, rounding, receipt_json, shop=shop_dict(shop or self.shop()))
        entry = self.append(conn, "TRAINREC" if training else "SALREC", when=when, receipt_no=receipt_no,
                            body=body, amounts=amounts, training=training)
        if any(t["kind"] == "cash" for t in tenders):
            self.append(conn, "DRAWOPEN", when=when, receipt_no=receipt_no, training=training)
        return entry

    def record_return(self, conn, *, when: datetime, receipt_no: str, original: dict, returned,
                      receipt_json: str) -> Entry:
        doc = original["doc"]
        by_sku = {l["sku"]: l for l in doc["lines"]}
        lines = [{"sku": l.sku, "name": l.name, "category": self._group(by_sku.get(l.sku, {}), l.sku),
                  "qty": -l.qty, "unit_price": by_sku.get(l.sku, {}).get("unit_price", 0),
                  "net": -l.net, "amount": -l.net,
                  "vat_percent": by_sku.get(l.sku, {}).get("vat_percent", 0)} for l in returned.lines]
        tender = doc.get("tender") or "cash"
        refund = -returned.refund
        paid = round_cash(refund, self.t.currency, self.t.config.terminal.country) if tender == "cash" else refund
        tenders = [{"kind": tender, "amount": paid}] if refund else []
        net = sum(l["net"] for l in lines)
        if net != refund:                                      # points that paid for the units go back
            tenders.append({"kind": "points", "amount": net - refund})
        body, amounts = self.sale_body(lines, tenders, paid - refund, receipt_json, kind="return",
                                       original_receipt=original["receipt_no"], shop=shop_dict(self.shop()))
        entry = self.append(conn, "RETREC", when=when, receipt_no=receipt_no, body=body, amounts=amounts)
        if tender == "cash":
            self.append(conn, "DRAWOPEN", when=when, receipt_no=receipt_no)
        return entry

    def _group(self, line: dict, sku: str) -> str:
        if line.get("category"):
            return line["category"]
        product = self.store.product(sku)
        return product.category if product else ""

    def next_training_no(self, conn) -> str:
        return sj.next_training_no(conn)

    # -- copies ----------------------------------------------------------------------
    def copy_receipt(self, receipt_no: str | None = None) -> str:
        """Queue the one copy (marked KOPI) a receipt may have; a second is refused."""
        from hardware.receipt import Receipt
        self.require_cashier()
        now = self.t.clock()

        def tx(conn):
            row = sj.original_print(conn, receipt_no)
            if row is None:
                raise no_receipt(receipt_no) if receipt_no else InvalidInput(
                    "no receipt printed yet", key="no_receipt_yet")
            number = row[0]
            if sj.count(conn, "COPYREC", number):
                raise CopyRefused(f"receipt {number} has already been copied once; a second copy is not allowed")
            copy = replace(Receipt.from_json(row[1]), receipt_no=number, copy=True)
            if copy.kind == "report":
                raise CopyRefused(f"{number} is a report: take a new X report instead")
            text = copy.to_json()
            writes.enqueue_print(conn, number, text, now, copy=True)
            self.append(conn, "COPYREC", when=now, receipt_no=number, training=copy.training,
                        body={"receipt": text, "amount": copy.total})
            return number

        return self.store.write(tx)

    # -- the drawer ------------------------------------------------------------------
    @staticmethod
    def kick_drawer(printer, pin: int) -> None:
        """Open the drawer through the receipt printer's drawer port (not on the preview printer)."""
        from hardware.drawer import kick_bytes
        if printer.spec.scheme != "preview":
            printer.send(kick_bytes(pin))

    def drawer_opened(self, reason: str = "") -> Entry:
        """A drawer opening without a sale (a *nullinnslag*): journaled and counted."""
        self.require_cashier()
        return self.log("DRAWOPEN", text=(reason or "").strip()[:200], body={"reason": (reason or "").strip()})

    # -- X and Z -----------------------------------------------------------------------
    def report(self, kind: str) -> dict:
        """An X report (no reset) or a Z report (numbered, closes the day); printed, journaled."""
        kind = kind.upper()
        if kind not in ("X", "Z"):
            raise InvalidInput("the report is X or Z")
        shop, _ = self.shop(), self.require_cashier()
        now = self.t.clock()
        local = self.local(now)

        def tx(conn):
            last_z = sj.last_report(conn, "ZREP")
            after = last_z.entry_no if last_z else 0
            number = sj.count(conn, "ZREP") + 1 if kind == "Z" else None
            report = compute(kind, sj.entries(conn, after=after), register_id=self.register_id,
                             number=number, previous_grand=last_z.body["report"]["grand_total"] if last_z else None,
                             period_from=(f"{last_z.local_date}T{last_z.local_time}" if last_z else None),
                             period_to=local.strftime("%Y-%m-%dT%H:%M:%S"))
            lines = report_lines(report, self.t.config.terminal.language or "nb", self.t.currency)
            receipt = self._report_receipt(shop, report, lines, local)
            label = f"Z-{number}" if number else f"X-{sj.count(conn, 'XREP') + 1}"
            writes.enqueue_print(conn, label, receipt, now)
            self.append(conn, f"{kind}REP", when=now, text=f"{kind} report" + (f" {number}" if number else ""),
                        body={"report": report, "lines": [list(r) for r in lines], "receipt": receipt,
                              "shop": shop_dict(shop)})
            return report

        return self.store.write(tx)

    def _report_receipt(self, shop: Shop, report: dict, lines, local: datetime) -> str:
        from hardware.receipt import Receipt
        return Receipt(shop_name=shop.legal_name, shop_lines=tuple(x for x in (shop.address, shop.org_line) if x),
                       receipt_no=f"{report['kind']}-{report['number'] or ''}".rstrip("-"), occurred_at=local,
                       language=self.t.config.terminal.language or "nb", currency=self.t.currency,
                       kind="report", register_id=self.register_id,
                       cashier=self.cashier[1] if self.cashier else "", report=tuple(lines)).to_json()

    def started(self) -> Entry:
        """The till application started (the shop's identity goes with it, for HQ's export)."""
        try:
            body = {"shop": shop_dict(self.shop())}
        except InvalidInput:
            body = {}
        return self.log("POSSTART", body=body)

    def stopped(self) -> Entry:
        return self.log("POSEND")

    def z_due(self) -> str | None:
        """The first day with sales or returns not yet closed by a Z report, if it is before today."""
        conn = self.store.read()
        last_z = sj.last_report(conn, "ZREP")
        day = sj.first_day_after(conn, last_z.entry_no if last_z else 0)
        today = self.local(self.t.clock()).strftime("%Y-%m-%d")
        return day if day and day < today else None

    def last_report_text(self, kind: str = "Z") -> str | None:
        entry = sj.last_report(self.store.read(), f"{kind.upper()}REP")
        return "\n".join(f"{a}  {b}".rstrip() for a, b in entry.body["lines"]) if entry else None


def shop_dict(shop: Shop) -> dict:
    return {"legal_name": shop.legal_name, "address": shop.address, "org_number": shop.org_number,
            "vat_registered": shop.vat_registered}


def report_json(report: dict) -> dict:
    """``report … --json``: DESIGN.md §8's keys (and the extra counts SAF-T needs)."""
    return json.loads(json.dumps(report))
