"""What the status line, the settings page and `pos-client status` show, and what
printing, setup and the support bundle read of the terminal (they never touch the store)."""

from __future__ import annotations

from pathlib import Path

from ..pins import hash_pin, verify_pin
from ..store.print_jobs import PrintJobs


class StatusMixin:
    """Terminal's status queries (mixed into ``Terminal``)."""

    @property
    def data_dir(self) -> Path:
        """The folder of the till's database (receipt previews and support bundles go here too)."""
        return self.store.path.parent

    def program_source(self) -> str | None:
        """Where the loyalty program came from (a file, HQ); None before one is loaded."""
        return self.store.program_source()

    def print_jobs(self) -> PrintJobs:
        """The queue of receipts to print (``store.print_jobs``), for the print worker."""
        return PrintJobs(self.store)

    @property
    def terminal_id(self) -> str:
        return self.store.terminal_id

    def outbox_pending(self) -> int:
        """Events not yet at HQ (the status bar's count)."""
        return self.store.outbox_pending()

    def dead_letter_count(self) -> int:
        return self.store.dead_letter_count()

    def manager_pin_ok(self, entered: str) -> bool:
        """The settings page's check: the PIN set up at the first start, or none set."""
        return verify_pin(entered, self.store.get_meta("manager_pin"))

    def set_manager_pin(self, pin: str) -> None:
        self.store.set_meta("manager_pin", hash_pin(pin))

    def dead_letters(self) -> list[dict]:
        return self.store.dead_letters()

    def status(self) -> dict:
        counts = self.store.counts()
        offset = self.store.get_meta("hq_clock_offset_s")
        return {
            "terminal_id": self.store.terminal_id,
            "members": counts["members"],
            "products": counts["products"],
            "outbox_pending": counts["outbox_pending"],
            "dead_letters": counts["dead_letters"],
            "last_sync": self.store.get_meta("last_sync"),
            "hq_clock_offset_s": float(offset) if offset else None,
            "print_queue": counts["print_queue"],
            "data_dir": str(self.data_dir),
        }
