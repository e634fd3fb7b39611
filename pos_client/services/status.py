"""What the status line and `pos-client status` show."""

from __future__ import annotations


class StatusMixin:
    """Terminal's status queries (mixed into ``Terminal``)."""

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
            "data_dir": str(self.store.path.parent),
        }
