"""The command line: JSON outputs of DESIGN.md §2 and one clear line for every user error."""

import json
import subprocess
import sys

import pytest

from pos_client.cli import main


def test_enroll_sale_lookup_status(run):
    code, out, err = run("enroll", "--phone", "912 34 567", "--name", "Kari", "--consent", "loyalty,sms", "--json")
    assert code == 0, err
    member = json.loads(out)
    assert member["phone"] == "+4791234567" and member["coupons"][0]["percent"] == 10
    code, out, err = run("lookup", "+47 912 34 567", "--json")
    assert json.loads(out)["member_id"] == member["member_id"]
    from pos_client.files import load_catalogue
    from pos_client.services import DEMO_DIR
    product = load_catalogue(DEMO_DIR / "catalogue.csv")[0]
    code, out, err = run("sale", "--member", "91234567", "--item", f"{product.ean}:2",
                         "--coupon", member["coupons"][0]["code"], "--tender", "cash", "--json")
    assert code == 0, err
    sale = json.loads(out)
    for key in ("sale_id", "receipt_no", "lines", "benefits", "subtotal", "discount_total", "total",
                "tenders", "points_earned", "coupons_issued", "member"):
        assert key in sale
    assert sale["lines"][0]["qty"] == 2 and sale["lines"][0]["unit_price"] == product.price
    assert [b["kind"] for b in sale["benefits"]] == ["tier", "coupon"]
    # Cash rounds to whole kroner (DESIGN §8): the tender is the rounded amount, the rounding its own figure.
    assert sale["tenders"][-1] == {"kind": "cash", "amount": sale["total"] + sale["rounding"]}
    assert sale["tenders"][-1]["amount"] % 100 == 0 and abs(sale["rounding"]) <= 50
    code, out, err = run("return", "--receipt", sale["receipt_no"], "--item", f"{product.sku}:1", "--json")
    assert code == 0, err
    assert json.loads(out)["refund"] > 0


@pytest.mark.parametrize("argv, message", [
    (("lookup", "12"), "not a"),
    (("lookup", "+47 999 99 999"), "no member"),
    (("sale", "--item", "NOPE"), "unknown product"),
    (("sale", "--member", "+47 999 99 998", "--item", "NOPE"), "no member"),
    (("enroll", "--phone", "abc", "--consent", "loyalty"), "not a phone number"),
    (("enroll", "--phone", "91234500", "--consent", "sms"), "consent to 'loyalty'"),
    (("lookup", "TLM1ABCDEFGH"), "scan again"),
    (("program", "load", "/nonexistent.toml"), "nonexistent.toml"),
    (("return", "--receipt", "X-1", "--item", "A:1"), "no receipt"),
])
def test_user_errors_are_one_line_without_traceback(run, argv, message):
    code, out, err = run(*argv)
    assert code != 0
    assert message in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_expired_and_used_coupon_and_too_many_points(run):
    _, out, _ = run("enroll", "--phone", "91234511", "--consent", "loyalty", "--json")
    code = json.loads(out)["coupons"][0]["code"]
    from pos_client.files import load_catalogue
    from pos_client.services import DEMO_DIR
    sku = load_catalogue(DEMO_DIR / "catalogue.csv")[0].sku
    assert run("sale", "--member", "91234511", "--item", sku, "--coupon", code)[0] == 0
    c, _, err = run("sale", "--member", "91234511", "--item", sku, "--coupon", code)
    assert c != 0 and "already used" in err
    c, _, err = run("sale", "--member", "91234511", "--item", sku, "--redeem-points", "999999")
    assert c != 0 and "points" in err


def test_invalid_files_are_one_line(run, tmp_path):
    bad = tmp_path / "p.toml"
    bad.write_text('[program]\nid = "x"\nname = "X"\n[[tiers]]\nname = "B"\nmin_spend = -5\n')
    code, _, err = run("program", "load", str(bad))
    assert code != 0 and f"{bad}: tiers[0].min_spend: must be >= 0 (got -5)" in err
    assert len(err.strip().splitlines()) == 1
    csv = tmp_path / "c.csv"
    csv.write_bytes(b"sku,ean,name,price,vat_percent,category\nA,,\xff\xfe,1,25,x\n")
    code, _, err = run("catalogue", "load", str(csv))
    assert code != 0 and "not UTF-8" in err


