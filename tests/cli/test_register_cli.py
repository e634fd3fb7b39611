"""The cash register's commands (DESIGN.md §8) on a demo till: cashiers, drawer, training,
X/Z reports, the journal's export, verification and public key."""

import json
import sqlite3

from tests.saft import validate


def test_cashiers_sell_reports_and_the_journal(run, tmp_path):
    assert run("cashier", "add", "Kari Nordmann", "--pin", "2468")[0] == 0
    code, out, _ = run("cashier", "list", "--json")
    assert "Kari Nordmann" in [c["name"] for c in json.loads(out)]
    code, out, err = run("sale", "--item", "DOG-001", "--tender", "cash", "--cashier", "Kari Nordmann", "--json")
    assert code == 0, err
    cash = json.loads(out)
    assert cash["tenders"][-1]["amount"] % 100 == 0 and "rounding" in cash
    code, out, err = run("sale", "--item", "DOG-001", "--cashier", "Nobody", "--json")
    assert code == 2 and err.count("\n") == 1 and "no cashier 'Nobody'" in err
    assert run("drawer", "open", "--reason", "veksel", "--cashier", "Kari Nordmann")[0] == 0
    assert run("training", "on")[0] == 0
    code, out, _ = run("sale", "--item", "DOG-001", "--json")
    assert json.loads(out)["training"] is True
    assert run("training", "off")[0] == 0
    code, out, _ = run("printer", "reprint", cash["receipt_no"])
    assert code == 0
    code, out, err = run("printer", "reprint", cash["receipt_no"])
    assert code == 2 and "already been copied once" in err

    code, out, _ = run("report", "x")
    assert code == 0 and "X-RAPPORT" in out
    code, out, _ = run("report", "z", "--json", "--cashier", "Kari Nordmann")
    z = json.loads(out)
    assert z["kind"] == "Z" and z["number"] == 1 and z["sales"]["count"] == 1
    assert z["drawer_openings"] == 1 and z["copies"] == 1 and z["training"]["count"] == 1
    assert z["by_cashier"] == {"Kari Nordmann": {"cash": cash["tenders"][-1]["amount"]}}
    assert json.loads(run("report", "z", "--json")[1])["number"] == 2

    code, out, _ = run("journal", "public-key")
    assert out.startswith("-----BEGIN PUBLIC KEY-----") and out.rstrip().endswith("-----END PUBLIC KEY-----")
    assert run("journal", "verify") == (0, "journal OK: every signature verifies, no entry or transaction is missing\n", "")
    code, out, _ = run("journal", "export", "--saft", str(tmp_path))
    assert code == 0 and validate(__import__("pathlib").Path(out.strip())) == []
    code, out, _ = run("journal", "export", "--saft", str(tmp_path / "day.xml"), "--from", "2020-01-01",
                       "--to", "2020-01-01")
    assert code == 0 and validate(tmp_path / "day.xml") == []          # an empty period: still valid
    code, _, err = run("journal", "export", "--saft", str(tmp_path / "day.txt"))
    assert code == 2 and ".xml" in err and "Traceback" not in err
    code, _, err = run("journal", "export", "--saft", str(tmp_path), "--from", "24.11.2026")
    assert code == 2 and "YYYY-MM-DD" in err

    conn = sqlite3.connect(tmp_path / "till" / "till.db")
    conn.execute("DROP TRIGGER journal_no_update")
    conn.execute("UPDATE journal SET local_time = '23:59:59' WHERE trans_nr = 1")
    conn.commit()
    code, out, _ = run("journal", "verify")
    assert code == 1 and out.startswith("transaction 1")


def test_wrong_pin_and_bad_cashier_input_are_one_line(run):
    code, _, err = run("cashier", "add", "Ola", "--pin", "12")
    assert code == 2 and err == "pos-client: the PIN must be 4 to 8 digits\n"
