"""The terminal and HQ: pairing and the sync client."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sync.client import SyncClient


class HQMixin:
    """Terminal's HQ operations (mixed into ``Terminal``)."""

    @property
    def hq_url(self) -> str | None:
        """The HQ this till syncs with: the config's URL, else the one it was paired with."""
        return self.config.hq.url or self.store.get_meta("hq_url")

    def pair(self, hq_url: str, code: str) -> dict:
        """Trade a one-time code from HQ for this terminal's device token."""
        from sync.client import pair
        name = self.config.terminal.name or self.store.terminal_id
        return pair(self.store, hq_url, code, name, float(self.config.hq.timeout_s or 10))

    def sync_client(self, hq_url: str | None = None, **kw) -> "SyncClient | None":
        """A sync client for this terminal (None when not paired); ``kw`` go to ``SyncClient``."""
        from sync.client import SyncClient, hq_settings
        url, token, timeout = hq_settings(self)
        url = hq_url or url
        if not url or not token:
            return None
        return SyncClient(self.store, url, token, timeout, clock=self.clock, **kw)
