"""The §9 keys (issue 15): the demo program uses every mechanic, and a key used
wrongly is one line naming the file, the key and the problem."""

import pytest

from pos_client.domain.errors import ProgramError
from pos_client.domain.program_file import parse_program

from . import test_program_validation as base
from .test_program_validation import BASE, DEMO

COUPON = '\n[[coupons]]\nid = "keep"\nname = "K"\ntrigger = "manual"\namount = 50\n'


def test_the_demo_program_uses_every_mechanic():
    p = parse_program((DEMO / "program.toml").read_text(), "program.toml")
    assert p.visit_points > 0 and p.rewards and p.referral and p.stacking
    assert {t.benefit for t in p.tiers} >= {"every_purchase", "coupons"}
    assert any(t.perks for t in p.tiers) and any(t.warn_days and t.keep_offer for t in p.tiers)
    assert any(c.trigger == "anniversary" for c in p.coupons) and any(c.transferable for c in p.coupons)
    assert p.tier_named("Gull").coupons_per_period == 2
    assert not p.combines(("campaign", "leker-20"), ("tier", "")) and p.combines(("campaign", "x"), ("tier", ""))


@pytest.mark.parametrize("extra, where, problem", [
    ('benefit = "sometimes"\n', "tiers[1].benefit", "unknown benefit 'sometimes' (use every_purchase | once | coupons)"),
    ('benefit = "coupons"\n', "tiers[1].coupons_per_period", "missing"),
    ('coupons_per_period = 2\n', "tiers[1].coupons_per_period", 'only with benefit = "coupons"'),
    ('benefit = "coupons"\ncoupons_per_period = 0\n', "tiers[1].coupons_per_period", "must be >= 1"),
    ('perks = "VIP"\n', "tiers[1].perks", "must be a list of non-empty strings"),
    ('warn_days = 30\nkeep_offer = "nope"\n', "tiers[1].keep_offer", "no [[coupons]] with id 'nope'"),
    ('keep_offer = "keep"\n' + COUPON, "tiers[1].keep_offer", "needs warn_days"),
    ('warn_dayz = 30\n', "tiers[1].warn_dayz", "unknown key (did you mean 'warn_days'?)"),
    ('\n[[rewards]]\nid = "r"\nname = "R"\npoints = 0\namount = 100\n', "rewards[0].points", "must be > 0"),
    ('\n[[rewards]]\nid = "r"\nname = "R"\npoints = 10\n', "rewards[0]", "exactly one of 'percent', 'amount' or 'free_sku'"),
    ('\n[[rewards]]\nid = "keep"\nname = "R"\npoints = 10\namount = 5\n' + COUPON, "rewards[0].id",
     "already a [[coupons]] id"),
    ('\n[referral]\nmin_spend = 300\nfriend_points = 5\n', "referral", "exactly one of 'referrer_points' or 'referrer_coupon'"),
    ('\n[referral]\nreferrer_points = 5\nfriend_coupon = "w"\n', "referral.friend_coupon", "no [[coupons]] with id 'w'"),
    ('\n[referral]\nreferrer_points = 5\nfriend_points = 5\nmax_per_yaer = 3\n', "referral.max_per_yaer",
     "unknown key (did you mean 'max_per_year'?)"),
    ('\n[[stacking]]\nbenefits = ["tier"]\ncombine = false\n', "stacking[0].benefits", "must be a list of two benefits"),
    ('\n[[stacking]]\nbenefits = ["tier", "campaign:x"]\ncombine = false\n', "stacking[0].benefits",
     "no campaign with id 'x'"),
    ('\n[[stacking]]\nbenefits = ["tier", "cheque"]\ncombine = false\n', "stacking[0].benefits", "unknown benefit 'cheque'"),
    ('\n[[stacking]]\nbenefits = ["tier", "coupon"]\n', "stacking[0].combine", "missing"),
    ('\n[[stacking]]\nbenefits = ["tier", "coupon"]\ncombine = "no"\n', "stacking[0].combine", "must be true or false"),
    ('\n[[stacking]]\nbenefits = ["tier", "coupon"]\ncombine = false\n[[stacking]]\nbenefits = ["coupon", "tier"]\n'
     'combine = true\n', "stacking[1].benefits", "same pair as stacking[0]"),
    (COUPON.replace('"manual"', '"anniversary"') + 'transferable = "yes"\n', "coupons[0].transferable",
     "must be true or false"),
])
def test_a_key_used_wrongly_names_file_key_and_problem(extra, where, problem):
    base.test_mistakes_name_file_key_and_problem(extra, where, problem)     # the same one-line check


def test_visit_points_and_the_lowest_tier_cannot_warn():
    with pytest.raises(ProgramError, match="demo.toml: program.visit_points: must be a whole number"):
        parse_program(BASE.replace('currency = "NOK"', 'currency = "NOK"\nvisit_points = 2.5'), "demo.toml")
    with pytest.raises(ProgramError, match="demo.toml: tiers.0..warn_days: the lowest tier cannot be lost"):
        parse_program(BASE.replace("discount_percent = 5", "discount_percent = 5\nwarn_days = 9"), "demo.toml")
