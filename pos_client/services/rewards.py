"""Reward mechanics at the till (DESIGN.md §9): visits, the points-for-coupon
catalogue, giving a coupon to a friend, referral, anniversary and keep-tier
coupons, and what the member panel learns from the counter accounts.

Rules are in ``domain.rewards`` / ``domain.sale_rewards``; this module decides
the transactions: every change is one durable write with its outbox event,
so HQ receives it as deltas.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta

from sync.protocol import CouponGiven, CouponsIssued, EventPayload, MemberVisited, RewardExchanged

from ..domain import codes, rewards as rules
from ..domain.errors import InvalidInput, MemberNotFound
from ..domain.member import POINTS, Coupon, MemberState
from ..domain.program import CouponDef, RewardDef
from ..domain.settlement import Settlement
from ..store import writes
from ..store.rows import coupon_to_wire
from .coupons import coupon_issuer
from .events import emit


class RewardsMixin:
    """Terminal's reward operations (mixed into ``Terminal``)."""

    # -- what the panel and the rules read ------------------------------------
    def _with_rewards(self, member: MemberState) -> MemberState:
        """Counters, perks, keep-your-tier and referral news on a freshly read member."""
        program = self.program
        now = self.clock()
        if _uses_counters(program):
            c = rules.read_counters(self.store.counter_entries(member.member_id), now,
                                    program.qualification_days, self.local_day)
            member.tier_uses, member.tier_grants = c.tier_uses, c.tier_grants or {}
            member.visited_on, member.referral_rewarded = c.visited_on, c.referral_rewarded
            if c.referrals_since:
                seen = self.store.last_seen(member.member_id)
                member.referral_news = sum(1 for when in c.referrals_since if seen is None or when > seen)
            if member.referred_by and program.referral and program.referral.max_per_year:
                ref = rules.read_counters(self.store.counter_entries(member.referred_by), now,
                                          program.qualification_days, self.local_day)
                member.referrer_count = ref.referrals_this_year
        member.perks = rules.perks(program, member.tier)
        tier = program.tier_named(member.tier)
        if tier is not None and tier.warn_days:
            member.keep_tier = rules.keep_tier(program, self.store.spend_entries(member.member_id), now)
        return member

    def reward_view(self, member: MemberState) -> dict:
        """The member panel's part of the reward mechanics: perks, keep-your-tier, referral
        news, the catalogue (what the points buy now) and whether a visit still gives points."""
        program = self.program
        return {
            "perks": list(member.perks),
            "keep_tier": dict(member.keep_tier) if member.keep_tier else None,
            "referral_news": member.referral_news,
            "rewards": [(r.id, r.name, r.points, member.points >= r.points) for r in program.rewards],
            "visit_points": program.visit_points if member.visited_on != self.local_day(self.clock()) else 0,
            "giftable": [c for c in member.coupons if c.transferable],
        }

    def _rewards_after_sale(self, member: MemberState, after: MemberState, s: Settlement,
                            now: datetime) -> MemberState:
        """The member after a sale: reward points of step 7, perks and keep-tier of the new tier."""
        extra = sum(e["delta"] for e in s.extras(member.member_id)
                    if e["account"] == POINTS and e["member_id"] == member.member_id)
        after = replace(after, points=after.points + extra, perks=rules.perks(self.program, after.tier),
                        referral_rewarded=member.referral_rewarded or s.rewards.referral,
                        keep_tier=None)       # referral news: told on this visit's receipt
        tier = self.program.tier_named(after.tier)
        if tier is not None and tier.warn_days:
            entries = self.store.spend_entries(member.member_id) + ([(now, s.total)] if s.total else [])
            after.keep_tier = rules.keep_tier(self.program, entries, now)
        return after

    # -- coupons a sale earns (step 7) ------------------------------------------
    def _sale_reward_coupons(self, member: MemberState, s: Settlement, now: datetime) -> list[Coupon]:
        r, program = s.rewards, self.program
        out = []
        for _ in range(r.tier_coupons):
            out.append(self._issue_fields(
                member.member_id, now, def_id=f"tier:{r.tier_key}", name=f"{r.tier_name} {r.tier_percent:g} %",
                kind="percent", percent=r.tier_percent, valid_days=program.qualification_days))
        if r.referral and r.friend_coupon:
            out.append(self._issue(program.coupon(r.friend_coupon), member.member_id, now))
        if r.referral and r.referrer_coupon and not r.referrer_capped:
            out.append(self._issue(program.coupon(r.referrer_coupon), r.referrer_id, now))
        return out

    def _issue_fields(self, member_id: str, now: datetime, *, def_id: str, name: str, kind: str,
                      percent: float | None = None, amount: int | None = None, free_sku: str | None = None,
                      min_spend: int = 0, single_use: bool = True, valid_days: int = 30,
                      points_cost: int = 0, transferable: bool = False, coupon_id: str | None = None,
                      valid_until=None) -> Coupon:
        coupon_id = coupon_id or str(uuid.uuid4())
        valid_until = valid_until or now.date() + timedelta(days=valid_days)
        code = codes.issue_coupon_code(
            self.store.signing_key, coupon_id=coupon_id, member_id=member_id, kind=kind,
            valid_until=valid_until, def_id=def_id, percent=percent, amount=amount, free_sku=free_sku,
            min_spend=min_spend, single_use=single_use)
        return Coupon(id=coupon_id, member_id=member_id, def_id=def_id, name=name, kind=kind,
                      issued_at=now, valid_until=valid_until, code=code, percent=percent, amount=amount,
                      free_sku=free_sku, min_spend=min_spend, single_use=single_use,
                      points_cost=points_cost, transferable=transferable)

    def _known_definition(self, coupon: Coupon) -> Coupon:
        """A coupon read from a scanned code only: point cost and transferability from the program."""
        reward = self.program.reward(coupon.def_id)
        if reward is not None:
            return replace(coupon, points_cost=reward.points, transferable=reward.transferable)
        definition = self.program.coupon(coupon.def_id)
        return replace(coupon, transferable=definition.transferable) if definition else coupon

    # -- coupons when a member is served (anniversary, keep your tier) -----------
    def _attach_coupons(self, member: MemberState) -> MemberState:
        now = self.clock()
        program = self.program
        due: list[CouponDef] = []
        anniversary = program.coupons_triggered_by("anniversary")
        if anniversary and rules.in_anniversary_week(member.created_at, now.date()) and not \
                self.store.birthday_coupon_issued(member.member_id, [d.id for d in anniversary], now.year):
            due += anniversary
        tier = program.tier_named(member.tier)
        if member.keep_tier and tier and tier.keep_offer and not self.store.coupon_issued_since(
                member.member_id, tier.keep_offer, now - timedelta(days=tier.warn_days)):
            due.append(program.coupon(tier.keep_offer))
        if not due:
            return member
        coupons = [self._issue(d, member.member_id, now) for d in due]
        self._write_event(CouponsIssued(member_id=member.member_id,
                                        coupons_issued=[coupon_to_wire(c) for c in coupons], ledger=[]),
                          coupons=coupons)
        return self.member(member.member_id)

    # -- visits -------------------------------------------------------------------
    @staticmethod
    def local_day(when: datetime) -> date:
        """The shop's calendar day at ``when``: the till's own time zone (the shop PC's, as its
        receipts print the time: ``Register.local``), Europe/Oslo or Europe/Stockholm."""
        return when.astimezone().date()

    def visit(self, member: MemberState) -> MemberState:
        """Visit points for showing the card without buying (once per member per day)."""
        today = self.local_day(self.clock())
        ledger = rules.visit_ledger(self.program, member, today)
        self._write_event(MemberVisited(member_id=member.member_id, day=today.isoformat(),
                                        points=self.program.visit_points, ledger=ledger))
        return self.member(member.member_id)

    # -- the reward catalogue -------------------------------------------------------
    def exchange_reward(self, member: MemberState, reward_id: str) -> tuple[Coupon, MemberState]:
        """Spend points on a ``[[rewards]]`` coupon; it prints as a signed QR at once."""
        now = self.clock()
        reward = rules.check_exchange(self.program, member, reward_id)
        coupon = self._reward_coupon(reward, member.member_id, now)
        self._write_event(RewardExchanged(
            member_id=member.member_id, reward_id=reward.id, points=reward.points,
            coupons_issued=[coupon_to_wire(coupon)], ledger=rules.exchange_ledger(member, reward)),
            coupons=[coupon], receipt=("reward", member, coupon))
        return coupon, self.member(member.member_id)

    def _reward_coupon(self, reward: RewardDef, member_id: str, now: datetime) -> Coupon:
        kind = "percent" if reward.percent is not None else ("amount" if reward.amount is not None else "free_sku")
        return self._issue_fields(member_id, now, def_id=reward.id, name=reward.name, kind=kind,
                                  percent=reward.percent, amount=reward.amount, free_sku=reward.free_sku,
                                  valid_days=reward.valid_days, points_cost=reward.points,
                                  transferable=reward.transferable)

    # -- giving a coupon to a friend ---------------------------------------------------
    def give_coupon(self, code_or_id: str, to: MemberState, giver: MemberState | None = None
                    ) -> tuple[Coupon, MemberState]:
        """Pass an unused transferable coupon to another member: same coupon id (single
        use holds across both), a new code signed for the new owner."""
        now = self.clock()
        coupon = self.coupon_from_scan(code_or_id)
        rules.check_transfer(coupon, giver.member_id if giver else None, to, now.date())
        moved = self._issue_fields(
            to.member_id, now, coupon_id=coupon.id, def_id=coupon.def_id, name=coupon.name, kind=coupon.kind,
            percent=coupon.percent, amount=coupon.amount, free_sku=coupon.free_sku,
            min_spend=coupon.min_spend, single_use=coupon.single_use, valid_until=coupon.valid_until,
            points_cost=coupon.points_cost, transferable=coupon.transferable)
        moved = replace(moved, issued_at=coupon.issued_at)
        wire = {**coupon_to_wire(moved), "given_from": coupon.member_id}

        def tx(conn):
            writes.give_coupon(conn, moved, coupon_issuer(coupon))
            emit(conn, self.store.terminal_id, CouponGiven(
                coupon_id=coupon.id, from_member_id=coupon.member_id, member_id=to.member_id,
                coupon=wire, ledger=[]), now)

        self.store.write(tx)
        return moved, self.member(to.member_id)

    # -- plumbing --------------------------------------------------------------------
    def _write_event(self, payload: EventPayload, *, coupons: list[Coupon] = (), receipt=None) -> None:
        now = self.clock()
        receipt_json = None
        if receipt is not None:
            from ..printing import reward_receipt
            _, member, coupon = receipt
            receipt_json = reward_receipt(self, when=now, member=member, coupon=coupon).to_json()

        def tx(conn):
            writes.insert_coupons(conn, list(coupons), self.store.terminal_id)
            emit(conn, self.store.terminal_id, payload, now)
            if receipt_json is not None:
                writes.enqueue_print(conn, writes.next_receipt_no(conn), receipt_json, now)

        self.store.write(tx)


def _uses_counters(program) -> bool:
    return bool(program.visit_points or program.referral
                or any(t.benefit != "every_purchase" for t in program.tiers))


def referrer_of(terminal, query: str | None) -> str | None:
    """The referring member's id from a phone or a scanned card (enrolment)."""
    if not query:
        return None
    if terminal.program.referral is None:
        raise InvalidInput("this program has no refer-a-friend ([referral])")
    referrer = terminal.lookup(query)
    if referrer is None:
        raise MemberNotFound(f"no member with {query.strip()!r} to refer a friend", query=query.strip())
    return referrer.member_id
