"""Members at the till: look-up, the member panel, enrolment and bulk import."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path

from sync.protocol import MemberEnrolled

from .. import files
from ..domain import codes
from ..domain.errors import ConsentRequired, InvalidInput, MemberNotFound, TillError
from ..domain.member import MemberState, in_birthday_week, tier_progress
from ..domain.phone import looks_like_phone, mask_phone, normalise_phone
from ..store import writes
from ..store.rows import coupon_to_wire, iso
from .events import emit
from .rewards import referrer_of

CONSENT_PURPOSES = ("loyalty", "sms", "email")
CONSENT_TEXT_VERSION = "2026-1"


class MembersMixin:
    """Terminal's member operations (mixed into ``Terminal``)."""

    def _state(self, row) -> MemberState:
        program = self.program
        member = self.store.member_state(
            row, self.clock(), program.point_lifetime_days, program.qualification_days
        )
        member.tier = program.tier_for(member.qualifying_spend).name
        return self._with_rewards(member)

    def classify(self, text: str) -> str:
        """What a scan or typed input is: member_code, coupon_code, ean, phone or unknown."""
        text = text.strip()
        if codes.looks_like_code(text):
            return "coupon_code" if text.upper().startswith("TLC") else "member_code"
        if text.isdigit() and len(text) in (8, 12, 13) and self.store.product(text) is not None:
            return "ean"
        if looks_like_phone(text):
            return "phone"
        if self.store.product(text) is not None:
            return "ean"
        return "unknown"

    def lookup(self, query: str) -> MemberState | None:
        """A phone number in any usual format, or a scanned member QR payload.

        A forged or damaged code raises ``CodeRefused`` and is never looked up.
        """
        query = (query or "").strip()
        if codes.looks_like_code(query):
            code = codes.verify_member(query, self.store.keyring())
            row = self.store.member_by_id(code.member_id)
        elif looks_like_phone(query):
            row = self.store.member_by_phone(normalise_phone(query, self.region))
        else:
            raise InvalidInput(f"{query!r} is neither a phone number nor a member card",
                               key="not_phone_or_card", text=query)
        return self._state(row) if row is not None else None

    def member(self, member_id: str) -> MemberState | None:
        row = self.store.member_by_id(member_id)
        return self._state(row) if row is not None else None

    def require_member(self, query: str) -> MemberState:
        member = self.lookup(query)
        if member is None:
            raise MemberNotFound(f"no member with {query.strip()!r}", query=query.strip())
        return member

    def find_members(self, text: str) -> list[MemberState]:
        """Name search for a member who forgot the phone; a phone works too."""
        text = text.strip()
        if looks_like_phone(text):
            try:
                member = self.lookup(text)
            except TillError:
                member = None
            return [member] if member else []
        if len(text) < 2:
            return []
        return [self._state(row) for row in self.store.members_by_name(text)]

    def member_phones(self, limit: int, sample: bool = False) -> list[str]:
        """Members' phone numbers, in order or ``sample``d at random (benchmarks, self-test)."""
        return self.store.member_phones(limit, sample)

    def member_code(self, member: MemberState) -> str:
        """The member's own QR payload (Ed25519 signatures are deterministic, so cache it)."""
        code = self._member_codes.get(member.member_id)
        if code is None:
            if len(self._member_codes) > 10_000:
                self._member_codes.clear()
            code = self._member_codes[member.member_id] = codes.issue_member_code(
                self.store.signing_key, member.member_id)
        return code

    def member_view(self, member: MemberState) -> dict:
        """What the member panel shows: no more personal data than the cashier needs."""
        program = self.program
        current, upcoming, missing = tier_progress(program, member.qualifying_spend)
        return {
            "name": member.name,
            "phone_masked": mask_phone(member.phone),
            "email_masked": _mask_email(member.email),
            "tier": current.name,
            "next_tier": upcoming.name if upcoming else None,
            "to_next_tier": missing,
            "points": member.points,
            "point_value": program.point_value,
            # Paid stamps, not folded into one card: a free unit saved for next time
            # leaves a full card and more (settlement.py, save_rewards).
            "punch_cards": [
                (card.name, max(member.stamps.get(card.id, 0), 0), card.stamps_required)
                for card in program.punch_cards
            ],
            "coupons": list(member.coupons),
            "birthday_week": in_birthday_week(member.birthday, self.clock().date()),
            **self.reward_view(member),
        }

    def enroll(
        self, phone: str, name: str = "", email: str = "", birthday: date | str | None = None,
        consents: set[str] | list[str] | tuple[str, ...] = ("loyalty",), referred_by: str | None = None,
    ) -> MemberState:
        """Enrol at the till: consent per purpose recorded, welcome coupons issued.
        ``referred_by``: the referring member's phone or scanned card (refer a friend)."""
        wanted = {c.strip().lower() for c in consents if c.strip()}
        unknown = wanted - set(CONSENT_PURPOSES)
        if unknown:
            raise InvalidInput(f"unknown consent purpose {sorted(unknown)[0]!r} (use loyalty, sms, email)")
        if "loyalty" not in wanted:
            raise ConsentRequired("the member must consent to 'loyalty' to join")
        e164 = normalise_phone(phone, self.region)
        if isinstance(birthday, str) and birthday:
            try:
                birthday = date.fromisoformat(birthday)
            except ValueError:
                raise InvalidInput(f"{birthday!r} is not a date (use YYYY-MM-DD)") from None
        now = self.clock()
        if birthday and birthday > now.date():
            raise InvalidInput("the birthday is in the future")
        email = (email or "").strip()
        if email and ("@" not in email or " " in email):
            raise InvalidInput(f"{email!r} is not an e-mail address")
        if self.store.member_by_phone(e164) is not None:
            raise InvalidInput(f"{e164} is already a member")
        referrer_id = referrer_of(self, referred_by)
        member_id = str(uuid.uuid4())
        consent_map = {purpose: purpose in wanted for purpose in CONSENT_PURPOSES}
        coupons = [self._issue(d, member_id, now) for d in self.program.coupons_triggered_by("enrolment")]
        profile = {
            "member_id": member_id, "phone": e164, "name": (name or "").strip(), "email": email,
            "birthday": birthday.isoformat() if birthday else None,
            "consents": json.dumps(consent_map, sort_keys=True), "created_at": iso(now),
            "referred_by": referrer_id,
        }

        def tx(conn):
            if not writes.upsert_member(conn, profile):
                raise InvalidInput(f"{e164} is already a member")
            writes.record_consents(conn, member_id, consent_map, CONSENT_TEXT_VERSION, now,
                                   self.store.terminal_id)
            writes.insert_coupons(conn, coupons, self.store.terminal_id)
            emit(conn, self.store.terminal_id, _enrolled(
                profile, consent_map, CONSENT_TEXT_VERSION, [coupon_to_wire(c) for c in coupons]), now)

        self.store.write(tx)
        return self.member(member_id)

    def import_members(self, path: Path | str) -> int:
        """Standalone bulk import; members already known by phone are skipped."""
        rows = files.load_members(path, self.region)
        now = self.clock()

        def tx(conn):
            added = 0
            for row in rows:
                member_id = str(uuid.uuid4())
                profile = {
                    "member_id": member_id, "phone": row.phone, "name": row.name,
                    "email": row.email or "", "birthday": row.birthday.isoformat() if row.birthday else None,
                    "consents": json.dumps(row.consents, sort_keys=True), "created_at": iso(now),
                }
                if not writes.upsert_member(conn, profile):
                    continue
                writes.record_consents(conn, member_id, row.consents, "import", now, self.store.terminal_id)
                emit(conn, self.store.terminal_id, _enrolled(profile, row.consents, "import", []), now)
                added += 1
            return added

        return self.store.write(tx)


def _enrolled(profile: dict, consents: dict[str, bool], text_version: str, coupons: list[dict]) -> MemberEnrolled:
    """The ``member_enrolled`` event of a new member's profile row."""
    referred = {"referred_by": profile["referred_by"]} if profile.get("referred_by") else {}
    return MemberEnrolled(
        member_id=profile["member_id"], phone=profile["phone"], name=profile["name"], email=profile["email"],
        birthday=profile["birthday"], **referred, consents=consents, consent_text_version=text_version,
        coupons_issued=coupons, ledger=[])


def _mask_email(email: str) -> str:
    if not email or "@" not in email:
        return ""
    user, _, domain = email.partition("@")
    return f"{user[:1]}•••@{domain}"
