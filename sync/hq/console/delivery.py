"""Sending campaign messages: e-mail through any SMTP server, SMS through a
provider adapter (one HTTP implementation).  Configured from the environment:

- ``POS_HQ_SMTP`` host:port, ``POS_HQ_SMTP_USER`` / ``POS_HQ_SMTP_PASSWORD``,
  ``POS_HQ_SMTP_STARTTLS=1``, ``POS_HQ_MAIL_FROM``
- ``POS_HQ_SMS_URL`` (a JSON POST per message: {to, from, text}),
  ``POS_HQ_SMS_TOKEN`` (sent as ``Authorization: Bearer``), ``POS_HQ_SMS_FROM``
- ``POS_HQ_PUBLIC_URL``: the address members reach HQ at (unsubscribe links)
"""

from __future__ import annotations

import os
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid

import httpx


class NotDelivered(Exception):
    """One message the server or provider did not take (one line, kept with the message)."""


@dataclass
class Config:
    smtp: str = ""
    smtp_user: str = ""
    smtp_password: str = ""
    starttls: bool = False
    mail_from: str = "noreply@localhost"
    sms_url: str = ""
    sms_token: str = ""
    sms_from: str = "Till"
    public_url: str = ""

    @classmethod
    def from_env(cls) -> "Config":
        e = os.environ.get
        return cls(smtp=e("POS_HQ_SMTP", ""), smtp_user=e("POS_HQ_SMTP_USER", ""),
                   smtp_password=e("POS_HQ_SMTP_PASSWORD", ""), starttls=e("POS_HQ_SMTP_STARTTLS") == "1",
                   mail_from=e("POS_HQ_MAIL_FROM", "noreply@localhost"), sms_url=e("POS_HQ_SMS_URL", ""),
                   sms_token=e("POS_HQ_SMS_TOKEN", ""), sms_from=e("POS_HQ_SMS_FROM", "Till"),
                   public_url=e("POS_HQ_PUBLIC_URL", ""))


class Mailer:
    """One SMTP connection for a whole send-out."""

    def __init__(self, config: Config) -> None:
        if not config.smtp:
            raise NotDelivered("no SMTP server configured (POS_HQ_SMTP)")
        host, _, port = config.smtp.rpartition(":")
        self.config = config
        try:
            self.smtp = smtplib.SMTP(host or config.smtp, int(port or 25), timeout=30)
            if config.starttls:
                self.smtp.starttls()
            if config.smtp_user:
                self.smtp.login(config.smtp_user, config.smtp_password)
        except (OSError, smtplib.SMTPException, ValueError) as exc:
            raise NotDelivered(f"SMTP server {config.smtp}: {exc}") from None

    def send(self, to: str, subject: str, text: str, unsubscribe: str = "") -> None:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = self.config.mail_from, to, subject
        msg["Message-ID"] = make_msgid()
        if unsubscribe:
            msg["List-Unsubscribe"] = f"<{unsubscribe}>"
        msg.set_content(text)
        try:
            refused = self.smtp.send_message(msg)
        except smtplib.SMTPException as exc:
            raise NotDelivered(f"{to}: {exc}") from None
        if refused:
            raise NotDelivered(f"{to}: refused by the server")

    def close(self) -> None:
        try:
            self.smtp.quit()
        except (OSError, smtplib.SMTPException):
            pass


class HttpSms:
    """An SMS provider that takes one JSON POST per message and answers 2xx when it accepted it."""

    def __init__(self, config: Config) -> None:
        if not config.sms_url:
            raise NotDelivered("no SMS provider configured (POS_HQ_SMS_URL)")
        headers = {"Authorization": f"Bearer {config.sms_token}"} if config.sms_token else {}
        self.config = config
        self.http = httpx.Client(timeout=15, headers=headers)

    def send(self, to: str, text: str) -> None:
        try:
            resp = self.http.post(self.config.sms_url, json={"to": to, "from": self.config.sms_from, "text": text})
        except httpx.HTTPError as exc:
            raise NotDelivered(f"SMS provider unreachable: {type(exc).__name__}") from None
        if resp.status_code >= 300:
            raise NotDelivered(f"SMS provider answered {resp.status_code}")

    def close(self) -> None:
        self.http.close()
