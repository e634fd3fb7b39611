"""The program page: the till's parser decides, errors at the field, nothing published until valid."""

from __future__ import annotations

import json
import re
from pathlib import Path

import sqlalchemy as sa

from sync.hq import admin
from sync.hq import schema as t
from sync.hq.console import audit
from sync.hq.console.program import published

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


def _demo(db):
    admin.load_program(db, str(DEMO / "program.toml"))
    admin.load_catalogue(db, str(DEMO / "catalogue.csv"))
    return published(db)[0]


def _feed_programs(db):
    with db.read() as conn:
        return [json.loads(d) for (d,) in conn.execute(sa.select(t.changes.c.data).order_by(t.changes.c.seq))
                if json.loads(d)["type"] == "program"]


def field_errors(html: str) -> list[str]:
    return re.findall(r'class="field-error"[^>]*>([^<]*)<', html)


def test_invalid_field_is_refused_at_the_field_and_nothing_changes(hq_db, as_role):
    before = _demo(hq_db)
    c = as_role("marketer")
    r = c.post("/admin/program", {"mode": "fields", "source": before, "program.point_lifetime_days": "-5",
                                  "action": "publish"})
    assert r.status_code == 400
    assert field_errors(r.text) == ["Not valid: program.point_lifetime_days: must be &gt; 0 (got -5)"]
    assert 'id="err-program-point_lifetime_days"' in r.text and 'aria-invalid="true"' in r.text
    r = c.post("/admin/program", {"mode": "fields", "source": before, "tiers[1].min_spend": "mye",
                                  "action": "publish"})
    assert r.status_code == 400 and field_errors(r.text) == ["Enter a number."]
    r = c.post("/admin/program", {"mode": "toml", "toml": before.replace("[[tiers]]", "[[tier]]", 1),
                                  "action": "publish"})
    assert r.status_code == 400 and "unknown key" in field_errors(r.text)[0]
    assert published(hq_db)[0] == before and len(_feed_programs(hq_db)) == 1
    assert not [e for e in audit.entries(hq_db) if e["action"] == "program_publish"]


def test_error_in_norwegian_names_the_field(hq_db, as_role):
    before = _demo(hq_db)
    c = as_role("marketer")
    c.client.cookies.set("till_lang", "nb")
    r = c.post("/admin/program", {"mode": "fields", "source": before, "program.qualification_days": "1,5"})
    assert r.status_code == 400 and field_errors(r.text) == ["Skriv et helt tall."]


def test_check_previews_a_sample_basket_without_publishing(hq_db, as_role):
    before = _demo(hq_db)
    c = as_role("marketer")
    r = c.post("/admin/program", {"mode": "fields", "source": before, "tiers[2].discount_percent": "50",
                                  "basket": "DOG-001 1", "tier": "Gull", "action": "check"})
    assert r.status_code == 200, field_errors(r.text)
    assert "The draft is valid; it is not published yet." in r.text
    total = re.search(r'data-testid="preview-total">([^<]*)<', r.text).group(1)
    assert total.endswith("kr") and published(hq_db)[0] == before
    r = c.post("/admin/program", {"mode": "toml", "toml": before, "basket": "NOPE 1", "action": "check"})
    assert "Not in the catalogue: NOPE" in field_errors(r.text)


def test_publish_keeps_the_comments_puts_it_on_the_feed_and_is_audited(hq_db, as_role):
    before = _demo(hq_db)
    r = as_role("marketer").post("/admin/program", {"mode": "fields", "source": before,
                                                    "program.name": "Dyrebutikken Venner+", "action": "publish"})
    assert r.status_code == 303 and r.headers["location"] == "/admin/program?done=program_published"
    source = published(hq_db)[0]
    assert 'name = "Dyrebutikken Venner+"' in source and source.startswith("# Demo loyalty program")
    assert _feed_programs(hq_db)[-1]["source"] == source
    entry = audit.entries(hq_db)[0]
    assert entry["action"] == "program_publish" and entry["before"]["source"] == before
    assert entry["after"]["source"] == source


def test_viewer_sees_the_program_but_cannot_publish(hq_db, as_role):
    before = _demo(hq_db)
    c = as_role("viewer")
    html = c.get("/admin/program").text
    assert "Dyrebutikken Venner" in html and ">Publish<" not in html and "disabled" in html
    r = c.post("/admin/program", {"mode": "toml", "toml": before.replace("Venner", "X"), "action": "publish"})
    assert r.status_code == 403 and published(hq_db)[0] == before
