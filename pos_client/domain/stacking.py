"""Which benefits may share a line, and the note a line gets when one may not.

The program's ``[[stacking]]`` rules (DESIGN.md §9) are exceptions to the
default, which is today's: every benefit combines.  A benefit that a rule
keeps off a line leaves a ``NotApplied`` on it, so the screen and the
receipt can say why ("not with Kampanje X").  Earlier steps of the
settlement order win: a later benefit is the one left off.
"""

from __future__ import annotations

from dataclasses import dataclass

NOT_WITH = "not_with"
USED_THIS_PERIOD = "used_this_period"
AS_COUPONS = "as_coupons"
REASONS = {                  # English; the GUI shows them through resources/i18n (area "rewards")
    NOT_WITH: "not with {other}",
    USED_THIS_PERIOD: "once per period: already used",
    AS_COUPONS: "given as coupons, not on every purchase",
}
# The receipt is printed in the shop's language; the GUI translates the same keys.
REASON_TEXT = {
    "nb": {NOT_WITH: "ikke sammen med {other}", USED_THIS_PERIOD: "én gang per periode: allerede brukt",
           AS_COUPONS: "gis som kuponger"},
    "sv": {NOT_WITH: "inte tillsammans med {other}", USED_THIS_PERIOD: "en gång per period: redan använd",
           AS_COUPONS: "ges som kuponger"},
    "en": REASONS,
}


@dataclass(frozen=True)
class NotApplied:
    kind: str                # the benefit that did not apply: campaign | tier | coupon
    name: str
    why: str                 # NOT_WITH | USED_THIS_PERIOD | AS_COUPONS
    other: str = ""          # the benefit it does not combine with

    @property
    def reason(self) -> str:
        return REASONS[self.why].format(other=self.other)

    def text(self, language: str) -> str:
        table = REASON_TEXT.get(language, REASONS)
        return f"{self.name}: " + table[self.why].format(other=self.other)

    def to_json(self) -> dict:
        out = {"kind": self.kind, "name": self.name, "reason": self.reason, "why": self.why}
        if self.other:
            out["other"] = self.other
        return out

    @classmethod
    def from_json(cls, d: dict) -> "NotApplied":
        return cls(d["kind"], d["name"], d["why"], d.get("other", ""))


def blocker(program, applied: list[tuple[str, str, str]], kind: str, ident: str) -> str | None:
    """The name of the first benefit already on the line that ``kind:ident`` may not join."""
    for a_kind, a_id, a_name in applied:
        if not program.combines((a_kind, a_id), (kind, ident)):
            return a_name
    return None
