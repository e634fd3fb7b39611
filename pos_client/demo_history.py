"""Demo mode's past: two demo members with a year of shopping, so a newcomer sees
"keep your tier" (Sigrid Lund, Sølv until old spend leaves the window) and can
exchange points for a coupon (Per Berg, 1 800 points) without ringing up a year.

Only for the demo till (no HQ): the entries are posted to the local ledger
under ``demo-history:`` ids, with no outbox events.
"""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path

from .domain.member import CHEQUES, POINTS, SPEND
from .domain.money import to_ore
from .domain.phone import normalise_phone


def history_entries(path: Path, region: str, now: datetime, cheque_every: int = 0
                    ) -> list[tuple[str, str, int, datetime]]:
    """(phone E.164, account, delta, when) rows of ``history.csv``; with ``cheque_every``
    also the bonus cheques that past spend already earned (so the first sale issues none twice)."""
    out = []
    spent: dict[str, int] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            when = now - timedelta(days=int(row["days_ago"]))
            phone = normalise_phone(row["phone"], region)
            out.append((phone, SPEND, to_ore(float(row["spend"])), when))
            out.append((phone, POINTS, int(row["points"]), when))
            before = spent.get(phone, 0)
            spent[phone] = before + to_ore(float(row["spend"]))
            if cheque_every and spent[phone] // cheque_every > before // cheque_every:
                out.append((phone, CHEQUES, spent[phone] // cheque_every - before // cheque_every, when))
    return out
