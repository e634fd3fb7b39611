"""The member receipt: a pure model, rendered to text, ESC/POS bytes or a preview.

Nordic text must print right on every printer, so the code page is chosen
explicitly — CP858 (æøå, äö, é and €) — and sent again after every
``ESC @``; text is encoded here, never left to auto-detection.  Coupons,
bonus cheques and the member card are native printer QR codes (``GS ( k``:
~100 bytes, not a 5 KB raster image).
"""

from __future__ import annotations

import json
import textwrap
import time
from dataclasses import dataclass, replace
from datetime import date, datetime

from pydantic_core import to_json

from .money import format_amount

ESC_INIT = b"\x1b@"
CODEPAGE = "cp858"

LABELS = {
    "nb": {"receipt": "Salgskvittering", "return": "Returkvittering", "test": "TESTUTSKRIFT", "copy": "KOPI",
           "subtotal": "Sum varer", "discounts": "Rabatter", "total": "TOTALT", "cash": "Kontant",
           "card": "Kort", "bonus_cheque": "Bonussjekk", "points": "Poeng", "change": "Veksel",
           "vat": "MVA", "net": "Netto", "member": "Medlem", "tier": "Nivå",
           "points_line": "Poeng: {before} -> {after} (+{earned})", "valid": "Gyldig til",
           "your_card": "Ditt medlemskort - vis ved neste kjøp", "new_coupons": "Nye kuponger",
           "thanks": "Takk for handelen!", "refund": "Tilbake", "given": "Mottatt",
           "training": "Treningskvittering – ikke kvittering for kjøp", "register": "Kasse",
           "cashier": "Kasserer", "rounding": "Øreavrunding", "ref": "Ref.", "report": "Rapport"},
    "sv": {"receipt": "Kvitto", "return": "Returkvitto", "test": "TESTUTSKRIFT", "copy": "KOPIA",
           "subtotal": "Summa varor", "discounts": "Rabatter", "total": "TOTALT", "cash": "Kontant",
           "card": "Kort", "bonus_cheque": "Bonuscheck", "points": "Poäng", "change": "Växel",
           "vat": "Moms", "net": "Netto", "member": "Medlem", "tier": "Nivå",
           "points_line": "Poäng: {before} -> {after} (+{earned})", "valid": "Giltig till",
           "your_card": "Ditt medlemskort - visa vid nästa köp", "new_coupons": "Nya kuponger",
           "thanks": "Tack för ditt köp!", "refund": "Åter", "given": "Mottaget",
           "training": "Övningskvitto – inte ett kvitto på köp", "register": "Kassa",
           "cashier": "Kassör", "rounding": "Öresavrundning", "ref": "Ref.", "report": "Rapport"},
    "en": {"receipt": "Sales receipt", "return": "Return receipt", "test": "TEST PRINT", "copy": "COPY",
           "subtotal": "Items", "discounts": "Discounts", "total": "TOTAL", "cash": "Cash",
           "card": "Card", "bonus_cheque": "Bonus cheque", "points": "Points", "change": "Change",
           "vat": "VAT", "net": "Net", "member": "Member", "tier": "Tier",
           "points_line": "Points: {before} -> {after} (+{earned})", "valid": "Valid until",
           "your_card": "Your member card - show it next time", "new_coupons": "New coupons",
           "thanks": "Thank you!", "refund": "Refund", "given": "Tendered",
           "training": "Training receipt – not a receipt for a purchase", "register": "Register",
           "cashier": "Cashier", "rounding": "Cash rounding", "ref": "Ref.", "report": "Report"},
}


@dataclass(frozen=True)
class ReceiptBenefit:
    kind: str
    name: str
    amount: int


@dataclass(frozen=True)
class ReceiptLine:
    name: str
    sku: str
    qty: int
    unit_price: int
    amount: int
    benefits: tuple[ReceiptBenefit, ...] = ()
    notes: tuple[str, ...] = ()          # why a benefit did not apply ("not with Kampanje X")


@dataclass(frozen=True)
class ReceiptTender:
    kind: str
    amount: int
    ref: str = ""                   # a card terminal's transaction id, when it gives one


@dataclass(frozen=True)
class VatRow:
    rate: float
    net: int
    vat: int
    gross: int


@dataclass(frozen=True)
class ReceiptCoupon:
    name: str
    value_text: str
    valid_until: date
    code: str


