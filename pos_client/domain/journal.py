"""The electronic journal (kassasystemforskriften § 2-7): what it records, in SAF-T's words.

Every entry has an event code of SAF-T code list 13 (PredefinedBasicID-13);
the till's own basic ids (``SALREC``, ``ZREP`` …) are declared in the SAF-T
file's ``basics`` with the predefined code they stand for.  Sales, returns
and training receipts are *transactions*: they carry a number ``nr`` in the
till's one signature chain.  Pure: entries are plain data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# basicID -> (PredefinedBasicID-13, description)
EVENTS: dict[str, tuple[str, str]] = {
    "POSSTART": ("13001", "POS application start"),
    "POSEND": ("13002", "POS application shut down"),
    "EMPIN": ("13003", "Employee log in"),
    "EMPOUT": ("13004", "Employee log out"),
    "DRAWOPEN": ("13005", "Open cash drawer"),
    "XREP": ("13008", "X report"),
    "ZREP": ("13009", "Z report"),
    "SALREC": ("13012", "Sales receipt printed"),
    "RETREC": ("13013", "Return receipt"),
    "COPYREC": ("13014", "Copy receipt"),
    "TRAINREC": ("13017", "Training receipt"),
    "JOURNALEXPORT": ("13020", "Export of journal to external storage"),
    "PRICECHANGE": ("13021", "Price change"),
    "PRICELOOKUP": ("13022", "Price look-up"),
    "TRAINON": ("13023", "Training mode on"),
    "TRAINOFF": ("13024", "Training mode off"),
    "VOIDREC": ("13028", "Void receipt"),
    "LINEDELETE": ("13999", "Delete line"),
    "MASTERDATA": ("13999", "Master data change"),
    "PINLOCK": ("13999", "Sign-in paused after wrong PINs"),
}
TRANSACTIONS = ("SALREC", "RETREC", "TRAINREC")


@dataclass(frozen=True)
class Entry:
    """One journal row.  ``body`` holds the full content (receipt, report, change)."""

    entry_no: int
    code: str
    occurred_at: str                 # ISO 8601 with offset (UTC)
    local_date: str                  # YYYY-MM-DD on the till's clock, as printed and signed
    local_time: str                  # HH:MM:SS
    cashier_id: int | None = None
    cashier: str = ""
    trans_nr: int | None = None
    receipt_no: str = ""
    training: bool = False
    text: str = ""
    body: dict = field(default_factory=dict)
    signature: str = ""
    key_version: str = ""
    amount_in: int = 0
    amount_ex: int = 0

    @property
    def is_transaction(self) -> bool:
        return self.trans_nr is not None


def vat_breakdown(lines: list[tuple[float, int]]) -> list[dict]:
    """(rate, amount incl. VAT) per line -> [{rate, base, amount}] per rate; prices include VAT."""
    rates: dict[float, int] = {}
    for rate, gross in lines:
        rates[float(rate)] = rates.get(float(rate), 0) + gross
    out = []
    for rate, gross in sorted(rates.items()):
        vat = round(gross * rate / (100 + rate)) if rate else 0
        out.append({"rate": rate, "base": gross - vat, "amount": vat})
    return out


def amount_ex(total: int, vat: list[dict]) -> int:
    return total - sum(v["amount"] for v in vat)


def entry_from_wire(p: dict) -> Entry:
    """A ``journal_entry`` event's payload (store.journal.entry_to_wire) back to an entry."""
    return Entry(entry_no=int(p["entry_no"]), code=p["code"], occurred_at=p["occurred_at"],
                 local_date=p["local_date"], local_time=p["local_time"], cashier_id=p.get("cashier_id"),
                 cashier=p.get("cashier") or "", trans_nr=p.get("trans_nr"),
                 receipt_no=p.get("receipt_no") or "", training=bool(p.get("training")),
                 text=p.get("text") or "", body=p.get("body") or {}, signature=p.get("signature") or "",
                 key_version=p.get("key_version") or "", amount_in=int(p.get("amount_in") or 0),
                 amount_ex=int(p.get("amount_ex") or 0))


def shop_of(entries: list[Entry]) -> dict | None:
    """The newest shop identity the entries carry (start-up and report entries record it)."""
    for e in reversed(entries):
        if isinstance(e.body.get("shop"), dict):
            return e.body["shop"]
    return None


def employees_of(entries: list[Entry]) -> list[tuple[str, str, str, str]]:
    """(empID, name, local date, local time) of everyone the entries name, first appearance first."""
    seen: dict[str, tuple[str, str, str, str]] = {}
    for e in entries:
        added = e.body.get("cashier_added")
        if isinstance(added, dict):
            key = str(added["cashier_id"])
            seen.setdefault(key, (key, added["name"], e.local_date, e.local_time))
        if e.cashier_id is not None:
            key = str(e.cashier_id)
            seen.setdefault(key, (key, e.cashier or key, e.local_date, e.local_time))
    return list(seen.values())
