"""The reward mechanics' lines on the receipt, in the shop's language (nb, sv, en).

The receipt is printed in the till's language, not the GUI's, so these live
beside ``hardware.receipt.LABELS`` rather than in the Qt translations (the
member panel shows the same sentences through ``resources/i18n``).
"""

from __future__ import annotations

from datetime import date

from .domain.money import format_amount
from .domain.stacking import NotApplied

TEXT = {
    "nb": {"perks": "Fordeler: {perks}",
           "keep_tier": "Handle for {amount} før {by} for å beholde {tier}",
           "referral_news": "{n} venn(er) du vervet har handlet - takk!",
           "exchanged": "Byttet {points} poeng mot: {name}",
           "reward_title": "POENGBYTTE"},
    "sv": {"perks": "Förmåner: {perks}",
           "keep_tier": "Handla för {amount} före {by} för att behålla {tier}",
           "referral_news": "{n} vän(ner) du värvat har handlat - tack!",
           "exchanged": "Bytte {points} poäng mot: {name}",
           "reward_title": "POÄNGBYTE"},
    "en": {"perks": "Perks: {perks}",
           "keep_tier": "Spend {amount} before {by} to keep {tier}",
           "referral_news": "{n} friend(s) you referred made their first purchase - thank you!",
           "exchanged": "Exchanged {points} points for: {name}",
           "reward_title": "POINTS EXCHANGE"},
}


def _table(language: str) -> dict:
    return TEXT.get(language, TEXT["en"])


def keep_tier_text(keep: dict, language: str, currency: str) -> str:
    by = date.fromisoformat(keep["by"]).strftime("%d.%m")
    return _table(language)["keep_tier"].format(
        amount=format_amount(keep["spend_needed"], currency), by=by, tier=keep["tier"])


def member_notes(member, language: str, currency: str) -> tuple[str, ...]:
    """Perks, keep-your-tier and referral news of a member, one sentence each."""
    t = _table(language)
    out = []
    if member.perks:
        out.append(t["perks"].format(perks=", ".join(member.perks)))
    if member.keep_tier:
        out.append(keep_tier_text(member.keep_tier, language, currency))
    if member.referral_news:
        out.append(t["referral_news"].format(n=member.referral_news))
    return tuple(out)


def not_applied_texts(notes: list[NotApplied], language: str) -> tuple[str, ...]:
    return tuple(n.text(language) for n in notes)


def exchanged_text(points: int, name: str, language: str) -> str:
    return _table(language)["exchanged"].format(points=points, name=name)


def reward_title(language: str) -> str:
    return _table(language)["reward_title"]
