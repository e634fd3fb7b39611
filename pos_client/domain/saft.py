"""SAF-T Cash Register (Norway, schema v1.00) from journal entries.

One file per shop and period: the company (the shop), its cashiers
(``employees``), the articles sold, the ``basics`` — every event, transaction,
line and payment code used, each with its predefined code — and per till a
``cashregister`` with all its journal entries as ``event`` and its signed
sales and returns as ``cashtransaction``.  Element order follows the XSD; the
tests validate what this writes against Skatteetaten's schema.  Pure: data in,
bytes out.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date, datetime

from .journal import EVENTS, TRANSACTIONS, Entry
from .shop import Shop
from .signature import kroner

NS = "urn:StandardAuditFile-Taxation-CashRegister:NO"
XSD_NAME = "Norwegian_SAF-T_Cash_Register_Schema_v_1.00.xsd"
# payment kind -> (basicID, PredefinedBasicID-12, description)
PAYMENTS = {"cash": ("CASH", "12001", "Cash"), "card": ("CARD", "12002", "Payment card"),
            "bonus_cheque": ("BONUSCHEQUE", "12005", "Bonus cheque"),
            "points": ("POINTS", "12007", "Loyalty points")}
TRANS_TYPES = {"sale": ("CASHSAL", "11001", "Cash sale"), "return": ("RETURNSAL", "11006", "Return sale")}
LINE_TYPES = {"sale": ("SAL", "Sale line"), "return": ("RET", "Return line")}
# VAT rate -> Norwegian standard VAT code (SAF-T Financial's list, used by the cash register file)
STANDARD_VAT = {25.0: "3", 15.0: "31", 12.0: "33", 11.11: "32", 0.0: "5"}
GROUP_PREDEFINED = "04003"           # Sale of goods


@dataclass(frozen=True)
class Employee:
    emp_id: str
    name: str
    entered: datetime                # local time the cashier was added
    role: str = "Employee"


@dataclass(frozen=True)
class Register:
    register_id: str
    description: str
    entries: list[Entry]


@dataclass(frozen=True)
class Software:
    desc: str = "Till"
    version: str = "0"
    company: str = "Till"


@dataclass
class Export:
    shop: Shop
    start: date
    end: date
    created: datetime                # local
    currency: str
    registers: list[Register]
    employees: list[Employee] = field(default_factory=list)
    software: Software = field(default_factory=Software)
    location: str = ""
    comment: str = ""


def file_name(org_number: str, created: datetime) -> str:
    """Skatteetaten's naming: ``SAF-T Cash Register_<org.nr>_<YYYYMMDDhhmmss>.xml``."""
    return f"SAF-T Cash Register_{org_number}_{created:%Y%m%d%H%M%S}.xml"


def vat_code(rate: float) -> str:
    return STANDARD_VAT.get(round(float(rate), 2), "3" if rate >= 20 else "5")


def _sub(parent: ET.Element, tag: str, text: object | None = None) -> ET.Element:
    el = ET.SubElement(parent, tag)
    if text is not None:
        el.text = str(text)
    return el


def _fields(parent: ET.Element, *pairs: tuple[str, object]) -> None:
    for tag, text in pairs:
        _sub(parent, tag, text)


def write(export: Export) -> bytes:
    ET.register_namespace("", NS)
    root = ET.Element("auditfile", {"xmlns": NS})
    _header(root, export)
    company = _sub(root, "company")
    shop = export.shop
    _fields(company, ("companyIdent", shop.org_number), ("companyName", shop.legal_name[:100]),
            ("taxRegistrationCountry", "NO"))
    if shop.vat_registered:
        _sub(company, "taxRegIdent", shop.tax_reg_ident)
    _address(company, "streetAddress", shop.address)
    entries = [e for r in export.registers for e in r.entries]
    _vat_codes(company, entries, export.start)
    period = _sub(_sub(company, "periods"), "period")
    _fields(period, ("periodNumber", 1), ("periodDesc", f"{export.start} - {export.end}"),
            ("startDatePeriod", export.start.isoformat()), ("startTimePeriod", "00:00:00"),
            ("endDatePeriod", export.end.isoformat()), ("endTimePeriod", "23:59:59"))
    if export.employees:
        employees = _sub(company, "employees")
        for emp in export.employees:
            el = _sub(employees, "employee")
            first, _, last = emp.name.strip().rpartition(" ")
            _fields(el, ("empID", emp.emp_id), ("dateOfEntry", emp.entered.date().isoformat()),
                    ("timeOfEntry", emp.entered.strftime("%H:%M:%S")))
            if first:
                _sub(el, "firstName", first[:50])
            _sub(el, "surName", (last or emp.name)[:100])
            _fields(_sub(el, "employeeRole"), ("roleType", emp.role))
    _articles(company, entries)
    _basics(company, entries)
    location = _sub(company, "location")
    _sub(location, "name", (export.location or shop.legal_name)[:100])
    _address(location, "streetAddress", shop.address, many=False)
    for register in export.registers:
        _register(location, register, export)
    ET.indent(root, space="\t")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def _header(root: ET.Element, export: Export) -> None:
    h = _sub(root, "header")
    _fields(h, ("fiscalYear", export.start.year), ("startDate", export.start.isoformat()),
            ("endDate", export.end.isoformat()), ("curCode", export.currency),
            ("dateCreated", export.created.date().isoformat()),
            ("timeCreated", export.created.strftime("%H:%M:%S")),
            ("softwareDesc", export.software.desc), ("softwareVersion", export.software.version[:20]),
            ("softwareCompanyName", export.software.company), ("auditfileVersion", "1.0"))
    if export.comment:
        _sub(h, "headerComment", export.comment[:999])


