"""Segments (live member count), campaigns (coupons by e-mail/SMS, or points and
discounts published to the tills), automations, and the members' unsubscribe link."""

from __future__ import annotations

from fastapi import APIRouter, Request

from ..db import HQError
from . import automations, campaigns, i18n, segments
from .delivery import Config
from .program import published_program
from .web import Page, done, lang_of, page_for, posted, render, with_form

router = APIRouter(include_in_schema=False)


def _program(db):
    with db.read() as conn:
        return published_program(conn)


# -- segments -------------------------------------------------------------------

def _segments_page(page: Page, status: int = 200, form: dict | None = None, error: dict | None = None,
                   done: str = ""):
    db = page.request.app.state.db
    program = _program(db)
    rows = segments.all_segments(db)
    for seg in rows:
        seg["count"] = segments.count(db, seg["rules"], program)
    form = form or {}
    n = None
    try:
        n = segments.count(db, segments.parse_rules(form), program)
    except segments.RuleError:
        pass
    return page.render("segments.html", status=status, segments=rows, rules=segments.RULES, form=form,
                       error=error or {}, count=n, tiers=[x.name for x in program.tiers] if program else [],
                       categories=segments.categories(db), done=done)


@router.get("/admin/segments")
def segments_page(page: Page = page_for("view"), done: str = "", edit: str = ""):
    form = {}
    if edit:
        try:
            seg = segments.get(page.request.app.state.db, edit)
            form = {"name": seg["name"], "segment_id": edit, **{k: str(v) for k, v in seg["rules"].items()}}
        except HQError:
            raise page.refuse(page._("No such segment."), 404) from None
    return _segments_page(page, form=form, done=done)


@router.get("/admin/segments/count")
def segment_count(request: Request, page: Page = page_for("view")):
    form = dict(request.query_params)
    try:
        n = segments.count(page.request.app.state.db, segments.parse_rules(form), _program(page.request.app.state.db))
    except segments.RuleError as exc:
        return page.render("_segment_count.html", count=None, error=page._(exc.message))
    return page.render("_segment_count.html", count=n, error="")


@router.post("/admin/segments")
async def save_segment(request: Request, page: Page = posted("market")):
    return await with_form(request, page, _save_segment)


def _save_segment(page: Page, form: dict):
    db = page.request.app.state.db
    try:
        rules = segments.parse_rules(form)
        segments.count(db, rules, _program(db))          # the tier exists
        segments.save(db, page.user.email, form.get("name", ""), rules, form.get("segment_id") or None)
    except segments.RuleError as exc:
        return _segments_page(page, 400, form, {exc.key: page._(exc.message)})
    return done("/admin/segments", "segment_saved")


# -- campaigns ------------------------------------------------------------------

def _campaigns_page(page: Page, status: int = 200, form: dict | None = None, error: dict | None = None,
                    done: str = "", result: dict | None = None):
    db = page.request.app.state.db
    return page.render("campaigns.html", status=status, campaigns=campaigns.overview(db),
                       segments=segments.all_segments(db), form=form or {}, error=error or {}, done=done,
                       result=result)


@router.get("/admin/campaigns")
def campaigns_page(page: Page = page_for("view"), done: str = ""):
    return _campaigns_page(page, done=done)


@router.post("/admin/campaigns")
async def create_campaign(request: Request, page: Page = posted("market")):
    return await with_form(request, page, _create_campaign)


def _create_campaign(page: Page, form: dict):
    db = page.request.app.state.db
    try:
        if form.get("kind") in ("points", "discount"):
            campaigns.create_till_campaign(db, page.user.email, form)
            return done("/admin/campaigns", "program_published")
        campaigns.create_coupon_campaign(db, page.user.email, form)
    except campaigns.CampaignError as exc:
        return _campaigns_page(page, 400, form, {exc.key: page._(exc.message, **exc.values)})
    except HQError:
        return _campaigns_page(page, 400, form, {"segment_id": page._("Choose a segment.")})
    return done("/admin/campaigns", "campaign_saved")


@router.post("/admin/campaigns/{campaign_id}/send")
def send_campaign(campaign_id: str, page: Page = posted("market")):
    app = page.request.app
    config = getattr(app.state, "console_delivery", None) or Config.from_env()
    try:
        result = campaigns.send(app.state.db, page.user.email, campaign_id, config, str(page.request.base_url))
    except campaigns.CampaignError as exc:
        return _campaigns_page(page, 400, error={"send": page._(exc.message)})
    except HQError:
        raise page.refuse(page._("No such campaign."), 404) from None
    return _campaigns_page(page, result=result)


# -- automations ----------------------------------------------------------------

@router.get("/admin/automations")
def automations_page(page: Page = page_for("view"), done: str = ""):
    return page.render("automations.html", items=automations.all_automations(page.request.app.state.db),
                       kinds=automations.KINDS, done=done)


@router.post("/admin/automations")
async def save_automation(request: Request, page: Page = posted("market")):
    return await with_form(request, page, _save_automation)


def _save_automation(page: Page, form: dict):
    kind = form.get("kind", "")
    if kind not in automations.KINDS or form.get("channel", "email") not in campaigns.CHANNELS:
        raise page.refuse(page._("Unknown automation."))
    automations.save(page.request.app.state.db, page.user.email, kind, form.get("enabled") == "on",
                     form.get("channel", "email"), form.get("subject", ""), form.get("text", ""))
    return done("/admin/automations", "automation_saved")


# -- a member's unsubscribe link (no sign-in: the link's token is the proof) -------

@router.get("/unsubscribe/{member_id}/{channel}/{token}")
def unsubscribe_form(request: Request, member_id: str, channel: str, token: str):
    lang = lang_of(request)
    return render(request, "unsubscribe.html", lang, channel=channel, done_=False, action=request.url.path)


@router.post("/unsubscribe/{member_id}/{channel}/{token}")
def unsubscribe(request: Request, member_id: str, channel: str, token: str):
    lang = lang_of(request)
    ok = campaigns.withdraw_consent(request.app.state.db, member_id, channel, token)
    return render(request, "unsubscribe.html", lang, status=200 if ok else 404, channel=channel, done_=ok,
                  failed=not ok, action=request.url.path)
