"""Issue 14's done-when on a fresh demo till, through the facade: sign in, sell by card and
cash (rounded), return a line, one copy (a second refused), a drawer opening without a
sale, a training sale, X then Z — the Z equals what was sold, the SAF-T export is valid
against Skatteetaten's XSD and every signature verifies against the public key."""

import base64
import json
import sqlite3
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from lxml import etree

from hardware.receipt import Receipt, render_text
from pos_client.config import Config, ShopConfig
from pos_client.domain.register_errors import CashierRequired, CopyRefused, PinPaused, PinRefused
from pos_client.domain.shop import ShopNotConfigured
from pos_client.domain.signature import load_public
from pos_client.services import Terminal
from pos_client.services.journal_export import export_saft, verify
from tests.helpers import FakeClock, demo_terminal
from tests.saft import NS, validate
from pos_client.store.by_reference import RECEIPT_SQL
from pos_client.store.journal import entry_to_wire
from pos_client.store.outbox import rows as outbox_rows
from sync.protocol import JournalEntry


def _receipt(t, receipt_no, copy=False) -> Receipt:
    row = t.store.read().execute(f"SELECT {RECEIPT_SQL} FROM print_jobs WHERE receipt_no = ? AND copy = ?",
                                 (receipt_no, int(copy))).fetchone()
    return replace(Receipt.from_json(row[0]), receipt_no=receipt_no)


def test_a_day_at_a_norwegian_till(tmp_path):
    clock = FakeClock()
    t = demo_terminal(tmp_path / "till", clock=clock)
    reg = t.register
    reg.add_cashier("Kari Nordmann", "2468")
    assert reg.sign_in("Kari Nordmann", "2468")["name"] == "Kari Nordmann"
    dog, cat = t.product("DOG-001"), t.products()[0]

    sale = t.new_sale()
    sale.add(dog.sku)
    card = sale.complete("card").to_json()
    assert card["tenders"] == [{"kind": "card", "amount": card["total"]}]
    clock.advance(minutes=3)
    member = t.lookup(t.store.read().execute("SELECT phone FROM members LIMIT 1").fetchone()[0])
    sale = t.new_sale(member)
    sale.add(cat.sku, 3)
    cash = sale.complete("cash", cash_given=200_000).to_json()
    paid = cash["tenders"][-1]["amount"]
    assert paid % 100 == 0 and paid == cash["total"] + cash["rounding"] and abs(cash["rounding"]) <= 50
    assert cash["change"] == 200_000 - paid

    text = render_text(_receipt(t, card["receipt_no"]), 42)
    for fact in ("Salgskvittering", "Demo Dyrebutikk AS", "Org.nr 999 999 999 MVA", card["receipt_no"],
                 reg.register_id, "Kari Nordmann", "MVA 25 %", "Kort"):
        assert fact in text, fact
    assert "Øreavrunding" in render_text(_receipt(t, cash["receipt_no"]), 42) or cash["rounding"] == 0

    clock.advance(minutes=3)
    back = t.return_items(cash["receipt_no"], [(cat.sku, 1)])
    assert "Returkvittering" in render_text(_receipt(t, back.receipt_no), 42)

    assert reg.copy_receipt(card["receipt_no"]) == card["receipt_no"]
    assert "KOPI" in render_text(_receipt(t, card["receipt_no"], copy=True), 42)
    with pytest.raises(CopyRefused, match="already been copied once"):
        reg.copy_receipt(card["receipt_no"])

    reg.drawer_opened("veksel til bakeriet")
    reg.set_training(True)
    points_before = t.member(member.member_id).points
    sale = t.new_sale(member)
    sale.add(dog.sku)
    training = sale.complete("card").to_json()
    assert "-TR" in training["receipt_no"] and training["training"] and training["member"] is None
    text = render_text(_receipt(t, training["receipt_no"]), 42)
    assert "Treningskvittering – ikke kvittering for kjøp" in " ".join(text.split())
    assert t.member(member.member_id).points == points_before          # never touches a balance
    assert t.store.sale_by_receipt(training["receipt_no"]) is None      # never a sale
    reg.set_training(False)

    x = reg.report("X")
    clock.advance(hours=8)
    z = reg.report("Z")
    assert x["number"] is None and z["number"] == 1
    returned = back.to_json()["refund"]
    assert z["sales"] == {"count": 2, "amount": card["total"] + cash["total"]}
    assert z["returns"] == {"count": 1, "amount": returned} and z["net"] == card["total"] + cash["total"] - returned
    assert z["by_payment"]["card"] == card["total"]
    assert z["rounding"] == sum(e.body["rounding"] for e in reg.entries() if e.code in ("SALREC", "RETREC"))
    assert z["copies"] == 1 and z["drawer_openings"] == 1 and z["training"]["count"] == 1
    assert set(z["by_cashier"]) == {"Kari Nordmann"}
    assert sum(v["base"] + v["amount"] for v in z["vat"]) == z["net"]
    assert z["grand_total"] == {"sales": z["sales"]["amount"], "returns": returned, "net": z["net"]}
    for key in ("kind", "number", "register_id", "from", "to", "sales", "returns", "net", "by_payment",
                "by_group", "by_cashier", "vat", "discounts", "rounding", "copies", "drawer_openings",
                "training", "voids", "line_corrections", "price_lookups", "grand_total"):
        assert key in z, key
    assert "Z-RAPPORT 1" in reg.last_report_text("Z")

    # The next Z starts from zero; the grand totals never reset.
    sale = t.new_sale()
    sale.add(dog.sku)
    later = sale.complete("card").to_json()
    z2 = reg.report("Z")
    assert z2["number"] == 2 and z2["sales"] == {"count": 1, "amount": later["total"]}
    assert z2["grand_total"]["sales"] == z["grand_total"]["sales"] + later["total"]

    path = export_saft(t, tmp_path)
    assert path.name.startswith("SAF-T Cash Register_999999999_") and path.suffix == ".xml"
    assert validate(path) == []
    assert verify(t) == []
    doc = etree.parse(str(path))
    public = load_public(reg.public_key_pem())
    previous = "0"
    signed = doc.findall(".//s:cashtransaction", NS)
    assert len(signed) == 5                                 # 3 sales, 1 return, 1 training receipt
    for tx in signed:
        f = {k: tx.find(f"s:{k}", NS).text for k in ("nr", "transDate", "transTime", "transAmntIn",
                                                       "transAmntEx", "signature", "keyVersion")}
        text = f"{previous};{f['transDate']};{f['transTime']};{f['nr']};{f['transAmntIn']};{f['transAmntEx']}"
        public.verify(base64.b64decode(f["signature"]), text.encode(), padding.PKCS1v15(), hashes.SHA1())
        previous = f["signature"]
    t.close()