def _address(parent: ET.Element, tag: str, address: str, many: bool = True) -> None:
    """'Storgata 1, 0155 Oslo' -> streetname/number/city/postalCode (best effort, never invalid)."""
    if not address.strip():
        return
    street, _, rest = address.partition(",")
    el = _sub(parent, tag)
    name, _, number = street.strip().rpartition(" ")
    if number[:1].isdigit() and name:
        _fields(el, ("streetname", name[:100]), ("number", number[:20]))
    else:
        _sub(el, "streetname", street.strip()[:100])
    postal, _, city = rest.strip().partition(" ")
    if postal.isdigit():
        _fields(el, ("city", city[:50]), ("postalCode", postal))
    elif rest.strip():
        _sub(el, "city", rest.strip()[:50])
    _sub(el, "country", "NO")


def _vat_codes(company: ET.Element, entries: list[Entry], start: date) -> None:
    rates = sorted({float(v["rate"]) for e in entries for v in e.body.get("vat", ())} | {25.0})
    details = _sub(company, "vatCodeDetails")
    for rate in rates:
        d = _sub(details, "vatCodeDetail")
        _fields(d, ("vatCode", vat_code(rate)), ("dateOfEntry", start.isoformat()),
                ("vatDesc", f"VAT {rate:g} %"), ("standardVatCode", vat_code(rate)))


def _lines(entries: list[Entry]):
    for e in entries:
        if e.code in TRANSACTIONS:
            yield from ((e, line) for line in e.body.get("lines", ()))


def _articles(company: ET.Element, entries: list[Entry]) -> None:
    seen: dict[str, tuple[str, str, str]] = {}
    for e, line in _lines(entries):
        seen.setdefault(line["sku"], (e.local_date, line.get("group") or "", line.get("name") or line["sku"]))
    if not seen:
        return
    articles = _sub(company, "articles")
    for sku, (day, group, name) in seen.items():
        a = _sub(articles, "article")
        _fields(a, ("artID", sku), ("dateOfEntry", day))
        if group:
            _sub(a, "artGroupID", group)
        _sub(a, "artDesc", name[:999])


def _basics(company: ET.Element, entries: list[Entry]) -> None:
    basics = _sub(company, "basics")

    def basic(kind: str, basic_id: str, predefined: str | None, desc: str) -> None:
        b = _sub(basics, "basic")
        _fields(b, ("basicType", kind), ("basicID", basic_id))
        if predefined:
            _sub(b, "predefinedBasicID", predefined)
        _sub(b, "basicDesc", desc)

    groups = sorted({line.get("group") for _, line in _lines(entries) if line.get("group")})
    for group in groups:
        basic("04", group, GROUP_PREDEFINED, group)
    for kind, (code, desc) in LINE_TYPES.items():
        basic("05", code, None, desc)
    for basic_id, predefined, desc in TRANS_TYPES.values():
        basic("11", basic_id, predefined, desc)
    for basic_id, predefined, desc in PAYMENTS.values():
        basic("12", basic_id, predefined, desc)
    for basic_id, (predefined, desc) in EVENTS.items():
        basic("13", basic_id, predefined, desc)


