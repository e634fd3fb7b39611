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
