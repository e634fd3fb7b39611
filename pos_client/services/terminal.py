"""The terminal: config, store, program and keys, and the operations on them.

The operations live in one module per job (members, coupons, returns,
status, hq); ``Terminal`` mixes them together behind one object.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from .. import files
from ..config import Config, load_config
from ..domain.catalogue import Product
from ..domain.errors import InvalidInput, UnknownProduct
from ..domain.member import MemberState
from ..domain.program import Program
from ..store import journal, writes
from ..store.store import Store
from .coupons import CouponsMixin
from .hq import HQMixin
from .members import MembersMixin
from .returns import ReturnsMixin
from .rewards import RewardsMixin
from .sale import Sale
from .status import StatusMixin

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
DEMO_DIR = RESOURCES / "demo"

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class Terminal(MembersMixin, CouponsMixin, RewardsMixin, ReturnsMixin, StatusMixin, HQMixin):
    def __init__(self, config: Config, store: Store, clock: Clock) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self._program: Program | None = None
        self._program_source: str | None = None
        self._program_checked = 0.0
        self._member_codes: dict[str, str] = {}
        from .register import CashRegister
        self.register = CashRegister(self)      # Norway's cash register rules (DESIGN.md §8)

    # -- opening -----------------------------------------------------------
    @classmethod
    def open(
        cls, data_dir: Path | str | None = None, *, config: Config | None = None,
        clock: Clock | None = None,
    ) -> "Terminal":
        config = config or load_config()
        if data_dir is not None:
            config = replace(config, terminal=replace(config.terminal, data_dir=str(data_dir)))
        store = Store.open(config.data_path)
        terminal = cls(config, store, clock or utc_now)
        if config.demo and store.program_source() is None:
            terminal.load_demo()
        return terminal

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Terminal":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def load_demo(self) -> None:
        """Demo mode: the pet-shop program, catalogue and members of resources/demo."""
        self.load_program(DEMO_DIR / "program.toml")
        self.load_catalogue(DEMO_DIR / "catalogue.csv")
        self.import_members(DEMO_DIR / "members.csv")
        from ..demo_history import history_entries
        cheque = self.program.bonus_cheque
        rows = history_entries(DEMO_DIR / "history.csv", self.region, self.clock(),
                               cheque.every_spend if cheque else 0)
        self.store.write(lambda conn: writes.post_history(conn, rows))

    # -- program and catalogue ---------------------------------------------
    @property
    def program(self) -> Program:
        # Re-read at most once a second: a sale asks several times, and a new
        # program (from HQ or `program load`) may take a second to apply.
        if self._program is not None and time.monotonic() - self._program_checked < 1.0:
            return self._program
        self._program_checked = time.monotonic()
        source = self.store.program_source()
        if source is None:
            raise InvalidInput(
                "no loyalty program loaded: run `pos-client program load FILE.toml` or pair with HQ"
            )
        if source != self._program_source:
            from ..domain.program_file import parse_program
            self._program = parse_program(source, "program")
            self._program_source = source
        return self._program

    @property
    def region(self) -> str:
        return self.config.terminal.country

    @property
    def currency(self) -> str:
        return self.config.terminal.currency

    def load_program(self, path: Path | str) -> Program:
        program = files.load_program(path)
        now = self.clock()

        def tx(conn):
            writes.replace_program(conn, program.id, program.source, now)
            self.register.append(conn, "MASTERDATA", when=now, text=f"program {program.id} loaded",
                                 body={"program": program.id})
        self.store.write(tx)
        self._program = None
        return program

    def load_catalogue(self, path: Path | str) -> int:
        products = files.load_catalogue(path)
        now = self.clock()

        def tx(conn):
            changed = journal.price_changes(conn, products)     # journaled in the same transaction
            writes.upsert_products(conn, products)
            if changed:
                self.register.append(conn, "PRICECHANGE", when=now, text=f"{len(changed)} prices changed",
                                     body={"changes": changed})
        self.store.write(tx)
        return len(products)

    def products(self) -> list[Product]:
        return self.store.products()

    def product(self, sku_or_ean: str) -> Product:
        product = self.store.product(sku_or_ean.strip())
        if product is None:
            raise UnknownProduct(f"unknown product {sku_or_ean!r} (no such SKU or EAN)", code=sku_or_ean)
        return product

    # -- sales ---------------------------------------------------------------
    def new_sale(self, member: MemberState | None = None) -> "Sale":
        sale = Sale(self)
        if member is not None:
            sale.attach(member)
        return sale