def _register(location: ET.Element, register: Register, export: Export) -> None:
    reg = _sub(location, "cashregister")
    _fields(reg, ("registerID", register.register_id[:100]))
    if register.description:
        _sub(reg, "regDesc", register.description[:999])
    for e in register.entries:
        ev = _sub(reg, "event")
        _fields(ev, ("eventID", e.entry_no), ("eventType", e.code))
        if e.receipt_no:
            _sub(ev, "transID", e.receipt_no)
        if e.cashier_id is not None:
            _sub(ev, "empID", e.cashier_id)
        _fields(ev, ("eventDate", e.local_date), ("eventTime", e.local_time))
        if e.text:
            _sub(ev, "eventText", e.text[:9999])
        if e.code in ("XREP", "ZREP") and e.body.get("report"):
            _report(ev, e, e.body["report"], export)
    for e in register.entries:
        if e.is_transaction:
            _transaction(reg, e, export.currency)


def _report(event: ET.Element, e: Entry, report: dict, export: Export) -> None:
    r = _sub(event, "eventReport")
    kind = report["kind"]
    _fields(r, ("reportID", f"{kind}{report['number'] if kind == 'Z' else e.entry_no}"),
            ("reportType", f"{kind} report"), ("companyIdent", export.shop.org_number),
            ("companyName", export.shop.legal_name[:100]), ("reportDate", e.local_date),
            ("reportTime", e.local_time), ("registerID", report["register_id"][:100]))
    _fields(_sub(r, "reportTotalCashSales"), ("totalCashSaleAmnt", kroner(report["net"])))
    counts = report.get("counts", {})
    groups = _sub(r, "reportArtGroups")
    for group, amount in (report["by_group"] or {"-": 0}).items():
        g = _sub(groups, "reportArtGroup")
        _fields(g, ("artGroupID", group), ("artGroupNum", counts.get("groups", {}).get(group, 0)),
                ("artGroupAmnt", kroner(amount)))
    payments = _sub(r, "reportPayments")
    for kind_, amount in (report["by_payment"] or {"cash": 0}).items():
        p = _sub(payments, "reportPayment")
        _fields(p, ("paymentType", PAYMENTS.get(kind_, (kind_.upper(),))[0]),
                ("paymentNum", counts.get("payments", {}).get(kind_, 0)), ("paymentAmnt", kroner(amount)))
    if report.get("by_cashier_id"):
        emp = _sub(r, "reportEmpPayments")
        for emp_id, kinds in report["by_cashier_id"].items():
            for kind_, amount in kinds.items():
                p = _sub(emp, "reportEmpPayment")
                _fields(p, ("empID", emp_id), ("paymentType", PAYMENTS.get(kind_, (kind_.upper(),))[0]),
                        ("paymentNum", 0), ("paymentAmnt", kroner(amount)))
    vats = _sub(r, "reportCashSalesVat")
    for v in report["vat"] or [{"rate": 25.0, "base": 0, "amount": 0}]:
        x = _sub(vats, "reportCashSaleVat")
        _fields(x, ("vatCode", vat_code(v["rate"])), ("vatPerc", f"{float(v['rate']):.2f}"),
                ("cashSaleAmnt", kroner(v["base"])), ("vatAmnt", kroner(v["amount"])),
                ("vatAmntTp", "C" if v["amount"] >= 0 else "D"))
    _fields(r, ("reportOpeningChangeFloat", kroner(report.get("change_float", 0))),
            ("reportReceiptNum", report["receipts"]), ("reportOpenCashBoxNum", report["drawer_openings"]),
            ("reportReceiptCopyNum", report["copies"]),
            ("reportReceiptCopyAmnt", kroner(report.get("copies_amount", 0))),
            ("reportReceiptProformaNum", 0), ("reportReceiptProformaAmnt", "0.00"),
            ("reportReturnNum", report["returns"]["count"]),
            ("reportReturnAmnt", kroner(report["returns"]["amount"])),
            ("reportDiscountNum", report["discounts"]["count"]),
            ("reportDiscountAmnt", kroner(report["discounts"]["amount"])),
            ("reportVoidTransNum", report["voids"]),
            ("reportVoidTransAmnt", kroner(report.get("voids_amount", 0))))
    corr = _sub(_sub(r, "reportCorrLines"), "reportCorrLine")
    _fields(corr, ("corrLineType", "Delete line"), ("corrLineNum", report["line_corrections"]),
            ("corrLineAmnt", kroner(report.get("line_corrections_amount", 0))))
    inquiries = _sub(r, "reportPriceInquiries")
    for group, (num, amount) in (counts.get("lookups") or {"-": [0, 0]}).items():
        q = _sub(inquiries, "reportPriceInquiry")
        _fields(q, ("priceInquiryGroup", group), ("priceInquiryNum", num),
                ("priceInquiryAmnt", kroner(amount)))
    other = _sub(_sub(r, "reportOtherCorrs"), "reportOtherCorr")
    _fields(other, ("otherCorrType", "None"), ("otherCorrNum", 0), ("otherCorrAmnt", "0.00"))
    _fields(r, ("reportReceiptDeliveryNum", 0), ("reportReceiptDeliveryAmnt", "0.00"),
            ("reportTrainingNum", report["training"]["count"]),
            ("reportTrainingAmnt", kroner(report["training"]["amount"])),
            ("reportGrandTotalSales", kroner(report["grand_total"]["sales"])),
            ("reportGrandTotalReturn", kroner(report["grand_total"]["returns"])),
            ("reportGrandTotalSalesNet", kroner(report["grand_total"]["net"])))


