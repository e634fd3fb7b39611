"""The journal reaches HQ as events; `pos-hq journal export --saft` writes one valid SAF-T
file for the shop with a cashregister per till, every till's signatures intact."""

from __future__ import annotations

from lxml import etree

from pos_client.domain.signature import load_public
from sync.client import SyncClient, pair
from sync.hq.cli import main as hq_main
from tests.helpers import demo_terminal
from tests.saft import NS, validate


def _till(hq, tmp_path, name):
    t = demo_terminal(tmp_path / name)
    pair(t.store, hq.url, hq.code(name), name)
    return t, SyncClient(t.store, hq.url, t.store.get_meta("device_token"), 5, clock=t.clock)


def test_hq_exports_every_tills_journal(hq, tmp_path, capsys):
    keys = {}
    for name in ("Kasse 1", "Kasse 2"):
        t, client = _till(hq, tmp_path, name)
        for tender in ("card", "cash"):
            sale = t.new_sale()
            sale.add("DOG-001")
            sale.complete(tender)
        t.register.report("Z")
        assert client.sync_once().ok and t.store.outbox_pending() == 0 and not t.dead_letters()
        keys[t.register.register_id] = t.register.public_key_pem()
        t.close()
    out_dir = tmp_path / "export"
    out_dir.mkdir()
    assert hq_main(["--db", hq.db.url, "journal", "export", "--saft", str(out_dir)]) == 0
    (path,) = out_dir.iterdir()
    assert capsys.readouterr().out.strip() == str(path)
    assert path.name.startswith("SAF-T Cash Register_999999999_")
    assert validate(path) == []
    doc = etree.parse(str(path))
    registers = doc.findall(".//s:cashregister", NS)
    assert sorted(r.find("s:registerID", NS).text for r in registers) == sorted(keys)
    for r in registers:
        assert len(r.findall("s:cashtransaction", NS)) == 2
        assert r.find(".//s:eventReport/s:reportType", NS).text == "Z report"
        assert load_public(keys[r.find("s:registerID", NS).text])
    assert hq_main(["--db", hq.db.url, "journal", "export", "--saft", str(tmp_path / "x.xml"),
                    "--terminal", "Kasse 2"]) == 0
    assert len(etree.parse(str(tmp_path / "x.xml")).findall(".//s:cashregister", NS)) == 1
    assert hq_main(["--db", hq.db.url, "journal", "export", "--saft", str(tmp_path / "y.xml"),
                    "--terminal", "Kasse 9"]) == 1
    assert "no journal from terminal 'Kasse 9'" in capsys.readouterr().err
