"""Every mistake in a program or catalogue file is one line: file, key, problem."""

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from pos_client.domain.catalogue_file import parse_catalogue, parse_members
from pos_client.domain.errors import ProgramError
from pos_client.domain.program_file import parse_program

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
BASE = '''
[program]
id = "p"
name = "P"
currency = "NOK"

[[tiers]]
name = "Bronse"
min_spend = 0
discount_percent = 5

[[tiers]]
name = "Sølv"
min_spend = 5000
discount_percent = 10
'''


def test_demo_program_parses_in_ore():
    program = parse_program((DEMO / "program.toml").read_text(), "program.toml")
    assert [t.name for t in program.tiers] == ["Bronse", "Sølv", "Gull"]
    assert program.tiers[1].min_spend == 500_000 and program.point_value == 10
    assert program.bonus_cheque.every_spend == 200_000 and program.bonus_cheque.amount == 10_000
    assert program.punch_cards[0].stamps_required == 8


@pytest.mark.parametrize("extra, where, problem", [
    ('[bonus_cheque]\nevery_spend = 2000\namount = 100\nvalid_dayz = 3\n', "bonus_cheque.valid_dayz",
     "unknown key (did you mean 'valid_days'?)"),
    ('[[punch_cards]]\nid = "d"\nname = "D"\ncategory = 7\nstamps_required = 8\n', "punch_cards[0].category",
     "unknown category type"),
    ('[[punch_cards]]\nid = "d"\nname = "D"\ncategory = "x"\nstamps_required = 1\n', "punch_cards[0].stamps_required",
     "must be >= 2"),
    ('[[coupons]]\nid = "c"\nname = "C"\ntrigger = "easter"\npercent = 10\n', "coupons[0].trigger",
     "unknown trigger 'easter'"),
    ('[[coupons]]\nid = "c"\nname = "C"\ntrigger = "manual"\npercent = 10\namount = 5\n', "coupons[0]",
     "exactly one of 'percent', 'amount' or 'free_sku'"),
    ('[[coupons]]\nid = "c"\nname = "C"\ntrigger = "manual"\namount = -5\n', "coupons[0].amount",
     "must be >= 0"),
    ('[[coupons]]\nid = "c"\nname = "C"\ntrigger = "manual"\npercent = true\n', "coupons[0].percent",
     "must be a number"),
    ('[[tiers]]\nname = "Gull"\nmin_spend = 5000\n', "tiers[2].min_spend", "overlapping tiers"),
    ('[[campaigns]]\nid = "x"\nname = "X"\nskus = ["A"]\nstarts = 2026-12-24\nends = 2026-12-01\n',
     "campaigns[0].ends", "is before starts"),
])
def test_mistakes_name_file_key_and_problem(extra, where, problem):
    with pytest.raises(ProgramError) as caught:
        parse_program(BASE + extra, "demo.toml")
    message = caught.value.message
    assert message.startswith(f"demo.toml: {where}: ") and problem in message, message
    assert "\n" not in message


def test_currency_and_syntax_errors():
    with pytest.raises(ProgramError, match="demo.toml: program.currency: unknown currency 'USD'"):
        parse_program(BASE.replace('"NOK"', '"USD"'), "demo.toml")
    with pytest.raises(ProgramError, match="demo.toml: not valid TOML"):
        parse_program("[program\n", "demo.toml")
    with pytest.raises(ProgramError, match="lowest tier must have min_spend = 0"):
        parse_program(BASE.replace("min_spend = 0", "min_spend = 10"), "demo.toml")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_garbage_is_only_ever_a_program_error(text):
    try:
        parse_program(text, "x.toml")
    except ProgramError:
        pass


def test_catalogue_errors_name_line_and_column():
    head = "sku,ean,name,price,vat_percent,category\n"
    with pytest.raises(ProgramError, match="c.csv: line 2, price: 'abc' is not an amount"):
        parse_catalogue(head + "A,,Ball,abc,25,leker\n", "c.csv")
    with pytest.raises(ProgramError, match="line 2, price: must not be negative"):
        parse_catalogue(head + "A,,Ball,-1.00,25,leker\n", "c.csv")
    with pytest.raises(ProgramError, match="line 2, ean: '7038010000011' is not a valid EAN"):
        parse_catalogue(head + "A,7038010000011,Ball,1.00,25,leker\n", "c.csv")
    with pytest.raises(ProgramError, match="line 3, sku: duplicate 'A'"):
        parse_catalogue(head + "A,,Ball,1.00,25,leker\nA,,Ball,1.00,25,leker\n", "c.csv")
    with pytest.raises(ProgramError, match="line 1: the header must be"):
        parse_catalogue("sku,name\n", "c.csv")
    assert parse_catalogue("\ufeff" + head + "A,7038010000010,Ball,249.90,25,leker\n")[0].price == 24_990


def test_members_csv_normalises_phones_and_requires_loyalty_consent():
    head = "phone,name,email,birthday,consent\n"
    rows = parse_members(head + "912 34 567,Kari,,1990-01-02,loyalty;sms\n", "m.csv")
    assert rows[0].phone == "+4791234567" and rows[0].consents == {"loyalty": True, "sms": True, "email": False}
    with pytest.raises(ProgramError, match="m.csv: line 2, consent: 'loyalty' consent is required"):
        parse_members(head + "912 34 567,Kari,,,sms\n", "m.csv")
    with pytest.raises(ProgramError, match="line 2, phone:"):
        parse_members(head + "12,Kari,,,loyalty\n", "m.csv")
    se = parse_members(head + "070-123 45 67,Sven,,,loyalty\n", "m.csv", region="SE")
    assert se[0].phone == "+46701234567"