def _transaction(reg: ET.Element, e: Entry, currency: str) -> None:
    b = e.body
    kind = b.get("kind", "sale")
    debit = e.amount_in < 0
    t = _sub(reg, "cashtransaction")
    _fields(t, ("nr", e.trans_nr), ("transID", e.receipt_no or e.trans_nr),
            ("transType", TRANS_TYPES[kind][0]), ("transAmntIn", kroner(e.amount_in)),
            ("transAmntEx", kroner(e.amount_ex)), ("amntTp", "D" if debit else "C"))
    if e.cashier_id is not None:
        _sub(t, "empID", e.cashier_id)
    _fields(t, ("periodNumber", 1), ("transDate", e.local_date), ("transTime", e.local_time))
    if b.get("original_receipt"):
        _sub(t, "refID", b["original_receipt"])
    for i, line in enumerate(b.get("lines", ()), 1):
        _line(t, e, i, line, kind)
    for v in b.get("vat", ()):
        _vat(t, v)
    _fields(_sub(t, "rounding"), ("roundingAmnt", kroner(int(b.get("rounding", 0)))))
    for p in b.get("tenders", ()):
        pay = _sub(t, "payment")
        _fields(pay, ("paymentType", PAYMENTS.get(p["kind"], (p["kind"].upper(),))[0]),
                ("paidAmnt", kroner(int(p["amount"]))))
        if e.cashier_id is not None:
            _sub(pay, "empID", e.cashier_id)
        _fields(pay, ("curCode", currency), ("exchRt", "1.000000"))
        if p.get("ref"):
            _sub(pay, "paymentRefID", str(p["ref"])[:999])
    _fields(t, ("signature", e.signature), ("keyVersion", e.key_version), ("receiptNum", 1),
            ("receiptCopyNum", int(b.get("copies", 0))), ("receiptProformaNum", 0),
            ("receiptDeliveryNum", 0), ("voidTransaction", "false"),
            ("trainingID", "true" if e.training else "false"))


def _line(t: ET.Element, e: Entry, number: int, line: dict, kind: str) -> None:
    rate = float(line.get("vat_percent", 0))
    net = int(line["net"])
    vat = round(net * rate / (100 + rate)) if rate else 0
    el = _sub(t, "ctLine")
    _fields(el, ("nr", e.trans_nr), ("lineID", number), ("lineType", LINE_TYPES[kind][0]))
    if line.get("group"):
        _sub(el, "artGroupID", line["group"])
    _fields(el, ("artID", line["sku"]), ("qnt", int(line["qty"])), ("lineAmntIn", kroner(net)),
            ("lineAmntEx", kroner(net - vat)), ("amntTp", "D" if net < 0 else "C"),
            ("ppu", f"{int(line.get('unit_price', 0)) / 100:.6f}"))
    if e.cashier_id is not None:
        _sub(el, "empID", e.cashier_id)
    _fields(el, ("lineDate", e.local_date), ("lineTime", e.local_time))
    _vat(el, {"rate": rate, "base": net - vat, "amount": vat})
    if line.get("discount"):
        d = _sub(el, "discount")
        _fields(d, ("dscTp", line.get("discount_kind") or "discount"), ("dscAmnt", kroner(int(line["discount"]))))


def _vat(parent: ET.Element, v: dict) -> None:
    el = _sub(parent, "vat")
    _fields(el, ("vatCode", vat_code(v["rate"])), ("vatPerc", f"{float(v['rate']):.2f}"),
            ("vatAmnt", kroner(int(v["amount"]))), ("vatAmntTp", "D" if int(v["amount"]) < 0 else "C"),
            ("vatBasAmnt", kroner(int(v["base"]))))