@dataclass(frozen=True)
class ReceiptMember:
    name: str
    tier: str
    progress_text: str | None
    points_before: int
    points_after: int
    points_earned: int
    punch_cards: tuple[tuple[str, int, int], ...] = ()
    coupons_issued: tuple[ReceiptCoupon, ...] = ()
    member_code: str | None = None
    notes: tuple[str, ...] = ()          # perks, keep your tier, referral news (DESIGN.md §9)


@dataclass(frozen=True)
class Receipt:
    shop_name: str
    receipt_no: str
    occurred_at: datetime
    language: str = "nb"
    currency: str = "NOK"
    shop_lines: tuple[str, ...] = ()
    lines: tuple[ReceiptLine, ...] = ()
    benefits: tuple[ReceiptBenefit, ...] = ()
    subtotal: int = 0
    discount_total: int = 0
    total: int = 0
    tenders: tuple[ReceiptTender, ...] = ()
    cash_given: int | None = None
    change: int = 0
    vat: tuple[VatRow, ...] = ()
    member: ReceiptMember | None = None
    copy: bool = False
    kind: str = "sale"              # sale | return | test | report
    register_id: str = ""
    cashier: str = ""
    rounding: int = 0               # cash rounding, signed (paid - owed)
    training: bool = False          # "Treningskvittering", double height, own number series
    report: tuple[tuple[str, str], ...] = ()   # an X/Z report's (label, value) rows

    def to_json(self) -> str:
        # pydantic-core writes the dataclasses in Rust, in a third of the time walking them in
        # Python took (this runs on every sale); the time is written as isoformat() writes it
        # (pydantic-core would write UTC as "Z").
        when = self.occurred_at.isoformat() if isinstance(self.occurred_at, datetime) else self.occurred_at
        return to_json(replace(self, occurred_at=when)).decode("utf-8")

    @classmethod
    def from_json(cls, text: str) -> "Receipt":
        d = json.loads(text)
        member = d.get("member")
        if member:
            member = ReceiptMember(
                **{**member,
                   "punch_cards": tuple(tuple(p) for p in member["punch_cards"]),
                   "notes": tuple(member.get("notes", ())),
                   "coupons_issued": tuple(
                       ReceiptCoupon(**{**c, "valid_until": date.fromisoformat(c["valid_until"])})
                       for c in member["coupons_issued"])})
        return cls(**{
            **d,
            "occurred_at": datetime.fromisoformat(d["occurred_at"]),
            "shop_lines": tuple(d["shop_lines"]),
            "lines": tuple(ReceiptLine(**{**l, "benefits": tuple(ReceiptBenefit(**b) for b in l["benefits"]),
                                          "notes": tuple(l.get("notes", ()))})
                           for l in d["lines"]),
            "benefits": tuple(ReceiptBenefit(**b) for b in d["benefits"]),
            "tenders": tuple(ReceiptTender(**t) for t in d["tenders"]),
            "vat": tuple(VatRow(**v) for v in d["vat"]),
            "member": member,
            "report": tuple(tuple(r) for r in d.get("report", ())),
        })


def vat_summary(lines: list[tuple[float, int]]) -> tuple[VatRow, ...]:
    """(rate, gross after discounts) per line -> one row per rate; VAT is included in prices."""
    rates: dict[float, int] = {}
    for rate, gross in lines:
        rates[rate] = rates.get(rate, 0) + gross
    rows = []
    for rate, gross in sorted(rates.items()):
        vat = round(gross * rate / (100 + rate))
        rows.append(VatRow(rate, gross - vat, vat, gross))
    return tuple(rows)


# -- text layout ----------------------------------------------------------------

def columns_for(width_mm: int, font_b: bool = False) -> int:
    """58 mm: 32 (font A) / 42 (font B); 80 mm: 42 / 48, the safe values across printers."""
    if width_mm <= 58:
        return 42 if font_b else 32
    return 48 if font_b else 42


def _pair(left: str, right: str, width: int) -> list[str]:
    """``left`` wrapped on word boundaries, ``right`` aligned on the last line."""
    if len(right) > width // 2:                     # a long value gets its own lines
        return _wrap(left, width) + [r.rjust(width) for r in _wrap(right, width)]
    room = max(width - len(right) - 1, 8)
    parts = textwrap.wrap(left, room, break_long_words=True) or [""]
    last = parts[-1]
    return parts[:-1] + [last + " " * (width - len(last) - len(right)) + right]


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=True) or [""]


def _center(text: str, width: int) -> list[str]:
    return [part.center(width).rstrip() for part in _wrap(text, width)]


class _Block:
    """A run of text lines, or a QR code, in print order."""

    def __init__(self, text: list[str] | None = None, qr: str | None = None, bold: bool = False,
                 tall: bool = False):
        self.text, self.qr, self.bold, self.tall = text or [], qr, bold, tall