def test_newer_database_is_refused(run, tmp_path):
    assert run("status")[0] == 0
    import sqlite3
    conn = sqlite3.connect(tmp_path / "till" / "till.db")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    code, _, err = run("status")
    assert code != 0 and "newer" in err and "Traceback" not in err


def test_malformed_config_is_one_line(tmp_path, capsys):
    bad = tmp_path / "till.toml"
    bad.write_text("[terminal]\nlanguage = 'de'\n")
    assert main(["--config", str(bad), "status"]) != 0
    err = capsys.readouterr().err
    assert "terminal.language" in err and str(bad) in err


def test_console_script_runs(tmp_path):
    out = subprocess.run([sys.executable, "-m", "pos_client.cli", "--data-dir", str(tmp_path / "d"),
                          "status", "--json"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["products"] > 0


def test_support_bundle_has_config_logs_status_and_no_personal_data(run, tmp_path, monkeypatch):
    import zipfile
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "till.log").write_text("2026-11-24 INFO printer: out of paper\n")
    monkeypatch.setenv("POS_LOG_DIR", str(logs))
    config = tmp_path / "till.toml"
    config.write_text('[terminal]\nname = "Kasse 3"\n[hq]\nurl = "https://ops:hunter2@hq.example.com/x?k=1"\n')
    from pos_client.services import DEMO_DIR
    assert run("--config", str(config), "program", "load", str(DEMO_DIR / "program.toml"))[0] == 0
    code, out, err = run("--config", str(config), "enroll", "--phone", "912 34 567", "--name", "Kari Nordmann",
                         "--consent", "loyalty")
    assert code == 0, err
    code, out, err = run("--config", str(config), "support-bundle", "--out", str(tmp_path / "s.zip"))
    assert code == 0, err
    with zipfile.ZipFile(out.strip()) as bundle:
        names = set(bundle.namelist())
        assert {"config.toml", "status.json", "about.json", "logs/till.log"} <= names
        everything = b"".join(bundle.read(n) for n in names)
    assert b'name = "Kasse 3"' in everything and b"out of paper" in everything
    assert json.loads(zipfile.ZipFile(out.strip()).read("status.json"))["members"] == 1
    assert b"Kari" not in everything and b"91234567" not in everything   # no member data
    assert b"hunter2" not in everything                                 # no password from a URL
    assert not any(n.endswith((".db", ".sqlite")) for n in names)


def test_reward_commands_print_json_and_one_line_errors(run):
    code, out, err = run("reward", "exchange", "--member", "913 00 888", "--reward", "r100", "--json")
    assert code == 0, err
    got = json.loads(out)
    assert got["coupon"]["points_cost"] == 1000 and got["member"]["points"] == 800 and got["coupon"]["code"]
    code, out, err = run("reward", "exchange", "--member", "913 00 888", "--reward", "r100", "--json")
    assert code == 2 and err.strip() == "pos-client: 100 kr for 1000 poeng: costs 1000 points, the member has 800"
    code, out, err = run("coupon", "give", "--code", got["coupon"]["code"], "--to", "912 34 560", "--json")
    assert code == 0, err
    assert any(c["id"] == got["coupon"]["id"] for c in json.loads(out)["member"]["coupons"])
    code, out, err = run("visit", "--member", "912 34 560", "--json")
    assert code == 0 and json.loads(out)["points"] == 10
    code, out, err = run("visit", "--member", "912 34 560", "--json")
    assert code == 2 and "once a day" in err and "Traceback" not in err
    code, out, err = run("enroll", "--phone", "915 30 001", "--consent", "loyalty", "--referred-by", "912 34 560",
                         "--json")
    assert code == 0, err
    code, out, err = run("sale", "--member", "915 30 001", "--item", "DOG-001", "--json")
    sale = json.loads(out)
    assert any(c["name"].startswith("Vennebonus") for c in sale["coupons_issued"])
    assert sale["member"]["perks"] == [] and "keep_tier" not in sale["member"]
    code, out, err = run("lookup", "913 00 777", "--json")
    assert json.loads(out)["keep_tier"]["tier"] == "Sølv"
    code, out, err = run("enroll", "--phone", "915 30 002", "--consent", "loyalty", "--referred-by", "915 99 999")
    assert code == 1 and err.startswith("pos-client: no member with")
