"""X and Z reports (kassasystemforskriften §§ 2-8-2, 2-8-3) computed from journal entries.

A report covers the entries since the last Z report.  Money is øre.  The
grand totals (sales, returns, net) never reset: each report adds its period
to the grand totals of the Z report before it.  Training receipts are
counted on their own and never as sales.  Pure: entries come in, a dict
goes out (DESIGN.md §8 names its keys), and ``report_lines`` words it for a
printer or the screen.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from .journal import Entry
from .money import format_amount


def compute(kind: str, entries: Iterable[Entry], *, register_id: str, number: int | None,
            previous_grand: dict | None, period_from: str | None, period_to: str,
            change_float: int = 0) -> dict:
    sales = {"count": 0, "amount": 0}
    returns = {"count": 0, "amount": 0}
    training = {"count": 0, "amount": 0}
    discounts = {"count": 0, "amount": 0}
    by_payment: dict[str, int] = defaultdict(int)
    by_group: dict[str, int] = defaultdict(int)
    by_cashier: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    vat: dict[float, list[int]] = defaultdict(lambda: [0, 0])
    counts = defaultdict(int)
    amounts = defaultdict(int)
    lookups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    group_lines: dict[str, int] = defaultdict(int)
    payment_counts: dict[str, int] = defaultdict(int)
    by_cashier_id: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    copies = {"count": 0, "amount": 0}
    rounding = 0
    first = None
    for e in entries:
        first = first or f"{e.local_date}T{e.local_time}"
        counts[e.code] += 1
        b = e.body
        if e.code == "DRAWOPEN" and not e.receipt_no:
            counts["DRAWOPEN_NO_SALE"] += 1              # a nullinnslag
        if e.code in ("VOIDREC", "LINEDELETE", "PRICELOOKUP"):
            amounts[e.code] += int(b.get("amount", 0))
            if e.code == "PRICELOOKUP":
                lookups[b.get("group") or "-"][0] += 1
                lookups[b.get("group") or "-"][1] += int(b.get("amount", 0))
        if e.code == "TRAINREC":
            training["count"] += 1
            training["amount"] += e.amount_in
            continue
        if e.code == "COPYREC":
            copies["count"] += 1
            copies["amount"] += int(b.get("amount", 0))
            continue
        if e.code not in ("SALREC", "RETREC"):
            continue
        bucket = sales if e.code == "SALREC" else returns
        bucket["count"] += 1
        bucket["amount"] += abs(e.amount_in)
        rounding += int(b.get("rounding", 0))
        for line in b.get("lines", ()):
            by_group[line.get("group") or "-"] += int(line["net"])
            group_lines[line.get("group") or "-"] += 1
            if line.get("discount"):
                discounts["count"] += 1
                discounts["amount"] += int(line["discount"])
        for t in b.get("tenders", ()):
            by_payment[t["kind"]] += int(t["amount"])
            by_cashier[e.cashier or "-"][t["kind"]] += int(t["amount"])
            payment_counts[t["kind"]] += 1
            if e.cashier_id is not None:
                by_cashier_id[str(e.cashier_id)][t["kind"]] += int(t["amount"])
        for v in b.get("vat", ()):
            vat[float(v["rate"])][0] += int(v["base"])
            vat[float(v["rate"])][1] += int(v["amount"])
    grand = previous_grand or {"sales": 0, "returns": 0, "net": 0}
    grand_sales = grand["sales"] + sales["amount"]
    grand_returns = grand["returns"] + returns["amount"]
    return {
        "kind": kind, "number": number, "register_id": register_id,
        "from": period_from or first, "to": period_to,
        "sales": sales, "returns": returns, "net": sales["amount"] - returns["amount"],
        "by_payment": dict(sorted(by_payment.items())),
        "by_group": dict(sorted(by_group.items())),
        "by_cashier": {name: dict(sorted(kinds.items())) for name, kinds in sorted(by_cashier.items())},
        "vat": [{"rate": rate, "base": base, "amount": amount}
                for rate, (base, amount) in sorted(vat.items())],
        "discounts": discounts, "rounding": rounding, "change_float": change_float,
        "receipts": sales["count"] + returns["count"],
        "copies": copies["count"], "copies_amount": copies["amount"],
        "drawer_openings": counts["DRAWOPEN_NO_SALE"],
        "training": training, "voids": counts["VOIDREC"],
        "line_corrections": counts["LINEDELETE"], "price_lookups": counts["PRICELOOKUP"],
        "voids_amount": amounts["VOIDREC"], "line_corrections_amount": amounts["LINEDELETE"],
        "price_lookups_amount": amounts["PRICELOOKUP"],
        # What SAF-T's eventReport wants beside the DESIGN keys.
        "counts": {"groups": dict(sorted(group_lines.items())),
                   "payments": dict(sorted(payment_counts.items())),
                   "lookups": {g: v for g, v in sorted(lookups.items())}},
        "by_cashier_id": {k: dict(sorted(v.items())) for k, v in sorted(by_cashier_id.items())},
        "grand_total": {"sales": grand_sales, "returns": grand_returns,
                        "net": grand_sales - grand_returns},
    }


REPORT_LABELS = {
    "nb": {"X": "X-RAPPORT", "Z": "Z-RAPPORT", "register": "Kasse", "from": "Fra", "to": "Til",
           "sales": "Salg", "returns": "Returer", "net": "Netto", "payments": "Betalingsmåter",
           "groups": "Varegrupper", "cashiers": "Kasserere", "vat": "MVA", "base": "grunnlag",
           "discounts": "Rabatter", "rounding": "Øreavrunding", "float": "Vekselbeholdning",
           "receipts": "Antall kvitteringer", "copies": "Kopikvitteringer",
           "drawer": "Skuffeåpninger uten salg", "training": "Treningskvitteringer",
           "voids": "Annulleringer", "corrections": "Linjekorrigeringer",
           "lookups": "Prisoppslag", "grand": "Grand total", "grand_sales": "Salg totalt",
           "grand_returns": "Returer totalt", "grand_net": "Netto totalt",
           "cash": "Kontant", "card": "Kort", "bonus_cheque": "Bonussjekk", "points": "Poeng"},
    "sv": {"X": "X-RAPPORT", "Z": "Z-RAPPORT", "register": "Kassa", "from": "Från", "to": "Till",
           "sales": "Försäljning", "returns": "Returer", "net": "Netto", "payments": "Betalsätt",
           "groups": "Varugrupper", "cashiers": "Kassörer", "vat": "Moms", "base": "underlag",
           "discounts": "Rabatter", "rounding": "Öresavrundning", "float": "Växelkassa",
           "receipts": "Antal kvitton", "copies": "Kvittokopior",
           "drawer": "Lådöppningar utan köp", "training": "Övningskvitton",
           "voids": "Annulleringar", "corrections": "Radkorrigeringar",
           "lookups": "Prisfrågor", "grand": "Grand total", "grand_sales": "Försäljning totalt",
           "grand_returns": "Returer totalt", "grand_net": "Netto totalt",
           "cash": "Kontant", "card": "Kort", "bonus_cheque": "Bonuscheck", "points": "Poäng"},
    "en": {"X": "X REPORT", "Z": "Z REPORT", "register": "Register", "from": "From", "to": "To",
           "sales": "Sales", "returns": "Returns", "net": "Net", "payments": "Payments",
           "groups": "Article groups", "cashiers": "Cashiers", "vat": "VAT", "base": "base",
           "discounts": "Discounts", "rounding": "Cash rounding", "float": "Change float",
           "receipts": "Receipts", "copies": "Copy receipts",
           "drawer": "Drawer openings without sale", "training": "Training receipts",
           "voids": "Voids", "corrections": "Line corrections",
           "lookups": "Price look-ups", "grand": "Grand total", "grand_sales": "Sales, all time",
           "grand_returns": "Returns, all time", "grand_net": "Net, all time",
           "cash": "Cash", "card": "Card", "bonus_cheque": "Bonus cheque", "points": "Points"},
}


def report_lines(report: dict, language: str = "nb", currency: str = "NOK") -> list[tuple[str, str]]:
    """(label, value) rows in print order; a label alone is a heading, '' a blank line."""
    L = REPORT_LABELS.get(language, REPORT_LABELS["en"])
    m = lambda ore: format_amount(ore, currency)
    title = L[report["kind"]] + (f" {report['number']}" if report.get("number") else "")
    rows = [(title, ""), (L["register"], report["register_id"]),
            (L["from"], _when(report["from"])), (L["to"], _when(report["to"])), ("", "")]
    rows += [(f"{L['sales']} ({report['sales']['count']})", m(report["sales"]["amount"])),
             (f"{L['returns']} ({report['returns']['count']})", m(-report["returns"]["amount"])),
             (L["net"], m(report["net"])), (L["rounding"], m(report["rounding"])),
             (f"{L['discounts']} ({report['discounts']['count']})", m(-report["discounts"]["amount"])),
             ("", ""), (L["payments"], "")]
    rows += [(f"  {L.get(kind, kind)}", m(amount)) for kind, amount in report["by_payment"].items()]
    rows += [(L["groups"], "")] + [(f"  {g}", m(a)) for g, a in report["by_group"].items()]
    rows += [(L["cashiers"], "")]
    for name, kinds in report["by_cashier"].items():
        rows += [(f"  {name}", "")] + [(f"    {L.get(k, k)}", m(a)) for k, a in kinds.items()]
    rows += [(L["vat"], "")] + [(f"  {v['rate']:g} % ({L['base']} {format_amount(v['base'], currency, symbol=False)})",
                                 m(v["amount"])) for v in report["vat"]]
    rows += [("", ""), (L["float"], m(report["change_float"])),
             (L["receipts"], str(report["receipts"])),
             (L["copies"], f"{report['copies']} ({m(report['copies_amount'])})"),
             (L["drawer"], str(report["drawer_openings"])),
             (L["training"], f"{report['training']['count']} ({m(report['training']['amount'])})"),
             (L["voids"], str(report["voids"])), (L["corrections"], str(report["line_corrections"])),
             (L["lookups"], str(report["price_lookups"])), ("", ""), (L["grand"], ""),
             (f"  {L['grand_sales']}", m(report["grand_total"]["sales"])),
             (f"  {L['grand_returns']}", m(-report["grand_total"]["returns"])),
             (f"  {L['grand_net']}", m(report["grand_total"]["net"]))]
    return rows


def _when(iso: str | None) -> str:
    if not iso:
        return "-"
    return f"{iso[8:10]}.{iso[5:7]}.{iso[:4]} {iso[11:16]}"