def layout(receipt: Receipt, width: int) -> list[_Block]:
    L = LABELS.get(receipt.language, LABELS["en"])
    money = lambda ore: format_amount(ore, receipt.currency)
    out: list[_Block] = []
    head = _center(receipt.shop_name, width)
    for line in receipt.shop_lines:
        head += _center(line, width)
    out.append(_Block(head, bold=True))
    if receipt.training:                 # at least 50 % taller than the amounts: double height
        out.append(_Block([""] + _center(L["training"], width), bold=True, tall=True))
    title = {"test": L["test"], "return": L["return"], "report": L["report"]}.get(receipt.kind, L["receipt"])
    out.append(_Block([""] + _wrap(title, width), bold=True))
    body = _pair(receipt.receipt_no, receipt.occurred_at.strftime("%d.%m.%Y %H:%M"), width)
    if receipt.register_id or receipt.cashier:
        body += _pair(f"{L['register']} {receipt.register_id}", f"{L['cashier']} {receipt.cashier}".strip(), width)
    if receipt.copy:
        body += _center(f"*** {L['copy']} ***", width)
    body.append("-" * width)
    if receipt.kind == "report":
        for label, value in receipt.report:
            body += _pair(label, value, width) if value else _wrap(label, width) if label else [""]
        out.append(_Block(body))
        return out
    for item in receipt.lines:
        if item.qty == 1:
            body += _pair(item.name, money(item.amount), width)
        else:
            body += _wrap(item.name, width)
            each = format_amount(item.unit_price, receipt.currency, symbol=False)
            body += _pair(f"  {item.qty} x {each}", money(item.amount), width)
        for b in item.benefits:
            body += _pair(f"  {b.name}", money(-b.amount), width)
        for note in item.notes:
            body += _wrap(f"  ({note})", width)
    body.append("-" * width)
    body += _pair(L["subtotal"], money(receipt.subtotal), width)
    if receipt.benefits:
        for b in receipt.benefits:
            body += _pair(f"  {b.name}", money(-b.amount), width)
    out.append(_Block(body))
    out.append(_Block(_pair(L["total"], money(receipt.total), width), bold=True))
    pay = []
    if receipt.rounding:
        pay += _pair(L["rounding"], money(receipt.rounding), width)
    for t in receipt.tenders:
        pay += _pair(L.get(t.kind, t.kind), money(t.amount), width)
        if t.ref:
            pay += _pair(f"  {L['ref']}", t.ref, width)
    if receipt.cash_given is not None:
        pay += _pair(L["given"], money(receipt.cash_given), width)
        pay += _pair(L["change"], money(receipt.change), width)
    for v in receipt.vat:
        pay += _pair(f"{L['vat']} {v.rate:g} % ({L['net']} {format_amount(v.net, receipt.currency, symbol=False)})",
                     money(v.vat), width)
    out.append(_Block(pay))
    m = receipt.member
    if m is not None:
        block = ["=" * width] + _pair(L["member"], m.name, width) + _pair(L["tier"], m.tier, width)
        if m.progress_text:
            block += _wrap(m.progress_text, width)
        for note in m.notes:
            block += _wrap(note, width)
        block += _wrap(L["points_line"].format(before=m.points_before, after=m.points_after,
                                               earned=m.points_earned), width)
        for name, stamps, required in m.punch_cards:
            stamps = max(0, min(stamps, required))
            row = "#" * stamps + "o" * (required - stamps)   # CP858 has no circles: # stamped, o open
            block += _pair(name, f"{row} {stamps}/{required}", width)
        out.append(_Block(block))
        if m.coupons_issued:
            out.append(_Block([""] + _center(L["new_coupons"], width), bold=True))
        for c in m.coupons_issued:
            out.append(_Block(_pair(c.name, c.value_text, width)
                              + [f"{L['valid']} {c.valid_until.strftime('%d.%m.%Y')}"]))
            out.append(_Block(qr=c.code))
        if m.member_code:
            out.append(_Block([""] + _center(L["your_card"], width)))
            out.append(_Block(qr=m.member_code))
    if receipt.training:
        out.append(_Block([""] + _center(L["training"], width), bold=True, tall=True))
    else:
        out.append(_Block([""] + _center(L["thanks"], width)))
    return out


def render_text(receipt: Receipt, columns: int) -> str:
    lines: list[str] = []
    for block in layout(receipt, columns):
        lines += block.text
        if block.qr:
            lines.append(f"[QR {block.qr[:12]}…]".center(columns).rstrip())
    return "\n".join(lines) + "\n"


