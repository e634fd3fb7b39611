"""``pos-client sync`` and ``pos-client pair``: the sync client from the command line."""

from __future__ import annotations

import sys
import time

from sync.client import Backoff, PairError, Transient


def _bar(done: int, total: int) -> None:
    pct = 100 * done // total if total else 100
    print(f"\rsnapshot: {done}/{total} rows ({pct} %)", end="", file=sys.stderr, flush=True)


def run_sync_command(terminal, once: bool) -> int:
    """``pos-client sync [--once]``: 0 when everything went through, 3 when not."""
    client = terminal.sync_client(progress=_bar if sys.stderr.isatty() else None)
    if client is None:
        print("pos-client: this terminal is not paired with HQ: run `pos-client pair --hq URL --code CODE`",
              file=sys.stderr)
        return 3
    backoff = Backoff(1, 30)
    try:
        for attempt in range(1 if once else 5):
            result = client.sync_once()
            if result.ok or result.needs_repair or attempt == (0 if once else 4):
                break
            time.sleep(backoff.next(result.retry_after))
    finally:
        client.http.close()
    print(f"pushed {result.pushed}, pulled {result.pulled}, dead-lettered {result.dead}")
    if result.dead:
        print(f"pos-client: {result.dead} event(s) refused by HQ were dead-lettered (see status)",
              file=sys.stderr)
    if not result.ok:
        print(f"pos-client: sync incomplete: {result.message}", file=sys.stderr)
        return 3
    return 0


def run_pair_command(terminal, hq_url: str, code: str) -> int:
    """``pos-client pair``: 0 paired, 1 refused (bad/used code), 3 HQ unreachable."""
    if not hq_url.startswith(("http://", "https://")):
        print(f"pos-client: {hq_url!r}: the HQ URL must start with http:// or https://", file=sys.stderr)
        return 1
    try:
        info = terminal.pair(hq_url, code)
    except PairError as exc:
        print(f"pos-client: pairing refused: {exc}", file=sys.stderr)
        return 1
    except Transient as exc:
        print(f"pos-client: {exc}", file=sys.stderr)
        return 3
    print(f"paired as {info['terminal_name']!r} ({info['terminal_id']}) with {info['hq_url']}")
    client = terminal.sync_client(hq_url, progress=_bar if sys.stderr.isatty() else None)
    try:
        result = client.sync_once()
    finally:
        client.http.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if not result.ok:
        print(f"pos-client: paired, but the first sync did not finish: {result.message}"
              " (it is retried automatically)", file=sys.stderr)
    return 0
