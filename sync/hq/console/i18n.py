"""The console's words in nb, sv and en: English is the key, ``CATALOGUE``
holds the Norwegian and Swedish.  tests/console/test_i18n.py checks that every
string the templates and routes show is here in both.
"""

from __future__ import annotations

from .catalogue import CATALOGUE

LANGS = {"nb": "Norsk", "sv": "Svenska", "en": "English"}
DEFAULT = "en"

# Messages shown after a redirect (?done=key).
DONE = {
    "user_saved": "Saved.",
    "terminal_revoked": "The till is revoked.",
    "conflict_resolved": "The conflict is marked resolved.",
    "member_erased": "The member's personal data is erased; the tills forget it on their next sync.",
    "program_published": "Published. The tills get the program on their next sync.",
    "campaign_saved": "Saved.",
    "campaign_sent": "Sent.",
    "segment_saved": "Saved.",
    "automation_saved": "Saved.",
}
# Audit-log action names.
ACTIONS = {
    "user_add": "User added", "user_update": "User changed", "user_role": "Role changed",
    "user_disable": "User disabled", "sign_in": "Signed in", "pairing_code": "Pairing code made",
    "terminal_revoke": "Till revoked", "conflict_resolve": "Conflict resolved",
    "member_export": "Member data exported", "member_erase": "Member erased",
    "program_publish": "Program published", "segment_save": "Segment saved", "segment_delete": "Segment deleted",
    "campaign_save": "Campaign saved", "campaign_send": "Campaign sent", "automation_save": "Automation saved",
    "consent_withdrawn": "Consent withdrawn",
}
# Conflict kinds (sync/hq/ingest.py).
KINDS = {"seq_gap": "Missing events from a till", "duplicate_phone": "Phone enrolled twice",
         "coupon_reused": "Single-use coupon used twice", "negative_balance": "Points below zero"}
CAMPAIGN_KINDS = {"coupon": "Coupon by message", "points": "Points multiplier", "discount": "Discount %"}
# Words that come from data: roles, consent purposes, ledger accounts.
WORDS = ("owner", "marketer", "viewer", "loyalty", "sms", "email", "points", "spend", "cheques")


def gettext(lang: str, text: str, **values) -> str:
    if lang != "en":
        pair = CATALOGUE.get(text)
        if pair is not None:
            text = pair[0] if lang == "nb" else pair[1]
    return text.format(**values) if values else text


def from_accept_language(header: str) -> str:
    """The best of nb/sv/en for an Accept-Language header ('no', 'nn' count as nb)."""
    best, best_q = DEFAULT, -1.0
    for i, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        base = tag.strip().lower().split("-")[0]
        base = {"no": "nb", "nn": "nb"}.get(base, base)
        if base not in LANGS:
            continue
        try:
            q = float(params.strip()[2:]) if params.strip().startswith("q=") else 1.0
        except ValueError:
            q = 0.0
        if q > best_q:
            best, best_q = base, q - i * 1e-6
    return best


def kroner(ore: int | float | None) -> str:
    """øre -> '1 234,50 kr' (the Nordic way, in every language of the console)."""
    if ore is None:
        return "—"
    sign = "-" if ore < 0 else ""
    whole, frac = divmod(round(abs(ore)), 100)
    return f"{sign}{whole:,}".replace(",", "\u00a0") + f",{frac:02d}\u00a0kr"


def number(value: int | float | None) -> str:
    """12345 -> '12 345' (a no-break space between thousands)."""
    return "—" if value is None else f"{value:,}".replace(",", "\u00a0")


def percent(ratio: float) -> str:
    return f"{ratio * 100:.1f}".replace(".", ",") + "\u00a0%"