def test_the_database_refuses_to_change_or_delete_the_journal(tmp_path):
    t = demo_terminal(tmp_path / "till")
    sale = t.new_sale()
    sale.add("DOG-001")
    sale.complete("card")
    t.close()
    conn = sqlite3.connect(tmp_path / "till" / "till.db")
    for sql in ("UPDATE journal SET amount_in = 1", "DELETE FROM journal", "UPDATE journal SET text = 'x'"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(sql)
    assert conn.execute("SELECT count(*) FROM journal WHERE code = 'SALREC'").fetchone()[0] == 1


def test_a_tampered_journal_is_reported_by_verify(tmp_path):
    t = demo_terminal(tmp_path / "till")
    for _ in range(3):
        sale = t.new_sale()
        sale.add("DOG-001")
        sale.complete("card")
    conn = sqlite3.connect(tmp_path / "till" / "till.db")
    conn.execute("DROP TRIGGER journal_no_update")          # what only an attacker with the file can do
    conn.execute("UPDATE journal SET amount_in = 100 WHERE trans_nr = 2")
    conn.commit()
    problems = verify(t)
    assert len(problems) == 1 and problems[0].startswith("transaction 2")
    t.close()


def test_outside_demo_no_org_number_means_no_sale(tmp_path):
    t = Terminal.open(tmp_path / "till", config=Config(), clock=FakeClock())
    t.load_program("resources/demo/program.toml")
    t.load_catalogue("resources/demo/catalogue.csv")
    sale = t.new_sale()
    sale.add("DOG-001")
    with pytest.raises(ShopNotConfigured, match=r"set \[shop\] org_number"):
        sale.complete("card")
    t.close()
    shop = ShopConfig(legal_name="Butikken AS", org_number="999999998")
    t = Terminal.open(tmp_path / "till", config=Config(shop=shop), clock=FakeClock())
    sale = t.new_sale()
    sale.add("DOG-001")
    with pytest.raises(ShopNotConfigured, match="not a valid organisation number"):
        sale.complete("card")
    assert t.store.read().execute("SELECT count(*) FROM sales").fetchone()[0] == 0
    t.close()


def test_cashiers_sign_in_with_their_pin_and_three_wrong_pins_pause(tmp_path):
    clock = FakeClock()
    shop = ShopConfig(legal_name="Butikken AS", org_number="999999999")
    t = Terminal.open(tmp_path / "till", config=Config(shop=shop), clock=clock)
    t.load_program("resources/demo/program.toml")
    t.load_catalogue("resources/demo/catalogue.csv")
    t.register.add_cashier("Ola", "1357")
    stored = t.store.read().execute("SELECT pin_hash FROM cashiers").fetchone()[0]
    assert "1357" not in stored and stored.startswith("pbkdf2")
    sale = t.new_sale()
    sale.add("DOG-001")
    with pytest.raises(CashierRequired):
        sale.complete("card")
    for _ in range(2):
        with pytest.raises(PinRefused):
            t.register.sign_in("Ola", "0000")
    with pytest.raises(PinPaused):
        t.register.sign_in("Ola", "0000")
    with pytest.raises(PinPaused, match="wait"):
        t.register.sign_in("Ola", "1357")                     # even the right PIN waits
    assert [e.code for e in t.register.entries()].count("PINLOCK") == 1
    clock.advance(seconds=31)
    t.register.sign_in("Ola", "1357")
    assert json.dumps(sale.complete("card").to_json())
    entry = [e for e in t.register.entries() if e.code == "SALREC"][0]
    assert entry.cashier == "Ola"
    t.close()


def test_a_new_day_without_a_z_reminds_the_manager(tmp_path):
    clock = FakeClock()
    t = demo_terminal(tmp_path / "till", clock=clock)
    sale = t.new_sale()
    sale.add("DOG-001")
    sale.complete("card")
    assert t.register.z_due() is None
    clock.advance(days=1)
    assert t.register.z_due() == (clock.now.astimezone() - __import__("datetime").timedelta(days=1)).date().isoformat()
    t.register.report("Z")
    assert t.register.z_due() is None
    t.close()


def test_the_journal_travels_to_hq_as_events(tmp_path):
    t = demo_terminal(tmp_path / "till")
    sale = t.new_sale()
    sale.add("DOG-001")
    sale.complete("cash")
    rows = [(kind, payload) for _, _, kind, _, payload in outbox_rows(t.store.read())]
    kinds = [k for k, _ in rows]
    assert kinds[-3:] == ["sale_completed", "journal_entry", "journal_entry"]   # SALREC, DRAWOPEN
    entry = json.loads(rows[-2][1])
    assert entry["code"] == "SALREC" and entry["signature"] and entry["register_id"] == t.register.register_id
    # Stored without its body (the journal row holds it), read back as the model writes the whole entry.
    whole = JournalEntry(**entry_to_wire(t.register.entries()[-2], t.register.register_id))
    assert rows[-2][1] == whole.model_dump_json(exclude_unset=True)
    assert entry["body"]["receipt"] and entry["body"]["lines"]
    stored = t.store.read().execute("SELECT payload, entry_no FROM outbox WHERE kind = 'journal_entry'"
                                    " ORDER BY seq DESC LIMIT 1 OFFSET 1").fetchone()
    assert stored[1] == entry["entry_no"] and '"body":{}' in stored[0] and len(stored[0]) < len(rows[-2][1]) / 2
    t.close()


def test_line_corrections_voids_and_price_changes_are_journaled_and_counted(tmp_path):
    t = demo_terminal(tmp_path / "till")
    dog = t.product("DOG-001")
    sale = t.new_sale()
    sale.add(dog.sku, 3)
    sale.set_qty(dog.sku, 1)                                  # two units off: a line correction
    sale.add("DOG-002")
    sale.remove("DOG-002")                                    # and one more
    sale.complete("card")
    thrown = t.new_sale()
    thrown.add(dog.sku)
    thrown.void()
    assert thrown.is_empty
    csv = tmp_path / "prices.csv"
    csv.write_text("sku,ean,name,price,vat_percent,category\n"
                   f"{dog.sku},{dog.ean},{dog.name},799.00,25,dogfood\n", encoding="utf-8")
    t.load_catalogue(csv)
    codes = [e.code for e in t.register.entries()]
    assert codes.count("LINEDELETE") == 2 and codes.count("VOIDREC") == 1
    change = [e for e in t.register.entries() if e.code == "PRICECHANGE"][-1]
    assert change.body["changes"] == [{"sku": dog.sku, "old": dog.price, "new": 79900}]
    x = t.register.report("X")
    assert x["line_corrections"] == 2 and x["line_corrections_amount"] == 2 * dog.price + t.product("DOG-002").price
    assert x["voids"] == 1 and x["voids_amount"] == dog.price
    assert validate(export_saft(t, tmp_path)) == []
    t.close()
