"""The SAF-T writer against Skatteetaten's schema: empty periods, every kind of entry, the codes."""

from datetime import date, datetime

from lxml import etree

from pos_client.domain import reports
from pos_client.domain.journal import EVENTS, Entry
from pos_client.domain.saft import Export, Register, file_name, write
from pos_client.domain.shop import Shop
from pos_client.domain.signature import Signer, generate_key, signed_text
from tests.saft import NS, SAFT, event_codes, validate

SHOP = Shop("Demo Dyrebutikk AS", "Storgata 1, 0155 Oslo", "999999999")


def test_skatteetatens_example_is_valid_here_too():
    """The validator itself is sound: the official example passes, a broken copy fails."""
    example = next(SAFT.glob("ExampleFile*.xml"))
    assert validate(example) == []
    broken = example.read_bytes().replace(b"<registerID>11.222-33.44.567</registerID>", b"", 1)
    assert validate(broken)


def test_an_empty_period_is_still_a_valid_file():
    data = write(Export(SHOP, date(2026, 11, 24), date(2026, 11, 24), datetime(2026, 11, 25, 8), "NOK",
                        [Register("KASSE-1", "Kasse 1", [])]))
    assert validate(data) == []


def test_every_event_code_we_use_is_in_code_list_13():
    codes = event_codes()
    for basic_id, (predefined, _) in EVENTS.items():
        assert predefined in codes, basic_id


def test_file_name_follows_skatteetaten():
    assert file_name("999999999", datetime(2021, 3, 30, 10, 40)) == \
        "SAF-T Cash Register_999999999_20210330104000.xml"


def test_a_day_with_every_kind_of_entry_validates():
    signer = Signer(generate_key())
    sale = {"kind": "sale", "rounding": 18, "tenders": [{"kind": "cash", "amount": 45000}],
            "vat": [{"rate": 25.0, "base": 35986, "amount": 8996}],
            "lines": [{"sku": "DOG-1", "name": "Hundefôr & <ost>", "group": "dogfood", "qty": 2,
                       "unit_price": 24990, "net": 44982, "discount": 4998, "vat_percent": 25.0}]}
    ret = {"kind": "return", "rounding": 0, "original_receipt": "A-000001",
           "tenders": [{"kind": "card", "amount": -22491, "ref": "BAX 1234"}],
           "vat": [{"rate": 25.0, "base": -17993, "amount": -4498}],
           "lines": [{"sku": "DOG-1", "name": "Hundefôr", "group": "dogfood", "qty": -1,
                      "unit_price": 24990, "net": -22491, "vat_percent": 25.0}]}
    s1 = signer.sign(signed_text("0", "2026-11-24", "11:00:00", 1, 44982, 35986))
    s2 = signer.sign(signed_text(s1, "2026-11-24", "11:05:00", 2, -22491, -17993))
    entries = [
        Entry(1, "POSSTART", "", "2026-11-24", "08:59:00"),
        Entry(2, "EMPIN", "", "2026-11-24", "09:00:00", 1, "Kari Nordmann",
              body={"cashier_added": {"cashier_id": 1, "name": "Kari Nordmann"}}),
        Entry(3, "SALREC", "", "2026-11-24", "11:00:00", 1, "Kari Nordmann", 1, "A-000001", False, "", sale,
              s1, "1", 44982, 35986),
        Entry(4, "DRAWOPEN", "", "2026-11-24", "11:00:00", 1, "Kari Nordmann", receipt_no="A-000001"),
        Entry(5, "RETREC", "", "2026-11-24", "11:05:00", 1, "Kari Nordmann", 2, "A-000002", False, "", ret,
              s2, "1", -22491, -17993),
        Entry(6, "COPYREC", "", "2026-11-24", "11:06:00", 1, "Kari Nordmann", receipt_no="A-000001",
              body={"amount": 44982}),
        Entry(7, "DRAWOPEN", "", "2026-11-24", "12:00:00", 1, "Kari Nordmann", text="veksel"),
        Entry(8, "PRICELOOKUP", "", "2026-11-24", "12:01:00", 1, "Kari Nordmann",
              body={"group": "dogfood", "amount": 24990}),
    ]
    x = reports.compute("X", entries, register_id="KASSE-1", number=None, previous_grand=None,
                        period_from=None, period_to="2026-11-24T13:00:00")
    entries.append(Entry(9, "XREP", "", "2026-11-24", "13:00:00", 1, "Kari Nordmann", body={"report": x}))
    z = reports.compute("Z", entries, register_id="KASSE-1", number=1, previous_grand=None,
                        period_from=None, period_to="2026-11-24T22:00:00")
    entries.append(Entry(10, "ZREP", "", "2026-11-24", "22:00:00", 1, "Kari Nordmann", body={"report": z}))
    data = write(Export(SHOP, date(2026, 11, 24), date(2026, 11, 24), datetime(2026, 11, 25, 8), "NOK",
                        [Register("KASSE-1", "Kasse 1", entries)]))
    assert validate(data) == []
    doc = etree.fromstring(data)
    assert [t.text for t in doc.iterfind(".//s:cashtransaction/s:signature", NS)] == [s1, s2]
    assert doc.find(".//s:eventReport/s:reportType", NS).text == "X report"
    assert z["drawer_openings"] == 1 and z["copies"] == 1 and z["price_lookups"] == 1
    assert z["sales"] == {"count": 1, "amount": 44982} and z["returns"] == {"count": 1, "amount": 22491}
    assert z["net"] == z["grand_total"]["net"] == 22491
    assert z["by_payment"] == {"card": -22491, "cash": 45000} and z["rounding"] == 18
