"""``journal export --saft``, ``journal verify`` and ``journal public-key`` for one till.

The SAF-T file holds every journal entry of the period (local days), with the
shop, the cashiers the entries name and the articles sold.  The file is
written to a temporary name, synced and renamed, so a power cut never leaves
half a file under Skatteetaten's name.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from .. import __version__
from ..domain.errors import InvalidInput
from ..domain.journal import Entry, employees_of
from ..domain.saft import Employee, Export, Register, Software, file_name, write
from ..domain.signature import Signed, check_chain, load_public
from ..domain.shop import Shop
from ..store import journal as sj

SOFTWARE = Software(desc="Till", version=__version__, company="Till")


def parse_day(text: str | None, what: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{what}: {text!r} is not a date (use YYYY-MM-DD)") from None


def build_export(shop: Shop, registers: list[Register], start: date, end: date, created: datetime,
                 currency: str) -> Export:
    entries = [e for r in registers for e in r.entries]
    employees = [Employee(emp_id, name, datetime.fromisoformat(f"{d}T{t}"))
                 for emp_id, name, d, t in employees_of(entries)]
    return Export(shop=shop, start=start, end=end, created=created, currency=currency,
                  registers=registers, employees=employees, software=SOFTWARE)


def target_path(path: str | Path, org_number: str, created: datetime) -> Path:
    path = Path(path)
    if path.is_dir():
        return path / file_name(org_number, created)
    if path.suffix.lower() != ".xml":
        raise InvalidInput(f"{path}: give a directory or a file name ending in .xml")
    return path


def write_atomically(path: Path, data: bytes) -> Path:
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise InvalidInput(f"cannot write {path}: {exc.strerror}") from None
    return path


def export_saft(terminal, path: str | Path, first: str | None = None, last: str | None = None) -> Path:
    reg = terminal.register
    shop = reg.shop()
    now = terminal.clock()
    local = reg.local(now)
    start, end = parse_day(first, "--from"), parse_day(last, "--to")
    entries = reg.entries(start.isoformat() if start else None, end.isoformat() if end else None)
    start = start or (date.fromisoformat(entries[0].local_date) if entries else local.date())
    end = end or local.date()
    if end < start:
        raise InvalidInput("--to is before --from")
    register = Register(reg.register_id, terminal.config.terminal.name, entries)
    export = build_export(shop, [register], start, end, local.replace(tzinfo=None), terminal.currency)
    out = write_atomically(target_path(path, shop.org_number, local), write(export))
    reg.log("JOURNALEXPORT", text=f"SAF-T {start} - {end}: {out.name}")
    return out


def chain_problems(entries: list[Entry], transactions: list[Entry], public_pems: dict[str, str]) -> list[str]:
    """What is wrong with a till's journal: gaps in the entry or transaction numbers, bad signatures."""
    problems = []
    numbers = [e.entry_no for e in entries]
    if numbers != list(range(1, len(numbers) + 1)):
        problems.append("journal entry numbers have a gap: an entry is missing")
    nrs = [e.trans_nr for e in transactions]
    if nrs != list(range(1, len(nrs) + 1)):
        problems.append("transaction numbers have a gap: a signed transaction is missing")
    keys = {version: load_public(pem) for version, pem in public_pems.items()}
    problems += check_chain([Signed(str(e.trans_nr), e.local_date, e.local_time, e.amount_in, e.amount_ex,
                                    e.signature, e.key_version) for e in transactions], keys)
    return problems


def verify(terminal) -> list[str]:
    reg = terminal.register
    conn = terminal.store.read()
    return chain_problems(sj.entries(conn), sj.transactions(conn), {reg.signer.version: reg.public_key_pem()})