def render_escpos(receipt: Receipt, printer, columns: int, *, codepage_number: int = 19,
                  cut: bool = True, drawer_pin: int | None = None) -> None:
    """Drive a python-escpos printer (Dummy, File, Network, Serial, Usb…)."""
    select = b"\x1bt" + bytes([codepage_number])
    printer._raw(ESC_INIT + select)     # init resets the code page: select it again
    for block in layout(receipt, columns):
        if block.text:
            text = "\n".join(block.text).replace("\u2013", "-") + "\n"   # CP858 has no en dash
            raw = text.encode(CODEPAGE, errors="replace")
            if block.bold:
                raw = b"\x1bE\x01" + raw + b"\x1bE\x00"
            if block.tall:
                raw = b"\x1d!\x01" + raw + b"\x1d!\x00"              # GS ! 1: double height
            printer._raw(raw)
        if block.qr:
            printer._raw(b"\x1ba\x01")   # centre
            printer.qr(block.qr, native=True, size=4, center=False)
            printer._raw(b"\x1ba\x00")
    if drawer_pin is not None:
        from .drawer import kick_bytes
        printer._raw(kick_bytes(drawer_pin))
    if cut:
        printer._raw(b"\n\n\n")
        printer.cut(feed=True)


def receipt_bytes(receipt: Receipt, *, profile: str = "TM-T20II", width_mm: int = 80,
                  drawer_pin: int | None = None) -> bytes:
    from escpos.printer import Dummy
    printer = Dummy(profile=profile)
    render_escpos(receipt, printer, columns_for(width_mm), codepage_number=codepage_number(profile),
                  drawer_pin=drawer_pin)
    return printer.output


def codepage_number(profile: str) -> int:
    """The ESC t number the printer profile gives CP858 (19 on most Epson-alikes)."""
    from escpos.capabilities import get_profile
    pages = get_profile(profile).profile_data.get("codePages", {})
    for number, name in pages.items():
        if name.upper() == "CP858":
            return int(number)
    return 19


def sample_receipt(lines: int = 30, language: str = "nb") -> Receipt:
    """A realistic receipt for tests, test prints and the benchmark."""
    items = tuple(
        ReceiptLine(f"Hundefôr Adult Laks {i} kg", f"DOG-{i:03d}", 1 + i % 3, 24_990, (1 + i % 3) * 24_990,
                    (ReceiptBenefit("tier", "Sølv 10 %", 2_499),) if i % 2 else ())
        for i in range(lines))
    subtotal = sum(l.amount for l in items)
    discount = sum(b.amount for l in items for b in l.benefits)
    return Receipt(
        shop_name="Dyrebutikken Storgata", shop_lines=("Storgata 1, 0155 Oslo", "Org.nr 987 654 321 MVA"),
        receipt_no="A1B2-000042", occurred_at=datetime(2026, 11, 24, 14, 5), language=language,
        register_id="KASSE-2", cashier="Ola",
        lines=items, benefits=(ReceiptBenefit("tier", "Sølv 10 %", discount),), subtotal=subtotal,
        discount_total=discount, total=subtotal - discount,
        tenders=(ReceiptTender("cash", subtotal - discount),), cash_given=subtotal - discount + 5_000,
        change=5_000, vat=vat_summary([(25.0, subtotal - discount)]),
        member=ReceiptMember("Kari Nordmann", "Sølv", "9 880,00 kr til Gull", 1_200, 2_100, 900,
                             (("Hundefôr", 5, 8),),
                             (ReceiptCoupon("Bonussjekk", "100,00 kr", date(2027, 2, 22), "TLC1" + "A" * 180),),
                             "TLM1" + "B" * 138),
    )


def bench_receipt(runs: int = 200) -> dict:
    """Receipt bytes for a 30-line sale: build time (target <= 5 ms) and size."""
    receipt = sample_receipt(30)
    receipt_bytes(receipt)                 # warm the profile cache
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        data = receipt_bytes(receipt)
        samples.append(time.perf_counter() - start)
    samples.sort()
    typical = len(receipt_bytes(sample_receipt(8)))
    return {"lines": 30, "p50_ms": round(samples[len(samples) // 2] * 1000, 3),
            "p99_ms": round(samples[int(len(samples) * 0.99)] * 1000, 3), "bytes": len(data),
            "bytes_8_lines": typical,
            "target": "<= 5 ms", "ok": samples[int(len(samples) * 0.99)] <= 0.005}
