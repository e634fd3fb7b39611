"""Scheduled automations: welcome, birthday, anniversary over a real local SMTP
server (aiosmtpd), keep-your-tier over the local SMS receiver; each message once
per member and occasion (a second run, a second HQ process, two processes at
once on PostgreSQL), only to members who consented; and the command line."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa

from sync.hq import admin
from sync.hq.console import automations
from sync.hq.console.automation_runner import run
from sync.hq.console.delivery import Config
from sync.hq.db import Database

from console_mail import SmsReceiver, SmtpServer
from till_events import Till

NOW = datetime(2026, 12, 2, 10, 0, tzinfo=timezone.utc)          # a Wednesday
DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "program.toml"


def _members(db) -> dict:
    till = Till(db)
    ids = {
        # birthday on Friday this week, enrolled two years ago this week (anniversary)
        "anna": till.enrol(datetime(2024, 12, 1, 9, 0, tzinfo=timezone.utc), "+4790000001", "anna@example.no",
                           mail=True, name="Anna Berg", birthday="1990-12-04"),
        "bo": till.enrol(NOW - timedelta(days=1), "+4790000002", "bo@example.no", mail=False, name="Bo Ek",
                         birthday="1985-12-03"),                     # no e-mail consent: nothing
        "cai": till.enrol(NOW - timedelta(days=2), "+4790000003", "cai@example.no", mail=True, name="Cai Li"),
        "dina": till.enrol(NOW - timedelta(days=1), "+4790000004", "dina@example.no", mail=True, name="Dina Ås",
                           birthday="2000-12-02"),
        "old": till.enrol(NOW - timedelta(days=40), "+4790000005", "old@example.no", mail=True, name="Olav"),
    }
    admin.erase_member(db, ids["dina"])                              # erased: nothing
    return ids


def _on(db, kind: str, text: str, channel: str = "email") -> None:
    automations.save(db, "owner@example.no", kind, True, channel, f"{kind} subject", text)


def test_welcome_birthday_anniversary_once_and_only_to_consenting_members(hq_db):
    _members(hq_db)
    _on(hq_db, "welcome", "Velkommen, {name}!")
    _on(hq_db, "birthday", "Gratulerer, {name}!")
    _on(hq_db, "anniversary", "{years} år som medlem, {name}!")
    with SmtpServer() as smtp:
        config = Config(smtp=smtp.address, mail_from="klubb@butikk.no", public_url="https://hq.example")
        assert run(hq_db, config, NOW) == {"welcome": 1, "birthday": 1, "anniversary": 1}
        assert run(hq_db, config, NOW + timedelta(hours=1)) == {"welcome": 0, "birthday": 0, "anniversary": 0}
        other = Database(hq_db.url.split("///", 1)[1])               # a second HQ process on the database
        try:
            assert sum(run(other, config, NOW + timedelta(days=1)).values()) == 0
        finally:
            other.close()
        inbox = smtp.inbox
        assert sorted(rcpts[0] for rcpts, _ in inbox.messages) == ["anna@example.no", "anna@example.no",
                                                                   "cai@example.no"]
        texts = {m["Subject"]: m.get_content() for _, m in inbox.messages}
        assert texts["welcome subject"].startswith("Velkommen, Cai!")
        assert texts["birthday subject"].startswith("Gratulerer, Anna!")
        assert texts["anniversary subject"].startswith("2 år som medlem, Anna!")
        assert "https://hq.example/unsubscribe/" in texts["birthday subject"]
    with hq_db.read() as conn:
        rows = conn.execute(sa.text("SELECT kind, occasion, status FROM console_automation_sends ORDER BY kind")).all()
    assert [tuple(r) for r in rows] == [("anniversary", "2026", "delivered"), ("birthday", "2026", "delivered"),
                                        ("welcome", "welcome", "delivered")]


def test_next_year_is_a_new_occasion_and_off_sends_nothing(hq_db):
    _members(hq_db)
    _on(hq_db, "birthday", "Gratulerer, {name}!")
    automations.save(hq_db, "owner@example.no", "welcome", False, "email", "", "Velkommen")
    with SmtpServer() as smtp:
        config = Config(smtp=smtp.address)
        assert run(hq_db, config, NOW) == {"birthday": 1}
        assert run(hq_db, config, NOW + timedelta(days=7)) == {"birthday": 0}      # not her week any more
        assert run(hq_db, config, datetime(2027, 12, 1, 10, 0, tzinfo=timezone.utc)) == {"birthday": 1}


def test_a_failed_send_is_kept_with_its_reason_and_not_sent_again(hq_db):
    _members(hq_db)
    _on(hq_db, "welcome", "Velkommen")
    assert run(hq_db, Config(smtp="127.0.0.1:1"), NOW) == {"welcome": 0}
    with hq_db.read() as conn:
        status, detail = conn.execute(sa.text("SELECT status, detail FROM console_automation_sends")).one()
    assert status == "failed" and detail.startswith("SMTP server 127.0.0.1:1:")
    with SmtpServer() as smtp:
        assert run(hq_db, Config(smtp=smtp.address), NOW) == {"welcome": 0}
        assert smtp.inbox.messages == []


def test_keep_your_tier_by_sms_before_the_spend_leaves_the_window(hq_db):
    admin.load_program(hq_db, str(DEMO))                # Sølv from 5,000 kr, qualification 365 days, warn 30
    till = Till(hq_db)
    keeps = till.enrol(NOW - timedelta(days=500), "+4790000011", sms=True, name="Kari Nord")
    safe = till.enrol(NOW - timedelta(days=500), "+4790000012", sms=True, name="Per Sør")
    quiet = till.enrol(NOW - timedelta(days=500), "+4790000013", sms=False, name="Eva Vest")
    till.sale(NOW - timedelta(days=355), 600_000, keeps)       # leaves the window in 10 days
    till.sale(NOW - timedelta(days=100), 600_000, safe)        # in 265 days
    till.sale(NOW - timedelta(days=355), 600_000, quiet)       # no SMS consent
    _on(hq_db, "keep_tier", "Hei {name}! Handle for {amount} kr innen {by} for å beholde {tier}.", channel="sms")
    with SmsReceiver() as sms:
        config = Config(sms_url=sms.url, sms_from="Butikken")
        assert run(hq_db, config, NOW) == {"keep_tier": 1}
        assert run(hq_db, config, NOW + timedelta(days=1)) == {"keep_tier": 0}
        assert [m["to"] for m in sms.received] == ["+4790000011"]
        by = (NOW - timedelta(days=355) + timedelta(days=365)).date().isoformat()
        assert sms.received[0]["text"].startswith(f"Hei Kari! Handle for 5000 kr innen {by} for å beholde Sølv.")


@pytest.mark.postgres
def test_two_hq_processes_at_once_on_postgresql_send_each_message_once(pg_admin_url):
    from sync.pgtemp import new_database
    url = new_database(pg_admin_url)
    first, second = Database(url), Database(url)
    try:
        till = Till(first)
        for i in range(12):
            till.enrol(NOW - timedelta(days=1), f"+47900001{i:02d}", f"m{i}@example.no", mail=True, name=f"M{i}")
        _on(first, "welcome", "Velkommen")
        with SmtpServer() as smtp:
            config = Config(smtp=smtp.address)
            counts = []
            threads = [threading.Thread(target=lambda db=db: counts.append(run(db, config, NOW)["welcome"]))
                       for db in (first, second)]
            for th in threads:
                th.start()
            for th in threads:
                th.join()
            assert sum(counts) == 12
            assert sorted(r[0] for r, _ in smtp.inbox.messages) == sorted(f"m{i}@example.no" for i in range(12))
    finally:
        first.close()
        second.close()


def test_command_line_runs_once_at_a_given_time(tmp_path):
    db = Database(str(tmp_path / "hq.db"))
    Till(db).enrol(NOW - timedelta(days=1), "+4790000021", "ny@example.no", mail=True, name="Ny")
    _on(db, "welcome", "Velkommen")
    db.close()
    with SmtpServer() as smtp:
        env = {**os.environ, "POS_HQ_SMTP": smtp.address}
        cmd = [sys.executable, "-m", "sync.hq.cli", "--db", str(tmp_path / "hq.db"), "automations", "run"]
        out = subprocess.run(cmd + ["--now", NOW.isoformat()], capture_output=True, text=True, env=env, timeout=60)
        assert out.returncode == 0 and out.stdout.strip() == "welcome: 1 delivered", out.stderr
        assert [r[0] for r, _ in smtp.inbox.messages] == ["ny@example.no"]
        bad = subprocess.run(cmd + ["--now", "tomorrow"], capture_output=True, text=True, env=env, timeout=60)
        assert bad.returncode != 0 and "--now: not an ISO time" in bad.stderr and "Traceback" not in bad.stderr
